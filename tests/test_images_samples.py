"""The course pictures: reproducible, small, invented, and `import medsocial.images` stays cheap."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from images_fixtures import pixels

from medsocial.images.samples import NAMES, sample_path
from medsocial.images.samples.draw import generate


def test_regenerating_gives_identical_pixels(tmp_path):
    fresh = generate(tmp_path)
    for name in NAMES:
        assert np.array_equal(pixels(sample_path(name)), pixels(fresh[name])), name


def test_samples_are_small():
    assert sum(sample_path(n).stat().st_size for n in NAMES) < 400_000


def test_unknown_sample_name_is_explained():
    with pytest.raises(KeyError, match="gross_phone_photo"):
        sample_path("nope")


def test_import_is_cheap():
    code = "import sys, medsocial.images, medsocial.images.samples; print(sorted(m for m in ('PIL','cv2','numpy','pytesseract') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
