"""Word lists shipped as package data (see the header of each file for source and licence)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources


def _fold(word: str) -> str:
    """Case- and accent-insensitive key: "Hélène" -> "helene"."""
    if word.isascii():
        return word.lower()  # most words: no accent to strip, and casefold() == lower() in ASCII
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


fold = lru_cache(maxsize=8192)(_fold)  # cached for the words of posts, which repeat


@cache
def words(name: str) -> frozenset[str]:
    """Folded entries of data/<name>.txt (lines starting with '#' are comments)."""
    text = resources.files("medsocial.checker").joinpath("data", f"{name}.txt").read_text("utf-8")
    # (uncached fold: loading 40,000 entries must not flush the cache of post words)
    return frozenset(
        _fold(line.strip()) for line in text.splitlines() if line.strip() and line[0] != "#"
    )


# Cached again (called for every word of a post): no lookup by file name each time.
@cache
def first_names() -> frozenset[str]:
    """First names (French and English)."""
    return words("first_names")


@cache
def surnames() -> frozenset[str]:
    """Surnames (French and English)."""
    return words("surnames")


@cache
def towns() -> frozenset[str]:
    """Towns of France, its French-speaking neighbours, the UK and Ireland; larger towns and cities elsewhere."""
    return words("towns")


@cache
def allow_terms() -> frozenset[str]:
    """Eponyms, stains, scores, societies, journals: never a patient's name."""
    return words("allow_terms")


@cache
def common_words() -> frozenset[str]:
    """Names that are also ordinary words: weak evidence alone."""
    return words("common_words")
