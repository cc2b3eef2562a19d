"""Decode the metadata blocks found in picture files into plain-language items (EXIF, XMP, IPTC, ICC)."""

from __future__ import annotations

import contextlib
import re
import struct
import zlib

from medsocial.images.report import RISKS, MetadataItem

# EXIF tags that identify: tag -> (risk, name, what it reveals).
EXIF_TAGS: dict[int, tuple[str, str, str]] = {
    0x010F: ("device", "Make", "The maker of the phone or camera."),
    0x0110: ("device", "Model", "The exact phone or camera model."),
    0x0131: ("software", "Software", "The app or firmware that wrote the picture."),
    0x013C: ("software", "HostComputer", "The computer or phone the picture was made on."),
    0x0132: ("date", "DateTime", "When the picture was last changed."),
    0x013B: ("person", "Artist", "The name of the person who took or owns the picture."),
    0x8298: ("person", "Copyright", "The copyright holder's name."),
    0x010E: ("comment", "ImageDescription", "A description typed into the picture."),
    0x9C9B: ("comment", "XPTitle", "A title typed into the picture (Windows)."),
    0x9C9C: ("comment", "XPComment", "A comment typed into the picture (Windows)."),
    0x9C9D: ("person", "XPAuthor", "The author's name (Windows)."),
    0x9C9E: ("comment", "XPKeywords", "Keywords typed into the picture (Windows)."),
    0x9003: ("date", "DateTimeOriginal", "When the photo was taken."),
    0x9004: ("date", "DateTimeDigitized", "When the photo was recorded."),
    0x9010: ("date", "OffsetTime", "The time zone: narrows down the place."),
    0x9011: ("date", "OffsetTimeOriginal", "The time zone when the photo was taken."),
    0x9012: ("date", "OffsetTimeDigitized", "The time zone when the photo was recorded."),
    0xA430: ("person", "CameraOwnerName", "The name of the camera's owner."),
    0xA431: ("device", "BodySerialNumber", "The serial number of this very camera or phone."),
    0xA433: ("device", "LensMake", "The maker of the lens."),
    0xA434: ("device", "LensModel", "The lens model (often names the phone)."),
    0xA435: ("device", "LensSerialNumber", "The serial number of the lens."),
    0xA420: ("device", "ImageUniqueID", "A unique number that can link this photo to others."),
    0x927C: ("makernote", "MakerNote", "The maker's private data (serial numbers, settings)."),
    0x9286: ("comment", "UserComment", "A comment typed into the picture."),
}
GPS_IFD, EXIF_IFD, IFD1 = 0x8825, 0x8769, -1  # Pillow's key for IFD1 (ExifTags.IFD.IFD1)
# XMP property names -> risk, matched on the property's local name.
XMP_RISKS = [
    (re.compile(r"^(CreatorTool|Software|History)", re.I), "software"),
    (re.compile(r"^GPS", re.I), "location"),
    (re.compile(r"^(Location|City|State|Country|CountryCode|Sublocation)", re.I), "location"),
    (re.compile(r"Date|Time", re.I), "date"),
    (
        re.compile(r"^(creator|Owner|Artist|Author|rights|Copyright|CameraOwnerName|Credit)", re.I),
        "person",
    ),
    (
        re.compile(r"(Make|Model|SerialNumber|LensID|ImageUniqueID|DocumentID|InstanceID)$", re.I),
        "device",
    ),
    (re.compile(r"^(description|title|subject|UserComment|Keywords)", re.I), "comment"),
]
_XMP_ATTR = re.compile(r"\b(\w+):(\w+)=\"([^\"]*)\"")
_XMP_ELEM = re.compile(r"<(\w+):(\w+)>([^<]+)</\1:\2>")
_XMP_LI = re.compile(r"<(\w+):(\w+)>\s*<rdf:(?:Alt|Seq|Bag)>\s*<rdf:li[^>]*>([^<]+)</rdf:li>")
IPTC_DATASETS = {
    5: ("comment", "ObjectName"), 25: ("comment", "Keywords"), 55: ("date", "DateCreated"),
    60: ("date", "TimeCreated"), 80: ("person", "By-line"), 90: ("location", "City"),
    92: ("location", "Sub-location"), 95: ("location", "Province-State"),
    101: ("location", "Country"), 116: ("person", "CopyrightNotice"),
    120: ("comment", "Caption-Abstract"), 122: ("person", "Writer-Editor"),
}  # fmt: skip


def item(risk: str, tag: str, value: object, explanation: str = "") -> MetadataItem:
    """One item, its value shortened for display, explanation defaulting to the risk's."""
    text = value.decode("latin-1", "replace") if isinstance(value, bytes) else str(value)
    text = " ".join(text.replace("\x00", " ").split())
    if len(text) > 120:
        text = text[:117] + "..."
    return MetadataItem(risk, tag, text, explanation or RISKS[risk])


def _degrees(value: object, ref: object) -> float | None:
    try:
        d, m, s = (float(x) for x in value)  # type: ignore[union-attr]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    sign = -1 if str(ref).strip("\x00 ").upper() in ("S", "W") else 1
    return sign * (d + m / 60 + s / 3600)


def exif_items(raw: bytes) -> list[MetadataItem]:
    """Identifying items of an EXIF block (TIFF bytes, with or without the "Exif\\0\\0" prefix)."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(raw)
    except Exception:  # damaged EXIF: still worth reporting that it is there
        return [
            item(
                "other",
                "EXIF",
                f"{len(raw)} bytes (damaged)",
                "An EXIF block that could not be read.",
            )
        ]
    found: list[MetadataItem] = []
    merged = dict(exif)
    with contextlib.suppress(Exception):
        merged.update(exif.get_ifd(EXIF_IFD))
    for tag, value in merged.items():
        if tag in EXIF_TAGS:
            risk, name, why = EXIF_TAGS[tag]
            shown = f"{len(value)} bytes" if tag == 0x927C else value
            found.append(item(risk, f"EXIF {name}", shown, why))
    found += _gps_items(exif)
    try:
        ifd1 = exif.get_ifd(IFD1)
    except Exception:
        ifd1 = {}
    if 0x0201 in ifd1 or 0x0111 in ifd1:
        size = ifd1.get(0x0202, "?")
        found.append(item("thumbnail", "EXIF thumbnail", f"{size} bytes JPEG", RISKS["thumbnail"]))
    return found


def _gps_items(exif: object) -> list[MetadataItem]:
    try:
        gps = exif.get_ifd(GPS_IFD)  # type: ignore[attr-defined]
    except Exception:
        return []
    found: list[MetadataItem] = []
    lat, lon = _degrees(gps.get(2), gps.get(1)), _degrees(gps.get(4), gps.get(3))
    if lat is not None and lon is not None:
        found.append(
            item("location", "GPS position", f"{lat:.5f}, {lon:.5f}",
                 "Where the photo was taken, to a few metres: a map shows the building.")
        )  # fmt: skip
    if 6 in gps:
        found.append(
            item(
                "location",
                "GPS altitude",
                f"{float(gps[6]):.1f} m",
                "The altitude: can give the floor.",
            )
        )
    if 29 in gps:
        found.append(item("date", "GPS date", gps[29], "The date recorded by the GPS."))
    others = sorted(set(gps) - {0, 1, 2, 3, 4, 5, 6, 29})
    if others:
        found.append(
            item("location", "GPS other", f"{len(others)} more GPS fields", RISKS["location"])
        )
    return found


def xmp_items(raw: bytes) -> list[MetadataItem]:
    """The XMP packet itself, and each identifying property found in it."""
    text = raw.decode("utf-8", "replace")
    found = [item("xmp", "XMP packet", f"{len(raw)} bytes")]
    for regex in (_XMP_ATTR, _XMP_ELEM, _XMP_LI):
        for prefix, name, value in regex.findall(text):
            if prefix in ("xmlns", "rdf", "x", "xml"):
                continue
            risk = next((r for pattern, r in XMP_RISKS if pattern.search(name)), None)
            if risk:
                found.append(item(risk, f"XMP {prefix}:{name}", value, RISKS[risk]))
    return found


def iptc_items(raw: bytes) -> list[MetadataItem]:
    """The IPTC/Photoshop block and the identifying IPTC fields in it."""
    found = [item("iptc", "IPTC block", f"{len(raw)} bytes")]
    for match in re.finditer(rb"\x1c\x02(.)(..)", raw, re.S):
        dataset, (length,) = match.group(1)[0], struct.unpack(">H", match.group(2))
        if dataset in IPTC_DATASETS and length < 0x8000:
            risk, name = IPTC_DATASETS[dataset]
            value = raw[match.end() : match.end() + length].decode("utf-8", "replace")
            found.append(item(risk, f"IPTC {name}", value, RISKS[risk]))
    return found


def icc_description(profile: bytes) -> str:
    """The profile's description text ('desc' tag, ICC v2 or v4), or "" when absent."""
    try:
        (count,) = struct.unpack(">I", profile[128:132])
        for i in range(min(count, 200)):
            sig, offset, size = struct.unpack(">4sII", profile[132 + 12 * i : 144 + 12 * i])
            if sig != b"desc":
                continue
            tag = profile[offset : offset + size]
            if tag[:4] == b"desc":  # v2: ASCII with its length
                (n,) = struct.unpack(">I", tag[8:12])
                return tag[12 : 12 + n].rstrip(b"\0").decode("latin-1")
            if tag[:4] == b"mluc":  # v4: first record, UTF-16BE
                length, start = struct.unpack(">II", tag[20:28])
                return tag[start : start + length].decode("utf-16-be", "replace")
    except struct.error:
        pass
    return ""


def icc_items(profile: bytes) -> list[MetadataItem]:
    """The colour profile and its description, which can name a device or a person."""
    desc = icc_description(profile) or "(no description)"
    return [item("colour profile", "ICC profile description", desc, RISKS["colour profile"])]


def text_items(keyword: str, value: str, chunk: str) -> list[MetadataItem]:
    """A PNG text chunk (tEXt, zTXt, iTXt), classified by its keyword."""
    if keyword == "XML:com.adobe.xmp":
        return xmp_items(value.encode("utf-8"))
    lowered = keyword.lower()
    risk = "text"
    if lowered in ("author", "copyright", "artist", "owner"):
        risk = "person"
    elif "time" in lowered or "date" in lowered:
        risk = "date"
    elif lowered in ("software", "source"):
        risk = "software"
    elif lowered.startswith("raw profile type"):
        risk = "other"
    return [item(risk, f"PNG {chunk} {keyword}", value, RISKS[risk])]


def inflate(raw: bytes, limit: int = 1_000_000) -> bytes:
    """Decompress zlib data but never more than `limit` bytes (text chunks can be bombs too)."""
    try:
        return zlib.decompressobj().decompress(raw, limit)
    except zlib.error:
        return b""
