"""Benchmark the identifier checker against a labelled corpus, with Presidio + spaCy as a baseline.

    .venv/bin/python benchmarks/bench_checker.py [--corpus FILE ...] [--no-presidio] [--show-misses]

By default it measures both corpora of tests/data/: posts_dev.jsonl (the development corpus, which
the rules were tuned on) and posts_blind.jsonl (written without seeing the checker and never tuned
on: the figure to trust for new posts).

Prints, for medsocial and (on the French posts) for presidio-analyzer with spaCy fr_core_news_sm:
per-kind span recall (a gold span is found when a finding of the same kind overlaps it), post-level
recall (unsafe posts flagged), specificity (safe posts passed) and time per post (p50, p99).

Presidio mapping (its entity types -> our kinds): PERSON -> NAME; DATE_TIME -> DATE and TIME;
LOCATION and ORGANIZATION (hospitals) -> LOCATION; PHONE_NUMBER, EMAIL_ADDRESS, URL -> CONTACT;
NRP -> DETAIL; every other type (FR_NIR... if any, CREDIT_CARD, IBAN_CODE, IP_ADDRESS...) -> ID.
Presidio has no AGE type, so its AGE recall counts DATE_TIME findings too (its best chance).
A post is unsafe for Presidio when it returns any entity with score >= 0.4.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import import_time  # noqa: E402

KINDS = ("NAME", "DATE", "AGE", "LOCATION", "CONTACT", "ID", "TIME", "DETAIL")
PRESIDIO_MAP = {
    "PERSON": {"NAME"},
    "DATE_TIME": {"DATE", "TIME", "AGE"},
    "LOCATION": {"LOCATION"},
    "ORGANIZATION": {"LOCATION"},
    "PHONE_NUMBER": {"CONTACT"},
    "EMAIL_ADDRESS": {"CONTACT"},
    "URL": {"CONTACT"},
    "NRP": {"DETAIL"},
}
PRESIDIO_THRESHOLD = 0.4

# (start, end, kinds, blocking)
Span = tuple[int, int, set[str], bool]


def load(path: Path) -> list[dict]:
    """Read the JSONL corpus."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def ours() -> Callable[[str, str], list[Span]]:
    """medsocial.check_post as a span producer (language detected, as the composer does)."""
    from medsocial import check_post

    def run(text: str, lang: str) -> list[Span]:
        return [
            (f.start, f.end, {f.kind}, f.severity == "block") for f in check_post(text).findings
        ]

    return run


def presidio() -> Callable[[str, str], list[Span]]:
    """presidio-analyzer with spaCy fr_core_news_sm, fully offline."""
    import logging

    import tldextract

    # Presidio's e-mail recogniser calls tldextract, which tries to download the suffix list:
    # use the snapshot bundled with tldextract instead (no network at benchmark time).
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}],
    }
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp)
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["fr"])

    def run(text: str, lang: str) -> list[Span]:
        results = engine.analyze(text=text, language="fr", score_threshold=PRESIDIO_THRESHOLD)
        return [(r.start, r.end, PRESIDIO_MAP.get(r.entity_type, {"ID"}), True) for r in results]

    return run


def evaluate(
    name: str, run: Callable[[str, str], list[Span]], posts: list[dict], repeats: int
) -> dict:
    """Score one system on `posts`; time each post `repeats` times and keep the fastest."""
    found: dict[str, int] = defaultdict(int)
    gold: dict[str, int] = defaultdict(int)
    unsafe = flagged = safe = passed = 0
    times: list[float] = []
    misses: list[str] = []
    false_alarms: list[str] = []
    if posts:
        run(
            posts[0]["text"], posts[0].get("lang", "fr")
        )  # warm-up: lazy loading is not per-post time
    for post in posts:
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            spans = run(post["text"], post.get("lang", "fr"))
            best = min(best, time.perf_counter() - t0)
        times.append(best)
        blocked = any(b for *_, b in spans)
        if post["safe"]:
            safe += 1
            passed += not blocked
            if blocked:
                false_alarms.append(post.get("id", "?"))
        else:
            unsafe += 1
            flagged += blocked
        for g in post.get("spans", []):
            kind = g["kind"]
            gold[kind] += 1
            hit = any(s < g["end"] and g["start"] < e and kind in kinds for s, e, kinds, _ in spans)
            found[kind] += hit
            if not hit:
                misses.append(
                    f"{post.get('id', '?')} {kind} {post['text'][g['start'] : g['end']]!r}"
                )
    times.sort()
    return {
        "name": name,
        "recall": {k: (found[k], gold[k]) for k in KINDS if gold[k]},
        "span_recall": (sum(found.values()), sum(gold.values())),
        "post_recall": (flagged, unsafe),
        "specificity": (passed, safe),
        "p50_ms": 1000 * statistics.median(times) if times else 0.0,
        "p99_ms": 1000 * times[min(len(times) - 1, int(0.99 * len(times)))] if times else 0.0,
        "misses": misses,
        "false_alarms": false_alarms,
    }


def _ratio(pair: tuple[int, int]) -> str:
    n, d = pair
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def print_table(results: list[dict]) -> None:
    """Print the systems side by side."""
    width = 26
    print("".ljust(22) + "".join(r["name"].ljust(width) for r in results))
    for kind in KINDS:
        cells = [_ratio(r["recall"].get(kind, (0, 0))) for r in results]
        print(f"span recall {kind:<10}" + "".join(c.ljust(width) for c in cells))
    for label, key in (
        ("span recall ALL", "span_recall"),
        ("post recall", "post_recall"),
        ("specificity", "specificity"),
    ):
        print(f"{label:<22}" + "".join(_ratio(r[key]).ljust(width) for r in results))
    for label, key in (("p50 ms/post", "p50_ms"), ("p99 ms/post", "p99_ms")):
        print(f"{label:<22}" + "".join(f"{r[key]:.3f}".ljust(width) for r in results))


# Dense case posts: every slot is an identifier. Filled from the lists below in the run, then
# padded or cut to 280 characters, so timing does not depend on a corpus file.
DENSE_TEMPLATES = (
    "Mme {surname}, {age} ans, née le {date}, vue ce matin au CHU de {town}, chambre {room}, "
    "IPP {number}, tél 06 {phone}. Son mari {first} nous a appelés. Carcinome de Merkel, "
    "Ki-67 30 %, S21-{number5}. #{first}{surname} ",
    "Mr {first} {surname}, a {age}-year-old retired baker from {town}, seen this morning at "
    "St Mary's Hospital, bed {room}, MRN {number}. Born {day} March 19{yy}. Call +44 20 7946 "
    "{phone4}. Merkel cell carcinoma, Ki-67 40%. #pathtwitter ",
    "F, {age}, nurse from our ICU, biopsy on 2024-03-{day} (B22.{number5}). Lives in {town}. "
    "Her son {first} posted @{first_lower}_{yy}. Gleason 3+4=7, pT2N0M0, BRAF V600E. "
    "Seen at 3 am, room {room}B. Dr A. (@path_doc) #pathboards ",
)
_FILL = {
    "surname": ("Dupont", "Kerbrat", "Nguyen", "Martin", "Lefèvre", "Smith"),
    "first": ("Paul", "Léa", "Kevin", "Marie", "John", "Hélène"),
    "town": ("Rennes", "Quimper", "Leeds", "Brest", "Lyon", "Nantes"),
}


def dense_posts(count: int = 300) -> list[str]:
    """`count` distinct 280-character posts, each with about eight identifiers."""
    import random

    rng = random.Random(3)
    posts = []
    for i in range(count):
        first = rng.choice(_FILL["first"])
        values = {
            "surname": rng.choice(_FILL["surname"]),
            "first": first,
            "first_lower": first.lower(),
            "town": rng.choice(_FILL["town"]),
            "age": rng.randint(18, 95),
            "date": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/19{rng.randint(30, 99)}",
            "day": rng.randint(10, 28),
            "yy": rng.randint(30, 99),
            "room": rng.randint(1, 40),
            "number": rng.randint(10**6, 10**7),
            "number5": rng.randint(10**4, 10**5 - 1),
            "phone": " ".join(f"{rng.randint(10, 99)}" for _ in range(4)),
            "phone4": rng.randint(1000, 9999),
        }
        text = DENSE_TEMPLATES[i % len(DENSE_TEMPLATES)].format(**values)
        posts.append((text * 2)[:280])
    return posts


# Teaching posts: most posts are safe but full of eponyms, stains, scores, codes and events that
# the checker must look at and let pass. Same length, filled the same way.
TEACHING_TEMPLATES = (
    "Quiz du jour #pathboards : lésion de {eponym}, coloration H&E x40, Ki-67 {ki} %. Score de "
    "Gleason 3+4=7, ISUP grade 2, pT2N0M0. Réponse demain ! On se retrouve au congrès de la SFP "
    "à {city} le {day} mars. DOI 10.1000/xyz{n} #doctoctoc ",
    "Journal club tonight at 8pm CET: {eponym} lymphoma, WHO 2022 classification, BRAF V600E "
    "and ICD-O 9650/3. Slides from #USCAP2025 in Boston, PMID {pmid}. Join us! Answer tomorrow "
    "#pathtwitter ",
    "Tweetorial: Merkel cell carcinoma vs small cell carcinoma. CK20 dot-like, TTF-1 negative, "
    "Ki-67 {ki}%. Breslow {mm} mm, margins 5 mm. Reed-Sternberg cells in {eponym} disease, "
    "Schiller-Duval bodies. #knoworfail ",
)
_EPONYMS = ("Hodgkin", "Crohn", "Paget", "Warthin", "Ewing", "Kaposi", "Burkitt", "Spitz")


def teaching_posts(count: int = 300) -> list[str]:
    """`count` distinct 280-character safe teaching posts."""
    import random

    rng = random.Random(5)
    posts = []
    for i in range(count):
        values = {
            "eponym": rng.choice(_EPONYMS),
            "city": rng.choice(("Lyon", "Paris", "Boston", "Lille")),
            "ki": rng.randint(2, 90),
            "day": rng.randint(10, 28),
            "n": rng.randint(100, 999),
            "pmid": rng.randint(10**7, 4 * 10**7),
            "mm": rng.randint(1, 9),
        }
        text = TEACHING_TEMPLATES[i % len(TEACHING_TEMPLATES)].format(**values)
        posts.append((text * 2)[:280])
    return posts


def _best_times(run: Callable[[str], object], posts: list[str], passes: int) -> list[float]:
    """Fastest of `passes` timings of `run(post)` for each post, in seconds.

    The passes go over all the posts in turn, so a pause of the (shared) machine spoils one
    timing of a post, not all of them: the fastest is what the post itself costs.
    """
    best = [float("inf")] * len(posts)
    for _ in range(passes):
        for i, text in enumerate(posts):
            t0 = time.perf_counter()
            run(text)
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def post_timing(passes: int) -> None:
    """p50/p99 of check_post on 280-character posts (target: p99 < 1 ms), with a baseline."""
    import re

    from medsocial import check_post

    words = re.compile(r"\w+")

    def baseline(text: str) -> object:
        return list(words.finditer(text))

    for label, posts in (
        ("dense case posts (~8 identifiers each)", dense_posts()),
        ("safe teaching posts", teaching_posts()),
    ):
        check_post(posts[0])  # warm-up: lexicons load once
        times = sorted(_best_times(check_post, posts, passes))
        base = sorted(_best_times(baseline, posts, passes))
        p50, p99 = 1000 * statistics.median(times), 1000 * times[int(0.99 * len(times))]
        base99 = 1000 * base[int(0.99 * len(base))]
        print(
            f"{label}, {len(posts)} x 280 characters: p50 {p50:.3f} ms, p99 {p99:.3f} ms "
            f"(target p99 < 1 ms: {p99:.2f}x of it; {p99 / base99:.0f}x one "
            f"re.finditer(r'\\w+') pass over the post, {1000 * base99:.1f} us)"
        )


def long_input() -> None:
    """Time one 100,000-character post (linear-time check)."""
    from medsocial import check_post

    chunk = (
        "Mme Dupont, 47 ans, vue ce matin au CHU de Rennes. Carcinome de Merkel, Ki-67 30 %. "
        + "a" * 40
        + " "
    )
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    t0 = time.perf_counter()
    report = check_post(text)
    t1 = time.perf_counter()
    evil = "1 " * 50_000
    check_post(evil)
    t2 = time.perf_counter()
    print(
        f"100,000-character post: {1000 * (t1 - t0):.0f} ms ({len(report.findings)} findings); "
        f"100,000 characters of '1 1 1 ...': {1000 * (t2 - t1):.0f} ms"
    )


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data = ROOT / "tests" / "data"
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        default=[c for c in (data / "posts_dev.jsonl", data / "posts_blind.jsonl") if c.exists()],
        help="labelled JSONL corpora (default: the development corpus, and the blind one if any)",
    )
    parser.add_argument("--no-presidio", action="store_true", help="skip the Presidio baseline")
    parser.add_argument(
        "--repeats", type=int, default=5, help="timings of each post (the fastest is kept)"
    )
    parser.add_argument(
        "--show-misses", action="store_true", help="list missed spans and false alarms"
    )
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="only the dense-post, long-input and import timings",
    )
    args = parser.parse_args()
    if args.speed_only:
        post_timing(args.repeats)
        long_input()
        import_time()
        return 0
    missing = [str(path) for path in args.corpus if not path.exists()]
    if missing:
        print(f"Corpus not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    mine = ours()
    baseline = None if args.no_presidio else presidio()
    for path in args.corpus:
        posts = load(path)
        fr_posts = [p for p in posts if p.get("lang") == "fr"]
        n_unsafe = sum(not p["safe"] for p in posts)
        print(
            f"corpus {path.name}: {len(posts)} posts ({n_unsafe} unsafe, {len(posts) - n_unsafe} safe; {len(fr_posts)} French)\n"
        )
        results = [
            evaluate("medsocial (all)", mine, posts, args.repeats),
            evaluate("medsocial (fr)", mine, fr_posts, args.repeats),
        ]
        if baseline is not None:
            results.append(evaluate("presidio+spaCy (fr)", baseline, fr_posts, 1))
        print_table(results)
        if args.show_misses:
            r = results[0]
            print(f"\n{r['name']} missed spans:")
            print("\n".join("  " + m for m in r["misses"]) or "  none")
            print(
                f"{r['name']} false alarms (safe posts blocked): {', '.join(r['false_alarms']) or 'none'}"
            )
        print()
    post_timing(args.repeats)
    long_input()
    import_time()
    return 0


if __name__ == "__main__":
    sys.exit(main())
