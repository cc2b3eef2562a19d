"""medsocial: the engine of the course on professional and safe social media for residents.

`import medsocial` stays light (no pandas, matplotlib or ipywidgets): every keystroke of the
composer widget and every autograded notebook imports it. Heavy parts load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Public name -> module that defines it; imported on first access (PEP 562) so that
# `import medsocial` costs nothing until the checker or the anatomy is used.
_LAZY = {
    "check_post": "medsocial.checker",
    "Report": "medsocial.checker",
    "Finding": "medsocial.checker",
    "analyze_post": "medsocial.anatomy",
    "PostAnatomy": "medsocial.anatomy",
    "PLATFORMS": "medsocial.anatomy",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'medsocial' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
