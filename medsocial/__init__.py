"""medsocial: the engine of the course on professional and safe social media for residents.

`import medsocial` stays light (no pandas, matplotlib or ipywidgets): every keystroke of the
composer widget and every autograded notebook imports it. Heavy parts load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
