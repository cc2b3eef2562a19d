"""The result of one step for one assignment (or one student), as the command line prints it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Outcome:
    """Did this part of a step work, and what should the instructor know."""

    what: str
    ok: bool
    message: str = ""
