"""Assignment 1 rule: the resident names the parts of a post and predicts its length."""

from __future__ import annotations

from dataclasses import dataclass

from medsocial.grading.problems import Problem, quote

PARTS = ("handle", "hashtags", "mentions", "links", "length")
# What each list answer holds, for messages: (singular, symbol residents may forget).
LIST_PARTS = {"hashtags": ("hashtag", "#"), "mentions": ("mention", "@"), "links": ("link", "")}


@dataclass(frozen=True)
class Card:
    """A post as shown on screen: a header line 'Display Name @handle · time' and the text."""

    name: str
    handle: str
    text: str


def read_card(card: str) -> Card:
    """Split a post card into author name, author handle and the text of the post."""
    header, _, text = card.strip().partition("\n")
    words = header.split()
    handle = next((w for w in words if w.startswith("@")), "")
    name = " ".join(words[: words.index(handle)]) if handle else header
    return Card(name, handle, text.strip())


def _key(part: str, value: str) -> str:
    """How two answers are compared: case-insensitive, symbol optional, links without a final '/'."""
    value = value.strip()
    if part == "links":
        return value.rstrip("/").casefold()
    return value.lstrip("#@").casefold()


def _list_problems(part: str, answer: object, expected: list[str], card: Card) -> list[Problem]:
    noun, symbol = LIST_PARTS[part]
    if not isinstance(answer, list | tuple) or not all(isinstance(a, str) for a in answer):
        example = f"['{symbol}first', '{symbol}second']" if symbol else "['https://…']"
        return [Problem(f"write your {noun}s as a list of texts in quotes, e.g. {example}.")]
    given = [a for a in answer if a.strip()]
    if not given and expected:
        return [Problem(f"you have not listed any {noun} yet: copy them between the brackets.")]
    wanted = {_key(part, e) for e in expected}
    problems = []
    seen: set[str] = set()
    for item in given:
        key = _key(part, item)
        if key in seen:
            problems.append(Problem(f"{quote(item)} is listed twice: keep it once."))
        elif key not in wanted:
            problems.append(Problem(_not_a(part, item, card)))
        seen.add(key)
    missing = len(wanted - seen)
    if missing:
        problems.append(
            Problem(
                f"you missed {missing} {noun}{'s' if missing > 1 else ''}: read the post again "
                + (
                    f"and look for words starting with '{symbol}'."
                    if symbol
                    else "for web addresses."
                )
            )
        )
    return problems


def _not_a(part: str, item: str, card: Card) -> str:
    """Why `item` is not one of the post's `part`, as precisely as we can tell."""
    from medsocial.anatomy import analyze_post

    noun = LIST_PARTS[part][0]
    anatomy = analyze_post(card.text, "x")
    if _key("mentions", item) == _key("mentions", card.handle):
        return f"{quote(item)} is the author's handle, not a {noun} in the text."
    for other, found in (("hashtags", anatomy.hashtags), ("mentions", anatomy.mentions)):
        if other != part and _key(other, item) in {_key(other, f) for f in found}:
            return f"{quote(item)} is a {LIST_PARTS[other][0]}, not a {noun}."
    return f"{quote(item)} is not a {noun} of this post."


def _handle_problems(answer: object, card: Card) -> list[Problem]:
    if not isinstance(answer, str) or not answer.strip():
        return [Problem("you have not written the handle yet: type it between the quotes.")]
    if _key("handle", answer) == _key("handle", card.handle):
        return []
    if answer.strip().casefold() == card.name.casefold():
        return [
            Problem(
                f"{quote(answer)} is the display name, which anyone can change or copy; "
                "the handle is the unique name that starts with '@'."
            )
        ]
    return [Problem(f"{quote(answer)} is not the author's handle: look next to the display name.")]


def _length_problems(answer: object, card: Card, platform: str) -> list[Problem]:
    from medsocial.anatomy import analyze_post
    from medsocial.anatomy.count import graphemes, is_emoji

    anatomy = analyze_post(card.text, platform)
    if answer in ((), [], None, ""):
        return [Problem("you have not written your number yet: type it between the brackets.")]
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        return [Problem(f"write a whole number, e.g. 123, not {quote(answer)}.")]
    if answer == anatomy.length:
        return []
    hints = []
    if anatomy.urls and platform in ("x", "mastodon"):
        hints.append("every link counts as 23 characters, however long it is")
    if platform == "x" and any(is_emoji(g) for g in graphemes(card.text)):
        hints.append("each emoji counts as 2")
    hint = f" Remember: on {anatomy.platform_name}, {'; '.join(hints)}." if hints else ""
    direction = "high" if answer > anatomy.length else "low"
    return [
        Problem(
            f"{answer} is too {direction} for how {anatomy.platform_name} counts this post.{hint}"
        )
    ]


def anatomy_problems(part: str, answer: object, *, card: str, platform: str = "x") -> list[Problem]:
    """Compare the resident's `part` of the post card with what `analyze_post` finds; [] if right."""
    from medsocial.anatomy import analyze_post

    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    parsed = read_card(card)
    if part == "handle":
        return _handle_problems(answer, parsed)
    if part == "length":
        return _length_problems(answer, parsed, platform)
    anatomy = analyze_post(parsed.text, platform)
    expected = {"hashtags": anatomy.hashtags, "mentions": anatomy.mentions, "links": anatomy.urls}
    return _list_problems(part, answer, expected[part], parsed)
