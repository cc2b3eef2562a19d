"""`find_faces`: frontal faces, with OpenCV's LBP cascade evaluated in NumPy.

opencv-python-headless 5 no longer ships `CascadeClassifier` nor the cascade files, so the engine
carries the trained cascade itself: `data/lbpcascade_frontalface_improved.json`, converted by
`convert_cascade` from OpenCV's lbpcascade_frontalface_improved.xml (BSD-3 licence kept inside).
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

CASCADE = Path(__file__).resolve().parent / "data" / "lbpcascade_frontalface_improved.json"
Box = tuple[int, int, int, int]
# Position of each of the 8 outer blocks of the 3x3 grid in the LBP code, highest bit first
# (clockwise from top-left, as OpenCV computes it).
_RING = [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2), (2, 1), (2, 0), (1, 0)]


def convert_cascade(xml_path: Path, json_path: Path) -> None:
    """Turn an OpenCV LBP cascade XML into the compact JSON the engine loads (licence kept)."""
    import re
    import xml.etree.ElementTree as ET

    text = xml_path.read_text()
    licence = re.search(r"<!--(.*?)-->", text, re.S)
    root = ET.fromstring(text).find("cascade")
    stages = []
    for stage in root.find("stages"):
        weak = []
        for node in stage.find("weakClassifiers"):
            ints = [int(v) for v in node.find("internalNodes").text.split()]
            leaves = [float(v) for v in node.find("leafValues").text.split()]
            weak.append([ints[2], [v & 0xFFFFFFFF for v in ints[3:11]], leaves])
        stages.append([float(stage.find("stageThreshold").text), weak])
    features = [[int(v) for v in f.find("rect").text.split()] for f in root.find("features")]
    size = [int(root.find("width").text), int(root.find("height").text)]
    out = {
        "licence": licence.group(1).strip() if licence else "",
        "size": size,
        "stages": stages,
        "features": features,
    }
    json_path.write_text(json.dumps(out, separators=(",", ":")))


@cache
def _cascade() -> dict:
    return json.loads(CASCADE.read_text())


def _detect_scale(integral, win: tuple[int, int], step: int):
    """Window corners (y, x) of one scaled picture that pass every stage of the cascade."""
    import numpy as np

    cascade = _cascade()
    h, w = integral.shape[0] - 1, integral.shape[1] - 1
    ys, xs = np.mgrid[0 : h - win[1] + 1 : step, 0 : w - win[0] + 1 : step]
    ys, xs = ys.ravel(), xs.ravel()
    features = cascade["features"]
    for threshold, weak in cascade["stages"]:
        score = np.zeros(len(ys))
        for feature, subset, leaves in weak:
            fx, fy, fw, fh = features[feature]
            # Corner points of the 3x3 blocks (4x4 grid), each block fw x fh.
            corner = [
                [integral[ys + fy + i * fh, xs + fx + j * fw] for j in range(4)] for i in range(4)
            ]
            block = [
                [
                    corner[i + 1][j + 1] - corner[i][j + 1] - corner[i + 1][j] + corner[i][j]
                    for j in range(3)
                ]
                for i in range(3)
            ]
            centre = block[1][1]
            code = np.zeros(len(ys), dtype=np.int64)
            for bit, (i, j) in enumerate(_RING):
                code |= (block[i][j] >= centre).astype(np.int64) << (7 - bit)
            words = np.asarray(subset, dtype=np.int64)[code >> 5]
            hit = (words >> (code & 31)) & 1
            score += np.where(hit == 1, leaves[0], leaves[1])
        keep = score >= threshold
        ys, xs = ys[keep], xs[keep]
        if not len(ys):
            break
    return ys, xs


def _group(rects: list[Box], min_neighbors: int, eps: float = 0.2) -> list[Box]:
    """Merge overlapping detections like OpenCV's groupRectangles; keep well-supported groups."""
    parent = list(range(len(rects)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rects):
        for j in range(i):
            b = rects[j]
            delta = eps * (min(a[2], b[2]) + min(a[3], b[3])) * 0.5
            if all(
                abs(p - q) <= delta
                for p, q in zip(
                    (a[0], a[1], a[0] + a[2], a[1] + a[3]),
                    (b[0], b[1], b[0] + b[2], b[1] + b[3]),
                    strict=True,
                )
            ):
                parent[root(i)] = root(j)
    groups: dict[int, list[Box]] = {}
    for i, r in enumerate(rects):
        groups.setdefault(root(i), []).append(r)
    merged = []
    for members in groups.values():
        if len(members) > min_neighbors:
            n = len(members)
            x, y, w, h = (round(sum(m[k] for m in members) / n) for k in range(4))
            merged.append((x, y, x + w, y + h))
    # Drop a face box lying inside a bigger one (the same face found at two scales).
    return [
        b
        for b in merged
        if not any(
            o != b and o[0] <= b[0] and o[1] <= b[1] and o[2] >= b[2] and o[3] >= b[3]
            for o in merged
        )
    ]


def faces_in(
    grey, min_neighbors: int = 3, scale_factor: float = 1.1, max_side: int = 800
) -> list[Box]:
    """Face boxes (x0, y0, x1, y1) in a grey Pillow image."""
    import numpy as np
    from PIL import Image

    shrink = max(1.0, max(grey.size) / max_side)  # work on a small copy: faces stay big enough
    base = (
        grey.resize(
            (round(grey.width / shrink), round(grey.height / shrink)), Image.Resampling.BILINEAR
        )
        if shrink > 1
        else grey
    )
    win = tuple(_cascade()["size"])
    rects: list[Box] = []
    factor = 1.0
    while base.width / factor >= win[0] and base.height / factor >= win[1]:
        size = (round(base.width / factor), round(base.height / factor))
        scaled = np.asarray(base.resize(size, Image.Resampling.BILINEAR), dtype=np.int64)
        integral = np.zeros((size[1] + 1, size[0] + 1), dtype=np.int64)
        integral[1:, 1:] = scaled.cumsum(0).cumsum(1)
        ys, xs = _detect_scale(integral, win, 2 if factor <= 2 else 1)
        for y, x in zip(ys.tolist(), xs.tolist(), strict=True):
            rects.append(
                (
                    round(x * factor),
                    round(y * factor),
                    round(win[0] * factor),
                    round(win[1] * factor),
                )
            )
        factor *= scale_factor
    return [tuple(round(v * shrink) for v in box) for box in _group(rects, min_neighbors)]  # type: ignore[misc]


def find_faces(path: str | os.PathLike) -> list[Box]:
    """Boxes (x0, y0, x1, y1) of frontal faces on the picture as displayed."""
    from medsocial.images.ocr import upright_grey

    return faces_in(upright_grey(path))
