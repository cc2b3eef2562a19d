"""The hidden checks: the same questions, answered by the grader's worker process.

`medsocial.grading` imports this module first thing (the notebook's locked setup cell runs before
any answer cell), so the interpreter path and `subprocess.Popen` are captured before a resident
could replace them. The setup cell starts the worker (or the first hidden check does); it is
reused by every hidden check of the notebook. If it dies it is restarted once; if it still cannot
answer, the check fails with a message for the instructor, never passes.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import queue
import subprocess
import sys
import threading
from typing import IO

from medsocial.grading.feedback import Feedback
from medsocial.grading.problems import Problem
from medsocial.grading.questions import Questions

# Captured at import: later changes to sys.executable or subprocess.Popen do not reach us.
_PYTHON = sys.executable
_POPEN = subprocess.Popen
_PIPE, _DEVNULL = subprocess.PIPE, subprocess.DEVNULL
_dumps, _loads = json.dumps, json.loads
COMMAND = [_PYTHON, "-I", "-m", "medsocial.grading.worker"]
# Below nbgrader's cell timeout (30 s by default): a stuck worker fails this check, not the cell.
TIMEOUT = 20.0
UNAVAILABLE = "the grader could not check this answer; tell your instructor."
# Rule -> a cheap request that loads what the rule needs (the identifier checker, Pillow...).
WARM_UPS: dict[str, tuple[list, dict]] = {
    "rewrite": (["A case. #pathology"], {"platform": "x", "must_keep": []}),
    "anatomy": (["length", 0], {"card": "A @a\nB"}),
    "boxes": ([[], "slide_label"], {}),
    "profile": ([{"bio": "A bio."}, ["content"]], {}),
}


class GraderUnavailable(Exception):
    """The worker could not be started, died, did not answer in time or reported an error."""


def _pump(stream: IO[str], replies: queue.Queue) -> None:
    """Move the worker's reply lines into a queue; None marks the end of its output."""
    for line in stream:
        replies.put(line)
    replies.put(None)


class Worker:
    """One persistent worker process and the requests sent to it."""

    def __init__(self, command: list[str] = COMMAND, timeout: float = TIMEOUT) -> None:
        self.command = list(command)
        self.timeout = timeout
        self._process: subprocess.Popen | None = None
        self._replies: queue.Queue = queue.Queue()
        self._next_id = 0
        self._lock = threading.Lock()

    def start(self, warm: str | None = None) -> None:
        """Start the worker unless it is running; `warm`: a rule to prepare in the background."""
        if self._process is not None and self._process.poll() is None:
            return
        try:
            self._process = _POPEN(
                self.command,
                stdin=_PIPE,
                stdout=_PIPE,
                stderr=_DEVNULL,
                text=True,
                encoding="utf-8",
                bufsize=1,
                # Its own session: ipykernel's shutdown (which waits seconds for the children
                # in its process group) and nbgrader's timeout interrupt leave it alone; it
                # ends by itself when the kernel closes the pipe.
                start_new_session=True,
            )
        except OSError as error:
            raise GraderUnavailable(f"cannot start {self.command[0]}: {error}") from error
        self._replies = queue.Queue()
        threading.Thread(
            target=_pump, args=(self._process.stdout, self._replies), daemon=True
        ).start()
        if warm in WARM_UPS:
            # Loaded now, while the notebook runs its answer cells; the reply is skipped like
            # any reply to an earlier request. A worker already gone is noticed by the next check.
            with contextlib.suppress(OSError):
                self._send(warm, *WARM_UPS[warm])

    def _send(self, rule: str, args: list, kwargs: dict) -> int:
        self._next_id += 1
        request = {"id": self._next_id, "rule": rule, "args": args, "kwargs": kwargs}
        self._process.stdin.write(_dumps(request, default=repr) + "\n")
        self._process.stdin.flush()
        return self._next_id

    def stop(self) -> None:
        """Stop the worker (it also stops by itself when the notebook's kernel ends)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._process = None

    def call(self, rule: str, args: list, kwargs: dict) -> list[Problem]:
        """Ask the worker to run one rule; GraderUnavailable if it cannot answer."""
        with self._lock:
            try:
                reply = self._ask(rule, args, kwargs)
            except OSError:  # it had died since the last check: once more, with a new worker
                try:
                    reply = self._ask(rule, args, kwargs)
                except OSError as error:
                    raise GraderUnavailable(f"the worker stopped: {error}") from error
        if "error" in reply:
            raise GraderUnavailable(reply["error"])
        return [Problem(message, kind) for message, kind in reply["problems"]]

    def _ask(self, rule: str, args: list, kwargs: dict) -> dict:
        """Send one request and wait for its reply; a stuck or broken worker is stopped."""
        try:
            self.start()
            return self._wait(self._send(rule, args, kwargs))
        except OSError:
            self.stop()
            raise
        except (ValueError, queue.Empty) as error:
            self.stop()
            raise GraderUnavailable(f"no answer from the worker: {error!r}") from error

    def _wait(self, request_id: int) -> dict:
        while True:
            line = self._replies.get(timeout=self.timeout)
            if line is None:
                raise OSError("no reply before the end of its output")
            reply = _loads(line)
            if reply.get("id") == request_id:  # skip replies to requests that timed out
                return reply


_WORKER = Worker()
atexit.register(_WORKER.stop)


def call_worker(rule: str, args: list, kwargs: dict) -> list[Problem]:
    """Run a rule in the worker; GraderUnavailable if it cannot answer."""
    return _WORKER.call(rule, args, kwargs)


def in_worker(rule: str, args: list, kwargs: dict) -> list[Problem]:
    """Run a rule in the grader's worker; any failure fails the check (never passes it)."""
    try:
        return _WORKER.call(rule, args, kwargs)
    except GraderUnavailable as error:
        raise Feedback(f"✗ {UNAVAILABLE}\n  (detail for the instructor: {error})") from None


def start(warm: str | None = None) -> None:
    """Start the worker early (the setup cell does), preparing the rule `warm` meanwhile."""
    with contextlib.suppress(GraderUnavailable):  # the first hidden check will report it
        _WORKER.start(warm)


_HIDDEN = Questions(in_worker, suffix=" (grader's check)")
rewrite = _HIDDEN.rewrite
anatomy = _HIDDEN.anatomy
cleaned = _HIDDEN.cleaned
boxes = _HIDDEN.boxes
profile = _HIDDEN.profile
