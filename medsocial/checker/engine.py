"""`check_post`: fold the text, run every registered detector, map findings back to the original."""

from __future__ import annotations

import unicodedata

from medsocial.checker.context import Context
from medsocial.checker.detectors import DETECTORS, Hit
from medsocial.checker.lang import detect_lang
from medsocial.checker.normalize import Normalized, normalize
from medsocial.checker.report import Finding, Report

LANGS = ("fr", "en")


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
            text[start - 1].isalnum() or text[start - 1] in "-'" or _cf(text[start - 1])
        ):
            start -= 1
        end = pos
        while end < len(text) and (text[end].isalnum() or _cf(text[end])):
            end += 1
        last_end = end
        visible = "".join(c for c in text[start:end] if not _cf(c))
        message = (
            "Ce mot contient des caractères invisibles : ils ne cachent rien aux lecteurs. Retapez le mot, et s'il désigne le patient, supprimez-le."
            if lang == "fr"
            else "This word contains invisible characters: they hide nothing from readers. Retype the word, and if it points to the patient, remove it."
        )
        findings.append(Finding("DETAIL", start, end, text[start:end], message, visible, "block"))
    return findings


def _cf(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


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


def check_post(text: str, lang: str | None = None) -> Report:
    """Find everything in `text` that could identify a patient; `lang` is "fr", "en" or None (detect)."""
    if not isinstance(text, str):
        raise TypeError(f"check_post expects the text of a post (str), not {type(text).__name__}")
    if lang is not None and lang not in LANGS:
        raise ValueError(f"lang must be 'fr', 'en' or None, not {lang!r}")
    norm = normalize(text)
    lang = lang or detect_lang(norm.text)
    ctx = Context.build(norm.text, lang)
    hits: list[Hit] = []
    for detector in DETECTORS.values():
        hits.extend(detector(ctx))
    findings = []
    for hit in _merge([h for h in hits if h.end > h.start]):
        start, end = norm.span(hit.start, hit.end)
        findings.append(
            Finding(
                hit.kind, start, end, text[start:end], hit.message, hit.suggestion, hit.severity
            )
        )
    findings.extend(_hidden_findings(norm, lang))
    findings.sort(key=lambda f: (f.start, f.end, f.kind))
    return Report(text=text, lang=lang, findings=findings)
