"""One method per kind of question: which rule checks it, what the resident reads when it passes."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from medsocial.grading.feedback import verdict
from medsocial.grading.problems import Problem

# (rule, positional args, keyword args) -> problems; in this process or in the grader's worker.
Runner = Callable[[str, list, dict], list[Problem]]
PART_LABELS = {
    "handle": "Handle",
    "hashtags": "Hashtags",
    "mentions": "Mentions",
    "links": "Links",
    "length": "Length",
}


def _text(answer: object) -> object:
    """Answers typed between triple quotes carry blank lines around them."""
    return answer.strip() if isinstance(answer, str) else answer


class Questions:
    """The checks of every assignment, run by `runner`; each raises Feedback or prints '✓'."""

    def __init__(self, runner: Runner, suffix: str = "") -> None:
        self._run = runner
        self._suffix = suffix  # tells residents which check spoke (", grader's check")

    def _ask(self, label: str, success: str, rule: str, *args: object, **kwargs: object) -> None:
        problems = self._run(rule, list(args), kwargs)
        verdict(label + self._suffix, [p.message for p in problems], success)

    def rewrite(
        self,
        text: object,
        *,
        number: int,
        platform: str,
        must_keep: Sequence[str | Sequence[str]],
        lang: str | None = None,
    ) -> None:
        """A rewritten case post: safe, within `platform`'s limit, teaching value kept."""
        self._ask(
            f"Rewrite {number}",
            "no identifier left, it fits the platform, and it still teaches.",
            "rewrite",
            _text(text),
            platform=platform,
            must_keep=list(must_keep),
            lang=lang,
        )

    def anatomy(self, part: str, answer: object, *, card: str, platform: str = "x") -> None:
        """One part of a post (handle, hashtags, mentions, links, length) named by the resident."""
        success = "right."
        items = answer if isinstance(answer, list | tuple) else [answer]
        if part in ("hashtags", "mentions", "handle") and any(
            isinstance(a, str) and a.strip() and a.strip()[0] not in "#@" for a in items
        ):
            success += " Tip: write them with their '#' or '@', as the post shows them."
        self._ask(
            PART_LABELS.get(part, part),
            success,
            "anatomy",
            part,
            _text(answer),
            card=card,
            platform=platform,
        )

    def cleaned(self, path: object, *, original: str) -> None:
        """The cleaned copy of a photo: it exists and holds no identifying metadata."""
        if isinstance(path, str | os.PathLike):
            path = os.path.abspath(path)  # the worker may not share this notebook's folder
        self._ask(
            "Clean photo",
            "no identifying metadata left.",
            "metadata",
            path,
            original=os.path.abspath(original),
        )

    def boxes(self, boxes: object, *, picture: str, name: str) -> None:
        """Redaction boxes on a course picture: what identifies hidden, what teaches visible."""
        self._ask(
            name,
            "what identifies is hidden and what teaches stays visible.",
            "boxes",
            boxes,
            picture,
        )

    def profile(self, profile: object, *, section: str, name: str) -> None:
        """One section of the professional profile ("identity", "content", "privacy")."""
        self._ask(
            name, "this part of your profile follows the rules.", "profile", profile, [section]
        )
