"""Shared fixtures: the built book, a local web server for it, and headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOOK_HTML = ROOT / "_build" / "html"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Keep Chromium from calling home on a closed network (each attempt is a console error).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def build_book(root: Path = ROOT, extra_args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """Build a book with warnings as errors; return the finished process (never raises)."""
    return subprocess.run(
        [
            str(Path(sys.executable).with_name("jupyter-book")),
            "build",
            str(root),
            "-W",
            "-n",
            "--keep-going",
            *extra_args,
        ],
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def built_book() -> Path:
    """Build the course book once per test session (the execution cache keeps it quick)."""
    result = build_book()
    if result.returncode != 0:
        pytest.fail(f"the book does not build:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return BOOK_HTML


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep the test output clean."""


@pytest.fixture(scope="session")
def book_server(built_book: Path) -> Iterator[str]:
    """Serve the built book on 127.0.0.1 (a free port); yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless Chromium driven by Playwright (never Playwright's own browser download)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            "Chromium is missing: run `make test`, which installs Debian's chromium package."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for screenshots and other test artifacts (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def pytest_report_header() -> str:
    """Say which browser and book the run uses."""
    return f"chromium: {CHROMIUM}; book: {BOOK_HTML}; CI={os.environ.get('CI', '')}"
