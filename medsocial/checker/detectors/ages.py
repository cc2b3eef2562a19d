"""AGE: exact ages in digits or words (47 ans, quarante-sept ans, 47-year-old, 47yo, aged 47)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medsocial.checker.context import (
    CARE_EVENT,
    CASE_WORDS,
    LAB_ROLES,
    MADE_UP,
    NAMED_OBJECT,
    OWN_AGE_TODAY,
    OWN_AGE_WORDS,
    OWN_LIFE,
    PATIENT_REF,
    RELATIVE_WORDS,
    THIRD_PERSON,
    Context,
    case_ending,
    history,
)
from medsocial.checker.detectors.base import Hit, SpanSet
from medsocial.checker.lexicons import allow_terms, common_words, first_names, fold, surnames
from medsocial.checker.scan import Anchored, trie

_FR_UNITS = [
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {
    20: "vingt",
    30: "trente",
    40: "quarante",
    50: "cinquante",
    60: "soixante",
    80: "quatre-vingt",
}
_EN_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}


@cache
def _number_words() -> dict[str, int]:
    """Every French and English number word from 1 to 109, hyphenated or spaced."""
    words: dict[str, int] = {}
    for i, w in enumerate(_FR_UNITS[1:], start=1):
        words[w] = i
    words["un"] = 1
    words.update({"dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "cent": 100})
    for tens, base in _FR_TENS.items():
        words[base + ("s" if tens == 80 else "")] = tens
        span = 20 if tens in (60, 80) else 10
        for unit in range(1, span):
            value = tens + unit
            unit_word = words_of_unit(unit)
            joiner = "-et-" if unit in (1, 11) and tens != 80 else "-"
            words[base + joiner + unit_word] = value
    # Belgian and Swiss tens: "septante-huit", "huitante-cinq", "nonante-deux"
    for tens, base in ((70, "septante"), (80, "huitante"), (80, "octante"), (90, "nonante")):
        words[base] = tens
        for unit in range(1, 10):
            words[base + ("-et-" if unit == 1 else "-") + words_of_unit(unit)] = tens + unit
    for i, w in enumerate(_EN_UNITS, start=1):
        words[w] = i
    for tens, base in _EN_TENS.items():
        words[base] = tens
        for unit in range(1, 10):
            words[f"{base}-{_EN_UNITS[unit - 1]}"] = tens + unit
    words["hundred"] = words["a hundred"] = words["one hundred"] = 100
    # "cent deux ans", "a hundred and two"
    for unit in range(1, 10):
        words[f"cent-{words_of_unit(unit)}"] = words[f"hundred-and-{_EN_UNITS[unit - 1]}"] = (
            100 + unit
        )
    # Also accept spaces instead of hyphens ("quarante sept", "forty seven").
    for word, value in list(words.items()):
        words[word.replace("-", " ")] = value
    return words


def words_of_unit(unit: int) -> str:
    """French word for 1..19."""
    return {1: "un", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf"}.get(unit) or _FR_UNITS[unit]


@cache
def _word_pattern() -> str:
    # Hyphens and spaces are interchangeable ("quarante-sept", "quarante sept").
    return trie(sorted({w.replace(" ", "-") for w in _number_words()}))


_NUM = r"(\d{1,3})"
# Tens and units as words, for ages written out: "twenty-seven", "quatre-vingt-douze".
_TENS_WORDS = (
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|vingt|trente|quarante|cinquante|"
    r"soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix|septante|huitante|octante|nonante"
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "vingt",
         "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
         "nonante")  # fmt: skip
_UNIT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|et-un|un|une|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|et-onze|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
)
_UP = "A-ZÀ-ÖØ-Þ"
_TITLES = "madame|monsieur|mme|mlle|mrs|mr|ms|miss|m"


# A grown person's noun right before a bare age: "the lady 88...", "my aunt (74)".
_ADULTS = "gent|gentleman|lady|man|woman|chap|bloke|lad|lass|donor|donneur|donneuse"


def _patterns() -> list[Anchored]:
    num = rf"(?:{_NUM}|({_word_pattern()}))"
    patterns = [
        # 47 ans, quarante-sept ans, 6 mois (infants), 47 years, 47 years old
        re.compile(
            # (and in Spanish or Portuguese posts: "55 años", "88 anos")
            rf"(?i)(?<![\w.,/-])(?<!\d[ \u202f\u00a0]){num}[\s-]*(ans|an|years?|yrs?|años|anos)(?:[\s-]+old|\s+of\s+age)?\b"
        ),
        # 47-year-old, 47 year old, forty-seven-year-old, 6-month-old, 3-week-old
        re.compile(rf"(?i)(?<![\w.,/-]){num}[\s-]*(?:year|yr|month|mo|week|wk|day)s?[\s-]*old\b"),
        # 47yo, 47 y/o, 47 y.o., ninety-six yo, 58yr (glued: not "5 yr survival"), 83yoF
        re.compile(
            # (the sex may be glued on: "83yoF")
            # (a bare "y" before a stop: "She's female, 38 y.")
            rf"(?i)(?<![\w.,/-]){num}[\s-]?(?:yo|y/o|y-o|y\.o\.?|yrs?\.?o\.?|y(?=\.(?!\w)|\s?[,;)]|\s*$))(?-i:[FMH])?(?![\w/])"
            r"|(?<![\w.,/-])(\d{2,3})yr(?![\w/])(?!\s*(?:survival|follow|history|risk|rate|plan|anniversary|course))"
        ),
        # aged 47, age 47, âgé de 47, âgée de quarante-sept, à l'âge de 47
        re.compile(
            rf"(?i)\b(?:aged|age:?|[âa]ge\s+:|âgée?s?\s+de|agee?s?\s+de|[aà]\s+l'[âa]ge\s+de|at\s+(?:the\s+)?age\s+(?:of\s+)?)\s*{num}\b(?![/.]\d)"
        ),
        # nourrisson de 6 mois, bébé de 3 semaines, une petite de 3 semaines, a baby of 3 weeks
        re.compile(
            rf"(?i)\b(?:nourrisson|b[ée]b[ée]|bb|enfant|gar[çc]on|fillette|petite?|petit\s+bout(?:\s+de\s+chou)?|bout\s+de\s+chou|nouveau-n[ée]e?|baby|infant|newborn|child|{RELATIVE_WORDS})\s+(?:de|d'|of)\s*{num}\s*(mois|semaines?|sem|jours?|months?|weeks?|wks?|days?)\b"
        ),
        # "Woman, 63, from...", "Homme, 58 ans" is already caught; "Mme K, 47a"
        re.compile(
            r"(?i)\b(?:woman|man|male|female|boy|girl|lady|gentleman|patient|patiente|femme|homme|"
            r"monsieur|madame|mr|mrs|ms|mme)\s*,\s*(\d{1,3})(?:\s*a\b)?(?=\s*[,;)]|\s*$)"
        ),
        re.compile(
            r"(?<![\w.,/-])([1-9]\d)\s?a(?=,|\s*[,;)♀♂]|\s+(?:en|au|à|avec|ac|ds|pour|vu|vue|on|qui|et|de|du|d')\b)"
        ),
        # "Olympic swimmer, 24, with...", "He's 12", "Nonagenarian (94)"
        re.compile(
            r"(?i)\b(?:[a-zé]{3,},\s*(\d{1,3})\s*,\s*(?=with|w/|avec|presenting|pr[ée]sentant|who|qui|smoker|fumeu)|"
            # ("the poor lad is only 16", "she only 19", "shes only 29": the verb may be left out
            # before "only")
            rf"(?:he|she|hes|shes|they|who|pte?|patient|patiente|lady|gentleman|man|woman|chap|guy|girl|boy|kid|kiddo|lad|lass|child|baby|toddler|teen|teenager|{RELATIVE_WORDS})"
            r"(?:(?:'s|\s+is|\s+was|\s+turned|\s+just\s+turned|'ll\s+be|\s+will\s+be)(?:\s+(?:now|only|just))?|\s+(?:only|just))"
            r"\s+(\d{1,3})\b(?!\s*(?:%|mm|cm|kg|g\b|weeks|days|months|hours|times|cores?|blocks?|slides?|[.,]\d))|"
            r"(?:nonag[ée]naire|nonagenarian|centenaire|centenarian|octog[ée]naire|octogenarian|septuag[ée]naire|"
            r"septuagenarian|man|woman|patient|patiente|homme|femme|boy|girl|child|enfant|lady|"
            # (a public figure too: "a Premier League goalkeeper (31, stop guessing)")
            r"player|goalkeeper|striker|defender|midfielder|winger|footballer|singer|actor|actress|athlete|jockey|boxer|cyclist|joueur|joueuse|"
            r"chanteur|chanteuse|acteur|actrice)\s*\((\d{1,3})\s*(?:ans|y|yo|years?)?(?:\)|,\s)|"
            # a parent's age in a baby's case: "delivered at the Rotunda, mum 38."; a sex and an age
            # in brackets: "M. Vandenbroucke (H 67)"
            r"(?:mum|mom|mother|m[èe]re|maman)\s+(\d{2})(?=\s*[,.;)]|\s*$)|(?<=\()(?-i:[MFH])\s(\d{2})(?=\)))"
        ),
        # "nonagenarian", "centenaire": an age of 90 or more in one word
        re.compile(
            r"(?i)\b(?:nonag[ée]naires?|nonagenarians?|centenaires?|centenarians?|supercentenarians?)\b"
        ),
        # 47M, 47 F, 62H at the start of a case line ("47M with a lung mass")
        re.compile(
            r"(?:^|(?<=[\n.:!?]\s)|(?<=^\W)|(?<=[-–—]\s))(\d{1,2})\s?([MFH])\b"
            r"(?=\s*(?:,|with|w/|presenting|avec|pr[ée]sent|\(|from\b|de\b|d'|found\b|admitted\b|retrouv[ée]))"
        ),
        # "a 63 M", "un 58H", "(63M)": an age glued to a sex letter after an article or bracket
        re.compile(
            r"(?i:\b(?:a|an|un|une)\s+|\()(\d{1,3})\s?[MFH](?![\w%/.'-]|\.\w|\s*(?i:cath|sonde|tube|french|nacl|hcl|kcl|solution))"
        ),
        # An age in apposition after a sex letter or a titled name: "F, 47,", "H, 52 ans",
        # "Mr Martin, 63, retired", "Mme Le Goff (71)"
        re.compile(
            rf"(?:(?:^|(?<=[\n(])|(?<=[\n.:;!?(]\s))[MFH]|\b(?i:{_TITLES})\.?\s+[{_UP}][\w'-]*(?:\s+[{_UP}][\w'-]+)?)"
            r"\s*(?:,|\()\s*(\d{1,3})(?=\s*[,;)]|\s*$|\s+(?:ans|years?|yo|y/o)\b|\s?a\.(?!\w))"
        ),
        # "patiente de 71", "a man of 63": a person's noun, then "de/of" and a bare number
        re.compile(
            r"(?i)\b(?:patiente?|homme|femme|monsieur|madame|man|woman|gentleman|lady)\s+(?:de|d'|of)\s*"
            rf"{num}(?=\s*(?:[,;:)]|$|\s+(?:avec|with|qui|who|pr[ée]sent|presenting|sans|without|"
            r"fumeu|smoker|aux|ayant|having)\b))"
        ),
        # 13: a bare age in apposition after a word: "Tom Hale, 82,", "Mr O'Neill, ninety-three."
        # (the word before the comma is checked in `_apposition_ok`)
        re.compile(
            rf",[ \t]*(?:(?i:both|tous\s+deux|toutes\s+deux)[ \t]+)?(?:(\d{{1,3}})(?![.,\u202f\u00a0 ]?\d{{3}}\b)|((?i:{_word_pattern()})))"
            # (or a dash: "Peter Molloy, 12 - incidental on a scan")
            r"(?=[ \t]*(?:[,;)!]|:(?!\d)|$)|\.(?:\s|$)|[ \t]?[MFH](?=[,;)])|[ \t]?a\.(?!\w)|[ \t]+[-–—][ \t])"
        ),
        # 14: a bare age in brackets after a name: "Ana (24)", "Mrs L. (68, room 2)", "(104!)"
        re.compile(r"\((\d{1,3})(?=[ \t]*[,)]|!)"),
        # 15: an age glued to a sex letter anywhere: "56F", "Pt 33M,", "52/M" (catheter sizes excluded)
        re.compile(
            r"(?<![\w.,/+-])(\d{1,3})(?:(?<=\d\d)/)?[MF](?![\w%/'’+-]|\.(?!\s|$)|\s*(?i:cath|sonde|tube|french|"
            r"foley|drain|sheath|nacl|hcl|kcl|solution|gauge|needle|aiguille))"
        ),
        # 16: "in her 90s", "in his nineties": a rounded age that is still 90 or more
        # ("in her late nineties", "in his mid-90s")
        re.compile(
            r"(?i)\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-])?(?:9\d'?s|1[01]\d'?s|nineties)\b"
        ),
        # 17: "diagnosed at 7,", "sarcoma of the femur at 19.": an age after an event of the case
        # (the event word before it is checked in `detect`, see `_EVENT_BEFORE_AT`)
        re.compile(
            r"(?i)\bat\s+(\d{1,3})(?=[ \t]*(?:[,;!?)\n]|[:.](?!\d)|$)|\s+(?:and|but|when|with|too|also)\b)"
        ),
        # 18: an infant's age in apposition: "le petit Malo, 4 mois,", "her baby, 6 weeks,"
        re.compile(
            r"[,(][ \t]*(\d{1,2}[ \t]+(?:mois|semaines?|jours?|months?|weeks?|days?))(?=[ \t]*[,;:)])"
        ),
        # 19: an age in words standing alone: "(sixty-nine)", "Mum is thirty-one.",
        # "Twenty-seven, Galway, pregnant", "ninety-six and still...": only from twenty up
        re.compile(
            rf"(?i)(?:\(|\b(?:is|was|turned|aged|age|a|âgée?|agee?)\s+[\"“«]?\s?|(?<=he)['’]s\s+|(?:^|(?<=[.:;!?(\"“«]\s)|(?<=[\"“«])|(?<=\n)|(?<=\d/\d\s)|(?<=[-–—]\s)))"
            rf"((?:{_TENS_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?)"
            r"(?=\s*\)|\s*[,.;:!?]|\s*$|\s+(?:and|et)\s+(?:still|toujours|she|he|elle|il|lives|vit|habite|just|already|has|had|vient|a|\w+ing)\b|\s+ans\b)"
        ),
        # 20: a sex letter glued before the age at the start of a case: "F47 with...", "(M52)"
        re.compile(
            # (the letter comes first, then what may come before it: a fast scan)
            r"[MFH](?:(?<=^[MFH])|(?<=\n[MFH])|(?<=[.:;!?,–—-]\s[MFH]))([1-9]\d|1[01]\d)(?=[ ,:;])"
            r"|[MFH](?<=\([MFH])([1-9]\d|1[01]\d)(?=\))"
        ),
        # 21: "turning 101 today", "she turns 90", "HOLLOWAY, Margaret, 78 Y" on a report line
        re.compile(
            r"(?i)\b(?:turning|turns|turned)\s+(\d{1,3})\b(?!\s*(?:%|mm|cm|times|x\b))"
            r"|,\s*(\d{1,3})\s?Y(?:rs?)?\b(?=\s*[:,;)])"
        ),
        # 22: an age in words before "when" or before more about the family: "Rosalind was nine
        # when she was diagnosed", "he's nine and his mum brought cake", "ninety-four and still"
        re.compile(
            rf"(?i)(?:\b(?:is|was|turned|[ée]tait)|(?<=he)['’]s)\s+({_word_pattern()})"
            r"(?=\s+(?:when|quand|lorsque)\b|\s+and\s+(?:his|her|their|still)\s)"
        ),
        # 23: "our 95th birthday patient", "son 100e anniversaire": a birthday of 90 or more
        re.compile(r"(?i)\b(9\d|1[01]\d)(?:th|e|[èe]me)\s+(?:birthday|anniversaire)"),
        # 24: an age then a sex at the start of a case: "Coroner's case: 23, male, ...", "41, female,"
        re.compile(
            r"(?:^|(?<=[:\n(])|(?<=[:\n(]\s))(\d{1,3}(?:\s*(?:ans|years?|yo|y/o|mois|months?))?)"
            r"(?=\s*,\s*(?i:male|female|man|woman|homme|femme|boy|girl|gar[çc]on|fille|masculin|f[ée]minin|[MFH])\b)"
        ),
        # 25: an age right after a case's label: "Cas du jour #doctoctoc : 6 mois, masse rénale"
        re.compile(
            r"(?i)\b(?:cas|case|quiz|unknown)\b[^.:\n]{0,30}:\s*"
            r"(\d{1,3}\s*(?:ans|mois|semaines|years?|months?|weeks?|yo|y/o))(?=\s*[,;])"
        ),
        # 26: a named person's bare age, "Priya is only 24 and...", "Jaz is 22 &", "Nomvula is 26
        # with two kids", "she was 19.", "Leah's only 26." (the name or pronoun before "is" is
        # checked in `detect`)
        re.compile(
            # ("shes 50": the apostrophe left out)
            r"(?i)(?:\b(?:is|was|turned|turns|shes|hes)|(?<=\w)['’]s)(?:\s+(?:only|just|now))?\s+(\d{1,2}|1[01]\d"
            # ... or in words: "He's twelve."
            rf"|(?:{_TENS_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS}|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen)"
            # (an emoji ends it too: "shes 50 😭")
            r"(?=\s*(?:[,;!?&\u2600-\u27bf\U0001f300-\U0001faff]|\.(?:\s|$)|$)|\s+(?:and|but|et|when|quand|lorsque|with|now|today)\b)"
        ),
        # 27: French shorthand, "une 52a", "d'un 45a de Bobigny", "Monsieur de 74a"
        re.compile(
            r"(?i)\b(?:une?|d'une?|de|patiente?|monsieur|madame|mr|mme|homme|femme|pte?)\s+([1-9]\d)a\b(?![\w'-])"
        ),
        # 28: "19 yr male", "22 yrs F": an age before a sex; 29: an infant, "3 mo with a liver mass"
        re.compile(
            r"(?i)(?<![\w.,/-])(\d{1,3})\s?(?:y|yrs?)\.?\s+(?=(?:old\s+)?(?:female|male|woman|man|boy|girl|lady|gent\w*|[FMH])\b)"
        ),
        re.compile(
            r"(?i)(?<![\w.,/-])(\d{1,2}\s?(?:mos?|wks?|sem))\b(?=\s+(?:old|with|w/|baby|boy|girl|infant|gar[çc]on|fille|b[ée]b[ée])\b|\s*[,;)])"
        ),
        # 30: a bare age opening a sentence about the case: "... I autopsied. 41, undiagnosed
        # cardiac sarcoidosis." (matched at sentence starts only; the case words after it are
        # checked in `detect`)
        # (an infant's age too: "8 mois, masse surrénalienne...")
        re.compile(
            r"[ \t]*(\d{1,3})(?:\s+(?:mois|semaines|jours|months|weeks|days))?(?:,\s+"
            r"(?!(?:however|but|then|and|or|maybe|perhaps|though|too|again|yes|no|mais|puis|et|ou)\b)(?=[a-zà-ÿ])"
            # ... or a sentence of its own: "... turned out to have a seminoma. 17. Brutal."
            r"|(?P<alone>[.!])(?=\s+[A-ZÀ-Þ]|\s*$))"
        ),
        # 31: a bare age right after a relative or a person: "the auntie 88... wait no",
        # "the uncle 97, still sharp"
        re.compile(
            rf"(?i)\b(?:{RELATIVE_WORDS}|{_ADULTS})\s+(\d{{2,3}})"
            r"(?=\s*(?:\.{2,}|…|[,;!?)])|\s*$)"
        ),
        # 32: a lower-case sex letter in a hurried note, before what was done: "54m bx from...",
        # or after an article: "the 54m from Korle Bu"
        re.compile(
            r"(?<![\w.,/+-])(\d{1,3})[mf](?=\s+(?:(?:bx|biopsy|c/o|s/p|hx|h/o|presenting|presents)\b|w/))"
            r"|(?<=\bthe\s)(\d{2})[mf](?=\s+(?:from|with|in)\b)"
        ),
        # 33: an age of 90 or more after "oldest": "Oldest person I've ever had a TURBT from: 103"
        re.compile(
            r"(?i)\b(?:oldest|(?:la|le)\s+plus\s+[âa]g[ée]e?|doyenne?)\b[^.!?\n\d]{0,60}?(?<![\w.,/-])(9\d|1[01]\d)"
            r"(?![\w%]|[.,/]\d|\s*(?:mm|cm|kg|g\b|ml|cases|cas)\b)"
        ),
        # 34: an age of 90 or more, spelled, opening a sentence: "Ninety-three and sharp as a tack."
        re.compile(
            r"(?:^|(?<=[.!?]\s))(Ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|A\s+hundred(?:\s+and\s+\w+)?)"
            r"(?=\s+and\s|,\s|\s+(?:today|this\s+year|next\s+week)\b)"
        ),
        # 35: a person's age now, in apposition: "Irene Castellanos, now 79, had...", "(now 79)",
        # "Lucía Ortiz, now 9, is..."
        re.compile(r"(?<=[^\W\d_]),\s+now\s+(\d{1,3})(?=\s*[,;)])|\(now\s+(\d{1,3})\)"),
        # 36: an age in words after "turned": "she turned ninety-four on Nov. 20" (from twenty up)
        re.compile(
            rf"(?i)\b(?:turning|turns|turned)\s+((?:{_TENS_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?)\b(?!-|\s+\w+\s+ago\b)"
        ),
        # 37: a baby's age after its name, in digits or words: « du petit Noé, deux jours. », « la
        # biopsie hépatique de Jules, six semaines » (not "Cours de Lyon, trois jours": a course)
        re.compile(
            rf"(?i:\b(?:petite?|b[ée]b[ée]|little|baby|nouveau-n[ée]e?|newborn|(?:biops(?:ie|y)|bx|pi[eè]ce|specimen|"
            rf"autops(?:ie|y)|marrow|moelle)\s+(?:[\w-]+\s+){{0,2}}?(?:de|of|for|pour|chez))\s+)[{_UP}][^\W\d_]+(?:-[^\W\d_]+)?,\s+"
            rf"((?:\d{{1,2}}|{_UNIT_WORDS}|dix|ten|eleven|twelve)"
            r"\s+(?i:mois|semaines?|jours?|heures?|months?|weeks?|days?|hours?))(?=\s*[,;:.!)]|\s*$)"
        ),
        # 38: a donor's age: "kidney: TCMR IB, donor 23.", « greffon d'un donneur de 56 ans »
        re.compile(
            r"(?i)\b(?:donor|donneu(?:r|se))\s+(?:aged\s+|de\s+)?(\d{2})(?:\s+(?:ans|y/?o|years?(?:\s+old)?))?"
            r"(?=\s*[,;:.!)]|\s*$)"
        ),
        # 39: a French note's shorthand after a name in lower case: « biopsie rectale morvan 47a adk »
        re.compile(r"(?<=[a-zà-ÿ]\s)([1-9]\d|1[01]\d)a(?=\s+[a-zà-ÿ]{2,})"),
        # 40: a person's age after a colon, before what was found: "Autopsy of the man pulled from
        # the Liffey: 44, drowning confirmed"
        re.compile(
            r"(?i)\b(?:man|woman|homme|femme|gentleman|lady|dame|monsieur|patient|patiente|boy|girl|gar[çc]on|fille)\b"
            r"[^.!?\n:]{0,80}:\s+([1-9]\d|1[01]\d)(?=,\s+(?-i:[a-zà-ÿ]))"
        ),
        # 41: a bare age right after a titled name or initials in a terse note, before a question
        # or the specimen: "mr pattinson 70 ?lymphoma", "J.K. 61 bx B26.07781"
        re.compile(
            r"(?i)\b(?:(?:mrs?|ms|mme|mlle)\.?\s+[\w'’-]{2,25}|m\.\s+[\w'’-]{2,25}|(?-i:[A-Z])\.(?-i:[A-Z])\.)"
            r"\s+([1-9]\d|1[01]\d)(?=\s+(?:\?|bx\b|biops|cores?\b|FNA\b|TURBT?\b|ADK\b|adeno|SCC\b|BCC\b|DLBCL\b)|\s*$)"
        ),
        # 42: the sex letter first, opening a case: "Cyto: F 62, FNA thyroid", "#pathclues F58, nodule"
        # (not M: "M25," is a motorway)
        re.compile(
            r"(?:^|(?<=[\n(])|(?<=[\n.:;!?(]\s)|#[a-z]{3,20}\s)"
            r"[FH]\s?([1-9]\d)(?=,\s*(?i:[a-zà-ÿ]))"
        ),
    ]
    return [Anchored(pattern) for pattern in patterns]


_NUMBER_ONLY = (
    5,
    7,
    10,
    11,
    12,
    13,
    14,
    15,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    27,
    28,
    29,
    30,
    31,
    33,
    34,
    35,
    36,
    37,
    38,
    39,
    40,
    41,
)  # these report their first group only
# Words before ", 12" that give a measure or a count, not a person's age.
_NOT_A_PERSON = re.compile(
    r"(?i)(?:grade|score|stage|stade|mitoses|mitosis|count|level|taille|size|cores?|carottes?|"
    r"figure|fig|table|tableau|image|slide|lame|case|cas|panel|step|n|x|hpf|mm|cm|ml|mg|kg|g|"
    r"annexe?|appendix|items?|options?|answers?|choices?|r[ée]ponses?|alpha|beta|gamma|delta|question|q|page|p|vol|no|num[ée]ro|chapter|chapitre|ratio|index|edition|[ée]dition)$"
)
_EVENT_BEFORE_AT = re.compile(
    r"(?i)\b(?:diagnos\w*|died|presented|operated|onset|developed|relapsed|\w+omas?|cancer|"
    r"still|alive|kicking|going\s+strong|"
    r"tumou?r(?!\s+boards?)|leuka?emia|disease)\b[^.,;:!?\n]{0,30}$"
)
_NOT_AN_AGE_AT = re.compile(r"(?i)\b(?:margins?|power|cutoff|magnification|fixed|cut)\s+$")
_THRESHOLD_BEFORE = re.compile(
    r"(?i)\b(?:above|over|under|below|before|after|from|until|past|beyond|avant|apr[eè]s|d[eè]s|pass[ée])\s+$"
)
_OWN_CHILD_WORDS = (
    r"(?i)\b(?:mine\s+is|my\s+(?:baby|son|daughter|kids?|children|little\s+ones?|toddler|twins|cat|dog|puppy|kitten)|"
    r"mon\s+(?:b[ée]b[ée]|fils|enfant|chat|chien)|ma\s+(?:fille|chatte|chienne)|mes\s+(?:jumeaux|jumelles|enfants))\b"
)
# ... or a parent of the author's, the age in brackets: "My dad (72) asked what I do all day"
_OWN_PARENT_BRACKET = re.compile(
    r"(?i)\b(?:my\s+(?:dad|father|mum|mom|mother)|mon\s+(?:p[èe]re|papa)|ma\s+(?:m[èe]re|maman))\s*\($"
)
_OWN_CHILD = re.compile(_OWN_CHILD_WORDS + r"[^.!?\n]{0,40}$")
# ... named in the sentence before, the age given by a pronoun: "My son asked why... He's 6."
_OWN_CHILD_BEFORE = re.compile(_OWN_CHILD_WORDS)
_MY_BEFORE = re.compile(r"(?i)\bmy\s+$")
_THE_BEFORE = re.compile(r"(?i)\b(?:the|l[ea])\s+$")
_PERSON_AFTER_AGE = re.compile(
    r"(?i)[\s-]*(?:patient|pt|case|lady|man|woman|gent\w*|boy|girl|male|female|with|w/|presenting)\b"
)
_PRONOUN_OPENING = re.compile(r"(?i)\s*(?:he|she|il|elle)\b[^.!?\n]{0,15}$")
# The author's own birthday: any age in that sentence is theirs.
_OWN_BIRTHDAY = Anchored(
    r"(?i)\b(?:happy\s+birthday\s+to\s+me|(?:joyeux|bon)\s+anniversaire\s+[àa]\s+moi|"
    r"it['’]s\s+my\s+birthday|c['’]est\s+mon\s+anniversaire|(?<!\w\s)(?:my\s+birthday|mon\s+anniversaire)\s+(?:today|aujourd'hui))\b"
)
# The author's own age ("I turned 40 today", "je viens d'avoir 35 ans", "Just turned 30!") and a
# team's or a journal's anniversary ("Le CNR (MESOPATH) fête ses 25 ans", "Our lab turns 50").
_ORG = (
    r"(?:lab\w*|service|department|d[ée]partement|soci[ée]t[ée]|society|revue|journal|congr[eè]s|"
    r"association|[ée]quipe|team|r[ée]seau|network|centre|center|institut\w*|club|compte|account|blog|"
    r"podcast|museum|mus[ée]e)"
)
# The author right after an age that opens a sentence: "Aged 38 and I just passed FRCPath".
_THEN_I = re.compile(r"\s*,?\s+(?:and\s+I\b|et\s+(?:je\b|j'))")
_OWN_AGE = re.compile(
    rf"(?i)(?:{OWN_AGE_WORDS})\s+$"
    rf"|(?:\(\s*(?-i:[A-Z]{{2,}})\s*\)|\b(?-i:(?:[Ll]e|[Ll]a|[Tt]he|[Oo]ur|[Nn]otre)\s+[A-Z]{{2,5}})|\b{_ORG})"
    r"\s+(?:(?:a|vient\s+de)\s+)?(?:f[eê]t[ée]?|c[ée]l[eè]br[ée]?|souffl[ée]?|turns|turned|is\s+turning|will\s+be)\s+(?:(?:ses|son|its)\s+)?$"
    rf"|\b{_ORG}\s+a\s+$"
)
# "ans de" and a lower-case word: a span of work ("quatre ans de patho numérique"), unless "de"
# comes before the number ("une dame de 80 ans de Vannes" has a capital anyway).
_SPAN_OF_WORK = re.compile(r"\s+(?:de\s+(?-i:[a-zà-ÿ])|d['’](?-i:[A-Za-zà-ÿ]))")
_DE_BEFORE = re.compile(r"(?i)(?:\bde|\bd'|[âa]g[ée]e?s?\s+de)\s*$")
_INFANT_UNITS = re.compile(r"mois|semaine|jour|month|week|day")
# Objects have ages too: "the microtome in our museum is 93 years old", « le bâtiment a 90 ans ».
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:microtomes?|microscopes?|cryostats?|scanners?|stainers?|machines?|instruments?|buildings?|"
    r"b[âa]timents?|h[ôo]pital|hospital|laboratoire|laboratory|museum|mus[ée]e|collection|archives?)\b"
    r"(?:\s+(?:in|of|du|de|of\s+the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was|are|a|ont|fête|turns)\s+$"
)
# A bare age, then how the patient still is: "97 and still drives himself", "71 and so sweet".
_AGE_AND_STILL = Anchored(
    r"(?i)(?<![\w.,/-])([1-9]\d|1[01]\d)\s+(?:and|et)\s+(?:still|so|toujours|encore|si|already|d[ée]j[àa]|"
    # "16 and braver than all of us", « 16 ans et plus courageuse que nous »
    r"[a-z]+er\s+than|plus\s+[a-zà-ÿ]+\s+que)\b"
)
# Siblings' ages together: "siblings, 9 and 11", "twin boys from Armidale, 6 and 8".
_SIBLING_AGES = Anchored(
    r"(?i)\b(?:siblings|twins?|brothers|sisters|kids|children|boys|girls|fr[èe]res|s(?:oe|œ)urs|enfants|jumeaux|jumelles)\b"
    r"[^.!?\n]{0,30}?(?<![\d.,])(\d{1,2})\s+(?:and|et|&)\s+(\d{1,2})\b(?!\s*(?:%|mm|cm|cases?|slides?|lames?|cas\b|blocs?))"
)
# A relative, a person or a body part of someone named before a bare age in brackets: "my aunt
# (74)", "wee Noah's cheek (9)".
_PERSON_BEFORE_BRACKET = re.compile(
    rf"(?i)\b(?:{RELATIVE_WORDS}|{_ADULTS}|kid|child|boy|girl|"
    r"patiente?|pte?)\s*$|(?-i:[A-Z])[a-z]+['’]s\s+[\w-]+(?:\s+[\w-]+)?\s*$"
)
# A record number in brackets after the name: "Delores Washington (MRN 30019482), 87, ..."
_RECORD_BEFORE = re.compile(r"(?i)\((?:MRN|IPP|NDA|NHS|hosp|DOB|dossier|UR)\b[^()\n]{0,25}\)$")
# (a closing bracket may follow the name: "My uncle (Desmond), 63,")
_WORD_BEFORE = re.compile(r"(?:([^\W\d_][\w'’-]*)\s+)?([^\W\d_][\w'’-]*)(\.?)[)\"”»]?,?\s*$")
# An aside in brackets between the name and the age: 'Pt "Hamish" (first name only 🙄), 88'.
_ASIDE_BEFORE = re.compile(r"\s*\([^()\d]{3,60}\),?\s*$")


def _apposition_ok(text: str, start: int, capital: bool) -> bool:
    """Is the word before a bare age (at `start`) a person's name or noun, not a measure?"""
    aside = _ASIDE_BEFORE.search(text, max(0, start - 70), start)
    if aside:
        start = aside.start()
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not word:
        return False
    last = word.group(2)
    if word.group(3):  # "Pt J.K., 38", "Hiro N., 22": only an initial may end with a full stop
        return len(last) == 1 and last.isupper()
    # "Item Alpha, 5", "grade 3, 2": a label or a measure, checked on the last two words
    if any(w and _NOT_A_PERSON.fullmatch(w) for w in word.group(1, 2)):
        return False
    if len(last) == 1:  # "Annexe F, 4": a lone letter labels a part
        return False
    return not capital or (last[0].isupper() and not last.isupper())


def _named_before(ctx: Context, start: int) -> bool:
    """Is the word before "is 24" (at `start`) a person's known name, or "she", "he"? (Case posts
    only: the pattern is not tried in others.)"""
    if ctx.low.startswith(("shes ", "hes "), start):
        return True  # "shes 50": "she's" without its apostrophe
    word = _WORD_BEFORE.search(ctx.text, max(0, start - 40), start)
    if not word or word.group(3):
        return False
    name = word.group(2)
    key = fold(name)
    if key in ("she", "he"):
        return True  # "she was 19."
    return (
        name[0].isupper()
        and name[1:].islower()
        and (key in first_names() or key in surnames())
        and key not in common_words()
        and key not in allow_terms()
    )


def _first_own_child(ctx: Context) -> int:
    """Where the post first names the author's child ("my kids"), or the post's length."""
    m = _OWN_CHILD_BEFORE.search(ctx.text)
    return len(ctx.text) if m is None else m.start()


def _own_child_before(ctx: Context, start: int, end: int) -> bool:
    """The author's child right before the age ("my daughter, 8", "my 6-year-old drew me"), or in
    the sentence before when a pronoun opens this one ("My son asked... He's 6.")."""
    text = ctx.text
    if _OWN_CHILD.search(text, max(0, start - 40), start):
        return True
    if _MY_BEFORE.search(text, max(0, start - 4), start) and not _PERSON_AFTER_AGE.match(text, end):
        return True  # (not "my 45-year-old patient")
    if _OWN_PARENT_BRACKET.search(text, max(0, start - 20), start):
        return True
    if (
        _THE_BEFORE.search(text, max(0, start - 4), start)
        and ctx.once(_first_own_child) < start
        and not (ctx.text_search(PATIENT_REF) or ctx.text_search(CARE_EVENT))
    ):
        return True  # "My kids asked what I do at work. ... The 8yo: 'so you're an artist?'"
    first = ctx.sentence(start)[0]
    return (
        first > 0
        and _PRONOUN_OPENING.match(text, first, start) is not None
        and _OWN_CHILD_BEFORE.search(text, ctx.sentence(first - 1)[0], first) is not None
        # (not "My son's friend was diagnosed with a Wilms tumour. He's 6.")
        and not ctx.sentence_search(CARE_EVENT, first - 1)
        and not ctx.sentence_search(case_ending, first - 1)
    )


_PATTERNS = _patterns()

# Durations and populations, not a person's age.
_NOT_AGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:depuis|pendant|durant|il\s+y\s+a|fait|dans|tous\s+les|toutes\s+les|en|sur|apr[eè]s|avant|"
    r"survie\s+[aà]|plus\s+de|moins\s+de|over|under|above|below|for|since|within|after|past|last|"
    r"every|in|suivi\s+de|recul\s+de|follow-up\s+of|sup[ée]rieur\s+[aà]|inf[ée]rieur\s+[aà]|d[eè]s|"
    r"entre|between|partir\s+de|from|environ|d'environ|about|around|approximately|"
    r"approx\.?|circa|pass[ée]e?s?|spent|travaill[ée]e?s?|worked|bossé|served|exerc[ée]e?)|[-><≥≤+~±]|"
    # a range: « les femmes de 25 à 65 ans », "from 50 to 74 years", "aged 50 and 74", « 6 ou 7 ans »
    # (but not « code postal et 88 ans »: a second detail of the same person)
    rf"\b(?:de|from)\s+\d{{1,3}}\s+(?:[àa]|to)|\b(?:\d{{1,3}}|{_UNIT_WORDS}|{_TENS_WORDS})(?:\s+(?:ans|years))?\s+(?:and|et|to|ou|or))\s*$"
)
# "à 19 ans" is an age ("sarcome du fémur à 19 ans") unless a follow-up word comes before it
# ("survie à 5 ans", "contrôle à 2 ans", "récidive à 3 ans").
_AT_YEARS = re.compile(r"(?i)(?<!\w)[àa]\s*$")
_FOLLOW_UP_BEFORE = re.compile(
    r"(?i)\b(?:survie|suivi|surveillance|coloscopie|endoscopie|fibroscopie|mammographie|"
    r"r[ée]cidive|rechute|contr[ôo]le|recul|[ée]volution|mortalit[ée]|taux|risque|"
    r"revue?|bilan|visite|consultation|rendez-vous|IRM|scanner|TEP|pr[ée]vue?|jusqu'|programm[ée]e?|"
    r"m[ée]tastase|progression|r[ée]mission|vivante?|d[ée]c[ée]d[ée]e?|sans\s+maladie|RFS|OS|DFS)\b[^.;!?]{0,25}$"
)
_STATISTIC = re.compile(
    r"(?i)\b(?:m[ée]dian\w*|moyen\w*|mean|average|range|[ée]tendue|jusqu'[àa]|up\s+to|pic|peak|"
    r"incidence|pr[ée]valence|d[ée]pistage|screening|couverture|coverage|vaccin\w*)\b[^.;!?]*$"
)
# ... or said of the whole sentence: « Âge médian au diagnostic du cancer colorectal ... 71 ans »
_MEDIAN_AGE = re.compile(r"(?i)\b(?:[âa]ge\s+(?:m[ée]dian|moyen)|(?:median|mean|average)\s+age)\b")
# A team's birthday: « Joyeux anniversaire au labo ... 30 ans déjà ! »
# A colleague's birthday: "Happy birthday to our lab manager", « Joyeux anniversaire à notre cadre »
_STAFF_BIRTHDAY = Anchored(
    rf"(?i)\b(?:happy\s+birthday|(?:joyeux|bon)\s+anniversaire)\s+(?:to|[àa])\s+(?:our|notre|nos|my|mon|ma)\s+"
    rf"(?:[\w-]+\s+)?(?:{LAB_ROLES})\b"
)
_ORG_BIRTHDAY = re.compile(
    rf"(?i)\b(?:anniversaire|anniversary|birthday)\s+(?:au|du|de\s+la|[àa]\s+la|[àa]\s+l'|to\s+(?:the|our)|of\s+(?:the|our))\s+{_ORG}"
)
_RANGE_AFTER = re.compile(
    r"(?i)\s*(?:(?:-|–|to|à|a|and|et|ou|or)\s*\d|\+|and\s+(?:over|older|above)|or\s+(?:over|older)|"
    r"et\s+plus(?!\s+(?!de\b)[a-zà-ÿ])|ou\s+plus)"
)
_NOT_AGE_AFTER = re.compile(
    r"(?i)\s*(?:d[ée]j[àa]\s+depuis|already\s+since|de\s+suivi|de\s+recul|d'[ée]volution|de\s+tabagisme|plus\s+tard|apr[eè]s|"
    r"auparavant|avant|d'intervalle|of\s+follow|later|ago|earlier|before|after|of\s+smoking|"
    r"pack|paquets|PA\b|de\s+survie|survival|follow-?up|FU\b|minimum|maximum|au\s+moins|d'exp[ée]rience|de\s+pratique|"
    r"depuis\b|since\s+(?:I|we|my|our)\b|que\s+(?:je|j'|nous|on)\b|"
    # years at work: « ses 25 ans au labo », "30 years at the lab"
    r"(?:au|[àa]\s+la|[àa]\s+l'|dans\s+(?:le|la|l'|notre))\s*(?:labo\w*|d[ée]partement|poste|plateau)\b|"
    r"(?:at|in|with)\s+(?:the|our)\s+(?:lab|department|trust)\b|of\s+service|de\s+service|"
    r"(?-i:at\s+the\s+[A-Z])|"
    r"d'internat|de\s+carri[eè]re|de\s+m[ée]tier|de\s+conservation|d'archivage|of\s+experience|of\s+practice|in\s+practice|et\s+plus(?!\s+(?!de\b)[a-zà-ÿ])|and\s+(?:over|older|above)|\+|ou\s+plus|or\s+older|"
    # "3 ans pour étudier...", "two years to study": a span of work
    r"pour\s+(?-i:[a-zé]+(?:er|ir|re))\b|to\s+(?:study|work|research|develop|build|test|look)|"
    # a level of explaining: "explained H&E at a 7-year-old level", "a 5-year-old could read it"
    r"(?<=old)\s+(?:level|could|can|would)\b|"
    # years since something: '"Lynch syndrome, 60 years on"'
    r"(?<=years)\s+on(?=\s*[\"”».,;:!?)]|\s*$))"
)


# (the sex letter after an age too: "29F")
_FEMALE = re.compile(r"(?i:\b(?:woman|female|she|her|lady|girl|mrs|ms)\b)|(?<![^\W\d])F\b")
_MALE = re.compile(r"(?i:\b(?:man|male|he|his|him|boy|gentleman|mr)\b)|(?<![^\W\d])M\b")


# A baby's gestational age at birth, in a case: "twins born at 26 weeks", « accouchement à 32 SA »
# (not a population's: "born at 24 weeks, 50% survive").
_BORN_AT_TERM = Anchored(
    r"(?i)\b(?:born|delivered|birth|n[ée]e?s?|accouch[ée]e|accouchement|naissance)\s+(?:at|[àa])\s+"
    r"(\d{2}\s?(?:\+\s?\d\s?)?(?:weeks|wks|SA\b|semaines(?:\s+d'am[ée]norrh[ée]e)?))"
)
# A patient's birthday wished in a case: "admitted on his birthday... Happy 63rd I guess"
_HAPPY_ORDINAL = Anchored(
    r"(?i)\b(?:happy|joyeux)\s+(\d{1,3})(?:st|nd|rd|th|e|[èe]me)\b"
    r"(?!\s+(?:anniversary|wedding|edition|congress|meeting|anniversaire\s+de\s+mariage|"
    r"(?:birthday\s+|anniversaire\s+)?(?:to\s+me|to\s+myself|[àa]\s+moi)\b))"
)
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpour\s?cent\b")


def _decade(age: int, ctx: Context, pos: int = 0) -> str:
    """Rounded replacement: 47 -> "la quarantaine" / "in her 40s" (pronoun from nearby words)."""
    if age < 2:
        return ctx.say("un nourrisson", "an infant")
    if age < 12:
        return ctx.say("un enfant", "a child")
    if age < 20:
        return ctx.say("un adolescent", "a teenager")
    if age >= 90:
        return ctx.say("plus de 80 ans", "over 80")
    fr = {20: "la vingtaine", 30: "la trentaine", 40: "la quarantaine", 50: "la cinquantaine",
          60: "la soixantaine", 70: "plus de 70 ans", 80: "plus de 80 ans"}  # fmt: skip
    # (searched in place: a word cut at the window's edge is no word)
    lo, hi = max(0, pos - 30), pos + 40
    pronoun = "their"
    if _FEMALE.search(ctx.text, lo, hi):
        pronoun = "her"
    elif _MALE.search(ctx.text, lo, hi):
        pronoun = "his"
    return ctx.say(fr[age // 10 * 10], f"in {pronoun} {age // 10 * 10}s")


_SEPARATORS = re.compile(r"[\s-]+")
_OLD = re.compile(r"(?i)old|age$")
_APPOSITION = re.compile(r"[,(]\s*$")
_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:patient|pt|man|woman|male|female|boy|girl|lady|gentleman|child|son|daughter)\s+(?:of\s+|aged\s+)?$"
)
_INFANT_UNIT = re.compile(r"(?i)month|week|day|\dmo\b|\smo\b|wk")


def _value(m: re.Match[str]) -> int:
    for group in m.groups():
        if group and group.isdigit():
            return int(group)
        if group and group.lower() in _number_words():
            return _number_words()[group.lower()]
        if group:
            key = _SEPARATORS.sub(" ", group.lower())
            for word, value in _number_words().items():
                if word.replace("-", " ") == key:
                    return value
    return 0


# An age found elsewhere in the post, said again: "yes at 88!", « à 88 ans ! » (not "at 88 mm").
_AGE_AGAIN = re.compile(
    r"(?i)\b(?:at|[àa]|aged?)\s+(\d{2,3})\b(?![.,:/]\d|\s*(?:%|mm|cm|h\b|am\b|pm\b|x\b|°))"
)

# A baby's age as clinicians write it: "6/12 old" (months), "3/52 old" (weeks), "5/7 old" (days).
_CLINICAL_FRACTION_AGE = re.compile(r"\b\d{1,2}\s?/\s?(?:12|52|7)\s+old\b")
# An age in years shortened to "a", then the sex, as on a request form: « CLINIQUE : 47a H ».
_YEARS_A_SEX = re.compile(r"\b(\d{1,3})a\s?[HFM](?![&\w])")
# An age before the person it is, in a case post: "at 72 she walks in" (not a clock: "at 9, she'd"),
# or after the diagnosis: "index case breast ca at 32, mother ovarian ca at 44".
_AT_AGE_SUBJECT = re.compile(
    r"(?i)\bat\s+(\d{2,3})\s+(?:she|he)\b(?!\s+(?:said|says|told|wrote))"
    r"|\b(?:ca|cancer|carcinoma|diagnosed|dx)\s+at\s+(\d{2,3})\b(?![.,:/]\d|\s*(?:%|mm|cm|h\b|am\b|pm\b|weeks?|months?))"
)


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield exact ages; durations ("depuis 5 ans", "5 years of follow-up") are skipped."""
    text = ctx.text
    seen = SpanSet(len(text))
    ages: set[int] = set()  # the ages found, to find them again when repeated

    def claim(start: int, end: int, value: int) -> Iterator[Hit]:
        """An age of `value` at [start, end), unless found already or protected."""
        if not (
            seen.overlaps(start, end)
            or ctx.is_protected(start, end)
            or ctx.sentence_search(MADE_UP, start)  # ('"Jane Smith, 45F" is invented')
        ):
            seen.add(start, end)
            ages.add(value)
            yield _age_hit(ctx, start, end, value)

    def bare_age(m: re.Match[str], group: int = 1) -> Iterator[Hit]:
        """A bare number of `m` as an age."""
        yield from claim(*m.span(group), int(m.group(group)))

    for index, pattern in enumerate(_PATTERNS):
        if index == 19 and not ctx.mentions(_TENS):
            continue  # (the pattern has no anchor: a cheap test first)
        if (index == 18 and not _INFANT_UNITS.search(ctx.low)) or (
            index in (19, 20) and not (ctx.is_case() or ctx.text_search(PATIENT_REF))
        ):
            continue
        if index in (26, 36) and not ctx.is_case():
            continue  # ("is 24" is a person's age only in a case post: see `_named_before`)
        if index == 30:
            found = (pattern.pattern.match(text, start) for start in ctx.sentence_starts())
            matches = [m for m in found if m is not None]
        else:
            matches = ctx.finditer(pattern)
        for m in matches:
            if index == 3 and _THRESHOLD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "above age 50": a threshold for a population, not a person
            if index == 17 and (
                not _EVENT_BEFORE_AT.search(text, max(0, m.start() - 60), m.start())
                or _NOT_AN_AGE_AT.search(text, max(0, m.start() - 20), m.start())
            ):
                continue
            # The apposition pattern ("Woman, 63,") reports the number only.
            if index in _NUMBER_ONLY:
                group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
                start, end = m.span(group)
            else:
                start, end = m.span()
            # (tested before the age itself: "my daughter turned 7" is matched from "daughter")
            if _own_child_before(ctx, start, end) and not (
                ctx.sentence_search(CARE_EVENT, start) or ctx.sentence_search(case_ending, start)
            ):
                continue  # "my daughter is 8 months old": the author's child, not a patient
            # Brackets and bare commas need a name or person before them ("(104!)" always counts).
            if (
                index == 13
                and not _apposition_ok(text, m.start(), capital=False)
                and not _RECORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            ):
                continue
            if (
                index == 14
                and text[end : end + 1] != "!"
                and not _apposition_ok(text, m.start(), True)
                and not _PERSON_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())
            ):
                continue
            if index == 30 and not (
                ctx.is_case()
                and (
                    (m.group("alone") and ctx.search(PATIENT_REF, 0, start))  # "the lad ... 17."
                    or ctx.search(CASE_WORDS, end, ctx.sentence(end)[1])
                    or case_ending(text, end, ctx.sentence(end)[1])
                )
            ):
                continue  # "41, undiagnosed cardiac sarcoidosis" (not "4, however, shows...")
            if index == 18 and (
                not _apposition_ok(text, m.start(), capital=False) or ctx.is_event(m.start())
            ):
                continue  # (« congrès à Montréal, 3 jours, 800 participants »: how long it lasts)
            if index == 26 and not (
                _named_before(ctx, m.start())
                # (90 or more said of a person: "The lady in room 11 ... is ninety-three and ...")
                or (_value(m) >= 90 and ctx.search(PATIENT_REF, ctx.sentence(start)[0], start))
            ):
                continue
            if index == 34 and not ctx.is_case():
                continue  # ("Ninety-three and counting: the lab's move, box by box")
            if index == 15 and text[end - 1 : end + 1].endswith("M") and _value(m) < 12:
                continue  # "2M", "3M": months or a company, not an age
            if seen.overlaps(start, end) or ctx.is_protected(start, end):
                continue
            if ctx.sentence_search(history, start) or (
                ctx.text_search(history) and not ctx.text_search(PATIENT_REF)
            ):
                continue  # "Warthin described it in 1929 when he was 63 years old"
            if _OBJECT_BEFORE.search(text, max(0, start - 40), start) or (
                ctx.text_search(NAMED_OBJECT) and not ctx.text_search(CARE_EVENT)
            ):
                continue  # "the microtome in our museum is 93 years old": an object's age
            if ctx.text_search(_ORG_BIRTHDAY) and not ctx.text_search(PATIENT_REF):
                continue  # « Joyeux anniversaire au labo : ... 30 ans déjà ! »
            if _OWN_AGE.search(text, max(0, start - 40), start) or (
                not text[ctx.sentence(start)[0] : start].strip()
                and _THEN_I.match(text, end)
                and not ctx.sentence_search(THIRD_PERSON, start)
            ):
                continue  # "I turned 40 today", "Aged 38 and I just passed": the author's age
            if ctx.own_life(start) and ctx.sentence_search(_OWN_BIRTHDAY, start):
                continue  # "Bon anniversaire à moi 🎂 41 ans": the author's age
            if ctx.sentence_search(_STAFF_BIRTHDAY, start) and not ctx.text_search(PATIENT_REF):
                continue  # « Joyeux anniversaire à notre cadre Nathalie, 60 ans »: a colleague's
            if ctx.own_life(start) and (
                OWN_AGE_TODAY.match(text, start)
                or any(
                    own.start() <= start < own.end()
                    for own in ctx.finditer(OWN_LIFE, max(0, start - 60), min(len(text), end + 30))
                )
            ):
                continue  # "40 ans aujourd'hui !", "my dad turns 92 on Sunday": not a patient's
            if text[end - 1 : end].isdigit() and _RANGE_AFTER.match(text, end):
                continue  # "aged 50-74", "65 and over": a population range, not a person
            if _STATISTIC.search(text, max(0, start - 50), start) or ctx.sentence_search(
                _MEDIAN_AGE, start
            ):
                continue  # "âge médian : 67 ans", "mean age 54 years": a population, not a person
            if _NOT_AGE_AFTER.match(text, end) and not text[end - 1 : end].isdigit():
                continue  # "cinq ans depuis mon DES", "ten years of practice": a span of time
            if index == 0:
                before = text[max(0, start - 25) : start]
                if _NOT_AGE_BEFORE.search(before):
                    continue
                if _SPAN_OF_WORK.match(text, end) and not _DE_BEFORE.search(before):
                    continue  # "Trois ans de recherche" (but "une femme de 47 ans de poids normal")
                if _AT_YEARS.search(before) and (
                    not ctx.is_case() or _FOLLOW_UP_BEFORE.search(text, max(0, start - 60), start)
                ):
                    continue
                if _NOT_AGE_AFTER.match(text, end):
                    continue
                # English "5-year survival", "10 years history": an age needs "old", "of age"
                # or an apposition ("a woman, 47 years, ...").
                english = m.group(3).lower().startswith("y")
                if (
                    english
                    and not _OLD.search(m.group(0))
                    and not _APPOSITION.search(text[max(0, start - 3) : start])
                    and not _PERSON_BEFORE.search(text, max(0, start - 20), start)
                ):
                    continue
            # "nonagenarian" (index 8) is 90-99, "centenarian" 100+: both round to "over 80".
            value = (95 if "ona" in m.group(0).lower() else 100) if index == 8 else _value(m)
            if index == 16:
                value = 95
            elif index in (13, 14, 15, 17, 30, 31) and not 1 <= value <= 110:
                continue
            if index in (4, 18, 29) or (index in (1, 30) and _INFANT_UNIT.search(m.group(0))):
                value = 0  # an infant
            if value <= 120:
                yield from claim(start, end, value)
    for m in _AGE_AGAIN.finditer(text) if ages else ():
        if int(m.group(1)) in ages:
            yield from bare_age(m)  # "J.P.M., 88, nodular fasciitis — yes at 88!": said twice
    for m in _CLINICAL_FRACTION_AGE.finditer(text) if "/" in text else ():
        yield from claim(*m.span(), 0)  # "6/12 old": six months, an infant
    for m in _YEARS_A_SEX.finditer(text) if ctx.is_case() else ():
        if int(m.group(1)) <= 110:
            yield from claim(*m.span(), int(m.group(1)))  # « 47a H »: 47 ans, homme
    for m in _AT_AGE_SUBJECT.finditer(text) if ctx.is_case() else ():
        if int(m.group(m.lastindex or 1)) <= 110:
            yield from bare_age(m, m.lastindex or 1)  # "at 72 she walks in", "breast ca at 32"
    for m in ctx.finditer(_AGE_AND_STILL) if ctx.is_case() else ():
        # (a patient named in the post, or the age opening a sentence: "Ewing. 14 and still...")
        opens = not text[ctx.sentence(m.start(1))[0] : m.start(1)].strip()
        if opens or ctx.text_search(PATIENT_REF):
            yield from bare_age(m)
    for m in ctx.finditer(_SIBLING_AGES) if ctx.is_case() else ():
        if _own_child_before(ctx, m.start(1), m.end()):
            continue  # « Mes enfants ont 6 et 9 ans »: the author's
        yield from bare_age(m, 1)
        yield from bare_age(m, 2)
    for m in ctx.finditer(_HAPPY_ORDINAL) if ctx.is_case() else ():
        if not ctx.own_life(m.start()):
            yield from bare_age(m)
    for m in ctx.finditer(_BORN_AT_TERM) if ctx.is_case() else ():
        if not (seen.overlaps(*m.span(1)) or ctx.sentence_search(_PERCENT, m.start())):
            yield Hit(
                "AGE", *m.span(1),
                ctx.say("Le terme exact de la naissance, avec le lieu ou la date, peut désigner le bébé. Dites plutôt « prématuré ».",
                        "The exact term at birth, with the place or the date, can point to the baby. Say \"preterm\" instead."),
                ctx.say("prématuré", "preterm"),
            )  # fmt: skip


def _age_hit(ctx: Context, start: int, end: int, value: int) -> Hit:
    """An exact age, with a range to say instead."""
    return Hit(
        "AGE", start, end,
        ctx.say("Un âge exact aide à reconnaître le patient. Donnez plutôt une tranche d'âge.",
                "An exact age helps recognise the patient. Give an age range instead."),
        _decade(value, ctx, start),
    )  # fmt: skip
