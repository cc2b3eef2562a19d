"""Image clean-up: coverage geometry, checks, and the widget on real course images."""

from __future__ import annotations

import base64
import re

from medsocial.images import inspect
from medsocial.widgets.image_cleanup import ImageCleanup, checks_html, coverage, run_checks


def test_coverage_geometry() -> None:
    target = (10, 10, 50, 30)
    assert coverage(target, []) == 0
    assert coverage(target, [(0, 0, 100, 100)]) == 1
    assert 0.45 < coverage(target, [(0, 0, 30, 100)]) < 0.55
    # Two boxes side by side cover it together.
    assert coverage(target, [(0, 0, 30, 100), (30, 0, 60, 100)]) == 1


def test_checks_report_what_is_left() -> None:
    proposals = [((10, 10, 50, 30), "a name"), ((100, 100, 140, 140), "a face")]
    checks = run_checks(proposals, [(0, 0, 60, 40)], ["GPS position"])
    assert [c.ok for c in checks] == [True, False, False]
    assert "only 0% covered" in checks[1].detail and "GPS position" in checks[2].detail
    assert 'data-state="unsafe"' in checks_html(checks)
    assert 'data-state="safe"' in checks_html(run_checks(proposals[:1], [(0, 0, 60, 40)], []))


def test_slide_label_cleaned_end_to_end() -> None:
    widget = ImageCleanup("slide_label")
    assert widget.preview.value.startswith('<img src="data:image/png;base64,iVBOR')
    assert 'alt="The chosen image with 0 redaction box(es)' in widget.preview.value
    checks = widget.clean_and_check()
    assert not all(c.ok for c in checks)  # nothing covered yet: the label is still readable
    widget.propose_boxes()
    assert len(widget.boxes()) >= 3
    checks = widget.clean_and_check()
    assert all(c.ok for c in checks), checks
    link = re.search(r'href="data:image/png;base64,([^"]+)"', widget.result.value)
    assert link
    cleaned = widget.workdir / "cleaned.png"
    assert base64.b64decode(link.group(1)) == cleaned.read_bytes()
    assert inspect(cleaned).clean


def test_phone_photo_metadata_is_reported_then_removed() -> None:
    widget = ImageCleanup("gross_phone_photo")
    assert "GPS position" in widget.metadata.value
    checks = widget.clean_and_check()
    assert checks[-1].label == "Metadata" and checks[-1].ok
    assert inspect(widget.workdir / "cleaned.jpg").clean


def test_bad_upload_gets_a_message_and_keeps_the_image() -> None:
    widget = ImageCleanup("cassette")
    before = widget.path
    widget._uploaded({"new": [{"name": "broken.jpg", "content": b"not an image"}]})
    assert widget.path == before
    assert "cannot be used" in widget.status.value
