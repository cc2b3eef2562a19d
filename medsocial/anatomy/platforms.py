"""Platform rules, in one table, with the source and the date each rule was checked.

Source: /work/shared/sources/references.md §3.1 (course reference sheet). Where the issue text
and the sheet disagree, the sheet wins (Instagram: at most 5 hashtags since December 2025).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    """How one platform counts a post and what it allows."""

    key: str
    name: str
    limit: int
    counting: (
        str  # "twitter" (weighted), "graphemes", "codepoints" or "threads" (emoji = UTF-8 bytes)
    )
    url_length: int | None  # every link counts this many characters; None: as written
    max_hashtags: int | None
    mention_domain_counts: bool
    source: str
    checked: str  # ISO date of the source the rule was checked against


PLATFORMS: dict[str, Platform] = {
    p.key: p
    for p in (
        Platform("x", "X (Twitter)", 280, "twitter", 23, None, True,
                 "twitter-text v3 config (maxWeightedTweetLength 280, URLs 23, emoji and CJK weigh 2)", "2021-10-21"),
        Platform("bluesky", "Bluesky", 300, "graphemes", None, None, True,
                 "atproto lexicon app.bsky.feed.post maxGraphemes 300", "2026-08-20"),
        Platform("mastodon", "Mastodon", 500, "graphemes", 23, None, False,
                 "Mastodon status_length_validator: links count 23, mention domains not counted (server default 500)", "2025-06-01"),
        Platform("threads", "Threads", 500, "threads", None, None, True,
                 "Threads API posts documentation (500 characters, emoji counted as UTF-8 bytes)", "2026-04-14"),
        Platform("linkedin", "LinkedIn", 3000, "codepoints", None, None, True,
                 "LinkedIn post limit 3,000 characters (Ayrshare, GoHighLevel API docs)", "2026-01-01"),
        Platform("instagram", "Instagram", 2200, "codepoints", None, 5, True,
                 "Instagram caption 2,200 characters; max 5 hashtags since the 18-19 Dec 2025 announcement", "2025-12-19"),
        Platform("facebook", "Facebook", 63206, "codepoints", None, None, True,
                 "Facebook post limit 63,206 characters (socialk.it, ferryman.io)", "2026-01-01"),
    )
}  # fmt: skip
