"""`check_post`: fold the text, run every registered detector, map findings back to the original."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from medsocial.checker.context import Context
from medsocial.checker.detectors import DETECTORS, Hit
from medsocial.checker.detectors.base import SpanSet
from medsocial.checker.lang import detect_lang
from medsocial.checker.lexicons import allow_terms, fold
from medsocial.checker.normalize import Normalized, is_invisible, lookalike_words, normalize
from medsocial.checker.report import Finding, Report

LANGS = ("fr", "en")


_EPONYM_PREFIXES = frozenset(["non", "anti", "pseudo", "post", "pre", "para"])  # "non-Hodgkin"
_ELISION = re.compile(r"(?i)(?:[cdjlmnst]|qu)'")  # French "d'", "l'", "qu'" before a word


def _disguised_kind(word: str) -> tuple[str, str]:
    """The kind and severity of a disguised word: a capitalised one is a name ("Ta\u200bmiko",
    "Lеfèvrе"), unless it is an eponym ("Mer\u200bkel", "Reed-Stern\u200bberg"), which hides
    nothing: advice to retype it ("non-Hodg\u200bkin" too)."""
    parts = fold(word).split("-")
    if len(parts) > 1 and parts[0] in _EPONYM_PREFIXES:
        parts = parts[1:]
    eponym = all(part in allow_terms() for part in parts)
    if word[:1].isupper() and not eponym:
        return "NAME", "block"
    return "DETAIL", "warn" if eponym else "block"


def _hidden_findings(norm: Normalized, lang: str) -> list[Finding]:
    """One finding per word that hides invisible characters (a trick to dodge filters)."""
    text = norm.original
    findings: list[Finding] = []
    last_end = -1
    for pos in norm.hidden:
        if pos < last_end:
            continue
        start = pos
        while start > 0 and (
            text[start - 1].isalnum() or text[start - 1] in "-'" or is_invisible(text[start - 1])
        ):
            start -= 1
        elision = _ELISION.match(text, start)
        if elision and elision.end() <= pos:
            start = elision.end()  # « d'Ewi\u200bng »: the word is "Ewing"
        end = pos
        while end < len(text) and (text[end].isalnum() or is_invisible(text[end])):
            end += 1
        last_end = end
        visible = "".join(c for c in text[start:end] if not is_invisible(c))
        message = (
            "Ce mot contient des caractères invisibles : ils ne cachent rien aux lecteurs. Retapez le mot, et s'il désigne le patient, supprimez-le."
            if lang == "fr"
            else "This word contains invisible characters: they hide nothing from readers. Retype the word, and if it points to the patient, remove it."
        )
        kind, severity = _disguised_kind(visible)
        findings.append(Finding(kind, start, end, text[start:end], message, visible, severity))
    return findings


def _lookalike_findings(norm: Normalized, lang: str, found: list[Finding]) -> list[Finding]:
    """One finding per word with look-alike letters from another alphabet that no finding covers
    yet: a capitalised one is a name in disguise."""
    findings: list[Finding] = []
    words = lookalike_words(norm.original)
    if not words:
        return findings
    covered = SpanSet(len(norm.original))
    for f in found:
        covered.add(f.start, f.end)
    for start, end in words:
        if covered.overlaps(start, end):
            continue
        word = norm.original[start:end]
        folded = normalize(word).text
        kind, severity = _disguised_kind(folded)
        message = (
            "Ce mot mêle des lettres d'un autre alphabet qui imitent les nôtres : les lecteurs le lisent quand même. Retapez-le, et s'il désigne le patient, supprimez-le."
            if lang == "fr"
            else "This word mixes in look-alike letters from another alphabet: readers still read it. Retype it, and if it points to the patient, remove it."
        )
        findings.append(Finding(kind, start, end, word, message, folded, severity))
    return findings


# A post written in capitals ("THANK YOU KORLE BU, UNCLE FESTUS IS HOME"): the detectors read it
# with its words capitalised as usual, so that names and places stand out; acronyms stay.
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")
_ACRONYMS = frozenset({
    "USCAP", "AFAQAP", "ASCO", "ESMO", "AACR", "ASCP", "RCPA", "FRCPATH", "GIST", "DCIS", "LCIS",
    "BRAF", "KRAS", "NRAS", "EGFR", "MALT", "DLBCL", "FIGO", "ISUP", "AJCC", "NCCN", "IARC", "COVID",
    "RAMQ", "OHIP", "UHID", "LIMS", "HEGP", "APHP", "CHRU", "CHUV", "GOSH", "LUTH", "KATH", "UNTH",
    "UHCD", "CHEM", "HMYOI", "ECOG", "MRSA", "SARS", "PHRC", "INCA", "NISS", "STAT", "ASAP",
})  # fmt: skip


def _unshout(text: str) -> str:
    """`text` with its capitalised words written "Like This" when most of it is in capitals."""
    capitals = sum(map(str.isupper, text))  # (most posts stop here: fewer than 0.8 * 20)
    if capitals < 16:
        return text
    letters = sum(map(str.isalpha, text))
    if letters < 20 or capitals < 0.8 * letters:
        return text
    calm = _CAPS_WORD.sub(
        lambda m: m[0] if len(m[0]) <= 3 or m[0] in _ACRONYMS else m[0].capitalize(), text
    )
    return calm if len(calm) == len(text) else text  # (offsets must not move)


def _merge(hits: list[Hit]) -> list[Hit]:
    """Merge overlapping hits of the same kind into one (first message kept, span widened)."""
    merged: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.kind, h.start, -h.end)):
        last = merged[-1] if merged else None
        if last and last.kind == hit.kind and hit.start < last.end:
            severity = "block" if "block" in (last.severity, hit.severity) else "warn"
            keep = last if last.severity == severity else hit
            merged[-1] = Hit(
                last.kind,
                last.start,
                max(last.end, hit.end),
                keep.message,
                keep.suggestion,
                severity,
            )
        else:
            merged.append(hit)
    return merged


def _inside(hits: list[Hit], outer: str, inner: str, text: str = "") -> list[Hit]:
    """`hits` without the `inner` ones that lie inside an `outer` one: names inside a place of more
    words ("Royal Devon", "Princess Alexandra": hospitals, but "Tanisha's" is still Tanisha; pass
    `text` for that test), ages inside a number read out ("deux, soixante-douze, zéro neuf...")."""
    spans = sorted((h.start, h.end) for h in hits if h.kind == outer)
    if not spans:
        return hits
    starts = [start for start, _ in spans]
    # the span reaching furthest among those starting at or before each one (a long post stays
    # linear: one binary search per inner hit)
    widest = list(accumulate(spans, lambda a, b: b if b[1] > a[1] else a))

    def covered(hit: Hit) -> bool:
        i = bisect_right(starts, hit.start) - 1
        if i < 0:
            return False
        start, end = widest[i]
        return hit.end <= end and (not text or " " in text[start : hit.start] + text[hit.end : end])

    return [h for h in hits if h.kind != inner or not covered(h)]


# A hit inside a wider one of another kind is part of it, in this order: a name inside a place of
# more words, ages inside a number read out ("deux, soixante-douze, zéro neuf..."), whether a
# record's or a phone's, and a record number that is a birth date ("dob 19041966").
_COVERING = (("LOCATION", "NAME"), ("ID", "AGE"), ("CONTACT", "AGE"), ("DATE", "ID"))


# A doctor's post and the start of a line that gives a doctor's title, shared by the forms below.
_POSTS = r"Consultant|Registrar|Resident|Fellow|Interne|Chef\s+de\s+clinique"
_DOCTOR = r"(?:Dr|Pr|Prof)\.?[ \t]"
_TITLED_LINE = rf"^{_DOCTOR}"
# An e-mail signature: a "--" line, then a short block that starts with the author's title or
# role ("Dr Tom Hale | Consultant Cytopathologist", « Dr Léa Morel, interne »).
_SIGNATURE = re.compile(
    rf"(?m)^--[ \t]?\n(?=[^\n]{{0,40}}\b(?:Dr|Pr|Prof|MD|PhD|FRCPath|{_POSTS}|Pathologist|Assistante?|"
    r"Service|Dept|Department|Laboratoire|Lab)\b)[^\n]*(?:\n[^\n]*){0,3}\Z"
)
# ... or, without the "--", a titled name over a line that gives the author's post: "Dr Awa Diop\n
# Anatomopathologiste, Hôpital Le Dantec\n..." to the end of the post.
_TITLED_SIGNATURE = re.compile(
    rf"(?m){_TITLED_LINE}[^\n]{{2,80}}\n(?=[^\n]{{0,30}}(?:\w*patholog\w*|{_POSTS}|Professor|Professeur|"
    r"Head\s+of)\b)[^\n]*(?:\n[^\n]*){0,3}\Z"
)
_SIGNED_NAME = re.compile(
    r"(?m)^[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}[ \t]*\n--[ \t]?\n"
)


# ... or a signature on one line, its fields split by bars: "Dr Kwame Mensah-Bonsu | Consultant
# Histopathologist | Korle Bu Teaching Hospital, Accra | k.mensah@... | +233 ..."
_BAR_SIGNATURE = re.compile(rf"(?m){_TITLED_LINE}[^\n|]{{2,60}}\|(?:[^\n|]*\|)+[^\n|]*")
# ... or a titled name with the author's qualifications or post, then their town: "— Dr Aroha
# Ngata, FRCPA, Auckland." (letters after a name are a doctor's, never a patient's)
_CREDENTIALS_SIGNATURE = re.compile(
    # (at a line's start, or after a sentence with a dash: "... co-consultant. — Dr Priya N., histopath")
    rf"(?m)(?:^[—–-]?|(?<=[.!?)] )[—–-])[ \t]*{_DOCTOR}[^\n,|]{{2,40}},[ \t]*"
    r"(?:FRCPA|FRCPath|MRCPath|FRCPC|FRCP|FCAP|FACP|MD|PhD|MBBS|MBChB|DM|histopath\w*|\w*patholog\w*|"
    rf"(?i:{_POSTS}))\b[^\n.!?|]*"
)


def _outside_signature(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` without the author's own name, contacts and workplace in an e-mail signature."""
    signature = _SIGNATURE.search(text) if "\n--" in text else None
    if signature is None and text.count("\n") >= 2:
        signature = _TITLED_SIGNATURE.search(text)
    if signature is not None:
        start = signature.start()
        signed = _SIGNED_NAME.search(text, max(0, start - 40), signature.start() + 4)
        if signed is not None:
            start = signed.start()  # "Best wishes,\nTom\n--": the name signed just above it
        hits = [h for h in hits if h.start < start or h.kind not in ("NAME", "CONTACT")]
    # one-line signatures: fields between bars, or a titled name with qualifications
    lines = [m.span() for m in _BAR_SIGNATURE.finditer(text)] if " | " in text else []
    lines += [m.span() for m in _CREDENTIALS_SIGNATURE.finditer(text)] if ", " in text else []
    if not lines:
        return hits
    lines.sort()
    starts = [start for start, _ in lines]

    def signed(hit: Hit) -> bool:
        i = bisect_right(starts, hit.start) - 1  # (one binary search per hit: linear time)
        return i >= 0 and hit.start < lines[i][1] and hit.kind in ("NAME", "CONTACT", "LOCATION")

    return [h for h in hits if not signed(h)]


def check_post(text: str, lang: str | None = None) -> Report:
    """Find everything in `text` that could identify a patient; `lang` is "fr", "en" or None (detect)."""
    if not isinstance(text, str):
        raise TypeError(f"check_post expects the text of a post (str), not {type(text).__name__}")
    if lang is not None and lang not in LANGS:
        raise ValueError(f"lang must be 'fr', 'en' or None, not {lang!r}")
    norm = normalize(text)
    lang = lang or detect_lang(norm.text)
    ctx = Context.build(_unshout(norm.text), lang)
    hits: list[Hit] = []
    for detector in DETECTORS.values():
        hits.extend(detector(ctx))
    findings = []
    hits = _outside_signature(ctx.text, [h for h in hits if h.end > h.start])
    for outer, inner in _COVERING:
        hits = _inside(hits, outer, inner, ctx.text if inner == "NAME" else "")
    for hit in _merge(hits):
        start, end = norm.span(hit.start, hit.end)
        findings.append(
            Finding(
                hit.kind, start, end, text[start:end], hit.message, hit.suggestion, hit.severity
            )
        )
    findings.extend(_hidden_findings(norm, lang))
    if not text.isascii():
        findings.extend(_lookalike_findings(norm, lang, findings))
    findings.sort(key=lambda f: (f.start, f.end, f.kind))
    return Report(text=text, lang=lang, findings=findings)
