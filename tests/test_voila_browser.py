"""The composer served by Voila, driven by Debian's headless Chromium: type, see findings, fix."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EXERCISES = Path(__file__).resolve().parent.parent / "exercises"
UNSAFE = "Mr John Smith, 54, seen on 3 March 2024 with a rare kidney tumour."
SAFE = "A man in his 50s with a rare kidney tumour. What is your diagnosis? #pathology"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def voila_url(artifacts: Path) -> Iterator[str]:
    """Start Voila on the composer (from exercises/, so it reads voila.py); yield its URL."""
    port = _free_port()
    log = (artifacts / "voila-composer.log").open("w")
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("voila")),
            "composer.ipynb",
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
        ],
        cwd=EXERCISES,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"Voila did not start; see {log.name}")
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=20)
    log.close()


def test_composer_flags_then_clears_a_post(browser, voila_url: str, artifacts: Path) -> None:
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("websocket", lambda socket: requested.append(socket.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(voila_url)
        box = page.locator(".ms-composer-text textarea")
        box.wait_for(timeout=60_000)
        verdict = page.locator(".ms-verdict")

        box.press_sequentially(UNSAFE, delay=5)
        page.locator('.ms-verdict[data-state="unsafe"]').wait_for(timeout=15_000)
        marks = page.locator("mark.ms-finding")
        names = page.locator('mark.ms-finding[data-kind="NAME"]')
        names.first.wait_for(timeout=15_000)
        assert "John Smith" in names.first.inner_text()
        assert "identif" in (names.first.get_attribute("title") or "")
        assert "Not safe to post" in verdict.inner_text()
        page.screenshot(path=str(artifacts / "voila-composer-unsafe.png"), full_page=True)

        box.fill(SAFE)
        page.locator('.ms-verdict[data-state="safe"]').wait_for(timeout=15_000)
        assert marks.count() == 0
        assert verdict.inner_text().startswith("Safe to post")
        page.screenshot(path=str(artifacts / "voila-composer-safe.png"), full_page=True)
    finally:
        page.close()

    assert errors == []
    outside = {
        urlparse(u).hostname
        for u in requested
        if urlparse(u).scheme in ("http", "https", "ws", "wss")
    }
    assert outside <= {"127.0.0.1"}, f"requests left 127.0.0.1: {sorted(outside)}"
