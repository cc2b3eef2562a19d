"""TIME: words that date the case to the moment of posting (today, ce matin, last night...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import (
    AGE_SEX,
    AN_AGE,
    LAB_SYSTEM,
    NEWS_REPORT,
    ONE_CASE,
    PATIENT_AGE,
    PATIENT_REF,
    THANKS,
    THIRD_PERSON,
    Context,
    announced,
    history,
    patient_not_staff,
)
from medsocial.checker.detectors.base import (
    WEEKDAY_FR_WORDS,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
    Hit,
    SpanSet,
)
from medsocial.checker.scan import Anchored

_WEEKDAYS = WEEKDAYS_EN + WEEKDAYS_FR
_DAYS_FR = f"(?:{WEEKDAY_FR_WORDS})"
_DAYS_EN = f"(?:{'|'.join(WEEKDAYS_EN)})"
_TIME = Anchored(
    r"(?i)\b(?:"
    # French
    r"aujourd'?\s?hui|ajd|auj|ce\s+matin|[àa]\s+matin|[àa]\s+soir|tant[ôo]t(?![^.!?\n]{0,60}\btant[ôo]t)|"
    r"depuis\s+(?:le\s+week-?\s?end|hier|ce\s+matin|cette\s+nuit)|"
    r"ce\s+matin|ce\s+midi|cet\s+apr[eè]s-?\s?midi|cet(?:te)?\s+apr[eè]m|ce\s+soir|c(?:ette|['’]te)\s+nuit|"
    # how long the patient has waited: "depuis dix jours", "depuis jeudi"
    rf"depuis\s+(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|quelques)\s+(?:jours?|semaines?)|depuis\s+{_DAYS_FR}|"
    # ... or since a time of this day: « à jeun depuis midi », « en salle depuis 8h »
    r"depuis\s+(?:midi|minuit|\d{1,2}\s?h(?:\s?\d\d)?)|"
    r"hier(?:\s+(?:soir|matin|midi|apr[eè]s-?midi))?|avant-?\s?hier|demain(?:\s+matin)?|"
    r"c(?:ette|['’]te)\s+semaine|ce\s+week-?\s?end|ce\s+mois-?ci|la\s+(?:semaine|nuit)\s+(?:derni[eè]re|pass[ée]e)|"
    r"(?:le|du)\s+week-?\s?end\s+dernier|le\s+mois\s+dernier|"
    r"(?:tout|tt)\s+[aà]\s+l'?\s?heure|[aà]\s+l'?\s?instant|(?:il\s+y\s+a|y'a|ya)\s+(?:\d+|une?|deux|trois|quelques)\s*(?:minutes?|min|mn|heures?|h|jours?|semaines?)(?![\w'])|zordi|"
    r"en\s+ce\s+moment(?:\s+(?:au|en)\s+(?:bloc|salle|garde|r[eé]a|urgences?))?|actuellement\s+(?:au|en)\s+(?:bloc|salle|r[eé]a)|"
    r"en\s+direct\s+du\s+bloc|de\s+garde\s+cette\s+nuit|cette\s+garde|"
    # (not any such day: « un lundi matin »)
    rf"(?<!\bun\s)(?:ce\s+)?{_DAYS_FR}\s+(?:dernier|matin|soir)|ce\s+{_DAYS_FR}|"
    # today's weekday: « ON EST MARDI »
    rf"on\s+est\s+{_DAYS_FR}|"
    # the night the patient came: « famille venue de Saint-Pierre dans la nuit. »
    r"dans\s+la\s+nuit(?=\s*[.,;:!])|"
    # a deadline for this patient: « avant vendredi », « lundi prochain »
    rf"(?:avant|d'ici)\s+{_DAYS_FR}|{_DAYS_FR}\s+prochain|"
    # English
    r"today|tonight|tonite|2nite|2day|last\s+nite|this\s+(?:morning|afternoon|arvo|avo|evening|week(?:end)?|month|am|a\.m\.)|"
    r"tmrw|tmw|2moro|"
    # Tagalog in Taglish posts: "kahapon" (yesterday), "kanina" (earlier today)
    r"kahapon|kanina|"
    # ... and Hindi or Urdu in Hinglish ones: "kal raat" (last night), "aaj subah" (this morning)
    r"kal\s+(?:raat|subah|shaam)|aaj(?:\s+(?:subah|raat|shaam))?|abhi\s+abhi|"
    # a night in the hospital, not a fixation: "Peds ICU overnight:", "admitted overnight"
    r"overnight(?=\s*[:,;-])|(?<=admitted\s)overnight|(?<=arrived\s)overnight|(?<=died\s)overnight|"
    # ... or moved to a unit, or worse: "moved to ICU overnight", "deteriorated overnight"
    r"(?<=ICU\s)overnight|(?<=HDU\s)overnight|(?<=ITU\s)overnight|(?<=CCU\s)overnight|(?<=resus\s)overnight|"
    r"(?<=deteriorated\s)overnight|(?<=crashed\s)overnight|(?<=arrested\s)overnight|(?<=came\sin\s)overnight|"
    r"yesterday(?:\s+(?:morning|afternoon|evening))?|yday|last\s+(?:night|week(?:end)?|month)|"
    r"(?:at|over)\s+the\s+weekend|"
    r"tomorrow(?:\s+(?:morning|night|evening))?|earlier\s+today|just\s+now|right\s+now|minutes?\s+ago|"
    r"(?:\d+|an?|one|two|three|four|five|six|few|couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnight)\s+"
    r"(?:ago|back(?!\s+(?:at|to|in|on|from|home|into|up)\b))|"
    rf"since\s+(?:the\s+weekend|yesterday|last\s+night|this\s+morning|{_DAYS_EN})|"
    r"live\s+from\s+the\s+(?:OR|theatre|theater)|currently\s+in\s+(?:the\s+)?(?:OR|theatre|theater)|"
    r"on\s+call\s+tonight|just\s+(?:signed\s+out|received|got|seen|saw|diagnosed|reported|grossed|cut)|"
    r"(?:je\s+viens|on\s+vient|nous\s+venons)\s+de\s+(?:recevoir|signer|voir|diagnostiquer|macroscoper|couper)|"
    rf"(?:last|this|next|by|before|b4)\s+{_DAYS_EN}|"
    # a case from that day: "remember the Warthin from Tuesday?" (not "from Monday to Friday",
    # "the line changes from Monday:", "new pick-up times from Monday, tell your clinics")
    r"(?<=[a-z]\s)(?<!changes\s)(?<!change\s)(?<!starts\s)(?<!starting\s)(?<!effective\s)(?<!applies\s)"
    r"(?<!open\s)(?<!closed\s)(?<!available\s)(?<!moves\s)"
    rf"from\s+{_DAYS_EN}(?=\s*[?!.)]|\s*$)|(?<!\ba\s){_DAYS_EN}\s+(?:morning|afternoon|night|evening)|on\s+{_DAYS_EN}|"
    # a weekday's case: "the gentleman from Tuesday's PM", "Friday's frozen"
    rf"{_DAYS_EN}['’]s(?=\s+(?:PM|post-?mortem|autopsy|frozen|case|biopsy|bx|FNA|(?:bone\s+)?marrow|specimen|list|resection|admission|surgery|MDT|MDM|tumou?r\s+board|clinic))"
    # ... or without the "'s" before the autopsy itself: "Gloomy Thursday autopsy: the cyclist..."
    rf"|{_DAYS_EN}(?=\s+(?:post-?mortem|autopsy)\b)"
    r")\b"
)
# Clock times: "at 3 am", "à 3 h du matin", "14h30", "at 2:15". The digit comes first so the
# regex engine can skip ahead; the word before it is checked in Python (see `_clock_ok`).
_CLOCK = re.compile(
    r"(\d\d?)(?:"
    r"\s?(?:h|H)(?:\s?(\d{2}))?(?![\w/])(?:\s+(?:du\s+matin|du\s+soir|de\s+l'apr[eè]s-midi))?"
    r"|(?::(\d{2}))?\s?(?:am|pm|a\.m\.|p\.m\.|AM|PM)(?![\w])"
    r"|:(\d{2})(?![\d:])"
    r")"
)
_DAY_AFTER_CLOCK = re.compile(rf"(?i)\s+(?:on\s+|le\s+)?({_DAYS_FR}|{_DAYS_EN})\b")
# A 24-hour time in four digits right after a date, as labels print it: "collected 2026.11.19
# 0615", « prélevé le 19/11/2026 à 0615 ».
_DATE_THEN_HHMM = re.compile(
    r"\d(?<![\w.,/-]\d)\d{0,3}[./-]\d{1,2}[./-]\d{2,4},?\s+(?:at\s+|[àa]\s+|@\s*)?"
    r"((?:[01]\d|2[0-3])[0-5]\d)(?![\w:/-]|[.,]?\s?\d)"
)
# A clock time in words, after "at", "à", "vers": "at ten to midnight", "around half four in the
# morning", « vers quatre heures et demie du matin », « à minuit moins dix ». (An hour word alone,
# "at one", is not one: it needs a fraction, "o'clock", a part of the day, or midnight.)
_HOURS_EN = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_HOURS_FR = "une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
_CLOCK_IN_WORDS = Anchored(
    r"(?i)\b(?:at|around|about|till|until)\s+("
    rf"(?:(?:half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+(?:past|to|after)\s+|half\s+(?=(?:{_HOURS_EN})\b))"
    rf"(?:{_HOURS_EN}|midnight|noon|midday)\b(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)?"
    rf"|(?:{_HOURS_EN})\s+(?:o['’]clock\b|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|midnight\b)"
    r"|\b(?:[àa]|vers|d[èe]s|jusqu'[àa])\s+("
    rf"(?:{_HOURS_FR}|\d{{1,2}})\s+heures?(?:\s+(?:et\s+(?:demie|quart)|moins\s+(?:le\s+quart|cinq|dix|vingt|vingt-cinq)))?"
    r"(?:\s+(?:du\s+matin|du\s+soir|de\s+l'apr[eè]s-midi))?"
    r"|minuit(?:\s+(?:et\s+(?:demie?|quart)|moins\s+(?:le\s+quart|cinq|dix|vingt|vingt-cinq)))?"
    r"|midi\s+(?:et\s+(?:demie?|quart)|moins\s+(?:le\s+quart|cinq|dix|vingt|vingt-cinq)))\b"
)
# "à", "at", "vers" before a clock time; without them a bare "14h30" still counts, "2:15" does not.
_CLOCK_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|around|about|by|until|vers|[àa]|d[eè]s|avant|apr[eè]s|jusqu'[àa])\s+|[,(]\s*|^)$"
)
# A time zone or a duration after it is a scheduled event or a delay, not the moment of the case.
_CLOCK_AFTER = re.compile(
    r"(?i)\s*(?:\(?(?:CET|CEST|GMT|UTC|BST|EST|EDT|PST|PDT|ET|PT|heure\s+(?:de\s+|d')(?-i:[A-Z])\w+|Paris\s+time|"
    r"UK\s+time|[+-]\d)\b|(?:-|–|à|to|until|jusqu'[àa])\s*\d{1,2}\s?(?:h|:\d\d|am|pm)|de\s+fixation|of\s+fixation|apr[eè]s|plus\s+tard|later|after|post|ago|"
    # a daily habit, not the moment of a case: "wakes at 5am every day", "à 6h tous les matins"
    r"every\s+(?:day|night|morning|evening)|each\s+(?:day|night|morning)|tous\s+les\s+(?:jours|matins|soirs)|toutes\s+les\s+nuits|chaque\s+(?:jour|nuit|matin|soir)|"
    # ... or any such day: "at 5pm on a Friday", « à 17 h un vendredi »
    rf"on\s+a\s+{_DAYS_EN}|un\s+{_DAYS_FR}|"
    # a session at that time: "Thursday's 4 pm grossing session", « le staff de 8 h »
    r"(?:[\w-]+\s+)?(?:session|lecture|talk|seminar|webinar|class|tutorial|meeting|journal\s+club|s[ée]ance|cours|conf[ée]rence)\b)"
)
# Where on a specimen or a breast, read as a clock face: "margin at 9 h", « quadrant, à 3 h ».
_CLOCK_FACE = re.compile(
    r"(?i)\b(?:marges?|margins?|quadrants?|mm|cm|sein|breast|mamelon|nipple|orient\w*)\b[^.!?\n]{0,40}$"
)
_ITS_NOW = re.compile(r"(?i)\b(?:it['’]?s|it\s+is|il\s+est)\s+$")
_DURATION_BEFORE = re.compile(
    r"(?i)\b(?:en|dans|pendant|durant|depuis|sous|for|in|within|over|fixation|fix[ée]e?s?|fixed)\s+$"
    # a recurring slot ("every Sunday at 10am", "tous les jeudis à 14h") is a meeting, not the case
    r"|\b(?:every|each|chaque|tous\s+les|toutes\s+les)\s+\w+s?\s+(?:at|[àa])\s+$"
    # the end of a range whose start is already left out: « de 3h à 5h », "from 2pm to 4pm"
    r"|\b\d{1,2}\s?(?:h(?:\d\d)?|am|pm|:\d\d)\s*(?:[àa]|-|to)\s+$"
)
# (substring tests: much faster than an alternation without a common first letter)
_DAY_NAMES = ("day", *WEEKDAYS_FR, "tue", "wed", "thu", "fri")
_DEADLINE = ("by ", "before ", "b4 ", "avant ", "d'ici ")
# A specimen hurried for someone named: "pls expedite bx for Kwame Asante ... b4 Friday".
_FOR_SOMEONE = re.compile(
    r"(?i)\b(?:bx|biops(?:y|ie)|specimen|results?|r[ée]sultats?|report)\s+(?:for|of|de|pour)\s+"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)"
)
# A bare weekday right after what was done to the patient: "opérée du sein lundi", "seen Friday".
_DAY_AFTER_CARE = Anchored(
    r"(?i)\b(?:op[ée]r[ée]e?s?|(?:re)?vue?s?|re[çc]ue?s?|consultation|consult|pr[ée]lev[ée]e?s?|biopsi[ée]e?s?|admise?s?|"
    r"autopsi[ée]e?s?|autopsie|autopsy|autopsied|post-?mortem|"
    r"hospitalis[ée]e?s?|d[ée]c[ée]d[ée]e?s?|accouch[ée]e|operated|seen|admitted|biopsied|died|"
    # ... or removed, or come through the lab: « réséquée lundi », « passée chez nous mercredi »,
    # "whose appendix we grossed Monday", « macroscopé lundi »
    r"r[ée]s[ée]qu[ée]e?s?|resected|excised|removed|pass[ée]e?s?|grossed|macroscop[ée]e?s?|"
    # ... or the treatment to come: "Targeted therapy starts Monday", « la chimio commence lundi »
    r"starts|begins|commence|d[ée]marre|"
    # ... or the patient's birthday: « fête ses quatre-vingt-quatorze ans dimanche »
    r"f[êe]te\s+ses|turns|"
    # ... or told of it: « toujours pas prévenu vendredi », "was only told Friday"
    r"pr[ée]venue?s?|inform[ée]e?s?|told|informed|notified|"
    r"received|taken|sent|delivered|passed\s+away|planned|scheduled|booked|pr[ée]vue?s?|programm[ée]e?s?|"
    r"accouchement|naissance|intervention|op[ée]ration|surgery|delivery|bx|biopsy|biopsie|scan|IRM|MRI|"
    # ... or its result: « résultat rendu lundi au chirurgien », "reported Tuesday"
    r"(?<!compte\s)rendue?s?|sign[ée]e?s?|reported|signed(?:\s+out)?|"
    # ... or moved, or hurt: « transféré jeudi », « renversée sur la rocade de Bordeaux dimanche »
    r"transf[ée]r[ée]e?s?|transferred|renvers[ée]e?s?|percut[ée]e?s?|fauch[ée]e?s?|knocked\s+down|run\s+over|"
    # ... or the specimen of that day: « le prélèvement de jeudi »
    # (not the author's deadline: "Slides due Friday")
    r"pr[ée]l[eè]vements?|frottis|extempo\w*|lames|blocs|slides(?!\s+due\b)|blocks|frozens?|"
    # ("the placenta from Tuesday", "Appendix from Tuesday's lap"; not "keep specimens in
    # formalin until Thursday")
    r"(?:placentas?|specimens?|pi[eè]ces?|cases?|cas|pots?|r[ée]sultats?|results?|tumeurs?|tumou?rs?|"
    r"appendix|appendice|gall\s?bladder|v[ée]sicule|ut[ée]rus|uterus|kidney|rein|thyro[iï]de?|"
    r"colon|whipple|spleen|rate|lung|poumon|liver|foie)(?=\s+(?:from|de|du)\s)|"
    # ... or the post-mortem, or a relative's message: "Did the PM Thursday", « m'a écrit dimanche »
    r"(?-i:PM)|[ée]crit|wrote|messaged|emailed|phoned|rang|"
    # ... or the meeting that discusses it, or its slides on their way: "RCP sarcome jeudi",
    # "Tumour board Thursday", "Block flew down Tuesday"
    r"(?P<meeting>RCP|MDT|MDM|staff|tumou?r\s+boards?)|flew(?:\s+(?:down|up|in))?|arriv(?:ed|[ée]e?s?))\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+"
    # (not any such day: "frozen at 6pm on a friday")
    # ... or its abbreviation: "Seen in clinic Thu" (not "Mon", "Sat", "Sun": words too)
    rf"(?:le\s+)?(?<!\ba\s)(?<!\bun\s)(?P<day>{_DAYS_FR}|{_DAYS_EN}|(?-i:Tues?|Wed|Thu(?:rs?)?|Fri))\b(?!\s+(?:\d|dernier|prochain|last|next|matin|soir|morning|night|evening|gras\b))"
)


def _clock_ok(ctx: Context, m: re.Match[str]) -> bool:
    """A real time of day, introduced like one, not a duration ("en 24h") or an event time."""
    text, start = ctx.text, m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in ".,:/+-"):
        return False
    hours = int(m.group(1))
    minutes = next((int(g) for g in m.groups()[1:] if g), 0)
    meridian = m.group(0)[-2:].lower() in {"am", "pm", "m."}
    if hours > (12 if meridian else 23) or minutes > 59:
        return False
    before = text[max(0, start - 20) : start]
    # "2:15" or "9h" alone could be a ratio or a duration: they need "at"/"à"; "3 am" and
    # "14h30" do not.
    if not (meridian or m.group(2) is not None or _CLOCK_BEFORE.search(before)):
        return False
    if (
        hours <= 12
        and not minutes
        and not meridian
        and _CLOCK_FACE.search(text, max(0, start - 60), start)
    ):
        return False  # « marge la plus proche 1,2 mm à 9 h »: a position on a clock face
    if _ITS_NOW.search(before) and not ctx.sentence_search(PATIENT_REF, start):
        return False  # "it's 3am and I'm reading about Marie Curie": the author's night
    return not (_DURATION_BEFORE.search(before) or _CLOCK_AFTER.match(text, m.end()))


# "Fourth Warthin this week", "3e tumeur de Warthin cette semaine": one more of a series
_ONE_MORE = re.compile(
    r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th|e|[eè]me)|second|third|fourth|fifth|sixth|seventh|deuxi[eè]me|troisi[eè]me|"
    # (not "third time this week": the same thing again, for the same patient)
    r"quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me)\b(?!\s+(?:time|fois)\b)[^.!?\n]{0,30}$"
)
_MANY_CASES = re.compile(
    r"(?i)\b(?:nombre|number|count|total)\s+(?:de|d'|of)\s*(?:lames|slides|cases|cas|biopsies|specimens|blocs?|blocks|pi[eè]ces|frottis|smears)\b[^.!?\n]{0,20}$|"
    r"\b\d{2,}\s+(?:cases|cas|biopsies|specimens|frozens?|frozen\s+sections|extempos?|extemporan[ée]s|"
    r"slides|lames|blocs?|blocks|pi[eè]ces|autopsies|smears|frottis)\b[^.!?\n]{0,20}$|"
    # most of them: "Most of my breast cores this month...", « La plupart de mes biopsies ce mois-ci »
    r"\b(?:most|all|half|many|la\s+plupart|la\s+moiti[ée]|tous|toutes)\s+(?:of\s+|de\s+|d')?(?:my|our|mes|nos)\s+"
    r"(?:[\w-]+\s+)?(?:cases|cas|biopsies|cores|specimens|frozens|slides|lames|autopsies|smears|frottis)\b[^.!?\n]{0,20}$"
)
# A tally of specimens: "31 trephines, 18 aspirates and 4 flow panels", "28 biopsies, 9 pièces".
_COUNT = re.compile(r"\b\d{1,4}\s+(?:[A-Z]{2,5}\s+)?([^\W\d_]{3,}s)\b")
_NOT_COUNTED = frozenset({"ans", "years", "mois", "months", "weeks", "semaines", "jours", "days",
                          "hours", "heures", "minutes", "fois", "times"})  # fmt: skip
# ... unless one case is singled out: "42 cases today, including a 27-year-old with..."
_ONE_OF_THEM = re.compile(
    r"(?i)\b(?:including|among\s+(?:them|which)|one\s+of\s+(?:them|which)|dont|parmi\s+(?:eux|elles|lesquel\w*)|notamment)\b"
)


def _tally(text: str, start: int, end: int) -> bool:
    """Two counts of specimens or more between `start` and `end`."""
    counts = (
        m for m in _COUNT.finditer(text, start, end) if m.group(1).lower() not in _NOT_COUNTED
    )
    return next(counts, None) is not None and next(counts, None) is not None


def _workload(ctx: Context, start: int) -> bool:
    """The sentence counts the author's work ("signed out 42 cases today"), not one case."""
    # (sentence-level tests are cached: a long post with many markers stays linear)
    if ctx.sentence_search(_ONE_OF_THEM, start) or ctx.sentence_search(PATIENT_REF, start):
        return False
    first = ctx.sentence(start)[0]
    if _ONE_MORE.search(ctx.text, max(first, start - 40), start):
        # (the last of the series is the patient described: "29F, papillary... Third this week")
        return not (
            ctx.text_search(AGE_SEX) or ctx.text_search(PATIENT_AGE) or ctx.text_search(AN_AGE)
        )
    return _MANY_CASES.search(
        ctx.text, max(first, start - 40), start
    ) is not None or ctx.sentence_search(_tally, start)


_OPENING_HOURS = re.compile(
    r"(?i)\b(?:opening\s+hours|horaires|open\s+(?:from|until|daily|\d)|ouvert|accepted\s+until|"
    r"mon\s*[–-]\s*fri|lun(?:di)?\s*[–-]\s*ven(?:dredi)?|bookings?\s+(?:by|before)|r[ée]servations?\s+avant|"
    # the lab's day: "Grossing starts at 8:30 whether I'm there or not", « la macro commence à 8 h »
    r"(?:starts|begins|commence|d[ée]bute)\s+(?:at|[àa]))\b"
)
# "Aujourd'hui nous sommes 19", "today we are 24 pathologists": nowadays, not the day of a case.
_NOWADAYS = re.compile(
    r"(?i),?\s+(?:nous\s+sommes|on\s+est|we\s+are|we're|there\s+are|on\s+compte|nous\s+comptons|"
    r"we\s+have|we\s+number)\s+\d"
)
# ... or set against a year long gone: « entrée comme technicienne en 1996, aujourd'hui cheffe »
_THEN_YEAR_BEFORE = re.compile(r"(?i)\b(?:en|in)\s+(?:19|20)\d\d\s*,\s*(?:et\s+|and\s+)?$")
_REAGENT_LOT = re.compile(
    r"(?i)\b(?:num[ée]ro\s+de\s+lot|lot\s+numbers?|(?:nouvel|new)\s+(?:anticorps|antibody|clone|kit|lot)|"
    r"(?:nouveau|new)\s+(?:clone|kit|lot))\b"
)
_JUST_DID = re.compile(r"(?i)just\s+(?:received|got)\b")
_TALLY_AFTER = re.compile(r"\s+\d{2,}\s")  # "just cut 400 blocks": a count, not one case
_CASE_AHEAD = re.compile(
    r"(?i)\b(?:specimen|biops\w*|case|patient|slides?\s+(?:from|of)|resection|frozen|sample|"
    r"\w+ectomy|brain|heart|body|placenta|lung|liver|kidney|node)"
)
# Generic phrasing that is not about this case ("aujourd'hui, on sait que...", "today's lecture").
_GENERIC_AFTER = re.compile(
    # ("today's case:" is the case of the day; "last night's case:" is a real one)
    # ("OK, tomorrow's will hurt": the next one of a quiz series)
    r"(?i)(?:(?<=today)'s\s+(?:teaching\s+)?case\s*(?:below|👇|:|—)|(?<=tomorrow)'s\s+will\b|'s\s+(?:#\w+\s+)?(?:lecture|talk|session|quiz|webinar|journal|tip|case\s+of\s+the\s+day|"
    r"tutorial|class|unknown|exam|course|workshop|seminar|meeting|staff|live|stream|thread|chat|theme|topic|newsletter|"
    r"teaching\s+case\s*(?:below|👇|:|—))|"
    r"\W{0,3}(?:on\s+(?:parle|revoit|r[ée]vise|discute)|parlons|r[ée]visons|let's|"
    r"we(?:'ll)?\s+(?:talk|discuss|review|look)|focus|th[èe]me|topic|petit\s+rappel|rappel|quiz|tip|"
    r"astuce|[ \t]?#\w*(?:quiz|chat|clues?|boards|knoworfail|tips?)\b|on\s+sait|we\s+know|il\s+est\s+admis|la\s+classification|the\s+classification|"
    r"most|la\s+plupart|les\s+recommandations|guidelines))"
)


# "Answer tomorrow!", "Réponse demain", "see you tonight": teaching, not the case.
_GENERIC_BEFORE = re.compile(
    r"(?i)\b(?:answers?|r[ée]ponses?|solution|corrig[ée]|correction|reveal|suite|rendez-vous|rdv|see\s+you|join\s+us|"
    r"stay\s+tuned|[àa]\s+suivre|more)\W{0,3}(?:\w+\W+){0,2}$"
)

# Someone put on a meeting's list: « le maire de X passe en RCP jeudi », "discussed at MDT Friday".
_GOES_TO_MEETING = re.compile(
    r"(?i)\b(?:passe(?:ra)?|pass[ée]e?|pr[ée]sent[ée]e?|discussed|presented|listed)\s+(?:en|au|[àa]\s+la|at(?:\s+the)?|to(?:\s+the)?|for(?:\s+the)?)\s+$"
)
# A patient by title and name: a quiz never has one.
_TITLED_PATIENT = re.compile(r"\b(?:Mme|Mlle|M\.|Mr|Mrs|Ms|Monsieur|Madame)\s+[A-Z]")


# Homework for the readers: "Write the synoptic report by Monday", « Rendez vos copies avant lundi ».
_ASSIGNMENT = re.compile(
    r"(?i)\s*(?:write|submit|send|hand\s+in|post|answer|complete|finish|read|upload|r[ée]digez|envoyez|"
    r"rendez|postez|r[ée]pondez|lisez|d[ée]posez)\b"
)
# The marker names the day of a case: « l'autopsie d'avant-hier », "the biopsy from yesterday".
_OF_A_CASE = re.compile(
    r"\b(?:autopsie|biopsie|extempo\w*|autopsy|biopsy|frozen|post-?mortem)\s+(?:d['’]|de\s+|from\s+)$"
)

_OPENING_QUOTES = ('"', "“", "«", "‘")
_CLOSING_QUOTES = ('"', "”", "»", "’")


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """The marker is the whole of a quotation: the words are talked about, not used."""
    before, after = text[max(0, start - 2) : start].rstrip(), text[end : end + 2].lstrip()
    return before.endswith(_OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES)


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield time markers unless the sentence announces a teaching event.

    In a post with no patient or case in it ("New microtome arrives tomorrow") the marker is
    advice, not a block.
    """
    markers = list(ctx.finditer(_TIME))
    clocks = [m for m in _CLOCK.finditer(ctx.text) if _clock_ok(ctx, m)]
    spans = [m.span() for m in markers + clocks]
    # the weekday said with the clock time: « appelée à 2h dimanche », "paged at 2am Sunday"
    spans += [d.span(1) for m in clocks if (d := _DAY_AFTER_CLOCK.match(ctx.text, m.end()))]
    spans += [m.span(1) for m in _DATE_THEN_HHMM.finditer(ctx.text)]
    for m in ctx.finditer(_CLOCK_IN_WORDS):
        group = m.lastindex or 1
        if not _CLOCK_AFTER.match(ctx.text, m.end()):  # ("at midnight on a Friday": any such day)
            spans.append(m.span(group))
    taken = SpanSet(len(ctx.text))
    for span in spans:
        taken.add(*span)
    after_care = set()  # weekdays right after what was done to the patient: a case's, already
    for m in ctx.finditer(_DAY_AFTER_CARE) if ctx.mentions(_DAY_NAMES) else ():
        day = m.span("day")
        if m.group("meeting") and (
            ctx.low.endswith(("du ", "of "), 0, day[0])  # « staff du jeudi »: the weekly one
            or not (
                ctx.text_search(PATIENT_REF)
                or ctx.sentence_search(THIRD_PERSON, day[0])
                or ctx.before(_GOES_TO_MEETING, m.start("meeting"), 30)
            )
        ):
            continue  # "Standard MDT discussion Thursday" under a teaching image: no one's
        if not taken.overlaps(*day):
            spans.append(day)
            after_care.add(day)
    for start, end in spans:
        if (
            ctx.is_event_or_teaching(start)
            and not _OF_A_CASE.search(ctx.low, max(0, start - 20), start)
        ) or _GENERIC_AFTER.match(ctx.text, end):
            continue
        if _quoted_alone(ctx.text, start, end):
            continue  # 'a rare tumour + "this morning" is enough to identify someone': a mention
        deadline = ctx.low.startswith(_DEADLINE, start)
        if deadline and (
            not (ctx.text_search(PATIENT_REF) or ctx.sentence_search(_FOR_SOMEONE, start))
            or _ASSIGNMENT.match(ctx.text, ctx.sentence(start)[0])
        ):
            continue  # "90 slides to review before Friday": the author's week, not a patient's
        if any(map(ctx.low[start:end].__contains__, _WEEKDAYS)) and not (
            (start, end) in after_care
            # a deadline for a patient's specimen: "Mme Carpentier... l'onco la veut avant mardi"
            or deadline
            # a case anywhere in the post: "Mouloud Benali, 55 ans : ... On en parle jeudi prochain."
            or ctx.is_case()
            or ctx.sentence_search(PATIENT_REF, start)
            or ctx.sentence_search(THIRD_PERSON, start)  # a person, maybe the patient
            or ctx.sentence_search(PATIENT_AGE, start)  # "babies 3 days old, born ... last Friday"
        ):
            continue  # "the new template goes live on Monday": a weekday with no case in sight
        if ctx.own_life(start):
            continue  # "it's my birthday today", "commuted in from Hebden Bridge this morning"
        if ctx.sentence_search(THANKS, start) and not (
            ctx.sentence_search(patient_not_staff, start)
            or ctx.sentence_search(ONE_CASE, start)
            # ("diagnosed a 16-year-old last week, thanks to molecular testing")
            or ctx.sentence_search(PATIENT_AGE, start)
        ):
            continue  # "thanks to the techs for staying late last night": the team's day
        if ctx.sentence_search(_OPENING_HOURS, start) or (
            ctx.text[start].isdigit()  # (a clock time)
            and ctx.text_search(_OPENING_HOURS)
            and not ctx.text_search(PATIENT_REF)
        ):
            continue  # "frozen sections until 5pm", "... Mon–Fri. Bookings by 08:00": a timetable
        if _workload(ctx, start):
            continue  # "signed out 42 cases today": the author's workload, not one case
        if (
            ctx.sentence_search(NEWS_REPORT, start)
            or ctx.sentence_search(announced, start)
            or ctx.sentence_search(LAB_SYSTEM, start)
            or ctx.sentence_search(_REAGENT_LOT, start)  # "new antibody lot validated this week"
        ) and not ctx.sentence_search(PATIENT_REF, start):
            continue  # "news about the King's health on the radio", "MOH announced... today"
        if (
            _NOWADAYS.match(ctx.text, end)
            or _THEN_YEAR_BEFORE.search(ctx.text, max(0, start - 14), start)
            or (ctx.text_search(history) and not ctx.text_search(PATIENT_REF))
        ):
            continue  # "Aujourd'hui nous sommes 19"; "décrit en 1872. Aujourd'hui, l'IHC..."
        if (_JUST_DID.match(ctx.text, start) and not ctx.search(_CASE_AHEAD, end, end + 40)) or (
            ctx.low.startswith("just", start) and _TALLY_AFTER.match(ctx.text, end)
        ):
            continue  # "just got a new scanner", "just cut 400 blocks": the lab's news, not a case
        if _GENERIC_BEFORE.search(ctx.text, max(0, start - 30), start) and not ctx.text_search(
            _TITLED_PATIENT
        ):
            continue  # (but « Mme X ... Réponse cette semaine » is that patient's answer)
        yield Hit(
            "TIME", start, end,
            ctx.say("Ce repère de temps date le cas au jour de la publication : on peut retrouver le patient. Supprimez-le, ou attendez avant de publier.",
                    "This time marker dates the case to the day you post it, which can point to the patient. Remove it, or wait before posting."),
            "",
            "block" if ctx.is_case() else "warn",
        )  # fmt: skip
