"""Open pictures safely (format by content, size limits, damage) and write outputs atomically."""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from medsocial.images.errors import (
    DamagedImageError,
    ImageTooLargeError,
    OverwriteRefusedError,
    UnsupportedImageError,
)

if TYPE_CHECKING:
    from PIL import Image

# Pillow's own limit (about 89 megapixels) is the bomb threshold: above any phone's normal mode.
HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif")
# Output format chosen from the destination's extension.
SUFFIX_FORMATS = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".png": "PNG", ".gif": "GIF",
    ".webp": "WEBP", ".tif": "TIFF", ".tiff": "TIFF", ".bmp": "BMP", ".heic": "HEIF", ".heif": "HEIF",
}  # fmt: skip
FORMAT_SUFFIX = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp", "TIFF": ".tif",
                 "BMP": ".bmp", "HEIF": ".heic"}  # fmt: skip


def sniff(data: bytes) -> str:
    """Name the format from the first bytes (never from the extension)."""
    if data[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:4] in (b"II*\0", b"MM\0*"):
        return "TIFF"
    if data[:2] == b"BM":
        return "BMP"
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS:
        return "HEIF"
    raise UnsupportedImageError(
        "This file is not a picture the tool can read (JPEG, PNG, GIF, WebP, TIFF, BMP or HEIC). "
        "Export it from your photo app as JPEG or PNG and try again."
    )


def read_bytes(path: str | os.PathLike) -> bytes:
    """Read a whole picture file, with plain errors for missing, folder or empty files."""
    path = Path(path)
    if not path.exists():
        raise DamagedImageError(f"There is no file at {path}: check the name and the folder.")
    if path.is_dir():
        raise DamagedImageError(f"{path} is a folder, not a picture file.")
    data = path.read_bytes()
    if not data:
        raise DamagedImageError(
            f"{path.name} is empty (0 bytes): the copy or download failed. Get the picture again."
        )
    return data


def enable_heif() -> None:
    """Register the HEIC reader, or say plainly that it is missing."""
    try:
        import pillow_heif
    except ImportError as exc:
        raise UnsupportedImageError(
            "This is a HEIC photo (iPhone format) and the HEIC reader (pillow-heif) is not installed. "
            "Export the photo as JPEG (on iPhone: Settings > Camera > Formats > Most Compatible)."
        ) from exc
    pillow_heif.register_heif_opener()


def open_image(data: bytes, name: str = "the picture", load: bool = True) -> Image.Image:
    """Open picture bytes with Pillow, refusing decompression bombs and damaged files clearly."""
    import io

    from PIL import Image

    fmt = sniff(data)
    if fmt == "HEIF":
        enable_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if load:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTooLargeError(
            f"{name} declares more than {Image.MAX_IMAGE_PIXELS // 1_000_000} million pixels, "
            "more than any normal photo: it may be a 'decompression bomb' built to exhaust memory, "
            "so it was not opened. If it is a genuine picture, resize it first."
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise DamagedImageError(
            f"{name} is damaged or cut short and cannot be read ({exc}). "
            "Copy or download the picture again."
        ) from exc
    return image


def output_format(dst: Path, source_format: str) -> str:
    """Format to write: the destination's extension decides; unknown extension keeps the source's."""
    return SUFFIX_FORMATS.get(dst.suffix.lower(), source_format)


def check_destination(src: Path, dst: Path, overwrite: bool, in_place: bool) -> None:
    """Refuse to replace the source, or an existing file, unless explicitly asked."""
    same = dst.exists() and src.exists() and os.path.samefile(src, dst)
    if same and not in_place:
        raise OverwriteRefusedError(
            f"The output {dst} is the original picture itself: choose another output name "
            "(or ask explicitly to replace the original)."
        )
    if dst.exists() and not same and not overwrite:
        raise OverwriteRefusedError(
            f"{dst} already exists: choose another output name, or ask explicitly to overwrite it."
        )
    if not dst.parent.is_dir():
        raise OverwriteRefusedError(f"The folder {dst.parent} does not exist: create it first.")


def write_atomic(dst: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file in the destination folder, then rename: never a half file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)  # no fsync: the rename already rules out half files; speed matters more
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
