"""A one-line progress bar on stderr, without a dependency."""

from __future__ import annotations

import sys
from typing import TextIO


def show(done: int, total: int, label: str, stream: TextIO | None = None, width: int = 24) -> None:
    """Draw `[#####.....] 3/10 label`; the last step ends the line."""
    stream = stream or sys.stderr
    filled = width * done // max(total, 1)
    bar = "#" * filled + "." * (width - filled)
    end = "\n" if done >= total else ""
    stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}{end}")
    stream.flush()
