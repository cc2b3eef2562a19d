"""`scan`: find burned-in text and faces on a picture, and propose the boxes to cover."""

from __future__ import annotations

import os
from pathlib import Path

from medsocial.images.faces import faces_in
from medsocial.images.ocr import propose_text, read_lines, upright_grey
from medsocial.images.report import Proposal, ScanResult


def scan(path: str | os.PathLike, lang: str = "eng+fra") -> ScanResult:
    """Text lines, faces, and proposed redaction boxes (identifiers in the text, whole faces)."""
    path = Path(path)
    lines = read_lines(path, lang)
    faces = faces_in(upright_grey(path))
    proposals, notes = propose_text(lines)
    for x0, y0, x1, y1 in faces:
        pad = (x1 - x0) // 8  # cover hairline and chin too: the detector boxes the inner face
        proposals.append(
            Proposal(
                (x0 - pad, y0 - pad, x1 + pad, y1 + pad), "a face: cover it or get written consent"
            )
        )
    return ScanResult(path, [line.box for line in lines], faces, proposals, notes)
