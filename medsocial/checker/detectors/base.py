"""What a detector returns: a span of the folded text with its kind, message and fix."""

from __future__ import annotations

import re
from typing import NamedTuple

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_FR_WORDS = "|".join(WEEKDAYS_FR)  # for regexes: "lundi|mardi|..."

# Relatives of a patient, as written before or after their name ("son mari Paul", "sharon (daughter)").
RELATIVES = (
    "mari", "époux", "epoux", "épouse", "epouse", "femme", "fils", "fille", "frère", "frere", "soeur",
    "sœur", "mère", "mere", "père", "pere", "grand-mère", "grand-mere", "grand-père", "grand-pere",
    "compagne", "compagnon", "conjoint", "conjointe", "petite-fille", "petit-fils", "nièce", "niece",
    "neveu", "tante", "oncle", "cousin", "cousine", "gendre", "belle-fille", "mamie", "papi", "papy",
    "maman", "papa", "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father",
    "grandmother", "grandfather", "granddaughter", "grandson", "grandma", "grandpa", "grandad",
    "granddad", "granny", "nan", "nana", "partner", "boyfriend", "girlfriend", "nephew", "aunt",
    "uncle", "auntie", "stepson", "stepdaughter", "mum", "mom", "dad", "tata", "tonton", "mémé", "meme",
    "pépé", "pepe",
)  # fmt: skip
RELATIVE_WORDS = "|".join(sorted(RELATIVES, key=len, reverse=True))  # for regexes, longest first

# A ward known by its code alone: "the ward sister on 5C", "hospitalisée en 4B" (LOCATION), and a
# hint that a job is tied to a place (DETAIL). (The digit first: a fast scan.)
WARD_CODE = re.compile(r"(\d(?<![\w-]\d)\d?[A-Z])(?![\w-])")


class Hit(NamedTuple):
    """A detector's finding before offsets are mapped back to the original text.

    (A named tuple: detectors make many of them, and it is the quickest immutable record.)
    """

    kind: str
    start: int
    end: int
    message: str
    suggestion: str
    severity: str = "block"


class SpanSet:
    """Character positions already claimed, so overlap checks stay linear on long inputs."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        """Claim [start, end)."""
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when any position of [start, end) is already claimed."""
        return 1 in self._mask[start:end]
