"""Which identifier kinds residents left in their answers, found by re-checking graded notebooks."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from medsocial.course.inspection import read_notebook


def answer_strings(notebook: Path) -> list[str]:
    """The text constants a resident assigned in their answer cells (rewrites, bios...)."""
    nb, _ = read_notebook(notebook)
    if nb is None:  # a damaged notebook is already reported as "not graded"
        return []
    texts = []
    for cell in nb.cells:
        if cell.cell_type != "code" or not cell.metadata.get("nbgrader", {}).get("solution"):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        texts.extend(
            node.value.strip()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip()
        )
    return texts


def leaked_kinds(autograded: Path) -> Counter[str]:
    """Count blocking findings per kind over every answer string of every graded notebook."""
    from medsocial import check_post

    counts: Counter[str] = Counter()
    for notebook in sorted(autograded.glob("*/*/*.ipynb")):
        for text in answer_strings(notebook):
            counts.update(f.kind for f in check_post(text).findings if f.severity == "block")
    return counts
