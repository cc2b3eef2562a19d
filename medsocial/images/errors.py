"""Errors raised for pictures the engine cannot or will not handle, each with a plain message."""

from __future__ import annotations


class ImageError(Exception):
    """A picture could not be processed; the message says why and what to do."""


class DamagedImageError(ImageError):
    """The file is empty, cut short or not a picture at all."""


class UnsupportedImageError(ImageError):
    """The picture is in a format the engine does not handle."""


class ImageTooLargeError(ImageError):
    """The picture declares more pixels than is safe to open (possible decompression bomb)."""


class OverwriteRefusedError(ImageError):
    """Writing would replace the original or an existing file without being asked to."""


class InvalidBoxError(ImageError):
    """A redaction box is malformed or lies outside the picture."""


class ToolMissingError(ImageError):
    """An outside program the engine needs (Tesseract) is not installed."""
