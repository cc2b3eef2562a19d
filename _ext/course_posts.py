"""Sphinx extension: the `post` directive shows an example social-media post as a card.

Chapters write example posts as

    :::{post}
    :verdict: unsafe
    :platform: x
    :lang: fr
    Mme D., 47 ans, vue ce matin...
    :::

The verdict is the author's claim; tests/test_book_examples.py runs every example through
`medsocial.check_post` and fails when the checker disagrees, so the book can never show a
"safe" post that identifies a patient.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

PLATFORM_NAMES = {
    "x": "X (Twitter)",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "threads": "Threads",
    "linkedin": "LinkedIn",
    "instagram": "Instagram",
    "facebook": "Facebook",
}
VERDICT_LABELS = {
    ("safe", "en"): "Safe to post",
    ("unsafe", "en"): "Identifies the patient: do not post",
    ("safe", "fr"): "Publiable",
    ("unsafe", "fr"): "Identifie le patient : ne pas publier",
}


class PostDirective(SphinxDirective):
    """Render an example post with its platform, language and verdict."""

    has_content = True
    option_spec = {
        "verdict": lambda value: directives.choice(value, ("safe", "unsafe")),
        "platform": lambda value: directives.choice(value, tuple(PLATFORM_NAMES)),
        "lang": lambda value: directives.choice(value, ("en", "fr")),
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        """Build the card: a header line, then the post text with its line breaks kept."""
        self.assert_has_content()
        verdict = self.options.get("verdict")
        if verdict is None:
            raise self.error("an example post needs ':verdict: safe' or ':verdict: unsafe'")
        platform = self.options.get("platform", "x")
        lang = self.options.get("lang", "en")
        card = nodes.container(classes=["ms-post", f"ms-post-{verdict}"])
        header = nodes.paragraph(classes=["ms-post-header"])
        header += nodes.inline(text=PLATFORM_NAMES[platform], classes=["ms-post-platform"])
        header += nodes.inline(text=VERDICT_LABELS[verdict, lang], classes=["ms-post-verdict"])
        card += header
        # Post text is shown verbatim: a hashtag at the start of a line is not a heading.
        body = nodes.line_block(classes=["ms-post-text"])
        for line in self.content:
            body += nodes.line(text=line)
        card += body
        if "caption" in self.options:
            card += nodes.paragraph(text=self.options["caption"], classes=["ms-post-caption"])
        return [card]


def setup(app: Sphinx) -> dict[str, object]:
    """Register the directive."""
    app.add_directive("post", PostDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
