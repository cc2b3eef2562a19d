"""Byte-level PNG chunk walker: list the chunks and rebuild a file with only what decoding needs."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from medsocial.images.errors import DamagedImageError
from medsocial.images.tiff import orientation_only

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Ancillary chunks that only describe how to show the pixels (colour, transparency, animation).
DISPLAY = {b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs", b"bKGD", b"cICP", b"mDCV", b"cLLI"}
DISPLAY |= {b"acTL", b"fcTL", b"fdAT"}  # APNG animation
TEXT = {b"tEXt", b"zTXt", b"iTXt"}


@dataclass(frozen=True)
class Chunk:
    """One PNG chunk: its type and where it sits in the file (length, type, data and CRC included)."""

    type: bytes
    start: int
    end: int

    def data(self, file: bytes) -> bytes:
        """The chunk's data bytes."""
        return file[self.start + 8 : self.end - 4]


def is_png(data: bytes) -> bool:
    """True when the bytes start with the PNG signature."""
    return data.startswith(SIGNATURE)


def chunks(data: bytes) -> tuple[list[Chunk], int]:
    """Walk the file; return its chunks and the offset just after the IEND chunk."""
    if not is_png(data):
        raise DamagedImageError("This is not a PNG file (it does not start like one).")
    found: list[Chunk] = []
    pos = len(SIGNATURE)
    while True:
        if pos + 12 > len(data):
            raise DamagedImageError(
                "The PNG file is cut short (its end is missing): copy or download it again."
            )
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise DamagedImageError(
                "The PNG file is cut short (a part of it is incomplete): copy or download it again."
            )
        found.append(Chunk(ctype, pos, end))
        pos = end
        if ctype == b"IEND":
            return found, pos


def make_chunk(ctype: bytes, payload: bytes) -> bytes:
    """Serialise one chunk with its CRC."""
    return (
        struct.pack(">I", len(payload))
        + ctype
        + payload
        + struct.pack(">I", zlib.crc32(ctype + payload))
    )


def strip(data: bytes, keep_icc: bool = False) -> tuple[bytes, list[str], int | None]:
    """Rebuild a PNG without metadata, pixels untouched; return (bytes, removed items, orientation)."""
    from medsocial.images.jpeg import read_orientation

    found, end = chunks(data)
    removed: list[str] = []
    orientation: int | None = None
    out = [SIGNATURE]
    header_at = 1
    for chunk in found:
        name = chunk.type
        critical = name[:1].isupper()  # critical chunks are needed to decode: always copied
        if critical or name in DISPLAY or (name == b"iCCP" and keep_icc):
            out.append(data[chunk.start : chunk.end])
            if name == b"IHDR":
                header_at = len(out)
        else:
            if name == b"eXIf":
                orientation = read_orientation(chunk.data(data))
            removed.append(f"{name.decode('latin-1')} chunk")
    if end < len(data):
        removed.append(f"{len(data) - end} bytes after the end of the image")
    if orientation and orientation != 1:
        out.insert(header_at, make_chunk(b"eXIf", orientation_only(orientation)))
    return b"".join(out), removed, orientation
