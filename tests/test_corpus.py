"""Tests of the labelled corpora themselves (tests/data/posts_dev.jsonl, posts_blind.jsonl) and
their builder."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
BUILDER = DATA / "build_posts_dev.py"
CORPUS = DATA / "posts_dev.jsonl"
KINDS = {"NAME", "DATE", "AGE", "LOCATION", "CONTACT", "ID", "TIME", "DETAIL"}


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_posts_dev", BUILDER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


POSTS = _load(CORPUS)
BLIND = DATA / "posts_blind.jsonl"
# Between two blind rounds there is no blind corpus (see build_posts_dev.py).
NO_BLIND = pytest.mark.skipif(not BLIND.exists(), reason="no blind corpus between two rounds")
# The shape tests hold for both corpora; the size and coverage tests are the development corpus's.
BOTH = pytest.mark.parametrize(
    "posts",
    [POSTS, pytest.param(_load(BLIND) if BLIND.exists() else [], marks=NO_BLIND)],
    ids=["dev", "blind"],
)


def _spans(kind: str | None = None):
    """Every (post, span, sliced text), optionally of one kind."""
    for post in POSTS:
        for span in post["spans"]:
            if kind is None or span["kind"] == kind:
                yield post, span, post["text"][span["start"] : span["end"]]


def test_jsonl_is_in_sync_with_the_markup_files():
    result = subprocess.run(
        [sys.executable, str(BUILDER), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@BOTH
def test_records_have_the_expected_shape(posts):
    for post in posts:
        assert list(post) == ["id", "text", "lang", "safe", "spans"], post["id"]
        assert post["lang"] in {"fr", "en"}
        assert post["id"].startswith(f"{post['lang']}_{'safe' if post['safe'] else 'unsafe'}")
        assert re.fullmatch(r"[a-z]+_[a-z]+(_\d+)?-\d{3}", post["id"]), post["id"]


@BOTH
def test_ids_are_unique_and_sorted(posts):
    ids = [post["id"] for post in posts]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)


@BOTH
def test_no_duplicate_texts(posts):
    counts = Counter(post["text"] for post in posts)
    assert [text for text, n in counts.items() if n > 1] == []


@BOTH
def test_spans_slice_to_trimmed_non_empty_text_in_order(posts):
    for post in posts:
        end = 0
        for span in post["spans"]:
            assert span["kind"] in KINDS, (post["id"], span)
            assert end <= span["start"] < span["end"] <= len(post["text"]), (post["id"], span)
            sliced = post["text"][span["start"] : span["end"]]
            assert sliced.strip() == sliced != "", (post["id"], sliced)
            end = span["end"]


@BOTH
def test_labels_match_spans(posts):
    for post in posts:
        assert bool(post["spans"]) is not post["safe"], post["id"]


def test_counts_and_language_balance():
    unsafe = [post for post in POSTS if not post["safe"]]
    safe = [post for post in POSTS if post["safe"]]
    assert len(unsafe) >= 150
    assert len(safe) >= 100
    for lang in ("fr", "en"):
        assert sum(post["lang"] == lang for post in POSTS) >= 0.4 * len(POSTS), lang


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kind_is_represented_in_each_language(lang):
    kinds = Counter(span["kind"] for post, span, _ in _spans() if post["lang"] == lang)
    assert {kind for kind, n in kinds.items() if n >= 5} == KINDS, kinds


def test_evasion_variants_are_present():
    texts = [text for _, _, text in _spans()]
    assert any("\u200b" in text for _, _, text in _spans("NAME")), "zero-width space in a name"
    assert any(re.search("[\u0400-\u04ff]", text) for _, _, text in _spans("NAME")), "homoglyph"
    assert any(re.search("[\uff10-\uff19]", text) for text in texts), "full-width digits"
    assert any(re.fullmatch(r"(\d ){9,}\d", text) for _, _, text in _spans("CONTACT")), "spaced"


def _nir_key_is_valid(nir: str) -> bool:
    body = nir[:13].upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(nir[13:])


def test_nir_ids_have_valid_keys_including_corsica():
    nirs = [
        compact
        for _, _, text in _spans("ID")
        if re.fullmatch(r"[12]\d{4}(\d{2}|2[AB])\d{8}", compact := text.replace(" ", ""))
    ]
    assert len(nirs) >= 4
    assert any("2A" in nir or "2B" in nir for nir in nirs)
    assert [nir for nir in nirs if not _nir_key_is_valid(nir)] == []


# --- the builder, on temporary markup files ---------------------------------------------------


def _build(tmp_path: Path, files: dict[str, str], *extra: str) -> int:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for name, content in files.items():
        (src / name).write_text(content, encoding="utf-8")
    return builder.main(["--src", str(src), "--out", str(tmp_path / "out.jsonl"), *extra])


def test_builder_keeps_offsets_line_breaks_and_invisible_characters(tmp_path):
    files = {
        "fr_unsafe_1.txt": "#! comment\n\nMme [[NAME:Du\u200bbois]], [[AGE:47 ans]] \\n vue [[TIME:ce matin]]\n",
        "en_safe.txt": "Hodgkin lymphoma, H&E x40 \\n #pathboards\n",
    }
    assert _build(tmp_path, files) == 0
    posts = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [post["id"] for post in posts] == ["en_safe-001", "fr_unsafe_1-001"]
    safe, unsafe = posts
    assert safe == {
        "id": "en_safe-001",
        "text": "Hodgkin lymphoma, H&E x40\n#pathboards",
        "lang": "en",
        "safe": True,
        "spans": [],
    }
    assert unsafe["text"] == "Mme Du\u200bbois, 47 ans\nvue ce matin"
    assert [(s["kind"], unsafe["text"][s["start"] : s["end"]]) for s in unsafe["spans"]] == [
        ("NAME", "Du\u200bbois"),
        ("AGE", "47 ans"),
        ("TIME", "ce matin"),
    ]


def test_builder_check_mode_detects_a_stale_jsonl(tmp_path):
    files = {"en_unsafe_1.txt": "Mr [[NAME:Smith]], [[AGE:47]]\n"}
    assert _build(tmp_path, files) == 0
    assert _build(tmp_path, files, "--check") == 0
    assert _build(tmp_path, files | {"en_unsafe_1.txt": "Mr [[NAME:Jones]]\n"}, "--check") == 1


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("fr_unsafe_1.txt", "Mme [[NOM:Dubois]]", "unknown kind 'NOM'"),
        ("fr_unsafe_1.txt", "Mme [[NAME:Dubois, 47 ans", "never closed"),
        ("fr_unsafe_1.txt", "Mme Dubois]], 47 ans [[AGE:x]]", "']]' without"),
        ("fr_unsafe_1.txt", "Mme [[NAME:Du [[AGE:47]]]]", "nested"),
        ("fr_unsafe_1.txt", "Mme [[Dubois]]", "followed by KIND:"),
        ("fr_unsafe_1.txt", "Mme [[NAME: Dubois]]", "starts or ends with a space"),
        ("fr_unsafe_1.txt", "Mme [[NAME:]] vue", "empty"),
        ("fr_unsafe_1.txt", "Mme [[NAME:Du \\n bois]]", "line break inside"),
        ("fr_unsafe_1.txt", "Carcinome de Merkel, rien à signaler", "without any"),
        ("en_safe.txt", "Mrs [[NAME:Smith]] has Crohn disease", "markup in a safe file"),
        ("english_safe.txt", "Crohn disease", "name must look like"),
    ],
)
def test_builder_rejects_malformed_markup_with_file_and_line(tmp_path, capsys, name, line, message):
    assert _build(tmp_path, {name: f"#! header\n{line}\n"}) == 2
    error = capsys.readouterr().err
    assert message in error
    if name != "english_safe.txt":
        assert f"{name}:2:" in error
    assert not (tmp_path / "out.jsonl").exists()


def test_builder_rejects_duplicate_posts(tmp_path, capsys):
    files = {"en_safe.txt": "Crohn disease\n", "en_safe_2.txt": "Crohn disease\n"}
    assert _build(tmp_path, files) == 2
    assert "duplicate" in capsys.readouterr().err


@NO_BLIND
def test_blind_corpus_shares_no_post_with_the_development_corpus():
    dev = {post["text"] for post in POSTS}
    assert [post["id"] for post in _load(BLIND) if post["text"] in dev] == []


def test_builder_between_blind_rounds(tmp_path, monkeypatch, capsys):
    """No blind folder is fine (the next one is being written); its JSONL left behind is not."""
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "en_safe.txt").write_text("Crohn disease\n", encoding="utf-8")
    blind_out = tmp_path / "blind.jsonl"
    corpora = [(dev, tmp_path / "dev.jsonl"), (tmp_path / "blind", blind_out)]
    monkeypatch.setattr(builder, "CORPORA", corpora)
    assert builder.main([]) == 0
    assert "between two blind rounds" in capsys.readouterr().out
    blind_out.write_text("{}\n", encoding="utf-8")
    assert builder.main(["--check"]) == 1
    assert "delete it" in capsys.readouterr().err
