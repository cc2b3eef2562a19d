"""`strip_metadata`: write a copy of a picture with no identifying metadata, losslessly when possible."""

from __future__ import annotations

import os
from pathlib import Path

from medsocial.images import encode, jpeg, png
from medsocial.images.report import StripResult
from medsocial.images.safe_io import (
    check_destination,
    open_image,
    output_format,
    read_bytes,
    sniff,
    write_atomic,
)

LOSSLESS = {"JPEG": jpeg.strip, "PNG": png.strip}


def strip_metadata(
    src: str | os.PathLike,
    dst: str | os.PathLike,
    *,
    overwrite: bool = False,
    in_place: bool = False,
    keep_icc: bool = False,
) -> StripResult:
    """Copy `src` to `dst` without metadata; JPEG and PNG keep their pixels bit for bit.

    The output format follows the extension of `dst` (unknown extension: same as the source).
    `overwrite` allows replacing an existing `dst`; `in_place` allows `dst` to be `src` itself.
    `keep_icc` keeps the colour profile (colour-accurate, but its description can name a device).
    EXIF orientation: the lossless path keeps a minimal EXIF block holding ONLY the Orientation tag;
    the re-encoding path turns the pixels instead.
    """
    src, dst = Path(src), Path(dst)
    data = read_bytes(src)
    fmt = sniff(data)
    check_destination(src, dst, overwrite, in_place)
    out_fmt = output_format(dst, fmt)
    if fmt == out_fmt and fmt in LOSSLESS:
        open_image(data, src.name, load=False)  # refuse bombs before touching anything
        cleaned, removed, orientation = LOSSLESS[fmt](data, keep_icc)
        write_atomic(dst, lambda handle: handle.write(cleaned))
        result = StripResult(
            src,
            dst,
            fmt,
            True,
            "lossless: metadata removed byte by byte, pixels untouched",
            removed,
        )
        if orientation and orientation != 1:
            result.notes.append(
                f"Kept one tag, Orientation={orientation}, so the photo is shown upright; "
                "it identifies no one. The pixels themselves are stored sideways."
            )
    else:
        result = _reencode(src, dst, data, fmt, out_fmt, keep_icc)
    if keep_icc:
        result.notes.append(
            "The colour profile was kept (you asked): its description may name a device."
        )
    return result


def _reencode(
    src: Path, dst: Path, data: bytes, fmt: str, out_fmt: str, keep_icc: bool
) -> StripResult:
    from medsocial.images.inspection import inspect

    image = open_image(data, src.name)
    removed = [f"{i.tag}" for i in inspect(src).items]
    images, durations = encode.frames(image)
    icc = image.info.get("icc_profile") if keep_icc else None
    write_atomic(dst, lambda handle: encode.save_clean(images, out_fmt, handle, durations, icc))
    why = (
        f"converted from {fmt} to {out_fmt} as the output name asks"
        if fmt != out_fmt
        else f"{fmt} has no lossless cleaning path here"
    )
    result = StripResult(src, dst, out_fmt, False, f"re-encoded: {why}", removed)
    result.notes.append(
        "Any EXIF rotation was applied to the pixels, so the picture stays upright."
    )
    if len(images) > 1 and out_fmt not in ("GIF", "WEBP", "PNG", "TIFF"):
        result.notes.append(
            f"Only the first of {len(images)} frames was kept ({out_fmt} holds one)."
        )
    return result
