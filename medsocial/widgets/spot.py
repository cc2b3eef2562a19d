"""Spot the identifier: mark the words of a case post that identify the patient, then compare."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from medsocial.widgets.data import load_json

# A word, kept whole across inner punctuation: 12/03/2024, B24-08817, d'aigle, 1,95.
WORD = re.compile(r"\w+(?:[/'’.,\-:]\w+)*")

TEXTS = {
    "en": {
        "found": "Found",
        "missed": "Missed",
        "wrong": "Marked, but not an identifier",
        "score": "You found {found} of {total} identifiers; {wrong} word(s) marked wrongly.",
        "perfect": "Well done: every identifier found, nothing marked wrongly.",
        "not_identifying": "On its own, this word does not identify the patient.",
        "check": "Check my answer",
        "reset": "Start again",
        "help": "Click (or Tab to, then press Space) every word that could identify the patient.",
    },
    "fr": {
        "found": "Trouvés",
        "missed": "Oubliés",
        "wrong": "Marqués à tort",
        "score": "Vous avez trouvé {found} identifiant(s) sur {total} ; {wrong} mot(s) marqué(s) à tort.",
        "perfect": "Bravo : tous les identifiants trouvés, aucun mot marqué à tort.",
        "not_identifying": "Seul, ce mot n'identifie pas le patient.",
        "check": "Vérifier ma réponse",
        "reset": "Recommencer",
        "help": "Cliquez (ou atteignez avec Tab puis Espace) chaque mot qui pourrait identifier le patient.",
    },
}


@dataclass(frozen=True)
class Token:
    """One selectable word of the post."""

    start: int
    end: int
    label: str  # the word with the punctuation that follows it, as shown on its button


@dataclass(frozen=True)
class Identifier:
    """One gold identifier: its words and why it identifies the patient."""

    text: str
    why: str
    tokens: frozenset[int]


@dataclass(frozen=True)
class SpotPost:
    """A case post of the exercise with its gold answer."""

    id: str
    level: int
    lang: str
    title: str
    text: str
    tokens: tuple[Token, ...]
    identifiers: tuple[Identifier, ...]
    distractors: dict[str, str]


@dataclass
class SpotResult:
    """What the resident sees after "Check my answer"."""

    found: list[Identifier]
    missed: list[Identifier]
    wrong: list[tuple[str, str]]  # (word, why it does not identify)
    summary: str
    perfect: bool


def tokenize(text: str) -> tuple[Token, ...]:
    """Split a post into words; each label carries the punctuation up to the next word."""
    matches = list(WORD.finditer(text))
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return tuple(
        Token(m.start(), m.end(), text[m.start() : nxt].strip())
        for m, nxt in zip(matches, ends, strict=True)
    )


def _build(raw: dict) -> SpotPost:
    text = raw["text"]
    tokens = tokenize(text)
    identifiers = []
    for item in raw["identifiers"]:
        start = text.find(item["text"])
        if start < 0:
            raise ValueError(f"post {raw['id']}: {item['text']!r} is not in the text")
        end = start + len(item["text"])
        covered = frozenset(i for i, t in enumerate(tokens) if t.start < end and t.end > start)
        identifiers.append(Identifier(item["text"], item["why"], covered))
    return SpotPost(
        raw["id"],
        raw["level"],
        raw["lang"],
        raw["title"],
        text,
        tokens,
        tuple(identifiers),
        dict(raw.get("distractors", {})),
    )


@cache
def load_posts() -> tuple[SpotPost, ...]:
    """The exercise's posts, easiest first."""
    posts = (_build(raw) for raw in load_json("spot_posts.json"))
    return tuple(sorted(posts, key=lambda p: p.level))


def check_answer(post: SpotPost, marked: set[int]) -> SpotResult:
    """Compare marked token indices with the gold: an identifier counts as found if any word is marked."""
    t = TEXTS[post.lang]
    found = [i for i in post.identifiers if i.tokens & marked]
    missed = [i for i in post.identifiers if not i.tokens & marked]
    gold = set().union(*(i.tokens for i in post.identifiers))
    wrong = []
    for index in sorted(marked - gold):
        word = post.text[post.tokens[index].start : post.tokens[index].end]
        wrong.append((word, post.distractors.get(word, t["not_identifying"])))
    perfect = not missed and not wrong
    summary = (
        t["perfect"]
        if perfect
        else t["score"].format(found=len(found), total=len(post.identifiers), wrong=len(wrong))
    )
    return SpotResult(found, missed, wrong, summary, perfect)


def render_result(post: SpotPost, result: SpotResult) -> str:
    """The answer panel as escaped HTML."""
    t = TEXTS[post.lang]

    def block(css: str, title: str, rows: list[tuple[str, str]]) -> str:
        if not rows:
            return ""
        items = "".join(f"<li><b>{html.escape(w)}</b>: {html.escape(why)}</li>" for w, why in rows)
        return f'<div class="ms-spot-{css}"><h4>{html.escape(title)} ({len(rows)})</h4><ul>{items}</ul></div>'

    state = "perfect" if result.perfect else "partial"
    return (
        f'<div class="ms-verdict" data-state="{state}" role="status">{html.escape(result.summary)}</div>'
        + block("found", t["found"], [(i.text, i.why) for i in result.found])
        + block("missed", t["missed"], [(i.text, i.why) for i in result.missed])
        + block("wrong", t["wrong"], result.wrong)
    )


class SpotTheIdentifier:
    """The widget: a post picker, one toggle button per word, check and reset buttons."""

    def __init__(self) -> None:
        import ipywidgets as w

        self._w = w
        self.posts = load_posts()
        options = [
            (f"{p.level}. {p.title} ({p.lang.upper()})", index)
            for index, p in enumerate(self.posts)
        ]
        self.picker = w.Dropdown(options=options, value=0, description="Post")
        self.help = w.HTML()
        self.words = w.Box(layout=w.Layout(display="flex", flex_flow="row wrap", gap="4px"))
        self.check = w.Button(button_style="primary")
        self.reset = w.Button()
        self.result = w.HTML()
        self.check.on_click(lambda _b: self.show_result())
        self.reset.on_click(lambda _b: self.load(self.picker.value))
        self.picker.observe(lambda change: self.load(change["new"]), names="value")
        self.widget = w.VBox(
            [self.picker, self.help, self.words, w.HBox([self.check, self.reset]), self.result]
        )
        self.widget.add_class("ms-spot")
        self.load(0)

    def load(self, index: int) -> None:
        """Show post `index` with nothing marked."""
        self.post = self.posts[index]
        t = TEXTS[self.post.lang]
        self.help.value = f"<p>{html.escape(t['help'])}</p>"
        self.check.description, self.reset.description = t["check"], t["reset"]
        self.buttons = [
            self._w.ToggleButton(
                description=token.label,
                layout=self._w.Layout(width="auto"),
                tooltip=token.label,
            )
            for token in self.post.tokens
        ]
        self.words.children = self.buttons
        self.result.value = ""

    def marked(self) -> set[int]:
        """Indices of the words the resident has marked."""
        return {i for i, button in enumerate(self.buttons) if button.value}

    def show_result(self) -> SpotResult:
        """Score the marks, colour the buttons and show the explanations."""
        result = check_answer(self.post, self.marked())
        gold = set().union(*(i.tokens for i in self.post.identifiers))
        for index, button in enumerate(self.buttons):
            if index in gold:
                button.button_style = "success" if button.value else "warning"
            else:
                button.button_style = "danger" if button.value else ""
        self.result.value = render_result(self.post, result)
        return result

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
