"""Run a notebook's tests as the grader will, and exit 1 when one fails (nbgrader's exits 0)."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

from medsocial.course.inspection import read_notebook
from medsocial.course.layout import tool_path


def validate(path: Path) -> int:
    """Print what failed in plain words; 0 when every test passes, 1 otherwise, 2 if unreadable."""
    nb, reason = read_notebook(path)
    if nb is None:
        print(f"Cannot validate: {reason}.")
        return 2
    os.environ["PATH"] = tool_path()
    from nbgrader.validator import Validator
    from traitlets.config import Config

    config = Config()
    config.Execute.extra_arguments = ["--IPKernelApp.log_level=ERROR"]  # no start-up warnings
    result = Validator(config=config).validate(str(path))
    failed = result.get("failed", []) if isinstance(result, dict) else []
    changed = result.get("changed", []) if isinstance(result, dict) else []
    for cell in changed:
        print("A locked cell was changed; the grader will put the original back:")
        print("  " + cell.get("source", "").splitlines()[0] if cell.get("source") else "")
    for cell in failed:
        error = html.unescape(re.sub(r"<[^>]+>|\x1b\[[0-9;]*m", "", cell.get("error", "")))
        lines = [line for line in error.splitlines() if line.strip()]
        print("A test failed: " + (lines[-1] if lines else "(no message)"))
    if failed or changed:
        return 1
    print("Every test passes.")
    return 0
