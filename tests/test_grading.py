"""Grading helpers: each rule's verdicts and wording, Feedback, the worker, and tamper resistance."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from assignment_answers import EXPECTED_POINTS, MISTAKE_POINTS, MISTAKES

from medsocial.grading import Feedback, hidden
from medsocial.grading.anatomy import anatomy_problems
from medsocial.grading.feedback import failure_message, verdict
from medsocial.grading.image import box_problems, coverage, metadata_problems, picture_box_problems
from medsocial.grading.profile import profile_problems
from medsocial.grading.rewrite import rewrite_problems
from medsocial.grading.worker import answer, request_lines
from medsocial.images import strip_metadata
from medsocial.images.samples import draw, sample_path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "source").glob("*/*.ipynb"))
MARKER = re.compile(r"^\s*### (BEGIN|END) (SOLUTION|HIDDEN TESTS)\s*$")


def messages(problems) -> list[str]:
    return [p.message for p in problems]


def test_imports_stay_light():
    code = (
        "import sys, medsocial; light = 'medsocial.grading' not in sys.modules; "
        "import medsocial.grading, medsocial.grading.check, medsocial.grading.worker; "
        "heavy = [m for m in ('pandas', 'matplotlib', 'ipywidgets', 'PIL', 'numpy') if m in sys.modules]; "
        "print(light, heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True []"


# --- Feedback -------------------------------------------------------------------------------


def test_feedback_renders_as_its_message_only():
    error = Feedback(failure_message("Rewrite 3", ["your rewrite still contains an exact age."]))
    assert isinstance(error, AssertionError)  # nbgrader still sees a failed test
    assert error._render_traceback_() == ["✗ Rewrite 3: your rewrite still contains an exact age."]


def test_several_problems_are_listed_as_bullets():
    text = failure_message("LABEL_BOXES", ["first thing.", "second thing."])
    assert text.splitlines() == [
        "✗ LABEL_BOXES: 2 things to change:",
        "  • first thing.",
        "  • second thing.",
    ]


def test_a_passing_check_prints_one_tick_line(capsys):
    verdict("Handle", [], "right.")
    assert capsys.readouterr().out == "✓ Handle: right.\n"
    with pytest.raises(Feedback, match="✗ Handle: wrong"):
        verdict("Handle", ["wrong"], "right.")


# --- Assignment 2: rewrites -------------------------------------------------------------------

KEEP = ["leiomyosarcoma", ("necrosis", "necrotic")]
GOOD = "A woman in her 40s: uterine leiomyosarcoma with tumour necrosis. #pathology #gynpath"


def test_a_safe_teaching_rewrite_passes():
    assert rewrite_problems(GOOD, platform="x", must_keep=KEEP) == []


def test_an_exact_age_is_quoted_with_the_checkers_suggestion():
    text = GOOD.replace("A woman in her 40s", "A 47-year-old woman")
    problems = rewrite_problems(text, platform="x", must_keep=KEEP)
    assert messages(problems) == [
        "your rewrite still contains an exact age: '47-year-old'. Round it, e.g. 'in her 40s'."
    ]
    assert problems[0].kind == "AGE"


def test_french_findings_are_explained_in_english_with_the_french_suggestion():
    text = "Mme Dupont, 62 ans : mélanome acral, Breslow 3 mm. #pathologie"
    problems = rewrite_problems(text, platform="bluesky", must_keep=["mélanome"])
    assert [p.kind for p in problems] == ["NAME", "AGE"]
    assert messages(problems)[1] == (
        "your rewrite still contains an exact age: '62 ans'. Round it, e.g. 'la soixantaine'."
    )


@pytest.mark.parametrize("empty", ["", "   \n  ", "\n\n"])
def test_an_empty_rewrite_is_not_written_yet(empty):
    assert messages(rewrite_problems(empty, platform="x", must_keep=KEEP)) == [
        "you have not written your rewrite yet: type it between the triple quotes."
    ]


def test_a_rewrite_that_is_not_text_is_explained():
    assert "triple quotes" in rewrite_problems(["a"], platform="x", must_keep=[])[0].message


def test_over_the_limit_says_by_how_many_characters():
    text = GOOD + " " + "Look at the slides carefully." * 9
    problems = messages(rewrite_problems(text, platform="x", must_keep=KEEP))
    over = len(text) - 280
    assert problems == [
        f"your rewrite is {over} characters too long for X (Twitter), which counts "
        f"{len(text)} of 280: shorten it."
    ]
    assert rewrite_problems(text, platform="linkedin", must_keep=KEEP) == []


def test_too_many_hashtags_for_instagram():
    text = GOOD + " #a #b #c #d"
    assert messages(rewrite_problems(text, platform="instagram", must_keep=KEEP)) == [
        "your rewrite has 6 hashtags; Instagram allows at most 5: keep the most useful ones."
    ]


def test_the_teaching_value_must_be_kept():
    text = "A woman in her 40s with a uterine tumour. #gynpath"
    problems = messages(rewrite_problems(text, platform="x", must_keep=KEEP))
    assert problems == [
        "your rewrite no longer mentions 'leiomyosarcoma': keep the diagnosis and the key "
        "finding, they are what colleagues learn from.",
        "your rewrite no longer mentions 'necrosis' or 'necrotic': keep the diagnosis and the "
        "key finding, they are what colleagues learn from.",
    ]


def test_kept_terms_ignore_case_and_accents_and_synonyms_are_lists_after_json():
    text = "Une patiente : LEIOMYOSARCOME, foyers NÉCROTIQUES. #Pathologie"
    keep = ["léiomyosarcome", ["nécrose", "nécrotique"]]
    assert rewrite_problems(text, platform="x", must_keep=keep) == []


def test_a_teaching_hashtag_is_required():
    text = GOOD.replace("#pathology #gynpath", "#interesting")
    assert messages(rewrite_problems(text, platform="x", must_keep=KEEP)) == [
        "add a teaching hashtag so colleagues find the case, e.g. #pathology, #pathologie or "
        "one for the subspecialty (#dermpath, #gipath, #gynpath)."
    ]


# --- Assignment 1: anatomy --------------------------------------------------------------------

CARD = (
    "Dr Léa Moreau @lea_dermpath · 3 h\n"
    "Cas avec @SFP_officiel 🔬 https://www.example.org/x #dermpath #MedEd"
)


def test_the_handle_is_recognised_with_or_without_at():
    assert anatomy_problems("handle", "@lea_dermpath", card=CARD) == []
    assert anatomy_problems("handle", "LEA_dermpath", card=CARD) == []
    assert (
        "is the display name" in anatomy_problems("handle", "Dr Léa Moreau", card=CARD)[0].message
    )
    assert messages(anatomy_problems("handle", "", card=CARD)) == [
        "you have not written the handle yet: type it between the quotes."
    ]


def test_lists_are_order_and_case_insensitive_and_symbols_optional():
    assert anatomy_problems("hashtags", ["meded", "#DermPath"], card=CARD) == []
    assert anatomy_problems("links", ["https://www.example.org/x/"], card=CARD) == []


def test_list_mistakes_are_each_explained():
    assert messages(
        anatomy_problems("hashtags", ["#dermpath", "@SFP_officiel", "#dermpath"], card=CARD)
    ) == [
        "'@SFP_officiel' is a mention, not a hashtag.",
        "'#dermpath' is listed twice: keep it once.",
        "you missed 1 hashtag: read the post again and look for words starting with '#'.",
    ]
    assert messages(
        anatomy_problems("mentions", ["@lea_dermpath", "@SFP_officiel"], card=CARD)
    ) == ["'@lea_dermpath' is the author's handle, not a mention in the text."]
    assert messages(anatomy_problems("links", [], card=CARD)) == [
        "you have not listed any link yet: copy them between the brackets."
    ]
    assert (
        "as a list of texts" in anatomy_problems("mentions", "@SFP_officiel", card=CARD)[0].message
    )


def test_the_length_as_x_counts_it():
    text = CARD.split("\n", 1)[1]
    x_length = len(text) - len("https://www.example.org/x") + 23 + 1  # link 23, emoji 2
    assert anatomy_problems("length", x_length, card=CARD, platform="x") == []
    wrong = messages(anatomy_problems("length", len(text), card=CARD, platform="x"))
    assert wrong == [
        f"{len(text)} is too high for how X (Twitter) counts this post. Remember: on X (Twitter), "
        "every link counts as 23 characters, however long it is; each emoji counts as 2."
    ]
    assert "not written your number" in anatomy_problems("length", (), card=CARD)[0].message
    assert "whole number" in anatomy_problems("length", "120", card=CARD)[0].message


# --- Assignment 3: image ----------------------------------------------------------------------


def test_the_region_constants_are_where_the_drawings_put_them():
    from PIL import Image

    def centre(path, box):
        with Image.open(path) as picture:
            return picture.convert("RGB").getpixel(((box[0] + box[2]) // 2, (box[1] + box[3]) // 2))

    x0, y0, x1, y1 = draw.LABEL_BOX
    assert centre(sample_path("slide_label"), (x0, y0, x0 + 10, y0 + 10)) == (
        252,
        252,
        246,
    )  # paper
    r, g, b = centre(sample_path("clinical_face"), draw.FACE_BOX)
    assert r > 200 and 150 < g < 210  # skin, not background
    r, g, b = centre(sample_path("clinical_face"), draw.LESION_BOX)
    assert r > 170 and g < 130  # the red lesion


def test_metadata_problems(tmp_path):
    original = tmp_path / "photo.jpg"
    shutil.copyfile(sample_path("gross_phone_photo"), original)
    missing = messages(metadata_problems(str(tmp_path / "photo_clean.jpg")))
    assert missing == [
        "there is no cleaned photo called 'photo_clean.jpg' yet: run the cell that cleans the "
        "photo first."
    ]
    kept = messages(metadata_problems(str(original)))
    assert len(kept) == 1 and kept[0].startswith("'photo.jpg' still holds identifying metadata (")
    assert "location" in kept[0] and "thumbnail" in kept[0]
    strip_metadata(original, tmp_path / "photo_clean.jpg")
    assert metadata_problems(str(tmp_path / "photo_clean.jpg"), original=str(original)) == []
    assert (
        "this is the original photo" in metadata_problems(str(original), str(original))[0].message
    )
    strip_metadata(sample_path("clinical_face"), tmp_path / "other.jpg")
    assert messages(metadata_problems(str(tmp_path / "other.jpg"), original=str(original))) == [
        "'other.jpg' is not a copy of 'photo.jpg': clean that photo, not another one."
    ]
    assert "between quotes" in metadata_problems(None)[0].message


def test_coverage_counts_the_union_of_boxes_once():
    assert coverage([(0, 0, 10, 10)], (0, 0, 20, 10)) == (0.5, (10, 0, 20, 10))
    assert coverage([(0, 0, 15, 10), (5, 0, 20, 10)], (0, 0, 20, 10)) == (1.0, None)
    assert coverage([(30, 30, 40, 40)], (0, 0, 20, 10))[0] == 0.0


HIDE, KEEP_VISIBLE, SIZE = (
    {"the label": (0, 0, 100, 100)},
    {"the tissue": (200, 0, 300, 100)},
    (400, 200),
)


def test_boxes_that_hide_the_label_and_keep_the_tissue_pass():
    assert box_problems([(0, 0, 100, 100)], HIDE, KEEP_VISIBLE, SIZE) == []
    assert box_problems([[0, 0, 50, 100], [50, 0, 100, 100]], HIDE, KEEP_VISIBLE, SIZE) == []
    assert box_problems([(0, 0, 100, 100), (200, 0, 215, 100)], HIDE, KEEP_VISIBLE, SIZE) == []


def test_boxes_that_miss_or_hide_too_much_say_where():
    assert messages(box_problems([(0, 0, 60, 100)], HIDE, KEEP_VISIBLE, SIZE)) == [
        "your boxes cover only 60% of the label: it must be hidden completely. Part of it still "
        "shows between x 60–100 and y 0–100."
    ]
    assert messages(box_problems([(0, 0, 300, 100)], HIDE, KEEP_VISIBLE, SIZE)) == [
        "your boxes hide 100% of the tissue, which colleagues need to see: make them smaller so "
        "they cover at most 20% of it."
    ]


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        ([], "you have not drawn any box yet"),
        ("(0, 0, 10, 10)", "must be a list of boxes"),
        ([(0, 0, 10)], "box 1 (0, 0, 10) needs exactly 4 numbers: (x0, y0, x1, y1)."),
        ([(0, 0, "10", 10)], "box 1 (0, 0, '10', 10) holds '10', which is not a number."),
        ([(0, 0, True, 10)], "holds True, which is not a number"),
        (
            [(50, 0, 10, 10)],
            "box 1 (50, 0, 10, 10): x1 (10) must be larger than x0 (50); x0 is the left edge.",
        ),
        ([(0, 20, 10, 10)], "y1 (10) must be larger than y0 (20); y0 is the top edge."),
        (
            [(0, 0, 10, 10), (0, 0, 500, 10)],
            "box 2 (0, 0, 500, 10) goes beyond the picture, which is 400 x 200 pixels",
        ),
    ],
)
def test_malformed_boxes_are_explained(boxes, expected):
    found = messages(box_problems(boxes, HIDE, KEEP_VISIBLE, SIZE))
    assert len(found) == 1 and expected in found[0], found


def test_course_pictures_use_their_drawn_regions():
    assert picture_box_problems([draw.LABEL_BOX], "slide_label") == []
    assert picture_box_problems([draw.FACE_BOX], "clinical_face") == []
    assert "the tissue" in picture_box_problems([(40, 50, 860, 250)], "slide_label")[0].message
    whole_head = picture_box_problems([(180, 50, 460, 420)], "clinical_face")
    assert "the lesion" in whole_head[0].message


# --- Assignment 4: profile --------------------------------------------------------------------

PROFILE = {
    "name": "Dr Léa Moreau",
    "title": "Pathology resident",
    "pseudonym_reason": "",
    "specialty": "Pathology",
    "bio": "Pathology resident at CHU de Lyon. Dermatopathology and teaching. Views my own.",
    "pinned_post": "My teaching slides on melanocytic lesions: feedback welcome #dermpath",
    "disclosure": "No conflicts of interest",
    "two_factor": True,
    "location_sharing": False,
    "photo": "portrait",
}


def test_a_professional_profile_passes():
    assert profile_problems(PROFILE) == []  # naming your own hospital in the bio is fine


def test_a_pseudonym_needs_a_reason_and_a_real_name_needs_a_title():
    pseudonym = dict(PROFILE, name="PathNerd42")
    assert messages(profile_problems(pseudonym, ["identity"])) == [
        "'PathNerd42' does not look like a first name and surname. Use your real name, or keep "
        "this pseudonym and explain why in 'pseudonym_reason' (one sentence)."
    ]
    explained = dict(pseudonym, pseudonym_reason="I also write about my own chronic illness.")
    assert profile_problems(explained, ["identity"]) == []
    no_title = dict(PROFILE, title="")
    assert "add your title" in profile_problems(no_title, ["identity"])[0].message


def test_patient_content_and_missing_disclosure_are_found():
    content = dict(
        PROFILE, bio="Resident. My patient, a 52-year-old teacher, had melanoma.", disclosure=""
    )
    problems = profile_problems(content, ["content"])
    assert [p.kind for p in problems] == ["AGE", None, None]
    assert messages(problems)[1:] == [
        "your bio talks about a patient ('My patient'): a profile shows who you are, never a "
        "patient or a case. Remove it.",
        "add a conflict-of-interest disclosure, e.g. 'No conflicts of interest' or 'Consultant "
        "for a slide-scanner company'.",
    ]
    pinned = dict(PROFILE, pinned_post="Case S21-12345: a 52-year-old woman #dermpath")
    assert {p.kind for p in profile_problems(pinned, ["content"])} == {"ID", "AGE"}


def test_privacy_settings():
    unsafe = dict(PROFILE, two_factor="True", location_sharing=True, photo="case")
    found = messages(profile_problems(unsafe, ["privacy"]))
    assert found[0].startswith(
        "turn two-factor authentication on: 'two_factor': True (write True without quotes)"
    )
    assert found[1].startswith("turn location sharing off: 'location_sharing': False;")
    assert found[2].startswith("choose 'portrait' for 'photo'")


def test_profile_shape_mistakes():
    assert messages(profile_problems({}, ["identity"])) == [
        "you have not filled in anything yet: add the entries between the braces."
    ]
    assert "dictionary" in profile_problems(["name"])[0].message
    typo = dict(PROFILE, two_factors=True)
    del typo["two_factor"]
    assert "'two_factors' is misspelt: write 'two_factor'." in messages(profile_problems(typo))


# --- The worker and the hidden checks ---------------------------------------------------------

UNSAFE = "A 47-year-old woman: uterine leiomyosarcoma with necrosis. #pathology"
REQUEST = ("rewrite", [UNSAFE], {"platform": "x", "must_keep": []})


def test_the_worker_answers_only_registered_rules():
    reply = answer(
        '{"id": 7, "rule": "rewrite", "args": ["x #pathology"], "kwargs": {"platform": "x", "must_keep": []}}'
    )
    assert reply == {"id": 7, "problems": []}
    assert answer('{"id": 8, "rule": "os.system", "args": ["ls"]}')["error"].startswith("KeyError")
    assert answer("not json")["id"] is None and "error" in answer("not json")


def test_the_worker_reads_requests_sent_together_and_ends_when_idle():
    import os
    import time

    read, write = os.pipe()
    try:
        os.write(write, b'{"id": 1}\n{"id": 2}\n')  # the warm-up and the first check, at once
        started = time.perf_counter()
        assert list(request_lines(read, idle=0.3)) == ['{"id": 1}', '{"id": 2}']
        assert 0.25 < time.perf_counter() - started < 3  # then silence: it ends by itself
        os.write(write, b'{"id": 3}\n')
        os.close(write)  # the kernel is gone: no waiting for the idle limit
        started = time.perf_counter()
        assert list(request_lines(read, idle=60)) == ['{"id": 3}']
        assert time.perf_counter() - started < 3
    finally:
        os.close(read)
        with contextlib.suppress(OSError):
            os.close(write)


def test_hidden_checks_run_in_a_separate_process():
    import os

    problems = hidden.in_worker(*REQUEST)
    assert [p.kind for p in problems] == ["AGE"]
    assert hidden._WORKER._process.pid != os.getpid()
    with pytest.raises(
        Feedback, match=r"✗ Rewrite 1 \(grader's check\): your rewrite still contains an exact age"
    ):
        hidden.rewrite(UNSAFE, number=1, platform="x", must_keep=[])


def test_tampering_in_the_notebook_does_not_reach_the_worker(monkeypatch, tmp_path):
    import medsocial
    import medsocial.checker
    import medsocial.checker.engine

    class Safe:
        safe, findings = True, []

    def check_post(*args, **kwargs):
        return Safe()

    for module in (medsocial, medsocial.checker, medsocial.checker.engine):
        monkeypatch.setattr(module, "check_post", check_post)
    monkeypatch.setattr(subprocess, "Popen", None)
    monkeypatch.setattr(sys, "executable", "/bin/false")
    fake = tmp_path / "medsocial"  # a look-alike package where the worker would look first
    fake.mkdir()
    (fake / "__init__.py").write_text("raise SystemExit('fake medsocial imported')")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)

    assert rewrite_problems(UNSAFE, platform="x", must_keep=[]) == []  # the tampering works here
    worker = hidden.Worker()  # a fresh process, started with what was captured at import
    try:
        assert [p.kind for p in worker.call(*REQUEST)] == ["AGE"]
    finally:
        worker.stop()


def test_a_worker_that_dies_fails_the_check(monkeypatch):
    monkeypatch.setattr(hidden, "_WORKER", hidden.Worker([sys.executable, "-c", "pass"]))
    with pytest.raises(Feedback) as caught:
        hidden.rewrite(GOOD, number=1, platform="x", must_keep=KEEP)
    assert caught.value._render_traceback_()[0] == (
        "✗ the grader could not check this answer; tell your instructor."
    )


def test_a_silent_worker_times_out_and_is_replaced():
    worker = hidden.Worker([sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.5)
    with pytest.raises(hidden.GraderUnavailable, match="no answer"):
        worker.call(*REQUEST)
    assert worker._process is None  # killed; the next check starts a new one


def test_a_rule_error_in_the_worker_fails_the_check_and_the_worker_recovers():
    with pytest.raises(Feedback, match="tell your instructor"):
        hidden.anatomy("nonsense", "x", card=CARD)
    hidden._WORKER._process.kill()
    assert [p.kind for p in hidden.in_worker(*REQUEST)] == ["AGE"]  # restarted


# --- The assignment notebooks -----------------------------------------------------------------


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def released(path: Path) -> nbformat.NotebookNode:
    """The notebook as residents get it (solutions cleared), hidden tests still in (as autograde runs)."""
    from nbgrader.preprocessors import ClearSolutions
    from traitlets.config import Config

    config = Config()
    config.ClearSolutions.code_stub = {"python": ""}
    config.ClearSolutions.text_stub = "Write your answer here."
    notebook, _ = ClearSolutions(config=config).preprocess(nbformat.read(path, as_version=4), {})
    return notebook


def run_here(notebook, answers: dict[str, str]) -> dict[str, Exception | None]:
    """Run the code cells in this process, in order; return each graded cell's error (or None)."""
    namespace: dict = {}
    results = {}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        source = answers.get(_nbgrader(cell).get("grade_id"), cell.source)
        source = "\n".join(line for line in source.splitlines() if not MARKER.match(line))
        error = None
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, "cell", "exec"), namespace)
        except Exception as caught:
            error = caught
        if _nbgrader(cell).get("grade"):
            results[_nbgrader(cell)["grade_id"]] = error
    return results


def points(notebook, results) -> float:
    worth = {_nbgrader(c).get("grade_id"): _nbgrader(c).get("points", 0) for c in notebook.cells}
    return sum(worth[cell] for cell, error in results.items() if error is None)


def test_there_are_four_assignments_with_the_expected_points():
    assert [p.parent.name for p in SOURCES] == sorted(EXPECTED_POINTS)
    for path in SOURCES:
        nb = nbformat.read(path, as_version=4)
        autograded = [c for c in nb.cells if _nbgrader(c).get("grade") and c.cell_type == "code"]
        assert sum(_nbgrader(c)["points"] for c in autograded) == EXPECTED_POINTS[path.parent.name]
        assert all("### BEGIN HIDDEN TESTS" in c.source for c in autograded)
        manual = [c for c in nb.cells if _nbgrader(c).get("grade") and c.cell_type == "markdown"]
        assert len(manual) == 1 and 2 <= _nbgrader(manual[0])["points"] <= 3
        answer_ids = {
            _nbgrader(c).get("grade_id") for c in nb.cells if _nbgrader(c).get("solution")
        }
        assert set(MISTAKES[path.parent.name]) <= answer_ids


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_model_answers_pass_blank_fails_kindly_and_mistakes_score_in_between(
    path, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)  # the image assignment copies pictures into its folder
    source = nbformat.read(path, as_version=4)
    full = EXPECTED_POINTS[path.parent.name]

    solved = run_here(source, {})
    assert {cell: error for cell, error in solved.items() if error} == {}

    notebook = released(path)
    blank = run_here(notebook, {})
    assert all(isinstance(error, Feedback) for error in blank.values()), blank
    assert points(notebook, blank) == 0

    mistakes = run_here(notebook, MISTAKES[path.parent.name])
    earned = points(notebook, mistakes)
    assert earned == MISTAKE_POINTS[path.parent.name] and 0 < earned < full
    assert all(isinstance(error, Feedback) for error in mistakes.values() if error)


def execute(notebook, folder: Path) -> nbformat.NotebookNode:
    """Run a notebook in a real Jupyter kernel, as nbgrader's autograde does."""
    from nbclient import NotebookClient

    NotebookClient(
        notebook, timeout=60, allow_errors=True, resources={"metadata": {"path": str(folder)}}
    ).execute()
    return notebook


CHEAT = """\
import subprocess, sys
import medsocial, medsocial.checker, medsocial.checker.engine as engine
class _Safe:
    safe, findings = True, []
def check_post(*args, **kwargs):
    return _Safe()
medsocial.check_post = medsocial.checker.check_post = engine.check_post = check_post
check.rewrite = lambda *args, **kwargs: print("✓ looks fine")
subprocess.Popen = None
sys.executable = "/bin/false"
"""


@pytest.mark.slow
def test_a_resident_who_replaces_the_checker_fails_the_hidden_tests(tmp_path):
    path = ROOT / "source" / "02_rewrite_unsafe_posts" / "rewrite_unsafe_posts.ipynb"
    notebook = released(path)
    posts = {}
    for cell in notebook.cells:  # hand in each unsafe draft unchanged as its "rewrite"
        found = re.match(r'POST_(\d) = """(.*?)"""', cell.source, re.DOTALL)
        if found:
            posts[f"rewrite_{found[1]}"] = f'REWRITE_{found[1]} = """{found[2]}"""'
    assert len(posts) == 6
    posts["rewrite_1"] = CHEAT + posts["rewrite_1"]
    for cell in notebook.cells:
        cell.source = posts.get(_nbgrader(cell).get("grade_id"), cell.source)

    execute(notebook, tmp_path)
    tests = [c for c in notebook.cells if _nbgrader(c).get("grade") and c.cell_type == "code"]
    assert len(tests) == 6
    for cell in tests:
        printed = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert "✓ looks fine" in printed  # the visible check was fooled...
        assert len(errors) == 1 and errors[0].ename == "Feedback"  # ...the hidden one was not
        shown = "\n".join(errors[0].traceback)
        assert shown.startswith("✗ Rewrite ") and "(grader's check)" in shown
        assert "still contains" in shown and "Traceback" not in shown and ".py" not in shown


@pytest.mark.slow
def test_the_image_assignment_model_answers_pass_in_a_real_kernel(tmp_path):
    path = ROOT / "source" / "03_anonymise_image" / "anonymise_image.ipynb"
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        cell.source = "\n".join(line for line in cell.source.splitlines() if not MARKER.match(line))
    execute(notebook, tmp_path)
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    images = [
        o for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})
    ]
    assert len(images) >= 4  # the pictures, with their grid, and both previews
    assert (tmp_path / "gross_phone_photo_clean.jpg").is_file()
