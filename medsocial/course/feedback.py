"""Generate feedback pages, make sure they reveal no hidden test, and release them."""

from __future__ import annotations

from medsocial.course.layout import Course
from medsocial.course.leaks import find_leaks
from medsocial.course.outcome import Outcome
from medsocial.course.session import error_line, nbgrader_api, succeeded


def feedback(course: Course, assignments: list[str]) -> list[Outcome]:
    """generate_feedback, leak check, release_feedback, for each assignment."""
    outcomes = []
    with nbgrader_api(course) as api:
        for assignment in assignments:
            result = api.generate_feedback(assignment, force=True)
            if not succeeded(result):
                outcomes.append(Outcome(assignment, False, error_line(result)))
                continue
            pages = sorted(course.folder("feedback").glob(f"*/{assignment}/*.html"))
            leaks = find_leaks(pages)
            if leaks:
                students = sorted({leak.path.parents[1].name for leak in leaks})
                outcomes.append(
                    Outcome(
                        assignment,
                        False,
                        "not released: hidden test or solution text in the feedback of "
                        + ", ".join(students),
                    )
                )
                continue
            result = api.release_feedback(assignment)
            if succeeded(result):
                outcomes.append(Outcome(assignment, True, f"{len(pages)} feedback pages released"))
            else:
                outcomes.append(Outcome(assignment, False, error_line(result)))
    return outcomes
