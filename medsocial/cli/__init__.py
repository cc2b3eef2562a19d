"""The `medsocial` command: a thin dispatcher over one module per subcommand."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from medsocial import __version__

# Subcommand name -> (module under medsocial.cli, one-line help). Each module defines
# `add_arguments(parser)` and `run(args) -> int`; it is imported only when listed or used.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "Check a post for anything that could identify a patient."),
    "anatomy": (
        "anatomy",
        "Count a post as a platform does; list its hashtags, mentions and links.",
    ),
    "image": ("image", "Inspect, strip, redact and scan pictures before posting them."),
    "course": ("course", "Instructors: release, collect, autograde, feedback, export, report."),
}


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="medsocial",
        description="Tools of the course on professional and safe social media for residents.",
    )
    parser.add_argument("--version", action="version", version=f"medsocial {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        module = importlib.import_module(f"medsocial.cli.{module_name}")
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub_parser)
        sub_parser.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the chosen subcommand; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args))
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
