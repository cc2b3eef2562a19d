"""Where a course lives: its root folder, its assignments, and the nbgrader folders inside it."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

CONFIG_NAME = "nbgrader_config.py"


class CourseError(Exception):
    """A problem the instructor can fix; the message says how."""


@dataclass(frozen=True)
class Course:
    """A course folder: nbgrader_config.py plus source/, release/, submitted/, autograded/..."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Course:
        """The nearest folder at or above `start` that holds nbgrader_config.py."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file() and (folder / "source").is_dir():
                return cls(folder)
        raise CourseError(
            f"No course found at or above {here}: run the command inside the course folder "
            f"(the one with {CONFIG_NAME} and source/), or pass --course-dir."
        )

    def folder(self, name: str) -> Path:
        """One of nbgrader's folders: source, release, submitted, autograded, feedback."""
        return self.root / name

    @property
    def records(self) -> Path:
        """Our notes on each grading run (what went wrong for whom), beside nbgrader's folders."""
        return self.root / "grading_records"

    def assignments(self) -> list[str]:
        """Assignment ids, in order (the folders of source/)."""
        return sorted(
            p.name
            for p in self.folder("source").iterdir()
            if p.is_dir() and not p.name.startswith((".", "_"))
        )

    def select(self, assignment: str | None) -> list[str]:
        """One assignment (checked) or all of them."""
        known = self.assignments()
        if assignment is None:
            return known
        if assignment not in known:
            raise CourseError(
                f"There is no assignment {assignment!r}; the course has: {', '.join(known)}."
            )
        return [assignment]

    def students(self, assignment: str) -> list[str]:
        """Students with a collected submission of this assignment."""
        folder = self.folder("submitted")
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if (p / assignment).is_dir())


def tool_path() -> str:
    """PATH with this Python's scripts first: nbgrader runs `alembic` by name from PATH."""
    scripts = str(Path(sys.executable).parent)
    return os.pathsep.join([scripts, os.environ.get("PATH", "")])
