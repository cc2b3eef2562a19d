"""redact: solid boxes, no metadata, no thumbnail, nothing after the image end."""

from __future__ import annotations

import numpy as np
import pytest
from images_fixtures import identifying, jpeg_bytes, pixels
from PIL import Image

from medsocial.images import InvalidBoxError, find_text, redact
from medsocial.images import jpeg as jpeg_walker
from medsocial.images import png as png_walker
from medsocial.images.samples import sample_path

GROSS = sample_path("gross_phone_photo")
BOXES = [(100, 120, 300, 260), (500, 20, 640, 90)]


def test_png_output_boxes_are_exactly_the_fill_colour(tmp_path):
    dst = tmp_path / "redacted.png"
    result = redact(GROSS, dst, BOXES, fill=(0, 0, 0))
    out = pixels(dst)
    for x0, y0, x1, y1 in result.boxes:
        assert (out[y0:y1, x0:x1] == 0).all()
    outside = pixels(GROSS).astype(int)[300:400, 400:500] - out.astype(int)[300:400, 400:500]
    assert np.abs(outside).max() <= 0  # PNG: the rest of the picture is the decoded original
    assert identifying(dst) == {}


def test_jpeg_output_has_no_metadata_thumbnail_or_tail(tmp_path):
    src = tmp_path / "cropped.jpg"
    tail = jpeg_bytes(Image.new("RGB", (64, 64), (200, 10, 10)))
    src.write_bytes(GROSS.read_bytes() + tail)
    dst = tmp_path / "redacted.jpg"
    redact(src, dst, BOXES)
    data = dst.read_bytes()
    _, end = jpeg_walker.segments(data)
    assert end == len(data) and tail not in data
    assert identifying(dst) == {}  # includes IFD1 thumbnail, GPS, dates, serial, XMP, IPTC, comment
    out = pixels(dst).astype(int)
    for x0, y0, x1, y1 in BOXES:
        box = out[y0:y1, x0:x1]
        assert (
            box.max() <= 16 and box.mean() < 2
        )  # black before compression; JPEG shifts edges a little


def test_png_source_output_ends_at_iend(tmp_path):
    src = tmp_path / "shot.png"
    src.write_bytes(sample_path("post_screenshot").read_bytes() + b"ORIGINAL-PIXELS" * 100)
    dst = tmp_path / "redacted.png"
    redact(src, dst, [(20, 20, 300, 80)])
    data = dst.read_bytes()
    _, end = png_walker.chunks(data)
    assert end == len(data) and b"ORIGINAL-PIXELS" not in data
    assert identifying(dst) == {}


def test_redacted_label_no_longer_reads(tmp_path):
    src = sample_path("slide_label")
    assert "DUPONT Jeanne" in [t.text for t in find_text(src)]
    dst = tmp_path / "label.png"
    redact(src, dst, [(45, 55, 415, 245)])
    assert not [t for t in find_text(dst) if "DUPONT" in t.text or "12345" in t.text]


@pytest.mark.parametrize(
    "boxes, message",
    [
        ([(10, 10, 5, 20)], "empty"),
        ([(900, 900, 950, 950)], "outside"),
        ([(1, 2, 3)], "4 numbers"),
        ([], "No box"),
    ],
)
def test_bad_boxes_are_refused_and_nothing_written(tmp_path, boxes, message):
    dst = tmp_path / "out.png"
    with pytest.raises(InvalidBoxError, match=message):
        redact(GROSS, dst, boxes)
    assert list(tmp_path.iterdir()) == []


def test_boxes_are_clipped_to_the_picture(tmp_path):
    result = redact(GROSS, tmp_path / "out.png", [(-50, -50, 20, 30), (790, 590, 2000, 2000)])
    assert result.boxes == [(0, 0, 20, 30), (790, 590, 800, 600)]
    assert (pixels(tmp_path / "out.png")[590:600, 790:800] == 0).all()
