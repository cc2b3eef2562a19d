"""`inspect`: list every piece of metadata in a picture file that can identify, in plain language."""

from __future__ import annotations

import os
import struct
from pathlib import Path

from medsocial.images import jpeg, metadata, png
from medsocial.images.metadata import item
from medsocial.images.report import MetadataItem, MetadataReport
from medsocial.images.safe_io import FORMAT_SUFFIX, SUFFIX_FORMATS, open_image, read_bytes, sniff


def inspect(path: str | os.PathLike) -> MetadataReport:
    """Read a picture file and report what in it, beyond the pixels, could identify."""
    path = Path(path)
    data = read_bytes(path)
    fmt = sniff(data)
    image = open_image(data, path.name, load=False)  # header only: size, bomb check
    report = MetadataReport(path, fmt, image.width, image.height)
    if fmt == "JPEG":
        report.items = _jpeg_items(data)
    elif fmt == "PNG":
        report.items = _png_items(data)
    else:
        report.items = _pillow_items(image)
    named = SUFFIX_FORMATS.get(path.suffix.lower())
    if named and named != fmt:
        report.notes.append(
            f"{path.name} is really a {fmt} file although its name ends in {path.suffix}; "
            f"rename it with {FORMAT_SUFFIX.get(fmt, '.' + fmt.lower())} to avoid surprises."
        )
    return report


def _trailing(data: bytes, end: int) -> list[MetadataItem]:
    extra = data[end:]
    if not extra.strip(b"\0"):
        return []  # zero padding from some cameras carries nothing
    what = (
        "another JPEG picture (often the uncropped original or a preview)"
        if b"\xff\xd8\xff" in extra[:64]
        else "unknown data"
    )
    return [item("trailing data", "Bytes after the image end", f"{len(extra)} bytes: {what}")]


def _jpeg_items(data: bytes) -> list[MetadataItem]:
    segs, end = jpeg.segments(data)
    found: list[MetadataItem] = []
    for seg in segs:
        payload = seg.payload(data)
        name = jpeg.describe(seg.marker, payload)
        if seg.marker == jpeg.APP1 and payload.startswith(jpeg.EXIF_ID):
            found += metadata.exif_items(payload)
        elif seg.marker == jpeg.APP1 and payload.startswith(jpeg.XMP_ID):
            found += metadata.xmp_items(payload[len(jpeg.XMP_ID) :])
        elif seg.marker == jpeg.APP1 and payload.startswith(jpeg.XMP_EXT_ID):
            found.append(item("xmp", "XMP extension", f"{len(payload)} bytes"))
        elif seg.marker == jpeg.APP13:
            found += metadata.iptc_items(payload)
        elif seg.marker == jpeg.COM:
            found.append(item("comment", "JPEG comment", payload))
        elif seg.marker == jpeg.APP2 and payload.startswith(jpeg.ICC_ID):
            if payload[12:13] == b"\x01":  # profile split over segments: describe from the first
                found += metadata.icc_items(payload[14:])
        elif seg.marker == jpeg.APP0 and payload.startswith(jpeg.JFIF_ID):
            if len(payload) > 14 and payload[12] and payload[13]:
                found.append(
                    item("thumbnail", "JFIF thumbnail", f"{payload[12]}x{payload[13]} pixels")
                )
        elif seg.marker == jpeg.APP2 and payload.startswith(jpeg.MPF_ID):
            found.append(item("other", name, "the file holds extra pictures (preview, depth map)"))
        elif seg.marker == jpeg.APP0 and payload.startswith(jpeg.JFXX_ID):
            found.append(item("thumbnail", name, f"{len(payload)} bytes"))
        elif 0xE0 <= seg.marker <= 0xEF and not payload.startswith((jpeg.JFIF_ID, jpeg.ADOBE_ID)):
            found.append(item("other", name, f"{len(payload)} bytes"))
    return found + _trailing(data, end)


def _png_items(data: bytes) -> list[MetadataItem]:
    chunks, end = png.chunks(data)
    found: list[MetadataItem] = []
    for chunk in chunks:
        name, raw = chunk.type.decode("latin-1"), chunk.data(data)
        keyword, _, rest = raw.partition(b"\0")
        key = keyword.decode("latin-1")
        if name == "tEXt":
            found += metadata.text_items(key, rest.decode("latin-1"), name)
        elif name == "zTXt":
            found += metadata.text_items(key, metadata.inflate(rest[1:]).decode("latin-1"), name)
        elif name == "iTXt":
            compressed, _method, tail = rest[0], rest[1], rest[2:]
            text = tail.split(b"\0", 2)[-1]
            text = metadata.inflate(text) if compressed else text
            found += metadata.text_items(key, text.decode("utf-8", "replace"), name)
        elif name == "tIME" and len(raw) == 7:
            y, mo, d, h, mi, s = struct.unpack(">HBBBBB", raw)
            found.append(
                item(
                    "date",
                    "PNG tIME",
                    f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
                    "When the picture was last changed.",
                )
            )
        elif name == "eXIf":
            found += metadata.exif_items(raw)
        elif name == "iCCP":
            found += metadata.icc_items(metadata.inflate(rest[1:]))
        elif not name[:1].isupper() and chunk.type not in png.DISPLAY:
            found.append(item("other", f"PNG {name} chunk", f"{len(raw)} bytes"))
    return found + _trailing(data, end)


def _pillow_items(image: object) -> list[MetadataItem]:
    """Metadata of other formats (GIF, WebP, TIFF, HEIC, BMP) as Pillow exposes it."""
    info: dict = image.info  # type: ignore[attr-defined]
    found: list[MetadataItem] = []
    exif = image.getexif()  # type: ignore[attr-defined]
    if exif:
        found += metadata.exif_items(exif.tobytes())
    if info.get("comment"):
        found.append(item("comment", "Comment", info["comment"]))
    if info.get("xmp"):
        xmp = info["xmp"]
        found += metadata.xmp_items(xmp if isinstance(xmp, bytes) else str(xmp).encode())
    if info.get("icc_profile"):
        found += metadata.icc_items(info["icc_profile"])
    if info.get("thumbnails"):
        found.append(item("thumbnail", "HEIF thumbnail", f"{len(info['thumbnails'])} embedded"))
    if info.get("depth_images"):
        found.append(item("other", "HEIF depth map", "a depth picture of the scene"))
    return found
