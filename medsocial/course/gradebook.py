"""Read marks out of nbgrader's gradebook, joined with our grading records."""

from __future__ import annotations

from dataclasses import dataclass

from medsocial.course.layout import Course
from medsocial.course.records import GRADED, load_records
from medsocial.course.session import nbgrader_api

NOT_SUBMITTED = "not submitted"


@dataclass
class MarkRow:
    """One student's mark for one assignment."""

    student: str
    assignment: str
    status: str  # graded, not graded, not submitted
    score: float | None  # None when there is no real mark
    max_score: float
    needs_manual_grading: bool
    notes: str


@dataclass
class QuestionRow:
    """One student's score on one graded cell."""

    student: str
    assignment: str
    question: str
    score: float | None
    max_score: float
    manual: bool  # graded by a person (a reflection), not by a test


def read_marks(course: Course) -> tuple[list[MarkRow], list[QuestionRow]]:
    """Every (student, assignment) pair, and every graded cell of graded submissions."""
    records = load_records(course.records)
    marks, questions = [], []
    with nbgrader_api(course) as api:
        gb = api.gradebook
        try:
            students = sorted({s.id for s in gb.students} | {name for _, name in records})
            for assignment in gb.assignments:
                for student in students:
                    record = records.get((assignment.name, student))
                    try:
                        sub = gb.find_submission(assignment.name, student)
                    except Exception:  # nbgrader raises MissingEntry
                        sub = None
                    status = record.status if record else (GRADED if sub else NOT_SUBMITTED)
                    real = sub is not None and status == GRADED
                    marks.append(
                        MarkRow(
                            student=student,
                            assignment=assignment.name,
                            status=status,
                            score=float(sub.score) if real else None,
                            max_score=float(assignment.max_score),
                            needs_manual_grading=bool(real and sub.needs_manual_grade),
                            notes="; ".join(record.notes) if record else "",
                        )
                    )
                    if real:
                        questions.extend(_questions(sub, student, assignment.name))
        finally:
            gb.close()
    return marks, questions


def _questions(sub, student: str, assignment: str) -> list[QuestionRow]:
    rows = []
    for notebook in sub.notebooks:
        for grade in notebook.grades:
            # Written answers (markdown) are graded by a person; nbgrader only zeroes blank ones.
            manual = grade.cell.cell_type == "markdown" or grade.auto_score is None
            rows.append(
                QuestionRow(
                    student=student,
                    assignment=assignment,
                    question=grade.name,
                    score=None if manual and grade.manual_score is None else float(grade.score),
                    max_score=float(grade.max_score),
                    manual=manual,
                )
            )
    return rows
