"""`medsocial check`: find what could identify a patient in a post (exit 1 unsafe, 0 safe, 2 bad usage)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare TEXT, -f FILE, --lang and --json."""
    parser.add_argument(
        "text", nargs="?", help="the post to check, or - to read it from standard input"
    )
    parser.add_argument("-f", "--file", type=Path, help="read the post from this UTF-8 text file")
    parser.add_argument(
        "--lang", choices=["fr", "en"], help="language of the post (default: detect)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def _read(args: argparse.Namespace) -> str | None:
    """The post text from the argument, the file or standard input; None with a message if unusable."""
    if args.file is not None and args.text is not None:
        print("Give the post either as TEXT or with -f FILE, not both.", file=sys.stderr)
        return None
    if args.file is not None:
        try:
            return args.file.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"Cannot read {args.file}: {exc.strerror or exc}.", file=sys.stderr)
        except UnicodeDecodeError:
            print(
                f"{args.file} is not UTF-8 text. Save it as UTF-8 and try again.", file=sys.stderr
            )
        return None
    if args.text == "-":
        return sys.stdin.read()
    if args.text is None:
        print(
            'Give the post to check: medsocial check "TEXT", -f FILE, or - for standard input.',
            file=sys.stderr,
        )
        return None
    return args.text


def run(args: argparse.Namespace) -> int:
    """Print each finding with its position, message and suggestion; return the exit code."""
    from medsocial.checker import check_post

    text = _read(args)
    if text is None:
        return 2
    report = check_post(text, lang=args.lang)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0 if report.safe else 1
    fr = report.lang == "fr"
    for f in report.findings:
        level = (
            ("À CORRIGER" if fr else "FIX")
            if f.severity == "block"
            else ("CONSEIL" if fr else "ADVICE")
        )
        print(f"{f.start}-{f.end} {level} {f.kind} \u00ab{f.text}\u00bb: {f.message}")
        if f.suggestion:
            print(f"    {'suggestion' if not fr else 'à la place'}: {f.suggestion}")
        elif f.severity == "block":
            print(f"    {'supprimez-le' if fr else 'remove it'}")
    if report.safe:
        print("Aucun identifiant bloquant trouvé." if fr else "No blocking identifier found.")
    else:
        n = sum(f.severity == "block" for f in report.findings)
        print(
            f"Message à corriger : {n} élément(s) identifiant(s)."
            if fr
            else f"Unsafe post: {n} identifying item(s) to fix."
        )
    return 0 if report.safe else 1
