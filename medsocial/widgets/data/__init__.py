"""Exercise content (posts with gold answers, profile rules, quiz scenarios) as JSON files."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_json(name: str) -> Any:
    """Parse one of this package's JSON files, e.g. load_json("spot_posts.json")."""
    return json.loads(resources.files(__name__).joinpath(name).read_text("utf-8"))
