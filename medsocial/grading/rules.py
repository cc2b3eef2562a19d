"""The registry of grading rules: the only functions the visible checks and the worker may call."""

from __future__ import annotations

from collections.abc import Callable

from medsocial.grading.anatomy import anatomy_problems
from medsocial.grading.image import metadata_problems, picture_box_problems
from medsocial.grading.problems import Problem
from medsocial.grading.profile import profile_problems
from medsocial.grading.rewrite import rewrite_problems

RULES: dict[str, Callable[..., list[Problem]]] = {
    "rewrite": rewrite_problems,
    "anatomy": anatomy_problems,
    "metadata": metadata_problems,
    "boxes": picture_box_problems,
    "profile": profile_problems,
}


def run_rule(rule: str, args: list, kwargs: dict) -> list[Problem]:
    """Call one registered rule; an unknown name is refused (the worker runs nothing else)."""
    if rule not in RULES:
        raise KeyError(f"no grading rule called {rule!r}")
    return RULES[rule](*args, **kwargs)
