"""Spans that look like identifiers but are not: references, codes, scores, stages, event tags."""

from __future__ import annotations

from medsocial.checker.scan import Anchored, Starts

# Towns that name a classification, score or set of criteria ("Paris system", "score de Glasgow").
_CITIES = (
    "Paris|Milan|Sydney|Vienna|Vienne|Kyoto|Nottingham|Baltimore|Banff|Oxford|Lugano|Bethesda|"
    "Stanford|Columbia|Boston|Lyon|Glasgow|Manchester|Edmonton|Ottawa|Rotterdam|Amsterdam|Rome|"
    "Montr[ée]al|Gen[eè]ve|Geneva|Kiel|Ann\\s+Arbor|Berlin|Chicago|Seattle|Toronto|Lausanne|Marseille"
)
# Each pattern marks text that no number-based detector (DATE, ID, CONTACT, AGE) may claim.
# Tried only where a branch can start (see `scan`).
_ALLOW = Anchored(
    (
        r"(?i)\b(?:"  # one word-boundary test per position, then the branches
        r"(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+"  # DOI
        r"|10\.\d{4,9}/[-._;()/:a-z0-9]+"  # bare DOI
        r"|PMID\s*:?\s*\d{5,9}|\bPMC\d{5,9}"  # PubMed ids
        r"|NCT\d{8}\b|\bISBN[-:\s]*[\d\-Xx ]{10,17}|\bORCID:?\s*[\dX\-]{16,19}"
        r"|(?:ICD-?O(?:-3)?|CIM-?O)?\s*\b[89]\d{3}/[0-369]\b"  # ICD-O morphology codes
        r"|(?:ICD|CIM)-?1[01]\s*[A-Z]\d{2}(?:\.\d{1,2})?"  # ICD-10/11 codes
        r"|Gleason\s*(?:score\s*)?\d\s*\+\s*\d(?:\s*=\s*\d{1,2})?"  # Gleason 3+4=7
        r"|\d\s*\+\s*\d\s*=\s*\d{1,2}\b"
        r"|y?[cpr]?T[0-4isx][a-d]?\d?\s*N[0-3x][a-c]?\s*(?:M[01x])?\b"  # pT2N0M0
        r"|(?:FIGO|ISUP|WHO|OMS|AJCC|UICC|TNM|CIN|VIN|AIN|Bethesda|Milan|Paris)\s*(?:grade|stade|stage|system|syst[eè]me|classification)?\s*[0-9IV]+[A-C]?\d?\b"
        r"|(?:WHO|OMS|AJCC|UICC|TNM|ICC|CAP)\s*(?:20[0-3]\d|[1-9](?:th|e|ème)?\s*(?:ed(?:ition)?|[eé]dition))"
        r"|(?:Ki-?67|MIB-?1|PD-?L1|HER-?2|ER|PR|RE|RP|TPS|CPS)\s*[:=]?\s*(?:<|>|≥|≤)?\s*\d{1,3}\s*%"
        r"|(?:x|×)\s*\d{1,3}\b|\b\d{1,3}\s*(?:x|×)\b"  # magnifications
        r"|\d+(?:[.,]\d+)?\s*(?:mm|cm|µm|μm|um|nm|mg|g|kg|ml|mL|%|HPF|CFA|mitoses|mitosis)\b"
        r"|\d+\s*/\s*(?:10|50)\s*(?:HPF|CFA|champs)"
        r"|(?:{cities})\s+(?:coma\s+)?(?:system|syst[eè]me|classification|grade|grading|criteria|categor(?:y|ies)|"
        r"crit[eè]res|consensus|score|scale|protocol|staging|rules|r[eè]gles)"
        r"|(?:syst[eè]me|classification|grade|crit[eè]res|score|[ée]chelle|consensus|r[eè]gles|"
        r"protocole)(?:\s+(?:\d|[IV]{1,3}))?\s+(?:de|d')\s*(?:{cities})"
        r"|(?:Sister\s+Mary\s+Joseph|Orphan\s+Annie|Homer[\s-]Wright|Mallory[\s-]Denk|Reed[\s-]Sternberg|"
        r"Schiller[\s-]Duval|Call[\s-]Exner|Flexner[\s-]Wintersteiner|Michaelis[\s-]Gutmann|Charcot[\s-]Leyden|"
        r"Russell\s+bod\w+|Dutcher\s+bod\w+|Marie\s+Curie|Thomas\s+Hodgkin|Mayo\s+Clinic\s+(?:criteria|classification|protocol))"
        r")"
    ).replace("{cities}", _CITIES)
)


def protected_spans(text: str, low: str, starts: Starts) -> list[tuple[int, int]]:
    """Spans of `text` that are references, codes or scores, never identifiers.

    `low` and `starts`: `scan.lower(text)` and `scan.word_starts(low)`.
    """
    return [m.span() for m in _ALLOW.finditer(text, low, 0, None, starts)]
