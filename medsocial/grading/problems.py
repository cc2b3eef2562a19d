"""What every rule returns (a list of `Problem`) and the small text helpers the rules share."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing to change in an answer; `kind` is set when it is a leaked identifier (NAME, AGE...)."""

    message: str
    kind: str | None = None


# Identifier kind -> (what was left, what to do), in English whatever the post's language.
KIND_ADVICE: dict[str, tuple[str, str]] = {
    "NAME": ("a name", "Replace it with a general word"),
    "DATE": ("a date", "Remove it"),
    "AGE": ("an exact age", "Round it"),
    "LOCATION": ("a place", "Remove it or say it more generally"),
    "CONTACT": ("contact details", "Remove them"),
    "ID": ("a record or specimen number", "Remove it"),
    "TIME": ("a time marker that dates the case", "Remove it"),
    "DETAIL": ("a detail that points to one person", "Remove it or say it more generally"),
}


def fold(text: str) -> str:
    """Lower case without accents, so 'Léiomyosarcome' matches 'leiomyosarcome'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def quote(value: object, limit: int = 60) -> str:
    """The resident's own text in quotes (other values as Python shows them), shortened when long."""
    text = " ".join((value if isinstance(value, str) else repr(value)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text


def identifier_problems(
    text: str, where: str, lang: str | None = None, kinds: set[str] | None = None
) -> list[Problem]:
    """One problem per blocking finding of the identifier checker (only `kinds` if given)."""
    from medsocial.checker import check_post  # the engine, looked up when a check runs

    problems = []
    for finding in check_post(text, lang=lang).findings:
        if finding.severity != "block" or (kinds is not None and finding.kind not in kinds):
            continue
        what, action = KIND_ADVICE.get(finding.kind, ("an identifier", "Remove it"))
        example = f", e.g. {quote(finding.suggestion)}" if finding.suggestion else ""
        problems.append(
            Problem(
                f"{where} still contains {what}: {quote(finding.text)}. {action}{example}.",
                finding.kind,
            )
        )
    return problems
