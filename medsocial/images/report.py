"""Result types of the image engine: metadata found, what stripping and redaction did, text and faces."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

# Risk groups, most identifying first, with what each means for a clinician.
RISKS: dict[str, str] = {
    "location": "GPS coordinates: where the photo was taken (hospital, lab, home), to a few metres.",
    "date": "Dates and times: when the photo was taken or edited; with a case they narrow down a patient.",
    "person": "Names of the owner, artist, author or copyright holder: they identify you or a colleague.",
    "device": "Camera make, model and serial numbers: they tie the picture to one phone or camera.",
    "thumbnail": "Embedded thumbnail: a small copy of the ORIGINAL picture; it keeps what you cropped or covered.",
    "xmp": "XMP packet: a block of editing metadata that often repeats GPS, dates, names and edit history.",
    "iptc": "IPTC block: captions, keywords, author and place written by photo software.",
    "makernote": "MakerNotes: the camera maker's private data (often serial numbers and settings).",
    "comment": "Comments and descriptions: free text left by software or a person.",
    "text": "Text chunks: free text stored in the picture file (author, description, software).",
    "colour profile": "Colour profile description: can name the device or the person who calibrated it.",
    "software": "Software and editing history: which apps touched the picture.",
    "trailing data": "Bytes after the end of the image: some croppers leave the ORIGINAL picture there.",
    "other": "Other embedded data that is not needed to display the picture.",
}


@dataclass(frozen=True)
class MetadataItem:
    """One piece of metadata that can identify, with its risk group and a plain explanation."""

    risk: str
    tag: str
    value: str
    explanation: str

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return asdict(self)


@dataclass
class MetadataReport:
    """Everything in a picture file beyond its pixels that could identify, grouped by risk."""

    path: Path
    format: str
    width: int
    height: int
    items: list[MetadataItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when nothing identifying was found in the file's metadata."""
        return not self.items

    def groups(self) -> dict[str, list[MetadataItem]]:
        """Items grouped by risk, most identifying group first."""
        out: dict[str, list[MetadataItem]] = {}
        for risk in RISKS:
            found = [i for i in self.items if i.risk == risk]
            if found:
                out[risk] = found
        return out

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return {
            "path": str(self.path),
            "format": self.format,
            "width": self.width,
            "height": self.height,
            "clean": self.clean,
            "groups": {
                risk: {"explanation": RISKS[risk], "items": [i.to_dict() for i in items]}
                for risk, items in self.groups().items()
            },
            "notes": self.notes,
        }


@dataclass
class StripResult:
    """What `strip_metadata` wrote and how: lossless (pixels untouched) or re-encoded, and why."""

    src: Path
    dst: Path
    format: str
    lossless: bool
    how: str
    removed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return {**asdict(self), "src": str(self.src), "dst": str(self.dst)}


@dataclass
class RedactResult:
    """What `redact` wrote: the covered boxes (clipped to the picture) and the fill colour."""

    src: Path
    dst: Path
    format: str
    boxes: list[tuple[int, int, int, int]]
    fill: tuple[int, int, int]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return {**asdict(self), "src": str(self.src), "dst": str(self.dst)}


@dataclass(frozen=True)
class TextBox:
    """A line of text read on the picture, with its box (x0, y0, x1, y1) and OCR confidence (0-100)."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float


@dataclass(frozen=True)
class Proposal:
    """A box the engine proposes to cover, and why (plain language)."""

    box: tuple[int, int, int, int]
    reason: str


@dataclass
class ScanResult:
    """Text and faces found on a picture, and the boxes proposed for redaction."""

    path: Path
    text: list[TextBox] = field(default_factory=list)
    faces: list[tuple[int, int, int, int]] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return {**asdict(self), "path": str(self.path)}
