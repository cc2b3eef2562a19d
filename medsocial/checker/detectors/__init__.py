"""One detector per kind of identifier, registered in `DETECTORS`; a new kind is one new module."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from medsocial.checker.context import Context
from medsocial.checker.detectors import ages, contacts, dates, details, ids, locations, names, times
from medsocial.checker.detectors.base import Hit

Detector = Callable[[Context], Iterable[Hit]]

# Order matters only to break ties between overlapping findings: earlier kinds win.
DETECTORS: dict[str, Detector] = {
    "CONTACT": contacts.detect,
    "ID": ids.detect,
    "DATE": dates.detect,
    "AGE": ages.detect,
    "TIME": times.detect,
    "LOCATION": locations.detect,
    "NAME": names.detect,
    "DETAIL": details.detect,
}

__all__ = ["DETECTORS", "Detector", "Hit"]
