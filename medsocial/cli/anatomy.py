"""`medsocial anatomy TEXT --platform x`: length as the platform counts it, hashtags, mentions, links."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare TEXT (or -) and --platform."""
    from medsocial.anatomy import PLATFORMS

    parser.add_argument("text", help="the post, or - to read it from standard input")
    parser.add_argument(
        "--platform", default="x", choices=sorted(PLATFORMS), help="platform (default: x)"
    )


def run(args: argparse.Namespace) -> int:
    """Print the post's anatomy; exit 1 when it is over the limit or has too many hashtags."""
    from medsocial.anatomy import analyze_post

    text = sys.stdin.read() if args.text == "-" else args.text
    a = analyze_post(text, args.platform)
    print(f"{a.platform_name}: {a.length}/{a.limit} ({a.remaining} left)")
    print(
        f"hashtags ({len(a.hashtags)}{'/' + str(a.max_hashtags) if a.max_hashtags else ''}): {' '.join(a.hashtags)}"
    )
    print(f"mentions: {' '.join(a.mentions)}")
    print(f"links: {' '.join(a.urls)}")
    if a.over_limit:
        print(f"Too long for {a.platform_name}: remove {-a.remaining} characters.")
    if a.too_many_hashtags:
        print(f"Too many hashtags for {a.platform_name}: keep at most {a.max_hashtags}.")
    return 1 if a.over_limit or a.too_many_hashtags else 0
