"""Image anonymisation: see and strip metadata, redact irreversibly, find burned-in text and faces.

Importing this package is cheap: Pillow, OpenCV and Tesseract load only when a function runs.
"""

from __future__ import annotations

import importlib
from typing import Any

from medsocial.images.errors import (
    DamagedImageError,
    ImageError,
    ImageTooLargeError,
    InvalidBoxError,
    OverwriteRefusedError,
    UnsupportedImageError,
)
from medsocial.images.report import (
    MetadataItem,
    MetadataReport,
    Proposal,
    RedactResult,
    ScanResult,
    StripResult,
    TextBox,
)

# Public function -> module that defines it, imported on first use.
_LAZY = {
    "inspect": "inspection",
    "strip_metadata": "strip",
    "redact": "redaction",
    "find_text": "ocr",
    "find_faces": "faces",
    "scan": "scanning",
}

__all__ = [
    "DamagedImageError",
    "ImageError",
    "ImageTooLargeError",
    "InvalidBoxError",
    "MetadataItem",
    "MetadataReport",
    "OverwriteRefusedError",
    "Proposal",
    "RedactResult",
    "ScanResult",
    "StripResult",
    "TextBox",
    "UnsupportedImageError",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(f"medsocial.images.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(f"module 'medsocial.images' has no attribute {name!r}")
