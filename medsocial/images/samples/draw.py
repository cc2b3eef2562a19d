"""Draw the invented course pictures with Pillow (fixed seeds: the same pixels on every run)."""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from PIL.PngImagePlugin import PngInfo

from medsocial.images import jpeg
from medsocial.images.samples import FILES
from medsocial.images.tiff import ASCII, BYTE, RATIONAL, SHORT, build_exif

# Invented people, places and devices: nothing here is real.
AUTHOR = "Dr Camille Martin"
PATIENT = ("DUPONT Jeanne", "12/03/1961", "S21-12345")

# Regions of the pictures, (x0, y0, x1, y1) in pixels; the graded assignment reads them to check
# which boxes a resident drew (medsocial/grading/image.py).
LABEL_BOX = (45, 55, 415, 245)  # slide_label: the paper label with the patient's name
TISSUE_BOX = (470, 70, 800, 235)  # slide_label: the stained tissue
FACE_BOX = (225, 100, 415, 360)  # clinical_face: the face
LESION_BOX = (180, 330, 260, 420)  # clinical_face: the lesion the photo is about


def font(size: int) -> ImageFont.FreeTypeFont:
    """Pillow's bundled font: the same glyphs on every machine, no system font needed."""
    return ImageFont.load_default(size=size)  # type: ignore[return-value]


def _blob(
    rng: random.Random, cx: float, cy: float, r: float, points: int = 24
) -> list[tuple[float, float]]:
    import math

    out = []
    for i in range(points):
        angle = 2 * math.pi * i / points
        radius = r * rng.uniform(0.75, 1.15)
        out.append((cx + radius * math.cos(angle), cy + 0.8 * radius * math.sin(angle)))
    return out


def _jpeg_bytes(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _with_segments(data: bytes, extra: list[tuple[int, bytes]]) -> bytes:
    """Insert segments (marker, payload) right after the JFIF header, as phones do."""
    segs, _ = jpeg.segments(data)
    cut = segs[0].end  # end of APP0 JFIF written by Pillow
    raw = b"".join(bytes([0xFF, m]) + struct.pack(">H", len(p) + 2) + p for m, p in extra)
    return data[:cut] + raw + data[cut:]


def _iptc(records: dict[int, str]) -> bytes:
    """A Photoshop APP13 payload holding one IPTC-NAA resource."""
    iptc = b"".join(
        b"\x1c\x02" + bytes([k]) + struct.pack(">H", len(v.encode())) + v.encode()
        for k, v in records.items()
    )
    resource = b"8BIM\x04\x04\0\0" + struct.pack(">I", len(iptc)) + iptc + b"\0" * (len(iptc) % 2)
    return b"Photoshop 3.0\0" + resource


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmp:CreateDate="2025-11-14T10:42:17+01:00" xmp:CreatorTool="PixelCam 4.2.1"
 tiff:Make="Pixelfone" tiff:Model="PF-12 Pro"
 exif:GPSLatitude="45,45.472N" exif:GPSLongitude="4,50.320E">
<dc:creator><rdf:Seq><rdf:li>Dr Camille Martin</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def gross_phone_photo() -> bytes:
    """A gross specimen on a cutting board with a ruler, as a phone would save it (full metadata)."""
    rng = random.Random(4)
    full = Image.new("RGB", (1000, 600), (196, 160, 116))
    draw = ImageDraw.Draw(full)
    for _ in range(90):  # wood grain
        y = rng.uniform(0, 600)
        shade = rng.randint(150, 185)
        draw.line(
            [(0, y), (1000, y + rng.uniform(-25, 25))],
            fill=(shade, shade - 40, shade - 85),
            width=2,
        )
    draw.polygon(_blob(rng, 380, 270, 190), fill=(172, 92, 88), outline=(120, 52, 50))
    draw.polygon(_blob(rng, 370, 260, 110), fill=(222, 196, 150))  # cut surface
    draw.polygon(_blob(rng, 420, 300, 45, 16), fill=(236, 226, 200))  # pale nodule
    for _ in range(300):
        x, y = rng.uniform(230, 520), rng.uniform(150, 380)
        draw.point((x, y), fill=(140, 60, 60))
    draw.rectangle((60, 500, 700, 560), fill=(245, 232, 120), outline=(90, 80, 40))  # ruler
    for i in range(0, 61):
        x = 70 + i * 10
        draw.line(
            [(x, 500), (x, 512 if i % 10 else 525)],
            fill=(20, 20, 20),
            width=2 if i % 10 == 0 else 1,
        )
        if i % 10 == 0:
            draw.text((x - 4, 530), str(i // 10), fill=(20, 20, 20), font=font(18))
    # The requisition sheet the "crop" removes: the EXIF thumbnail still shows it.
    draw.rectangle((810, 80, 990, 330), fill=(250, 250, 250), outline=(80, 80, 80))
    for line, y in zip(PATIENT, (110, 170, 230), strict=True):
        draw.text((825, y), line, fill=(10, 10, 10), font=font(22))
    photo = full.crop((0, 0, 800, 600)).filter(ImageFilter.GaussianBlur(0.8))
    thumb = full.resize((200, 120), Image.Resampling.LANCZOS)
    exif = build_exif(
        ifd0={
            0x010F: (ASCII, "Pixelfone"),
            0x0110: (ASCII, "PF-12 Pro"),
            0x0112: (SHORT, 1),
            0x0131: (ASCII, "PixelCam 4.2.1"),
            0x0132: (ASCII, "2025:11:14 10:42:17"),
            0x013B: (ASCII, AUTHOR),
            0x8298: (ASCII, "Camille Martin"),
        },
        exif={
            0x9003: (ASCII, "2025:11:14 10:42:17"),
            0x9004: (ASCII, "2025:11:14 10:42:17"),
            0x9011: (ASCII, "+01:00"),
            0xA430: (ASCII, AUTHOR),
            0xA431: (ASCII, "PF12-0042-7781"),
        },
        gps={
            0x0000: (BYTE, bytes([2, 3, 0, 0])),
            0x0001: (ASCII, "N"),
            0x0002: (RATIONAL, [(45, 1), (45, 1), (2832, 100)]),
            0x0003: (ASCII, "E"),
            0x0004: (RATIONAL, [(4, 1), (50, 1), (1920, 100)]),
            0x0005: (BYTE, b"\0"),
            0x0006: (RATIONAL, [(172, 1)]),
            0x001D: (ASCII, "2025:11:14"),
        },
        thumbnail=_jpeg_bytes(thumb, 80),
    )
    return _with_segments(
        _jpeg_bytes(photo),
        [
            (jpeg.APP1, b"Exif\0\0" + exif),
            (jpeg.APP1, jpeg.XMP_ID + XMP.encode()),
            (jpeg.APP13, _iptc({80: AUTHOR, 90: "Lyon", 55: "20251114"})),
            (jpeg.COM, b"Specimen photo, bench 3, C. Martin"),
        ],
    )


def slide_label() -> Image.Image:
    """A glass slide with H&E-pink tissue and a paper label (invented name, birth date, number)."""
    rng = random.Random(7)
    image = Image.new("RGB", (900, 300), (58, 60, 66))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (30, 40, 870, 260), radius=6, fill=(214, 224, 229), outline=(170, 180, 186)
    )
    draw.rectangle(LABEL_BOX, fill=(252, 252, 246), outline=(200, 200, 190))
    for line, y in zip(PATIENT, (70, 128, 186), strict=True):
        draw.text((62, y), line, fill=(15, 15, 15), font=font(40))
    for cx, cy, r in ((560, 150, 80), (720, 140, 70), (640, 200, 40)):
        draw.polygon(_blob(rng, cx, cy, r, 30), fill=(232, 150, 190))
    for _ in range(900):
        x0, y0, x1, y1 = TISSUE_BOX
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if image.getpixel((int(x), int(y))) == (232, 150, 190):
            draw.ellipse((x, y, x + 3, y + 3), fill=(110, 60, 150))
    return image


def cassette() -> Image.Image:
    """A tissue cassette with its printed number."""
    image = Image.new("RGB", (600, 400), (70, 72, 78))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (60, 60, 540, 340), radius=14, fill=(46, 150, 140), outline=(25, 95, 90), width=3
    )
    draw.rectangle((80, 80, 520, 170), fill=(78, 182, 170))  # slanted writing face, lit
    draw.text((110, 98), "H2023-1187", fill=(10, 10, 10), font=font(54))
    for row in range(4):
        for col in range(12):
            x, y = 95 + col * 36, 195 + row * 34
            draw.rectangle((x, y, x + 22, y + 20), fill=(20, 70, 66))
    return image


def post_screenshot() -> tuple[Image.Image, PngInfo]:
    """A social media post as a phone screenshot, with the text chunks screenshot apps add."""
    image = Image.new("RGB", (600, 420), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 76, 76), fill=(90, 130, 200))
    draw.text((38, 32), "CM", fill=(255, 255, 255), font=font(20))
    draw.text((90, 22), AUTHOR, fill=(15, 20, 25), font=font(22))
    draw.text((90, 50), "@cmartin_path · 2h", fill=(100, 110, 120), font=font(18))
    text = [
        "Fascinating case this morning!",
        "Look at this beautiful pattern.",
        "#pathology #histology",
    ]
    for i, line in enumerate(text):
        draw.text((20, 92 + 28 * i), line, fill=(15, 20, 25), font=font(20))
    draw.rounded_rectangle((20, 185, 580, 370), radius=12, fill=(236, 170, 200))
    rng = random.Random(11)
    for _ in range(160):
        x, y = rng.uniform(30, 570), rng.uniform(195, 360)
        draw.ellipse((x, y, x + 6, y + 6), fill=(120, 70, 160))
    draw.text((20, 385), "Like 42    Repost 7    Reply 3", fill=(100, 110, 120), font=font(18))
    info = PngInfo()
    info.add_text("Software", "SnapShot 3.1 (Pixelfone PF-12 Pro)")
    info.add_text("Author", AUTHOR)
    info.add_itxt("Description", "Screenshot, CHU ward 4B, patient bed 12", lang="en")
    info.add_text("Comment", "sent to C. Martin", zip=True)
    info.add(b"tIME", struct.pack(">HBBBBB", 2025, 11, 14, 18, 5, 0))
    return image, info


def clinical_face() -> Image.Image:
    """A clinical photo with a drawn face (invented), for face detection exercises."""
    image = Image.new("RGB", (640, 480), (180, 196, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 380, 640, 480), fill=(120, 150, 190))  # gown
    draw.ellipse((200, 60, 440, 380), fill=(90, 60, 40))  # hair
    draw.ellipse(FACE_BOX, fill=(228, 190, 160))  # face
    for x in (265, 345):
        draw.rectangle((x - 5, 178, x + 45, 186), fill=(70, 45, 30))  # eyebrows
        draw.ellipse((x, 200, x + 40, 222), fill=(250, 250, 250))
        draw.ellipse((x + 12, 202, x + 30, 220), fill=(50, 35, 25))
    draw.polygon([(320, 215), (306, 280), (334, 280)], fill=(210, 165, 135))  # nose
    draw.ellipse((290, 300, 350, 322), fill=(170, 80, 80))  # mouth
    draw.ellipse(LESION_BOX, fill=(196, 110, 110))  # the lesion the photo is about
    return image.filter(ImageFilter.GaussianBlur(2))


def _face_exif() -> bytes:
    return build_exif(
        {0x010F: (ASCII, "Pixelfone"), 0x0110: (ASCII, "PF-12 Pro")},
        exif={0x9003: (ASCII, "2025:11:20 09:15:03"), 0xA431: (ASCII, "PF12-0042-7781")},
    )


def generate(folder: Path) -> dict[str, Path]:
    """Draw every sample into `folder`; return name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / file for name, file in FILES.items()}
    paths["gross_phone_photo"].write_bytes(gross_phone_photo())
    slide_label().save(paths["slide_label"], optimize=True)
    cassette().save(paths["cassette"], optimize=True)
    screenshot, info = post_screenshot()
    screenshot.save(paths["post_screenshot"], pnginfo=info, optimize=True)
    face = _jpeg_bytes(clinical_face(), 85)
    paths["clinical_face"].write_bytes(
        _with_segments(face, [(jpeg.APP1, b"Exif\0\0" + _face_exif())])
    )
    return paths
