"""The instructor's report: one self-contained HTML page with tables and figures."""

from __future__ import annotations

import base64
import html
import io
import os
from dataclasses import asdict
from pathlib import Path

from medsocial.course.gradebook import read_marks
from medsocial.course.layout import Course
from medsocial.course.leaked_kinds import leaked_kinds

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d2630; line-height: 1.45; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #c9d1d9; padding: 0.3rem 0.6rem; text-align: left; }
th { background: #eef2f5; }
figure { margin: 1.5rem 0; } figcaption { font-size: 0.9rem; color: #4a5560; }
img { max-width: 100%; }
.warn { color: #9a3412; }
"""


def _figure(fig, alt: str, caption: str) -> str:
    """A matplotlib figure as an inline PNG with alt text (the page stands alone, offline)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )


def build_report(course: Course, path: Path) -> Path:
    """Write the report to `path` and return it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    marks_rows, question_rows = read_marks(course)
    marks = pd.DataFrame([asdict(r) for r in marks_rows])
    questions = pd.DataFrame([asdict(r) for r in question_rows])
    parts = [f"<h1>Course report: {html.escape(course.root.name)}</h1>"]
    if marks.empty:
        parts.append("<p>No assignment has been graded yet.</p>")
    else:
        parts += _summary(marks)
        parts += _distribution(marks, plt)
        parts += _difficulty(questions, plt)
        parts += _problems(marks)
    parts += _leaks(course, plt)

    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Course report</title><style>{STYLE}</style></head><body>"
        + "\n".join(parts)
        + "</body></html>"
    )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    return path


def _summary(marks) -> list[str]:
    graded = marks[marks.status == "graded"].copy()
    graded["percent"] = 100 * graded.score / graded.max_score.where(graded.max_score > 0)
    table = (
        marks.groupby("assignment")
        .agg(
            residents=("student", "nunique"),
            graded=("status", lambda s: int((s == "graded").sum())),
            not_graded=("status", lambda s: int((s == "not graded").sum())),
            not_submitted=("status", lambda s: int((s == "not submitted").sum())),
        )
        .join(graded.groupby("assignment").percent.agg(["mean", "median"]).round(1))
        .rename(columns={"mean": "mean %", "median": "median %"})
    )
    return ["<h2>Summary</h2>", table.to_html(na_rep="–", border=0)]


def _distribution(marks, plt) -> list[str]:
    graded = marks[marks.status == "graded"]
    if graded.empty:
        return []
    assignments = sorted(graded.assignment.unique())
    fig, axes = plt.subplots(
        1, len(assignments), figsize=(3.2 * len(assignments), 2.8), squeeze=False
    )
    for ax, name in zip(axes[0], assignments, strict=True):
        rows = graded[graded.assignment == name]
        ax.hist(100 * rows.score / rows.max_score, bins=range(0, 101, 10), color="#3b6ea5")
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("score (%)")
        ax.set_ylabel("residents")
    plt.close(fig)
    return [
        "<h2>Score distributions</h2>",
        _figure(
            fig,
            "Histograms of residents' scores in percent, one per assignment.",
            "Autograded and manual points together; reflections not yet graded count 0.",
        ),
    ]


def _difficulty(questions, plt) -> list[str]:
    auto = questions[~questions.manual] if not questions.empty else questions
    if auto.empty:
        return []
    per_question = (
        (auto.score / auto.max_score).groupby([auto.assignment, auto.question]).mean().sort_values()
    )
    labels = [f"{a} · {q}" for a, q in per_question.index]
    fig, ax = plt.subplots(figsize=(7, 0.28 * len(labels) + 1))
    ax.barh(labels, 100 * per_question.values, color="#c2410c")
    ax.invert_yaxis()  # hardest at the top
    ax.set_xlim(0, 100)
    ax.set_xlabel("mean score (%)")
    ax.tick_params(axis="y", labelsize=7)
    plt.close(fig)
    hardest = ", ".join(labels[:3])
    return [
        "<h2>Question difficulty</h2>",
        _figure(
            fig,
            f"Bar chart of the mean score of each autograded question; the hardest are {hardest}.",
            "Mean share of the points residents earned on each autograded question, hardest first.",
        ),
    ]


def _problems(marks) -> list[str]:
    flagged = marks[(marks.status == "not graded") | (marks.notes != "")]
    if flagged.empty:
        return ["<h2>Grading problems</h2><p>None: every submission ran normally.</p>"]
    rows = "".join(
        f"<tr><td>{html.escape(r.student)}</td><td>{html.escape(r.assignment)}</td>"
        f'<td class="warn">{html.escape(r.status)}</td><td>{html.escape(r.notes)}</td></tr>'
        for r in flagged.itertuples()
    )
    return [
        "<h2>Grading problems</h2>",
        "<table><tr><th>resident</th><th>assignment</th><th>status</th><th>what happened</th></tr>"
        f"{rows}</table>",
    ]


def _leaks(course: Course, plt) -> list[str]:
    counts = leaked_kinds(course.folder("autograded"))
    if not counts:
        return ["<h2>Identifiers left in answers</h2><p>No answer still identifies a patient.</p>"]
    kinds, values = zip(*counts.most_common(), strict=True)
    fig, ax = plt.subplots(figsize=(6, 2.6))
    ax.bar(kinds, values, color="#7c3aed")
    ax.set_ylabel("findings")
    plt.close(fig)
    listing = ", ".join(f"{k} ({v})" for k, v in counts.most_common())
    return [
        "<h2>Identifiers left in answers</h2>",
        _figure(
            fig,
            f"Bar chart of identifier kinds still present in residents' answers: {listing}.",
            "Blocking findings of the checker in residents' graded answers, by kind: "
            "what to revise in class.",
        ),
    ]
