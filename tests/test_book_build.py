"""The book's build settings: a failing cell fails the build, solutions are never built."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT, build_book

pytestmark = pytest.mark.slow

PAGE = """---
jupytext:
  text_representation:
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---

# A page

```{{code-cell}} ipython3
{code}
```
"""


def make_one_page_book(folder: Path, code: str) -> Path:
    """Copy the course's configuration into a one-page book whose only cell runs `code`."""
    for name in ("_config.yml", "references.bib"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "_ext", folder / "_ext")
    shutil.copytree(ROOT / "assets", folder / "assets", ignore=shutil.ignore_patterns("vendor"))
    (folder / "_toc.yml").write_text("format: jb-book\nroot: page\n")
    (folder / "page.md").write_text(PAGE.format(code=code))
    return folder


def test_a_failing_cell_fails_the_build(tmp_path):
    """nb_execution_raise_on_error: an exception in a cell is an error, not a warning."""
    book = make_one_page_book(tmp_path, 'raise ValueError("deliberately broken cell")')
    result = build_book(book)
    assert result.returncode != 0
    assert "deliberately broken cell" in result.stdout + result.stderr


def test_the_same_book_builds_when_the_cell_works(tmp_path):
    """Control for the test above: the one-page book itself is sound."""
    book = make_one_page_book(tmp_path, 'print("fine")')
    result = build_book(book)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (book / "_build" / "html" / "page.html").exists()


def test_assignments_with_solutions_are_never_built(built_book):
    """source/ holds nbgrader solutions: no page of it may reach the built book."""
    assert not (built_book / "source").exists()
    assert not list(built_book.rglob("*solution*"))


def test_a_changed_engine_gets_a_fresh_execution_cache(tmp_path, built_book):
    """Chapters show the current engine's output: the cache folder follows the engine's digest."""
    sys.path.insert(0, str(ROOT / "_ext"))
    from course_rebuild import ENGINE_FOLDER, digest, engine_cache

    (tmp_path / "medsocial").mkdir()
    module = tmp_path / "medsocial" / "rules.py"
    module.write_text("LIMIT = 280\n")
    before = digest(tmp_path, [ENGINE_FOLDER])
    module.write_text("LIMIT = 300\n")
    after = digest(tmp_path, [ENGINE_FOLDER])
    assert after != before

    # The old engine's cache is dropped; the new one gets its own folder.
    outdir = tmp_path / "_build" / "html"
    old = tmp_path / "_build" / ".jupyter_cache" / f"engine-{before}"
    old.mkdir(parents=True)
    app = type("App", (), {"outdir": str(outdir)})()
    assert engine_cache(app, after).name == f"engine-{after}"
    assert not old.exists()

    # The real build executed into such a folder, and only one.
    used = list((built_book.parent / ".jupyter_cache").glob("engine-*/global.db"))
    assert len(used) == 1, used
