"""Assignment 3 rules: the cleaned photo holds no metadata; the boxes hide what identifies, only that."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from medsocial.grading.problems import Problem, quote

Box = tuple[float, float, float, float]
MIN_HIDDEN = 0.95  # share of a region to hide that the boxes must cover
MAX_COVERED = 0.20  # share of a region to keep that the boxes may cover


def metadata_problems(path: object, original: str | os.PathLike | None = None) -> list[Problem]:
    """The cleaned copy exists, is the same picture as `original` and holds no identifying metadata."""
    from medsocial.images import ImageError, inspect

    if not isinstance(path, str | os.PathLike) or not str(path).strip():
        return [
            Problem("write the name of the cleaned photo between quotes, e.g. 'photo_clean.jpg'.")
        ]
    path = Path(path)
    if not path.is_file():
        return [
            Problem(
                f"there is no cleaned photo called {quote(path.name)} yet: "
                "run the cell that cleans the photo first."
            )
        ]
    if original is not None and path.resolve() == Path(original).resolve():
        return [Problem("this is the original photo: save the cleaned copy under a new name.")]
    try:
        report = inspect(path)
        first = inspect(original) if original is not None else report
    except ImageError as error:
        return [Problem(f"{quote(path.name)} could not be read: {error}")]
    problems = []
    if (report.width, report.height) != (first.width, first.height):
        problems.append(
            Problem(
                f"{quote(path.name)} is not a copy of {quote(Path(original).name)}: "
                "clean that photo, not another one."
            )
        )
    if report.items:
        risks = ", ".join(report.groups())
        problems.append(
            Problem(
                f"{quote(path.name)} still holds identifying metadata ({risks}): "
                "make it with strip_metadata, which removes it."
            )
        )
    return problems


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def malformed_box_problems(boxes: object, size: tuple[int, int]) -> list[Problem]:
    """Boxes that are not four numbers x0 < x1, y0 < y1 inside the picture, each explained."""
    width, height = size
    example = f"e.g. [(10, 20, 110, 80)] for a picture of {width} x {height} pixels"
    if not isinstance(boxes, list | tuple):
        return [Problem(f"your boxes must be a list of boxes between brackets, {example}.")]
    if not boxes:
        return [Problem(f"you have not drawn any box yet: add (x0, y0, x1, y1) boxes, {example}.")]
    problems = []
    for number, box in enumerate(boxes, start=1):
        where = f"box {number} {quote(box)}"
        if not isinstance(box, list | tuple) or len(box) != 4:
            problems.append(Problem(f"{where} needs exactly 4 numbers: (x0, y0, x1, y1)."))
            continue
        wrong = [v for v in box if not _number(v)]
        if wrong:
            problems.append(Problem(f"{where} holds {quote(wrong[0])}, which is not a number."))
            continue
        x0, y0, x1, y1 = box
        if x1 <= x0:
            problems.append(
                Problem(f"{where}: x1 ({x1}) must be larger than x0 ({x0}); x0 is the left edge.")
            )
        if y1 <= y0:
            problems.append(
                Problem(f"{where}: y1 ({y1}) must be larger than y0 ({y0}); y0 is the top edge.")
            )
        if min(box) < 0 or max(x0, x1) > width or max(y0, y1) > height:
            problems.append(
                Problem(
                    f"{where} goes beyond the picture, which is {width} x {height} pixels: "
                    f"keep x between 0 and {width} and y between 0 and {height}."
                )
            )
    return problems


def coverage(boxes: Sequence[Box], region: Box) -> tuple[float, Box | None]:
    """(share of `region` covered by the union of `boxes`, bounding box of what stays uncovered)."""
    rx0, ry0, rx1, ry1 = region
    clip = [
        (max(x0, rx0), max(y0, ry0), min(x1, rx1), min(y1, ry1))
        for x0, y0, x1, y1 in boxes
        if min(x1, rx1) > max(x0, rx0) and min(y1, ry1) > max(y0, ry0)
    ]
    # Cut the region along every box edge: each small cell is either all covered or not at all.
    xs = sorted({rx0, rx1, *(b[0] for b in clip), *(b[2] for b in clip)})
    ys = sorted({ry0, ry1, *(b[1] for b in clip), *(b[3] for b in clip)})
    covered, left = 0.0, []
    for xa, xb in zip(xs, xs[1:], strict=False):
        for ya, yb in zip(ys, ys[1:], strict=False):
            inside = any(b[0] <= xa and xb <= b[2] and b[1] <= ya and yb <= b[3] for b in clip)
            if inside:
                covered += (xb - xa) * (yb - ya)
            else:
                left.append((xa, ya, xb, yb))
    rest = None
    if left:
        rest = (
            min(c[0] for c in left),
            min(c[1] for c in left),
            max(c[2] for c in left),
            max(c[3] for c in left),
        )
    return covered / ((rx1 - rx0) * (ry1 - ry0)), rest


def box_problems(
    boxes: object,
    must_cover: Mapping[str, Sequence[float]],
    must_keep_visible: Mapping[str, Sequence[float]],
    image_size: Sequence[int],
) -> list[Problem]:
    """Each region to hide covered >= 95% by the boxes, each region to keep covered <= 20%."""
    size = (int(image_size[0]), int(image_size[1]))
    problems = malformed_box_problems(boxes, size)
    if problems:
        return problems
    drawn = [tuple(box) for box in boxes]  # type: ignore[union-attr]
    for name, region in must_cover.items():
        share, rest = coverage(drawn, tuple(region))
        if share < MIN_HIDDEN and rest is not None:
            x0, y0, x1, y1 = (round(v) for v in rest)
            problems.append(
                Problem(
                    f"your boxes cover only {share:.0%} of {name}: it must be hidden completely. "
                    f"Part of it still shows between x {x0}–{x1} and y {y0}–{y1}."
                )
            )
    for name, region in must_keep_visible.items():
        share, _ = coverage(drawn, tuple(region))
        if share > MAX_COVERED:
            problems.append(
                Problem(
                    f"your boxes hide {share:.0%} of {name}, which colleagues need to see: "
                    f"make them smaller so they cover at most {MAX_COVERED:.0%} of it."
                )
            )
    return problems


def picture_regions(picture: str) -> tuple[dict[str, Box], dict[str, Box], tuple[int, int]]:
    """(regions to hide, regions to keep, size) of one course picture, from its drawing code."""
    from medsocial.images import inspect
    from medsocial.images.samples import draw, sample_path

    regions = {
        "slide_label": ({"the paper label": draw.LABEL_BOX}, {"the tissue": draw.TISSUE_BOX}),
        "clinical_face": ({"the face": draw.FACE_BOX}, {"the lesion": draw.LESION_BOX}),
    }
    if picture not in regions:
        raise ValueError(f"no regions known for {picture!r}; choose one of {', '.join(regions)}")
    header = inspect(sample_path(picture))
    return *regions[picture], (header.width, header.height)


def picture_box_problems(boxes: object, picture: str) -> list[Problem]:
    """`box_problems` for a course picture ("slide_label", "clinical_face")."""
    hide, keep, size = picture_regions(picture)
    return box_problems(boxes, hide, keep, size)
