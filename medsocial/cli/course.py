"""`medsocial course`: the instructor's cycle over nbgrader, one subcommand per step."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

STEPS = {
    "generate": "make residents' versions in release/ and check they hide every solution",
    "release": "generate, check, and put assignments in the exchange for residents to fetch",
    "collect": "copy residents' latest submissions into submitted/",
    "autograde": "run every new or updated submission and record what happened",
    "feedback": "make feedback pages (no hidden tests, readable offline) and release them",
    "export": "write marks to a CSV file, one row per resident and assignment",
    "report": "write an HTML report: scores, hardest questions, identifiers left in answers",
    "validate": "run a notebook's tests the way the grader will (exit 1 when a test fails)",
}
TAKES_ASSIGNMENT = {"generate", "release", "collect", "autograde", "feedback"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the steps and their options."""
    parser.add_argument(
        "--course-dir", type=Path, help="the course folder (default: found from the current one)"
    )
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    for name, help_text in STEPS.items():
        p = steps.add_parser(name, help=help_text, description=help_text)
        if name in TAKES_ASSIGNMENT:
            p.add_argument("assignment", nargs="?", help="one assignment id (default: all)")
    steps.choices["release"].add_argument(
        "--replace",
        action="store_true",
        help="send a new version of an already released assignment",
    )
    steps.choices["autograde"].add_argument("--student", help="only this resident")
    steps.choices["autograde"].add_argument(
        "--regrade", action="store_true", help="grade again even unchanged submissions"
    )
    steps.choices["export"].add_argument("--output", type=Path, default=Path("grades.csv"))
    steps.choices["report"].add_argument("--output", type=Path, default=Path("course_report.html"))
    steps.choices["validate"].add_argument("notebook", type=Path)


def run(args: argparse.Namespace) -> int:
    """Run one step; exit 0 when it did its job, 1 when something failed, 2 on bad usage."""
    from medsocial.course.layout import Course, CourseError

    if args.step == "validate":
        from medsocial.course.validate import validate

        return validate(args.notebook)
    try:
        course = Course(args.course_dir.resolve()) if args.course_dir else Course.find()
        if args.step in TAKES_ASSIGNMENT:
            assignments = course.select(args.assignment)
        return _STEP_RUNNERS[args.step](
            course, assignments if args.step in TAKES_ASSIGNMENT else [], args
        )
    except CourseError as exc:
        print(f"medsocial course: {exc}", file=sys.stderr)
        return 2


def _print_outcomes(outcomes) -> int:
    for outcome in outcomes:
        mark = "ok " if outcome.ok else "FAILED"
        print(f"{mark} {outcome.what}: {outcome.message}")
    return 0 if all(o.ok for o in outcomes) else 1


def _generate(course, assignments, args) -> int:
    from medsocial.course.release import release

    return _print_outcomes(release(course, assignments, publish=False))


def _release(course, assignments, args) -> int:
    from medsocial.course.release import release

    return _print_outcomes(release(course, assignments, replace=args.replace))


def _collect(course, assignments, args) -> int:
    from medsocial.course.collect import collect

    return _print_outcomes(collect(course, assignments))


def _autograde(course, assignments, args) -> int:
    from medsocial.course import progress
    from medsocial.course.autograde import autograde

    summary = autograde(
        course, assignments, student=args.student, regrade=args.regrade, on_progress=progress.show
    )
    for record in summary.records:
        mark = "ok " if record.status == "graded" else "NOT GRADED"
        notes = f" ({'; '.join(record.notes)})" if record.notes else ""
        print(f"{mark} {record.assignment} / {record.student}{notes}")
    if summary.skipped:
        print(f"{len(summary.skipped)} submissions unchanged since their last grading (--regrade)")
    if summary.not_graded:
        print(
            f"{len(summary.not_graded)} submissions could not be graded: they have no mark in the "
            "export (status 'not graded'); see the notes above."
        )
    return 1 if any(r.grader_error for r in summary.records) else 0


def _feedback(course, assignments, args) -> int:
    from medsocial.course.feedback import feedback

    return _print_outcomes(feedback(course, assignments))


def _export(course, assignments, args) -> int:
    from medsocial.course.export import export_csv

    rows = export_csv(course, args.output)
    print(f"{len(rows)} rows written to {args.output}")
    return 0


def _report(course, assignments, args) -> int:
    from medsocial.course.report import build_report

    print(f"report written to {build_report(course, args.output)}")
    return 0


_STEP_RUNNERS = {
    "generate": _generate,
    "release": _release,
    "collect": _collect,
    "autograde": _autograde,
    "feedback": _feedback,
    "export": _export,
    "report": _report,
}
