"""A tiny writer of EXIF (TIFF-structured) blocks: minimal orientation tags and the course samples."""

from __future__ import annotations

import struct

BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 1, 2, 3, 4, 5, 7
ORIENTATION = 0x0112
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
THUMB_OFFSET, THUMB_LENGTH = 0x0201, 0x0202

Entry = tuple[int, object]  # (TIFF type, value)


def _encode(typ: int, value: object) -> tuple[int, bytes]:
    """Return (count, little-endian bytes) of one tag value."""
    if typ == ASCII:
        raw = str(value).encode("ascii") + b"\0"
        return len(raw), raw
    if typ in (BYTE, UNDEFINED):
        return len(value), bytes(value)  # type: ignore[arg-type]
    values = value if isinstance(value, list | tuple) else [value]
    if typ == SHORT:
        return len(values), struct.pack(f"<{len(values)}H", *values)
    if typ == LONG:
        return len(values), struct.pack(f"<{len(values)}I", *values)
    if typ == RATIONAL:
        flat = [n for pair in values for n in pair]
        return len(values), struct.pack(f"<{len(flat)}I", *flat)
    raise ValueError(f"unsupported TIFF type {typ}")


def _ifd(entries: dict[int, Entry], start: int, next_ifd: int) -> bytes:
    """Serialise one IFD placed at offset `start`, its long values right after it."""
    head = struct.pack("<H", len(entries))
    data = b""
    data_start = start + 2 + 12 * len(entries) + 4
    for tag in sorted(entries):
        typ, value = entries[tag]
        count, raw = _encode(typ, value)
        if len(raw) <= 4:
            head += struct.pack("<HHI", tag, typ, count) + raw.ljust(4, b"\0")
        else:
            head += struct.pack("<HHII", tag, typ, count, data_start + len(data))
            data += raw + b"\0" * (len(raw) % 2)  # values start on even offsets
    return head + struct.pack("<I", next_ifd) + data


def build_exif(
    ifd0: dict[int, Entry],
    exif: dict[int, Entry] | None = None,
    gps: dict[int, Entry] | None = None,
    thumbnail: bytes | None = None,
) -> bytes:
    """Build a little-endian TIFF block (the payload of an EXIF segment after "Exif\\0\\0")."""
    ifd0 = dict(ifd0)
    subs = [(tag, d) for tag, d in ((EXIF_IFD, exif), (GPS_IFD, gps)) if d]
    for tag, _ in subs:
        ifd0[tag] = (LONG, 0)  # placeholder: same size as the real pointer
    ifd1 = {0x0103: (SHORT, 6), THUMB_OFFSET: (LONG, 0), THUMB_LENGTH: (LONG, 0)}
    # Offsets: IFD0, then the sub-IFDs, then IFD1 and the thumbnail JPEG.
    offset = 8 + len(_ifd(ifd0, 0, 0))
    for tag, d in subs:
        ifd0[tag] = (LONG, offset)
        offset += len(_ifd(d, 0, 0))
    ifd1_offset = offset if thumbnail else 0
    body = _ifd(ifd0, 8, ifd1_offset)
    for _, d in subs:
        body += _ifd(d, 8 + len(body), 0)
    if thumbnail:
        thumb_offset = ifd1_offset + len(_ifd(ifd1, 0, 0))
        ifd1[THUMB_OFFSET] = (LONG, thumb_offset)
        ifd1[THUMB_LENGTH] = (LONG, len(thumbnail))
        body += _ifd(ifd1, ifd1_offset, 0) + thumbnail
    return b"II*\0" + struct.pack("<I", 8) + body


def orientation_only(orientation: int) -> bytes:
    """A TIFF block holding nothing but the Orientation tag (keeps photos upright, identifies no one)."""
    return build_exif({ORIENTATION: (SHORT, orientation)})
