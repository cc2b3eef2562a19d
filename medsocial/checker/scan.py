"""Fast regex scans: a costly pattern runs only where a cheap anchor says it can start.

Python's `re` skips ahead quickly only when a pattern begins with a literal or a character set.
Patterns that begin with a lookbehind, a word boundary or a case-insensitive alternation run the
whole matcher at every position. An `Anchored` pattern pairs such a pattern with an anchor: a
regex with a fast start that matches at every position where the pattern can start. For a
pattern with case-insensitive parts the anchor is lower case and scans the lower-cased text
(same length, same offsets). The pattern is then tried only where the anchor matches, so the
matches are exactly those of `pattern.finditer(text)`, found several times faster.

The anchor is derived from the pattern itself (the prefixes every match starts with), so it can
never fall out of step with its pattern.

Most patterns start with a word ("patiente", "CHU", "aged"). Rather than each scanning the post
for its own words, `word_starts` looks up every word start of a post once, for all patterns
together, and hands each pattern the word starts where one of its words begins.

Deriving anchors means parsing every pattern again; data/anchors.json holds the results made
ahead of time (see `write_table`), so the first check stays quick.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

try:  # the parser behind re.compile: private, so anything unexpected falls back to plain scans
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None

_REGISTRY: list[Anchored] = []  # every pattern made so far: `word_starts` serves them all


@dataclass(frozen=True)
class Starts:
    """Word starts of one post where each pattern (by slot) may match; see `word_starts`."""

    found: dict[int, list[int]]
    size: int  # patterns with a slot below this were looked up (an empty list: none found)


class Anchored:
    """A costly pattern and a cheap anchor that matches wherever the pattern can start."""

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0) -> None:
        self.pattern = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
        # Case-insensitive parts: the anchor is lower case and scans the lower-cased text.
        self.folded = bool(self.pattern.flags & re.IGNORECASE) or bool(
            _INLINE_I.search(self.pattern.pattern)
        )
        self.slot = len(_REGISTRY)
        _REGISTRY.append(self)
        self._derived = False  # anchors are derived on first use: importing stays cheap
        self._anchor: re.Pattern[str] | None | bool = False  # False: not compiled yet

    def _derive(self) -> None:
        found = _table().get(_table_key(self.pattern))
        derived = found if found is not None else _derivation(self.pattern, self.folded)
        self._anchor_source: str | None = derived["anchor"]
        self.keys: set[str] = set(derived["keys"])
        self._rest = re.compile(derived["rest"]) if derived["rest"] else None
        self._derived = True

    @property
    def anchor(self) -> re.Pattern[str] | None:
        """Regex for the starts of matches (None: the pattern runs plainly)."""
        if not self._derived:
            self._derive()
        if self._anchor is False:
            self._anchor = re.compile(self._anchor_source) if self._anchor_source else None
        return self._anchor

    def absent(self, starts: Starts) -> bool:
        """True when none of the words every match must start with is in the post: no scan."""
        if not self._derived:
            self._derive()
        return (
            self._rest is None
            and bool(self.keys)
            and self._anchor_source is not None
            and self.slot < starts.size
            and self.slot not in starts.found
        )

    def search(
        self,
        text: str,
        low: str,
        pos: int = 0,
        endpos: int | None = None,
        starts: Starts | None = None,
    ) -> re.Match[str] | None:
        """Same result as `pattern.search(text, pos, endpos)`; `low` is `lower(text)`."""
        return next(self.finditer(text, low, pos, endpos, starts), None)

    def finditer(
        self,
        text: str,
        low: str,
        pos: int = 0,
        endpos: int | None = None,
        starts: Starts | None = None,
    ) -> Iterator[re.Match[str]]:
        """Same matches as `pattern.finditer(text, pos, endpos)` (the pattern never matches empty).

        `starts`: `word_starts(low)`, to skip scanning for the pattern's words.
        """
        end = len(text) if endpos is None else endpos
        if not self._derived:
            self._derive()
        pattern, match = self.pattern, self.pattern.match
        if self._anchor_source is None:
            yield from pattern.finditer(text, pos, end)
            return
        if starts is None or not self.keys or self.slot >= starts.size:
            find, subject = self.anchor.search, low if self.folded else text
            while (a := find(subject, pos, end)) is not None:
                m = match(text, a.start(), end)
                if m is None:
                    pos = a.start() + 1
                else:
                    yield m
                    pos = m.end()
            return
        # The next candidate is the first of: a word start with one of the pattern's words
        # (`starts`), a match of `_rest` (the prefixes that are not words).
        found = starts.found.get(self.slot, ())
        i, count = bisect_left(found, pos), len(found)
        rest = self._rest.search if self._rest is not None else None
        next_rest = -1  # position of the next `_rest` match (end: none), recomputed when passed
        while True:
            while i < count and found[i] < pos:
                i += 1
            start = found[i] if i < count and found[i] < end else end
            if rest is not None:
                if next_rest < pos:
                    r = rest(low if self.folded else text, pos, end)
                    next_rest = end if r is None else r.start()
                if next_rest < start:
                    start = next_rest
            if start >= end:
                return
            m = match(text, start, end)
            if m is None:
                pos = start + 1
            else:
                yield m
                pos = m.end()


def _derivation(pattern: re.Pattern[str], folded: bool) -> dict:
    """What `Anchored` needs, as sources and words (stored as they are in the table)."""
    prefixes = _match_prefixes(pattern, folded) or set()
    # Prefixes that start a word ("pat", "ans") are looked up by `word_starts` (which sees the
    # lower-cased post); the others ("(", "4") are scanned for. A case-sensitive pattern with a
    # capital in a word ("CHU") keeps its own scan: it is more selective.
    keys = {p: _word_keys(p) for p in prefixes}
    if not folded and any(key != lower(key) for k in keys.values() for key in k):
        keys = {}
    words = sorted({key for k in keys.values() for key in k})
    rest = {p for p, k in keys.items() if not k}
    return {
        "anchor": _trie_source(prefixes) if prefixes else None,
        "keys": words,
        "rest": _trie_source(rest) if words and rest else None,
    }


# Derivations made ahead of time (parsing every pattern again costs a first check ~150 ms).
# An entry serves only the exact pattern it was made for; any other pattern is derived when
# first used. Refresh after editing patterns:
#     python -c "from medsocial.checker import scan; print(scan.write_table())"
_TABLE = ("medsocial.checker", "data", "anchors.json")
_VERSION = "1"  # change when the derivation changes: every stored entry is then ignored


def _table_key(pattern: re.Pattern[str]) -> str:
    text = f"{_VERSION}\0{pattern.flags}\0{pattern.pattern}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@cache
def _table() -> dict[str, dict]:
    package, *path = _TABLE
    try:
        return json.loads(resources.files(package).joinpath(*path).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def write_table() -> Path:
    """Derive every registered pattern afresh and store the results (a developer command)."""
    package, *path = _TABLE
    target = Path(str(resources.files(package).joinpath(*path)))
    table = {_table_key(a.pattern): _derivation(a.pattern, a.folded) for a in _REGISTRY}
    target.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return target


def _word_keys(prefix: Prefix) -> set[str]:
    """How a prefix starts a word, as plain lower-case strings (empty: not at a word start).

    ("p+start", "[ée]", "t") -> {"pet", "pét"}: literal characters and small classes up to the
    first wider part.
    """
    if not prefix[0].endswith(_WORD_START):
        return set()
    keys = {""}
    for atom in (prefix[0][: -len(_WORD_START)], *prefix[1:]):
        char = _LITERAL.fullmatch(atom)
        chars = {char.group(1) or char.group(2)} if char else _SMALL_CLASS.get(atom, set())
        if not chars or len(keys) * len(chars) > 8:
            break
        keys = {key + c for key in keys for c in chars}
    # A lone digit ("4" of "47") starts too many words of a case post: scanning is cheaper.
    return set() if "" in keys or any(len(k) == 1 and k.isdigit() for k in keys) else keys


_LITERAL = re.compile(r"\\(.)|([^\\\[\]().*+?{}|^$])", re.S)  # one escaped or plain character
_SMALL_CLASS: dict[str, set[str]] = {}  # "[eé]" -> {"e", "é"}, filled by `_class_atoms`


class _WordIndex:
    """For every word start of a post, the patterns one of whose words begins there."""

    size = -1
    finder: re.Pattern[str] | None = None
    slots: dict[str, tuple[int, ...]] = {}

    @classmethod
    def refresh(cls) -> None:
        """(Re)build the index when patterns were added since the last build."""
        if cls.size == len(_REGISTRY):
            return
        by_key: dict[str, set[int]] = defaultdict(set)
        for pattern in list(_REGISTRY):
            if not pattern._derived:
                pattern._derive()
            for key in pattern.keys:
                by_key[key].add(pattern.slot)
        # The finder reports the longest key at a word start: it stands for its prefixes too.
        cls.slots = {
            key: tuple(sorted({s for n in range(1, len(key) + 1) for s in by_key.get(key[:n], ())}))
            for key in by_key
        }
        keys = sorted(by_key)
        cls.finder = re.compile(rf"\b(?=({trie(keys, loose=False)}))") if keys else None
        cls.size = len(_REGISTRY)


def word_starts(low: str) -> Starts:
    """Word starts of the lower-cased post where each registered pattern may match."""
    _WordIndex.refresh()
    found: dict[int, list[int]] = defaultdict(list)
    if _WordIndex.finder is not None:
        slots = _WordIndex.slots
        for m in _WordIndex.finder.finditer(low):
            start = m.start()
            for slot in slots[m.group(1)]:
                found[slot].append(start)
    return Starts(found, _WordIndex.size)


# "(?i)", "(?i:", "(?-i:": a pattern with any of these is treated as case-insensitive throughout
# (lower-casing both the anchor and the text is never wrong, only less selective).
_INLINE_I = re.compile(r"\(\?[aiLmsux-]*i")
# A prefix is a tuple of atoms: regex source for one character ("a", "\\d", "[\\w.]").
Prefix = tuple[str, ...]
_MAX_PREFIX = 4  # atoms: long enough to be selective, short enough to keep the anchor small
_MAX_BRANCH = 10  # a first class of up to this many characters becomes alternatives (é|e)
_MAX_CLASS = 400  # a wider class ends the prefix
_MAX_PREFIXES = 1000
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _match_prefixes(pattern: re.Pattern[str], folded: bool) -> set[Prefix] | None:
    """Prefixes (lower case if `folded`) such that every match of `pattern` starts with one.

    None when some match could start with anything (an empty prefix) or the pattern uses
    something this walk does not know.
    """
    if _parser is None:
        return None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        prefixes = _expand(items, 0, False, False, folded, 0)
    except (AttributeError, TypeError, ValueError, IndexError, RecursionError):  # pragma: no cover
        return None
    if not prefixes or () in prefixes:
        return None
    size = _MAX_PREFIX
    while len(prefixes) > _MAX_PREFIXES:  # too many: shorter prefixes are still prefixes
        size -= 1
        prefixes = {p[:size] for p in prefixes}
    # ("v", "i", "l", "l") already covers ("v", "i", "l", "l", "a", "g"): keep the shortest.
    return {p for p in prefixes if not any(p[:n] in prefixes for n in range(1, len(p)))}


def _expand(
    items: list, length: int, boundary: bool, word: bool, folded: bool, depth: int
) -> set[Prefix]:
    """Prefixes of the matches of the parsed `items`, after `length` atoms already seen.

    `boundary`: a word boundary (or "not after a word character") comes before the first atom.
    `word`: the atoms so far are one word from its start, so a repeat of letters may follow.
    """
    if length >= _MAX_PREFIX or not items or depth > 50:
        return {()}
    (op, av), rest = items[0], items[1:]
    name, depth = op.name, depth + 1
    if length == 0 and (
        (name == "AT" and av.name == "AT_BOUNDARY")
        or (name == "ASSERT_NOT" and _after_non_word(av))
    ):
        return _expand(rest, length, True, word, folded, depth)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # other zero-width conditions: ignoring is safe
        return _expand(rest, length, boundary, word, folded, depth)
    if name in ("LITERAL", "IN"):
        first = length == 0
        atoms = _class_atoms(((op, av),) if name == "LITERAL" else tuple(av), first, folded)
        if atoms is None:
            return {()}
        if boundary and first:
            # A word boundary before a word character: the one before it is not a word character.
            atoms = tuple(a + _WORD_START if _WORD_ATOM.fullmatch(a) else a for a in atoms)
            wordy = [a.endswith(_WORD_START) for a in atoms]
        else:
            wordy = [word and _WORD_ATOM.fullmatch(a) is not None for a in atoms]
        prefixes: set[Prefix] = set()
        for is_word in set(wordy):  # the rest does not depend on which letter came: expand once
            tails = _expand(rest, length + 1, False, is_word, folded, depth)
            prefixes.update(
                (atom, *tail)
                for atom, w in zip(atoms, wordy, strict=True)
                if w == is_word
                for tail in tails
            )
        return prefixes
    if name == "SUBPATTERN":  # (group, add_flags, del_flags, items): flags are in `folded`
        return _expand(list(av[3]) + rest, length, boundary, word, folded, depth)
    if name == "ATOMIC_GROUP":
        return _expand(list(av) + rest, length, boundary, word, folded, depth)
    if name == "BRANCH":
        return {
            p
            for alt in av[1]
            for p in _expand(list(alt) + rest, length, boundary, word, folded, depth)
        }
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        if high == 0:
            return _expand(rest, length, boundary, word, folded, depth)
        run = _word_run(body, folded) if word and high == _parser.MAXREPEAT else None
        if run is not None:  # the rest of a word: "[a-z]{2,}" (linear: it starts at a word start)
            tails = _expand(rest, length + 1, False, False, folded, depth)
            return {(f"{run}{{{low},}}", *tail) for tail in tails}
        # One pass through the body, then the rest of the repeat; or nothing when optional.
        again = (op, (max(low - 1, 0), high if high == _parser.MAXREPEAT else high - 1, body))
        once = _expand([*body, again, *rest], length, boundary, word, folded, depth)
        return once | _expand(rest, length, boundary, word, folded, depth) if low == 0 else once
    return {()}  # any character, a back-reference...: the prefix stops here


def _after_non_word(lookaround: tuple) -> bool:
    """True for a lookbehind "not after a word character", as in "(?<![\\w@#])"."""
    direction, items = lookaround
    if direction != -1 or len(items) != 1 or items[0][0].name != "IN":
        return False
    members = items[0][1]
    return all(op.name != "NEGATE" for op, _ in members) and any(
        op.name == "CATEGORY" and av.name == "CATEGORY_WORD" for op, av in members
    )


def _word_run(body: list, folded: bool) -> str | None:
    """The atom for an unbounded repeat of word characters right after a word start, if it is one.

    Only there may an anchor hold a repeat: the start check fails at once inside a word, so
    each word is scanned once and the anchor stays linear.
    """
    if len(body) != 1 or body[0][0].name not in ("LITERAL", "IN"):
        return None
    op, av = body[0]
    atoms = _class_atoms(((op, av),) if op.name == "LITERAL" else tuple(av), False, folded)
    return atoms[0] if atoms and len(atoms) == 1 and _WORD_ATOM.fullmatch(atoms[0]) else None


# After a first atom that is a word character: "not preceded by a word character" (a word start).
_WORD_START = r"(?<!\w.)"
_WORD_ATOM = re.compile(r"\w|\[(?:\\[dw]|\w-\w|\w)+\]")


@cache
def _class_atoms(items: tuple, first: bool, folded: bool) -> tuple[str, ...] | None:
    """Atoms for a parsed character class (lower case if `folded`); the `first` one of a prefix is
    split into one atom per character when there are few, so the regex engine can skip ahead.

    None (the prefix stops) for a negated or very wide class.
    """
    case = lower if folded else str
    chars: set[str] = set()
    categories: list[str] = []
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            chars.add(case(chr(av)))
        elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS:
            chars.update(case(chr(c)) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and folded and av.name == "CATEGORY_DIGIT":
            chars.update("0123456789")  # lower() writes every digit as an ASCII one
        elif name == "CATEGORY" and av.name in _CATEGORIES:
            categories.append(_CATEGORIES[av.name])
        else:  # NEGATE, a negated category, a very wide range
            return None
    if not categories and (len(chars) == 1 or first and len(chars) <= _MAX_BRANCH):
        return tuple(re.escape(c) for c in sorted(chars))
    atom = _class(chars, "".join(categories))
    if not categories and len(chars) <= 3:
        _SMALL_CLASS[atom] = chars
    return (atom,)


def _class(chars: Iterable[str], categories: str = "") -> str:
    """A character class written with ranges: "[a-zß-öø-ÿ]"."""
    runs: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    body = "".join(
        _escape_in_class(chr(a)) + ("-" + _escape_in_class(chr(b)) if b > a else "")
        for a, b in runs
    )
    return "[" + categories + body + "]"


def _escape_in_class(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


# Letters that a case-insensitive pattern also matches but that lower() keeps as they are.
_CASE_EXTRA = str.maketrans("\u0131\u017f\u00b5\u03c2", "is\u03bc\u03c3")
_CASE_EXTRA_CHARS = re.compile("[\u0131\u017f\u00b5\u03c2]")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def lower(text: str) -> str:
    """Lower-cased `text`, one character per character so that offsets stay the same."""
    low = text.lower()
    if len(low) != len(text):
        # "İ".lower() is two characters: keep the first one of each.
        low = "".join(c.lower()[:1] for c in text)
    if low.isascii():
        return low
    if _CASE_EXTRA_CHARS.search(low):
        low = low.translate(_CASE_EXTRA)
    if _OTHER_DIGIT.search(low):
        # Digits of other scripts ("٣") as ASCII ones, so that anchors can start with a plain "3".
        low = _OTHER_DIGIT.sub(lambda m: str(int(m.group())), low)
    return low


def trie(words: Iterable[str], loose: bool = True) -> str:
    """One regex for many literal words, factored by shared prefixes so matching stays fast.

    When `loose`, a space or hyphen in a word matches either one ("quarante-sept", "quarante sept").
    """
    return _trie_source(
        tuple("[\\s-]" if loose and c in " -" else re.escape(c) for c in word) for word in words
    )


def _trie_source(sequences: Iterable[Prefix]) -> str:
    """One regex for many sequences of atoms, factored by shared prefixes.

    Single characters that lead to the same rest are merged into a class ("0…|1…" -> "[01]…"),
    except first characters that let the regex engine skip ahead (all of them plain characters).
    """
    root: dict = {}
    for atoms in sequences:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def build(node: dict, top: bool) -> str:
        branches = [(atom, build(child, False)) for atom, child in sorted(node.items()) if atom]
        chars = [_ONE_CHAR.fullmatch(atom) for atom, _ in branches]
        groups: dict[tuple[str, str], list[str]] = {}
        for (atom, rest), char in zip(branches, chars, strict=True):
            if char is None:
                groups[(atom, rest)] = []
            else:
                groups.setdefault((char.group(2), rest), []).append(char.group(1))
        if top and all(chars) and len(groups) > 1:
            merged = [atom + rest for atom, rest in branches]  # keep the fast start
        else:
            merged = [
                (rest_atom if not members else _one_char(members) + rest_atom) + rest
                for (rest_atom, rest), members in groups.items()
            ]
        if not merged:
            return ""
        body = merged[0] if len(merged) == 1 else "(?:" + "|".join(merged) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root, True)


# A single (maybe escaped) character, maybe followed by the word-start check.
_ONE_CHAR = re.compile(r"(\\.|[^\\\[\]().*+?{}|^$])((?:\(\?<!\\w\.\))?)", re.S)


def _one_char(members: list[str]) -> str:
    """The atom matching any of these (escaped) single characters."""
    if len(members) == 1:
        return members[0]
    return _class(m[-1] for m in members)
