"""Bad and unusual inputs: a clear ImageError or a correct result, and never a half-written output."""

from __future__ import annotations

import io

import numpy as np
import pytest
from images_fixtures import bomb_png, files_in, identifying, jpeg_bytes, pixels
from PIL import Image

from medsocial.images import (
    DamagedImageError,
    ImageError,
    ImageTooLargeError,
    UnsupportedImageError,
    inspect,
    redact,
    strip_metadata,
)
from medsocial.images.samples import sample_path

ACTIONS = {
    "inspect": lambda src, dst: inspect(src),
    "strip": lambda src, dst: strip_metadata(src, dst),
    "redact": lambda src, dst: redact(src, dst, [(0, 0, 4, 4)]),
}


def _refused(tmp_path, content: bytes, name: str, error: type[ImageError], match: str) -> None:
    src = tmp_path / name
    src.write_bytes(content)
    for action in ACTIONS.values():
        with pytest.raises(error, match=match):
            action(src, tmp_path / "out.png")
        assert files_in(tmp_path) == {name}  # no output, no leftover temporary file
    assert src.read_bytes() == content


def test_zero_byte_file(tmp_path):
    _refused(tmp_path, b"", "empty.jpg", DamagedImageError, "empty")


def test_truncated_jpeg(tmp_path):
    data = sample_path("gross_phone_photo").read_bytes()
    _refused(tmp_path, data[: len(data) // 2], "cut.jpg", DamagedImageError, "cut short")


def test_truncated_png(tmp_path):
    data = sample_path("slide_label").read_bytes()
    _refused(tmp_path, data[: len(data) // 2], "cut.png", DamagedImageError, "cut short|damaged")


def test_decompression_bomb(tmp_path):
    _refused(tmp_path, bomb_png(), "bomb.png", ImageTooLargeError, "decompression bomb")


def test_not_a_picture(tmp_path):
    _refused(
        tmp_path, b"%PDF-1.7 not a picture", "report.jpg", UnsupportedImageError, "not a picture"
    )


def test_missing_file(tmp_path):
    with pytest.raises(DamagedImageError, match="no file"):
        inspect(tmp_path / "nope.jpg")


def test_wrong_extension_is_read_by_content(tmp_path):
    src = tmp_path / "screenshot.jpg"  # really a PNG
    src.write_bytes(sample_path("post_screenshot").read_bytes())
    report = inspect(src)
    assert report.format == "PNG" and "really a PNG" in report.notes[0]
    dst = tmp_path / "clean.png"
    assert strip_metadata(src, dst).lossless
    assert np.array_equal(pixels(src), pixels(dst)) and identifying(dst) == {}


def test_cmyk_jpeg_strips_losslessly_and_redacts(tmp_path):
    src = tmp_path / "cmyk.jpg"
    src.write_bytes(
        jpeg_bytes(Image.new("CMYK", (64, 48), (10, 200, 30, 5)), comment=b"Dr Invented")
    )
    strip_metadata(src, tmp_path / "clean.jpg")
    assert np.array_equal(pixels(src), pixels(tmp_path / "clean.jpg"))
    assert identifying(tmp_path / "clean.jpg") == {}
    redact(src, tmp_path / "red.png", [(0, 0, 10, 10)])
    assert (pixels(tmp_path / "red.png")[:10, :10] == 0).all()


def test_16_bit_png(tmp_path):
    src = tmp_path / "deep.png"
    ramp = np.tile(np.arange(0, 65536, 1024, dtype=np.uint16), (32, 1))
    Image.fromarray(ramp).save(src)
    assert Image.open(src).mode.startswith("I;16")
    strip_metadata(src, tmp_path / "clean.png")
    assert np.array_equal(pixels(src), pixels(tmp_path / "clean.png"))
    redact(src, tmp_path / "red.png", [(0, 0, 8, 8)])
    out = pixels(tmp_path / "red.png")
    assert (out[:8, :8] == 0).all() and out[0, 63] == ramp[0, 63]  # depth kept outside the box


def _animated_gif() -> bytes:
    frames = [Image.new("RGB", (40, 30), (i * 100, 50, 200 - i * 90)) for i in range(3)]
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=80,
        loop=0,
        comment=b"Dr Invented, ward 4",
    )
    return buffer.getvalue()


def test_animated_gif_keeps_frames_and_loses_comment(tmp_path):
    src = tmp_path / "anim.gif"
    src.write_bytes(_animated_gif())
    assert any(i.risk == "comment" for i in inspect(src).items)
    result = strip_metadata(src, tmp_path / "clean.gif")
    assert not result.lossless
    with Image.open(tmp_path / "clean.gif") as image:
        assert image.n_frames == 3 and "comment" not in image.info
    assert identifying(tmp_path / "clean.gif") == {}
    redact(src, tmp_path / "red.gif", [(0, 0, 10, 10)])
    with Image.open(tmp_path / "red.gif") as image:
        for index in range(image.n_frames):
            image.seek(index)
            assert set(image.convert("RGB").crop((0, 0, 10, 10)).getdata()) == {(0, 0, 0)}


def test_heic_is_supported(tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    src = tmp_path / "phone.heic"
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B] = "Pixelfone", "PF-12 Pro", "Dr Invented"
    Image.new("RGB", (64, 48), (200, 100, 50)).save(src, exif=exif.tobytes())
    assert {"device", "person"} <= set(inspect(src).groups())
    for name in ("clean.jpg", "clean.heic"):
        strip_metadata(src, tmp_path / name)
        assert identifying(tmp_path / name) == {}, name
    redact(src, tmp_path / "red.png", [(0, 0, 8, 8)])
    assert (pixels(tmp_path / "red.png")[:8, :8] == 0).all()


@pytest.mark.parametrize("suffix", [".webp", ".tif"])
def test_other_formats_are_reencoded_without_metadata(tmp_path, suffix):
    exif = Image.Exif()
    exif[0x013B], exif[0x0132] = "Dr Invented", "2025:01:02 03:04:05"
    src = tmp_path / f"photo{suffix}"
    Image.new("RGB", (48, 32), (30, 60, 90)).save(src, exif=exif.tobytes())
    assert "person" in inspect(src).groups()
    result = strip_metadata(src, tmp_path / f"clean{suffix}")
    assert not result.lossless and "Artist" in " ".join(result.removed)
    assert identifying(tmp_path / f"clean{suffix}") == {}
