"""Look at a submission before and after nbgrader runs it, and say in words what went wrong."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat

MAX_OUTPUT_CHARS = 20_000  # per output; a bigger printout is cut in the graded copy
TIMEOUT_ERRORS = {"CellTimeoutError", "TimeoutError"}
# Answers are strings, lists and dictionaries: code reaching for the grader is worth a look.
TAMPERING = re.compile(r"medsocial\.grading|\bhidden\.|sys\.modules|importlib|__import__|builtins")


def _nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def read_notebook(path: Path) -> tuple[dict | None, str]:
    """The notebook, or None and the reason it cannot be read."""
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        return None, f"{path.name} is missing from the submission"
    except (json.JSONDecodeError, nbformat.reader.NotJSONError, UnicodeDecodeError):
        return None, f"{path.name} is damaged: it is not a readable notebook file (invalid JSON)"
    except Exception as exc:  # nbformat raises many kinds for odd files
        return None, f"{path.name} is not a readable notebook ({type(exc).__name__})"
    return nb, ""


def problems_before(submitted: Path, released: Path) -> tuple[list[str], list[str]]:
    """(blocking, notes): blocking problems stop grading; notes explain a mark."""
    blocking, notes = [], []
    for release_nb in sorted(released.glob("*.ipynb")):
        original, _ = read_notebook(release_nb)
        student, reason = read_notebook(submitted / release_nb.name)
        if student is None:
            blocking.append(reason)
            continue
        theirs = {_nbgrader(c).get("grade_id"): c for c in student.cells if _nbgrader(c)}
        deleted, edited = [], []
        for cell in original.cells:
            meta = _nbgrader(cell)
            grade_id = meta.get("grade_id")
            if not grade_id:
                continue
            if grade_id not in theirs:
                if meta.get("grade"):
                    deleted.append(grade_id)
            elif meta.get("locked") and theirs[grade_id].source != cell.source:
                edited.append(grade_id)
        suspicious = [
            _nbgrader(c)["grade_id"]
            for c in student.cells
            if _nbgrader(c).get("solution") and TAMPERING.search(c.source)
        ]
        if suspicious:
            notes.append(
                f"{release_nb.name}: answer cells reach for the grading tools "
                f"({', '.join(suspicious)}): check this submission by hand"
            )
        if deleted:
            notes.append(f"{release_nb.name}: graded cells deleted: {', '.join(deleted)}")
        if edited:
            notes.append(
                f"{release_nb.name}: locked cells edited: {', '.join(edited)}; "
                "the originals were put back before grading"
            )
    return blocking, notes


def problems_after(autograded: Path) -> list[str]:
    """Notes on how the graded notebooks ran: timeouts, sys.exit, huge printouts (cut)."""
    notes = []
    for path in sorted(autograded.glob("*.ipynb")):
        nb, _ = read_notebook(path)
        if nb is None:
            continue
        changed = False
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                ename = output.get("ename", "")
                if ename in TIMEOUT_ERRORS:
                    notes.append(
                        f"{path.name}: a cell ran too long and was stopped (an endless loop?)"
                    )
                elif ename == "SystemExit":
                    notes.append(f"{path.name}: a cell called sys.exit(); grading went on")
                changed |= _cut_output(output, path.name, notes)
        if changed:
            path.chmod(0o644)  # nbgrader leaves graded copies read-only
            nbformat.write(nb, path)
            path.chmod(0o444)
    return list(dict.fromkeys(notes))


def _cut_output(output: dict, name: str, notes: list[str]) -> bool:
    """Shorten a huge stream output in place; say so once."""
    text = output.get("text")
    if output.get("output_type") != "stream" or not isinstance(text, str):
        return False
    if len(text) <= MAX_OUTPUT_CHARS:
        return False
    output["text"] = text[:MAX_OUTPUT_CHARS] + f"\n... [cut: {len(text):,} characters printed]\n"
    notes.append(
        f"{name}: a cell printed {len(text):,} characters; the graded copy keeps the start"
    )
    return True
