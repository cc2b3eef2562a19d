"""`medsocial image`: inspect, strip, redact and scan pictures before posting them."""

from __future__ import annotations

import argparse
import json
import sys

from medsocial.images.errors import ImageError


def _box(text: str) -> tuple[int, int, int, int]:
    try:
        x0, y0, x1, y1 = (int(v) for v in text.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"a box is four whole numbers x0,y0,x1,y1 (got {text!r})"
        ) from exc
    return x0, y0, x1, y1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the image actions and their options."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("inspect", help="list what in the file could identify someone")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p = actions.add_parser(
        "strip", help="write a copy without metadata (JPEG/PNG: pixels untouched)"
    )
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--overwrite", action="store_true", help="replace DST if it already exists")
    p.add_argument(
        "--in-place", action="store_true", help="allow DST to be SRC (replaces the original)"
    )
    p.add_argument("--keep-colour-profile", action="store_true", help="keep the ICC colour profile")
    p = actions.add_parser("redact", help="cover boxes with solid black and write a clean copy")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--box", type=_box, action="append", required=True, metavar="X0,Y0,X1,Y1",
                   help="area to cover, in pixels (repeat for several boxes)")  # fmt: skip
    p.add_argument("--overwrite", action="store_true", help="replace DST if it already exists")
    p.add_argument(
        "--in-place", action="store_true", help="allow DST to be SRC (replaces the original)"
    )
    p = actions.add_parser("scan", help="find text and faces, and propose boxes to cover")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def _inspect(args: argparse.Namespace) -> int:
    from medsocial.images import inspect
    from medsocial.images.report import RISKS

    report = inspect(args.path)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return 1 if report.items else 0
    print(f"{report.path}: {report.format}, {report.width}x{report.height} pixels")
    for note in report.notes:
        print(f"Note: {note}")
    if report.clean:
        print(
            "Nothing identifying found in the file's metadata (look at the pixels too: labels, faces)."
        )
        return 0
    for risk, items in report.groups().items():
        print(f"\n{risk.upper()}: {RISKS[risk]}")
        for item in items:
            print(f"  - {item.tag}: {item.value}")
    print(f"\nRemove it with: medsocial image strip {args.path} CLEAN_COPY")
    return 1


def _strip(args: argparse.Namespace) -> int:
    from medsocial.images import strip_metadata

    result = strip_metadata(args.src, args.dst, overwrite=args.overwrite, in_place=args.in_place,
                            keep_icc=args.keep_colour_profile)  # fmt: skip
    print(f"Wrote {result.dst} ({result.format}, {result.how}).")
    for item in result.removed:
        print(f"  removed: {item}")
    for note in result.notes:
        print(f"Note: {note}")
    return 0


def _redact(args: argparse.Namespace) -> int:
    from medsocial.images import redact

    result = redact(args.src, args.dst, args.box, overwrite=args.overwrite, in_place=args.in_place)
    boxes = "; ".join(",".join(map(str, b)) for b in result.boxes)
    print(f"Wrote {result.dst} ({result.format}, no metadata): covered {boxes}.")
    for note in result.notes:
        print(f"Note: {note}")
    return 0


def _scan(args: argparse.Namespace) -> int:
    from medsocial.images import scan

    result = scan(args.path)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return 1 if result.proposals else 0
    for note in result.notes:
        print(f"Note: {note}")
    print(f"Text found: {len(result.text)} line(s); faces found: {len(result.faces)}.")
    for line in result.text:
        print(f"  text {','.join(map(str, line.box))}: {line.text}")
    if not result.proposals:
        print(
            "Nothing to cover was found (the tools can miss things: look at the picture yourself)."
        )
        return 0
    print("Proposed boxes to cover:")
    for p in result.proposals:
        print(f"  --box {','.join(map(str, p.box))}   ({p.reason})")
    print(f"Cover them with: medsocial image redact {args.path} CLEAN_COPY --box ...")
    return 1


def run(args: argparse.Namespace) -> int:
    """Run one image action; 0 = fine, 1 = something found or refused."""
    action = {"inspect": _inspect, "strip": _strip, "redact": _redact, "scan": _scan}[args.action]
    try:
        return action(args)
    except ImageError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
