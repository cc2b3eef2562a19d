"""Collect residents' submissions from the exchange into submitted/."""

from __future__ import annotations

from medsocial.course.layout import Course
from medsocial.course.outcome import Outcome
from medsocial.course.session import error_line, nbgrader_api, succeeded


def collect(course: Course, assignments: list[str]) -> list[Outcome]:
    """Copy each resident's latest submission (newer ones replace older ones; the exchange keeps all)."""
    outcomes = []
    with nbgrader_api(course) as api:
        for assignment in assignments:
            before = set(course.students(assignment))
            result = api.collect(assignment, update=True)
            after = set(course.students(assignment))
            if succeeded(result):
                new = len(after - before)
                outcomes.append(Outcome(assignment, True, f"{len(after)} submissions ({new} new)"))
            else:
                outcomes.append(Outcome(assignment, False, error_line(result)))
    return outcomes
