"""Turn a text and its findings into escaped HTML with <mark> spans and tooltips."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Protocol


class Span(Protocol):
    """Anything with offsets into the text, a message and a suggestion (e.g. a checker Finding)."""

    start: int
    end: int
    message: str
    suggestion: str


def tooltip(span: Span) -> str:
    """Plain-text tooltip: the message, then the suggested replacement if any."""
    if span.suggestion:
        return f"{span.message} → {span.suggestion}"
    return span.message


def highlight_html(text: str, spans: Iterable[Span], css_class: str = "ms-finding") -> str:
    """Escape `text` and wrap each span in <mark>; overlapping spans are merged into the first."""
    parts: list[str] = []
    pos = 0
    for number, span in enumerate(sorted(spans, key=lambda s: (s.start, -s.end)), start=1):
        start, end = max(span.start, pos), min(span.end, len(text))
        if start >= end:  # contained in an earlier span: that mark already covers it
            continue
        parts.append(html.escape(text[pos:start]))
        kind = html.escape(getattr(span, "kind", ""), quote=True)
        parts.append(
            f'<mark class="{css_class}" data-kind="{kind}" data-n="{number}" '
            f'title="{html.escape(tooltip(span), quote=True)}">'
            f"{html.escape(text[start:end])}<sup>{number}</sup></mark>"
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    # pre-wrap keeps the resident's line breaks and spaces as typed.
    return '<div class="ms-highlight" style="white-space: pre-wrap">' + "".join(parts) + "</div>"
