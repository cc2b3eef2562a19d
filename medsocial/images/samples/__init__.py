"""The course's invented pictures, drawn by code and shipped with the package (no real patient)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
# Sample name -> file shipped next to this module (`python -m medsocial.images.samples` redraws them).
FILES: dict[str, str] = {
    "gross_phone_photo": "gross_phone_photo.jpg",
    "slide_label": "slide_label.png",
    "cassette": "cassette.png",
    "post_screenshot": "post_screenshot.png",
    "clinical_face": "clinical_face.jpg",
}
NAMES = tuple(FILES)


def sample_path(name: str) -> Path:
    """Path of one course picture, e.g. sample_path("gross_phone_photo")."""
    if name not in FILES:
        raise KeyError(f"No course picture named {name!r}; choose one of: {', '.join(NAMES)}.")
    return HERE / FILES[name]
