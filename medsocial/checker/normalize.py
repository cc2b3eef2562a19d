"""Fold a post into a canonical form for matching, keeping a map back to the original offsets.

Evasions undone here: compatibility forms (full-width digits, ligatures, mathematical letters),
invisible format characters (zero-width spaces, joiners, soft hyphens), Cyrillic and Greek
look-alike letters, typographic quotes and dashes, and digits spaced or dotted apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Look-alike letters folded to Latin (Cyrillic and Greek capitals and small letters).
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХУЅІЈԁаеорсухѕіјһԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϲ",
    "ABEKMHOPCTXYSIJdaeopcyxsijhqwABEZHIKMNOPTYXoc",
)
# Look-alike letters that hide a Latin word ("Ѕtеvеnѕ" with Cyrillic S and e): see `lookalike_words`.
LOOKALIKE = re.compile("[" + "".join(chr(c) for c in _HOMOGLYPHS) + "]")
_LATIN = re.compile("[A-Za-zÀ-ÿ]")
# Typographic punctuation folded to ASCII so patterns stay simple. NFKC has already mapped
# no-break spaces to plain spaces.
_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\t": " ",
        "\u00b7": ".",  # a middle dot between a number's groups: "4471·902·336"
        "\u2024": ".",
    }
)
# Both at once (no letter of the first is a key of the second); a tab is the only ASCII key.
_FOLDS = {**_HOMOGLYPHS, **_PUNCT}
# Single digits separated by one or two spaces, a dot, dash, slash or underscore (spaces around it allowed),
# six or more of them: "0 6 1 2 3 4 5 6 7 8", "0 7 7 0 0  9 0 0", "0 7 . 4 4 . 1 9", a Corsican
# NIR's "2 A" kept as "2A", a letter between spaced dashes ("2 0 2 6 - H - 0 4 4 1 7"), a
# specimen's letter dotted in with them ("2.6.S.1.8.8.0.3"); or two
# of them before an age unit: "4 7 ans", "1 7 years old" (not
# "1.7 years": a decimal).
# Two-digit groups (phone numbers, dates) are left alone.
# (The digit comes before the lookbehind so that the regex engine can skip ahead.)
_SPACED_DIGITS = re.compile(
    r"\d(?:(?<![\w.]\d)|(?<=(?<![\w.])[A-Z]\.\d))(?:(?:[ ]?[._\-/][ ]?\d|[ ]{1,2}\d|[ ][AB](?=[ ]\d)|[.][A-Z](?=[.]\d)|[ ]-[ ][A-Z][ ]-[ ]\d){5,}(?![\w]|\.\d)|[ _]\d(?=[ -]?(?:ans|years?|yrs?|yo|y/o)\b))"
    # the tail of a specimen number spaced apart: "C26-0 4 4 1 7", "B25/0 3 4 4 2"
    r"|\d(?<=\w[-/]\d)(?:[ ]\d){3,}(?![\w]|\.\d)"
    # ... or after a letter that ends its year's part: "25H 0 7 7 4 2"
    r"|\d(?<=\d[A-Z] \d)(?:[ ]\d){3,}(?![\w]|\.\d)"
    # ... or after a prefix, a year and a spaced slash or dash: "C 24 / 0 3 3 1 8"
    r"|\d(?<=(?<![\w.])[A-Z] \d)\d[ ]?[-/][ ]?\d(?:[ ]\d){3,}(?![\w]|\.\d)"
)

# A specimen's letter prefix spaced or dotted from its digits: the "S " of "S 2 3 - 0 4 4 1 9",
# the "B." of "B.2.2.0.4.5.6.7", the "H " of "25H 0 7 7 4 2".
_LETTER_PREFIX = re.compile(r"(?:(?<![\w.])[A-Z]{1,3}|(?<=\d)[A-Z])[ .]$")


def lookalike_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words that mix look-alike letters into Latin ones, a trick to dodge filters
    (Greek letters used as such stay out: "TNF-α", "β-catenin")."""
    spans: list[tuple[int, int]] = []
    seen_end = 0  # (each word is looked at once: linear time)
    for m in LOOKALIKE.finditer(text):
        if m.start() < seen_end:
            continue  # a letter of the word looked at last
        start, end = m.start(), m.end()
        while start and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        seen_end = end
        if _LATIN.search(text, start, end):
            spans.append((start, end))
    return spans


@dataclass(frozen=True)
class Normalized:
    """Folded text plus, for each of its characters, the span it came from in the original."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: identical to the original, offsets are the same
    ends: tuple[int, ...] | None
    hidden: tuple[int, ...]  # original offsets of invisible characters inside words

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text back to the original text."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


_KEYCAP = "\ufe0f\u20e3"  # emoji presentation selector and combining enclosing keycap


def is_invisible(char: str) -> bool:
    """True for format characters (Cf) such as zero-width space, joiners, soft hyphen, BOM."""
    return unicodedata.category(char) == "Cf"


# Characters that need no work beyond a one-to-one translation (offsets unchanged): printable
# ASCII, French accented letters, and the keys of the two translation tables.
_ONE_TO_ONE = re.compile(
    "[^\\n\\r\\x20-\\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153"
    + re.escape("".join(chr(c) for c in (*_HOMOGLYPHS, *_PUNCT)))
    + "]"
)


# A letter O typed for a zero inside a number: "dob O9/11/1949", "S25-O4417" (one for one).
_O_FOR_ZERO = re.compile(
    r"(?<![\w])[Oo](?=\d[/.\-]\d)|(?<=\d[/.\-])[Oo](?=\d)|(?<=\d)[Oo](?=[/.\-]?\d)"
)


def _zeros(text: str) -> str:
    """Read a letter O between digits as the zero it stands for."""
    return _O_FOR_ZERO.sub("0", text) if _O_FOR_ZERO.search(text) else text


def normalize(text: str) -> Normalized:
    """Fold `text` for matching; see the module docstring for what is undone."""
    if not _ONE_TO_ONE.search(text) and not _SPACED_DIGITS.search(text):
        # Fast path (most posts): one-to-one folds keep every offset.
        folded = text.replace("\t", " ") if text.isascii() else text.translate(_FOLDS)
        return Normalized(text, _zeros(folded), None, None, ())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    hidden: list[int] = []
    for i, char in enumerate(text):
        if is_invisible(char):
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if prev.isalnum() and (nxt.isalnum() or (nxt != "" and is_invisible(nxt))):
                hidden.append(i)
            continue
        if char in _KEYCAP and out:
            ends[-1] = i + 1  # "4️⃣7️⃣ ans": an emoji keycap is its digit
            continue
        if unicodedata.combining(char) and out:
            # Recompose "e" + combining acute into "é" so accented words match.
            composed = unicodedata.normalize("NFC", out[-1] + char)
            if len(composed) == 1:
                out[-1] = composed
                ends[-1] = i + 1
                continue
        folded = char if char.isascii() else unicodedata.normalize("NFKC", char)
        folded = folded.translate(_FOLDS)
        for piece in folded:
            out.append(piece)
            starts.append(i)
            ends.append(i + 1)
    folded_text = "".join(out)
    # Rejoin digits spaced apart, keeping each digit's own original offset. A lone dash written
    # with a space before it is structure and stays ("2 3 - 0 4 4 1 9" -> "23-04419"); other
    # separators are padding ("0 6 - 1 2 - 3 4" -> "061234", "0 7 . 4 4" -> "0744"); a slash stays
    # ("S 2 5 / 0 3 3 1 8" -> "S25/03318", "1 2 / 0 3 / 1 9 6 1" -> "12/03/1961"). A specimen's
    # letter prefix joins its digits: "S 2 3 - 0 4 4 1 9" -> "S23-04419".
    folded_text = _zeros(folded_text)
    if _SPACED_DIGITS.search(folded_text):
        keep = [True] * len(folded_text)
        for match in _SPACED_DIGITS.finditer(folded_text):
            start = match.start()
            if _LETTER_PREFIX.search(folded_text, max(0, start - 5), start):
                keep[start - 1] = False
            # (a letter between dashes is a part of the number: "2 0 2 6 - H - 0 4" -> "2026-H-04")
            lone_dash = match.group().count("-") == 1 or (
                " - " in match.group() and any(c.isalpha() for c in match.group())
            )
            for j in range(start, match.end()):
                char = folded_text[j]
                if not (char.isdigit() or char.isupper() or char == "/") and not (
                    char == "-" and lone_dash and folded_text[j - 1] == " "
                ):
                    keep[j] = False
        out = [c for c, k in zip(folded_text, keep, strict=True) if k]
        starts = [s for s, k in zip(starts, keep, strict=True) if k]
        ends = [e for e, k in zip(ends, keep, strict=True) if k]
        folded_text = "".join(out)
    return Normalized(text, folded_text, tuple(starts), tuple(ends), tuple(hidden))
