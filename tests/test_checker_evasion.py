"""Every evasion from the issue is undone, and offsets still point into the original text."""

from __future__ import annotations

import pytest

from medsocial import check_post
from medsocial.checker.detectors.ids import nir_key_ok
from medsocial.checker.normalize import normalize

EVASIONS = [
    # (post, kind, original substring a finding must overlap)
    ("Mme Du\u200bpont, carcinome.", "NAME", "Du\u200bpont"),
    ("Mme Dupont\u2060, 47 ans.", "NAME", "Dupont"),
    ("Tél ０６ １２ ３４ ５６ ７８", "CONTACT", "０６ １２ ３４ ５６ ７８"),
    ("Tél 0 6 1 2 3 4 5 6 7 8", "CONTACT", "0 6 1 2 3 4 5 6 7 8"),
    ("Tél 0.6.1.2.3.4.5.6.7.8", "CONTACT", "0.6.1.2.3.4.5.6.7.8"),
    ("Мme Dupont (Cyrillic M), carcinome.", "NAME", "Dupont"),
    ("Mme Dupоnt (Cyrillic o), carcinome.", "NAME", "Dupоnt"),
    ("Patiente de 4７ ans.", "AGE", "4７ ans"),
    ("Née le １２/０３/１９６１.", "DATE", "１２/０３/１９６１"),
    ("Vue ce\u00a0matin.", "TIME", "ce\u00a0matin"),
    ("Vue aujourd\u2019hui.", "TIME", "aujourd\u2019hui"),
    ("Patiente de 47\u202fans.", "AGE", "47\u202fans"),
    ("Mme 𝐃𝐮𝐩𝐨𝐧𝐭, carcinome.", "NAME", "𝐃𝐮𝐩𝐨𝐧𝐭"),
    ("Mme Le\u0301vy, carcinome.", "NAME", "Le\u0301vy"),
    ("IPP 1 2 3 4 5 6 7 8", "ID", "1 2 3 4 5 6 7 8"),
    ("Mobile 0 7 7 0 0  9 0 0  4 1 2 on the form.", "CONTACT", "0 7 7 0 0  9 0 0  4 1 2"),
    ("Re-cut S 2 3 - 0 4 4 1 9 please.", "ID", "S 2 3 - 0 4 4 1 9"),
    ("NIR : 1 8 4 1 2 2 A 0 0 4 1 2 3 2 3.", "ID", "1 8 4 1 2 2 A 0 0 4 1 2 3 2 3"),
]


@pytest.mark.parametrize(("post", "kind", "needle"), EVASIONS)
def test_evasion_found(post: str, kind: str, needle: str) -> None:
    start = post.index(needle)
    end = start + len(needle)
    report = check_post(post)
    assert any(f.kind == kind and f.start < end and start < f.end for f in report.findings), (
        report.findings
    )
    for f in report.findings:
        assert post[f.start : f.end] == f.text


def test_invisible_character_is_its_own_finding() -> None:
    report = check_post("Carcinome de Mer\u200bkel, Ki-67 30 %.")
    hidden = [f for f in report.findings if f.kind == "DETAIL"]
    assert hidden and hidden[0].text == "Mer\u200bkel" and hidden[0].suggestion == "Merkel"
    # an eponym in disguise hides no one: advice to retype it, not a block
    assert hidden[0].severity == "warn" and report.safe


def test_disguised_unknown_word_still_blocks() -> None:
    for post in ("tumeur de la joue chez un mon\u200bsieur", "bx from a lаdy in her car"):
        report = check_post(post)
        assert not report.safe and report.findings[0].kind == "DETAIL", report.findings


def test_emoji_joiner_is_not_hidden_text() -> None:
    assert check_post("Superbe cas de Hodgkin 👨\u200d⚕️ #pathology").safe


def test_normalize_maps_offsets_back() -> None:
    norm = normalize("Ｍme Du\u200bpont")
    assert norm.text == "Mme Dupont"
    assert norm.span(4, 10) == (4, 11)
    assert norm.hidden == (6,)


@pytest.mark.parametrize(
    ("post", "folded"),
    [
        # a lone dash written with a space before it is the specimen's structure; the prefix joins
        ("S 2 3 - 0 4 4 1 9", "S23-04419"),
        # dashes between every pair, and dots, are padding
        ("0 6 - 1 2 - 3 4 - 5 6 - 7 8", "0612345678"),
        ("0 7 . 4 4 . 1 9 . 2 0", "07441920"),
        ("0-6-1-2-3-4", "061234"),
        # groups apart by two spaces
        ("0 7 7 0 0  9 0 0  4 1 2", "07700900412"),
    ],
)
def test_spaced_digits_rejoined(post: str, folded: str) -> None:
    norm = normalize(post)
    assert norm.text == folded
    assert norm.span(0, len(folded)) == (0, len(post))


@pytest.mark.parametrize(
    ("nir", "ok"),
    [
        (("1", "61", "03", "35", "238", "123", "53"), True),
        (("1", "61", "03", "35", "238", "123", "45"), False),
        (("2", "84", "05", "2A", "004", "123", "82"), True),
        (("2", "84", "05", "2B", "004", "123", "83"), False),
        (("1", "55", "12", "2B", "101", "045", "51"), True),
        # 2A -> 19 and 2B -> 18 with no subtraction, as python-stdnum computes them
        (("2", "53", "07", "2B", "073", "004", "70"), True),
        (("2", "53", "07", "2A", "073", "004", "43"), True),
        (("2", "53", "07", "2A", "073", "004", "44"), False),
        (("1", "61", "03", "35", "238", "123", None), False),
    ],
)
def test_nir_key(nir: tuple[str, ...], ok: bool) -> None:
    assert nir_key_ok(nir) is ok


def test_invalid_nir_key_without_context_still_a_long_number() -> None:
    report = check_post("Numéro 1 61 03 35 238 123 46 sur la demande.")
    assert not report.safe


def test_lookalike_letters_are_their_own_finding() -> None:
    # a name no detector reads as one ("Follow-up on Stevens") still stands out by its Cyrillic letters
    post = "Follow-up on \u0405t\u0435v\u0435n\u0455 (the liver transplant): no rejection."
    names = [f for f in check_post(post).findings if f.kind == "NAME"]
    assert [(f.text, f.suggestion, f.severity) for f in names] == [
        ("\u0405t\u0435v\u0435n\u0455", "Stevens", "block")
    ]


def test_greek_letters_used_as_such_are_not_lookalikes() -> None:
    assert check_post("TNF-α, IFNγ and β-catenin in a desmoid tumour. #pathology").safe
