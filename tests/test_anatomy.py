"""Post anatomy: each platform's way of counting, entities, and the rules table."""

from __future__ import annotations

import pytest

from medsocial import PLATFORMS, analyze_post


def test_x_weights_urls_emoji_and_cjk() -> None:
    assert analyze_post("a" * 280, "x").length == 280
    assert analyze_post("é" * 10, "x").length == 10  # Latin accents weigh 1
    assert analyze_post("日本語", "x").length == 6  # CJK weighs 2
    assert analyze_post("👍🏽", "x").length == 2  # an emoji with a skin tone is one emoji
    assert analyze_post("👨\u200d👩\u200d👧", "x").length == 2  # a ZWJ family is one emoji
    post = "read https://example.com/" + "x" * 80
    assert analyze_post(post, "x").length == len("read ") + 23


def test_x_over_limit() -> None:
    a = analyze_post("a" * 281, "x")
    assert a.over_limit and a.remaining == -1 and a.limit == 280


def test_bluesky_counts_graphemes() -> None:
    assert analyze_post("e\u0301" * 300, "bluesky").length == 300
    assert not analyze_post("🇫🇷" * 300, "bluesky").over_limit
    assert analyze_post("a" * 301, "bluesky").over_limit


def test_mastodon_links_and_mention_domains() -> None:
    a = analyze_post("@alice@mastodon.social see https://example.com/" + "x" * 50, "mastodon")
    assert a.length == len("@alice see ") + 23
    assert a.mentions == ["@alice@mastodon.social"]
    assert a.urls == ["https://example.com/" + "x" * 50]


def test_threads_counts_emoji_as_utf8_bytes() -> None:
    assert analyze_post("ok 👍", "threads").length == 3 + 4


def test_instagram_hashtag_cap_is_five() -> None:
    tags = " ".join(f"#tag{i}" for i in range(6))
    a = analyze_post(tags, "instagram")
    assert a.max_hashtags == 5 and a.too_many_hashtags and len(a.hashtags) == 6
    assert not analyze_post("#a #b #c #d #e", "instagram").too_many_hashtags


def test_entities_in_order() -> None:
    a = analyze_post(
        "Cas #dermpath de @Colleague, voir www.pathologyoutlines.com #Spitz #2024", "linkedin"
    )
    assert a.hashtags == ["#dermpath", "#Spitz"]
    assert a.mentions == ["@Colleague"]
    assert a.urls == ["www.pathologyoutlines.com"]


def test_table_has_every_platform_with_a_check_date() -> None:
    assert set(PLATFORMS) == {
        "x",
        "bluesky",
        "mastodon",
        "threads",
        "linkedin",
        "instagram",
        "facebook",
    }
    limits = {k: p.limit for k, p in PLATFORMS.items()}
    assert limits == {"x": 280, "bluesky": 300, "mastodon": 500, "threads": 500, "linkedin": 3000,
                      "instagram": 2200, "facebook": 63206}  # fmt: skip
    for p in PLATFORMS.values():
        assert len(p.checked) == 10 and p.checked[4] == "-" and p.source


def test_unknown_platform_is_explained() -> None:
    with pytest.raises(ValueError, match="choose one of"):
        analyze_post("x", "myspace")
    assert analyze_post("x", "Twitter").platform == "x"
