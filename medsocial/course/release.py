"""Generate residents' versions of assignments, refuse any that leaks, and release them."""

from __future__ import annotations

from medsocial.course.layout import Course
from medsocial.course.leaks import find_leaks
from medsocial.course.outcome import Outcome
from medsocial.course.session import error_line, log_text, nbgrader_api, succeeded


def release(
    course: Course, assignments: list[str], replace: bool = False, publish: bool = True
) -> list[Outcome]:
    """generate_assignment, leak check, then (when `publish`) release_assignment, for each one."""
    outcomes = []
    with nbgrader_api(course) as api:
        api.config.ExchangeReleaseAssignment.force = replace
        for assignment in assignments:
            result = api.generate_assignment(assignment, force=True, create=True)
            if not succeeded(result):
                outcomes.append(Outcome(assignment, False, error_line(result)))
                continue
            leaks = find_leaks([course.folder("release") / assignment])
            if leaks:
                names = ", ".join(sorted({leak.path.name for leak in leaks}))
                outcomes.append(
                    Outcome(
                        assignment,
                        False,
                        f"not released: solution or hidden-test text is in {names} "
                        "(a solution or hidden-test marker is missing in the source notebook)",
                    )
                )
                continue
            if not publish:
                outcomes.append(Outcome(assignment, True, "generated in release/; nothing leaks"))
                continue
            result = api.release_assignment(assignment)
            log = log_text(result)
            if succeeded(result):
                outcomes.append(Outcome(assignment, True, "released"))
            elif "already exists" in log:
                outcomes.append(
                    Outcome(assignment, True, "already released; --replace sends the new version")
                )
            else:
                outcomes.append(Outcome(assignment, False, error_line(result)))
    return outcomes
