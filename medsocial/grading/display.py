"""Notebook helpers for the image assignment: show a picture with a grid, its metadata, a preview.

They print plain messages instead of raising: they help residents see, they never grade.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

GRID_STEP = 50  # pixels between grid lines; labelled every 100


def grid_png(path: str | os.PathLike) -> bytes:
    """The picture as PNG bytes with a labelled coordinate grid drawn over it."""
    from PIL import Image, ImageDraw

    from medsocial.images.samples.draw import font

    with Image.open(path) as opened:
        picture = opened.convert("RGB")
    draw = ImageDraw.Draw(picture)
    width, height = picture.size
    labels = []
    for x in range(0, width, GRID_STEP):
        draw.line([(x, 0), (x, height)], fill=(0, 200, 255) if x % 100 else (0, 90, 255))
        labels += [((x + 2, 2), str(x))] if x % 100 == 0 else []
    for y in range(GRID_STEP, height, GRID_STEP):
        draw.line([(0, y), (width, y)], fill=(0, 200, 255) if y % 100 else (0, 90, 255))
        labels += [((2, y + 2), str(y))] if y % 100 == 0 else []
    for position, text in labels:  # on a white patch: readable on dark and light areas alike
        draw.rectangle(draw.textbbox(position, text, font=font(14)), fill=(255, 255, 255))
        draw.text(position, text, fill=(0, 60, 200), font=font(14))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def show_picture(path: str | os.PathLike, grid: bool = True) -> None:
    """Show a picture (with a coordinate grid) and say how big it is in pixels."""
    from IPython.display import Image, display

    from medsocial.images import ImageError, inspect

    try:
        header = inspect(path)
        display(Image(data=grid_png(path)) if grid else Image(filename=str(path)))
    except (ImageError, OSError) as error:
        print(f"Cannot show {path}: {error}")
        return
    print(
        f"{os.path.basename(path)}: {header.width} x {header.height} pixels. "
        f"x goes from 0 (left edge) to {header.width} (right edge), "
        f"y from 0 (top) to {header.height} (bottom)."
    )


def show_metadata(path: str | os.PathLike) -> None:
    """List what a picture file holds beyond its pixels, grouped by risk, in plain words."""
    from medsocial.images import ImageError, inspect
    from medsocial.images.report import RISKS

    try:
        report = inspect(path)
    except ImageError as error:
        print(f"Cannot read {path}: {error}")
        return
    name = os.path.basename(path)
    if report.clean:
        print(f"{name}: no identifying metadata found.")
        return
    print(f"{name} holds {len(report.items)} pieces of identifying metadata:")
    for risk, items in report.groups().items():
        print(f"\n• {RISKS[risk]}")
        for item in items:
            print(f"    {item.tag}: {item.value[:70]}")


def preview_boxes(
    src: str | os.PathLike, boxes: Sequence[Sequence[float]], dst: str | os.PathLike
) -> None:
    """Cover `boxes` in a copy of the picture (`dst`) and show it, or say what is wrong."""
    from IPython.display import Image, display

    from medsocial.images import ImageError, redact

    if not boxes:
        print("No box yet: fill in your boxes above, run that cell, then run this one again.")
        return
    try:
        redact(src, dst, boxes, overwrite=True)
    except (ImageError, TypeError, ValueError) as error:
        print(f"Your boxes cannot be drawn yet: {error}")
        return
    display(Image(data=grid_png(dst)))
    print(f"Preview saved as {os.path.basename(dst)} (your original is unchanged).")
