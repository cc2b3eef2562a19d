"""Sphinx extension: rebuild the pages when the book's own static assets change.

Sphinx copies html_static_path only when some page is rewritten, so an edit to
assets/js or assets/css alone would never reach _build/html. A digest of those files in
html_context makes Sphinx see a changed configuration and rewrite (not re-execute) every page.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

WATCHED = ("js", "css")  # folders of assets/ written by us (vendor/ is pinned by version)


def assets_digest(assets: Path) -> str:
    """Return a short digest of every watched asset file's path and content."""
    digest = hashlib.sha256()
    for folder in WATCHED:
        for path in sorted((assets / folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(assets).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def add_digest(app: Sphinx, config: Config) -> None:
    """Put the digest in html_context, which Sphinx compares between builds."""
    config.html_context = {
        **config.html_context,
        "course_assets_digest": assets_digest(Path(app.confdir) / "assets"),
    }


def setup(app: Sphinx) -> dict[str, object]:
    """Register the hook."""
    app.connect("config-inited", add_digest)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
