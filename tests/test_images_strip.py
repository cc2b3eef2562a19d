"""strip_metadata and inspect, checked against exiftool (independent oracle) and decoded pixels."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from images_fixtures import exiftool, identifying, jpeg_bytes, pixels
from PIL import Image, ImageCms

from medsocial.images import OverwriteRefusedError, inspect, strip_metadata
from medsocial.images.samples import NAMES, sample_path
from medsocial.images.tiff import ASCII, SHORT, build_exif

GROSS = sample_path("gross_phone_photo")


def test_exiftool_sees_the_metadata_of_the_phone_photo():
    tags = identifying(GROSS)
    for expected in ("GPS:GPSLatitude", "ExifIFD:DateTimeOriginal", "ExifIFD:SerialNumber",
                     "IFD0:Artist", "IFD1:ThumbnailImage", "XMP-dc:Creator", "IPTC:By-line", "File:Comment"):  # fmt: skip
        assert expected in tags


def test_inspect_reports_every_risk_group_of_the_phone_photo():
    groups = inspect(GROSS).groups()
    for risk in (
        "location",
        "date",
        "person",
        "device",
        "thumbnail",
        "xmp",
        "iptc",
        "comment",
        "software",
    ):
        assert risk in groups, risk
    assert any("PF12-0042-7781" in i.value for i in groups["device"])


@pytest.mark.parametrize("name", NAMES)
def test_strip_leaves_nothing_identifying_and_pixels_untouched(tmp_path, name):
    src = sample_path(name)
    dst = tmp_path / src.name
    result = strip_metadata(src, dst)
    assert result.lossless
    assert identifying(dst) == {}
    assert np.array_equal(pixels(src), pixels(dst))
    assert inspect(dst).clean


def test_strip_drops_bytes_after_the_image_end(tmp_path):
    src = tmp_path / "cropped.jpg"
    original = jpeg_bytes(Image.new("RGB", (64, 64), (200, 10, 10)))
    src.write_bytes(GROSS.read_bytes() + original)  # what some croppers leave behind
    assert any(i.risk == "trailing data" for i in inspect(src).items)
    strip_metadata(src, tmp_path / "clean.jpg")
    cleaned = (tmp_path / "clean.jpg").read_bytes()
    assert cleaned.endswith(b"\xff\xd9") and original not in cleaned


def _rotated_photo() -> bytes:
    exif = build_exif(
        {0x0112: (SHORT, 6), 0x013B: (ASCII, "Dr Invented")},
        exif={0x9003: (ASCII, "2025:01:02 03:04:05")},
    )
    return jpeg_bytes(Image.new("RGB", (80, 40), (0, 120, 200)), exif=b"Exif\0\0" + exif)


def test_lossless_strip_keeps_only_the_orientation_tag(tmp_path):
    src, dst = tmp_path / "rotated.jpg", tmp_path / "clean.jpg"
    src.write_bytes(_rotated_photo())
    result = strip_metadata(src, dst)
    assert result.lossless and any("Orientation=6" in n for n in result.notes)
    tags = exiftool(dst)
    assert tags.get("IFD0:Orientation") == "Rotate 90 CW"
    assert not [k for k in tags if k.startswith(("IFD0:", "ExifIFD:")) and k != "IFD0:Orientation"]
    assert np.array_equal(pixels(src), pixels(dst))


def test_reencoding_applies_the_rotation_to_the_pixels(tmp_path):
    src, dst = tmp_path / "rotated.jpg", tmp_path / "clean.png"
    src.write_bytes(_rotated_photo())
    result = strip_metadata(src, dst)
    assert not result.lossless and "re-encoded" in result.how
    with Image.open(dst) as image:
        assert image.size == (40, 80)  # turned upright
    assert identifying(dst) == {}


def test_colour_profile_dropped_unless_asked(tmp_path):
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    src = tmp_path / "icc.jpg"
    src.write_bytes(jpeg_bytes(Image.new("RGB", (32, 32), (10, 200, 30)), icc_profile=profile))
    assert any(k.startswith("ICC") for k in exiftool(src))
    strip_metadata(src, tmp_path / "plain.jpg")
    assert not any(k.startswith("ICC") for k in exiftool(tmp_path / "plain.jpg"))
    strip_metadata(src, tmp_path / "kept.jpg", keep_icc=True)
    assert any(k.startswith("ICC") for k in exiftool(tmp_path / "kept.jpg"))


def test_never_overwrites_the_source_or_an_existing_file_unless_asked(tmp_path):
    src = tmp_path / "photo.jpg"
    shutil.copy(GROSS, src)
    before = src.read_bytes()
    with pytest.raises(OverwriteRefusedError, match="original"):
        strip_metadata(src, src)
    existing = tmp_path / "existing.jpg"
    existing.write_bytes(b"keep me")
    with pytest.raises(OverwriteRefusedError, match="already exists"):
        strip_metadata(src, existing)
    assert src.read_bytes() == before and existing.read_bytes() == b"keep me"
    strip_metadata(src, existing, overwrite=True)
    strip_metadata(src, src, in_place=True)
    assert identifying(src) == {} and identifying(existing) == {}


def test_strip_is_smaller_and_still_a_valid_jpeg(tmp_path):
    dst = tmp_path / "clean.jpg"
    strip_metadata(GROSS, dst)
    assert dst.stat().st_size < GROSS.stat().st_size
    with Image.open(io.BytesIO(dst.read_bytes())) as image:
        image.load()
        assert image.format == "JPEG"


def test_written_files_have_normal_permissions(tmp_path):
    dst = tmp_path / "clean.jpg"
    strip_metadata(GROSS, dst)
    umask = os.umask(0)
    os.umask(umask)
    assert dst.stat().st_mode & 0o777 == 0o666 & ~umask  # like any saved file, not mkstemp's 0600


def test_paths_as_strings_work(tmp_path):
    assert strip_metadata(str(GROSS), str(tmp_path / "x.jpg")).dst == Path(tmp_path / "x.jpg")
