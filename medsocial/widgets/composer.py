"""Post composer: type a post, see its length for the platform, its identifiers and a verdict."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import medsocial
from medsocial.widgets.highlight import highlight_html

# Verdict and counter wording per language; the checker's messages come in the post's language.
TEXTS = {
    "en": {
        "empty": "Type your post above: it is checked as you type.",
        "unsafe": "Not safe to post: {n} detail(s) could identify a patient. "
        "Change the highlighted words (hover them for advice).",
        "warn": "Safe to post, but look again at the {n} highlighted detail(s).",
        "safe": "Safe to post: no detail that could identify a patient was found.",
        "over": "Too long for {platform}: remove {k} character(s).",
        "hashtags": "{platform} allows at most {m} hashtags: remove {k}.",
        "length": "{length} / {limit} characters on {platform} ({remaining} left)",
        "remove": "remove it",
        "replace": 'replace with "{s}"',
    },
    "fr": {
        "empty": "Tapez votre message ci-dessus : il est vérifié pendant la frappe.",
        "unsafe": "À ne pas publier : {n} détail(s) pourrai(en)t identifier un patient. "
        "Modifiez les mots surlignés (survolez-les pour un conseil).",
        "warn": "Publiable, mais relisez le(s) {n} détail(s) surligné(s).",
        "safe": "Publiable : aucun détail permettant d'identifier un patient n'a été trouvé.",
        "over": "Trop long pour {platform} : retirez {k} caractère(s).",
        "hashtags": "{platform} accepte au plus {m} hashtags : retirez-en {k}.",
        "length": "{length} / {limit} caractères sur {platform} (reste {remaining})",
        "remove": "supprimez-le",
        "replace": "remplacez par « {s} »",
    },
}


@dataclass
class FindingLine:
    """One finding as listed under the post."""

    number: int
    text: str
    message: str
    advice: str
    severity: str


@dataclass
class ComposerView:
    """Everything the resident sees for one post on one platform."""

    state: str  # "empty", "unsafe", "warn", "fix" (platform limits only) or "safe"
    verdict: str
    problems: list[str]  # platform problems (length, hashtags), plain language
    counter: str
    over_limit: bool
    highlighted: str  # escaped HTML of the post with <mark> spans
    findings: list[FindingLine] = field(default_factory=list)
    lang: str = "en"


def compose_view(text: str, platform: str) -> ComposerView:
    """Check `text` for `platform` and decide what the resident sees."""
    report = medsocial.check_post(text)
    anatomy = medsocial.analyze_post(text, platform)
    lang = report.lang if report.lang in TEXTS else "en"
    t = TEXTS[lang]
    findings = sorted(report.findings, key=lambda f: (f.start, -f.end))
    lines = [
        FindingLine(
            number=n,
            text=f.text,
            message=f.message,
            advice=t["replace"].format(s=f.suggestion) if f.suggestion else t["remove"],
            severity=f.severity,
        )
        for n, f in enumerate(findings, start=1)
    ]
    problems = []
    if anatomy.over_limit:
        problems.append(t["over"].format(platform=anatomy.platform_name, k=-anatomy.remaining))
    if anatomy.too_many_hashtags:
        extra = len(anatomy.hashtags) - (anatomy.max_hashtags or 0)
        problems.append(
            t["hashtags"].format(platform=anatomy.platform_name, m=anatomy.max_hashtags, k=extra)
        )
    blocking = sum(f.severity == "block" for f in findings)
    if not text.strip():
        state, verdict = "empty", t["empty"]
    elif not report.safe:
        state, verdict = "unsafe", t["unsafe"].format(n=blocking)
    elif findings:
        state, verdict = "warn", t["warn"].format(n=len(findings))
    elif problems:
        state, verdict = "fix", ""
    else:
        state, verdict = "safe", t["safe"]
    counter = t["length"].format(
        length=anatomy.length,
        limit=anatomy.limit,
        platform=anatomy.platform_name,
        remaining=anatomy.remaining,
    )
    return ComposerView(
        state=state,
        verdict=verdict,
        problems=problems,
        counter=counter,
        over_limit=anatomy.over_limit,
        highlighted=highlight_html(text, findings),
        findings=lines,
        lang=lang,
    )


STYLE = """<style>
.ms-finding { background: #ffe08a; border-bottom: 2px solid #c0392b; padding: 0 1px; }
.ms-finding[data-kind] sup { color: #c0392b; font-weight: bold; margin-left: 1px; }
.ms-verdict { padding: .5em .8em; border-radius: 4px; font-weight: bold; margin: .4em 0; }
.ms-verdict[data-state="safe"] { background: #d4edda; color: #155724; }
.ms-verdict[data-state="unsafe"] { background: #f8d7da; color: #721c24; }
.ms-verdict[data-state="warn"], .ms-verdict[data-state="fix"] { background: #fff3cd; color: #6b4f00; }
.ms-verdict[data-state="empty"] { background: #eef; color: #223; font-weight: normal; }
.ms-counter[data-over="true"] { color: #c0392b; font-weight: bold; }
.ms-highlight { border: 1px solid #ccc; padding: .5em; min-height: 2em; }
</style>"""


def render_html(view: ComposerView) -> str:
    """The feedback panel as HTML (verdict, counter, highlighted post, numbered findings)."""
    parts = [STYLE]
    messages = [view.verdict] if view.verdict else []
    verdict = "<br>".join(html.escape(m) for m in [*messages, *view.problems])
    parts.append(f'<div class="ms-verdict" data-state="{view.state}" role="status">{verdict}</div>')
    over = "true" if view.over_limit else "false"
    parts.append(f'<div class="ms-counter" data-over="{over}">{html.escape(view.counter)}</div>')
    if view.state != "empty":
        parts.append(view.highlighted)
    if view.findings:
        items = "".join(
            f'<li class="ms-item" data-severity="{line.severity}"><b>{html.escape(line.text)}</b>: '
            f"{html.escape(line.message)} ({html.escape(line.advice)})</li>"
            for line in view.findings
        )
        parts.append(f'<ol class="ms-findings">{items}</ol>')
    return "\n".join(parts)


class Composer:
    """The composer widget: a text area, a platform menu and a live feedback panel."""

    def __init__(self, text: str = "", platform: str = "x") -> None:
        import ipywidgets as w

        options = [(p.name, key) for key, p in medsocial.PLATFORMS.items()]
        self.platform = w.Dropdown(options=options, value=platform, description="Platform")
        # continuous_update sends every keystroke; one check takes about a millisecond.
        self.text = w.Textarea(
            value=text,
            placeholder="Write your post here / Écrivez votre message ici",
            continuous_update=True,
            layout=w.Layout(width="98%", height="8em"),
        )
        self.text.add_class("ms-composer-text")
        self.feedback = w.HTML()
        self.feedback.add_class("ms-composer-feedback")
        self.text.observe(self._update, names="value")
        self.platform.observe(self._update, names="value")
        self.widget = w.VBox([self.platform, self.text, self.feedback])
        self._update()

    def _update(self, _change: object = None) -> None:
        self.view = compose_view(self.text.value, self.platform.value)
        self.feedback.value = render_html(self.view)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
