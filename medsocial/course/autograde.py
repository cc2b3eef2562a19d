"""Autograde every collected submission, one student at a time, and record what happened."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass

from medsocial.course.inspection import problems_after, problems_before
from medsocial.course.layout import Course
from medsocial.course.records import GRADED, NOT_GRADED, GradingRecord, load_records
from medsocial.course.session import error_line, log_text, nbgrader_api, succeeded


@dataclass
class AutogradeSummary:
    """What one `autograde` run did."""

    records: list[GradingRecord]
    skipped: list[tuple[str, str]]  # (assignment, student) already graded and unchanged

    @property
    def not_graded(self) -> list[GradingRecord]:
        return [r for r in self.records if r.status == NOT_GRADED]


def _timestamp(folder) -> str:
    stamp = folder / "timestamp.txt"
    return stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else ""


def _failure_reason(result: dict) -> tuple[str, bool]:
    """nbgrader's traceback as one sentence for the instructor, and whether the grader is at fault."""
    log = log_text(result)
    if "DeadKernelError" in log or "Kernel died" in log:
        return "the notebook shut Python down (os._exit or a crash); it could not be graded", False
    if "NotJSONError" in log or "JSONDecodeError" in log:
        return "a notebook file is damaged (invalid JSON)", False
    if "Timeout" in log:
        return "the notebook did not finish in time", False
    return "nbgrader could not grade it: " + error_line(result), True


def autograde(
    course: Course,
    assignments: list[str],
    student: str | None = None,
    regrade: bool = False,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> AutogradeSummary:
    """Grade new or updated submissions (all of them with `regrade`); never stop at one failure."""
    previous = load_records(course.records)
    todo, skipped = [], []
    for assignment in assignments:
        for name in course.students(assignment):
            if student and name != student:
                continue
            submitted = course.folder("submitted") / name / assignment
            record = previous.get((assignment, name))
            if not regrade and record and record.submitted_at == _timestamp(submitted):
                skipped.append((assignment, name))
            else:
                todo.append((assignment, name))

    records = []
    with nbgrader_api(course) as api:
        for done, (assignment, name) in enumerate(todo, start=1):
            records.append(_grade_one(api, course, assignment, name))
            if on_progress:
                on_progress(done, len(todo), f"{assignment} / {name}")
    return AutogradeSummary(records, skipped)


def _grade_one(api, course: Course, assignment: str, student: str) -> GradingRecord:
    submitted = course.folder("submitted") / student / assignment
    released = course.folder("release") / assignment
    record = GradingRecord(assignment, student, GRADED, submitted_at=_timestamp(submitted))
    blocking, notes = problems_before(submitted, released)
    record.notes.extend(notes)
    if blocking:
        record.status = NOT_GRADED
        record.notes[:0] = blocking
        # nbgrader would fail too, and leave a gradebook row of 0 that looks like a mark.
        shutil.rmtree(course.folder("autograded") / student / assignment, ignore_errors=True)
    else:
        result = api.autograde(assignment, student, force=True, create=True)
        if succeeded(result):
            record.notes.extend(problems_after(course.folder("autograded") / student / assignment))
        else:
            record.status = NOT_GRADED
            reason, record.grader_error = _failure_reason(result)
            record.notes.insert(0, reason)
    record.save(course.records)
    return record
