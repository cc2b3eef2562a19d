"""`medsocial check` and `medsocial anatomy` run as real subprocesses: output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def medsocial(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medsocial", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_unsafe_post_exits_1_with_positions() -> None:
    result = medsocial("check", "Mme Dupont, 47 ans, vue ce matin.")
    assert result.returncode == 1
    assert "0-10" in result.stdout and "la quarantaine" in result.stdout


def test_safe_post_exits_0() -> None:
    result = medsocial("check", "Carcinome de Merkel, CK20 en dot. #dermpath")
    assert result.returncode == 0, result.stdout


def test_json_output(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("A 47-year-old man from Leeds.", encoding="utf-8")
    result = medsocial("check", "-f", str(post), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["safe"] is False and data["lang"] == "en"
    assert {f["kind"] for f in data["findings"]} >= {"AGE", "LOCATION"}


def test_stdin() -> None:
    assert medsocial("check", "-", stdin="Biopsie reçue aujourd'hui.").returncode == 1


def test_bad_usage_exits_2_and_keeps_the_file(tmp_path: Path) -> None:
    assert medsocial("check").returncode == 2
    missing = medsocial("check", "-f", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "Cannot read" in missing.stderr
    assert medsocial("check", "x", "--lang", "de").returncode == 2
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = medsocial("check", "-f", str(binary))
    assert result.returncode == 2 and "UTF-8" in result.stderr
    assert binary.read_bytes() == b"\xff\xfe\x00bad"


def test_anatomy_command() -> None:
    ok = medsocial("anatomy", "Hello #path", "--platform", "bluesky")
    assert ok.returncode == 0 and "11/300" in ok.stdout
    assert medsocial("anatomy", "a" * 281, "--platform", "x").returncode == 1


def test_output_piped_into_a_closed_pipe_ends_quietly():
    """`medsocial ... | head -1` prints no traceback when head closes the pipe."""
    import subprocess
    import sys

    long_post = "Mme Dupont, 47 ans, vue ce matin. " * 400
    shell = f'"{sys.executable}" -m medsocial check - | head -c 10 > /dev/null'
    done = subprocess.run(shell, shell=True, input=long_post, text=True, capture_output=True)
    assert "Traceback" not in done.stderr, done.stderr
