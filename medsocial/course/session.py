"""Open nbgrader's Python API on a course, quietly and with the course's own settings."""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from medsocial.course.layout import CONFIG_NAME, Course, tool_path


@contextmanager
def nbgrader_api(course: Course) -> Iterator[Any]:
    """Yield an NbGraderAPI for `course`; nbgrader's own logging stays out of the instructor's way."""
    os.environ["PATH"] = tool_path()
    warnings.filterwarnings("ignore", module="nbgrader")
    warnings.filterwarnings("ignore", message=".*relationship.*")  # SQLAlchemy 2.1 noise
    from nbgrader.apps import NbGraderAPI
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader(CONFIG_NAME, path=str(course.root)).load_config()
    config.CourseDirectory.root = str(course.root)
    api = NbGraderAPI(config=config)
    api.log.setLevel(logging.ERROR)
    yield api


def succeeded(result: dict | None) -> bool:
    """nbgrader API calls return {'success': bool, 'log': ..., 'error': ...}."""
    return bool(result and result.get("success"))


def log_text(result: dict | None) -> str:
    """The captured log and traceback of an nbgrader API call."""
    if not result:
        return ""
    return "\n".join(part for part in (result.get("log"), result.get("error")) if part)


def error_line(result: dict | None) -> str:
    """The line of an nbgrader API call's log that says what went wrong."""
    lines = [line.strip() for line in log_text(result).splitlines() if line.strip()]
    errors = [line for line in lines if "ERROR" in line or "CRITICAL" in line]
    return (errors or lines or ["unknown error"])[-1]
