"""Counting rules: grapheme clusters, twitter-text v3 weights, and the entities of a post."""

from __future__ import annotations

import re
import unicodedata

# A grapheme approximation without third-party modules: a base character followed by combining
# marks, variation selectors, skin tones, keycaps, tag characters, or joined by ZWJ; regional
# indicator letters pair up into flags.
_EXTEND = (
    r"[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0900-\u0903\u093a-\u094f"
    r"\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\U0001f3fb-\U0001f3ff"
    r"\U000e0020-\U000e007f]"
)
_GRAPHEME = re.compile(
    rf"\r\n|[\U0001f1e6-\U0001f1ff]{{2}}|(?:.{_EXTEND}*)(?:\u200d.{_EXTEND}*)*", re.S
)
_EMOJI = re.compile(
    r"[\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u25fe\u2600-\u27bf\u2934\u2935"
    r"\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff]"
)
URL = re.compile(
    r"(?i)(?<![@\w.\-/])(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
    r"(?:com|org|net|fr|io|co|uk|edu|gov|info|eu|be|ch|ca|de|app|social|health|me|ly)(?:/[^\s<>\"]*)?)(?<![.,;:!?)\]])"
)
HASHTAG = re.compile(r"(?<![\w&#/])#(?!\d+\b)[^\W_][\w]*", re.U)
MENTION = re.compile(r"(?<![\w@/])@(\w{1,50})(@[\w.-]+\.\w+)?")


def graphemes(text: str) -> list[str]:
    """Split into user-perceived characters (approximation of Unicode UAX #29)."""
    return _GRAPHEME.findall(text)


def is_emoji(cluster: str) -> bool:
    """True when the grapheme is an emoji (pictograph, flag, keycap or ZWJ sequence)."""
    if "\u20e3" in cluster or "\ufe0f" in cluster:
        return True
    return bool(_EMOJI.match(cluster))


def _weight(char: str) -> int:
    """twitter-text v3 weight of one code point: 100 or 200."""
    cp = ord(char)
    if cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037:
        return 100
    return 200


def twitter_length(text: str, url_length: int = 23) -> int:
    """Weighted length as twitter-text v3 counts it (scale 100): URLs 23, emoji and CJK 2."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for m in URL.finditer(text):
        total += _weighted(text[pos : m.start()])
        total += url_length * 100
        pos = m.end()
    total += _weighted(text[pos:])
    return total // 100


def _weighted(text: str) -> int:
    total = 0
    for cluster in graphemes(text):
        total += 200 if is_emoji(cluster) else sum(_weight(c) for c in cluster)
    return total
