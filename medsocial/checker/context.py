"""What every detector sees: the folded text, its language, protected spans and helpers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from medsocial.checker.allow import protected_spans

# Sentence ends, but not after a title or a common abbreviation ("Dr. Jones", "vs. Crohn").
# (The punctuation comes first so the regex engine can skip ahead quickly.)
_SENTENCE_END = re.compile(
    r"[.!?;\n](?<!\bDr\.)(?<!\bPr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bM\.)(?<!\bSt\.)"
    r"(?<!\bProf\.)(?<!\bvs\.)(?<!\bcf\.)(?<!\bFig\.)(?<!\bfig\.)(?<!\b[A-Z]\.)[.!?;\n]*(?:\s+|$)"
    r"|\s[-|]\s"
)
# Words that show a post is about a patient or a case (not about the author's day or an event).
CASE_WORDS = re.compile(
    r"(?i)\b(?:patiente?s?|homme|femme|man|woman|enfant|child|boy|girl|gar[çc]on|fille|b[ée]b[ée]|baby|"
    r"nourrisson|infant|monsieur|madame|mme|mrs?|ms|ans|years?|yo|y/o|cas|case|biopsie|biopsy|"
    r"tumeur|tumou?r|l[ée]sion|masse|mass|nodule|r[ée]section|resection|ex[ée]r[eè]se|pi[eè]ce|specimen|"
    r"diagnos\w*|\w+(?:omes?|omas?)|admi[st]\w*|hospitalis\w*|op[ée]r[ée]e?s?|operated|surgery|"
    r"chirurgie|vue?|seen|pr[ée]sent\w*|consult\w*|adress[ée]e?|referred|urgences?|emergency|"
    r"extemporan[ée]e?|frozen\s+section|grossing|macroscopie|lames?|slides?|bench|paillasse|"
    r"bloc|theatre|lump|bump|bosse|cancer|GIST|polyp\w*|n[ée]v(?:us|i)|naevus|ulc[eè]res?|ulcers?|"
    r"\w+ites?|\w+itis|\w+ectomie|\w+ectomy|\w+otomie|\w+otomy|biops\w*|autopsie|autopsy)\b"
)
# Teaching events, congresses and publications: dates, places and times in the same sentence
# describe the event, not the patient.
EVENT = re.compile(
    r"(?i)\b(?:congr[eè]s|congress|conf[eé]rences?|meeting|annual|symposium|webinai?re?s?|workshop|"
    r"journ[eé]es?\s+(?:de|d'|du|nationales|francophones)|journal\s+club|"
    r"s[eé]minaire|seminar|lecture|keynote|masterclass|poster|abstracts?|deadline|"
    r"registration|inscriptions?|register|join\s+us|rejoignez|live\s+on|en\s+direct\s+sur|"
    r"tweetorial|quiz|published|publi[eé]e?s?\s+(?:le|dans|in|on)|paper|edition|[eé]dition|"
    r"formation|training\s+course|teaching\s+session|session\s+de|talk\s+(?:at|on|by))\b"
    r"|\b(?-i:DIU|DES|USCAP|ECP|ESP|SFP|CAP|IAP|ASCO|ESMO|AACR|ASCP|AFAQAP)\b"
    r"|#[A-Za-z]+(?:20)?\d\d\b"
)


@cache
def _stems_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation per stem tuple: a single C-level scan instead of a Python loop."""
    return re.compile("|".join(map(re.escape, stems)))


@dataclass
class Context:
    """Folded post text with language and cheap lookups shared by the detectors."""

    text: str
    lang: str
    protected: list[tuple[int, int]] = field(default_factory=list)
    _bounds: list[int] = field(default_factory=list)
    _searches: dict[tuple[int, int], bool] = field(default_factory=dict)
    _protected_ends: list[int] = field(default_factory=list)
    _lower: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, lang: str) -> Context:
        """Compute sentence boundaries and protected spans once per post."""
        bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        merged: list[tuple[int, int]] = []
        for start, end in sorted(protected_spans(text)):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return cls(text, lang, merged, bounds, {}, [end for _, end in merged])

    @property
    def lower(self) -> str:
        """Lower-cased text, computed once, for cheap prefilters; offsets are the text's plus one."""
        if not self._lower:
            # A leading space lets a stem like " maire" match a word start anywhere.
            low = self.text.lower()
            if len(low) != len(self.text):
                # "İ".lower() is two characters: keep one per character so offsets still match.
                low = "".join(c.lower()[:1] for c in self.text)
            self._lower.append(" " + low.replace("'", " ").replace("-", " "))
        return self._lower[0]

    def has(self, stems: tuple[str, ...]) -> bool:
        """True when any lower-case stem occurs: skips a regex that cannot match."""
        return _stems_pattern(stems).search(self.lower) is not None

    def say(self, fr: str, en: str) -> str:
        """Pick the message in the post's language."""
        return fr if self.lang == "fr" else en

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence around `pos`."""
        i = bisect_right(self._bounds, pos) - 1
        start = self._bounds[max(i, 0)]
        end = self._bounds[i + 1] if i + 1 < len(self._bounds) else len(self.text)
        return start, end

    def is_event(self, pos: int) -> bool:
        """True when the sentence around `pos` is about a congress, course or publication."""
        return self.sentence_search(EVENT, pos)

    def sentence_search(self, pattern: re.Pattern[str], pos: int) -> bool:
        """True when `pattern` occurs in the sentence around `pos` (cached: linear on long posts)."""
        start, end = self.sentence(pos)
        key = (id(pattern), start)
        if key not in self._searches:
            self._searches[key] = pattern.search(self.text, start, end) is not None
        return self._searches[key]

    def text_search(self, pattern: re.Pattern[str]) -> bool:
        """True when `pattern` occurs anywhere in the post (cached)."""
        key = (id(pattern), -1)
        if key not in self._searches:
            self._searches[key] = pattern.search(self.text) is not None
        return self._searches[key]

    def is_case(self) -> bool:
        """True when the post talks about a patient or a case at all."""
        return self.text_search(CASE_WORDS)

    def is_protected(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps an allow-listed span (DOI, score, stage...)."""
        # Protected spans are merged and sorted: only the first one ending after `start` matters.
        i = bisect_right(self._protected_ends, start)
        return i < len(self.protected) and self.protected[i][0] < end

    def windows(
        self,
        stems: tuple[str, ...],
        before: int,
        after: int,
        extra: re.Pattern[str] | None = None,
    ) -> list[tuple[int, int]]:
        """Merged windows around lower-case `stems` (and `extra` matches) where a costly regex may match.

        A plain-literal scan of the lower-cased text is several times faster than a
        case-insensitive alternation; `before`/`after` must cover what the costly pattern can
        match on each side of its anchor.
        """
        # self.lower has one leading space: its offsets are one more than the text's.
        spans = [(m.start() - 1, m.end() - 1) for m in _stems_pattern(stems).finditer(self.lower)]
        if extra is not None:
            spans = sorted(spans + [m.span() for m in extra.finditer(self.text)])
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            lo, hi = max(0, start - before), min(len(self.text), end + after)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged

    def finditer_near(
        self, pattern: re.Pattern[str], stems: tuple[str, ...], before: int, after: int
    ) -> Iterator[re.Match[str]]:
        """Matches of a costly `pattern`, searched only in `windows` around `stems`.

        (Lookbehinds and word boundaries still see the whole text; only the window end cuts.)
        """
        for lo, hi in self.windows(stems, before, after):
            yield from pattern.finditer(self.text, lo, hi)

    def before(self, pos: int, width: int = 40) -> str:
        """Lower-cased text just before `pos`."""
        return self.text[max(0, pos - width) : pos].lower()
