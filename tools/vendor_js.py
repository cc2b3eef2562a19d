"""Vendor the book's JavaScript from the npm registry, so the built book loads nothing from a CDN.

Jupyter Book 1 pages load require.js, the Jupyter widgets HTML manager and MathJax from CDNs by
default; hospital networks often block them. This packs pinned versions with `npm pack`, checks each
tarball against its pinned sha512 integrity and copies only the needed files to assets/vendor/
(git-ignored; Sphinx copies it under _static/). Run again only when a pin changes.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "assets" / "vendor"
STAMP = VENDOR / "vendor.json"


@dataclass(frozen=True)
class Package:
    """One pinned npm package and the files of it the book needs."""

    spec: str
    integrity: str
    folder: str  # destination under assets/vendor/
    keep: tuple[str, ...]  # glob patterns of files inside the tarball's package/ folder


PACKAGES = (
    Package(
        "requirejs@2.3.8",
        "sha512-7/cTSLOdYkNBNJcDMWf+luFvMriVm7eYxp4BcFCsAX0wF421Vyce5SXP17c+Jd5otXKGNehIonFlyQXSowL6Mw==",
        "requirejs",
        ("require.js", "LICENSE"),
    ),
    Package(
        # The 1.0.x line is the one that matches ipywidgets 8.
        "@jupyter-widgets/html-manager@1.0.15",
        "sha512-5thBIV6ymNgmPVOHvzx+gGy8ZSKmSazhtGw4/c4xJDVzRhG9PTeQsRjF3FUTopvFi//SABeNz1yp47bCrJ3CQA==",
        "html-manager",
        # The loader and the icon fonts it fetches relative to itself.
        (
            "dist/embed-amd.js",
            "dist/*.woff2",
            "dist/*.woff",
            "dist/*.ttf",
            "dist/*.eot",
            "dist/*.svg",
            "LICENSE",
        ),
    ),
    Package(
        "mathjax@3.2.2",
        "sha512-Bt+SSVU8eBG27zChVewOicYs7Xsdt40qm4+UpHyX7k0/O9NliPc+x77k1/FEsPsjKPZGJvtRZM1vO+geW0OhGw==",
        "mathjax",
        # The combined component plus what it loads lazily: fonts, TeX extensions, menu, a11y.
        (
            "es5/tex-mml-chtml.js",
            "es5/output/*",
            "es5/input/tex/extensions/*",
            "es5/ui/*",
            "es5/a11y/*",
            "LICENSE",
        ),
    ),
)


def sha512_integrity(path: Path) -> str:
    """Return the npm-style Subresource Integrity string of a file."""
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode()


def npm_pack(spec: str, dest: Path) -> Path:
    """Download one package tarball from the npm registry with `npm pack`; return its path."""
    if shutil.which("npm") is None:
        sys.exit(
            "npm is missing: install Debian's 'npm' package (apt-get install npm), then run again."
        )
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(dest)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dest / json.loads(out.stdout)[0]["filename"]


def extract(package: Package, tarball: Path) -> None:
    """Copy the kept files of a checked tarball into assets/vendor/<folder>/."""
    target = VENDOR / package.folder
    shutil.rmtree(target, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            relative = member.name.removeprefix("package/")
            if not member.isfile() or not any(fnmatch.fnmatch(relative, k) for k in package.keep):
                continue
            if package.folder == "html-manager":
                relative = relative.removeprefix("dist/")
            elif package.folder == "mathjax":
                relative = relative.removeprefix("es5/")
            out = target / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            assert source is not None
            out.write_bytes(source.read())


def main() -> int:
    """Vendor every pinned package unless the stamp shows they are already in place."""
    wanted = {p.spec: p.integrity for p in PACKAGES}
    if STAMP.exists() and json.loads(STAMP.read_text()) == wanted:
        print("vendored JavaScript is up to date")
        return 0
    VENDOR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for package in PACKAGES:
            tarball = npm_pack(package.spec, Path(tmp))
            found = sha512_integrity(tarball)
            if found != package.integrity:
                sys.exit(
                    f"{package.spec}: integrity mismatch (expected {package.integrity}, got {found})"
                )
            extract(package, tarball)
            print(f"vendored {package.spec}")
    STAMP.write_text(json.dumps(wanted, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
