"""Misses reported by the chapters' author: bare ages, clock times, occupations tied to the patient."""

from __future__ import annotations

import pytest

from medsocial import check_post

# (post, kind expected, text that a blocking finding of that kind must overlap)
POSITIVES = [
    # A bare age after a name or a sex
    ("Mr Martin, 63, retired baker, seen for a lung mass.", "AGE", "63"),
    ("F, 47, core biopsy of a breast mass.", "AGE", "47"),
    ("Homme, 52 ans, adénocarcinome prostatique.", "AGE", "52 ans"),
    ("Referred: a 63 M with painless haematuria.", "AGE", "63"),
    ("63M, smoker, right upper lobe mass.", "AGE", "63M"),
    ("Patiente de 71, carcinome lobulaire.", "AGE", "71"),
    ("Mme Le Goff (71) : nodule thyroïdien.", "AGE", "71"),
    ("Cas 3. H, 58, masse rénale.", "AGE", "58"),
    # Clock times that date a case
    ("Frozen section at 3 am for an ectopic pregnancy.", "TIME", "3 am"),
    ("Appelée à 3 h du matin pour une extemporanée.", "TIME", "3 h du matin"),
    ("Extemporanée à 14h30 au bloc : carcinome papillaire.", "TIME", "14h30"),
    ("Specimen arrived at 2:15 this afternoon, margins close.", "TIME", "2:15"),
    ("Pièce reçue vers 9h, carcinome urothélial.", "TIME", "9h"),
    # Occupation or status tied to the patient
    ("Lung adenocarcinoma in a retired baker.", "DETAIL", "retired baker"),
    ("A nurse from our ICU with a breast lump.", "DETAIL", "nurse from our ICU"),
    ("Infirmière de notre réanimation, nodule thyroïdien.", "DETAIL", "Infirmière de notre"),
    ("A teacher at the local school, melanoma of the back.", "DETAIL", "teacher at the local"),
    ("Our hospital's porter had a GIST resected.", "DETAIL", "porter"),
    ("Boulanger à la retraite, adénocarcinome colique.", "DETAIL", "Boulanger à la retraite"),
]

# Posts that must pass (no blocking finding at all).
SAFE = [
    "Journal club tonight at 8pm CET #pathtwitter",
    "Live quiz demain 20h ! #pathboards",
    "Webinar at 18:00 on melanoma pitfalls, join us.",
    "Fixation 24h dans le formol avant inclusion, c'est le minimum.",
    "Mitotic ratio 2:15 between the two areas? No, count per mm².",
    "Réponse à 18h ! Quel est votre diagnostic ? #quiz",
    "Biopsie lue en 2 h : on peut aller vite quand tout est prêt.",
    "A 14 F catheter was used for the cystoscopy specimen.",
    "Annexe F, 4, tableau des critères OMS.",
    "Thanks to the nurses of our ICU for the teamwork on this case!",
    "Merci aux infirmières de notre service pour leur aide !",
    "I am a retired pathologist, and here is a quiz: Warthin or oncocytoma?",
    "Nurses from our ICU ran the marathon for charity.",
    "Case: farmer with a skin lesion on the hand, in his 60s. Diagnosis?",
    "Femme de 45 kg, biopsie : un cas pour réviser la cachexie.",
    "Item Alpha, 5, is the right answer to yesterday's quiz.",
    "The first may be benign, the second is not: compare the nuclei.",
]


@pytest.mark.parametrize(("text", "kind", "expected"), POSITIVES)
def test_reported_miss_is_found(text: str, kind: str, expected: str) -> None:
    start = text.index(expected)
    end = start + len(expected)
    report = check_post(text)
    assert any(
        f.kind == kind and f.severity == "block" and f.start < end and start < f.end
        for f in report.findings
    ), [(f.kind, f.text) for f in report.findings]
    assert not report.safe


@pytest.mark.parametrize("text", SAFE)
def test_look_alike_is_not_blocked(text: str) -> None:
    report = check_post(text)
    assert report.safe, [(f.kind, f.text) for f in report.findings]


def test_letters_that_lengthen_when_lowered_keep_offsets() -> None:
    # "İ".lower() is two characters; the prefilters must still point at the right place.
    text = "İ" * 80 + " opérée le 12 mars 2024, 47 ans"
    findings = check_post(text).findings
    assert {(f.kind, f.text) for f in findings} >= {("DATE", "le 12 mars 2024"), ("AGE", "47 ans")}
