"""The composer's feedback, decided without a browser: verdict, counter, highlights, escaping."""

from __future__ import annotations

from medsocial.widgets.composer import Composer, compose_view, render_html
from medsocial.widgets.highlight import highlight_html


def test_unsafe_english_post_is_flagged_and_highlighted() -> None:
    view = compose_view("Mr John Smith, 54, seen on 3 March 2024.", "x")
    assert view.state == "unsafe"
    assert view.verdict.startswith("Not safe to post")
    assert [line.text for line in view.findings][:1] == ["Mr John Smith"]
    assert '<mark class="ms-finding" data-kind="NAME"' in view.highlighted
    assert "Mr John Smith<sup>1</sup></mark>" in view.highlighted


def test_french_post_gets_french_verdict_and_messages() -> None:
    view = compose_view("Patient Jean Dupont, 45 ans, vu à Lyon.", "mastodon")
    assert view.lang == "fr"
    assert view.state == "unsafe"
    assert view.verdict.startswith("À ne pas publier")
    assert "caractères sur Mastodon" in view.counter


def test_clean_post_is_safe() -> None:
    view = compose_view("A man in his 50s with a rare kidney tumour. Your diagnosis?", "bluesky")
    assert (view.state, view.findings) == ("safe", [])
    assert view.verdict.startswith("Safe to post")


def test_empty_post_asks_to_type() -> None:
    view = compose_view("", "x")
    assert view.state == "empty"
    assert "<mark" not in render_html(view)
    assert "Type your post" in render_html(view)


def test_counter_uses_the_platform_count_and_flags_overflow() -> None:
    long_post = "Benign naevus. " * 30  # 450 characters
    x, linkedin = compose_view(long_post, "x"), compose_view(long_post, "linkedin")
    assert x.over_limit and not linkedin.over_limit
    assert x.state == "fix" and "Too long for X" in x.problems[0]
    assert "450 / 280" in x.counter and "(-170 left)" in x.counter
    # A URL weighs 23 on X whatever its length.
    url_post = "See https://example.org/" + "a" * 100
    assert compose_view(url_post, "x").counter.startswith("27 / 280")


def test_too_many_instagram_hashtags_is_a_problem() -> None:
    view = compose_view("Slide of the day #a #b #c #d #e #f", "instagram")
    assert any("at most 5 hashtags" in p for p in view.problems)
    assert "at most 5 hashtags" in render_html(view)


def test_html_in_the_post_is_escaped() -> None:
    view = compose_view('<script>alert(1)</script> "Mr John Smith" & co', "x")
    page = render_html(view)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page and "&amp; co" in page


class _Span:
    def __init__(self, start: int, end: int, message: str = 'say "no"') -> None:
        self.start, self.end, self.message, self.suggestion, self.kind = (
            start,
            end,
            message,
            "",
            "X",
        )


def test_overlapping_spans_are_merged_and_attributes_escaped() -> None:
    out = highlight_html("abcdefgh", [_Span(2, 6), _Span(3, 5), _Span(5, 8)])
    assert out.count("<mark") == 2
    assert ">cdef<sup>1</sup></mark>" in out and ">gh<sup>3</sup></mark>" in out
    assert 'title="say &quot;no&quot;"' in out


def test_widget_updates_when_the_resident_types_or_changes_platform() -> None:
    composer = Composer()
    assert composer.view.state == "empty"
    composer.text.value = "Mr John Smith, 54, seen on 3 March 2024."
    assert composer.view.state == "unsafe"
    assert 'data-state="unsafe"' in composer.feedback.value
    composer.text.value = "Benign naevus. " * 20  # 300 characters
    assert composer.view.state == "fix"
    composer.platform.value = "linkedin"
    assert composer.view.state == "safe"
