"""LOCATION: towns, streets, postcodes, named hospitals, wards, rooms and beds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import Context
from medsocial.checker.detectors.base import Hit
from medsocial.checker.lexicons import allow_terms, first_names, fold, towns
from medsocial.checker.scan import Anchored, lower

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿœ"
_CAPWORD = rf"(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,}})(?:[-'](?:[{_UP}{_LOW}][{_LOW}]*)){{0,4}}"  # bounded: linear time
_PLACE = rf"(?:(?:Saint|Sainte|St|Ste|Le|La|Les|Mont|Port|Pont|Bourg|Villeneuve|Fort)[-\s])?{_CAPWORD}(?:[-\s](?:sur|sous|en|lès|les|le|la|de|du|des|aux|et)[-\s]{_CAPWORD}){{0,3}}"
_SMALL = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|l'|la\s+|le\s+)?"

# Named hospitals: "CHU de Rennes", "Hôpital Necker", "Institut Curie", "St Mary's Hospital".
_HOSPITAL_FR = Anchored(
    rf"(?i:\b(?:CHU|CHRU|CHR|CHI|CHG|CH|GHU|GHT|GH|CLCC|AP-HP|APHP|AP-HM|HCL|h[oô]pital|h[oô]pitaux|"
    rf"clinique|polyclinique|centre\s+hospitalier(?:\s+(?:universitaire|r[ée]gional|intercommunal|g[ée]n[ée]ral))*|"
    rf"institut|maternit[ée]|EHPAD|centre|h[oô]tel-dieu|groupe\s+hospitalier|hospices?(?:\s+civils)?))\s+{_SMALL}({_PLACE}(?:\s+{_CAPWORD}){{0,2}})"
)
_UNIVERSITY = re.compile(r"(?i)CHU|CHRU|centre\s+hospitalier\s+univ")
_HOSPITAL_EN = re.compile(
    rf"\b((?:(?:St\.?|Saint)\s+)?{_CAPWORD}(?:'s)?(?:\s+{_CAPWORD}(?:'s)?){{0,3}})\s+(?:General\s+|University\s+|Royal\s+|Memorial\s+|Children's\s+|Community\s+|County\s+|District\s+|Teaching\s+)*"
    r"(?:Hospitals?|Infirmary|Medical\s+Cent(?:er|re)|Clinic|Cancer\s+Cent(?:er|re)|Health\s+System|Hospice|"
    # a named home or school the patient lives in or attends ("Maple Grove care home")
    r"(?i:nursing\s+home|care\s+home|retirement\s+home|rest\s+home)|(?i:high|middle|primary|elementary)\s+(?i:school))\b"
)
_HOSPITAL_OF = Anchored(
    rf"\b(?:Hospital|Infirmary|Clinic|Medical\s+Cent(?:er|re)|Hospice|Institute)\s+(?:of|for)\s+(?:the\s+)?{_CAPWORD}(?:\s+{_CAPWORD})?"
)
_STREET_NAMED = Anchored(
    rf"\b(?:on|in|at|off)\s+((?:{_CAPWORD}\s+){{1,2}}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Square|Terrace|Crescent))\b"
)
_KNOWN_HOSPITALS = Anchored(
    r"\b(?:MD\s+Anderson|Mayo\s+Clinic|Johns\s+Hopkins|Mass(?:achusetts)?\s+General|MGH|Memorial\s+Sloan[\s-]Kettering|MSKCC|"
    r"Cleveland\s+Clinic|Gustave[\s-]Roussy|Institut\s+Curie|Necker|Piti[ée][\s-]Salp[êe]tri[eè]re|Salp[êe]tri[eè]re|"
    r"Bic[êe]tre|Lariboisi[eè]re|Bichat|HEGP|Georges[\s-]Pompidou|L[ée]on[\s-]B[ée]rard|Bergoni[ée]|Oscar[\s-]Lambret|"
    r"Paul[\s-]Brousse|Henri[\s-]Mondor|Beaujon|Robert[\s-]Debr[ée]|La\s+Timone|Hospices\s+Civils\s+de\s+Lyon|"
    r"Great\s+Ormond\s+Street|Guy's|St\s+Thomas'|Addenbrooke's|Royal\s+Marsden|Christie)\b"
)
_WARD = Anchored(
    r"(?i)\b(?:chambre|ch\.|lit|box|bed|room|bay|ward|salle|unit[ée]|unit|cot|crib|cubicle|incubator|couveuse|berceau|secteur|pavillon|b[âa]timent|building|"
    r"bloc\s+op[ée]ratoire|box\s+n°)\s*(?:n°\s*|no\.?\s*|#\s*)?(\d{1,4}[A-Z]?|[A-Z]\d{1,3})\b"
)
_STREET_FR = Anchored(
    rf"(?i:\b(?:\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|"
    rf"square|lotissement|lieu-dit|r[ée]sidence|cit[ée]|hameau))\s+{_SMALL}{_PLACE}"
)
_STREET_EN = Anchored(
    rf"\b\d{{1,5}}\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Boulevard|Blvd|Place|Pl|Terrace|Crescent|Gardens)\b\.?"
)
_POSTCODE_FR = Anchored(rf"\b(?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB])\d{{3}}\s+{_PLACE}")
# "Plouzané (29280)": a French postcode in brackets right after a capitalised word.
_POSTCODE_BRACKET = Anchored(r"(?<=[A-Za-zÀ-ÿ] )\((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB])\d{3}\)")
_POSTCODE_UK = Anchored(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")
_ZIP_US = Anchored(
    r"\b(?:A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]),?\s\d{5}(?:-\d{4})?\b"
)
# Words after which a capitalised word is very likely a place the patient is tied to.
_PLACE_TRIGGER = Anchored(
    r"(?i)(?:habite(?:nt)?\s+(?:[aà]\s+)?|habitante?\s+(?:[aà]\s+|de\s+)?|vit\s+[aà]\s+|vivant\s+[aà]\s+|r[ée]sid(?:e|ant)\s+[aà]\s+|domicili[ée]e?\s+[aà]\s+|"
    r"originaire\s+d[e'u]\s*|n[ée]e?\s+[aà]\s+|venu[e]?\s+d[e']\s*|du\s+village\s+d[e']\s*|de\s+la\s+commune\s+d[e']\s*|"
    r"lives\s+in\s+|living\s+in\s+|from\s+(?:the\s+(?:village|town|city)\s+of\s+)?|resident\s+of\s+|born\s+in\s+|"
    r"grew\s+up\s+in\s+|native\s+of\s+|village\s+of\s+|town\s+of\s+)$"
)
_PREPOSITION = Anchored(
    r"(?i)(?:\b[aà]|\bde|\bd'|\bdu\s+c[ôo]t[ée]\s+de|\bpr[eè]s\s+de|\bvers|\bin|\bnear|\bfrom|\bat|\bsur)\s*$"
)
_NOT_PLACE = frozenset(
    fold(w)
    for w in [
        "Noel",
        "Paques",
        "Toussaint",
        "Pentecote",
        "Christmas",
        "Easter",
        "Hodgkin",
        "Gleason",
        "J0",
        "Jour",
        "Day",
        "Figure",
        "Fig",
        "Table",
        "Tableau",
        "Partie",
        "Part",
        "Section",
        "Chapter",
        "Chapitre",
        "Page",
        "Annexe",
        "Lundi",
        "Mardi",
        "Mercredi",
        "Jeudi",
        "Vendredi",
        "Samedi",
        "Dimanche",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


# Town names that are also ordinary words: a town only after "habite à", "from", etc.
_TOWN_WORDS = frozenset(
    [
        "nice",
        "orange",
        "tours",
        "sens",
        "bar",
        "lens",
        "vienne",
        "valence",
        "vannes",
        "bath",
        "reading",
        "wells",
        "split",
        "mobile",
        "normal",
        "independence",
        "gap",
        "eu",
        "digne",
        "auch",
        "vire",
        "grasse",
        "cluses",
        "bourg",
        "mans",
        "riom",
        "dole",
        "agen",
        "luce",
        "alma",
        "flers",
        "mantes",
        "brest",
        "spa",
        "hope",
        "victoria",
        "chelsea",
        "phoenix",
        "jordan",
        "lincoln",
        "florence",
        "sydney",
        "austin",
    ]
)
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "my",
        "their",
        "university",
        "general",
        "teaching",
        "regional",
        "district",
        "local",
        "community",
        "children's",
        "county",
        "academic",
        "tertiary",
        "royal",
        "memorial",
        "this",
        "that",
        "large",
        "small",
        "big",
        "rural",
        "urban",
    ]
)


_TRIGGER_TAIL = frozenset(
    [
        "à",
        "a",
        "de",
        "d'",
        "du",
        "of",
        "in",
        "from",
        "près",
        "vit",
        "habite",
        "habitant",
        "habitante",
        "habitent",
        "résidant",
        "résidant",
        "domicilié",
        "domiciliée",
        "originaire",
        "né",
        "née",
        "venu",
        "venue",
        "lives",
        "living",
        "born",
        "up",
        "native",
        "resident",
        "village",
        "town",
        "city",
        "commune",
    ]
)


def _preposition_before(before: str) -> bool:
    """True when `before` ends with "à", "de", "in", "from"... (a place may follow)."""
    return _PREPOSITION.search(before, lower(before)) is not None


def _maybe_trigger(before: str) -> bool:
    """Cheap test before the trigger regex: does the text end with a trigger's last word?"""
    words = before.lower().replace("'", "' ").split()
    return bool(words) and words[-1] in _TRIGGER_TAIL


# Candidates start at a capital letter not glued to a word, handle or path; the cheap
# character-class scan comes first so the regex engine can skip ahead.
_CAP_START = re.compile(rf"[{_UP}](?<![\w@#/_.-][{_UP}])")
_TOWN_CANDIDATE = re.compile(_PLACE)
_FIVE_DIGITS = re.compile(r"\d{5}")
# The English hospital patterns run only when one of these words starts a word (a cheap test).
_EN_HOSPITAL_WORD = re.compile(
    r"(?<![^ '\-])(?:hospital|infirmary|clinic|medical[ '\-]cent|cancer[ '\-]cent|"
    r"health[ '\-]system|hospice|nursing[ '\-]home|care[ '\-]home|institute)"
)


_AUTHOR = Anchored(
    r"(?i)\b(?:I'm|I\s+am|je\s+suis|we\s+are|nous\s+sommes|based|bas[ée]e?s?|interne|resident|fellow|"
    r"trainee|co-?internes?|my\s+(?:lab|department|hospital)|mon\s+(?:labo|service|CHU)|stage|"
    r"semestre|internat|externat|rotation|stagiaire|heading\s+to|en\s+route|direction)\b"
)
_PATIENT = Anchored(
    r"(?i)\b(?:patiente?|homme|femme|man|woman|enfant|child|ans|years?|yo|il|elle|he|she|lives|vit|habite)\b"
)


def _about_author(ctx: Context, pos: int) -> bool:
    """True when the sentence is the author introducing themselves ("Interne à Lille")."""
    return ctx.sentence_search(_AUTHOR, pos) and not ctx.sentence_search(_PATIENT, pos)


# French commune names have a recognisable shape: "Saint-Pol-de-Léon", "Bourg-en-Bresse".
_COMMUNE_SHAPE = re.compile(
    r"^(?:Saint|Sainte|St|Ste)-[A-ZÀ-Þ]|-(?:sur|sous|en|lès|les|le|la|de|du|des|aux)-[A-ZÀ-Þ]"
)


def _place_hit(
    ctx: Context, start: int, end: int, fr: str, en: str, suggestion: tuple[str, str]
) -> Hit:
    return Hit("LOCATION", start, end, ctx.say(fr, en), ctx.say(*suggestion))


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield places tied to the patient; congress cities and classification names are skipped."""
    text = ctx.text
    hospital_fix = ("un hôpital", "a hospital")
    hosp_fr = "Nommer l'hôpital ou le service situe le patient. Dites plutôt « un CHU » ou « un hôpital »."
    hosp_en = 'Naming the hospital or unit places the patient. Say "a university hospital" or "a hospital" instead.'
    for m in ctx.finditer(_HOSPITAL_FR):
        name = fold(m.group(1).split()[0].split("-")[0])
        if (name in allow_terms() and name != "curie") or ctx.is_event(m.start()):
            continue
        fix = ("un CHU", "a university hospital") if _UNIVERSITY.match(m.group(0)) else hospital_fix
        yield _place_hit(ctx, m.start(), m.end(), hosp_fr, hosp_en, fix)
    english_hospital = _EN_HOSPITAL_WORD.search(ctx.low) is not None
    for pattern in (_HOSPITAL_EN, _HOSPITAL_OF, _KNOWN_HOSPITALS):
        if pattern is not _KNOWN_HOSPITALS and not english_hospital:
            continue
        for m in ctx.finditer(pattern):
            if pattern is _HOSPITAL_EN and all(w.lower() in _GENERIC for w in m.group(1).split()):
                continue
            if not ctx.is_event(m.start()) and not ctx.is_protected(*m.span()):
                yield _place_hit(ctx, m.start(), m.end(), hosp_fr, hosp_en, hospital_fix)
    for m in ctx.finditer(_WARD):
        if not ctx.is_protected(*m.span()):
            yield _place_hit(
                ctx, m.start(), m.end(),
                "Le numéro de chambre, de lit ou de service situe le patient. Supprimez-le.",
                "A room, bed or ward number places the patient. Remove it.", ("", ""),
            )  # fmt: skip
    address = ("Une adresse ou un code postal situe le patient. Supprimez-le.",
               "An address or postcode places the patient. Remove it.")  # fmt: skip
    for m in ctx.finditer(_STREET_NAMED):
        if not ctx.is_event(m.start()):
            yield _place_hit(ctx, *m.span(1), *address, ("", ""))
    five_digits = _FIVE_DIGITS.search(text) is not None
    for pattern in (_STREET_FR, _STREET_EN, _POSTCODE_FR, _POSTCODE_BRACKET, _POSTCODE_UK, _ZIP_US):
        if pattern in (_POSTCODE_FR, _POSTCODE_BRACKET, _ZIP_US) and not five_digits:
            continue
        for m in ctx.finditer(pattern):
            if not ctx.is_protected(*m.span()) and not ctx.is_event(m.start()):
                yield _place_hit(ctx, m.start(), m.end(), *address, ("", ""))
    # Towns: a known town after a preposition, or any capitalised word after "habite à", "from".
    town_msg = ("Le nom de la ville ou du village aide à reconnaître le patient. Retirez-le ou dites « dans la région ».",
                "The name of the town helps recognise the patient. Remove it or say \"in the region\".")  # fmt: skip
    last_end = 0
    for cap in _CAP_START.finditer(text):
        start = cap.start()
        m = None if start < last_end else _TOWN_CANDIDATE.match(text, start)
        if m is None:
            continue
        end = m.end()
        if start and (text[start - 1] in "@#/_-." or text[start - 1].isalnum()):
            continue
        name = m.group(0)
        words = name.split()
        key = fold(name)
        first = fold(words[0]) if len(words) > 1 else key
        if key in _NOT_PLACE or first in _NOT_PLACE:
            continue
        before = text[max(0, start - 40) : start]
        known = (
            key in towns()
            or (" " in name and fold(name.replace(" ", "-")) in towns())
            or (
                "-" in name  # (cheap test first: every commune shape has a hyphen)
                and _COMMUNE_SHAPE.search(name) is not None
                and _preposition_before(before)
            )
        )
        triggered = (known or _maybe_trigger(before)) and ctx.search(
            _PLACE_TRIGGER, max(0, start - 40), start
        ) is not None
        if not known and not triggered:
            continue
        # A known town needs a preposition ("à Brest", "from Leeds") or brackets ("(Brest)");
        # towns that are also ordinary words ("Nice", "Orange") need a real trigger.
        in_brackets = text[start - 1 : start] == "(" and key not in _TOWN_WORDS
        weak = key in _TOWN_WORDS or not _preposition_before(before)
        if known and not triggered and weak and not in_brackets:
            continue
        if not known and (key in allow_terms() or key in first_names() or first in allow_terms()):
            continue
        if ctx.is_event(start) or ctx.is_protected(start, end) or _about_author(ctx, start):
            continue
        last_end = end  # a multi-word town: do not report its inner words again
        yield _place_hit(ctx, start, end, *town_msg, ("", ""))
