"""No solution and no hidden test reaches residents: not in release/, not in the built book.

Every solution region and hidden-test block of the source notebooks carries a canary string;
the tests check the canaries are there, then that none appears where residents can look.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from course_harness import ROOT, course_env, make_course, run_course

from medsocial.course.leaks import CANARY_PREFIX, find_leaks

SOURCES = sorted((ROOT / "source").glob("*/*.ipynb"))
REGION = re.compile(r"### BEGIN (SOLUTION|HIDDEN TESTS)\n(.*?)### END \1", re.DOTALL)


def test_there_are_source_notebooks():
    assert len(SOURCES) >= 4


@pytest.mark.parametrize("notebook", SOURCES, ids=lambda p: p.parent.name)
def test_every_solution_and_hidden_test_carries_a_canary(notebook: Path):
    canaries = []
    for cell in nbformat.read(notebook, as_version=4).cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "markdown":
            assert CANARY_PREFIX in cell.source, cell.source[:80]
        regions = REGION.findall(cell.source)
        if meta.get("solution") and cell.cell_type == "code":
            assert any(kind == "SOLUTION" and CANARY_PREFIX in body for kind, body in regions)
        for kind, body in regions:
            if kind == "HIDDEN TESTS":
                assert CANARY_PREFIX in body, body[:80]
        canaries += re.findall(re.escape(CANARY_PREFIX) + r"[\w-]+", cell.source)
    assert canaries and len(canaries) == len(set(canaries)), "canaries must be unique"


def test_find_leaks_sees_a_planted_canary(tmp_path: Path):
    (tmp_path / "page.html").write_text(f"<p>{CANARY_PREFIX}02-R1-abc123</p>", encoding="utf-8")
    (tmp_path / "clean.html").write_text("<p>nothing here</p>", encoding="utf-8")
    leaks = find_leaks([tmp_path])
    assert [(leak.path.name, leak.found) for leak in leaks] == [
        ("page.html", f"{CANARY_PREFIX}02-R1-abc123")
    ]


@pytest.mark.slow
def test_released_notebooks_hold_no_solution_or_hidden_test(tmp_path: Path):
    course, exchange = make_course(tmp_path)
    result = run_course(course, course_env(exchange), "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    released = sorted((course / "release").glob("*/*.ipynb"))
    assert len(released) == len(SOURCES)
    assert find_leaks([course / "release"]) == []


@pytest.mark.slow
def test_release_refuses_an_assignment_that_would_leak(tmp_path: Path):
    course, exchange = make_course(tmp_path)
    first = sorted((course / "source").glob("*/*.ipynb"))[0]
    nb = nbformat.read(first, as_version=4)
    nb.cells.insert(1, nbformat.v4.new_markdown_cell(f"Forgotten note {CANARY_PREFIX}oops"))
    nbformat.write(nb, first)
    result = run_course(course, course_env(exchange), "release", first.parent.name)
    assert result.returncode == 1
    assert "not released" in result.stdout
    assert not list(exchange.rglob("*.ipynb")), "nothing may reach the exchange"


@pytest.mark.slow
def test_built_book_holds_no_solution_or_hidden_test(built_book: Path):
    assert find_leaks([built_book]) == []
