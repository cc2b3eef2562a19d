"""Find solution and hidden-test text where residents could see it.

Every solution region and hidden-test block of the source notebooks carries a unique string that
starts with CANARY_PREFIX; none of it, and none of nbgrader's region markers, may appear in what is
released, in feedback, or in the built book.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CANARY_PREFIX = "MSC-CANARY-"
SECRET = re.compile(
    re.escape(CANARY_PREFIX)
    + r"[\w-]*|BEGIN (?:HIDDEN TESTS|SOLUTION)|END (?:HIDDEN TESTS|SOLUTION)"
)
TEXT_SUFFIXES = {".ipynb", ".html", ".txt", ".md", ".py", ".json", ".js", ".csv"}


@dataclass(frozen=True)
class Leak:
    """A canary or region marker found in a file."""

    path: Path
    found: str


def find_leaks(folders: Iterable[Path]) -> list[Leak]:
    """Every canary and solution/hidden-test marker in the text files under `folders`."""
    leaks = []
    for folder in folders:
        files = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        for path in files:
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                text = path.read_text(encoding="utf-8", errors="replace")
                leaks.extend(Leak(path, match.group()) for match in SECRET.finditer(text))
    return leaks
