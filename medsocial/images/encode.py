"""Re-encode pictures with no metadata at all (for formats without a lossless path, and redaction)."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

# Modes each output format can store as is; anything else is converted.
NATIVE_MODES = {
    "JPEG": {"L", "RGB", "CMYK"},
    "PNG": {"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"},
    "GIF": {"P", "L"},
    "WEBP": {"RGB", "RGBA"},
    "HEIF": {"RGB", "RGBA"},
    "BMP": {"1", "L", "P", "RGB"},
    "TIFF": {"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA", "CMYK"},
}


def frames(image: Image.Image) -> tuple[list[Image.Image], list[int]]:
    """Every frame, upright (EXIF orientation applied to the pixels), with its duration in ms."""
    from PIL import ImageOps, ImageSequence

    out, durations = [], []
    for frame in ImageSequence.Iterator(image):
        upright = ImageOps.exif_transpose(frame.copy())
        # A plain copy: no EXIF, XMP, comment or profile rides along; transparency is pixels.
        upright.info = {k: v for k, v in frame.info.items() if k == "transparency"}
        out.append(upright)
        durations.append(int(frame.info.get("duration", 100)))
    return out, durations


def savable(image: Image.Image, fmt: str) -> Image.Image:
    """Convert to a mode the output format stores (16-bit to 8-bit, alpha flattened on white for JPEG)."""
    from PIL import Image

    if image.mode in NATIVE_MODES.get(fmt, {image.mode}):
        return image
    if image.mode.startswith("I"):  # 16/32-bit grey to 8-bit, scaling rather than clipping
        scale = 1 / 257 if image.mode.startswith("I;16") else 1
        image = image.point(lambda v: v * scale).convert("L")
        if image.mode in NATIVE_MODES[fmt]:
            return image
    if fmt == "GIF":
        return image.convert("RGB").quantize()
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if has_alpha and "RGBA" in NATIVE_MODES[fmt]:
        return image.convert("RGBA")
    if has_alpha:
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def save_clean(
    images: list[Image.Image],
    fmt: str,
    handle: IO[bytes],
    durations: list[int] | None = None,
    icc_profile: bytes | None = None,
) -> None:
    """Write the frames in `fmt` with no metadata (one frame, or an animation for GIF/WebP)."""
    if fmt == "HEIF":
        from medsocial.images.safe_io import enable_heif

        enable_heif()
    images = [savable(im, fmt) for im in images]
    options: dict = {"format": fmt}
    if fmt == "JPEG":
        options.update(quality=95, subsampling=0)  # keep detail: only metadata should go
    elif fmt in ("WEBP", "HEIF"):
        options.update(quality=95)
    if icc_profile and fmt in ("JPEG", "PNG", "WEBP", "TIFF", "HEIF"):
        options["icc_profile"] = icc_profile
    if len(images) > 1 and fmt in ("GIF", "WEBP", "PNG", "TIFF"):
        options.update(save_all=True, append_images=images[1:], duration=durations or 100, loop=0)
    images[0].save(handle, **options)
