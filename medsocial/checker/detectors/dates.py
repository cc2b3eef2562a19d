"""DATE: exact calendar dates tied to the case (numeric, written, Roman months, birth years)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import (
    DATE_THEN_SPECIMEN,
    EVENT_ACRONYMS,
    FOUNDED,
    HOLIDAYS,
    LAB_SYSTEM,
    PATIENT_REF,
    Context,
    history,
)
from medsocial.checker.detectors.base import WEEKDAY_FR_WORDS, Hit
from medsocial.checker.scan import Anchored

FR_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
# Longest first; then alphabetical, so the pattern is the same in every run.
_MONTH = "|".join(sorted({*FR_MONTHS, *EN_MONTHS}, key=lambda m: (-len(m), m)))
_ROMAN = "XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|re|st|nd|rd|th|e|ème)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"

_PATTERNS = [
    # 12/03/1961, 12.03.61, 12-03-2024, 03/12/61 (US order also accepted by the validator)
    # (The digit comes before the lookbehind so that the regex engine can skip ahead.)
    re.compile(
        r"(\d(?<!(?:[^\W_]|[/.,-])\d)\d?)\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![^\W_]|/|[.,]\d)"
    ),
    # 1961-03-12, 2024/03/12 (also between underscores in a file name: "dupont_1948-04-22_HES")
    re.compile(r"(\d(?<!(?:[^\W_]|[/.-])\d)\d{3})([/.\-])(\d{1,2})\2(\d{1,2})(?![^\W_]|/|\.\d)"),
    # 12-III-2024, 12.XI.61; in lower case between dots or slashes, "11.iii.26", "3/iv/52"
    Anchored(
        rf"(?<![\w/.-])({_DAY})(?:\s?[-./ ]\s?({_ROMAN})\s?[-./ ]\s?|([./])((?i:{_ROMAN}))\3)(\d{{4}}|\d{{2}})(?![\w/])"
    ),
    # 12 mars 1961, 1er mars, 12th March 2024, 12 Mar. 2024, the 12th of March
    Anchored(
        rf"(?i)(?<![\w/.,-])(?:le\s+|the\s+)?({_DAY})(?:\s+of)?[\s-]+({_MONTH})\b\.?(?:[\s,-]+({_YEAR}))?(?![\w/])"
    ),
    # March 12, Mar. 12th, 2024, May 3rd
    Anchored(
        rf"(?<![\w-])({_MONTH})\b\.?\s+({_DAY})\b(?:,?\s+({_YEAR}))?(?![\w/]|[.,]\d|:\d)", re.I
    ),
]
# Days written in words: "le douze mars", "the fifth of June", "premier avril".
_FR_DAYS = ["premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]  # fmt: skip
_FR_DAYS += [f"vingt-{w}" for w in ("et-un", *_FR_DAYS[1:9])] + ["trente", "trente-et-un"]
_EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]  # fmt: skip
_EN_ORD += [f"twenty-{w}" for w in _EN_ORD[:9]] + ["thirtieth", "thirty-first"]
_DAY_WORDS = {w: i for i, w in enumerate(_FR_DAYS, 1)} | {w: i for i, w in enumerate(_EN_ORD, 1)}
_FULL_MONTHS = "|".join(m for m in {**FR_MONTHS, **EN_MONTHS} if len(m) > 3 or m in ("mai", "may"))
_WORD_DATE = Anchored(
    r"(?i)\b(?:le\s+|the\s+)?("
    + "|".join(sorted((w.replace("-", "[\\s-]") for w in _DAY_WORDS), key=len, reverse=True))
    + rf")(?:\s+of)?\s+({_FULL_MONTHS})\b(?:\s+({_YEAR}))?"
)
# 14/11 or 14.11 without a year: only after a word that introduces a date.
_DAY_MONTH = Anchored(
    r"(?i)(?:\b(?:le|du|au|depuis|dès|des|since|on|dated|daté\w*|né\w*|born|opér\w*|vu\w*|reçu\w*|jour|"
    r"admi[st]\w*|hospitalis\w*|operated|seen|biopsied|received|drawn|collected|sampled|excised|resected|prélev\w*|DOB|DDN|(?:bx|biopsy|excision|resection)\s+of)\s*:?\s+"
    rf"(?:le\s+|the\s+)?(?:(?:{WEEKDAY_FR_WORDS}|mon|tues|wednes|thurs|"
    r"fri|satur|sun)(?:day)?\.?\s+)?"
    # ... or after a weekday alone ("found Sat 8/11", « mardi 14/11 »), or before the case it names
    # ("that's the 14/07 case")
    rf"|\b(?:{WEEKDAY_FR_WORDS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)\s+"
    r"|\bthe\s+(?=\d{1,2}[/.]\d{1,2}\s+(?:case|bx|biopsy|frozen|specimen|autopsy|PM|FNA)\b))"
    r"(\d{1,2})[/.](\d{1,2})(?![\w/]|[.,]\d)"
)
# "11/21 bx: ...": a day and month opening a case line, before its specimen and a colon (not
# "3/4 biopsy cores positive").
_DAY_MONTH_OPENING = re.compile(
    # (the digit first: a fast scan; the line start before it is checked in `detect`)
    r"(\d\d?)/(\d\d?)(?=\s*:?\s*(?i:bx|biopsy|biopsie|frozen|extempo|excision|ex[ée]r[eè]se|"
    r"resection|autopsy|autopsie|PM|FNA|case|cas)\s*[:-])"
)
# A birth date in six digits after its label: "dob 150447", « DDN : 030522 ».
_BIRTH_DIGITS = Anchored(
    r"(?i)\b(?:d\.?o\.?b\.?|DDN|date\s+of\s+birth|date\s+de\s+naissance|born|n[ée]e?\s+le)\s*(?:is\s+|est\s+)?:?\s*"
    r"(\d\d)(\d\d)((?:19|20)?\d\d)(?![\d/.-])"
)
# A date written YYYYMMDD inside a file name: "smith_j_19610423_PAP.pdf".
_FILE_DATE = re.compile(r"(?<=[_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[_.-])")
# A holiday and its year: "Christmas Eve 2025", "Boxing Day 2024", "le soir de Noël 2025".
_HOLIDAY = Anchored(rf"(?i)\b(?:{HOLIDAYS})\s+(?:de\s+|of\s+)?(?:19|20)\d\d\b")
# A date of the Islamic calendar: "admitted 3 Ramadan 1445", « le 12 Rabi al-awwal 1446 ».
_HIJRI = Anchored(
    r"(?i)\b(?:[12]\d|3[01]|0?[1-9])\s+(?:Muharram|Safar|Rabi['‘’ʿ]?\s?(?:al|ul)[-\s](?:awwal|thani|akhir)|"
    r"Jumad[ae]\s+(?:al|ul)[-\s](?:ula|awwal|akhirah?|thani)|Rajab|Sha['‘’ʿ]?ban|Rama[dz]h?an|Shawwal|"
    r"Dhu\s+al[-\s](?:Qi['‘’ʿ]?dah|Hijjah))\s+1[34]\d\d\b(?:\s*AH\b)?"
)
# A holiday with no year in a case: "came in on Boxing Day", « opérée le jour de Noël », "the
# cough started around Easter Monday", "gone by Boxing Day".
_HOLIDAY_IN_CASE = Anchored(
    rf"(?i)\b(?:on|over|at|since|during|around|about|(?:gone|dead|died|discharged|home|admitted|back)\s+by|"
    # ... or the day next to it: "taken the day after Bonfire Night", « le lendemain de Noël »
    rf"(?:the\s+)?(?:day|night|morning|week)\s+(?:after|before)|le\s+lendemain\s+de|l'avant-veille\s+de|le\s+jour\s+de|le\s+soir\s+de|la\s+veille\s+de|pendant|depuis|vers|autour\s+de)\s+(?:the\s+|la\s+|le\s+)?({HOLIDAYS})\b(?!\s+(?:de\s+|of\s+)?(?:19|20)\d\d)"
)
# A day and month at the end of a quoted label: « Mme Ferreira 12/11 », 'J. Ramírez, Bed 22B, 11/14'.
_QUOTED_LABEL_DATE = re.compile(r"[«\"“'][^«»\"“”'\n]{3,60}?[\s,](\d{1,2})/(\d{1,2})\s*[»\"”']")
# "seen on the 12th": a day of the month alone, in a case ("on the 4th floor" is a place).
_ORDINAL_DAY = Anchored(
    r"(?i)\b(?:on|since|from|until|(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    # ... or right after what was done: "biopsied the 14th" (the day only is reported)
    r"(?P<care>biopsied|operated|admitted|seen|died|discharged|collected|sampled|excised|resected|taken|received|arrived|"
    r"reported|signed\s+out))\s+(?P<day>the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?!\s*(?:floor|storey|centile|percentile|week|day|time|attempt|cycle|line|case|edition|of\s+(?:the\s+)?(?:\w+\s+)?(?:month|cases|patients)))"
    # (nor before any other noun: "on the 14th hole", "on the 3rd try"; a date is followed by a
    # comma, "of March", "at 9", "when", "she"...)
    r"(?!\s+(?!(?:at|and|of|or|when|but|so|she|he|we|they|after|before|the|in|to|with|for|was|"
    r"had|then|around|about|by|from|until|this|that|again|as|while|last|morning|evening|night|"
    r"afternoon|just|only|already|because|since|despite|which|where|who|due|following|not|is|"
    r"were|are|did|will|it|there|here|now|too|yet|instead|anyway|though|although)\b)(?-i:[a-z]){3,}\b)"
)
# A day of the month alone right after what was done, in a case: « décédé le 21 », « opérée le 3 »
# (not a time or a measure: « le 21 à 14 h » is still a day, « le 3 mm » is not one).
_CARE_DAY_FR = Anchored(
    r"(?i)\b(?:d[ée]c[ée]d[ée]e?|op[ée]r[ée]e?|admise?|hospitalis[ée]e?|biopsi[ée]e?|pr[ée]lev[ée]e?|"
    # (maybe with a Roman month: « prélevé le 3/XI, reçu le 12/XI »)
    r"re[çc]ue?|sortie?|transf[ée]r[ée]e?)\s+(le\s+(?:[12]\d|3[01]|0?[1-9]|1er)"
    rf"(?:[/.](?-i:{_ROMAN})(?![\w/.]))?)\b"
    rf"(?![/.,:-](?:\d|[IVXivx])|\s*(?:%|mm|cm|h\b|h\d|{_MONTH})\b)"
)
# A weekday and a day of the month, in a case: "le vendredi 7", "report out Thurs 16th" (not
# "lundi 8h", "mardi 3 lames").
_WEEKDAY_DAY = Anchored(
    rf"(?i)\b(?:{WEEKDAY_FR_WORDS})\s+(?:[12]\d|3[01]|0?[1-9]|1er)(?![\w/]|\s*(?:h\b|h\d|heures?|[:.,]\d|%))"
    r"(?!\s+(?:lames|cas|biopsies|extempos?|pi[eè]ces|blocs|patients?|frottis)\b)"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
)
# Birth years and month-years: "né en 1961", "born in 1961", "DDN 1961", "en mars 2024"; a few
# words may come between ("nés tous les deux en 1956", "born in Leeds in 1961"), and a birth month
# may come with a short year (« née en novembre 62 »).
_BORN_IN = r"(?:n[ée]e?s?|born)(?:\s+[\w'’-]+){0,3}?\s+(?:en|in)\s+"
_BIRTH_YEAR = Anchored(
    rf"(?i)\b{_BORN_IN}(?:{_FULL_MONTHS})\s+'?\d\d\b"
    rf"|\b(?:{_BORN_IN}|DDN\s*:?|date\s+de\s+naissance\s*:?|DOB\s*:?|b\.)\s*"
    rf"(?:(?:{_FULL_MONTHS})\s+)?(?:19\d\d|20\d\d)\b"  # (born in 1821: history)
)
_MONTH_YEAR = Anchored(rf"(?i)\b({_MONTH})\.?\s+({_YEAR})\b")
# "last April", "en mars dernier": a month of the case, in a post about one
_LAST_MONTH = Anchored(
    rf"(?i)\b(?:last|this\s+past)\s+({_FULL_MONTHS})\b|\b(?:en\s+)?({_FULL_MONTHS})\s+dernier\b"
)
# Later days of the same month, in the sentence of a written date: « le 3 décembre, pièce reçue
# le 5, compte rendu le 19 », "seen 3 March, operated on the 9th".
_LATER_DAY = re.compile(
    r"\b(?:le|the)\s+(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?(?=\s*(?:[,;:.)!]|$|et\b|and\b))"
)
# A date before this year is history: nobody born then is alive (the oldest living people were
# born in 1908), no case is that old; "01/01/1900" is the usual dummy birth date.
_FIRST_LIVING_YEAR = 1905
# A name as a record writes it, right before a date: "LEFEBVRE Jeannine 04/07/1958" (not a
# congress in its town: "ECP Florence, 8 September").
_RECORD_NAME = re.compile(
    rf"\b(?!(?:{EVENT_ACRONYMS})\b)[A-Z]{{2,}}(?:-[A-Z]{{2,}})?\s+[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s*,?\s*$"
)
_DATE_THEN_SPECIMEN = re.compile(DATE_THEN_SPECIMEN)
_EXPIRY_BEFORE = re.compile(
    r"(?i)\b(?:exp(?:iry|iration|ires?|\.)?|p[ée]remption|p[ée]rim[ée]e?|DLU|DLC|use\s+by|best\s+before|"
    r"[àa]\s+utiliser\s+avant|valid\s+until|valable\s+jusqu'au)(?:\s+date)?\s*(?:le\s+)?:?\s*$"
)
_FOUNDED_BEFORE = re.compile(rf"(?i)\b{FOUNDED}\s+(?:le\s+|on\s+)?(?:\d{{1,2}}(?:er)?\s+)?$")
_BIRTH_WORDS = re.compile(r"(?i)\b(?:n[ée]e?|naissance|born|birth|DOBs?|DDN)\b")


def _valid(day: int, month: int, year: int | None = None) -> bool:
    """Calendar check; February 29 only in leap years when the year is known."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if month == 2 and year is not None and day == 29:
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return day <= days


_NON_DIGITS = re.compile(r"\D")


def _int(text: str) -> int:
    return int(_NON_DIGITS.sub("", text) or 0)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = _int(text)
    return value + 1900 if len(text.strip("'")) == 2 else value


def _roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def _hit(ctx: Context, start: int, end: int, birth: bool = False, severity: str = "block") -> Hit:
    if birth or ctx.before(_BIRTH_WORDS, start, 25):
        return Hit(
            "DATE", start, end,
            ctx.say("Une date de naissance identifie le patient. Supprimez-la ; au besoin, donnez une tranche d'âge.",
                    "A birth date identifies the patient. Remove it; give an age range if needed."),
            "",
        )  # fmt: skip
    return Hit(
        "DATE", start, end,
        ctx.say("Une date précise relie le message à un patient. Supprimez-la ou restez vague (« récemment »).",
                "An exact date links the post to one patient. Remove it or keep it vague (\"recently\")."),
        ctx.say("récemment", "recently"),
        severity,
    )  # fmt: skip


def _off_case(ctx: Context, start: int) -> bool:
    """A congress or exam date, not the patient's; a birth date never is ("née le ..."), unless it
    is history ("Virchow was born on 13 October 1821")."""
    if ctx.sentence_search(history, start) or ctx.own_life(start):
        return True  # "born 13 October 1821"; "my first day as a consultant, 3 September 2018"
    if ctx.before(_FOUNDED_BEFORE, start, 30):
        return True  # « ouvert le 2 septembre 1976 »: a department's birthday, not a patient's
    if ctx.before(_EXPIRY_BEFORE, start, 30):
        return True  # "Péremption 31/03/2027", "expiry 2027-03-31": a reagent's, not a patient's
    if ctx.before(_RECORD_NAME, start, 40) or _DATE_THEN_SPECIMEN.match(ctx.text, start):
        # "LEFEBVRE Jeannine 04/07/1958" on a label, even in a classroom; "JK 2024-03-12
        # B24.01982" burnt into a slide's label
        return False
    if (
        ctx.sentence_search(LAB_SYSTEM, start)
        and not ctx.text_search(PATIENT_REF)
        and not ctx.sentence_search(_BIRTH_WORDS, start)  # ("the LIMS has two DOBs, ...")
    ):
        return True  # "the slide scanner is down for maintenance on 9 January"
    return ctx.is_event_or_teaching(start) and not ctx.before(_BIRTH_WORDS, start, 25)


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield calendar-valid dates (or typos of one with a four-digit year) that are not part of
    an event announcement or a reference."""
    later_scanned = 0  # where the search for later days of a month has reached
    for index, pattern in enumerate(_PATTERNS):
        for m in ctx.finditer(pattern):
            groups = m.groups()
            if index == 0:
                a, b, year = _int(groups[0]), _int(groups[2]), _year(groups[3])
                if groups[1] == "." and len(groups[3]) == 2 and b > 12 and a <= 12:
                    continue
                # (with a four-digit year, an impossible day is a typo of a date: "07/41/1958")
                ok = _valid(a, b, year) or _valid(b, a, year) or len(groups[3]) == 4
            elif index == 1:
                year = _int(groups[0])
                ok = _valid(_int(groups[3]), _int(groups[2]), year)
            elif index == 2:
                year = _year(groups[4])
                ok = _valid(_int(groups[0]), _roman((groups[1] or groups[3]).upper()), year)
            elif index == 3:
                month = FR_MONTHS.get(groups[1].lower()) or EN_MONTHS.get(groups[1].lower(), 0)
                if groups[1].lower() == "may" and groups[1] == "may":
                    continue  # the modal verb, not the month
                year = _year(groups[2])
                ok = _valid(_int(groups[0]), month, year)
            else:
                if groups[0].lower() in {"may", "mar", "mars"} and not groups[0][0].isupper():
                    continue
                month = FR_MONTHS.get(groups[0].lower()) or EN_MONTHS.get(groups[0].lower(), 0)
                year = _year(groups[2])
                ok = _valid(_int(groups[1]), month, year)
            if year is not None and year < _FIRST_LIVING_YEAR:
                continue  # "born 13 October 1821": history, no living patient
            if ok and not ctx.is_protected(*m.span()) and not _off_case(ctx, m.start()):
                yield _hit(ctx, *m.span())
                if index in (3, 4):  # "le 3 décembre, pièce reçue le 5, compte rendu le 19"
                    # (each stretch of a sentence is scanned once: linear in long posts)
                    start, end = max(m.end(), later_scanned), ctx.sentence(m.start())[1]
                    later_scanned = max(later_scanned, end)
                    for day in _LATER_DAY.finditer(ctx.text, start, end):
                        yield _hit(ctx, *day.span())
    for m in ctx.finditer(_DAY_MONTH):
        a, b = _int(m.group(1)), _int(m.group(2))
        valid = _valid(a, b) or _valid(b, a)  # 14/11 (French) or 03/15 (US)
        if valid and not ctx.is_protected(*m.span(1)) and not _off_case(ctx, m.start()):
            yield _hit(ctx, m.start(1), m.end(2))
    for m in _QUOTED_LABEL_DATE.finditer(ctx.text) if "/" in ctx.text else ():
        a, b = _int(m.group(1)), _int(m.group(2))
        if (_valid(a, b) or _valid(b, a)) and not ctx.is_protected(*m.span(1)):
            yield _hit(ctx, m.start(1), m.end(2))
    for m in _DAY_MONTH_OPENING.finditer(ctx.text) if "/" in ctx.text else ():
        if m.start() and ctx.text[m.start() - 1] != "\n":
            continue
        if _valid(_int(m.group(1)), _int(m.group(2))) or _valid(_int(m.group(2)), _int(m.group(1))):
            yield _hit(ctx, m.start(1), m.end(2))
    for m in ctx.finditer(_BIRTH_DIGITS):
        if _valid(_int(m.group(1)), _int(m.group(2))) and not ctx.sentence_search(
            history, m.start()
        ):
            yield _hit(ctx, m.start(1), m.end(3))
    for m in _FILE_DATE.finditer(ctx.text) if "_" in ctx.text else ():
        if _valid(_int(m.group(3)), _int(m.group(2)), _int(m.group(1))):
            yield _hit(ctx, *m.span())
    for m in ctx.finditer(_HIJRI):
        if not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span())
    for m in ctx.finditer(_HOLIDAY):
        if not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span(), severity="block" if ctx.is_case() else "warn")
    for m in ctx.finditer(_HOLIDAY_IN_CASE) if ctx.is_case() else ():
        if not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span(1))
    for m in ctx.finditer(_WEEKDAY_DAY):
        # ("Fri 5th" is a date anywhere; "le vendredi 7" dates a case only in a case post)
        ordinal = m.group(0)[-2:].lower() in ("st", "nd", "rd", "th")
        if (ordinal or ctx.is_case()) and not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span())
    for m in ctx.finditer(_ORDINAL_DAY):
        # ("on the 3rd" dates a case only in a case post; "Saturday the 14th" is a date anywhere)
        if (m.group("weekday") or ctx.is_case()) and not _off_case(ctx, m.start()):
            yield _hit(ctx, m.start("day") if m.group("care") else m.start(), m.end())
    for m in ctx.finditer(_CARE_DAY_FR):
        roman_month = not m.group(1)[-1].isdigit()  # (« prélevé le 3/XI »: a date in any post)
        if (roman_month or ctx.is_case()) and not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span(1))
    for m in ctx.finditer(_WORD_DATE):
        day = _DAY_WORDS.get(" ".join(m.group(1).lower().split()).replace(" ", "-"), 0)
        month = FR_MONTHS.get(m.group(2).lower()) or EN_MONTHS.get(m.group(2).lower(), 0)
        if m.group(2) == "may":
            continue  # the modal verb: "the first may be"
        if _valid(day, month) and not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span())
    for m in ctx.finditer(_LAST_MONTH) if ctx.is_case() else ():
        if "may" in (m.group(1), m.group(2)):
            continue  # "the last may be": the modal verb
        if not _off_case(ctx, m.start()):
            yield _hit(ctx, *m.span())
    for m in ctx.finditer(_BIRTH_YEAR):
        if ctx.low.startswith(("born", "né"), m.start()) and ctx.own_life(m.start()):
            continue  # "Born in 1987, started residency in 2015": the author (a DOB is a record's)
        yield _hit(ctx, *m.span(), birth=True)
    for m in ctx.finditer(_MONTH_YEAR):
        if m.group(1).lower() == "may" and m.group(1) == "may":
            continue
        if (_year(m.group(2)) or 0) < _FIRST_LIVING_YEAR:
            continue  # "mars 1842": history
        if not _off_case(ctx, m.start()) and not ctx.is_protected(*m.span()):
            # A month and year alone dates a case, but in a post with no case it is context.
            yield _hit(ctx, *m.span(), severity="block" if ctx.is_case() else "warn")
