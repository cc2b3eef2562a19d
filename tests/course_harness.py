"""A throwaway course with a real nbgrader exchange, and residents who fetch and submit.

Residents use nbgrader's own exchange classes (what `nbgrader fetch_assignment` and
`nbgrader submit` run), in-process to save the CLI's start-up time; the instructor side runs
`python -m medsocial course ...` as an instructor would.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
COURSE_ID = "medsocial"
# Lines a resident typing the model answer would not have: region markers and canaries.
NOT_TYPED = re.compile(r"^\s*### (BEGIN|END) (SOLUTION|HIDDEN TESTS)\s*$|MSC-CANARY-")


def make_course(tmp: Path) -> tuple[Path, Path]:
    """Copy the course's sources and settings into tmp; return (course root, exchange root)."""
    course, exchange = tmp / "course", tmp / "exchange"
    shutil.copytree(ROOT / "source", course / "source")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    exchange.mkdir()
    return course, exchange


def course_env(exchange: Path, cell_timeout: int = 10) -> dict[str, str]:
    """Environment of the instructor's commands: this exchange, one shared Unix account."""
    return dict(
        os.environ,
        MEDSOCIAL_EXCHANGE=str(exchange),
        MEDSOCIAL_CHECK_OWNER="0",
        MEDSOCIAL_CELL_TIMEOUT=str(cell_timeout),
        MEDSOCIAL_COURSE_ID=COURSE_ID,
    )


def run_course(course: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """Run `medsocial course ARGS` in the course folder."""
    return subprocess.run(
        [sys.executable, "-m", "medsocial", "course", *args],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def _student_app(kind: str, home: Path, exchange: Path, assignment: str, student: str) -> None:
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeSubmit
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.root = str(home)
    config.CourseDirectory.course_id = COURSE_ID
    config.CourseDirectory.assignment_id = assignment
    config.CourseDirectory.student_id = student
    config.Exchange.root = str(exchange)
    cls = {"fetch": ExchangeFetchAssignment, "submit": ExchangeSubmit}[kind]
    app = cls(
        coursedir=CourseDirectory(config=config),
        authenticator=Authenticator(config=config),
        config=config,
    )
    with contextlib.chdir(home):  # nbgrader fetches into, and submits from, the current folder
        app.start()


def fetch(home: Path, exchange: Path, assignment: str, student: str) -> Path:
    """Fetch a released assignment into the resident's home; return its folder."""
    home.mkdir(parents=True, exist_ok=True)
    _student_app("fetch", home, exchange, assignment, student)
    return home / assignment


def submit(home: Path, exchange: Path, assignment: str, student: str) -> None:
    """Submit the resident's folder for this assignment."""
    _student_app("submit", home, exchange, assignment, student)


def grade_id(cell: dict) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def solution_answers(source_notebook: Path) -> dict[str, str]:
    """What a resident who typed the model answers wrote: no markers, no canaries."""
    nb = nbformat.read(source_notebook, as_version=4)
    return {
        grade_id(cell): "\n".join(
            line for line in cell.source.splitlines() if not NOT_TYPED.search(line)
        )
        for cell in nb.cells
        if cell.get("metadata", {}).get("nbgrader", {}).get("solution")
    }


def edit_notebook(path: Path, change: Callable[[nbformat.NotebookNode], None]) -> None:
    """Read a fetched notebook, change it, write it back (as a resident's save would)."""
    nb = nbformat.read(path, as_version=4)
    change(nb)
    nbformat.write(nb, path)


def fill_answers(path: Path, answers: dict[str, str]) -> None:
    """Put answers into the cells with these grade ids."""

    def change(nb: nbformat.NotebookNode) -> None:
        for cell in nb.cells:
            if grade_id(cell) in answers:
                cell.source = answers[grade_id(cell)]

    edit_notebook(path, change)
