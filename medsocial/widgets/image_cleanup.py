"""Image clean-up: see an image's metadata, cover labels and faces, check, download the result."""

from __future__ import annotations

import base64
import html
import io
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

Box = tuple[int, int, int, int]

SAMPLES = {
    "gross_phone_photo": "Gross specimen photographed with a phone",
    "slide_label": "Glass slide with its paper label",
    "cassette": "Tissue cassette",
    "post_screenshot": "Screenshot of a post",
    "clinical_face": "Clinical photo with a face",
}
MAX_BOXES = 4
COVERED = 0.98  # share of a label or face that must be under a black box


@dataclass(frozen=True)
class Check:
    """One line of the final check."""

    label: str
    ok: bool
    detail: str


def coverage(target: Box, boxes: Sequence[Box]) -> float:
    """Share (0-1) of `target` covered by the union of `boxes`, sampled on a fine grid."""
    x0, y0, x1, y1 = target
    if x1 <= x0 or y1 <= y0:
        return 1.0
    step = max(1, min(x1 - x0, y1 - y0) // 40)
    points = [(x + 0.5, y + 0.5) for x in range(x0, x1, step) for y in range(y0, y1, step)]
    inside = sum(any(b[0] <= x < b[2] and b[1] <= y < b[3] for b in boxes) for x, y in points)
    return inside / len(points)


def run_checks(
    proposals: Sequence[tuple[Box, str]], boxes: Sequence[Box], metadata_left: list[str]
) -> list[Check]:
    """Checks on a cleaned image: every label and face found on the original covered, no metadata."""
    checks = []
    for target, reason in proposals:
        share = coverage(target, boxes)
        ok = share >= COVERED
        detail = "covered" if ok else f"only {share:.0%} covered: widen a box over it"
        checks.append(Check(reason, ok, detail))
    if metadata_left:
        checks.append(Check("Metadata", False, "still in the file: " + ", ".join(metadata_left)))
    else:
        checks.append(Check("Metadata", True, "none left in the cleaned file"))
    return checks


def metadata_html(report: object) -> str:
    """The metadata report as an HTML table (escaped), most identifying first."""
    if report.clean:
        return "<p>No identifying metadata in this file. Check the picture itself for labels and faces.</p>"
    rows = "".join(
        f"<tr><td>{html.escape(risk)}</td><td>{html.escape(i.tag)}</td>"
        f"<td>{html.escape(i.value[:80])}</td><td>{html.escape(i.explanation)}</td></tr>"
        for risk, items in report.groups().items()
        for i in items
    )
    return (
        f"<p><b>{len(report.items)} item(s) of metadata could identify the patient, you or the place.</b> "
        "The clean-up removes them all.</p>"
        '<table class="ms-metadata"><tr><th>Risk</th><th>Tag</th><th>Value</th><th>Why it matters</th></tr>'
        f"{rows}</table>"
    )


def checks_html(checks: Sequence[Check]) -> str:
    """The check list as HTML with a verdict line."""
    ok = all(c.ok for c in checks)
    head = (
        "Ready to share: everything found is covered and the metadata is gone."
        if ok
        else "Not ready yet:"
    )
    rows = "".join(
        f'<li data-ok="{str(c.ok).lower()}">{"✔" if c.ok else "✘"} {html.escape(c.label)}: {html.escape(c.detail)}</li>'
        for c in checks
    )
    state = "safe" if ok else "unsafe"
    return f'<div class="ms-verdict" data-state="{state}" role="status"><b>{head}</b></div><ul>{rows}</ul>'


def preview_png(path: Path, boxes: Sequence[Box], max_width: int = 640) -> bytes:
    """The picture as displayed, with the boxes drawn as outlines, as PNG bytes."""
    from PIL import Image, ImageDraw, ImageOps

    with Image.open(path) as image:
        shown = ImageOps.exif_transpose(image).convert("RGB")
    draw = ImageDraw.Draw(shown)
    for box in boxes:
        draw.rectangle(box, outline=(255, 0, 0), width=3)
    if shown.width > max_width:
        shown.thumbnail((max_width, max_width * shown.height // shown.width))
    out = io.BytesIO()
    shown.save(out, "PNG")
    return out.getvalue()


def download_link(path: Path) -> str:
    """An HTML download link holding the file as a data: URL (works in Voila and JupyterLab)."""
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    mime = "image/png" if path.suffix == ".png" else "image/jpeg"
    return (
        f'<a download="{html.escape(path.name)}" href="data:{mime};base64,{data}">'
        f"Download the cleaned image ({path.stat().st_size // 1024 + 1} KB)</a>"
    )


class ImageCleanup:
    """The widget: choose or upload an image, place boxes with sliders, clean, check, download."""

    def __init__(self, sample: str = "slide_label") -> None:
        import ipywidgets as w

        self._w = w
        self.workdir = Path(tempfile.mkdtemp(prefix="medsocial-cleanup-"))
        self.picker = w.Dropdown(
            options=[(v, k) for k, v in SAMPLES.items()], value=sample, description="Image"
        )
        self.upload = w.FileUpload(
            accept="image/jpeg,image/png", multiple=False, description="Upload yours"
        )
        self.metadata = w.HTML()
        # An HTML <img> rather than widgets.Image, which cannot carry alt text.
        self.preview = w.HTML()
        self.box_rows = []
        for n in range(MAX_BOXES):
            use = w.Checkbox(
                description=f"Box {n + 1}", value=False, indent=False, layout=w.Layout(width="6em")
            )
            xs = w.IntRangeSlider(description="left–right", continuous_update=False)
            ys = w.IntRangeSlider(description="top–bottom", continuous_update=False)
            for control in (use, xs, ys):
                control.observe(self._redraw, names="value")
            self.box_rows.append((use, xs, ys))
        self.propose = w.Button(
            description="Find labels and faces", tooltip="Reads the picture (a few seconds)"
        )
        self.clean = w.Button(description="Clean and check", button_style="primary")
        self.status = w.HTML()
        self.result = w.HTML()
        self.picker.observe(lambda change: self.load(self._sample(change["new"])), names="value")
        self.upload.observe(self._uploaded, names="value")
        self.propose.on_click(lambda _b: self.propose_boxes())
        self.clean.on_click(lambda _b: self.clean_and_check())
        boxes = [w.HBox(list(row)) for row in self.box_rows]
        self.widget = w.VBox(
            [
                w.HBox([self.picker, self.upload]),
                self.metadata,
                self.preview,
                self.propose,
                *boxes,
                self.clean,
                self.status,
                self.result,
            ]
        )
        self.load(self._sample(sample))

    @staticmethod
    def _sample(name: str) -> Path:
        from medsocial.images.samples import sample_path

        return sample_path(name)

    def load(self, path: Path) -> None:
        """Show `path`: metadata report, preview, sliders sized to the picture."""
        from medsocial.images import ImageError, inspect

        try:
            report = inspect(path)
        except ImageError as error:
            self.status.value = f"<p><b>This file cannot be used:</b> {html.escape(str(error))}</p>"
            return
        self.path, self.proposals = path, None
        self.metadata.value = metadata_html(report)
        for use, xs, ys in self.box_rows:
            use.value = False
            xs.max, ys.max = report.width, report.height
            xs.value, ys.value = (0, report.width // 4), (0, report.height // 4)
        self.status.value = self.result.value = ""
        self._redraw()

    def _uploaded(self, change: dict) -> None:
        if not change["new"]:
            return
        item = change["new"][0]
        # Keep only the extension of the resident's file name: the name itself may identify.
        suffix = Path(item["name"]).suffix.lower() or ".img"
        dst = self.workdir / f"upload{suffix}"
        dst.write_bytes(bytes(item["content"]))
        self.load(dst)

    def boxes(self) -> list[Box]:
        """The boxes the resident has switched on, in picture pixels."""
        return [
            (xs.value[0], ys.value[0], xs.value[1], ys.value[1])
            for use, xs, ys in self.box_rows
            if use.value
        ]

    def _redraw(self, _change: object = None) -> None:
        data = base64.b64encode(preview_png(self.path, self.boxes())).decode("ascii")
        count = len(self.boxes())
        self.preview.value = (
            f'<img src="data:image/png;base64,{data}" style="max-width: 100%" '
            f'alt="The chosen image with {count} redaction box(es) outlined in red">'
        )

    def _scan(self) -> list[tuple[Box, str]]:
        from medsocial.images import scan

        if self.proposals is None:
            self.proposals = [(p.box, p.reason) for p in scan(self.path).proposals]
        return self.proposals

    def propose_boxes(self) -> None:
        """Place the first boxes over the labels and faces the engine finds."""
        self.status.value = "<p>Reading the picture…</p>"
        proposals = self._scan()
        for (use, xs, ys), (box, _reason) in zip(self.box_rows, proposals, strict=False):
            xs.value, ys.value = (
                (max(0, box[0]), min(xs.max, box[2])),
                (max(0, box[1]), min(ys.max, box[3])),
            )
            use.value = True
        extra = len(proposals) - MAX_BOXES
        note = (
            f" {extra} more than there are boxes: clean, then load the result again."
            if extra > 0
            else ""
        )
        self.status.value = f"<p>{len(proposals)} area(s) to cover found.{html.escape(note)}</p>"

    def clean_and_check(self) -> list[Check]:
        """Write the cleaned image, run the checks and offer the download."""
        from medsocial.images import ImageError, inspect, redact, strip_metadata

        suffix = ".png" if self.path.suffix.lower() == ".png" else ".jpg"
        dst = self.workdir / f"cleaned{suffix}"
        dst.unlink(missing_ok=True)
        boxes = self.boxes()
        try:
            if boxes:  # redact re-encodes: it also drops every piece of metadata
                redact(self.path, dst, boxes)
            else:
                strip_metadata(self.path, dst)
        except ImageError as error:
            self.result.value = (
                f"<p><b>The image could not be cleaned:</b> {html.escape(str(error))}</p>"
            )
            return []
        left = [i.tag for i in inspect(dst).items]
        checks = run_checks(self._scan(), boxes, left)
        self.status.value = ""
        self.result.value = checks_html(checks) + download_link(dst)
        return checks

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
