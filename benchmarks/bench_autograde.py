"""Autograde time per submission: our assignments against nbgrader's floor, in the same run.

    .venv/bin/python benchmarks/bench_autograde.py [--submissions 3]

The floor is the same notebook with trivial tests: every test cell becomes `pass` and the setup
cell no longer imports medsocial.grading, so what remains is nbgrader's own cost (sanitising,
starting a kernel, running the cells, saving grades). Each submission holds the model answers.
Target (issue 7): our grading adds at most 20% over the floor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from course_harness import fill_answers, solution_answers  # noqa: E402


def _meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def floor_version(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook with trivial tests and no grading import."""
    nb = nbformat.from_dict(nb)
    for cell in nb.cells:
        meta = _meta(cell)
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            cell.source = "pass"
        elif cell.cell_type == "code" and meta.get("locked") and not meta.get("grade"):
            cell.source = "\n".join(
                line for line in cell.source.splitlines() if "grading" not in line
            )
    return nb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=3, help="submissions per assignment")
    args = parser.parse_args()

    from medsocial.course.layout import Course
    from medsocial.course.session import nbgrader_api, succeeded

    with tempfile.TemporaryDirectory() as tmp:
        course_root = Path(tmp) / "course"
        shutil.copytree(ROOT / "source", course_root / "source")
        shutil.copy(ROOT / "nbgrader_config.py", course_root)
        os.environ.update(MEDSOCIAL_EXCHANGE=str(Path(tmp) / "exchange"), MEDSOCIAL_CHECK_OWNER="0")
        real = sorted(p.name for p in (course_root / "source").iterdir() if p.is_dir())
        for name in real:
            floor_dir = course_root / "source" / f"floor_{name}"
            floor_dir.mkdir()
            for notebook in (course_root / "source" / name).glob("*.ipynb"):
                nbformat.write(
                    floor_version(nbformat.read(notebook, as_version=4)), floor_dir / notebook.name
                )
        course = Course(course_root)
        times: dict[str, list[float]] = {}
        with nbgrader_api(course) as api:
            for name in course.assignments():
                assert succeeded(api.generate_assignment(name)), name
                for i in range(args.submissions):
                    folder = course.folder("submitted") / f"resident{i}" / name
                    folder.mkdir(parents=True)
                    for released in (course.folder("release") / name).glob("*.ipynb"):
                        shutil.copy(released, folder)
                        source = course.folder("source") / name / released.name
                        fill_answers(folder / released.name, solution_answers(source))
            # Interleave ours and the floor so machine noise hits both alike.
            for i in range(args.submissions):
                for name in real:
                    for assignment in (name, f"floor_{name}"):
                        start = time.perf_counter()
                        result = api.autograde(assignment, f"resident{i}")
                        times.setdefault(assignment, []).append(time.perf_counter() - start)
                        assert succeeded(result), (assignment, result.get("log", "")[-800:])

    print(f"{'assignment':32} {'ours s':>8} {'floor s':>8} {'overhead':>9}")
    ratios = []
    for name in real:
        ours = statistics.median(times[name])
        floor = statistics.median(times[f"floor_{name}"])
        ratios.append(ours / floor)
        print(f"{name:32} {ours:8.2f} {floor:8.2f} {100 * (ours / floor - 1):8.1f}%")
    total = sum(statistics.median(times[n]) for n in real)
    total_floor = sum(statistics.median(times[f"floor_{n}"]) for n in real)
    print(
        f"{'all (sum of medians)':32} {total:8.2f} {total_floor:8.2f} "
        f"{100 * (total / total_floor - 1):8.1f}%   target: at most +20%"
    )


if __name__ == "__main__":
    main()
