"""The visible checks of the assignments: instant feedback while the resident works.

Use in a test cell: `check.rewrite(REWRITE_1, number=1, platform="x", must_keep=[...])`.
They ask the worker the setup cell already started for the hidden checks, so a notebook loads the
identifier checker once (in the worker) instead of twice; if the worker is unavailable they run
here, since a visible check only helps the resident and grades nothing alone.
"""

from __future__ import annotations

from medsocial.grading.hidden import GraderUnavailable, call_worker
from medsocial.grading.problems import Problem
from medsocial.grading.questions import Questions
from medsocial.grading.rules import run_rule


def visible(rule: str, args: list, kwargs: dict) -> list[Problem]:
    """Run a rule in the worker, or here when the worker cannot answer."""
    try:
        return call_worker(rule, args, kwargs)
    except GraderUnavailable:
        return run_rule(rule, args, kwargs)


_CHECKS = Questions(visible)
rewrite = _CHECKS.rewrite
anatomy = _CHECKS.anatomy
cleaned = _CHECKS.cleaned
boxes = _CHECKS.boxes
profile = _CHECKS.profile
