"""The grader's own checker: a separate Python process that answers check requests.

Started by `medsocial.grading.hidden` as `python -I -m medsocial.grading.worker`: a fresh
interpreter, isolated from the notebook (no PYTHONPATH, no user site, no current folder on the
path), so nothing a resident redefines in the notebook reaches the rules it runs.
Protocol, one JSON object per line: {"id", "rule", "args", "kwargs"} in,
{"id", "problems": [[message, kind], ...]} or {"id", "error": "..."} out.
"""

from __future__ import annotations

import json
import os
import select
import sys
from collections.abc import Iterator
from typing import TextIO

# A resident's kernel may keep its worker for hours; an idle one ends and is restarted on demand.
IDLE_SECONDS = 600.0


def answer(line: str) -> dict:
    """Run one request line through the registry of rules; errors are reported, never raised."""
    from medsocial.grading.rules import run_rule

    request_id = None
    try:
        request = json.loads(line)
        request_id = request["id"]
        problems = run_rule(request["rule"], request.get("args", []), request.get("kwargs", {}))
        return {"id": request_id, "problems": [[p.message, p.kind] for p in problems]}
    except (
        Exception
    ) as error:  # a broken request or a rule bug: the client says "tell your instructor"
        return {"id": request_id, "error": f"{type(error).__name__}: {error}"}


def _waiting(fd: int, seconds: float) -> bool:
    """True when input arrives within `seconds` (always True where pipes cannot be polled)."""
    try:
        return bool(select.select([fd], [], [], seconds)[0])
    except (OSError, ValueError):
        return True


def request_lines(fd: int, idle: float | None = None) -> Iterator[str]:
    """Lines read from `fd` until it closes or stays silent for `idle` seconds.

    Unbuffered: the pipe is only polled when no whole line is waiting in our own buffer.
    """
    pending = b""
    while True:
        while b"\n" not in pending:
            if idle is not None and not _waiting(fd, idle):
                return
            chunk = os.read(fd, 65536)
            if not chunk:
                return
            pending += chunk
        line, pending = pending.split(b"\n", 1)
        yield line.decode("utf-8", errors="replace")


def serve(fd: int, replies: TextIO, idle: float | None = None) -> None:
    """Answer every request line until the notebook closes the pipe or leaves it idle."""
    for line in request_lines(fd, idle):
        if line.strip():
            replies.write(json.dumps(answer(line)) + "\n")
            replies.flush()


def main() -> None:
    replies = sys.stdout
    sys.stdout = sys.stderr  # a rule that prints cannot corrupt the replies
    serve(sys.stdin.fileno(), replies, IDLE_SECONDS)


if __name__ == "__main__":
    main()
