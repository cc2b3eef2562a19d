"""nbgrader settings for the course; `medsocial course ...` reads the same file.

Environment variables (all optional):
    MEDSOCIAL_COURSE_ID     course id shared by instructor and residents (default: medsocial)
    MEDSOCIAL_EXCHANGE      exchange folder shared with residents (default: /srv/nbgrader/exchange)
    MEDSOCIAL_CHECK_OWNER   "0" when residents are not separate Unix users (one shared account, tests)
    MEDSOCIAL_CELL_TIMEOUT  seconds a cell may run while grading (default: 30)
"""

import os
from pathlib import Path

import nbgrader

import medsocial.course

c = get_config()  # noqa: F821 (injected by nbgrader's config loader)

COURSE_ROOT = Path(__file__).resolve().parent

c.CourseDirectory.course_id = os.environ.get("MEDSOCIAL_COURSE_ID", "medsocial")
c.CourseDirectory.root = str(COURSE_ROOT)
c.Exchange.root = os.environ.get("MEDSOCIAL_EXCHANGE", "/srv/nbgrader/exchange")
# nbgrader matches a submission's Unix owner to the student id; with one shared account (a
# training laptop, the test suite) every submission would be refused, so it can be turned off.
c.ExchangeCollect.check_owner = os.environ.get("MEDSOCIAL_CHECK_OWNER", "1") != "0"

# Answers are Python strings, lists and dictionaries: the released cell keeps the assignment line
# and an empty answer (no "raise NotImplementedError"), which the visible tests explain.
c.ClearSolutions.code_stub = {"python": ""}
c.ClearSolutions.text_stub = "Write your answer here."

# A student's infinite loop is interrupted and recorded, and the batch goes on.
c.Execute.timeout = int(os.environ.get("MEDSOCIAL_CELL_TIMEOUT", "30"))
c.Execute.interrupt_on_timeout = True
# Keep the kernel's start-up warnings (ipykernel 7: "running over TCP") out of the instructor's way.
c.Execute.extra_arguments = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]
# Outputs saved in a submission are cut before grading; outputs printed while grading are cut
# afterwards by `medsocial course autograde` (medsocial/course/inspection.py).
c.LimitOutput.max_lines = 200
c.LimitOutput.max_traceback = 20

# Feedback never shows hidden tests, and reads offline: our template folder comes first and only
# replaces nbconvert's MathJax macro (a CDN script); nbgrader's own feedback template stays.
c.HTMLExporter.extra_template_basedirs = [
    str(Path(medsocial.course.__file__).parent / "templates"),
    str(Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"),
]
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "medsocial.course.feedback_filter.HideTestTracebacks",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
