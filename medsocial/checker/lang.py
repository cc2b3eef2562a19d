"""Guess whether a post is in French or English from short function words and accents."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ']+")
_FR = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "en",
        "au",
        "aux",
        "avec",
        "pour",
        "sur",
        "dans",
        "par",
        "pas",
        "que",
        "qui",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "il",
        "elle",
        "ils",
        "nous",
        "vous",
        "je",
        "tu",
        "ans",
        "chez",
        "très",
        "mais",
        "ou",
        "où",
        "ne",
        "plus",
        "lui",
        "leur",
        "été",
        "être",
        "patiente",
        "patient",
        "une",
        "d'",
        "l'",
        "qu'",
        "c'",
        "j'",
        "n'",
        "s'",
        "à",
    ]
)
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "are",
        "was",
        "were",
        "of",
        "to",
        "in",
        "on",
        "with",
        "for",
        "at",
        "by",
        "from",
        "this",
        "that",
        "these",
        "his",
        "her",
        "he",
        "she",
        "they",
        "we",
        "you",
        "it",
        "not",
        "but",
        "or",
        "no",
        "yes",
        "year",
        "years",
        "old",
        "has",
        "have",
        "had",
        "who",
        "which",
        "what",
        "patient",
        "woman",
        "man",
        "today",
    ]
)


def detect_lang(text: str) -> str:
    """Return "fr" or "en"; ties go to French when the text has French accents."""
    fr = en = 0
    for word in _WORD.findall(text.lower()):
        if "'" in word:
            head = word.split("'", 1)[0] + "'"
            fr += head in _FR
            continue
        fr += word in _FR
        en += word in _EN
    if fr == en:
        return "fr" if re.search(r"[àâçéèêëîïôûùœ]", text.lower()) else "en"
    return "fr" if fr > en else "en"
