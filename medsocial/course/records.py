"""What happened when a submission was graded, kept beside nbgrader's gradebook.

nbgrader stores a score of 0 for a submission it could not run, which looks like a real mark.
A record says what really happened, so the export and the report can tell the two apart.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

GRADED = "graded"  # nbgrader ran the notebook; notes may explain a low mark
NOT_GRADED = "not graded"  # nbgrader could not run it; the score is not a real mark


@dataclass
class GradingRecord:
    """The outcome of autograding one student's assignment."""

    assignment: str
    student: str
    status: str
    notes: list[str] = field(default_factory=list)
    submitted_at: str = ""
    grader_error: bool = False  # the failure was not the submission's doing: the command fails

    def save(self, folder: Path) -> Path:
        """Write the record atomically to folder/<assignment>/<student>.json."""
        path = folder / self.assignment / f"{self.student}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(asdict(self), indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        return path


def load_records(folder: Path) -> dict[tuple[str, str], GradingRecord]:
    """All records, keyed by (assignment, student)."""
    records = {}
    for path in sorted(folder.glob("*/*.json")) if folder.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = GradingRecord(**data)
        records[(record.assignment, record.student)] = record
    return records
