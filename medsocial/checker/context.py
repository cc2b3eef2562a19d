"""What every detector sees: the folded text, its language, protected spans and helpers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from medsocial.checker.allow import protected_spans
from medsocial.checker.scan import Anchored, Starts, lower, word_starts

T = TypeVar("T")

# Sentence ends, but not after a title or a common abbreviation ("Dr. Jones", "vs. Crohn").
# (One character class comes first so that the regex engine can skip ahead quickly.)
_SENTENCE_END = re.compile(
    r"[.!?;\s](?:(?<=[.!?;\n])(?<!\bDr\.)(?<!\bPr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bM\.)"
    r"(?<!\bSt\.)(?<!\bProf\.)(?<!\bvs\.)(?<!\bcf\.)(?<!\bFig\.)(?<!\bfig\.)(?<!\b[A-Z]\.)(?<!\btel\.)(?<!\btél\.)(?<!\bTel\.)(?<!\bTél\.)(?<!\bext\.)[.!?;\n]*(?:(?<=\n)|\s+|$)"
    r"|(?<=\s)[-|]\s)"
)
# "ans" of an age, not of a span of time ("ans de pratique", "il y a 20 ans", "depuis dix ans",
# "en dix ans", "pendant deux ans").
# (one fixed-width lookbehind per phrase, after "ans": they are tried only where "ans" stands)
_SPAN_WORDS = (r"\d", r"\d\d", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
               "dix", "onze", "douze", "quinze", "vingt", "trente")  # fmt: skip
AGE_ANS = (
    "ans"
    + "".join(
        rf"(?<!{before}\s{n}\sans)"
        for before in (r"y\sa", "depuis", "fait", "en", "dans", "pendant")
        for n in _SPAN_WORDS
    )
    + r"(?!\s+(?:d['’]|de\s|depuis\b|que\s+(?:je|j['’]|nous|on)\b))"  # (« 30 ans que je suis là »)
)
# Words that show a post is about a patient or a case (not about the author's day or an event).
CASE_WORDS = Anchored(
    r"(?i)\b(?<!#)(?<!être\sune\s)(?<!être\sun\s)(?:patiente?s?|homme|(?<!\bsa\s)(?<!\bma\s)femme|man|woman|enfant|child|boys?|girls?|twins|gar[çc]on|(?<!\bma\s)fille|b[ée]b[ée]|baby|"
    r"nourrisson|infant|monsieur|madame|mme|mrs?|ms|pte?|bx|(?<=the\s)frozen|(?<=a\s)frozen|(?<=my\s)frozen|(?<='s\s)frozen|(?<=’s\s)frozen|trephine|marrow|placenta|FNA|cytolog\w*|cores|(?:breast|prostate|liver|renal|lung|bone)\s+core|"
    r"smear|frottis|punch|excis\w*|curetage|pr[ée]l[eè]vement|"
    + AGE_ANS
    + r"|years?(?=[\s-]+old)|yo|y/o|cas|case|biopsie|biopsy|"
    r"tumeur|tumou?r|l[ée]sion|masse|mass(?!\s+(?-i:General)\b)|nodule|r[ée]section|resection|ex[ée]r[eè]se|pi[eè]ce|specimen|"
    r"diagnos\w*|admi[st]\w*|hospitalis\w*|oncolog\w*|nodes?|[ée]tiquettes?|flacons?|liquides?\s+(?:pleural|d'ascite|articulaire|c[ée]phalo\S*)|pleural\s+fluid|ascit\w*|appendix|appendic\w+|ganglions?|chemo\w*|chimio\w*|radioth[ée]rap\w*|radiotherapy|op[ée]r[ée]e?s?|operated|surgery|"
    r"chirurgie|(?<!en\s)vue?|seen|pr[ée]sent\w*|consult(?!ant)\w*|adress[ée]e?|referred|urgences?|emergency|"
    r"extemporan[ée]e?|frozen\s+section|gross(?:ing|ed)|macroscopie|(?<!retour\saux\s)(?<!aucune\s)(?<!pas\sune\s)(?<!pas\sde\s)(?<!scanner\sde\s)(?<!scanners\sde\s)lames?|(?<!back\sto\sthe\s)(?<!no\s)slides?(?!\s+(?:scanners?|consults?|seminars?|sessions?|club|decks?))|bench|paillasse|"
    r"bloc|theatre|lump|bump|bosse|cancer|GIST|polyp\w*|n[ée]v(?:us|i)|naev(?:us|i)|ulc[eè]res?|ulcers?|"
    # tumours and operations by their initials, organs sent to the lab
    r"(?-i:[SBRH]CC|DCIS|LCIS|IDC|ILC|HSIL|LSIL|ATRT|AT/RT|TURBT|TURP|RTUP|PBR|PBH|BOM|NET|RMS|TGCT|LAM|AML|ALL|CML|CLL|LBDGC|DLBCL|ALCL|MCL|MALT)|"
    # a patient's record: "DOB 02.07.36, MRN 7731190"
    r"(?-i:(?:DOB|DDN|MRN|IPP)(?=\s*:?\s*\d)|NHS\s+(?:no|number)(?=\.?\s*:?\s*\d))|accession|send-?out|signed\s+(?:it\s+|this\s+)?out|triple-negative|desmoid|"
    r"explant|adeno(?:ca|carcinom\w*)?|carcinoid|sarcoid|hemi(?:colectomy)?|dysplas\w*|hyperplas\w*|m[ée]tastas\w*|metastas\w*|"
    r"foie|liver|brain|cerveau|v[ée]sicule|rein|kidney|synovium|m[ée]nisque|meniscus|skull|cr[âa]ne|f[œoe]+t(?:us|opathologie)|fetus|"
    r"my[ée]logramme|blastes|blasts|marge|margins?|"
    r"path(?:ology)?\s+report|compte[-\s]rendu|biops\w*|autopsie|autopsy|post-?mortem|external\s+exam(?:ination)?|examen\s+externe|necropsy|n[ée]cropsie|morgue|mortuary|coroner|forensic|m[ée]dico-l[ée]gal\w*|(?-i:IML)|deceased|d[ée]funte?|"
    r"(?<!\d)(?<!\d\s)(?-i:PMs?)|"  # a post-mortem, not "3 PM"
    # a person's organ: "his appendix was completely normal"
    r"(?:his|her)\s+(?:(?:benign|biopsy|path)\s+results?|appendix|gallbladder|gall\s+bladder|thyroid|spleen|liver|kidneys?|lungs?|colon|bowel|"
    r"stomach|breasts?|prostate|uterus|ovar(?:y|ies)|heart|brain|bladder|pancreas|testis|skin\s+lesion|mole))\b"
)
# ... and disease and operation words by their ending: "-ome", "-oma", "-ite", "-itis", "-ectomie".
# (Kept apart: a pattern that can start at any word would be tried at every word of the post.)
_CASE_ENDINGS = re.compile(
    r"(?:om[ae]s?|ites?|itis|os[ei]s|ose|ectom(?:ie|y)|otom(?:ie|y))\b", re.I
)
_NOT_CASE_WORDS = frozenset({
    "come", "become", "welcome", "income", "outcome", "awesome", "handsome", "home", "some", "dome",
    "rome", "tome", "chrome", "genome", "biome", "chromosome", "ribosome", "thomas", "tomas", "site",
    "sites", "white", "write", "quite", "elite", "suite", "invite", "favorite", "favourite", "despite",
    "cite", "unite", "rite", "spite", "opposite", "infinite", "definite", "polite", "website",
    "granite", "appetite", "satellite", "composite", "trichrome", "monochrome", "polychrome",
    "limite", "limites", "ensuite", "réussite", "reussite", "gratuite", "conduite", "marmite",
    "microtome", "microtomes", "cryotome", "purpose", "suppose", "propose", "dispose", "expose",
    "compose", "impose", "repose", "virtuose", "grandiose", "glucose", "lactose", "cellulose",
    "apothéose", "apotheose", "morose", "primrose", "métamorphose", "metamorphose", "osmose",
    "hypnose", "dose", "doses", "overdose", "couperose", "ventose", "bulldose",
    "retraite", "retraites", "visite", "visites", "faillite", "poursuite", "fuite", "termite",
    "marguerite", "dynamite", "graphite", "kryptonite", "parasite", "parasites",
    "mitose", "mitoses", "mitosis",  # (counted on every slide: "count mitoses", not a disease)
})  # fmt: skip


def case_ending(text: str, start: int, end: int) -> bool:
    """A disease or operation word by its ending between `start` and `end` ("sarcoma", "colite")."""
    for m in _CASE_ENDINGS.finditer(text, start, end):
        word_start = m.start()
        while word_start > start and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start : m.end()].lower()
        if (
            m.start() - word_start >= 3
            and word not in _NOT_CASE_WORDS
            and text[word_start - 1 : word_start] != "#"
        ):
            return True
    return False


# Teaching events, congresses and publications: dates, places and times in the same sentence
# describe the event, not the patient.
# Congresses, societies and diplomas by their initials.
EVENT_ACRONYMS = "DIU|DES|USCAP|ECP|ESP|SFP|CAP|IAP|ASCO|ESMO|AACR|ASCP|AFAQAP"
EVENT = Anchored(
    r"(?i)\b(?:congr[eè]s|congress|mus[ée]e|museum|(?:world|international|national)\s+(?:[\w-]+\s+){0,3}?(?:day|week|month)|"
    # awareness weeks and workshops: "Patient safety week is Nov 17–21", « atelier identitovigilance »
    # a visit of the lab for schools: « Visite du labo pour des élèves de 3e le jeudi 3 décembre »
    r"visite\s+(?:du|de\s+notre)\s+(?:labo\w*|service|d[ée]partement)|lab\s+(?:visit|tour|open\s+day)|"
    r"(?:safety|awareness)\s+(?:day|week|month)|(?-i:(?:Pathology|Lab|Laboratory|Histology|Cytology)\s+(?:Day|Week))|semaine\s+(?:de\s+la\s+)?s[ée]curit[ée]|ateliers?|(?<!best\s)(?<!worst\s)(?<!first\s)(?<!last\s)(?<!hardest\s)day\s+of\s+the|journ[eé]e\s+(?:mondiale|internationale|nationale)|semaine\s+(?:mondiale|internationale|nationale)|parue?s?|conf[eé]rences?|meeting|annual|symposium|webinai?re?s?|workshop|"
    r"journ[eé]es?\s+(?:de|d'|du|nationales|francophones|r[ée]gionales?)|journ[eé]es\s+[\w-]+\s+(?:de|d')|study\s+days?|je\s+pr[ée]senterai|I(?:'ll|\s+will)\s+be\s+presenting|presented\s+(?:on|at)|journal\s+club|carrefour\s+(?:de\s+la\s+)?patho\w*|"
    # (a poster, not the French verb: « ce qu'il ne faut pas poster », « avant de poster »)
    r"(?<!pas\s)(?<!de\s)(?<![àa]\s)(?<!jamais\s)posters?|s[eé]minaire|seminar|lectures?\s+(?:on|by|at|about|series|tonight|today|tomorrow)|"
    r"(?:guest|keynote|plenary|invited)\s+lecture|keynote|masterclass|abstracts?|deadline|"
    # (« l'inscription Mamie Odette 1957 » on a tattoo is not a registration)
    r"registration|inscriptions?(?!\s*[«\"“]?\s*(?-i:[A-Z]))|register|membership|renewals?|cotisations?|join\s+us|rejoignez|(?:go|going|goes|went|be|are|is|we're)\s+live\s+on|live\s+on\s+(?:youtube|zoom|teams|twitch|instagram|insta|facebook|linkedin|twitter|X|air)\b|en\s+direct\s+sur|"
    r"tweetorial|quiz|published|publi[eé]e?s?\s+(?:le|dans|in|on)|paper|edition|[eé]dition|"
    # a journal's review: "Nice review in Modern Pathology this month", « revue dans les Annales »
    r"(?:review|article|editorial|revue|[ée]ditorial)\s+(?:in|dans)\s+(?:the\s+|les\s+|la\s+|le\s+|l')?(?-i:[A-Z])\w*|"
    # books and atlases: "the AFIP fascicle", "un livre sur l'histoire des autopsies"
    r"fascicules?|fascicles?|atlas|audiobooks?|books?(?!\s+(?:a|an|the|in|for|him|her|them|me|us|it)\b)|livres?|manuels?|podcasts?|"
    r"away\s+days?|retreat|team\s+building|christmas\s+party|(?:celebration|gala|anniversary|alumni|farewell|retirement|leaving)\s+(?:dinner|party|lunch|drinks)|"
    r"d[îi]ner\s+de\s+gala|soir[ée]e\s+de\s+gala|pot\s+de\s+retraite|RSVP|repas\s+de\s+(?:service|no[ëe]l)|sortie\s+d'[ée]quipe|"
    r"cake\s+(?:in|at)|g[âa]teau\s+(?:en|[àa])|pot\s+[àa]\s+\d{1,2}\s?h|drinks\s+(?:in|at)|pot\s+de\s+d[ée]part|"
    r"communications?\s+(?:orales?|affich[ée]es?)|oral\s+presentation|(?:sera|seront|est|a\s+[ée]t[ée])\s+pr[ée]sent[ée]e?s?\s+(?:[àa]|au|aux|lors)|r[ée]sum[ée]\s+(?:n°|accept)|"
    r"rendez-vous\s+(?:au|aux|[àa])\b|see\s+you\s+(?:at|in)\b|replay|recording|"
    r"(?:superbe|belle|great|brilliant|excellente?)\s+pr[ée]sentation|(?:ma|mon|my|notre|our)\s+(?:pr[ée]sentation|communication|presentation)\s+(?:aux|au|[àa]\s+la|at)\b|pr[ée]sentation\s+(?:du|de\s+la|by)\s+(?:Pr|Dr|Prof)\b|apply\s+(?:by|before)|date\s+limite|next\s+(?:one|edition|session|meeting)|prochaine?\s+(?:[ée]dition|session|rencontre|r[ée]union)|"
    r"a\s+lieu|aura\s+lieu|se\s+tiendra|se\s+tient|takes\s+place|will\s+be\s+held|colloque|campagne|campaign|"
    # external quality assessment rounds and their deadlines: "Results due 31/01/2026"
    r"EQA|EEQ|external\s+quality|contr[ôo]le\s+(?:de\s+)?qualit[ée]\s+externe|"
    r"(?:results?|r[ée]sultats?|answers?|r[ée]ponses?|submissions?)\s+(?:are\s+)?(?:due|attendue?s?\s+(?:pour|avant))|"
    r"(?:screening|medical|health|free)\s+camps?|camps?\s+(?:de\s+)?d[ée]pistage|"
    r"marche\s+rose|octobre\s+rose|movember|odyss[ée]a|course\s+(?:solidaire|caritative)|charity\s+(?:run|walk|ride)|fun\s+run|"
    r"s[ée]ance\s+de\s+(?:lames|cas|microscopie|relecture)|formation|soutenance|portes\s+ouvertes|open\s+days?|th[eè]se|thesis|viva|graduation|remise\s+des\s+dipl[ôo]mes|training\s+course|teaching\s+session|session\s+de|talk\s+(?:at|on|by))\b"
    rf"|\b(?-i:{EVENT_ACRONYMS})\b"
    r"|#[A-Za-z]+(?:20)?\d\d\b"
)
# An institution's founding, not a patient's event: « ouvert le 2 septembre 1976 », "founded in".
FOUNDED = (
    r"(?:ouverte?|fond[ée]e?|cr[ée]{2}e?|inaugur[ée]e?|opened|founded|established|inaugurated)"
)
# History: a year before 1900 or a life span ("born 1821", "Pierre Masson (1880-1959)").
_HISTORY = re.compile(
    r"(?i)\b(?:in|en|since|depuis|d[èe]s|circa|year|ann[ée]e|born|n[ée]e?|died|mort|from|until|jusqu'en|vers|"
    r"[àa]\s+partir\s+de)\s+1[5-8]\d\d\b|\(1[5-8]\d\d\b"
    # ... or a year before 1950, not a birth: "to head a department, at the London Hospital in 1946"
    r"|(?<!\bborn\s)(?<!\bn[ée]\s)(?<!\bn[ée]e\s)(?<!\bn[ée]s\s)\b(?:in|en)\s+19[0-4]\d\b"
    # a decade long past: « Pierre Masson, Montréal, années 1920 », "in the 1890s"
    r"|\bann[ée]es\s+1(?:[5-8]\d|9[0-4])0\b|\b1(?:[5-8]\d|9[0-4])0s\b"
    r"|\b(?:born|n[ée]e?|died|mort|d[ée]c[ée]d[ée]e?)\s+(?:(?:on|le|en|in)\s+)?[^.!?\n]{0,40}?\b1[5-8]\d\d\b"
    # an eponym's story: "named after William Mayo", "décrite par Gerald Klatskin en 1965"
    r"|\bnamed\s+after\b|\bporte\s+(?:son|leur)\s+nom\b|\bbears\s+(?:his|her|their)\s+name\b|\bdescribed\s+(?:it\s+|them\s+|(?:his|her|their|the)\s+[\w-]+\s+)?(?:by|in)\b|\bd[ée]crite?s?\s+(?:(?:sa|son|ses|la|le|les)\s+[\w-]+\s+)?(?:par|en)\b|\bnomm[ée]e?s?\s+d'apr[eè]s\b"
    r"|#\w*(?:history|histoire)\w*|#hist(?:path|med|oire|orique|ory)\w*|\b[1-9]\d\d\+?\s+(?:years|ans)\s+(?:later|ago|apr[eè]s|plus\s+tard)\b|\bhistory\s+of\s+(?:pathology|medicine)|\bhistory\s+(?:nerds?|buffs?|lessons?|corner|fact)\b|\b(?:minute|coin|point|le\s+saviez-vous)\s+histoire\b|\bhistoire\s+de\s+la\s+(?:m[ée]decine|pathologie)|\bpal[ée]o\w*"
    # a past century: "au XIXe siècle", "19th-century specimens"
    r"|\b(?:built|made|manufactured|fabriqu[ée]e?s?|construite?s?)\s+(?:in|en)\s+19[0-6]\d\b"
    r"|\b[XVI]{2,5}e\s+si[eè]cle\b|\b1[5-9]th[\s-]+century\b|\bthe\s+1[5-8]\d\d\b"
    r"|\b1[5-9]\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\)"
    # records now public: "the 1918 influenza autopsy reports... in the public domain"
    r"|\bpublic\s+domain\b|\bdomaine\s+public\b|\b19[01]\d\s+(?:influenza|flu|pand[ée]mi[ce])|\bgrippe\s+(?:espagnole|de\s+19[01]\d)"
    # a name, its town and an old year: "John Templeton Bowen, Boston, 1912", "Burrill Crohn, Mount
    # Sinai, New York, 1932"; an old paper: "Denis Burkitt's 1958 description"
    r"|\b(?-i:[A-Z])[\w'’-]+,\s+(?:(?-i:[A-Z])[\w'’-]+[\s,]+){1,4}(?:1[5-8]\d\d|19[0-3]\d)\b"
    r"|['’]s\s+(?:1[5-8]\d\d|19[0-6]\d)\s+(?:description|paper|report|article|series|monograph)\b"
    # ... or the year before the town: "Robert Koch, 1882, Berlin"
    r"|\b(?-i:[A-Z])[\w'’-]+,\s+(?:1[5-8]\d\d|19[0-3]\d),\s+(?-i:[A-Z])"
    # a life's span after the name: "Friedrich Sigmund Merkel, 1845–1919"
    r"|,\s*1[5-8]\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\b"
)
# (cheap tests first: most sentences have no old year and none of these words)
_OLD_YEAR = re.compile(r"1[5-8]\d\d|19[0-6]\d|1[5-9]\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\)")
_HISTORY_WORDS = ("named", "son nom", "leur nom", "his name", "her name", "their name", "descri",
                  "décri", "decri", "nomm", "histor", "paléo", "paleo", "palaeo", "siècle", "siecle",
                  "century", "#hist", "00 years", "00 ans", "built", "made",
                  "manufactured", "fabriqu", "construit", "public domain", "domaine public",
                  "flu", "pand", "grippe")  # fmt: skip


def history(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is about the history of medicine, not a patient."""
    low = text[start:end].lower()
    if _OLD_YEAR.search(text, start, end) is None and not any(
        map(low.__contains__, _HISTORY_WORDS)
    ):
        return False
    return _HISTORY.search(text, start, end) is not None


# Holidays, which a year dates exactly: "Christmas Eve 2025", "Boxing Day 2024", "Noël 2025".
HOLIDAYS = (
    r"christmas(?:\s+(?:eve|day))?|boxing\s+day|new\s+year's\s+(?:eve|day)|easter(?:\s+(?:sunday|monday))?|"
    r"good\s+friday|thanksgiving|halloween|hogmanay|bonfire\s+night|guy\s+fawkes(?:\s+night)?|st\.?\s+patrick's\s+day|bastille\s+day|no[ëe]l|"
    r"(?:st\.?\s+)?valentine's\s+day|saint-valentin|mother's\s+day|father's\s+day|f[êe]te\s+des\s+(?:m|p)[èe]res|"
    r"saint-sylvestre|r[ée]veillon|jour\s+de\s+l'an|nouvel\s+an|(?:lundi\s+de\s+)?(?:p[âa]ques|pentec[ôo]te)|toussaint|"
    r"anzac\s+day|australia\s+day|waitangi\s+day|canada\s+day|independence\s+day|memorial\s+day|"
    r"labou?r\s+day|victoria\s+day|martin\s+luther\s+king\s+day|diwali|eid(?:\s+al-\w+)?|hanukkah|"
    r"f[êe]te\s+nationale|saint-jean(?:-baptiste)?|f[êe]te\s+du\s+travail|f[êe]te\s+de\s+la\s+musique"
)
# "Carrefour Pathologie 2025", "USCAP 2026": a named event before its year (not "mars 2024", not
# "Boxing Day 2024").
_YEAR = re.compile(r"20\d\d(?<!\w\d{4})(?!\w|[-/.]\d)")  # (a literal first: a fast scan)
_NAME_BEFORE_YEAR = re.compile(
    r"(?<![\w-])(?!(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|"
    rf"december|janv|f[ée]vr?|avr|juil|sept?|d[ée]c|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|{HOLIDAYS}|day|eve)\b)"
    r"[A-Z][\w-]{1,30}\.?\s+(?:[A-Z][\w-]{1,30}\s+)?$"
)
# "Welcome" greets someone, but not in "opinions welcome", a request for advice on a case.
_WELCOME = (
    r"(?<!opinions\s)(?<!thoughts\s)(?<!comments\s)(?<!views\s)(?<!ideas\s)(?<!input\s)welcome"
)
# Teaching and account life: a time or date in such a sentence is the event's, as long as the
# post names no patient at all ("Cette semaine sur le compte : une série...", "Staff jeudi à 14h").
TEACHING = Anchored(
    r"(?i)\b(?:(?<!\ben\s)(?<!\bau\s)cours|course(?!\s+(?:de|du|d')\b)|r[ée]visions?|unknowns?|quiz+|lives?(?!\s+(?:in|at|with|alone|near|on)\b)|staff|"
    r"(?-i:r[ée]unions?|(?<!la\s)(?<!La\s)(?<!Sud\s)(?<!Nord\s)(?<!CHU\s)R[ée]unions?)|meetings?|audits?|"
    # the residents' training and rota: « validation de la phase socle », « planning de décembre »
    r"phase\s+(?:socle|d'approfondissement|de\s+consolidation)|planning|rota|roster|astreintes?|"
    r"s[ée]ries?|[ée]ponymes?|eponyms?|sondages?|polls?|thread(?!\s+\d+/)|(?<!mon\s)(?<!ton\s)(?<!son\s)fil(?!\s+d'actu|\s+\d+/)|compte(?![\s-]+rendu)|account|study\s+group|groupe\s+de\s+travail|(?<!bed\s)boards?|(?<!external\s)exams?|"
    r"examens?(?!\s+(?:extemporan|histo|anatomo|microscop|macroscop|cyto|immuno|clinique|physique|externe))|"
    r"[ée]preuves?|EDN|ECN|ECOS|concours|diapos?|diaporama|slides\s+(?:du|de\s+la|by)|(?:journal|book|study)\s+club|club\s+(?:de\s+lecture|biblio)|tweetorial|webinai?re?s?|lectures?|talks?|sessions?|"
    r"class|tutorials?|tutos?|workshops?|ateliers?|enseignements?|teaching(?!\s+hosp|\s+moment)|externes|internes|r[ée]sidents|students|[ée]tudiants|journ[ée]e\s+de\s+formation|"
    r"trainees|FRCPath|Part\s+[123]|results\s+(?:are\s+|will\s+be\s+)?(?:out|released|published)|closed|(?<!OPD\s)(?<!clinic\s)closes|closure|ferm[ée]e?s?|fermeture|reopens?|applications?|r[ée]sultats\s+(?:de\s+l'|des\s+|du\s+)?(?:ECN|EDN|ECOS|concours|examens?|partiels?|internat|DES|choix)|hiring|recrute\w*|recrutement|recruiting|vacancy|(?<!la\s)(?<!par\s)poste|prise\s+de\s+poste|"
    r"candidatures?|closing\s+date|job|locums?|remplacements?\s+(?:en|d')\s*(?:anapath|anatomo|cyto|histo|\w+logie)|rejoins|rejoindr(?:e|ai|ons)|joining|choix\s+(?:de\s+|des\s+)?stages?|nomination|promotion|retirement|retiring|retires|"
    # the residency match: "MATCHED 🎉 Pathology at Mass General", "matched into path"
    r"(?-i:MATCHED)|matched\s+(?:into|in\s+path)|match\s+day|"
    # a standing meeting: "tous les jeudis 13h", "every Tuesday"; residents by year: "les R2", "PGY-3"
    r"tous\s+les\s+(?:lundi|mardi|mercredi|jeudi|vendredi)s|every\s+(?:mon|tues|wednes|thurs|fri)day|R[1-6]|PGY-?[1-7]|"
    r"retraite|signing\s+off|farewell|pot\s+de\s+d[ée]part|auditorium|amphi(?:th[ée][âa]tre)?|grand\s+rounds?|"
    r"bienvenue|"
    + _WELCOME
    + r"|in\s+practice|de\s+pratique|(?<!wedding\s)(?<!her\s)(?<!his\s)anniversary|(?<!de\s)anniversaire|"
    # the author moving ("moving to Leeds in May"), not a patient moved to a unit ("was moved to HDU")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)mov(?:ed|es|ing)\s+(?:from|to)(?!\s+(?:the\s+)?(?:ICU|HDU|ITU|CCU|resus|theatre|hospice|r[ée]a)\b)|"
    # the author's career anniversaries: "12 years since I...", "ça fait 20 ans que j'ai..."
    r"years\s+since\s+(?:I|we|my|our)|ans\s+depuis\s+(?:mon|ma|mes|notre|que)|fait\s+\w+\s+ans\s+(?:aujourd'hui\s+)?que\s+(?:j'|je|nous|on)|"
    r"d[ée]m[ée]nag[ée]\w*|ST[1-8]|FY[12]|registrar|submit|soumettre|soumissions?|submissions?|"
    # the department's notices: "new address for specimens", "please update your forms"
    r"(?:was|were)\s+updated\s+on|mises?\s+[àa]\s+jour\s+le|will\s+be\s+rejected|seront\s+refus[ée]e?s|guideline\s+reminder|recos|collection\s+p[ée]dagogique|"
    r"teaching\s+(?:set|collection)|job\s+advert|closing(?=\s+\d)|"
    r"note\s+de\s+service|fermera|rouvrira|will\s+(?:close|reopen)|en\s+vigueur|applicable\s+(?:au|le|d[eè]s)|effective\s+(?:from|on)|comes?\s+into\s+force|"
    # the tumour board's timetable: « la RCP dermato passe au mercredi 14h », "MDT moves to Tuesdays"
    r"(?-i:RCP|MDT)\s+(?:[\w-]+\s+)?(?:passe|aura\s+lieu|est\s+d[ée]plac[ée]e|se\s+tiendra|moves|is\s+moving)|"
    r"tumou?r\s+board\s+(?:moves|is\s+moving)|"
    # the specimen courier's rounds: "courier runs at 07:30", « dernier passage le 24 décembre »
    r"(?:courier|coursier|navette)s?\s+(?:runs?|passe|leaves?|part|schedules?|times|hours|horaires)|"
    r"(?:last|first|next)\s+pick-?ups?|pick-?up\s+times|ramassages?|(?:dernier|premier)\s+passage|"
    r"update\s+your|mettez\s+[àa]\s+jour|(?:accession|numbering|label)\s+format|numbering|num[ée]rotation|prefix|pr[ée]fixe|yy-?n{4,}\s+format|switch(?:es)?\s+to\s+the|(?:new|nouvelle)\s+adresse|new\s+address|(?:new|nouveau)\s+(?:phone\s+)?num[ée]ro|"
    r"new\s+(?:phone\s+)?number|enquiries|switchboard|horaires|ouverture|opening|opens|inauguration|inaugur[ée]e?)\b"
    r"|#\w*(?:chat|quiz|clues|boards)\b"
)
# A single case named ("un cas d'enseignement ce matin", "the case"), not "présentent leurs cas".
ONE_CASE = re.compile(
    r"(?i)\b(?:un|le|ce|du|this|the|a|my|mon|our|notre)\s+(?:\w+\s+)?(?:cas|case)\b|\bpatient\w*"
)
# Nouns for a person, of any age ("woman", "lad", "nourrisson").
_PERSON_NOUNS = (
    r"homme|femme|man|woman|gentleman|lady|lad|lass|chap|bloke|"
    r"enfant|child|boy|girl|gar[çc]on|fille|fillette|b[ée]b[ée]|baby|nourrisson|infant|newborn"
)
# Patients in general, not one of them: "Patient safety week", "patient education".
_PATIENTS_AT_LARGE = r"\s+(?:safety|care|experience|education|advocacy|advocates?|associations?|groups?|s[ée]curit[ée])\b"
# Words that name a patient or a person in care (nouns and titles, not pronouns).
PATIENT_REF = Anchored(
    # (not a fond address: "love you old man")
    rf"(?i)\b(?<!-)(?<!être\sune\s)(?<!être\sun\s)(?<!you\sold\s)(?:patiente?s?(?!{_PATIENTS_AT_LARGE})|pte?s?|mme|mlle|(?-i:Miss)|mrs?|ms|monsieur|madame|(?-i:Herr|Frau|Hr(?=\.))|"
    + _PERSON_NOUNS
    + r"|mari|husband|wife|[ée]pouse|famille|family)\b|\bM\.\s|\bchez\s+(?:(?:une?|ce|cette|le|la)\s(?!Dr\b|Pr\b)|l')"
    r"|\b(?:\d+|deux|trois|quatre|cinq|six|plusieurs|two|three|four|five|several)\s+r[ée]sidente?s\b"
)

# A colleague by their job in the lab: "our histotech Aroha", "mon co-interne Nicolas", "Mrs
# Adeyemi (our lead BMS)"; and everyone of a first name, "Bonne fête à tous les Nicolas".
LAB_ROLES = (
    r"histotech\w*|cytotech\w*|BMS|biomedical\s+scientists?|lab\s+techs?|techs?|technicians?|technicien(?:ne)?s?|"
    r"laborantine?s?|secretar(?:y|ies)|secr[ée]taires?|co-?internes?|co-?r[ée]sidente?s?|co-?residents?|"
    r"coll[eè]gues?|colleagues?|registrars?|fellows?|interns?|internes?|externes?|pathologists?|pathologistes?|"
    r"consultants?|surgeons?|chirurgien(?:ne)?s?|biologistes?|managers?|cadres?|"
    r"(?:chief|head|chef|cheffe)\s+(?:of|de|du)\s+(?:the\s+)?[\w-]+|"
    r"(?:admin|office)\s+(?:manager|assistant)"
)
# (the rest of a long name may come first: "Dr Morgane Le Bihan, interne en anapath")
STAFF_AFTER = re.compile(
    rf"(?i)(?:(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}}\s*[(,]\s*(?:our|my|notre|the|la|le|l')?\s*(?:lead\s+|chief\s+|senior\s+|head\s+|new\s+)?"
    rf"(?:[\w-]+\s+)?(?:{LAB_ROLES})\b"
    # ... or their department: "Mr Kenny from IT", « M. Roux de l'informatique »
    r"|(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:from|de)\s+(?:(?-i:IT)\b|l'informatique|(?:the\s+)?(?:estates|facilities|maintenance)\b)"
    # ... or what a teacher owns: "Prof. Ndlovu's archive", "Dr Lee's teaching set"
    r"|(?:['’]s)?\s+(?:archive|collection|teaching\s+(?:set|collection|file)|atlas|textbook|lecture|talk|course|research\s+group)\b)"
    # (not a new clause whose subject is the role: "C'est la pièce de Mme Lefèvre, la secrétaire
    # la cherche partout", "the pot of Mrs Obi, the BMS says")
    # (nor a colleague's relative: "Maisie (our BMS's daughter)")
    r"(?!['’]s\b|\s+(?:la|le|les|l'|lui|leur|se|s'|ne|n'|a|est|va|vient|m'|nous|vous|is|was|has|had|says|said|wants|called|rang)\b)"
)


def patient_not_staff(text: str, start: int, end: int) -> bool:
    """A patient's word or title between `start` and `end` that is not a colleague's ("Merci à
    M. Girard, notre technicien" names no patient)."""
    for m in PATIENT_REF.pattern.finditer(text, start, end):  # (one sentence: no anchor needed)
        after = m.start() + len(m.group().rstrip())
        if not STAFF_AFTER.match(text, after):
            return True
    return False


# Thanks and praise: the people in such a sentence are colleagues, not patients.
THANKS = Anchored(
    r"(?i)\b(?:merci|thanks?|thank\s+you|grateful|gratitude|bravo|congrats|congratulations|"
    r"f[ée]licitations|kudos|shout[-\s]?outs?|" + _WELCOME + r"|bienvenue|hats\s+off|chapeau|"
    r"proud\s+of\s+(?:the|our|my)\s+team|fi[eè]re?s?\s+de\s+(?:l'|notre\s+|mon\s+)[ée]quipe)\b"
)
# A job advert: its phone numbers, addresses and hospitals are the employer's.
JOB_AD = Anchored(
    r"(?i)\b(?:job\s+alert|vacancy|vacancies|hiring|recrute\w*|recruiting|recruitment|recrutement|offre\s+d'emploi|job\s+offer|praticien\s+hospitalier|"
    r"poste\s+[àa]\s+pourvoir|closing\s+date|informal\s+enquiries|renseignements(?!\s+cliniques))\b"
)
# One patient in particular (not "chez l'enfant", "in women"): an event word does not hide them.
ONE_PATIENT = Anchored(
    rf"(?i)\b(?:patiente?(?!{_PATIENTS_AT_LARGE})|pte?|mme|mlle|mrs?|ms|monsieur|madame)\b|\bM\.\s"
    rf"|\b(?:une?|a|an|this|ce|cette)\s+(?:\w+\s+)?(?:{_PERSON_NOUNS})\b"
)
# A number of years: "47 ans", "52 years", "19Y", "33 yrs", "47yo" (whose: the detector decides).
AN_AGE = re.compile(r"\b\d{1,3}\s?(?:ans|years?|yrs?|yo|y/o|Y)\b")
# An age glued to a sex letter, "27F", "(62H)", "F45, nodule...": a patient's details.
AGE_SEX = re.compile(
    r"(?<![\w.,/+-])(?:\d{1,3}\s?(?:ans\s*,\s*|yo\s*,\s*|y/o\s*,\s*)?[MFH]|[MFH][1-9]\d(?=\s*[,:;)]))(?![\w%/.'’+-])"
)

# An exact age in the usual forms of a case: "the 55-year-old dairy farmer", "47yo", "6 mo".
# (the digit first: a fast scan; "homme de 61 ans": a person's noun before "de")
PATIENT_AGE = re.compile(
    r"(?i)\d(?<![\w.]\d)\d{0,2}(?:[-\s](?:year|yr|month|week|day)s?[-\s]old\b|\s?(?:yo|y/o)\b|"
    r"(?:(?<=homme\sde\s\d)|(?<=femme\sde\s\d)|(?<=nfant\sde\s\d)|(?<=atient\sde\s\d)|(?<=tiente\sde\s\d)|"
    r"(?<=onsieur\sde\s\d)|(?<=adame\sde\s\d)|(?<=arçon\sde\s\d)|(?<=fille\sde\s\d))\d{0,2}\s+ans\b)"
)
# ... and in words: « garçon de onze ans », "a forty-year-old" (for the tests of a class or an event)
PATIENT_AGE_WORDS = Anchored(
    r"(?i)\b(?:homme|femme|gar[çc]on|fille|fillette|enfant|patiente?|b[ée]b[ée]|monsieur|madame)\s+de\s+"
    r"(?-i:[a-zé]+(?:-[a-zé]+){0,3})\s+(?:ans|mois)\b|\b[a-z]+(?:-[a-z]+)?[-\s]year[-\s]old\b"
)
# A person described by a name or a sex and an age or birth date: "Priya Ramaswamy, 34, admitted...",
# "Mouloud Benali de Sétif, 55 ans :", "Anna Kowalczyk, DOB ...", "female,
# forty-five, from Halifax" (a bare age of two digits at least: "Item Alpha, 5, is the answer").
DESCRIBED_PERSON = re.compile(
    r"[A-Z](?<![\w-][A-Z])[a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?(?: (?:de|from|of) [A-ZÀ-Þ][a-zà-ÿ]+)?, "
    r"(?:(?:\d{2,3}|\d{1,3} (?:ans|years old))(?:,| ?[:;](?!\d))|(?i:DOB|n[ée]e? le|born)\b)"
    # ... or named: « elle s'appelle Martine », "her name is Joan"
    r"|s'appelle (?=[A-Z])|name is (?=[A-Z])"
    # (the comma first, the sex word behind it: a fast scan)
    r"|,(?i:(?<=female,)|(?<=\bmale,)|(?<=woman,)|(?<=\bman,)|(?<=femme,)|(?<=homme,)|(?<=girl,)|(?<=\bboy,)|"
    r"(?<=fille,)|(?<=gar[çc]on,))\s+(?i:\d{1,3}\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"vingt|trente|quarante|cinquante|soixante|quatre-vingt)"
)
# A case opened by the patient's age, after a quiz tag, an emoji or a colon: "#pathclues 17 ans,
# le gardien de but...", « Thread pédagogique 🧵 cinquante-huit ans, patron pêcheur... » (these
# describe a patient, so a class or an event word does not hide the case).
OPENING_AGE = re.compile(
    r"(?:^|[:;(\n]|#\w+|[\u2190-\u2bff\ufe0f\U0001f000-\U0001faff])[ \t]*"
    r"(?:\d{1,3}|(?i:[a-zé]+(?:-[a-zé]+){0,3}))[ \t]?(?i:ans|years?[ \t]old|y/?o)[ \t]*,"
    # ... or the patient called by the age: « l'appendice du 63 ans »
    r"|\bdu\s+\d{1,3}\s?ans\b"
)
# A date followed by a specimen number, as printed on a label: "2024-03-12 B24.01982".
DATE_THEN_SPECIMEN = r"[\d./-]{6,10}\s+[A-Z]{1,3}\s?\d{2}[-.]\d{3,6}\b"
# Relatives of a patient, as written before or after their name ("son mari Paul", "sharon (daughter)").
RELATIVES = (
    "mari", "époux", "epoux", "épouse", "epouse", "femme", "fils", "fille", "frère", "frere", "soeur",
    "sœur", "mère", "mere", "père", "pere", "grand-mère", "grand-mere", "grand-père", "grand-pere",
    "compagne", "compagnon", "conjoint", "conjointe", "petite-fille", "petit-fils", "nièce", "niece",
    "neveu", "tante", "oncle", "cousin", "cousine", "gendre", "belle-fille", "mamie", "papi", "papy",
    "maman", "papa", "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father",
    "grandmother", "grandfather", "granddaughter", "grandson", "grandma", "grandpa", "grandad",
    "granddad", "granny", "nan", "nana", "partner", "boyfriend", "girlfriend", "nephew", "aunt",
    "uncle", "auntie", "stepson", "stepdaughter", "mum", "mom", "dad", "tata", "tonton", "mémé", "meme",
    "pépé", "pepe", "aunty", "nanna", "gran", "nonna", "nonno", "tatie", "tati", "mémère", "pépère",
    "parents", "grands-parents", "grandparents",
)  # fmt: skip
RELATIVE_WORDS = "|".join(sorted(RELATIVES, key=len, reverse=True))  # for regexes, longest first
# The author's relative: "my mum", "ma grand-mère" (in a case post, the patient).
_MY = r"(?:my|our|mon|ma|mes|notre|nos)"
# ("Mum's 70th birthday", "Dad turned 80": a parent named so, capitalised, is the author's)
_MY_RELATIVE = rf"(?:\b{_MY}\s+(?:{RELATIVE_WORDS}|\d{{1,2}}[\s-]*(?:year|yr|month)s?[\s-]*old)\b|(?<![\w'’])(?-i:Mum|Mam|Mom|Dad|Maman|Papa|Mamie|Papy)(?:['’]s)?\b|(?<![\w'’])(?-i:Sister|Brother|Sis|Bro)['’]s\b)"
MY_RELATIVE = Anchored(rf"(?i){_MY_RELATIVE}")
# The author's pet: "my cat Gleason turned 3 today" (its "il", its age are the pet's).
_MY_PET = r"\b(?:my\s+(?:cat|dog|puppy|kitten)|mon\s+(?:chat|chien|chaton|chiot)|ma\s+(?:chatte|chienne))\b"
MY_PET = Anchored(rf"(?i){_MY_PET}")
# A relative in care: "ma fille a eu une biopsie", "my son was operated on".
CARE_EVENT = re.compile(
    # (not the author's work: « et moi je relis des biopsies », "while I'm reading biopsies")
    r"(?i)\b(?<!relis\sdes\s)(?<!relire\sdes\s)(?<!reading\s)(?<!signing\sout\s)(?:biops\w*|bx|diagnos\w*|tumeur|tumou?r|cancer|r[ée]sultats?|results?|hospitalis\w*|"
    r"admitted|op[ée]r[ée]e?s?|operated|surgery|chirurgie|IRM|MRI|scans?\b|scanner|chemo|chimio|radioth)"
)
# What was done to the patient, right before a date or a time: "surgery on", « prélevé hier ».
_DONE_TO_PATIENT = re.compile(
    r"(?i)\b(?:surgery|operated|biopsied|resected|excised|chirurgie|op[ée]r[ée]e?s?|"
    r"pr[ée]lev[ée]e?s?|biopsi[ée]e?s?|r[ée]s[ée]qu[ée]e?s?)(?:\s+(?:on|the|le|du))*\s+$"
)
_MY_BEFORE = re.compile(rf"(?i)\b{_MY}\s+$")

# The author's own age, the words before the number: "I turned", "je viens d'avoir", "Just turned"
# (a "turned" with no subject before it starts the sentence: not "she turned 90").
OWN_AGE_WORDS = (
    r"\bI(?:'ve|\s+have)?\s+(?:just\s+)?(?:turned|turn|am\s+turning)|\bI'm(?:\s+now|\s+turning)?|"
    r"\bI\s+am(?:\s+now)?|\bwhen\s+I\s+was|\bje\s+viens\s+d'avoir|\bquand\s+j'avais|\bj'ai(?:\s+eu)?|\bj'aurai|\bje\s+f[eê]te\s+mes|\bj'ai\s+f[eê]t[ée]\s+mes|"
    r"(?<![\w,'])(?<![\w,']\s)(?:just\s+|officially\s+|finally\s+)?(?:turned|turning)|"
    # a change of career at that age: « reconversion à 40 ans »
    r"\breconversion\s+[àa]|"
    # « Ma grand-mère a vécu jusqu'à 98 ans. Moi, trois biopsies à 40 ans. »
    r"\bmoi\s*,\s*(?:[\w-]+\s+){0,2}?[àa]"
)
# The author on the way to work: "commuted in from Hebden Bridge", "cycled in from Todmorden",
# "Trajet Saint-Brieuc - Rennes" (not "le trajet du projectile": a capitalised place follows).
COMMUTE = (
    # (not someone else's way in: "family drove in from Goole last night")
    r"\bcommuted\b|\bcommute\s+(?:from|to|into|this|last)\b|"
    r"(?<!family\s)(?<!they\s)(?<!parents\s)(?<!he\s)(?<!she\s)\b(?:cycled|biked|drove|walked|ran|came)\s+in\s+from\b|"
    r"\btrajet\s+(?:[\w'-]+\s+){0,3}?(?-i:[A-Z])|"
    # a scheduled train or bus: "le TER de 7h12 m'a lâché", "the 7:40 train"
    r"\b(?:TER|RER|TGV|Intercit[ée]s|train|tram|bus|ferry)\s+(?:de\s+)?\d{1,2}\s?[h:]\d\d\b|"
    # a train held up: "Train stuck outside Preston", "RER B bloqué à Aulnay", "Train from Leeds
    # delayed"; "the 6:50 from Motherwell"
    r"\b(?:TER|RER|TGV|train|tram|bus|ferry|metro|m[ée]tro|tube|flight|vol)\s+(?:[A-E]\s+)?(?:\w+\s+){0,2}"
    r"(?:stuck|held|delayed|cancell?ed|broken\s+down|bloqu[ée]e?|en\s+panne|en\s+retard|annul[ée]e?|supprim[ée]e?)\b|"
    r"\bthe\s+\d{1,2}[:.]\d\d\s+(?:from|to)\b|\ble\s+\d{1,2}h\d\d\s+(?:de|depuis|pour)\b|"
    # home after a shift: "je rentre au Lamentin", "heading home to Cobh"
    r"\bje\s+rentre\b|\bheading\s+home\b|\bfin\s+de\s+garde\b"
)
# The author's own life: "it's my 35th birthday today", "mon premier jour de garde", "I turned
# 40", "my commute", "62 heures la semaine dernière" (the author's hours, not a case's day).
OWN_LIFE = Anchored(
    r"(?i)\b(?:my|mon|ma|mes)\s+(?:[\w-]+\s+){0,2}?(?:birthday|anniversaire|first\s+day|premier\s+jour|"
    r"premi[eè]re\s+garde|first\s+(?:shift|on-?call)|last\s+day|dernier\s+jour|derni[eè]re\s+garde|baby|"
    r"b[ée]b[ée]|kids?|children|enfants|fils|daughter|son|fille|twins|jumeaux|jumelles|"
    # (a partner named is often the patient's story: "my husband Trey Washington's Gleason 4+3")
    r"(?:wife|husband|partner|femme|mari|compagne|compagnon)(?!\s+(?-i:[A-Z]))|wedding|mariage|commute|trajet)\b"
    # the author's desk (not where a case lands: "son adénome est sur mon bureau")
    r"|(?<!\bsur\s)(?<!\bon\s)\b(?:my|mon)\s+(?:desk|bureau)\b"
    # the author's career: "I spent 12 years as a GP in Nairobi", « j'ai fait 10 ans de médecine
    # générale à Abidjan », "as a first-year at Groote Schuur", « quand j'étais interne à Tours »
    r"|\bI\s+spent\s+\d+\s+years\s+as\b|\bj'ai\s+fait\s+\d+\s+ans\s+(?:de|d')|"
    r"\bas\s+an?\s+(?:first-year|junior|trainee|registrar|resident|medical\s+student)\b|"
    r"\bquand\s+j'[ée]tais\s+(?:interne|externe|[ée]tudiante?)\b|"
    # ... and its start, with the author's birth: "Born in 1987, started residency in 2015", « je
    # suis née en 1987 », « internat commencé en 2013 »
    r"\bI\s+was\s+born\b|\bje\s+suis\s+n[ée]e?\b|\bstarted\s+(?:my\s+)?(?:residency|fellowship|med(?:ical)?\s+school)\b|"
    r"\binternat\s+commenc[ée]|\bcommenc[ée]\s+(?:mon\s+|l')internat\b"
    # the author's child by age, the author's exams: "me and my 3-year-old", "TODAY I PASSED FRCPath"
    r"|\bmy\s+\d{1,2}[\s-]*(?:year|yr|month)s?[\s-]*old\b|\bI(?:'ve|\s+have)?\s+(?:just\s+)?passed\b|"
    r"\bj'ai\s+(?:enfin\s+)?(?:r[ée]ussi|valid[ée])\s+(?:mon|ma|mes|le|la|l')|"
    # ... and the exam to come: « Partiel demain », "boards tomorrow", "my exam is on Friday"
    r"\b(?:partiels?|concours|boards|viva|ECN|EDN|FRCPath(?:\s+part\s+\d)?|USMLE(?:\s+step\s+\d)?|(?:my|mon|mes)\s+exams?)"
    r"(?:\s+(?:is|are|est|sont))?\s+(?:on\s+|le\s+)?(?:demain|tomorrow|today|aujourd'hui|tonight|ce\s+soir|"
    r"next\s+week|la\s+semaine\s+prochaine|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b"
    # the author's children at school: "first day at school", « la rentrée des classes »
    r"|first\s+day\s+(?:at|of)\s+(?:school|nursery|kindergarten)|started\s+(?:school|nursery|kindergarten)|"
    r"premier\s+jour\s+d'[ée]cole|rentr[ée]e\s+(?:des\s+classes|scolaire)"
    # a career milestone: "Signed out my 10,000th case today", « 10 000e cas signé aujourd'hui »
    r"|(?<![\d,.])(?<!\d\s)(?:\d{3,}|\d{1,3}(?:[,.\s]\d{3})+)(?:th|e|[eè]me)\s+(?:cases?|cas|autops(?:y|ie)|biops(?:y|ie)|frozen)\b"
    rf"|(?:{OWN_AGE_WORDS})\s+\d{{1,3}}(?:\s+ans|\s+years?)?\b(?!\s*(?:%|cases|cas|slides|lames|biops))"
    rf"|{COMMUTE}"
    # a relative's trade: "My dad was a GP in Tralee for 35 years", « mon père était boulanger à Dinan »
    rf"|\b(?:my|mon|ma)\s+(?:{RELATIVE_WORDS})\s+(?:(?:was|is|worked\s+as|retired\s+as)\s+(?:an?|the)|"
    r"(?:[ée]tait|a\s+[ée]t[ée])\s+(?!n[ée]e?\b|[àa]\b|\d)\w+)\b"
    r"|happy\s+birthday\s+to\s+me|(?:joyeux|bon)\s+anniversaire\s+[àa]\s+moi|"
    # a relative's birthday, with the age: "Happy birthday to my dad, 70 today"
    rf"(?:happy\s+birthday\s+to|(?:joyeux|bon)\s+anniversaire\s+[àa])\s+{_MY_RELATIVE}"
    r"(?:\s*,?\s*\d{1,3}(?:\s+ans)?\s+(?:today|aujourd'hui)\b)?|"
    # ... or the age first: "My mum is 70 today", « Ma mère a 75 ans aujourd'hui »
    rf"{_MY_RELATIVE}\s+(?:is|turns|a|f[êe]te\s+ses)\s+\d{{1,3}}(?:\s+ans)?\s+(?:today|aujourd'hui)\b|"
    r"I\s+grew\s+up\s+in|j'ai\s+grandi\s+[àa]|je\s+suis\s+n[ée]e?\s+[àa]|I\s+was\s+born\s+in|born\s+and\s+raised|"
    r"my\s+home\s*town|ma\s+ville\s+natale|mon\s+village\s+natal|"
    # a family's wedding anniversary: « fêtent leurs 60 ans de mariage », "golden wedding"
    r"f[êe]tent\s+leurs\s+\d+\s+ans\s+de\s+mariage|noces\s+d'(?:or|argent|diamant)|(?:golden|diamond|ruby|silver)\s+wedding|"
    # the author home or away: "Home in Tralee for the long weekend", « Week-end à Salazie »
    r"(?<!\w\s)(?:back\s+)?home\s+(?:in|to)\s+(?-i:[A-Z])[\w'-]+\s+for\b|\bback\s+home\s+(?:in|to)\b|"
    r"(?<!\w\s)(?:vacances|week-end|weekend|une\s+semaine|quinze\s+jours|(?:a|one|two)\s+weeks?)\s+(?:[àa]|au|en|in)\s+(?-i:[A-Z])|"
    # the author's sport: "Ran 10k this morning", "new PB", « j'ai couru un semi »
    r"\bran\s+(?:a\s+|my\s+(?:first\s+)?)?(?:\d+\s?(?:k|km|miles?)|marathon|half-?marathon|parkrun)\b|\bnew\s+PB\b|\bparkrun\b|"
    r"\bj'ai\s+couru\b|\bfooting\b|\bjogging\b|"
    # ... a race finished: "Marathon PB 3:42 in Berlin", « Semi-marathon bouclé en 1h41 à Nantes »
    r"\b(?:half-|semi-)?marathon\s+(?:PB|bou?cl[ée]|done|finished|termin[ée])\b|"
    # the author away or off: "On leave in Goa until Jan 6", « j'ai pris ma journée, randonnée à... »
    r"\bon\s+(?:annual\s+)?(?:leave|holiday|vacation)\b|\bout\s+of\s+(?:the\s+)?office\b|(?-i:OOO)|\ben\s+(?:cong[ée]s?|vacances)\b|"
    r"\bj'ai\s+pris\s+(?:ma|une|un)\s+(?:journ[ée]e|jour)\b|\bday\s+off\b|\brandonn[ée]e\b|\bbalade\b|"
    # a family party, a return from holiday, the author's pets
    r"\bfamily\s+(?:party|lunch|dinner|gathering|wedding)\b|\b(?:f[êe]te|repas)\s+de\s+famille\b|\bde\s+retour\s+d[e']|\bback\s+from\b|"
    rf"{_MY_PET}|"
    # the author's own tests: "had my own colonoscopy at Harrogate"
    r"my\s+own\s+(?:colonoscopy|biopsy|scan|mammogram|smear|MRI|bloods)|"
    # the author's memories: "five years ago today I signed out my first case"
    r"years?\s+ago\s+today|il\s+y\s+a\s+\w+\s+ans\s+(?:jour\s+pour\s+jour|aujourd'hui)"
    # a relative's birthday: "my dad turns 92 on Sunday", "mon grand-père fête ses 95 ans"
    # a parent's birthday without "my": "Dad turned 80 on Sunday", « Maman fête ses 70 ans »
    r"|(?<![\w'])(?:Mum|Mam|Mom|Dad|Maman|Papa|Nan|Granny|Grandma|Grandad|Mamie|Papy)(?:\s+(?:turns|turned|f[eê]te\s+ses|a\s+f[êe]t[ée]\s+ses)\s+\d"
    # ... "Grandma's 90th birthday"
    r"|['’]s\s+\d{1,3}(?:st|nd|rd|th)\s+birthday)"
    # a parent's retirement: "Mum retired this week", « mon père part à la retraite »
    # (an age in brackets and an adverb may come between: "My dad (72) finally retired")
    rf"|(?:(?<![\w'])(?:Mum|Mam|Mom|Dad|Maman|Papa)|{_MY_RELATIVE})(?:\s*\(\d{{1,3}}(?:\s*ans)?\))?\s+(?:(?:finally|just|enfin)\s+)?"
    r"(?:retired|retires|is\s+retiring|part\s+(?:enfin\s+)?[àa]\s+la\s+retraite|a\s+pris\s+sa\s+retraite|prend\s+(?:enfin\s+)?sa\s+retraite)\b"
    # the author's career: "five years since I started residency"
    r"|\bsince\s+I\s+(?:started|began|joined|qualified)\b|\bdepuis\s+que\s+j'ai\s+(?:commenc[ée]|d[ée]but[ée])"
    # the author introducing themselves with their age: "Path resident in Chennai here, 29F"
    r"|\b(?:resident|interne|trainee|registrar|fellow)\s+(?:en\s+\w+\s+)?(?:in|en|[àa]|at)\s+(?-i:[A-Z])[\w'-]+"
    r"(?:\s+here)?\s*,\s*\d{2}"
    # the author's family and where they live or work: "mes grands-parents de Pointe-à-Pitre",
    # « Mon père, médecin retraité à Beyrouth », "my mum, a GP in Sligo"
    rf"|{_MY_RELATIVE},?\s+(?:(?:a|an|un|une)\s+)?(?:retired\s+)?(?:(?:m[ée]decin|doctor|GP|pathologiste|pathologist|"
    r"chirurgien(?:ne)?|surgeon|infirmi[eè]re|nurse|pharmacien(?:ne)?|pharmacist)(?:\s+retrait[ée]e?)?,?\s+)?"
    r"(?:de|d'|du|from|in|at|[àa]|au)\s*(?-i:[A-Z])"
    # a relative's celebration: "Mum's 70th birthday party in Galway", « les 70 ans de ma mère »
    rf"|{_MY_RELATIVE}\s+(?:\d{{1,3}}(?:st|nd|rd|th|e)\s+)?(?:birthday|retirement|wedding|party|stag|hen|engagement|graduation)\b"
    rf"|\b(?:mariage|wedding|anniversaire|birthday)\s+(?:de|of)\s+{_MY}\s+(?:[\w-]+\s+)?(?:{RELATIVE_WORDS})\b"
    rf"|\bles\s+\d{{1,3}}\s+ans\s+de\s+{_MY_RELATIVE}"
    rf"|{_MY_RELATIVE}\s+(?:turns|turned|is\s+turning|will\s+be|celebrated|f[eê]te\s+ses|a\s+f[êe]t[ée]\s+ses|"
    r"a\s+eu|va\s+avoir|aura|is(?:\s+now)?|a)\s+(?:her\s+|his\s+)?(?:\d{1,3}|[\w-]+(?=\s+(?:ans|years)\b)|"
    r"in\s+(?:her|his)\s+(?:nineties|9\d'?s))"
    r"|(?<![\w.,])\d{2,3}\s*(?:h|hrs?|hours|heures)\s+(?:(?:of\s+)?work\s+)?(?:this|last|cette|la)\s+(?:week|semaine)\b"
)
# The author as a child: "when I was 8", « quand j'étais petite ».
_AUTHORS_CHILDHOOD = Anchored(
    r"(?i)\bwhen\s+I\s+was\s+(?:\d{1,2}|a\s+(?:kid|child|boy|girl|teenager))\b|"
    r"\bquand\s+j'(?:avais\s+\d{1,2}\s+ans|[ée]tais\s+(?:petite?|enfant|gamine?|ado))\b"
)
# "40 today!", "35 ans aujourd'hui" with no one named before the number: the author's birthday.
# (Kept apart from OWN_LIFE, which is anchored on words: this one starts with a digit.)
OWN_AGE_TODAY = re.compile(
    # (not a clock's minutes: "at 14:05 today")
    r"\d(?<![\w,]\s\d)(?<![\w,:.]\d)\d{0,2}(?:\s+ans)?\s+(?:today|aujourd'hui)\b"
)
# News of someone's health heard or read: "news about the King's health", « à la radio ».
_HEALTH_NEWS = r"news\s+about|nouvelles?\s+(?:sur|concernant)|[àa]\s+la\s+radio"
# A public figure on screen or in print: "the documentary about Serena Williams", « le film sur Piaf ».
_ON_SCREEN = (
    r"documentar(?:y|ies)|documentaires?|biopic|(?:the\s+|a\s+)?film\s+(?:about|on)|(?:le\s+|un\s+)?film\s+sur|"
    r"interview|autobiograph\w*|memoirs?|m[ée]moires"
)
# Things the lab gives a person's name to: a teaching skeleton, a mascot, a microscope.
NAMEABLE_THINGS = (
    r"skeleton|squelette|mannequin|manikin|dummy|doll|poup[ée]e|robot|mascot|mascotte|"
    r"microscope|scanner|microtome|cryostat|automate|plant|plante|cactus|"
    # (and the vendor's people: « Le commercial s'appelle Julien »)
    r"commercial|repr[ée]sentante?|sales\s+rep|rep|livreur|livreuse|coursier|courier"
)
# A thing given a person's name: "Our teaching skeleton is called Mr Bones", « La poupée de
# démonstration du labo s'appelle Germaine » (its name and its age are not a patient's).
# ... or the lab's pet, named after a comma: "The lab cat (unofficial), Mr Biscuits, has claimed the
# slide dryer", « Le chat officieux du labo, M. Moustache, ... »
NAMED_OBJECT = Anchored(
    rf"(?i)\b(?:(?:{NAMEABLE_THINGS})\b(?:\s+[\w'’-]+){{0,4}}?\s+"
    r"(?:is\s+called|called|named|nicknamed|s'appelle|(?:sur)?nomm[ée]e?|baptis[ée]e?)\s+|"
    r"(?:lab|labo|our|notre|the|le|la)\s+(?:[\w'’-]+\s+)?(?:cat|chat|dog|chien(?:ne)?|kitten|chaton|parrot|perroquet)"
    r"\b(?:\s+[\w'’()-]+){0,4}?,\s+)"
    r"((?:(?-i:Mr|Mrs|Ms|Miss|M\.|Mme|Mlle|Mister|Monsieur|Madame)\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)"
)
# Television and fiction: "Dr House, Dr Grey... TV never shows a pathologist", « la série »,
# "Mrs Doubtfire is on telly tonight", « Madame Bovary en livre audio ».
# (films and books: also the names detector's sign of a post about fiction, where television
# does not count, since real people appear on it)
STORY_WORDS = r"films?|movies?|novels?|romans?|characters?|personnages?|fiction|fictional"
FICTION = Anchored(
    r"(?i)\b(?:TV|t[ée]l[ée]|telly|s[ée]ries?|sitcoms?|netflix|on\s+screen|[àa]\s+l'[ée]cran|"
    rf"{STORY_WORDS}|audiobooks?|livres?\s+audio|[ée]pisodes?|fictifs?|fictives?)\b"
)
# A post that says it is not about work: its people and places are not a patient's.
OFF_TOPIC = re.compile(
    r"(?i)\bnothing\s+to\s+do\s+with\s+(?:pathology|path|work|medicine)\b|\brien\s+[àa]\s+voir\s+avec\s+"
    r"(?:la\s+patho\w*|le\s+(?:boulot|taf|travail)|la\s+m[ée]decine)\b|\boff[- ]topic\b|\bhors[- ]sujet\b"
)
# A person said to be made up: "Jane Smith in my question bank is invented", "John Doe",
# « le patient s'appelle toujours M. Dupont, né le 01/01/1900 » (a dummy record's birth date).
MADE_UP = re.compile(
    r"(?i)\b(?<!not\s)(?<!pas\s)(?:invent(?:ed|[ée]e?s?)|fictional|fictitious|fictive?s?|fictif|made[- ]up|placeholder|"
    r"John\s+Doe|Jane\s+Doe)\b|\b0?1[/.]0?1[/.]1900\b"
)
# A named source of news: "according to RTÉ", « lu dans Libération », « l'article du Monde ».
_NEWS_SOURCE = (
    r"(?:according\s+to|lu\s+dans|selon)\s+(?:the\s+|le\s+|la\s+|l')?(?-i:[A-Z])"
    r"|article\s+(?:du|de|d'|dans|in|from)\s+(?:the\s+|le\s+|la\s+)?(?-i:[A-Z])"
)
NEWS_SOURCE = Anchored(rf"(?i)\b(?:{_NEWS_SOURCE})")
# News heard that morning, whose time marker dates no case of ours: "on the radio this morning".
NEWS_REPORT = Anchored(
    # (a word ends each: "on the radiotherapy list" is a patient's)
    rf"(?i)\b(?:{_HEALTH_NEWS}|{_ON_SCREEN}|on\s+the\s+(?:radio|BBC|news)\b|[àa]\s+la\s+t[ée]l[ée]\b|{_NEWS_SOURCE})"
)
# A public figure's own news, not a patient of the author's: "a well-known actor has announced his
# lymphoma", "sad news about the King's health", "on ne commente pas" (not "everyone saw him on
# the news", which makes a patient famous).
PUBLIC_NEWS = Anchored(
    r"(?i)\b(?:announced|announces|a\s+annonc[ée]|annonce|a\s+r[ée]v[ée]l[ée]|publicly|publiquement|"
    rf"went\s+public|spoken\s+(?:out|publicly)|{_HEALTH_NEWS}|{_ON_SCREEN}|"
    r"sur\s+la\s+sant[ée]\s+d|about\s+the\s+\w+['’]s\s+health|speculat\w*|sp[ée]cul\w*|guess(?:ing)?\s+(?:at|about)|ne\s+commente\s+pas|ne\s+commentons\s+pas)\b"
)
# Not a patient of the author's: "Rien à voir avec nous", "Nothing to do with work".
NOT_OURS = Anchored(
    r"(?i)\b(?:nothing\s+to\s+do\s+with\s+(?:me|us|our|work|the\s+lab|path\w*)|not\s+(?:one\s+of\s+ours|our\s+(?:patient|case))|"
    r"rien\s+[àa]\s+voir\s+avec\s+(?:moi|nous|notre|le\s+(?:boulot|travail|taf|labo)|l'anapath)|pas\s+(?:un\s+de\s+nos|notre)\s+(?:patient|cas))"
)
# An institution's announcement: "MOH announced the new guidelines today" (not « on lui annonce »).
_ANNOUNCED = re.compile(
    r"(?-i:[A-Z])[\w&-]*\s+(?:has\s+|have\s+|just\s+|today\s+)*(?:announced|visited)\b"
    r"|(?-i:[A-Z])[\w&-]*\s+a\s+(?:annonc[ée]|visit[ée])\b"
)


def announced(text: str, start: int, end: int) -> bool:
    """An institution's announcement or visit between `start` and `end`."""
    low = text[start:end].lower()
    if "announced" not in low and "visit" not in low and "annonc" not in low:
        return False  # (a cheap test first: the pattern starts with any capital)
    return _ANNOUNCED.search(text, start, end) is not None


# The lab's supplies and couriers: "short of xylene", « le coursier est en retard ».
LAB_SUPPLIES = Anchored(
    r"(?i)\b(?:reagents?|r[ée]actifs?|shortages?|p[ée]nuries?|xylene|xyl[èe]ne|formalin|formol|stocks?|"
    r"supplies|supply|couriers?|coursiers?|logistics|logistique|rationing|rationnement|"
    # (and the lab's move: "Our lab moved! New address: ...")
    r"new\s+address|nouvelle\s+adresse|nouveaux\s+locaux|new\s+premises|a\s+d[ée]m[ée]nag[ée])\b"
)
# The lab's computers and machines: a time marker or a room is theirs, not a case's ("the LIS
# upgrade last night", "le nouveau scanner de lames est arrivé ce matin", "Cryostat in Room 3").
LAB_SYSTEM = Anchored(
    r"(?i)\b(?:logiciel|software|(?-i:LIS|SIL|LIMS|IT)|serveur|server|upgrade|mise\s+[àa]\s+jour|"
    # (a software update, not the ward's: "Bed board update", "Ward round update")
    r"(?:software|system|LIS|LIMS|IT|server|app|Windows)\s+update|update\s+(?:of|to)\s+(?:the\s+)?(?:LIS|LIMS|software|system|server)|"
    r"tout-scanner|tout\s+num[ée]rique|(?:digital|num[ée]rique)\s+pathology|pathologie\s+num[ée]rique|go-?live|"
    r"outage|panne|maintenance|informatique|network|r[ée]seau|version\s+\d|"
    r"scanners?\s+de\s+lames|slide\s+scanners?|automates?|stainers?|cryostats?|microtomes?|analy[sz]ers?|processors?|"
    r"colorateurs?|(?:landed|arrived|installed|delivered)\s+in\s+(?:the\s+)?lab\b|processeurs?\s+de\s+tissus|IT\s+ticket|imprimantes?\s+(?:code-barres|[àa]\s+[ée]tiquettes)|(?:label|barcode)\s+printers?|(?:new|nouveau|nouvel|nouvelle)\s+(?:[\w-]+\s+){0,3}?(?:scanner|machine))\b"
)
# Someone else in the sentence: "she drove in from Leeds this morning for her biopsy".
THIRD_PERSON_WORDS = r"she|he|her|his|him|elle|il(?!\s+y\s+a)"
THIRD_PERSON = Anchored(rf"(?i)\b(?:{THIRD_PERSON_WORDS})\b")
# The author introducing themselves: "I'm Dr X", "je m'appelle X" (their name and hospital follow).
SELF_INTRO = r"I'm|I\s+am|my\s+name\s+is|je\s+suis|je\s+m'appelle|moi\s+c'est"


Finder = Callable[[str, int, int], bool]

_OPEN_QUOTES = re.compile(r"[«“]|(?<![\w])\"")
_CLOSE_QUOTES = re.compile(r"[»”]|\"(?!\w)")


def quoted(text: str, pos: int) -> bool:
    """True when `pos` is inside a quotation that opened in the 120 characters before it."""
    window = max(0, pos - 120)
    opened = [m.end() for m in _OPEN_QUOTES.finditer(text, window, pos)]
    return bool(opened) and _CLOSE_QUOTES.search(text, opened[-1], pos) is None


def _own_life_unquoted(text: str, start: int, end: int) -> bool:
    """The author's own life in the author's words, not in someone's quoted ones."""
    return any(not quoted(text, m.start()) for m in OWN_LIFE.pattern.finditer(text, start, end))


# The post's sign-off, after a full stop and a dash up to the end ("... — Kemal Aydın, neuropath
# fellow", "... — Service de pathologie, HUS Strasbourg"). (`normalize` folds dashes to "-".)
# (not after an initial: "« HAMIDI Y. - NIR ... - Carcassonne »" is a label's fields)
# (after a sentence, or after an emoji: "Proud dad moment ⚽ — Sam, @sam_slides")
_SIGN_OFF = re.compile(
    r"(?<=[.!?\n\u2190-\u2bff\ufe0f\U0001f000-\U0001faff])(?<!\b[A-Z]\.)\s*"
    # ("— Sam, @sam_slides", « Signé : une anapath reconnaissante, Liège. »)
    r"(?:--?\s+|(?i:sign[ée]e?|signed)\s*[:,]\s*)[^\n.!?]{2,100}[.!]?\s*$"
)


def _named_event(text: str, start: int, end: int) -> bool:
    """A capitalised name right before a year between `start` and `end` ("Carrefour Pathologie 2025")."""
    return any(
        _NAME_BEFORE_YEAR.search(text, max(start, y.start() - 64), y.start())
        for y in _YEAR.finditer(text, start, end)
    )


@dataclass
class Context:
    """Folded post text with language and cheap lookups shared by the detectors."""

    text: str
    lang: str
    low: str  # lower-cased text, same offsets: what anchors of `Anchored` patterns scan
    starts: Starts  # word starts where each `Anchored` pattern may match
    protected: list[tuple[int, int]] = field(default_factory=list)
    _bounds: list[int] = field(default_factory=list)
    _searches: dict[tuple[int, int], bool] = field(default_factory=dict)
    _protected_ends: list[int] = field(default_factory=list)
    _once: dict[int, Any] = field(default_factory=dict)  # (see `once`)

    @classmethod
    def build(cls, text: str, lang: str) -> Context:
        """Compute sentence boundaries and protected spans once per post."""
        bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        low = lower(text)
        starts = word_starts(low)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(protected_spans(text, low, starts)):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return cls(text, lang, low, starts, merged, bounds, {}, [end for _, end in merged])

    def finditer(
        self, pattern: re.Pattern[str] | Anchored, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches of `pattern` in the text (an `Anchored` one is tried only at its anchors)."""
        end = len(self.text) if endpos is None else endpos
        if isinstance(pattern, Anchored):
            if pattern.absent(self.starts):
                return iter(())  # most patterns, most posts: none of their words is there
            return pattern.finditer(self.text, self.low, pos, end, self.starts)
        return pattern.finditer(self.text, pos, end)

    def search(
        self, pattern: re.Pattern[str] | Anchored, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """First match of `pattern` in the text between `pos` and `endpos`."""
        end = len(self.text) if endpos is None else endpos
        if isinstance(pattern, Anchored):
            if pattern.absent(self.starts):
                return None
            return pattern.search(self.text, self.low, pos, end, self.starts)
        return pattern.search(self.text, pos, end)

    def say(self, fr: str, en: str) -> str:
        """Pick the message in the post's language."""
        return fr if self.lang == "fr" else en

    def sentence_starts(self) -> list[int]:
        """Where each sentence starts."""
        return self._bounds

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence around `pos`."""
        i = bisect_right(self._bounds, pos) - 1
        start = self._bounds[max(i, 0)]
        end = self._bounds[i + 1] if i + 1 < len(self._bounds) else len(self.text)
        return start, end

    def is_teaching(self, pos: int) -> bool:
        """True when the sentence around `pos` is about teaching and the post names no patient.

        Not when a case comes just before: "un cas d'enseignement ce matin" still dates the case;
        nor when a patient is described: "Quiz: 27F, Galway, painless neck mass".
        """
        if (
            self.text_search(PATIENT_REF)
            or self.text_search(AGE_SEX)
            or self.text_search(PATIENT_AGE)
            or self.text_search(PATIENT_AGE_WORDS)
            or self.text_search(DESCRIBED_PERSON)
            or self.text_search(OPENING_AGE)
        ):
            return False
        if self.text_search(MY_RELATIVE) and self.text_search(CARE_EVENT):
            return False  # "Ma mère est en cardio à Bichat, ses résultats de biopsie..."
        start = max(self.sentence(pos)[0], pos - 40)
        return not ONE_CASE.search(self.text, start, pos) and self.sentence_search(TEACHING, pos)

    def is_event_or_teaching(self, pos: int) -> bool:
        """True when a date, time or room at `pos` belongs to an event or a class, not a case
        (never right after what was done to the patient: "Quiz: surgery on Nov 3, ...")."""
        # (the cached sentence tests first: most dates of a case post stop there)
        return (self.is_event(pos) or self.is_teaching(pos)) and not _DONE_TO_PATIENT.search(
            self.text, max(0, pos - 30), pos
        )

    def is_event(self, pos: int) -> bool:
        """True when the sentence around `pos`, or the whole post if it has no case, is about a
        congress, course or publication ("... in Brisbane. Anyone flying down from Townsville?").

        Not when the sentence names a patient: "Pour ma thèse, j'ai revu le dossier de M. X, opéré
        à Carhaix", "Quiz : biopsie n° B26.05521, patient de 81 ans".
        """
        if (
            self.sentence_search(ONE_PATIENT, pos)
            or self.sentence_search(AGE_SEX, pos)
            or self.sentence_search(PATIENT_AGE, pos)
            or self.sentence_search(PATIENT_AGE_WORDS, pos)
            or self.sentence_search(DESCRIBED_PERSON, pos)
            or self.sentence_search(OPENING_AGE, pos)
        ):
            return False
        if self.sentence_search(EVENT, pos) or self.sentence_search(_named_event, pos):
            return True
        if self.sentence_search(history, pos):
            return True
        return not self.is_case() and (
            self.text_search(EVENT) or self.text_search(_named_event) or self.text_search(history)
        )

    def sentence_search(self, pattern: re.Pattern[str] | Anchored | Finder, pos: int) -> bool:
        """True when `pattern` occurs in the sentence around `pos` (cached: linear on long posts)."""
        start, end = self.sentence(pos)
        key = (id(pattern), start)
        if key not in self._searches:
            if callable(pattern):
                self._searches[key] = pattern(self.text, start, end)
            else:
                self._searches[key] = self.search(pattern, start, end) is not None
        return self._searches[key]

    def text_search(self, pattern: re.Pattern[str] | Anchored | Finder) -> bool:
        """True when `pattern` occurs anywhere in the post (cached)."""
        key = (id(pattern), -1)
        if key not in self._searches:
            if callable(pattern):
                self._searches[key] = pattern(self.text, 0, len(self.text))
            else:
                self._searches[key] = self.search(pattern) is not None
        return self._searches[key]

    def once(self, compute: Callable[[Context], T]) -> T:
        """`compute(self)`, computed once per post: a post-wide result that a detector asks for
        per match, or that two detectors share."""
        key = id(compute)
        if key not in self._once:
            self._once[key] = compute(self)
        return self._once[key]

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Cheap test on the lower-cased post: is one of these strings in it? (cached: a detector
        may ask once per phone number of a long post)"""
        key = (id(words), -3)
        if key not in self._searches:
            self._searches[key] = any(map(self.low.__contains__, words))
        return self._searches[key]

    def names_no_one_else(self, pos: int) -> bool:
        """True when the sentence around `pos` names no patient and no third person ("she", "il")."""
        return not (
            self.sentence_search(PATIENT_REF, pos) or self.sentence_search(THIRD_PERSON, pos)
        )

    def own_life(self, pos: int) -> bool:
        """True when the sentence around `pos` is about the author's own life and names no one else
        but the author's family ("ma fille", or "she" in a post with no case: "my nan turned 96
        in Sligo and she's still sharp")."""
        own_age = self.sentence_search(OWN_AGE_TODAY, pos)
        if not (own_age or self.sentence_search(OWN_LIFE, pos)):
            return False
        if not self.is_case():
            return True
        relative = self.sentence_search(MY_RELATIVE, pos) or self.sentence_search(MY_PET, pos)
        if not (own_age or relative or self.sentence_search(_own_life_unquoted, pos)):
            return False  # a patient's words quoted in a case: « (« mon 20e anniversaire ! ») »
        if relative and self.sentence_search(_AUTHORS_CHILDHOOD, pos):
            return True  # "my grandad died of pneumoconiosis when I was 8": family history
        if relative and (self.text_search(CARE_EVENT) or self.sentence_search(case_ending, pos)):
            # "Mon fils Lucas a été opéré d'un kyste à Robert-Debré"; "my grandma is 91 ... Is
            # surgery worth it?" (the care may come in another sentence): the patient
            return False
        if not relative and self.sentence_search(THIRD_PERSON, pos):
            return False  # (but "Ma fille a eu 8 ans hier, et elle a...": "elle" is the child)
        if not self.sentence_search(PATIENT_REF, pos):
            return True
        # the author's own child in a sentence with no case ("premier jour d'école pour ma fille"),
        # the family gathered ("toute la famille était là"): no one else
        start, end = self.sentence(pos)
        key = (-2, start)  # (cached per sentence: a long post stays linear)
        if key not in self._searches:
            no_case = not (
                self.sentence_search(CARE_EVENT, pos) or self.sentence_search(case_ending, pos)
            )
            self._searches[key] = all(
                (no_case and _MY_BEFORE.search(self.text, max(0, m.start() - 6), m.start()))
                or m.group().lower() in ("family", "famille")
                # (a word in someone's quoted words: 'said I'm "still a baby pathologist"')
                or quoted(self.text, m.start())
                for m in self.finditer(PATIENT_REF, start, end)
            )
        return self._searches[key]

    def signed_off(self, pos: int) -> bool:
        """True when `pos` is in the author's sign-off at the end of the post."""
        if len(self.text) - pos > 100:
            return False  # (a bounded search: a long post stays linear)
        sign_off = _SIGN_OFF.search(self.text, max(0, pos - 100))
        return sign_off is not None and sign_off.start() <= pos

    def is_case_outside(self, pos: int) -> bool:
        """True when a sentence other than the one around `pos` talks about a patient or a case."""
        start, end = self.sentence(pos)
        return (
            self.search(CASE_WORDS, 0, start) is not None
            or self.search(CASE_WORDS, end) is not None
            or case_ending(self.text, 0, start)
            or case_ending(self.text, end, len(self.text))
        )

    def is_case(self) -> bool:
        """True when the post talks about a patient or a case at all."""
        return self.text_search(CASE_WORDS) or self.text_search(case_ending)

    def is_protected(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps an allow-listed span (DOI, score, stage...)."""
        # Protected spans are merged and sorted: only the first one ending after `start` matters.
        i = bisect_right(self._protected_ends, start)
        return i < len(self.protected) and self.protected[i][0] < end

    def before(self, pattern: re.Pattern[str], pos: int, width: int = 40) -> re.Match[str] | None:
        """`pattern` in the `width` characters before `pos` (searched in place, so a word cut by
        the window does not count: "...phone number" has no "ne" in it)."""
        return pattern.search(self.text, max(0, pos - width), pos)
