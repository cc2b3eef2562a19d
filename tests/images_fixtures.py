"""Shared helpers of the image tests: exiftool as the independent oracle, bad inputs built by code."""

from __future__ import annotations

import io
import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

EXIFTOOL = "/usr/bin/exiftool"
# exiftool tags that identify (by name), and groups that are identifying as a whole.
RISKY_NAME = re.compile(
    r"GPS|Date|Time|Serial|Owner|Artist|Copyright|Creator|By-line|Thumbnail|Make|Model|Software"
    r"|Author|Description|Comment|City",
    re.I,
)
RISKY_GROUP = re.compile(r"^(GPS|XMP.*|IPTC|Photoshop|IFD1|MakerNotes|ICC.*|MPF.*)$")


def exiftool(path: Path) -> dict:
    """Everything exiftool reads in the file (-a -G1), as group:tag -> value."""
    out = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-G1", str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)[0]


def identifying(path: Path) -> dict:
    """The exiftool tags that could identify (file-system dates and exiftool's own are ignored)."""
    found = {}
    for key, value in exiftool(path).items():
        group, _, name = key.partition(":")
        if group in ("System", "ExifTool", "SourceFile") or key == "SourceFile":
            continue
        if group == "File" and name != "Comment":
            continue
        if RISKY_GROUP.match(group) or RISKY_NAME.search(name):
            found[key] = value
    return found


def pixels(path: Path) -> np.ndarray:
    """Decoded pixels, as stored (no EXIF rotation applied)."""
    with Image.open(path) as image:
        return np.asarray(image)


def jpeg_bytes(image: Image.Image, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny PNG whose header claims a huge size (a decompression bomb's signature)."""
    buffer = io.BytesIO()
    Image.new("L", (8, 8)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def files_in(folder: Path) -> set[str]:
    """Names in a folder, hidden temporary files included (to catch half-written outputs)."""
    return {p.name for p in folder.iterdir()}
