"""Build the labelled corpora (JSONL) from their markup files: posts_dev/ -> posts_dev.jsonl
(the development corpus, which the checker is tuned on) and posts_blind/ -> posts_blind.jsonl
(written without seeing the checker and never tuned on: it measures how the rules generalise).

    .venv/bin/python tests/data/build_posts_dev.py            # write both JSONL files, print counts
    .venv/bin/python tests/data/build_posts_dev.py --check    # exit 1 if one of them is stale
    .venv/bin/python tests/data/build_posts_dev.py --src DIR --out FILE   # one corpus only

Markup: one post per line; a literal backslash-n (with the spaces around it, if any) is a line
break inside the post; lines starting with `#!` are comments; blank lines are skipped.
An identifier is written `[[KIND:text]]`. The file name gives the language and the label:
`fr_unsafe_1.txt` -> lang "fr", unsafe; `en_safe.txt` -> lang "en", safe (no markup allowed).
Between two blind rounds (the last blind corpus folded into posts_dev/, the next one not yet
written) there is no posts_blind/ folder and no posts_blind.jsonl.
Every character between the markers is kept as written (zero-width spaces, homoglyphs...).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "posts_dev"
OUT = HERE / "posts_dev.jsonl"
CORPORA = [(SRC, OUT), (HERE / "posts_blind", HERE / "posts_blind.jsonl")]
KINDS = ("NAME", "DATE", "AGE", "LOCATION", "CONTACT", "ID", "TIME", "DETAIL")
FILE_NAME = re.compile(r"^(?P<lang>fr|en)_(?P<label>safe|unsafe)(?:_\w+)?\.txt$")
# One token at a time: a line break (eating one space each side), an opening marker, a closing one.
TOKEN = re.compile(r" ?\\n ?|\[\[(?:(?P<kind>[A-Za-z]+):)?|\]\]")


class MarkupError(ValueError):
    """Malformed markup, with the file and line where it is."""


@dataclass
class Post:
    """One labelled post, as written to the JSONL."""

    id: str
    text: str
    lang: str
    safe: bool
    spans: list[dict] = field(default_factory=list)

    def as_json(self) -> str:
        """One JSONL line with a fixed key order."""
        record = {
            "id": self.id,
            "text": self.text,
            "lang": self.lang,
            "safe": self.safe,
            "spans": self.spans,
        }
        return json.dumps(record, ensure_ascii=False)


def parse_line(line: str, where: str) -> tuple[str, list[dict]]:
    """Turn one markup line into (text, spans); raise MarkupError naming `where` if malformed."""
    out: list[str] = []
    spans: list[dict] = []
    length = 0  # length of the text built so far (avoids re-joining `out`)
    open_at: int | None = None
    open_kind = ""
    pos = 0
    for match in TOKEN.finditer(line):
        piece = line[pos : match.start()]
        out.append(piece)
        length += len(piece)
        pos = match.end()
        token = match.group(0)
        if token.startswith("[["):
            if open_at is not None:
                raise MarkupError(f"{where}: '[[' inside another [[...]] (nested markup)")
            kind = match.group("kind")
            if kind is None:
                raise MarkupError(
                    f"{where}: '[[' must be followed by KIND: (one of {', '.join(KINDS)})"
                )
            if kind not in KINDS:
                raise MarkupError(f"{where}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
            open_at, open_kind = length, kind
        elif token == "]]":
            if open_at is None:
                raise MarkupError(f"{where}: ']]' without a matching '[[KIND:'")
            marked = "".join(out)[open_at:length]
            if not marked.strip():
                raise MarkupError(f"{where}: empty [[{open_kind}:]] span")
            if marked != marked.strip():
                raise MarkupError(f"{where}: [[{open_kind}:{marked}]] starts or ends with a space")
            spans.append({"start": open_at, "end": length, "kind": open_kind})
            open_at = None
        else:  # line break
            if open_at is not None:
                raise MarkupError(f"{where}: line break inside [[{open_kind}:...]]")
            out.append("\n")
            length += 1
    if open_at is not None:
        raise MarkupError(f"{where}: '[[{open_kind}:' is never closed with ']]'")
    out.append(line[pos:])
    text = "".join(out)
    if not text.strip():
        raise MarkupError(f"{where}: the post is empty")
    return text, spans


def parse_file(path: Path) -> list[Post]:
    """Parse one markup file into posts, checking its name and its label rules."""
    name = FILE_NAME.match(path.name)
    if name is None:
        raise MarkupError(f"{path}: name must look like fr_unsafe_1.txt or en_safe.txt")
    lang, safe = name["lang"], name["label"] == "safe"
    posts: list[Post] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip(" \t")
        if not line or line.startswith("#!"):
            continue
        where = f"{path}:{number}"
        text, spans = parse_line(line, where)
        if safe and spans:
            raise MarkupError(
                f"{where}: identifier markup in a safe file (move the post or unmark it)"
            )
        if not safe and not spans:
            raise MarkupError(f"{where}: unsafe post without any [[KIND:...]] span")
        posts.append(Post(f"{path.stem}-{len(posts) + 1:03d}", text, lang, safe, spans))
    return posts


def build(src: Path = SRC) -> list[Post]:
    """Parse every markup file of `src` (sorted by name); reject duplicate post texts."""
    files = sorted(src.glob("*.txt"))
    if not files:
        raise MarkupError(f"{src}: no markup files (*.txt) found")
    posts = [post for path in files for post in parse_file(path)]
    seen: dict[str, str] = {}
    for post in posts:
        if post.text in seen:
            raise MarkupError(f"{post.id}: same text as {seen[post.text]} (duplicate post)")
        seen[post.text] = post.id
    return posts


def render(posts: list[Post]) -> str:
    """The JSONL content, one post per line, sorted by id."""
    return "".join(post.as_json() + "\n" for post in sorted(posts, key=lambda p: p.id))


def summary(posts: list[Post]) -> str:
    """Counts per file and per kind, for the maintainer's eye."""
    per_file = Counter(post.id.rsplit("-", 1)[0] for post in posts)
    per_kind = Counter(span["kind"] for post in posts for span in post.spans)
    unsafe = sum(not post.safe for post in posts)
    per_lang = Counter(post.lang for post in posts)
    lines = [
        f"{len(posts)} posts: {unsafe} unsafe, {len(posts) - unsafe} safe; "
        + ", ".join(f"{lang} {n}" for lang, n in sorted(per_lang.items()))
    ]
    lines += [f"  {name:<14} {n:>4} posts" for name, n in sorted(per_file.items())]
    lines += [f"  {kind:<14} {per_kind[kind]:>4} spans" for kind in KINDS]
    return "\n".join(lines)


def build_one(src: Path, out: Path, check: bool) -> int:
    """Write (or check) one JSONL; 0 on success, 1 if stale in check mode, 2 on bad markup."""
    try:
        posts = build(src)
    except MarkupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    content = render(posts)
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != content:
            print(
                f"{out} is out of date: run .venv/bin/python tests/data/build_posts_dev.py",
                file=sys.stderr,
            )
            return 1
        print(f"{out.name} is up to date")
    else:
        out.write_text(content, encoding="utf-8")
        print(f"wrote {out}")
    print(summary(posts))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Build every corpus (or the one given); the worst exit code of them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a JSONL is out of date")
    parser.add_argument("--src", type=Path, help="folder of markup files (default: every corpus)")
    parser.add_argument("--out", type=Path, help="JSONL file to write or check (with --src)")
    args = parser.parse_args(argv)
    if (args.src is None) != (args.out is None):
        parser.error("--src and --out go together")
    corpora = [(args.src, args.out)] if args.src else CORPORA
    codes = []
    for src, out in corpora:
        if src.is_dir() or args.src:
            codes.append(build_one(src, out, args.check))
        elif out.exists():  # a blind corpus folded into the development one, JSONL left behind
            print(f"{out} has no markup folder {src.name}/: delete it", file=sys.stderr)
            codes.append(1)
        else:  # between two blind rounds: the next blind corpus is being written
            print(f"no {src.name}/ yet (between two blind rounds)")
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())
