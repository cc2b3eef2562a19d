"""Sphinx extension: rebuild what depends on files Sphinx does not track.

- Sphinx copies html_static_path only when some page is rewritten, so an edit to assets/js or
  assets/css alone would never reach _build/html. A digest of those files in html_context makes
  Sphinx see a changed configuration and rewrite (not re-execute) every page.
- The execution cache keys a notebook on its own code only, so after a change to the engine
  (medsocial/) the chapters and exercises would keep showing the old engine's output. The cache
  lives in a folder named after a digest of the engine: a changed engine means a fresh cache,
  and every notebook runs again.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

ASSET_FOLDERS = ("assets/js", "assets/css")  # written by us; assets/vendor is pinned by version
ENGINE_FOLDER = "medsocial"
CACHE_PREFIX = "engine-"


def digest(root: Path, folders: Iterable[str]) -> str:
    """Return a short digest of the path and content of every file under `folders`."""
    hasher = hashlib.sha256()
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                hasher.update(path.relative_to(root).as_posix().encode())
                hasher.update(path.read_bytes())
    return hasher.hexdigest()[:16]


def engine_cache(app: Sphinx, engine_digest: str) -> Path:
    """Return the cache folder for this engine, removing those of older engines."""
    caches = Path(app.outdir).parent / ".jupyter_cache"
    if caches.is_dir():
        for old in caches.glob(f"{CACHE_PREFIX}*"):
            if old.name != CACHE_PREFIX + engine_digest:
                shutil.rmtree(old, ignore_errors=True)
    return caches / (CACHE_PREFIX + engine_digest)


def add_digests(app: Sphinx, config: Config) -> None:
    """Record both digests in configuration values that Sphinx compares between builds."""
    root = Path(app.confdir)
    config.html_context = {
        **config.html_context,
        "course_assets_digest": digest(root, ASSET_FOLDERS),
    }
    if not config.nb_execution_cache_path:  # an explicit setting wins
        config.nb_execution_cache_path = str(engine_cache(app, digest(root, [ENGINE_FOLDER])))


def setup(app: Sphinx) -> dict[str, object]:
    """Register the hook."""
    app.connect("config-inited", add_digests)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
