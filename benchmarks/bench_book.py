"""Time a clean build of the book and an unchanged rebuild (the execution cache at work).

Usage: .venv/bin/python benchmarks/bench_book.py
Prints both times and their ratio, measured in the same run into a temporary output folder.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUPYTER_BOOK = Path(sys.executable).with_name("jupyter-book")


def timed_build(output: Path) -> float:
    """Build the book into `output` with warnings as errors; return the seconds it took."""
    start = time.perf_counter()
    subprocess.run(
        [
            str(JUPYTER_BOOK),
            "build",
            str(ROOT),
            "-W",
            "-n",
            "--keep-going",
            "--path-output",
            str(output),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    """Run and print the two builds."""
    with tempfile.TemporaryDirectory() as tmp:
        clean = timed_build(Path(tmp))
        unchanged = timed_build(Path(tmp))
    print(f"clean build:       {clean:7.1f} s")
    print(f"unchanged rebuild: {unchanged:7.1f} s")
    print(f"ratio:             {clean / unchanged:7.1f}x faster")


if __name__ == "__main__":
    main()
