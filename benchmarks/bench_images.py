"""Time the image engine on a 12-megapixel phone-like JPEG generated in the run.

Usage: .venv/bin/python benchmarks/bench_images.py [--repeat N]
Prints the time of `strip_metadata` (lossless, byte level) against Pillow decode + re-encode of
the same file into the same folder measured in the same run (target ratio: at least 10x), then `redact` and `find_text`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

from medsocial.images import find_text, redact, strip_metadata
from medsocial.images.samples import sample_path
from medsocial.images.samples.draw import font


def make_photo(path: Path) -> None:
    """A 4000x3000 JPEG with texture, a printed label and the phone photo's full metadata."""
    small = Image.open(sample_path("gross_phone_photo"))
    photo = small.resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")  # sensor-like grain: realistic size
    photo = Image.blend(photo, noise, 0.2)
    ImageDraw.Draw(photo).text((2600, 300), "S21-12345", fill=(0, 0, 0), font=font(160))
    exif = small.info["exif"]
    photo.save(path, "JPEG", quality=92, exif=exif, comment=b"Dr Camille Martin")


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Generate the photo, time each operation, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "photo.jpg"
        make_photo(src)
        size = src.stat().st_size

        def strip() -> None:
            strip_metadata(src, folder / "clean.jpg", overwrite=True)

        def reencode() -> None:
            with Image.open(src) as image:
                image.load()
                image.save(folder / "pillow.jpg", "JPEG", quality=92)

        def red() -> None:
            redact(src, folder / "red.jpg", [(2500, 200, 3800, 500)], overwrite=True)

        t_strip = timed(strip, args.repeat)
        t_pillow = timed(reencode, args.repeat)
        t_redact = timed(red, max(1, args.repeat // 2))
        t_ocr = timed(lambda: find_text(src), 1)
        print(f"12-megapixel JPEG (4000x3000, {size / 1e6:.1f} MB), median of {args.repeat} runs")
        print(f"strip_metadata (lossless):        {t_strip * 1000:8.1f} ms")
        print(f"Pillow decode + re-encode:        {t_pillow * 1000:8.1f} ms")
        print(f"ratio (re-encode / strip):        {t_pillow / t_strip:8.1f}x  (target >= 10x)")
        print(f"redact (1 box, JPEG out):         {t_redact * 1000:8.1f} ms")
        print(f"find_text (Tesseract eng+fra):    {t_ocr * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
