"""Export marks to CSV: one row per student and assignment, with what happened."""

from __future__ import annotations

import csv
import os
from dataclasses import asdict, fields
from pathlib import Path

from medsocial.course.gradebook import MarkRow, read_marks
from medsocial.course.layout import Course


def export_csv(course: Course, path: Path) -> list[MarkRow]:
    """Write the marks table atomically; a blank score means there is no real mark (see status)."""
    marks, _ = read_marks(course)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=[f.name for f in fields(MarkRow)])
        writer.writeheader()
        for row in marks:
            values = asdict(row)
            values["score"] = "" if row.score is None else f"{row.score:g}"
            values["max_score"] = f"{row.max_score:g}"
            writer.writerow(values)
    os.replace(tmp, path)
    return marks
