"""Grading helpers for the course assignments: plain-language checks, visible and hidden.

`from medsocial.grading import check, hidden` in a notebook's locked setup cell:
`check.*` gives instant feedback while the resident works (through the worker below, or in the
notebook's own Python when it is unavailable); `hidden.*` runs the same rules in a separate worker
process the resident's code cannot reach, and fails when that worker cannot answer.
Importing this package captures what the hidden checks need before any answer cell runs.
"""

from __future__ import annotations

from medsocial.grading import hidden
from medsocial.grading.feedback import Feedback
from medsocial.grading.problems import Problem

__all__ = ["Feedback", "Problem", "hidden"]
