"""`redact`: cover boxes with a solid colour (never blur or pixelate: both can be reversed)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from medsocial.images import encode
from medsocial.images.errors import InvalidBoxError
from medsocial.images.report import RedactResult
from medsocial.images.safe_io import (
    check_destination,
    open_image,
    output_format,
    read_bytes,
    sniff,
    write_atomic,
)

Box = tuple[int, int, int, int]


def clip_boxes(boxes: Iterable[Sequence[int]], width: int, height: int) -> list[Box]:
    """Validate (x0, y0, x1, y1) boxes (x1, y1 excluded) and clip them to the picture."""
    clipped: list[Box] = []
    for raw in boxes:
        if len(raw) != 4:
            raise InvalidBoxError(f"A box needs 4 numbers x0,y0,x1,y1; got {list(raw)}.")
        x0, y0, x1, y1 = (int(v) for v in raw)
        if x1 <= x0 or y1 <= y0:
            raise InvalidBoxError(
                f"Box {x0},{y0},{x1},{y1} is empty: the second corner must be right of and below the first."
            )
        box = (max(x0, 0), max(y0, 0), min(x1, width), min(y1, height))
        if box[2] <= box[0] or box[3] <= box[1]:
            raise InvalidBoxError(
                f"Box {x0},{y0},{x1},{y1} lies outside the picture ({width}x{height} pixels)."
            )
        clipped.append(box)
    if not clipped:
        raise InvalidBoxError("No box given: say which areas to cover.")
    return clipped


def _fill_value(mode: str, fill: tuple[int, int, int]) -> int | tuple[int, ...]:
    r, g, b = fill
    grey = (r * 299 + g * 587 + b * 114) // 1000
    return {
        "L": grey,
        "LA": (grey, 255),
        "I;16": grey * 257,
        "I": grey * 257,
        "RGBA": (r, g, b, 255),
    }.get(mode, fill)


def redact(
    src: str | os.PathLike,
    dst: str | os.PathLike,
    boxes: Iterable[Sequence[int]],
    *,
    fill: tuple[int, int, int] = (0, 0, 0),
    overwrite: bool = False,
    in_place: bool = False,
) -> RedactResult:
    """Write `dst`: `src` upright, boxes filled solid, re-encoded with no metadata, thumbnail or tail.

    Box coordinates are pixels of the picture as displayed (after EXIF rotation).
    PNG output keeps every covered pixel exactly the fill colour; JPEG output is filled before
    compression, so nothing of the original survives, but edges may shift by a few levels.
    """
    src, dst = Path(src), Path(dst)
    data = read_bytes(src)
    fmt = sniff(data)
    check_destination(src, dst, overwrite, in_place)
    out_fmt = output_format(dst, fmt)
    images, durations = encode.frames(open_image(data, src.name))
    clipped = clip_boxes(boxes, *images[0].size)
    covered = []
    for image in images:
        if image.mode not in ("L", "LA", "I;16", "I", "RGB", "RGBA"):
            has_alpha = "A" in image.getbands() or "transparency" in image.info
            image = image.convert("RGBA" if has_alpha else "RGB")
        for box in clipped:
            image.paste(_fill_value(image.mode, fill), box)
        covered.append(image)
    write_atomic(dst, lambda handle: encode.save_clean(covered, out_fmt, handle, durations))
    result = RedactResult(src, dst, out_fmt, clipped, fill)
    if out_fmt == "JPEG":
        result.notes.append(
            "JPEG compression may shift the colours at the edges of the boxes by a few levels; "
            "nothing of the covered area survives. Save as .png for exact boxes."
        )
    if len(covered) > 1:
        result.notes.append(
            f"The boxes were applied to all {len(covered)} frames of the animation."
        )
    return result
