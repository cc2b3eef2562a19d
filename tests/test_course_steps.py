"""The instructor commands' own logic, on small hand-made notebooks (no exchange needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from medsocial.course.inspection import MAX_OUTPUT_CHARS, problems_after, problems_before
from medsocial.course.layout import Course, CourseError
from medsocial.course.records import GRADED, NOT_GRADED, GradingRecord, load_records


def _cell(source: str, grade_id: str, **flags) -> nbformat.NotebookNode:
    meta = dict(grade=False, solution=False, locked=False, grade_id=grade_id, schema_version=3)
    meta.update(flags)
    return new_code_cell(source, metadata={"nbgrader": meta})


def _released() -> nbformat.NotebookNode:
    return new_notebook(
        cells=[
            _cell("import math", "setup", locked=True),
            _cell('ANSWER = ""', "answer", solution=True),
            _cell("assert ANSWER", "test", grade=True, locked=True, points=1),
        ]
    )


def _write(folder: Path, nb: nbformat.NotebookNode, name: str = "task.ipynb") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / name)
    return folder / name


def test_an_untouched_submission_has_no_problem(tmp_path):
    _write(tmp_path / "release", _released())
    _write(tmp_path / "submitted", _released())
    assert problems_before(tmp_path / "submitted", tmp_path / "release") == ([], [])


def test_a_damaged_or_missing_notebook_blocks_grading(tmp_path):
    _write(tmp_path / "release", _released())
    _write(tmp_path / "release", _released(), "second.ipynb")
    (tmp_path / "submitted").mkdir()
    (tmp_path / "submitted" / "task.ipynb").write_text("{ not json", encoding="utf-8")
    blocking, _ = problems_before(tmp_path / "submitted", tmp_path / "release")
    assert any("task.ipynb is damaged" in b for b in blocking)
    assert any("second.ipynb is missing" in b for b in blocking)


def test_deleted_test_and_edited_locked_cell_are_noted(tmp_path):
    _write(tmp_path / "release", _released())
    nb = _released()
    nb.cells[0].source = "import os"  # edited locked setup cell
    del nb.cells[2]  # deleted test
    _write(tmp_path / "submitted", nb)
    blocking, notes = problems_before(tmp_path / "submitted", tmp_path / "release")
    assert blocking == []
    assert any("graded cells deleted: test" in n for n in notes)
    assert any("locked cells edited: setup;" in n for n in notes)


def test_answers_reaching_for_the_grader_are_flagged(tmp_path):
    _write(tmp_path / "release", _released())
    nb = _released()
    nb.cells[1].source = "import medsocial.grading.hidden as h\nh.in_worker = print\nANSWER = 'x'"
    _write(tmp_path / "submitted", nb)
    _, notes = problems_before(tmp_path / "submitted", tmp_path / "release")
    assert any("reach for the grading tools (answer)" in n for n in notes)


def test_after_grading_timeouts_exits_and_huge_printouts_are_noted(tmp_path):
    nb = _released()
    nb.cells[1].outputs = [
        new_output("error", ename="CellTimeoutError", evalue="", traceback=[]),
        new_output("stream", name="stdout", text="x" * (MAX_OUTPUT_CHARS * 5)),
    ]
    nb.cells[2].outputs = [new_output("error", ename="SystemExit", evalue="", traceback=[])]
    path = _write(tmp_path, nb)
    path.chmod(0o444)
    notes = problems_after(tmp_path)
    assert any("ran too long" in n for n in notes)
    assert any("sys.exit()" in n for n in notes)
    assert any(f"printed {MAX_OUTPUT_CHARS * 5:,} characters" in n for n in notes)
    kept = nbformat.read(path, as_version=4).cells[1].outputs[1].text
    assert len(kept) < MAX_OUTPUT_CHARS + 100
    assert path.stat().st_mode & 0o777 == 0o444, "graded copies stay read-only"


def test_records_round_trip(tmp_path):
    GradingRecord("a1", "ada", GRADED, ["fine"], "2026-11-23").save(tmp_path)
    GradingRecord("a1", "ben", NOT_GRADED, ["damaged"], grader_error=False).save(tmp_path)
    records = load_records(tmp_path)
    assert records[("a1", "ben")].status == NOT_GRADED
    assert records[("a1", "ada")].notes == ["fine"]


def test_course_is_found_from_a_subfolder_and_unknown_assignments_are_refused(tmp_path):
    (tmp_path / "nbgrader_config.py").write_text("", encoding="utf-8")
    (tmp_path / "source" / "01_a").mkdir(parents=True)
    (tmp_path / "source" / "01_a" / "deep").mkdir()
    course = Course.find(tmp_path / "source" / "01_a" / "deep")
    assert course.root == tmp_path.resolve()
    assert course.select(None) == ["01_a"]
    try:
        course.select("02_b")
    except CourseError as exc:
        assert "01_a" in str(exc)
    else:
        raise AssertionError("an unknown assignment must be refused")


def _medsocial(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "medsocial", "course", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_outside_a_course_the_command_says_where_to_run(tmp_path):
    result = _medsocial("collect", cwd=tmp_path)
    assert result.returncode == 2
    assert "No course found" in result.stderr


def test_validate_exits_1_when_a_test_fails_and_0_when_all_pass(tmp_path):
    nb = _released()
    failing = _write(tmp_path / "failing", nb)
    nb.cells[1].source = 'ANSWER = "done"'
    passing = _write(tmp_path / "passing", nb)
    damaged = tmp_path / "damaged.ipynb"
    damaged.write_text("{", encoding="utf-8")
    assert _medsocial("validate", str(failing), cwd=tmp_path).returncode == 1
    result = _medsocial("validate", str(passing), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Every test passes" in result.stdout
    assert _medsocial("validate", str(damaged), cwd=tmp_path).returncode == 2
