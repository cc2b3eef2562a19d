"""`analyze_post`: how long a post is for a given platform, and its hashtags, mentions and links."""

from __future__ import annotations

from dataclasses import dataclass, field

from medsocial.anatomy.count import HASHTAG, MENTION, URL, graphemes, is_emoji, twitter_length
from medsocial.anatomy.platforms import PLATFORMS, Platform


@dataclass(frozen=True)
class PostAnatomy:
    """A post as one platform sees it."""

    platform: str
    platform_name: str
    length: int
    limit: int
    remaining: int
    over_limit: bool
    hashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    max_hashtags: int | None = None
    too_many_hashtags: bool = False


def _length(
    text: str, rule: Platform, urls: list[tuple[int, int]], mentions: list[tuple[int, int, int]]
) -> int:
    """Length of `text` as `rule` counts it."""
    if rule.counting == "twitter":
        return twitter_length(text, rule.url_length or 23)
    # Replace each link by its fixed length, and drop mention domains where they do not count.
    cuts = [(s, e, rule.url_length) for s, e in urls if rule.url_length is not None]
    if not rule.mention_domain_counts:
        cuts += [(s, e, None) for s, e, _ in mentions if s != e]
    total = 0
    pos = 0
    for start, end, fixed in sorted(cuts):
        if start < pos:
            continue
        total += _plain_length(text[pos:start], rule)
        total += fixed if fixed is not None else 0
        pos = end
    return total + _plain_length(text[pos:], rule)


def _plain_length(text: str, rule: Platform) -> int:
    if rule.counting == "graphemes":
        return len(graphemes(text))
    if rule.counting == "threads":
        return sum(len(g.encode("utf-8")) if is_emoji(g) else len(g) for g in graphemes(text))
    return len(text)


def analyze_post(text: str, platform: str) -> PostAnatomy:
    """Measure `text` for `platform` (one of PLATFORMS: x, bluesky, mastodon, threads, ...)."""
    if not isinstance(text, str):
        raise TypeError(f"analyze_post expects the text of a post (str), not {type(text).__name__}")
    key = platform.strip().lower()
    if key == "twitter":
        key = "x"
    if key not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r}; choose one of: {', '.join(PLATFORMS)}")
    rule = PLATFORMS[key]
    url_matches = list(URL.finditer(text))
    url_spans = [m.span() for m in url_matches]

    def in_url(pos: int) -> bool:
        return any(s <= pos < e for s, e in url_spans)

    hashtags = [m.group(0) for m in HASHTAG.finditer(text) if not in_url(m.start())]
    mention_matches = [m for m in MENTION.finditer(text) if not in_url(m.start())]
    domains = [(m.start(2), m.end(2), 0) if m.group(2) else (0, 0, 0) for m in mention_matches]
    length = _length(text, rule, url_spans, domains)
    return PostAnatomy(
        platform=key,
        platform_name=rule.name,
        length=length,
        limit=rule.limit,
        remaining=rule.limit - length,
        over_limit=length > rule.limit,
        hashtags=hashtags,
        mentions=[m.group(0) for m in mention_matches],
        urls=[m.group(0) for m in url_matches],
        max_hashtags=rule.max_hashtags,
        too_many_hashtags=rule.max_hashtags is not None and len(hashtags) > rule.max_hashtags,
    )
