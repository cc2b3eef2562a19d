"""What a detector returns: a span of the folded text with its kind, message and fix."""

from __future__ import annotations

import re
from typing import NamedTuple

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_FR_WORDS = "|".join(WEEKDAYS_FR)  # for regexes: "lundi|mardi|..."

# The last word of a district's name: "Moss Side", "Kings Cross", "Old Town" (a place, not a
# person, even when the first word is a first name).
DISTRICT_WORDS = (
    "Side|End|Hill|Park|Green|Heath|Cross|Vale|Bay|Point|Town|Village|Estate|Common|Fields|Gardens|"
    "Grove|Wood|Moor|Marsh|Valley|Beach|Harbour|Gate|Bridge"
)

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
