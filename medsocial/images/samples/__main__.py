"""Redraw the course pictures: `python -m medsocial.images.samples [FOLDER]` (default: the package)."""

from __future__ import annotations

import sys
from pathlib import Path

from medsocial.images.samples import HERE
from medsocial.images.samples.draw import generate

if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for name, path in generate(folder).items():
        print(f"{name}: {path} ({path.stat().st_size // 1024} KB)")
