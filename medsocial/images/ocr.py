"""`find_text`: read text burned into a picture (labels, cassettes, screenshots) with Tesseract."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from medsocial.images.errors import ToolMissingError
from medsocial.images.report import Proposal, TextBox
from medsocial.images.safe_io import open_image, read_bytes

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Line:
    """A line of text and its words, each word with its box (to map checker findings back)."""

    box: TextBox
    words: list[tuple[str, Box]]


def upright_grey(path: str | os.PathLike) -> object:
    """The picture as displayed (EXIF rotation applied), in grey: what OCR and face finding read."""
    from PIL import ImageOps

    path = Path(path)
    image = open_image(read_bytes(path), path.name)
    return ImageOps.grayscale(ImageOps.exif_transpose(image).convert("RGB"))


def read_lines(
    path: str | os.PathLike, lang: str = "eng+fra", min_confidence: float = 40
) -> list[Line]:
    """OCR the picture; return lines of confident words with their boxes."""
    import pytesseract

    grey = upright_grey(path)
    try:
        data = pytesseract.image_to_data(grey, lang=lang, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError as exc:
        raise ToolMissingError(
            "Reading text on pictures needs Tesseract. On Debian/Ubuntu: "
            "sudo apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng"
        ) from exc
    lines: dict[tuple[int, int, int], list[tuple[str, Box, float]]] = {}
    for i, word in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < min_confidence or not any(ch.isalnum() for ch in word):
            continue
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append((word.strip(), (x, y, x + w, y + h), conf))
    out = []
    for words in lines.values():
        boxes = [b for _, b, _ in words]
        union = _union(boxes)
        text = " ".join(w for w, _, _ in words)
        conf = sum(c for _, _, c in words) / len(words)
        out.append(Line(TextBox(text, union, round(conf, 1)), [(w, b) for w, b, _ in words]))
    return out


def _union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def find_text(path: str | os.PathLike, lang: str = "eng+fra") -> list[TextBox]:
    """Lines of text read on the picture (as displayed), with their boxes and confidence."""
    return [line.box for line in read_lines(path, lang)]


def _checker():
    """The identifier checker, when it is installed with the engine."""
    try:
        from medsocial.checker import check_post
    except ImportError:
        return None
    return check_post


def _pad(box: Box, pad: int) -> Box:
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def propose_text(lines: list[Line], pad: int = 4) -> tuple[list[Proposal], list[str]]:
    """Boxes to cover: words the identifier checker flags (every line when it is not available)."""
    check_post = _checker()
    if check_post is None:
        note = "The identifier checker is not available: every line of text is proposed."
        return [
            Proposal(_pad(line.box.box, pad), f"text on the picture: {line.box.text}")
            for line in lines
        ], [note]
    proposals = []
    for line in lines:
        offsets, cursor = [], 0
        for word, box in line.words:
            offsets.append((cursor, cursor + len(word), box))
            cursor += len(word) + 1
        for finding in check_post(line.box.text).findings:
            boxes = [b for s, e, b in offsets if s < finding.end and e > finding.start]
            if boxes:
                union = _union(boxes)
                proposals.append(Proposal(_pad(union, pad), f"{finding.text!r}: {finding.message}"))
    return proposals, []
