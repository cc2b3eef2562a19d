"""Spot the identifier, decided without a browser: data, tokens, scoring, explanations."""

from __future__ import annotations

import pytest

from medsocial.widgets.spot import (
    SpotTheIdentifier,
    check_answer,
    load_posts,
    render_result,
    tokenize,
)


def test_posts_cover_both_languages_and_rise_in_difficulty() -> None:
    posts = load_posts()
    assert {p.lang for p in posts} == {"en", "fr"}
    levels = [p.level for p in posts]
    assert levels == sorted(levels) and len(set(levels)) >= 3
    for post in posts:
        # Every identifier maps onto whole words of the post, and they do not overlap.
        assert all(i.tokens for i in post.identifiers), post.id
        words = [tok for i in post.identifiers for tok in i.tokens]
        assert len(words) == len(set(words)), post.id


def test_tokenize_keeps_codes_and_elisions_whole() -> None:
    words = [t.label for t in tokenize("Case B24-08817, seen 12/03/2024 with d'aigle 1,95 m.")]
    assert words == ["Case", "B24-08817,", "seen", "12/03/2024", "with", "d'aigle", "1,95", "m."]


@pytest.mark.parametrize("post", load_posts(), ids=lambda p: p.id)
def test_marking_every_gold_word_is_perfect_and_nothing_scores_zero(post) -> None:
    gold = set().union(*(i.tokens for i in post.identifiers))
    assert check_answer(post, gold).perfect
    empty = check_answer(post, set())
    assert not empty.perfect and len(empty.missed) == len(post.identifiers) and empty.found == []


def test_found_missed_and_wrong_with_explanations() -> None:
    post = next(p for p in load_posts() if p.id == "en-1")
    words = [post.text[t.start : t.end] for t in post.tokens]
    marked = {words.index("Larkin"), words.index("Warthin"), words.index("case")}
    result = check_answer(post, marked)
    assert [i.text for i in result.found] == ["Mr Peter Larkin"]
    assert [i.text for i in result.missed] == ["67", "14 March"]
    assert [w for w, _ in result.wrong] == ["case", "Warthin"]
    assert "thousands of people" in dict(result.wrong)["Warthin"]
    assert "does not identify" in dict(result.wrong)["case"]
    assert result.summary == "You found 1 of 3 identifiers; 2 word(s) marked wrongly."
    page = render_result(post, result)
    assert "Missed (2)" in page and "Marked, but not an identifier (2)" in page


def test_french_post_answers_in_french() -> None:
    post = next(p for p in load_posts() if p.lang == "fr")
    result = check_answer(post, set())
    assert result.summary.startswith("Vous avez trouvé 0 identifiant(s)")
    assert "Oubliés" in render_result(post, result)


def test_widget_marks_checks_and_colours_buttons() -> None:
    spot = SpotTheIdentifier()
    post = spot.post
    labels = [b.description for b in spot.buttons]
    assert labels == [t.label for t in post.tokens]
    first_gold = min(post.identifiers[0].tokens)
    spot.buttons[first_gold].value = True
    spot.buttons[0].value = True  # "Interesting": not an identifier
    result = spot.show_result()
    assert result.found == [post.identifiers[0]]
    assert spot.buttons[first_gold].button_style == "success"
    assert spot.buttons[0].button_style == "danger"
    assert 'data-state="partial"' in spot.result.value
    spot.picker.value = 1
    assert spot.post is load_posts()[1] and spot.marked() == set() and spot.result.value == ""
    assert spot.check.description == "Vérifier ma réponse"
