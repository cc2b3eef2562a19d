"""The whole instructor cycle on a real nbgrader exchange in a temporary folder.

Three residents take every assignment (model answers, blank notebooks, typical mistakes) and
eight more each break one thing (an endless loop, sys.exit, os._exit, a deleted test cell, an
edited locked cell, a redefined check_post, a damaged file, a huge printout). The instructor
releases, collects, autogrades, gives feedback, exports and reports with `medsocial course`.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from assignment_answers import MISTAKES
from course_harness import (
    course_env,
    edit_notebook,
    fetch,
    fill_answers,
    grade_id,
    make_course,
    run_course,
    solution_answers,
    submit,
)

from medsocial.course.gradebook import read_marks
from medsocial.course.layout import Course
from medsocial.course.leaks import find_leaks

pytestmark = pytest.mark.slow

MAIN = ("ada_solutions", "ben_blank", "chloe_mistakes")
FIRST = "01_post_anatomy"
REWRITES = "02_rewrite_unsafe_posts"


@dataclass
class Cycle:
    course: Path
    exchange: Path
    assignments: list[str]
    outputs: dict[str, object]
    rows: dict[tuple[str, str], dict[str, str]]
    questions: list  # medsocial.course.gradebook.QuestionRow


def _notebook(folder: Path) -> Path:
    return next(folder.glob("*.ipynb"))


def _first_answer_id(source: Path) -> str:
    return next(iter(solution_answers(source)))


def _adversaries(source_dir: Path) -> dict[str, tuple[str, Callable | None]]:
    """Resident -> (assignment, how their fetched notebook is spoiled after the model answers)."""
    first_source = _notebook(source_dir / FIRST)
    first_id = _first_answer_id(first_source)

    def prepend(code: str):
        def change(nb):
            for cell in nb.cells:
                if grade_id(cell) == first_id:
                    cell.source = code + "\n" + cell.source

        return change

    def delete_first_test(nb):
        tests = [
            c
            for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("grade")
            and not c.metadata["nbgrader"].get("solution")
        ]
        nb.cells.remove(tests[0])

    def edit_locked_test(nb):
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                cell.source = "pass  # nothing to check here"
            elif grade_id(cell) == first_id:
                cell.source = re.sub(r'"[^"\n]*"', '"wrong"', cell.source)

    def redefine_checker(nb):
        # Post the unsafe drafts as they are, and silence every checker the notebook can reach.
        cheat = (
            "import medsocial, medsocial.checker.engine as _engine\n"
            "class _Safe:\n    safe = True\n    findings = []\n"
            "def check_post(*args, **kwargs):\n    return _Safe()\n"
            "medsocial.check_post = check_post\n_engine.check_post = check_post\n"
        )
        for cell in nb.cells:
            name = re.match(r"rewrite_(\d+)$", grade_id(cell) or "")
            if name:
                cell.source = cheat + f"REWRITE_{name[1]} = POST_{name[1]}"

    return {
        "dan_loop": (FIRST, prepend("while True:\n    pass")),
        "eve_sysexit": (FIRST, prepend("import sys\nsys.exit()")),
        "finn_osexit": (FIRST, prepend("import os\nos._exit(0)")),
        "gus_deleted_test": (FIRST, delete_first_test),
        "hana_edited_lock": (FIRST, edit_locked_test),
        "ivan_checker": (REWRITES, redefine_checker),
        "jade_bad_json": (FIRST, None),
        "kim_huge_output": (FIRST, prepend("print('x' * 3_000_000)")),
    }


@pytest.fixture(scope="module")
def cycle(tmp_path_factory) -> Cycle:
    tmp = tmp_path_factory.mktemp("course")
    course, exchange = make_course(tmp)
    env = course_env(exchange, cell_timeout=8)
    assignments = sorted(p.name for p in (course / "source").iterdir() if p.is_dir())
    outputs: dict[str, object] = {"release": run_course(course, env, "release")}

    homes = tmp / "homes"
    for assignment in assignments:
        source = _notebook(course / "source" / assignment)
        for student in MAIN:
            folder = fetch(homes / student, exchange, assignment, student)
            if student == "ada_solutions":
                fill_answers(_notebook(folder), solution_answers(source))
            elif student == "chloe_mistakes":
                fill_answers(_notebook(folder), MISTAKES[assignment])
            submit(homes / student, exchange, assignment, student)

    for student, (assignment, spoil) in _adversaries(course / "source").items():
        folder = fetch(homes / student, exchange, assignment, student)
        notebook = _notebook(folder)
        fill_answers(notebook, solution_answers(_notebook(course / "source" / assignment)))
        if spoil is None:
            notebook.write_text('{"cells": [ oops, not a notebook', encoding="utf-8")
        else:
            edit_notebook(notebook, spoil)
        submit(homes / student, exchange, assignment, student)

    for step in ("collect", "autograde", "feedback"):
        outputs[step] = run_course(course, env, step)
    outputs["export"] = run_course(course, env, "export", "--output", "grades.csv")
    outputs["report"] = run_course(course, env, "report", "--output", "report.html")
    with (course / "grades.csv").open(encoding="utf-8") as handle:
        rows = {(r["student"], r["assignment"]): r for r in csv.DictReader(handle)}
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("MEDSOCIAL_EXCHANGE", str(exchange))
    _, questions = read_marks(Course(course))
    monkeypatch.undo()
    return Cycle(course, exchange, assignments, outputs, rows, questions)


def _auto_points(cycle: Cycle, student: str, assignment: str) -> tuple[float, float]:
    """(earned, possible) autograded points, from the gradebook."""
    mine = [
        q
        for q in cycle.questions
        if (q.student, q.assignment) == (student, assignment) and not q.manual
    ]
    return sum(q.score for q in mine), sum(q.max_score for q in mine)


def _record(cycle: Cycle, student: str, assignment: str) -> dict:
    path = cycle.course / "grading_records" / assignment / f"{student}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_step_succeeds(cycle):
    for step, result in cycle.outputs.items():
        assert result.returncode == 0, f"{step}:\n{result.stdout}\n{result.stderr}"
    assert cycle.outputs["release"].stdout.count("released") == len(cycle.assignments)


def test_there_are_at_least_four_assignments(cycle):
    assert len(cycle.assignments) >= 4


def test_model_answers_earn_every_autograded_point(cycle):
    for assignment in cycle.assignments:
        earned, possible = _auto_points(cycle, "ada_solutions", assignment)
        assert possible > 0 and earned == possible, assignment


def test_blank_notebooks_earn_nothing(cycle):
    for assignment in cycle.assignments:
        earned, possible = _auto_points(cycle, "ben_blank", assignment)
        assert possible > 0 and earned == 0, assignment


def test_typical_mistakes_earn_some_points_but_not_all(cycle):
    for assignment in cycle.assignments:
        earned, possible = _auto_points(cycle, "chloe_mistakes", assignment)
        assert 0 < earned < possible, (assignment, earned, possible)


def test_csv_holds_every_student_for_every_assignment(cycle):
    students = set(MAIN) | set(_adversaries(cycle.course / "source"))
    assert {s for s, _ in cycle.rows} == students
    for student in MAIN:
        for assignment in cycle.assignments:
            assert cycle.rows[(student, assignment)]["status"] == "graded"


@pytest.mark.parametrize(
    ("student", "status", "phrase"),
    [
        ("dan_loop", "graded", "ran too long"),
        ("eve_sysexit", "graded", "sys.exit"),
        ("finn_osexit", "not graded", "shut Python down"),
        ("gus_deleted_test", "graded", "graded cells deleted"),
        ("hana_edited_lock", "graded", "originals were put back"),
        ("jade_bad_json", "not graded", "damaged"),
        ("kim_huge_output", "graded", "printed"),
    ],
)
def test_each_broken_submission_has_a_clear_record(cycle, student, status, phrase):
    record = _record(cycle, student, FIRST)
    assert record["status"] == status
    assert any(phrase in note for note in record["notes"]), record["notes"]
    row = cycle.rows[(student, FIRST)]
    assert row["status"] == status and phrase in row["notes"]
    if status == "not graded":
        assert row["score"] == "", "a submission that could not run must not show a mark of 0"


def test_an_edited_locked_test_is_restored_and_grades_the_real_answer(cycle):
    earned, possible = _auto_points(cycle, "hana_edited_lock", FIRST)
    assert earned < possible


def test_a_huge_printout_costs_no_points_and_is_cut(cycle):
    earned, possible = _auto_points(cycle, "kim_huge_output", FIRST)
    assert earned == possible
    graded = _notebook(cycle.course / "autograded" / "kim_huge_output" / FIRST)
    assert graded.stat().st_size < 500_000


def test_a_redefined_check_post_does_not_pass(cycle):
    earned, possible = _auto_points(cycle, "ivan_checker", REWRITES)
    assert possible > 0 and earned == 0


def _hidden_lines(cycle: Cycle) -> set[str]:
    lines = set()
    for notebook in (cycle.course / "source").glob("*/*.ipynb"):
        for cell in nbformat.read(notebook, as_version=4).cells:
            inside = False
            for line in cell.source.splitlines():
                if "BEGIN HIDDEN TESTS" in line:
                    inside = True
                elif "END HIDDEN TESTS" in line:
                    inside = False
                elif inside and len(line.strip()) > 12:
                    lines.add(line.strip())
    return lines


def test_feedback_exists_and_reveals_no_hidden_test(cycle):
    pages = sorted((cycle.course / "feedback").glob("*/*/*.html"))
    graded = [key for key, row in cycle.rows.items() if row["status"] == "graded"]
    assert len(pages) == len(graded)
    assert find_leaks(pages) == []
    hidden = _hidden_lines(cycle)
    assert hidden, "the assignments have hidden tests"
    for page in pages:
        text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
        shown = [line for line in hidden if line in text]
        assert not shown, (page, shown[:3])


def test_feedback_reads_offline_and_is_released(cycle):
    for page in (cycle.course / "feedback").glob("*/*/*.html"):
        source = page.read_text(encoding="utf-8")
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', source), page
    released = list((cycle.exchange / "medsocial" / "feedback").glob("*.html"))
    assert len(released) == len(list((cycle.course / "feedback").glob("*/*/*.html")))


def test_report_has_figures_with_alt_text(cycle):
    page = (cycle.course / "report.html").read_text(encoding="utf-8")
    figures = re.findall(r'<img src="data:image/png;base64,[^"]+" alt="([^"]+)"', page)
    assert len(figures) >= 3
    assert "Identifiers left in answers" in page and "Grading problems" in page
    assert "jade_bad_json" in page
