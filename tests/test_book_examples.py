"""Every example post in the book gets the verdict the identifier checker gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT

import medsocial

BOOK_SOURCES = [ROOT / "intro.md", *sorted((ROOT / "chapters").glob("*.md"))]
# A `post` directive: an opening fence of colons or backticks, its options, its text, the
# same fence again (see _ext/course_posts.py).
POST_BLOCK = re.compile(
    r"^(?P<fence>:{3,}|`{3,})\{post\}[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
OPTION = re.compile(r"^:(?P<name>[a-z]+):[ \t]*(?P<value>.*)$")


@dataclass(frozen=True)
class ExamplePost:
    """One example post as written in a chapter."""

    source: str
    line: int
    verdict: str
    lang: str
    platform: str
    text: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line} ({self.verdict}, {self.lang}): {self.text!r}"


def example_posts(path: Path) -> list[ExamplePost]:
    """Parse the `post` directives of one MyST file."""
    source = path.read_text(encoding="utf-8")
    posts = []
    for match in POST_BLOCK.finditer(source):
        options: dict[str, str] = {}
        lines = match["body"].splitlines()
        while lines and (option := OPTION.match(lines[0])):
            options[option["name"]] = option["value"].strip()
            lines.pop(0)
        posts.append(
            ExamplePost(
                source=path.relative_to(ROOT).as_posix(),
                line=source.count("\n", 0, match.start()) + 1,
                verdict=options.get("verdict", ""),
                lang=options.get("lang", "en"),
                platform=options.get("platform", "x"),
                text="\n".join(lines).strip(),
            )
        )
    return posts


ALL_POSTS = [post for path in BOOK_SOURCES for post in example_posts(path)]


def test_the_book_has_safe_and_unsafe_examples():
    """The chapters teach with both kinds of example."""
    verdicts = [post.verdict for post in ALL_POSTS]
    assert verdicts.count("safe") >= 5 and verdicts.count("unsafe") >= 5, verdicts


@pytest.mark.parametrize("post", ALL_POSTS, ids=str)
def test_example_post_verdict_matches_the_checker(post: ExamplePost):
    """A post shown as safe passes the checker; one shown as unsafe is flagged."""
    assert post.verdict in ("safe", "unsafe"), f"{post}: the verdict must be safe or unsafe"
    report = medsocial.check_post(post.text, lang=post.lang)
    findings = [(f.kind, f.text, f.severity) for f in report.findings]
    if post.verdict == "safe":
        assert report.safe, f"shown as safe but the checker blocks it: {findings}"
    else:
        assert not report.safe, "shown as unsafe but the checker finds nothing blocking"


def test_example_posts_fit_their_platform():
    """No example post is longer than its platform allows."""
    too_long = [
        post for post in ALL_POSTS if medsocial.analyze_post(post.text, post.platform).over_limit
    ]
    assert not too_long, "\n".join(map(str, too_long))


@pytest.mark.slow
def test_the_parser_sees_every_post_the_book_renders(built_book):
    """The regex above misses no post: the built pages hold exactly as many post cards."""
    rendered = sum(
        html.read_text(encoding="utf-8").count('class="ms-post ')
        for html in built_book.rglob("*.html")
        if not html.relative_to(built_book).as_posix().startswith("_")
    )
    assert rendered == len(ALL_POSTS)
