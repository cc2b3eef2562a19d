"""Byte-level JPEG segment walker: list the segments and rebuild a file with only what decoding needs."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from medsocial.images.errors import DamagedImageError
from medsocial.images.tiff import orientation_only

SOI, EOI, SOS, COM = 0xD8, 0xD9, 0xDA, 0xFE
APP0, APP1, APP2, APP13, APP14 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE
# Frame headers, Huffman/arithmetic tables, quantisation tables, restart interval, line count.
DECODING = set(range(0xC0, 0xD0)) | {0xDB, 0xDD, 0xDC, SOS}
STANDALONE = set(range(0xD0, 0xD8)) | {0x01}
# End of entropy-coded data: 0xFF followed by anything but a stuffed zero or a restart marker.
_ENTROPY_END = re.compile(rb"\xff[^\x00\xd0-\xd7]")
EXIF_ID, XMP_ID, XMP_EXT_ID = (
    b"Exif\0",
    b"http://ns.adobe.com/xap/1.0/\0",
    b"http://ns.adobe.com/xmp/extension/\0",
)
ICC_ID, MPF_ID, JFIF_ID, JFXX_ID = b"ICC_PROFILE\0", b"MPF\0", b"JFIF\0", b"JFXX\0"
ADOBE_ID, PHOTOSHOP_ID = b"Adobe", b"Photoshop 3.0\0"


@dataclass(frozen=True)
class Segment:
    """One JPEG segment: its marker byte and where it sits in the file (entropy data included for SOS)."""

    marker: int
    start: int
    end: int

    def payload(self, data: bytes) -> bytes:
        """The bytes after the marker and length field."""
        return data[self.start + 4 : self.end] if self.marker not in STANDALONE else b""


def is_jpeg(data: bytes) -> bool:
    """True when the bytes start like a JPEG file."""
    return data[:3] == b"\xff\xd8\xff"


def segments(data: bytes) -> tuple[list[Segment], int]:
    """Walk the file; return its segments and the offset just after the end-of-image marker."""
    if not is_jpeg(data):
        raise DamagedImageError("This is not a JPEG file (it does not start like one).")
    found: list[Segment] = []
    pos = 2
    while True:
        if pos + 1 >= len(data):
            raise DamagedImageError(
                "The JPEG file is cut short (its end is missing): copy or download it again."
            )
        if data[pos] != 0xFF:
            raise DamagedImageError(
                "The JPEG file is damaged (unexpected bytes between its parts)."
            )
        while pos + 1 < len(data) and data[pos + 1] == 0xFF:  # fill bytes before a marker
            pos += 1
        marker = data[pos + 1]
        if marker == EOI:
            found.append(Segment(EOI, pos, pos + 2))
            return found, pos + 2
        if marker in STANDALONE:
            found.append(Segment(marker, pos, pos + 2))
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4].rjust(2, b"\0"))
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise DamagedImageError(
                "The JPEG file is cut short (a part of it is incomplete): copy or download it again."
            )
        if marker == SOS:
            match = _ENTROPY_END.search(data, end)
            if not match:
                raise DamagedImageError(
                    "The JPEG file is cut short (the picture data stops before its end): "
                    "copy or download it again."
                )
            end = match.start()
        found.append(Segment(marker, pos, end))
        pos = end


def describe(marker: int, payload: bytes) -> str:
    """Plain name of a non-decoding segment, for reports of what was found or removed."""
    if marker == APP1 and payload.startswith(EXIF_ID):
        return "EXIF block (APP1)"
    if marker == APP1 and payload.startswith((XMP_ID, XMP_EXT_ID)):
        return "XMP packet (APP1)"
    if marker == APP2 and payload.startswith(ICC_ID):
        return "ICC colour profile (APP2)"
    if marker == APP2 and payload.startswith(MPF_ID):
        return "multi-picture index (APP2 MPF)"
    if marker == APP13:
        return "IPTC/Photoshop block (APP13)"
    if marker == APP0 and payload.startswith(JFXX_ID):
        return "JFIF extension thumbnail (APP0 JFXX)"
    if marker == COM:
        return "comment (COM)"
    if 0xE0 <= marker <= 0xEF:
        return f"application data (APP{marker - 0xE0})"
    return f"segment 0x{marker:02X}"


def read_orientation(payload: bytes) -> int | None:
    """Orientation (1-8) from an EXIF segment payload, or None when absent or unreadable."""
    from PIL import Image

    try:
        exif = Image.Exif()
        exif.load(payload)
        value = int(exif.get(0x0112, 0))
    except Exception:  # a damaged EXIF block must not stop the cleaning
        return None
    return value if 1 <= value <= 8 else None


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def strip(data: bytes, keep_icc: bool = False) -> tuple[bytes, list[str], int | None]:
    """Rebuild a JPEG without metadata, pixels untouched; return (bytes, removed items, orientation)."""
    segs, end = segments(data)
    removed: list[str] = []
    orientation: int | None = None
    head = [data[:2]]  # SOI
    body: list[bytes] = []
    for seg in segs:
        payload = seg.payload(data)
        if seg.marker in DECODING or seg.marker in STANDALONE or seg.marker == EOI:
            body.append(data[seg.start : seg.end])
        elif seg.marker == APP0 and payload.startswith(JFIF_ID) and len(payload) >= 14:
            # Keep the JFIF header (pixel density) but never its optional thumbnail.
            if len(payload) > 14:
                removed.append("JFIF thumbnail (APP0)")
            head.insert(1, _segment(APP0, payload[:12] + b"\0\0"))
        elif seg.marker == APP14 and payload.startswith(ADOBE_ID):
            body.append(data[seg.start : seg.end])  # colour transform flag: CMYK decoding needs it
        elif seg.marker == APP2 and payload.startswith(ICC_ID) and keep_icc:
            body.append(data[seg.start : seg.end])
        else:
            if seg.marker == APP1 and payload.startswith(EXIF_ID):
                orientation = read_orientation(payload) or orientation
            removed.append(describe(seg.marker, payload))
    if end < len(data):
        removed.append(f"{len(data) - end} bytes after the end of the image")
    if orientation and orientation != 1:
        head.append(_segment(APP1, b"Exif\0\0" + orientation_only(orientation)))
    return b"".join(head + body), removed, orientation
