"""The anchored scans find exactly what the plain regexes find, and the shipped table is fresh."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsocial import check_post
from medsocial.checker import scan

CORPUS = Path(__file__).parent / "data" / "posts_dev.jsonl"
TEXTS = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
WORDS = sorted({word for text in TEXTS for word in text.split()})


def _registry() -> list[scan.Anchored]:
    check_post("Mme Dupont, 47 ans, vue ce matin au CHU de Rennes.")  # every detector loaded
    return list(scan._REGISTRY)


def _spans(anchored: scan.Anchored, text: str, with_starts: bool) -> list[tuple[int, int]]:
    low = scan.lower(text)
    starts = scan.word_starts(low) if with_starts else None
    return [m.span() for m in anchored.finditer(text, low, starts=starts)]


def test_the_shipped_table_covers_every_pattern_as_derived_now():
    table = scan._table()
    stale = [
        a.pattern.pattern[:60]
        for a in _registry()
        if table.get(scan._table_key(a.pattern)) != scan._derivation(a.pattern, a.folded)
    ]
    assert not stale, f"refresh data/anchors.json (see medsocial/checker/scan.py): {stale[:3]}"


@pytest.mark.parametrize("with_starts", [False, True])
def test_anchored_scans_match_plain_scans_on_the_corpus(with_starts):
    for anchored in _registry():
        for text in TEXTS:
            expected = [m.span() for m in anchored.pattern.finditer(text)]
            assert _spans(anchored, text, with_starts) == expected, anchored.pattern.pattern[:60]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=6)), min_size=1, max_size=30
    ).map(" ".join)
)
def test_anchored_scans_match_plain_scans_on_mixed_text(text):
    for anchored in _registry():
        expected = [m.span() for m in anchored.pattern.finditer(text)]
        assert _spans(anchored, text, True) == expected, anchored.pattern.pattern[:60]


def test_patterns_skipped_for_absent_words_have_no_match():
    # Context skips a pattern when none of its words starts a word of the post (`absent`):
    # on every corpus post, such a pattern must indeed have no match at all.
    for text in TEXTS:
        starts = scan.word_starts(scan.lower(text))
        for anchored in _registry():
            if anchored.absent(starts):
                assert anchored.pattern.search(text) is None, anchored.pattern.pattern[:60]
