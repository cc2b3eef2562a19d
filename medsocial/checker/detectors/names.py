"""NAME: patients and relatives, by title, initials, name lexicons, context and hashtags."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from medsocial.checker.context import (
    AGE_SEX,
    DATE_THEN_SPECIMEN,
    DESCRIBED_PERSON,
    FICTION,
    LAB_ROLES,
    MADE_UP,
    MY_RELATIVE,
    NAMEABLE_THINGS,
    NAMED_OBJECT,
    OFF_TOPIC,
    PATIENT_AGE,
    PATIENT_REF,
    PUBLIC_NEWS,
    RELATIVE_WORDS,
    RELATIVES,
    SELF_INTRO,
    STAFF_AFTER,
    STORY_WORDS,
    Context,
    history,
    quoted,
)
from medsocial.checker.detectors.base import DISTRICT_WORDS, WEEKDAYS_EN, WEEKDAYS_FR, Hit, SpanSet
from medsocial.checker.lexicons import allow_terms, common_words, first_names, fold, surnames, towns
from medsocial.checker.scan import Anchored

# (with the Latin Extended-A letters of Polish, Turkish, Romanian, Czech names: "Yılmaz", "Łukasz")
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]  # Latin Extended-A: "Ōtsuka", "Łukasz"
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
_LOW = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())
_WORD = rf"[{_UP}{_LOW}](?:[{_UP}{_LOW}]|['-](?=[{_UP}{_LOW}]))*"
_TOKEN = re.compile(_WORD)
_CAP = re.compile(
    rf"[{_UP}][{_LOW}]+(?:['-][{_UP}]?[{_LOW}]+)*|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*|(?:Mc|Mac|O'|D'|d')[{_UP}][{_LOW}]+"
)

# (a full stop only after an abbreviation: "a real doctor. Happy birthday" ends a sentence)
_TITLE = (
    r"(?:(?i:madame|mademoiselle|monsieur|miss|mister|mevrouw|meneer|se[ñn]ora|se[ñn]or)|(?i:mme|mlle|mmes|mrs|mr|ms|mx)\.?|M\.|MM\.|(?:Smt|Shri|Sri|Kum)\.?|"
    # Dutch, Spanish, German and Malay ones: "Mevr. De Smet", "Dhr. Peeters", "Sra. López", "Herr
    # Brunner", "Puan Nurul Ain"
    r"(?:Mevr|Dhr|Mw|Sra|Srta)\.?|Herr|Hr\.|Frau|Puan|Encik|"
    # ... and Italian ones: "Sig.ra Benedetta Lo Russo", "Sig. Esposito", "Signora Bianchi"
    r"Sig\.(?:ra|na)?|(?i:signora|signorina|signor)|"
    # old abbreviated first names, as on a handwritten form: "Wm. Featherstonehaugh", "Thos. Hale"
    r"(?:Wm|Chas|Thos|Jas|Jno|Robt|Saml|Benj|Edw|Richd|Geo)\.|"
    r"(?i:docteur|doctor|professeur|professor)|(?i:dr|pr|prof)\.?)"
)
_INITIAL = rf"[{_UP}]\.(?:\s?-?[{_UP}]\.)*"
_NAME_PART = rf"(?:{_INITIAL}|[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]{{2,}})?(?:(?!'s\b)['-][{_UP}]?[{_LOW}]+)*|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*|(?:Mc|Mac|O'|D')[{_UP}][{_LOW}]+|[{_UP}](?![\w.]))"
# Irish particles written apart: "Máire Ní Fhlatharta", "Seán Ó Briain", "Nic Dhonnchadha".
_IRISH_PARTICLES = r"N[íi]|Nic|Mhic|[ÓO]|U[íi]"
_PARTICLE = (
    r"(?:(?:de\s+la|de|du|des|d'|le|la|van\s+der|van|von|der|den|di|da|del|della|dos|ben|el|al|Mac|"
    rf"{_IRISH_PARTICLES})\s*)"
)
# (« Mme Vandenbroucke du CHU de Liège »: her hospital, not the rest of her name)
_HOSPITAL_ACRONYM = r"(?:CHU\w*|CHR\w*|CH|CHI|GHU?|CLCC|HCL|AP-H[PM]|HUG|HUS|CUSM)\b"
_TITLED = Anchored(
    rf"(?<![\w@#])({_TITLE})\s+({_PARTICLE}?(?:{_NAME_PART})(?:[\s-]+(?:{_PARTICLE}(?!{_HOSPITAL_ACRONYM}))?(?:{_NAME_PART}))?)"
)
# "Pt K.", "Patient R. Thompson", "pt Amara Osei", "paitent Jonh Smoth", "baby of O'Sullivan":
# "patient" used as a title.
_PATIENT_TITLED = Anchored(
    # (a full stop only after "Pt.": "not a real patient. Oncocytes..." ends a sentence)
    rf"(?<![\w@#])(?:(?:[Pp](?:atient|ateint|aitent|atinet)e?|[Bb]aby\s+(?:[Gg]irl|[Bb]oy|of)|[Bb][ée]b[ée]):?|(?:[Pp]te?|PT)\.?:?)\s+"
    # ("pt was Rosalind Achterberg": a first name and a surname after "was", checked in `detect`)
    r"(?P<was>(?:was|is|est|était)\s+)?"
    rf"({_INITIAL}(?:\s?{_NAME_PART})?|{_NAME_PART}(?:\s+{_NAME_PART})?)(?![\w-]|['’]\w)(?!\s+[{_UP}])"
)
# The words of a dummy record's name: "TEST PATIENT", "Test Dummy", « patient fictif ».
_PLACEHOLDER_WORDS = frozenset({"test", "patient", "patiente", "dummy", "doe", "fictif", "fictive",
                                "example", "exemple", "sample", "training"})  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")


def _placeholder(word: str) -> bool:
    """Word of a dummy record's name ("ZZTEST": labs prefix test records with ZZ)."""
    return fold(word).lstrip("z") in _PLACEHOLDER_WORDS


def _anonymised(name: str) -> bool:
    """A name already replaced by a letter: "Mme X", "Patient X, 60s"."""
    return fold(name.split()[0]) in {"x", "y", "z", "xx", "xxx", "zero", "zéro"}


_WHOSE_ANSWER = re.compile(
    rf"(?:^|\n|:[ \t]+)([{_UP}][{_LOW}'’-]{{2,}}|[{_UP}]{{3,}})['’]s(?=[ \t]*(?:[,.!?\n]|$))", re.M
)
_QUOTED_WORD = re.compile(rf"[«\"“‘]\s*([{_UP}][{_UP}{_LOW}'’-]{{4,}})\s*[»\"”’]")


def _one_edit(a: str, b: str) -> bool:
    """True when `a` is `b` or `b` with one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Authors listed by surname and initial, before an "M." that is one more initial.
_AUTHOR_LIST_BEFORE = re.compile(rf"[{_UP}][{_LOW}]+ [{_UP}]\.?, [{_UP}][{_LOW}]+ $")
_CHILD_NOUNS = frozenset({"girl", "boy", "lad", "baby", "kid"})
# Indian records name a patient by a relative: "Ramesh Kumar S/O Suresh Kumar" (son, daughter,
# wife of; "C/O": in the care of). Both names identify.
_RELATION_CODE = re.compile(
    rf"[SDWCsdwc]/[Oo](?<![\w/][SDWCsdwc]/[Oo])\s+([{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+){{0,2}})"
)
_NAME_BEFORE_CODE = re.compile(
    rf"(?<!\w)(?<!\w['’])([{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+){{0,2}})\s+$"
)
# A maiden name: "Mrs Lozano, née Ferreira", "Mme Guivarc'h née Le Bihan".
_MAIDEN = Anchored(rf"(?<![\w@#])(?i:n[ée]e)\s+({_PARTICLE}?{_NAME_PART}(?:[\s-]+{_NAME_PART})?)")
# "The McAllister family", "the whole Quinlan family", "la famille Le Goff", "the Hendry twins", "the Brennan girl": a surname
# naming a family or its child.
_FAMILY = Anchored(
    rf"(?i:\bthe\s+(?:(?:whole|entire|wider|extended)\s+)?)([{_UP}][{_LOW}]*(?:[{_UP}][{_LOW}]+)?(?:['-][{_UP}]?[{_LOW}]+)*)\s+(?i:family|twins|triplets|brothers|sisters|girl|boy|lad|baby|kid)\b"
    rf"|(?i:\b(?:(?:la\s+)?famille|(?:le|du|au)\s+couple|les\s+[ée]poux|les\s+jumeaux|les\s+jumelles|les\s+fr[eè]res))\s+({_PARTICLE}?{_NAME_PART})"
    # "the family of Bryn Lloyd-Evans", "la famille de Mme X": whose family
    rf"|(?i:\b(?:family|families|relatives|widow|widower|next\s+of\s+kin)\s+of|\bproches\s+de|\bfamille\s+de)\s+"
    rf"({_PARTICLE}?{_NAME_PART}(?:[\s-]+{_NAME_PART})?)"
    # "Family (the Pettigrews)", « la famille, les Lemarchand, »: the family by its surname
    rf"|(?i:\b(?:family|famille))\s*[(,:]\s*(?i:the|les)\s+({_NAME_PART})"
)
# A name after a family title, "Uncle Kofi", "Granny Ngata", "Papy Jojo", "Little Oscar": a
# relative or a child, known name or not. (An ordinary word counts after a kinship word,
# "Aunty Grace", not after "little" or "baby": "Little Venice", "Baby Shark".)
# (Filipino kin titles too: "Tita Luzviminda", "Lolo Bayani")
_KIN_TITLES = ("uncle", "aunt", "aunty", "auntie", "nanna", "nana", "nan", "granny", "gran",
               "maman", "dad", "mum", "mom", "grandma", "grandpa", "grandad", "nonna", "nonno",
               "mamie", "papy", "papi", "pépé", "mémé", "mémère", "pépère", "tonton", "tata",
               "tatie", "tati", "tante", "oncle", "tita", "tito", "lolo", "kuya", "manang", "manong",
               "papa")  # fmt: skip
_CHILD_TITLES = ("little", "baby", "petit", "petite", "bébé", "baby girl", "baby boy", "bébé fille",
                 "bébé garçon")  # fmt: skip
# Honorifics before a name: "Chief Adeyemi", "Alhaji Bello" (not before a word: "Chief Executive").
# (and Brazilian and Polish ones: "Seu Jurandir", "Dona Francisca", "pani Nowak")
_HONORIFICS = ("chief", "alhaji", "alhaja", "pastor", "deacon", "elder", "madam", "mama", "baba",
               "seu", "dona", "pani")  # fmt: skip
_KIN_NAME = Anchored(
    rf"\b(?i:({'|'.join(_KIN_TITLES)})|{'|'.join(_CHILD_TITLES + _HONORIFICS)})\s+"
    rf"(?!No[ëe]l\b)((?:O'|D'|N')?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
    # (and the names after it: "papa Gérard Vuillemin", "la petite Ngo Bassa Clarisse")
    rf"(?:[ ](?:[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)){{0,2}})(?![\w-])"
)
# A doctor spoken to is a colleague: "Dr Morel, je vous aime bien", "Dr Hale, please stop calling".
_ADDRESSED = re.compile(
    r"(?i)\s*,\s*(?:je\s+vous|vous\s+(?:[eê]tes|avez|pouvez|savez)|you\s+(?:are|know|can|have)|please|"
    r"s'il\s+vous\s+pla[iî]t|svp|I\s+love\s+you)\b"
)
_AFTER_COMMA = re.compile(r"[,—–-]\s*$")
_POST_END = re.compile(r"[^\w]*\Z")  # (only emoji or punctuation left)
# A doctor in advice to the reader is anyone's: "If your requisition just says 'pt known to Dr
# Smith'...", « Si votre bon dit « patient connu du Dr Martin »... ».
_IF_YOUR = re.compile(
    r"(?i)\b(?:if|when(?:ever)?)\s+(?:your|you)\b|\b(?:si|quand)\s+(?:votre|vos|vous)\b"
)
# A doctor who is the patient: « du Dr Benali, notre ancien chef de service, hospitalisé chez nous »
_DOCTOR_AS_PATIENT = re.compile(
    r"(?i)\b(?:(?:hospitalis[ée]e?|admise?|op[ée]r[ée]e?)\s+(?:chez\s+nous|dans\s+(?:notre|le)\s+service)|"
    r"admitted\s+(?:to\s+our\s+\w+|under\s+us)|(?:is|now)\s+our\s+patient|notre\s+patiente?|"
    # the doctor's own specimen: « biopsie hépatique du Dr X », "the biopsy of Dr Y"
    r"(?:biopsie|pi[eè]ce|frottis|ponction)(?:\s+\w+)?\s+du\s+(?:Dr|Pr|docteur|professeur)|biopsy\s+of\s+(?:Dr|Prof))\b"
)
# A name before an Indian honorific, in a case: "slide of Pinky ji", "Ramesh bhai's biopsy" (not
# the honorific words themselves: "Sir ji", "Guru ji").
_HONORIFICS_AFTER = ("ji", "jee", "sahib", "saab", "bhai", "didi", "behen")
_HONORIFIC_GATE = tuple(f" {word}" for word in _HONORIFICS_AFTER)  # (a cheap test of the post)
_NAME_THEN_HONORIFIC = re.compile(
    rf"(?<![\w@#])(?!(?:Sir|Guru|Babu|Baba|Swami|Bapu|Mata|Pita|Didi|Bhai)\b)([{_UP}][{_LOW}]+)"
    rf"\s(?:{'|'.join(_HONORIFICS_AFTER)})\b"
)
# Words of support to someone named in lower case: "Courage à lulu", "prayers for tommy".
_SUPPORTED = Anchored(
    rf"(?i:\b(?:courage|force|pens[ée]es|prayers|love|hugs)\s+(?:[àa]|pour|for|to)\s+)([{_LOW}][{_LOW}-]+)\b"
)
# "Kevin's twin brother", "Priya's husband": a name owning a relative.
_OWNS_RELATIVE = Anchored(
    # (initials own them too: "signed out t.r.'s appendix")
    # (a first name in lower case too, checked in `detect`: "sarah's nan")
    rf"(?<![\w.])([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|[a-zA-Z]\.[a-zA-Z]\.(?:[a-zA-Z]\.)?|[a-z]{{3,}})['’]s\s+"
    r"(?:[a-z]+\s+)?(?:twin|brother|sister|mother|mum|mom|father|dad|wife|husband|son|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|"
    r"auntie|aunt|uncle|"
    r"daughter|partner|girlfriend|boyfriend|fianc[ée]e?|parents|family|grandmother|grandfather|"
    r"grandson|granddaughter|widow|widower|baby|kids|children|"
    # ... or a specimen, a report or an organ of hers: "Aoife's thyroid FNA", "Tom's biopsy"
    r"biopsy|bx|FNA|slides?|results?|report|scan|MRI|CT|specimen|resection|smear|bloods|tumou?r|"
    r"thyroid|breast|skin|liver|kidney|lung|brain|marrow|node|lymph\s+node|colon|prostate|placenta|case|"
    r"gallbladder|appendix|uterus|ovary|ovaries|spleen|pancreas|stomach|bowel|bladder|cervix|tonsils?|"
    r"mole|lump|polyp|nodule|cyst|recovery|treatment|chemo|journey|fight|battle|funeral|"
    r"frozen|block|pot|sample|request|form|file|notes|chart|autopsy|PM|post-mortem|"
    r"delivery|birth|labou?r|pregnancy|miscarriage|c-section|surgery|operation|"
    r"\w+om(?:a|e)s?)\b(?!\s+(?:cancer\s+)?(?:screening|programme|program|registry))"  # not "Ireland's bowel cancer screening"
)
# "Guillemette Le Floch, pte du...", "Tom Hale, patient of...": a name in apposition to "patient".
_BEFORE_PATIENT = re.compile(
    rf"([{_UP}](?<![\w@#-][{_UP}])[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:[\s-]{_PARTICLE}?[{_UP}][{_LOW}]+){{1,2}})\s*,\s*"
    r"(?i:pte?|patiente?|pt|DOB|DDN|n[ée]e?\s+le|born|date\s+of\s+birth)\b"
    # ... or a record number in brackets or the next field after a bar: "Rangi Te Whatu (NHI
    # ZAB1234)", "MRN 00738815 | DeShawn Whitfield | DOB 4/17/1988"
    rf"|([{_UP}](?<![\w@#-][{_UP}])[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:\s{_PARTICLE}?[{_UP}][{_LOW}]+){{1,2}})"
    r"(?:\s*\(\s*|\s+\|\s+)(?:MRN|NHI|NHS|IPP|NDA|DOB|DDN|UR)\b"
    # ... or one word before a record number's label, as in notes: '"Hollis, MRN 00-771-5302"'
    # (the whole name: not the last word of a longer one)
    rf"|(?<![\w.] )([{_UP}](?<![\w@#'’-][{_UP}])[{_LOW}]{{2,}}),\s*(?:MRN|NHI|NHS|IPP|NDA|DOB|DDN)\b"
)
# A surname's particle between a first name and the surname: "youssef ben salah", "jan van dijk"
# (not "de", "la": « Marie de Rennes » is a place's).
_SURNAME_PARTICLES = ("el", "al", "ben", "bin", "ibn", "ould", "abu", "van", "von", "da", "di", "dos", "das", "del")  # fmt: skip
_PARTICLE_WORDS = f"(?:{'|'.join(_SURNAME_PARTICLES)})"
# "pt jakub nowak 57M", "patiente josiane perrot, 71 ans": two lower-case words between "patient"
# and an age are a name even when the lexicons do not know them.
_PATIENT_LOWER_PAIR = Anchored(
    rf"(?i:\b(?:pte?|patiente?)\s+(?P<is>(?:is|est|:)\s+)?)((?-i:[{_LOW}]+)(?:['-](?-i:[{_LOW}]+))?\s+(?:{_PARTICLE_WORDS}\s+)?(?-i:[{_LOW}]+)(?:['-](?-i:[{_LOW}]+))?)"
    # (the room or a bracket after it: "pt jonh smiht (sorry on phone) in rm 402"; tried before
    # the conditional, which matches an empty string when there is no "is")
    r"(?=\s*,?\s*\d{1,3}\s*(?:[MFH]\b|ans\b|yo\b|y/o|years?\b|,)"
    r"|(?P<where>\s*\(|\s+(?:in|en|au)\s+(?:rm|room|bed|lit|chambre|box)\b)|(?(is)\s*[,.;:!?)]))"
)
# A name given as such: "deux pots au nom de MARTINEZ", "surname Okonkwo", "nom : Le Bris",
# "pt's name Fitzgerald", "the name Hollis Grant readable at full zoom", "slide and form both say
# Maguire".
_NAMED_AS = Anchored(
    rf"(?i:\b(?:au\s+nom\s+de|surname|family\s+name|(?:(?:label|tube|pot|form|req|requisition|request|container|LIS|cassette|bag|wristband|sticker|tag|bon|[ée]tiquette|demande|profile|profil|bio|badge)(?:\s*:)?|both|(?:slide|form|label|tube|pot)s)\s+(?:(?:just|only|still|clearly)\s+)?(?:says|say|said|reads|read|indique|dit|porte)\s*[\"“«']?|(?:(?:pte?|patiente?)['’]s|his|her|whose)\s+name(?:\s+(?:is|was)(?:\s+(?:literally|actually|really))?)?\s*:?|labell?ed(?:\s+(?:as|only|just))?|labels?\s+(?:a|the|this|that|my|our)\s+(?:specimen|pot|tube|sample|slide|block|request)\s+(?:just|only|as|with)?\s*|[ée]tiquet[ée]e?s?|nom\s+de\s+famille|patronyme|nom\s*:|name\s*:|(?<=,\s)name(?=\s+(?-i:[{_UP}]))|(?<=\bthe\s)name(?=\s+(?-i:[{_UP}]))|(?<=\ble\s)nom(?=\s+(?-i:[{_UP}]))|"
    r"(?:le\s+)?nom\s+du\s+patient,?|(?:le\s+)?nom\s+de\s+la\s+patiente,?|name\s+of\s+the\s+patient,?)\s*[\"“«'‘(]?\s*)"
    # ("patient's name (Ekwueme, Chidinma)": surname, then first name; a quoted name in lower
    # case: 'labelled only "kevin - L testis"', known names only, checked in `detect`)
    rf"({_PARTICLE}?{_NAME_PART}(?:,?[\s-]+{_NAME_PART})?|(?<=[\"“«'‘])(?-i:[{_LOW}]{{3,}})(?=[\s\"”»'’]))"
)
_NAME_WORD = re.compile(r"(?i)\bnom\b|name\b")
# A known name in a terse note, right before the age: « biopsie rectale morvan 47a adk »,
# "marrow dorothy 93F" (checked in `detect`: known names only, in a case post).
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![\w@#/.'’-])([{_UP}{_LOW}][{_LOW}'’-]{{2,}})\s+(?=(?:[1-9]\d|1[01]\d)\s?(?:a|ans|yo|y/?o|[MFHmfh])\b)"
)
# The author's own story: "my novel's pathologist", « dans mon roman » (its people are made up).
_OWN_FICTION = re.compile(
    r"(?i)\b(?:my|mon|ma)\s+(?:novel|roman|book|livre|short\s+story|nouvelle|screenplay|sc[ée]nario|script)"
)
# A known name in quotes on a container: « le pot vert « Morel » », 'the jar "HANNIGAN"' (not
# « le pot « Formol » »: known first names and surnames only, checked in `detect`).
_ON_CONTAINER = Anchored(
    rf"(?i:\b(?:pot|tube|flacon|bocal|jar|container|bag|sac)(?:\s+(?-i:[{_LOW}]+))?\s*[«\"“]\s*)"
    rf"([{_UP}][{_LOW}'’-]+|[{_UP}]{{3,}})(?=\s*[»\"”])"
)
_NAME_IS = re.compile(r"(?i)\bname\s+(?:is|was)\b")
# A name written after a label on a form or a body bag, in any case: « patient : josiane »,
# "Deceased: Kev", "dossier de jean-luc", "the file of niamh", "every chart for jenny mcallister"
# (checked in `detect`; a surname after the first name is taken with it).
_LABEL_NAME = Anchored(
    rf"(?i:\b(?:(?P<colon>patiente?|pte?|deceased|d[ée]funte?|d[ée]c[ée]d[ée]e?|nom|name)\s*:\s*|"
    rf"\b(?:dossier|fiche|file|chart|notes)\s+(?:de|d'|of|for)\s*))({_WORD})(?:\s+(?P<family>{_WORD}))?"
)
# A case or a file known by the patient's surname: "the Gallagher case", "le dossier Vasseur",
# "le cas Kerbrat" (not an eponym, a town or an acronym: checked in `detect`).
_CASE_OF_NAME = Anchored(
    rf"(?i:\bthe\s+)(?-i:([{_UP}][{_LOW}'’-]{{2,}}))\s+(?i:case|file|chart|notes)\b"
    # ... or by a specimen: "it's the Okonkwo skin bx" (a known surname: checked in `detect`)
    rf"|(?i:\bthe\s+)(?-i:(?P<specimen>[{_UP}][{_LOW}'’-]{{2,}}))\s+(?:[a-z]+\s+)?(?i:bx|biops(?:y|ies)|specimen|resection|slides)\b"
    rf"|(?i:\b(?:dossier|cas)\s+)(?-i:([{_UP}][{_LOW}'’-]{{2,}}))"
)
# Other spellings of a name just given: "Mme Le Corre (ou Le Core ? ou Lecorre ?)".
# (in lower case too, right after a name found: "kowalsky (or kowalski?")
_SPELLING_VARIANT = Anchored(
    rf"(?i:\b(?:ou|or))\s+({_NAME_PART}(?:\s+{_NAME_PART})?|(?-i:[{_LOW}]{{3,}}))\s*\?"
)
# A name in lower case after "pt name": "pt name kowalsky (or...", "patient name: dubois".
_PT_NAME_LOWER = Anchored(
    rf"(?i:\b(?:pte?|patiente?)(?:['’]s)?\s+name\s*(?:is\s+|was\s+|:\s*)?)"
    # (not a word in between: "name is literally Hope")
    r"(?!(?:literally|actually|really|just|only|still|not)\b)"
    rf"((?-i:[{_LOW}][{_LOW}'’-]{{2,}}))"
)
# "Surname, Firstname" opening a line, as on a request form: "Okonkwo, Chinedu — 57 y/o",
# "BROWNLEE, MARGARET — wrong block".
# (the capital first: a fast scan; the line start before it is checked in `detect`)
_SURNAME_FIRST = re.compile(
    rf"([{_UP}][{_LOW}'’-]+|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?),[ \t]+([{_UP}][{_LOW}'’-]+|[{_UP}]{{2,}})"
    r"(?=[ \t]*(?:-|,|\(|\d))"
)
# A nickname in quotes after a first name: 'Paddy "the Pipe"'.
_QUOTED_NICKNAME = re.compile(rf"([{_UP}][{_LOW}]+)\s+[\"“]the\s+[{_UP}][{_LOW}]+[\"”]")
# A nickname explained in brackets: "Jo (le surnom de Joëlle)", "Bex (short for Rebecca)".
_NICKNAME = Anchored(
    r"\((?i:\s*(?:(?:le|son|sa|her|his)\s+)?(?:surnom|diminutif|petit\s+nom)\s+(?:de\s+|d')|\s*(?:short|nickname)\s+for\s+)"
    rf"({_NAME_PART})"
)
# A nickname in quotes: « dite « la Duchesse » », « que tout le service appelle « la Comtesse » »,
# 'known as "the Professor"'.
_QUOTED_NICKNAME_AFTER = Anchored(
    # (not what "we" say: « on dit « la patho » »)
    r"(?i:\b(?<!\bon\s)(?:dite?|surnomm[ée]e?|appel(?:le|lent|ait|aient)|alias|aka|a\.k\.a\.|known\s+as|called|calls?(?:\s+(?:him|her))?|nicknamed|knows|know|conna[iî]t|connaissent))\s*"
    # (a name and its epithet: « Dédé la Fusée »)
    rf"[«“\"]\s*((?:(?i:la|le|l'|the)\s+)?(?-i:[{_UP}])[{_LOW}'’-]{{2,}}(?:\s+(?:(?:la|le|the)\s+)?(?-i:[{_UP}])[{_LOW}'’-]+)?"
    # ... or a nickname in lower case after its article: « la princesse du 3e »
    rf"|(?i:la|le|l'|the)\s+[{_LOW}'’-]{{3,}}(?:\s+[\w'’-]+){{0,2}})\s*[»”\"]"
    # a patient's nickname in quotes: "Mon patient « Dédé »", 'my patient "Smiley"'
    rf"|(?i:\b(?:mon|ma|my|our|notre)\s+(?:patiente?|pt))\s*[«“\"]\s*((?-i:[{_UP}{_LOW}])[{_LOW}'’-]{{2,}}(?:\s[{_LOW}'’-]{{2,}})?)\s*[»”\"]"
)
# A patient's handle: its first part written elsewhere as a word is their name ("hi kwame",
# "@kwame.a.mensah").
_HANDLE_FIRST_PART = re.compile(r"(?<![\w@])@([a-z]{3,})[._]")
# A name followed by a missing surname: "Gaz (no surname)", "bébert (nom inconnu)".
_NO_SURNAME = Anchored(
    r"(?i)\((?:no\s+surname|no\s+last\s+name|(?:sur|last\s+)name\s+(?:unknown|not\s+known)|"
    r"nom\s+(?:de\s+famille\s+)?inconnu|sans\s+nom(?:\s+de\s+famille)?)\)"
)
_WORD_BEFORE = re.compile(rf"({_WORD})\s*$")
_FORM_FIELD_END = re.compile(r"\s*(?:[,;)\"»”(]|$)")
# A name in a file name: "jim_obrien_PM_report_FINAL_v2.docx", "dupont_marie.pdf", "Nowak_K_blk2.svs",
# "frozen_DUPUIS_Marc_120325.svs": two neighbouring parts of its stem (checked in `_file_name`).
_FILE_NAME = re.compile(
    r"(?<![\w.-])[\w'’.+-]{3,80}?(?=\.(?:docx?|pdf|xlsx?|jpe?g|png|tiff?|svs|ndpi|txt|pptx?|csv|zip|heic)\b)"
)
_FILE_PART = re.compile(r"[^_.\s-]+")
# (with the capital inside Irish and Scottish names: "OBrien", "McKenna")
_NAME_PART_IN_FILE = re.compile(r"[A-Za-z][a-z'’]*|[A-Z]+|(?:Mc|Mac|O|D)[A-Z][a-z'’]+")
# A doctor named with whom the author worked: "stage avec le Pr Traoré", "with Prof Mensah", "our
# Dr Walsh".
_WORKED_WITH = re.compile(
    r"(?i)\b(?:avec|with|alongside|under|aupr[eè]s\s+d[eu]|sous\s+la\s+direction\s+d[eu])\s+(?:(?:le|la|the)\s+)?$"
    r"|\b(?:our|notre|nos)\s+$"
    # ... or who stands in for the author: « remplacement assuré par le Dr », "cover arranged with Dr"
    r"|\b(?:remplac(?:ement|[ée]e?)(?:\s+assur[ée])?|cover(?:ed)?(?:\s+arranged)?)\s+(?:par|by|with)\s+(?:(?:le|la|the)\s+)?$"
    # ... or who founded the department: "Founded in 1976 by the late Prof. Adebayo", « créé par le Pr »
    r"|\b(?:founded|set\s+up|established|started|fond[ée]e?|cr[ée]{2}e?)\s+(?:(?:in|en)\s+\d{4}\s+)?(?:by|par)\s+(?:(?:le|la|the)\s+)?(?:late\s+|regrett[ée]e?\s+|d[ée]funte?\s+)?$"
)
# The next doctor of a list: "with Dr Liam O'Brien and Dr Fatima Sheikh" (a colleague each).
_AND_NEXT = re.compile(r"(?i)\s*(?:,|and|et|&|,\s*and)\s*(?:(?:le|la|the)\s+)?$")
# A Scottish or Irish surname shape after a capitalised word: "Eilidh MacLeod", "Siobhan O'Neill",
# "Máire Ní Fhlatharta", "Seán Ó Briain".
_GAELIC_PAIR = re.compile(
    rf"([{_UP}](?<![\w@#-][{_UP}])[{_LOW}]+)\s+(?:Mac|Mc|O['’]|(?:{_IRISH_PARTICLES})\s+)[{_UP}][{_LOW}]+"
)
# Cheap tests before `_BEFORE_PATIENT` and `_GAELIC_PAIR` run: a comma, bracket or bar before "pt",
# "DOB", "MRN"...; a Gaelic particle.
_BEFORE_PATIENT_GATE = (", p", ",p", ", dob", ", ddn", ", n", ", b", ", d", ", mrn", ", ipp", "(mrn", "(nhi", "(nhs",
                        "(ipp", "(nda", "(dob", "(ur", "| dob", "| mrn", "| nhs")  # fmt: skip
_GAELIC_GATE = (" mac", " mc", " o'", " o’", " ní ", " ni ", " nic ", " mhic ", " ó ", " uí ")  # fmt: skip
# A speaker in a pasted chat: "[09:14] Priya:", "[14:02] Dr Mehta :".
_CHAT_TIME_BEFORE = re.compile(rf"\[\d{{1,2}}[:h]\d{{2}}\]\s*(?:{_TITLE}\s+)?$")
_CHAT_COLON = re.compile(r"\s?:")
# Lower-case "first last" before an age: "jim mcallister, 61", "marie-claude fontaine, 58 ans".
_AGE_AFTER = re.compile(
    r"\s*(?:[,(]\s*\d{1,3}\b|\d{1,3}\s*(?:[MFH]\b|ans\b|yo\b|y/o|years?\b)"
    r"|,\s*[a-z]+(?:-[a-z]+)?\s+(?:years?\s+old|ans)\b)"
)
_PATIENT_FROM = re.compile(
    r"(?i)\b(?:pte?|patiente?|homme|femme|enfant|gar[çc]on|fille|b[ée]b[ée]|man|woman|boy|girl|pt)\s+(?:de|d'|from)\s*$"
)
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:in|at|from|near|outside|[àa]|de|d'|du|au|aux|par|pr[eè]s\s+de|pass(?:ez|er|e|ant)\s+par|via|through)\s*$"
)
_MIDDLE_INITIAL = re.compile(rf" [{_UP}]\. ")
# A case called by its surname in a chat: "the Okonkwo one??" (a known surname, in a case or beside
# an age), "is that the Kowalski lung?" (an organ or a specimen: in any post).
_THE_SURNAME_CASE = re.compile(
    rf"\b[Tt]he\s+([{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?)\s+(?:(one|lady|baby)|case|biopsy|specimen|"
    r"resection|kidney|liver|lung|breast|colon|uterus|prostate|placenta|brain|heart|autopsy|PM|frozen)\b"
)
_SANTA_BEFORE = re.compile(r"(?i)\b(?:papa|p[èe]re)\s+$")
_TRAILING_INITIAL = re.compile(rf" [{_UP}]\.(?![\w.])(?!\s?[{_UP}][{_LOW}])")
# (or a record number: "re Mohammed Al-Sayegh, NHS number 943 ...")
_BORN_AFTER = re.compile(
    r"(?i)\s*[,(]?\s*(?:n[ée]e?|born|DOB|DDN|date\s+of\s+birth|NHS\s+(?:number|no)|MRN|IPP|NDA|hosp(?:ital)?\s+no)\b"
)
_TITLED_LOWER = Anchored(
    # (past an initial: "mr s. kowalczyk")
    rf"(?i)(?<![\w@#])(?:madame|monsieur|mme|mr|mrs|ms)\.?\s+(?:[a-z]\.\s?(?=\w{{3}}))?(?:(?:le|la|de|du|van|von|da|di)\s+(?=\w{{3}}))?({_WORD})"
)
# A lower-case initial and surname after "from", "chez": "from j. whitcombe", "chez m. poulain".
_LOWER_INITIAL = Anchored(
    r"(?i:\b(?:from|de|chez|for|pour|of|by|avec|with|patiente?|pte?)\s+)((?-i:[a-z])\.\s?(?-i:[a-z]{3,}(?:-[a-z]{3,})?))\b"
)
# A lower-case first name and an initial: "the requisition for bongani m." (the initial first: a
# fast scan; the first name before it is checked in `detect`).
_LOWER_THEN_INITIAL = re.compile(r" [a-z]\.(?![\w.])")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w@#.'’-])([a-zß-ÿ]{3,})$")
# ... or opening a line of a French case post: « m. giraud encore relu en RCP »
_LINE_START_MONSIEUR = re.compile(r"(?m)^(m\.\s?[a-zß-ÿ]{3,}(?:-[a-zß-ÿ]{3,})?)\b")
# A capital initial and an unknown surname after "for", "from", "chez": "slides for T. Mahlangu"
# (not after "by": "by J. Rosai" is a citation).
_CAP_INITIAL = Anchored(
    r"(?i:\b(?:from|de|chez|for|pour|of|avec|with|patiente?|pte?)\s+(?:(?:was|is|est|[ée]tait)\s+)?)"
    rf"((?-i:[{_UP}])\.\s?(?-i:[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?))\b(?!\s+et\s+al)"
)
# ... or listed between commas, as on a request: "Pleural fluid, R. Subramanian,", "dated
# 2025-10-07, R. Okonjo-Bello: MDS", "Addendum needed: K. O'Shaughnessy (dob 1/4/83)"
_LISTED_INITIAL = re.compile(
    rf"[,:] ([{_UP}]\.\s?((?:O['’])?[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?))"
    r"(?:,|:|\.(?=\s|$)|(?P<record>\s*\((?i:dob|ddn|n[ée]e?|born|MRN|NHS|IPP)\b))"
)
# ... or a first name and the initial of the surname, then where from or how old: "Chanda M. from
# Kitwe", « Aminata D., 34 ans »
_FIRST_THEN_INITIAL = re.compile(
    rf"(?<![\w@#.'’-])([{_UP}][{_LOW}]{{2,}}\s[{_UP}]\.)(?=\s+(?:from|of|de|du|d['’])\s*[{_UP}]|,\s*\d{{1,3}}\b)"
)
# (also in a post with no case: after a record number, "MRN 00734512, J. Whitfield.")
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:MRN|IPP|NDA|NHS\s+(?:no|number)|UHID|DOB|NHI)\b[\s:#.]*[\w/.-]+$"
)
# The sender of an e-mail pasted into the post: a closing, a name, their phone or address, and
# the post goes on ("'Kind regards,\nThandiwe Dube\n+27 82 555 0191'\nPlease don't forward...").
_CLOSINGS = ("regards", "best", "thank", "cordialement", "bien à", "bien a")
_PASTED_SIGNATURE = re.compile(
    rf"(?im)^\W?(?:kind\s+regards|regards|best\s+wishes|best|thanks|thank\s+you|cordialement|bien\s+[àa]\s+vous|"
    rf"bien\s+cordialement)\s*,?[ \t]*\n\W?((?-i:[{_UP}][{_LOW}]+)(?:[ -](?-i:[{_UP}][{_LOW}'’-]+)){{1,2}})[ \t]*\n"
    r"\W?(?:\+?\d[\d \t().-]{6,}|[\w.+-]+@[\w-]+\.[\w.]+)[^\n]*\n\s*\S"
)
# Initials given as such: "initials J.McK in the corner", « initiales R.O'D ».
_NAMED_INITIALS = Anchored(
    rf"(?i:\binitiale?s?\b)\s*:?\s*((?-i:[{_UP}])[{_UP}{_LOW}.'’]{{1,8}}(?<![.'’]))"
)
# Names side by side: "Keisha and Kiara", "Taiwo et Kehinde" (one of them found, the other capitalised).
_AND_NAME_AFTER = re.compile(rf"\s+(?:and|et|&)\s+([{_UP}][{_LOW}]{{2,}})\b")
_AND_NAME_BEFORE = re.compile(rf"(?<![\w'-])([{_UP}][{_LOW}]{{2,}})\s+(?:and|et|&)\s+$")
# Months written short, which are also first names, before a day: "until Jan 6".
# A thing with a person's name, in apposition: "Baby Lucy, our neonatal resus mannequin".
_OBJECT_AFTER = re.compile(
    rf"(?i),\s*(?:the|our|my|le|la|l'|notre|mon|ma)\s*(?:[\w-]+\s+){{0,3}}?(?:{NAMEABLE_THINGS})\b"
)
# Feasts that are also first names: alone (no surname, no "son mari" before) they are the feast.
_FEASTS = frozenset({"noel", "ascension"})
_MONTH_SHORT = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_DAY_AFTER = re.compile(r"\.?\s+(?:\d{1,2}|(?:19|20)\d\d)\b")  # "Jan 6", "Jan 2027"
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")  # "31 Jan"
# "open access until Jan.", "back in Feb": a preposition of time before the month
_MONTH_PREPOSITION = re.compile(
    r"(?i)\b(?:until|till|til|since|from|in|by|before|after|through|mid|early|late|end\s+of)\s+$"
)
# The second word of a district's name: "Moss Side".
_PLACE_AFTER_NAME = re.compile(rf" (?:{DISTRICT_WORDS})\b")
# A numbered list of patients by surname, each then a dash and a finding: "1) Rourke – Gleason 4+3".
_LIST_ITEM_NAME = re.compile(
    rf"(?m)^[ \t]*\d{{1,2}}[.)][ \t]+([{_UP}][\w'’-]+(?:[ \t][{_UP}][\w'’-]+)?)[ \t]+[–—-][ \t]"
)
# A first name greeted at the start, then told about their results: "Grace from the Tuesday clinic
# ... your Crohn's biopsies show mucosal healing", « Léa, tes résultats sont bons ».
_VOCATIVE = re.compile(
    rf"^([{_UP}][{_LOW}]+)\b[^.!?\n]{{0,90}}?\b(?:your|ta|tes|ton|vos|votre)\s+(?:[\w'’]+\s+){{0,2}}?"
    r"(?:biops\w*|results?|r[ée]sultats?|scans?|report|tumou?r|tumeur|bloods|slides?|lames?|pathology)\b"
)
# "du Lamentin", "de Rennes" ending a titled name (checked against the towns in `_is_town`).
_TOWN_AFTER_NAME = re.compile(rf"\s(?:du|de|d'|of)\s*([{_UP}][{_LOW}'’-]+)$")


def _is_town(word: str) -> bool:
    """A town's name, or a town whose name starts with "Le" ("Lamentin": Le Lamentin)."""
    key = fold(word)
    return key in towns() or f"le {key}" in towns()


# A specimen of someone named: « ganglion de Léa », « la biopsie de Yanis » (the French form of
# "Aoife's thyroid FNA").
_SPECIMEN_OF_NAME = Anchored(
    r"(?i:\b(?:ganglion|biopsie|lames?|pi[eè]ce|tumeur|frottis|pr[ée]l[eè]vement|extempo\w*|r[ée]sultats?|"
    rf"dossier|thyro[iï]de|sein|col[oô]n|appendice|v[ée]sicule|grain\s+de\s+beaut[ée])\s+(?:de|d')\s*"
    # ... or in English, in any case: "marrow on dorothy k today"
    rf"|\b(?:marrow|trephine|bx|biopsy|FNA|frozen|smear)\s+(?:on|of|for)\s+)((?-i:[{_UP}{_LOW}][{_LOW}]{{2,}}))\b"
)
# After a patient's first name: their age in brackets, or their consent to share.
_PATIENT_AFTER_NAME = re.compile(
    r"(?i)\s*\(\d{1,3}\)|\s+(?:said\s+it['’]s\s+(?:fine|ok|okay)|agreed|consented|gave\s+(?:me\s+|us\s+)?(?:consent|permission)|"
    r"is\s+happy\s+for\s+me|a\s+accept[ée]|m'a\s+autoris[ée]e?|nous\s+a\s+autoris[ée]s?)\b"
)
# A name in brackets right after a patient's age or town: "Our 7-year-old Burkitt from Ibadan (Tunde)".
_NAME_IN_BRACKETS = re.compile(rf"\(([{_UP}][{_LOW}]{{2,}})\)")
# Before two surnames: "for Pradeep" in "HPE for Pradeep Kumar Sharma".
_UNKNOWN_FIRST_BEFORE = re.compile(
    rf"(?i:\b(for|of|from|pte?|patiente?|chez|pour|de)\s+)((?-i:[{_UP}][{_LOW}]{{2,}}))\s+$"
)
# Twins named together: "the twins' slides: Taiwo and Kehinde", « les jumelles, Inès et Lina ».
_TWINS_NAMED = Anchored(
    rf"(?i:\b(?:twins?|jumeaux|jumelles?|triplets|tripl[ée]s)\b)[^.?\n]{{0,30}}?"
    # (a third name first, for triplets: "Ife, Ayo & Kemi")
    rf"(?<![\w'-])(?:((?-i:[{_UP}][{_LOW}]{{2,}})),\s+)?"
    rf"((?-i:[{_UP}][{_LOW}]{{2,}}))\s+(?i:and|et|&)\s+((?-i:[{_UP}][{_LOW}]{{2,}}))\b"
)
# A single lower-case name after "pt" and before the bed: "pt oluwaseun in bed C-12", "pt abdullahi (bed 7)",
# "pt dlamini, Ward C12".
_PT_LOWER_IN_BED = Anchored(
    r"(?i:\bpte?\s+)((?-i:[a-z]{3,}))(?=\s+(?:in|on|au|en|dans)\s+(?:bed|lit|room|chambre|ward)\b|\s*\(\s*(?:bed|lit|room|chambre)\b"
    r"|\s*,\s*(?i:bed|lit|room|chambre|ward|salle)\b)"
)
# ... or a capitalised name right before a room or bed: "Bill in room 312", « Dédé de la chambre 12 »
_NAME_BEFORE_ROOM = re.compile(
    rf"(?<![\w@#.'’-])([{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?)\s+"
    r"(?:(?:in|from)\s+(?:room|bed|bay|cubicle)|de\s+la\s+chambre|du\s+lit|du\s+box)\s+\d"
)
_ROOM_WORDS = ("room", "bed", "bay", "cubicle", "chambre", "lit", "box")
# Countries whose names are also first names (GeoNames countries that are in first_names.txt).
_COUNTRIES_NAMED_LIKE_PEOPLE = frozenset(
    {"chad", "france", "georgia", "india", "israel", "jordan", "montserrat", "oman"}
)
# ... but not a species: "from h. pylori gastritis", "de c. albicans".
_SPECIES = frozenset({
    "coli", "pylori", "aureus", "epidermidis", "albicans", "glabrata", "pneumoniae",
    "tuberculosis", "avium", "jirovecii", "difficile", "diff", "pallidum", "gondii",
    "vaginalis", "falciparum", "vivax", "mansoni", "haematobium", "neoformans", "fumigatus",
    "marneffei", "capsulatum", "dermatitidis", "immitis", "israelii", "monocytogenes",
    "aeruginosa", "faecalis", "pyogenes", "agalactiae", "typhi", "enterica", "trachomatis",
    "gonorrhoeae", "burgdorferi", "henselae", "quintana", "leprae", "marinum", "ulcerans",
    "whipplei", "granulomatis", "hominis", "intestinalis", "lamblia", "histolytica", "cruzi",
    "donovani", "vermicularis", "stercoralis", "lumbricoides", "solium", "saginata",
    "granulosus", "multilocularis", "spiralis", "hepatica", "japonicum", "sapiens", "musculus",
    "elegans", "melanogaster", "cerevisiae",
})  # fmt: skip
# "J.K.", "J. K.", "J.-P. D.", "M-C." (two initials or more); not U.S., U.K., A.M., N.B., e.g.
# An initial before a double-barrelled surname: "K. Oyelaran-Smith".
_INITIAL_DOUBLE_SURNAME = re.compile(
    rf"(?<![\w.])[{_UP}]\.\s?[{_UP}][{_LOW}]+-[{_UP}][{_LOW}]+(?![\w-])"
)
# ("R.O'N.": an Irish surname's initial keeps its O')
_INITIALS = Anchored(rf"(?<![\w.])[{_UP}](?:\.\s?-?|-)(?:O['’])?[{_UP}]\.(?:\s?[{_UP}]\.)*(?!\w)")
# A name spelled out letter by letter: "B-A-L-D-W-I-N", "K.E.V.I.N", "M A R T I N" (the same mark
# between letters; the joined letters are then looked up).
_SPELLED_OUT = re.compile(
    rf"[{_UP}](?<![\w.-][{_UP}])([-. ])[{_UP}](?:\1[{_UP}]){{2,}}\.?(?![\w-])"
)
# A compound first name's initials and a surname, all in lower case: « m-c. lemaître », "j.-p. roux"
# (or the surname's initial: « pt j.-m. b., 58a »).
_LOWER_COMPOUND_INITIALS = re.compile(
    r"[a-z](?<![\w.-][a-z])\.?-[a-z]\.\s?([a-zß-ÿ]{3,}(?:-[a-zß-ÿ]{3,})?\b|[a-z]\.(?!\w))"
)
_NOT_INITIALS = {
    "U.S.",
    "U.K.",
    "A.M.",
    "P.M.",
    "N.B.",
    "P.S.",
    "E.U.",
    "O.K.",
    "R.I.P.",
    "U.S.A.",
    "E.G.",
    "I.E.",
    "D.C.",
    "J.O.",
    "S.A.",
    "Q.I.",
    "C.V.",
    "B.A.",
    "D.O.B.",
}
# "JD, 47 ans", "Kwame Mensah, 47 years": a name-like token right before an age.
# (The capital comes before the lookbehind so that the regex engine can skip ahead.)
_BEFORE_AGE = re.compile(
    # (a middle initial too: "Horace P. Quilligan, 88")
    rf"([{_UP}](?<![\w@#-][{_UP}])(?:[{_LOW}]+(?:\s[{_UP}]\.)?(?:[\s-][{_UP}][{_LOW}]+)?|[{_UP}]{{1,2}}))\s*[,(]\s*(?:(?:an?|une?)\s+(?=\d{{1,3}}-year))?(?:\d{{1,3}}\s*(?:ans|an|years?|yo|y/o|-year|[MFH]\b|(?<=\d)a\b|(?P<bare>(?=[,;:)]|\.(?:\s|$))(?![,;:][ ]?\d{{3}}\b)))"
    # ... or in words: "Dmitri Volkov, fifty-five,", "Odile Marchal, soixante-deux ans"
    r"|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|vingt|trente|quarante|cinquante|"
    r"soixante|quatre-vingts?|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:-[a-z]+)*(?:\s*,|\s+(?:ans|years?)\b))"
)
# (a word that leads to a person, not "and Table (3)")
_PERSON_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?:for|pour|chez|with|avec|about|saw|met|called|named|vu|vue|appel[ée]e?)\s$"
)
_PAIR_AGE_SEX = re.compile(
    rf"(?<![\w@#'’-])([{_UP}{_LOW}][{_LOW}]+[ \t]+[{_UP}{_LOW}][{_LOW}]+)[ \t]+\d{{1,3}}\s?(?:[MFH]|yo|y/o|a|ans)(?![\w/])"
)
# The author's own name: "I'm Dr Niamh Gallagher", "je m'appelle Lucie Marchand", "je suis Camille Roux".
_SELF_NAME = re.compile(
    rf"(?i)\b(?:{SELF_INTRO})\s+(?:(?:Dr|Pr|Prof)\.?\s+)?$"
    # (a signature: « Signé : Camille, interne en anapath », "Signed: Tom")
    r"|\bsign(?:[ée]e?|ed)\s*:\s*$"
)
# "A patient I followed for years, Declan Furlong, ...": a name in apposition to "patient"
# (stronger than a "thank you" elsewhere in the sentence).
_PATIENT_BEFORE_NAME = re.compile(
    r"(?i)\b(?:the|my|our|a|this|la|le|ma|mon|notre|une?|cette?)\s+patiente?\b[^.!?\n]{0,40},\s*$"
    # ... or a request made for them: "Second opinion request for Oleksandr Hrytsenko"
    r"|\b(?:request|opinion|referral|bx|biops(?:y|ies)|specimen|demande|avis)\s+(?:for|pour|de)\s+$"
)
# "Finnegan was seven when...", "Inès avait 9 ans quand...": a name as the subject of an age.
_SUBJECT_OF_AGE = re.compile(
    rf"([{_UP}](?<![\w@#-][{_UP}])[{_LOW}]+)\s+(?:is|was|turned|avait|a\s+eu)\s+"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+){0,2})(?:\s+(?:ans|years?(?:\s+old)?))?\s+(?:when|quand|lorsque)\b"
)
_WHEN_GATE = (" when", " quand", " lorsque")
# Initials on a label, before a date and a specimen number: "JK 2024-03-12 B24.01982".
_LABEL_INITIALS = re.compile(rf"(?<![\w.-])([A-Z]{{2,3}})\s+(?={DATE_THEN_SPECIMEN})")
# A list of causes or findings goes on after the pair: « alcool, NASH, Wilson, amiodarone ».
_LIST_GOES_ON = re.compile(r",\s+(?!n[ée]e?\b|born\b|aged?\b|DOB\b)[a-zà-ÿ]")
# "Patel, R." on a list (not a citation: "Smith, J. (2019)", "Smith, J., Jones, K.", "et al").
_INITIAL_AFTER_SURNAME = re.compile(
    rf",[ ]?[{_UP}]\.(?!\w|\s*(?:\(?\d{{4}}|et\s+al|[{_UP}]\.|[,&]|and\s))"
)
_AND_RELATIVE_AFTER = re.compile(
    rf"(?i)\s+(?:and|et|&)\s+(?:her|his|their|son|sa|leur)\s+(?:{RELATIVE_WORDS})\b"
)
# Right after a name: a relative's role in brackets, "sharon (daughter)", "Martine (sa fille)", or
# the patient in apposition, "Ted, my favourite patient", "Hamish, our longest-serving patient".
_ROLE_AFTER = re.compile(
    rf"(?i)\s*\((?:(?:sa|son|his|her|the|la|le)\s+)?(?:{RELATIVE_WORDS})\)|"
    r",\s*(?:my|our|mon|ma|notre)\s+(?:[\w-]+\s+){0,3}?patiente?\b|"
    # "Inès, la fille de M. Traoré", "Callum, Mr Reid's grandson": a relative in apposition
    rf",\s*(?:(?:le|la|the)\s+)?(?:{RELATIVE_WORDS})\s+(?:de|du|d'|of)\b|"
    rf",\s*(?:(?:mr|mrs|ms|mme|m)\.?\s+)?[A-Z][a-z]+['’]s\s+(?:{RELATIVE_WORDS})\b|"
    # the name's owner of a relative: "bob pritchard's son rang the lab"
    rf"['’]s\s+(?:{RELATIVE_WORDS})\b|"
    # "tom walsh (he's my cousin's son lol)", « léa (c'est ma nièce) »
    r"\s*\((?:(?:she|he)['’]s|(?:she|he)\s+is|c'est)\s+(?:my|our|ma|mon|notre)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{RELATIVE_WORDS}|neighbou?r|friend|voisine?|amie?|niece|nephew)\b"
)
# (anchored on the job, a rare word; the "our", "my" before it is checked in `_staff_ends`)
# ("notre cadre, Mme Roux", « la cadre de santé de néphro, Mme Garcia »)
_STAFF_ROLE = Anchored(
    rf"(?i)\b(?:{LAB_ROLES})(?:\s+de\s+sant[ée])?(?:\s+(?:de|du|d'|of|on)\s*[\w-]+)?,?\s+"
)
# ... one of ours, or one thanked: « Hommage à la cadre », "Shout-out to the lab manager"
_OWNER_BEFORE_ROLE = re.compile(
    r"(?i)\b(?:our|my|notre|nos|mon|ma|mes)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:merci|hommage|bravo|thanks|thank\s+you|shout[-\s]?outs?|kudos)\s+(?:[àa]|au|to)\s+(?:la\s+|le\s+|l'|the\s+)?$"
)
_ALL_OF_NAME = Anchored(r"(?i)\b(?:[àa]\s+tou(?:te)?s\s+les|to\s+all(?:\s+the)?)\s+")


def _staff_ends(ctx: Context) -> set[int]:
    """Where a colleague's name may start: after "our histotech", « à tous les »."""
    ends = {m.end() for m in ctx.finditer(_ALL_OF_NAME)}
    for m in ctx.finditer(_STAFF_ROLE):
        if _OWNER_BEFORE_ROLE.search(ctx.text, max(0, m.start() - 30), m.start()):
            ends.add(m.end())
    return ends


# A relative of the person named: « le papa de Mme Girard (notre secrétaire) », "the mother of Dr
# Ames": the name points to the patient even when it is a colleague's.
_RELATIVE_OF_BEFORE = re.compile(rf"(?i)\b(?:{RELATIVE_WORDS})\s+(?:de|du|d'|of)\s*$")
# A document named after a person: "the Francis report", "la loi Kouchner", "the Warnock review".
_DOCUMENT_AFTER = re.compile(r"(?i)\s+(?:report|inquiry|enquiry|review|commission|act|rapport)\b")


_KIN_WORDS = frozenset(RELATIVES)
# Words right before a first name that make it a patient or a relative ("son mari Paul").
_RELATIVE = frozenset(
    [*RELATIVES, "patient", "patiente", "named", "nommé", "nommée", "nomme", "nommee", "appelé",
     "appelée", "appele", "appelee", "prénommé", "prénommée", "prenomme", "prenommee", "called",
     "appelle", "is", "est", "dear", "cher", "chère", "chere", "little", "petit", "petite", "chez",
     "appelez-moi", "dite", "dit", "surnommée", "surnommé", "surnommee", "surnomme", "nicknamed",
     "voisin", "voisine", "neighbour", "neighbor", "friend", "ami", "amie", "copain", "copine", "pote",
     "mate", "buddy", "l'appelait", "l'appelle", "l'appelaient", "appelait"]
)  # fmt: skip
_COLLEAGUE = Anchored(
    r"(?i)\b(?:merci|thanks?|thank\s+you|bravo|congrats|congratulations|f[ée]licitations|kudos|"
    r"good\s+luck|best\s+of\s+luck|bonne\s+chance|bon\s+courage|fingers\s+crossed|well\s+done|"
    r"especially|et\s+surtout|surtout\s+[àa]|"
    r"shout[-\s]?outs?|courtesy|cr[ée]dits?|co-?auth|coll[eè]gues?|colleagues?|"
    r"invited|invit[ée]e?|speakers?|orateur|oratrice|présent[ée]e?\s+par|presented\s+by|by\s+@|"
    r"talk|lecture|cours|course|conf[ée]rence|diapos?|diaporama|slides\s+(?:du|de\s+la|by)|formation|enseignement|teaching|webinai?re?s?|grand\s+rounds?|"
    r"nous\s+a\s+(?:fait|appris|montr[ée])|taught|showed\s+us|welcome|bienvenue|new\s+position|"
    r"program\s+director|chef\s+de\s+service|department\s+chair|retirement|retraite|"
    # a colleague's promotion: "Dr Alvarez just got promoted", "le Pr Diallo vient d'être élue"
    r"promoted|promue?|nomm[ée]e?|appointed|elected|[ée]lue?|well\s+deserved|(?:amplement|bien)\s+m[ée]rit[ée]e?|"
    r"passed|r[ée]ussi|graduated|dipl[ôo]m[ée]e?|expos[ée]|"
    # a colleague retiring, who built the lab, or to ask on an extension: "voir avec X au poste 4512"
    r"retires|retiring|prend\s+sa\s+retraite|part\s+[àa]\s+la\s+retraite|who\s+built|founder\s+of|grateful|mentors?|"
    r"fondat(?:eur|rice)\s+d[eu]|voir\s+avec|"
    # who opened the department: « Ouvert le 12 mars 1975 par le Pr Marchand », "founded by Dr X"
    r"(?:ouverte?|fond[ée]e?|cr[ée][ée]e?)\s+(?:le\s+[\w\s]{1,25}?\s+|en\s+\d{4}\s+)?par|(?:founded|opened|set\s+up)\s+(?:in\s+\d{4}\s+)?by|covering|covers\s+for|me\s+remplace|remplace\s+(?:le|la)\s+Dr|prend\s+mes|au\s+poste\s+\d{3,5}|ext(?:ension)?\.?\s*\d{3,5})\b"
)
# Someone to ask, in an instruction: "ask Mei before you touch anything", « demandez à Josiane ».
# (« voir avec X » is in `_COLLEAGUE`, for the whole sentence)
_ASK_BEFORE = re.compile(
    r"(?i)\b(?:ask|check\s+with|talk\s+to|speak\s+to|demande[zr]?\s+[àa]|voyez\s+avec)\s+$"
)
# Words before a capitalised pair that make it a place, an eponym or an institution, not a patient.
_INSTITUTION = frozenset(
    [
        "mount",  # "Mount Sinai", "Mont Valérien": a place
        "royal",  # "Royal Devon", "Royal Victoria": a hospital
        "mont",
        "lake",
        "cape",
        "hôpital",
        "hopital",
        "hospital",
        "institut",
        "institute",
        "centre",
        "center",
        "clinique",
        "clinic",
        "rue",
        "avenue",
        "boulevard",
        "bd",
        "place",
        "allée",
        "allee",
        "quai",
        "impasse",
        "saint",
        "st",
        "st.",  # "St. Vincent's is going digital"
        "sir",  # "Sir William": a knight of history, not a patient
        "dame",
        "sainte",
        "ste",
        "lycée",
        "lycee",
        "collège",
        "college",
        "école",
        "ecole",
        "université",
        "universite",
        "university",
        "prix",
        "award",
        "syndrome",
        "maladie",
        "disease",
        "sign",
        "signe",
        "fondation",
        "foundation",
    ]
)
_PARTICLES = frozenset([*_SURNAME_PARTICLES, "le", "la", "de", "du", "des", "der", "den", "ap"])
_LINKS = frozenset(["de", "du", "des", "d'", "of", "la", "le"])


def _last_words(before: str) -> list[str]:
    """The last two words before a token, lower-cased ("son mari " -> ["son", "mari"])."""
    return before.lower().replace("'", "' ").split()[-2:]


def _after_institution(before: str) -> bool:
    """True after "Hôpital", "rue", "maladie de", "Institut du"... (a place or an eponym)."""
    words = _last_words(before)
    if not words or before[-1:] not in " \u00a0":
        return False
    if words[-1] in _INSTITUTION:
        return True
    return len(words) == 2 and words[-1] in _LINKS and words[0] in _INSTITUTION


def _after_relative(before: str) -> bool:
    """True after "son mari", "her husband", "named", "s'appelle", "la petite", "my dad (" ."""
    if before.endswith("("):
        before = before[:-1].rstrip() + " "
    words = _last_words(before)
    if words[-1:] == ["son"] and words[0] not in _ENGLISH_OWNERS:
        return False  # French "son Traité", "son Atlas": his or her, not a son
    if len(words) == 2 and words[0] in _NAMEABLE_PLACES:
        return False  # "a fictional town called Nowhereton": a place's name
    if _pets_name(words):
        return False  # "one cat named Hematoxylin": a pet's
    if before.rstrip().endswith("Sister") and not set(words[-2:-1]) & _ENGLISH_OWNERS:
        return False  # "Shout-out to Sister Bernadette on Ward 12": a ward sister's title
    return bool(words) and before[-1:] in " \u00a0" and words[-1] in _RELATIVE


_OWN_WORDS = frozenset(["my", "our", "ma", "mon", "mes", "notre", "nos"])


def _own_relative(before: str) -> bool:
    """True right after "my daughter", « ma fille », "our son" (the author's own family)."""
    words = _last_words(before)
    return (
        len(words) == 2
        and before[-1:] in " \u00a0"
        and words[0] in _OWN_WORDS
        and words[1] in RELATIVES
    )


_NAMEABLE_PLACES = frozenset(
    ["town", "village", "city", "island", "street", "hospital", "clinic", "ward", "country", "ville", "tribu", "tribe",
     "commune", "île", "rue", "hôpital", "clinique", "pays", "quartier", "hamlet", "hameau"]
)  # fmt: skip


def _patient_nearby(ctx: Context, start: int, end: int) -> bool:
    """A patient or an age near a titled name, in its sentence, besides the name itself."""
    low, high = ctx.sentence(start)  # (within 80 characters: a long post stays linear)
    return bool(
        ctx.search(PATIENT_REF, max(low, start - 80), start)
        or ctx.search(PATIENT_REF, end, min(high, end + 80))
        or ctx.sentence_search(PATIENT_AGE, start)
    )


def _pets_name(words: list[str]) -> bool:
    """True after "one cat named", « une chienne appelée » (`_last_words`): a pet, not a person."""
    return len(words) == 2 and words[0] in _PETS and words[1] in _NAMING


_NAMING = frozenset(
    ["named", "called", "nommé", "nommée", "appelé", "appelée", "baptisé", "baptisée"]
)
_PETS = frozenset(
    ["cat", "dog", "puppy", "kitten", "hamster", "rabbit", "goldfish", "parrot", "horse", "chat", "chien",
     "chatte", "chienne", "chaton", "chiot", "lapin", "poisson", "perroquet", "cheval", "jument"]
)  # fmt: skip
# ("s": what `_last_words` leaves of "patient's" in "my patient's son")
_ENGLISH_OWNERS = frozenset(
    ["my", "his", "her", "their", "our", "your", "the", "a", "whose", "'s", "s"]
)


# Learned bodies: the capitalised word before one names it ("the Philippine Society").
_BODIES = ("Society", "Société", "College", "Collège", "Association", "Academy", "Académie",
           "Federation", "Fédération", "Institute", "Institut", "Clinique", "Polyclinique", "Clinic",
           "Hôpital", "Hospital")  # fmt: skip
_BODY_AFTER = re.compile(rf"\s(?:{'|'.join(_BODIES)})\b")
_BODIES_SET = frozenset(_BODIES)

# Prepositions that open a sentence, capitalised but never a name.
_SENTENCE_OPENERS = ("Dans", "Pour", "Avec", "Sans", "Sur", "Sous", "Chez", "Par", "Après", "Avant",
                     "Depuis", "Pendant", "Selon", "Vers", "If", "When", "After", "Before", "Since",
                     "During", "Without")  # fmt: skip

_STOP = frozenset(
    fold(w)
    for w in (
        [
            "Today",  # "Today's case": a time word before a possessive, not a name
            # public offices before a possessive: "the President's operation"
            "President",
            "Minister",
            "King",
            "Queen",
            "Prince",
            "Princess",
            "Pope",
            "Mayor",
            "Premier",
            "Governor",
            "Senator",
            "Chancellor",
            "Taoiseach",
            "Duke",
            "Duchess",
            "Santé",  # « Santé publique France »
            "Coroner",  # "Coroner's PM": an office
            *_BODIES,  # not surnames: "the Philippine Society of Pathologists"
            *_SENTENCE_OPENERS,  # "... un patient. Dans le doute, on floute."
            "Mine",  # "Mine's home with a cold"
            "nom",  # the fields of a form: « patient : nom, prénom »
            "prénom",
            "name",
            "surname",
            "firstname",
            "DOB",  # "the requisition says DOB 07/14/1958": the field, not a name
            "Tonight",
            "Yesterday",
            "Tomorrow",
            "Le",
            "La",
            "Les",
            "Un",
            "Une",
            "Des",
            "Du",
            "De",
            "Et",
            "Ou",
            "Mais",
            "Donc",
            "Car",
            "Ni",
            "Ce",
            "Cet",
            "Cette",
            "Ces",
            "Son",
            "Sa",
            "Ses",
            "Mon",
            "Ma",
            "Mes",
            "Il",
            "Elle",
            "Ils",
            "Elles",
            "On",
            "Nous",
            "Vous",
            "Je",
            "Tu",
            "The",
            "A",
            "An",
            "And",
            "Or",
            "But",
            "This",
            "That",
            "These",
            "Those",
            "His",
            "Her",
            "He",
            "She",
            "They",
            "We",
            "You",
            "It",
            "Its",
            "Our",
            "My",
            "Your",
            "In",
            "On",
            "At",
            "Of",
            "For",
            "With",
            "From",
            "To",
            "By",
            "As",
            "Is",
            "Are",
            "Was",
            "Homme",
            "Femme",
            "Patient",
            "Patiente",
            "Enfant",
            "Garcon",
            "Fille",
            "Monsieur",
            "Madame",
            "Man",
            "Woman",
            "Male",
            "Female",
            "Boy",
            "Girl",
            "Child",
            "Lady",
            "Cas",
            "Case",
            "Bebe",
            "Baby",
            "Nourrisson",
            "Infant",
            "Adolescent",
            "Adolescente",
            "Teen",
            "Age",
            "Aged",
            "Agee",
            "Histoire",
            "History",
            "Biopsie",
            "Biopsy",
            *WEEKDAYS_FR,
            *WEEKDAYS_EN,
            "Janvier",
            "Fevrier",
            "Mars",
            "Avril",
            "Mai",
            "Juin",
            "Juillet",
            "Aout",
            "Septembre",
            "Octobre",
            "Novembre",
            "Decembre",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Dr",
            "Pr",
            "Docteur",
            "Professeur",
            "Quiz",
            "Question",
            "Reponse",
            "Answer",
            "Diagnostic",
            "Diagnosis",
            "Tumeur",
            "Tumor",
            "Tumour",
            "Hello",
            "Bonjour",
            "Salut",
            "Hi",
            "Merci",
            "Thanks",
            "Bravo",
            "Voici",
            "Here",
            "Quel",
            "Quelle",
            "What",
            "Which",
            "Who",
            "Qui",
            "Que",
            "Quoi",
            "Note",
            "NB",
            "Interne",
            "Resident",
            "Fellow",
            "Pathologiste",
            "Pathologist",
            "Chirurgien",
            "Surgeon",
            "Oncologue",
            "Mr",
            "Mme",
            "Mrs",
            "Ms",
            "Retraite",
            "Retraitee",
            "Agriculteur",
            "Agricultrice",
            "Etudiant",
            "Etudiante",
            "Student",
            "Pilote",
            "Jeune",
            "Young",
            "Old",
            "Vieux",
            "Vieille",
            "Nouveau",
            "New",
            "Grand",
            "Petit",
            "Gauche",
            "Droite",
            "Left",
            "Right",
            "Bilan",
            "Suivi",
            "Follow",
            "Tous",
            "All",
            "Chaque",
            "Every",
            "Nos",
            "Vos",
            "Leur",
            "Leurs",
            "Their",
            "There",
            "Then",
            "Puis",
            "After",
            "Apres",
        ]
    )
)


_TAG_PARTS = re.compile(rf"[{_UP}][{_LOW}]+|[{_UP}]+(?![{_LOW}])|[{_LOW}]+|\d+")
# "Okafor fam, we're thinking of you" ("fam" is scanned first; the name before it is checked)
_FAM = re.compile(r"(?<=\s)fam\b")
_NAME_BEFORE_FAM = re.compile(rf"(?<![\w'-])([{_UP}][{_LOW}]+(?:['-][{_UP}]?[{_LOW}]+){{0,3}})\s+$")
_HASHTAG = re.compile(rf"#([{_UP}{_LOW}\d_]+)")
_HASHTAG_TITLES = frozenset(["mr", "mrs", "ms", "miss", "mme", "mlle", "madame", "monsieur"])
_HANDLE_AFTER = re.compile(r"\s*[(,]?\s*@\w")
_LINE_START = re.compile(r"[\n—–-]\s*$")
# What follows a name in the author's sign-off: their job or their handle ("— Dr A. B., pathologist").
_SIGNOFF_TAIL = re.compile(
    r"(?i)[ \t]*[,(–-][ \t]*(?:@\w|[\w\s·'-]{0,30}?(?:patholog|interne|r[ée]sident|fellow|m[ée]decin|"
    r"physician|\bMD\b|PhD|FRCPath|consultant|chef\s+de\s+clinique|assistante?|professeur|professor))"
)
# The rest of a sign-off line is still the name: "— Dr Anaïs Le Floch" (then the end of the line).
_NAME_TO_LINE_END = re.compile(rf"(?:[ \t]+[{_UP}][\w'-]*){{0,3}}[ \t.!]*(?:\n|$)")
_DOCTOR_TITLES = frozenset(["dr", "pr", "prof", "docteur", "doctor", "professeur", "professor"])


def _say(ctx: Context, title: str = "") -> tuple[str, str]:
    """Message and suggestion for a person's name, gendered from the title when there is one."""
    t = title.lower().rstrip(".")
    if t in {"mme", "madame", "mlle", "mademoiselle"}:
        fr = "la patiente"
    elif t in {"m", "monsieur", "mm"}:
        fr = "le patient"
    else:
        fr = "la personne"
    if t in _DOCTOR_TITLES:
        return (
            ctx.say("Nommer le médecin qui a pris en charge le cas permet de retrouver le patient. Retirez ce nom.",
                    "Naming the doctor who handled the case points to the patient. Remove the name."),
            "",
        )  # fmt: skip
    return (
        ctx.say("Ce nom (ou ces initiales) identifie une personne. Remplacez-le par un terme général.",
                "This name (or these initials) identifies a person. Replace it with a general term."),
        ctx.say(fr, "the patient"),
    )  # fmt: skip


def _file_name(stem: str) -> tuple[int, int] | None:
    """Offsets of a name in a file name's stem: two neighbouring parts that are a first name and a
    surname ("DUPUIS_Marc"), a surname and an initial ("dupont_m"), or a surname beside a case
    number."""
    parts = [p for p in _FILE_PART.finditer(stem) if _NAME_PART_IN_FILE.fullmatch(p.group())]
    for a, b in pairwise(parts):
        if stem[a.end() : b.start()] not in ("_", "."):
            continue
        pair = (a.group(), b.group())
        full = [p for p in pair if len(p) > 1]
        if len(full) == 1 and len(full[0]) >= 4:  # a surname and an initial: "dupont_m"
            if fold(full[0]) in surnames() and not _weak(full[0]):
                return a.start(), b.end()
        elif (
            any(_is_first(p) for p in pair)
            and all(_is_first(p) or _file_surname(p) for p in pair)
            and not all(_weak(p) for p in pair)  # "DUPUIS_Marc" ("marc" is also a word)
        ):
            return a.start(), b.end()
    # a surname alone beside a case number: "B23.11874_okafor_HE_x20.svs"
    if any(sum(c.isdigit() for c in p.group()) >= 4 for p in _FILE_PART.finditer(stem)):
        for p in parts:
            if len(p.group()) >= 4 and _file_surname(p.group()) and not _weak(p.group()):
                return p.span()
    return None


def _file_surname(part: str) -> bool:
    """A surname as file names write it, without its apostrophe: "OBrien", "odonnell"."""
    key = fold(part)
    return key in surnames() or (key[:1] in "od" and f"{key[0]}'{key[1:]}" in surnames())


def _is_first(word: str) -> bool:
    """Known first name, also each part of a compound like "Jean-Pierre"."""
    key, names = fold(word), first_names()
    if key in names:
        return True
    return "-" in key and all(p in names for p in key.split("-"))


# Chinese given names of two syllables ("Xiaohong", "Meiling") are too many to list: such a word
# reads as a given name beside a common Chinese surname ("Li Xiaohong", "Xiaohong Li").
_PINYIN_GIVEN = re.compile(
    "(?:{0})-?(?:{0})".format(
        "an|bai|bao|bin|bing|bo|chang|chao|chen|cheng|chun|dan|dong|fang|fei|fen|feng|gang|guang|"
        "gui|guo|hai|han|hao|hong|hua|huan|hui|jia|jian|jiang|jie|jin|jing|jun|kai|lan|lei|li|lian|"
        "liang|lin|ling|long|mei|min|ming|na|nan|ning|peng|ping|qi|qian|qiang|qin|qing|rong|rui|shan|"
        "sheng|shu|song|tao|ting|wei|wen|xia|xian|xiang|xiao|xin|xing|xiu|xuan|xue|ya|yan|yang|yi|"
        "ying|yong|yu|yuan|yue|yun|ze|zhen|zheng|zhi|zhong|zi"
    )
)
_CHINESE_SURNAMES = frozenset({
    "bai", "cai", "cao", "chen", "cheng", "cui", "dai", "deng", "ding", "dong", "du", "fan", "fang",
    "feng", "gao", "guo", "han", "hou", "hu", "huang", "jiang", "jin", "kong", "li", "liang",
    "liao", "lin", "liu", "luo", "ma", "mao", "meng", "pan", "peng", "qian", "qin", "qiu", "shen",
    "song", "sun", "tan", "tang", "tian", "wang", "wu", "xia", "xie", "xu", "xue", "yan", "yang",
    "yao", "ye", "yu", "yuan", "zeng", "zhang", "zhao", "zheng", "zhou", "zhu", "zou",
})  # fmt: skip


def _chinese_pair(given: str, family: str) -> bool:
    """A two-syllable Chinese given name beside a Chinese surname, both capitalised."""
    return (
        len(given) >= 5
        and given[0].isupper()
        and family[:1].isupper()
        and fold(family) in _CHINESE_SURNAMES
        and _PINYIN_GIVEN.fullmatch(fold(given)) is not None
    )


def _known(word: str) -> bool:
    """Known first name or surname."""
    return _is_first(word) or fold(word) in surnames()


# A tumour's name opening a case: « Lymphome, 64 ans », "Mesothelioma, 77."
_TUMOUR_WORD = re.compile(
    r"(?:carcin|sarc|lymph|melan|blast|theli|gli|aden|my|lip|fibr|angi|neur|mening|semin|terat|thym|"
    r"chondr|oste|hamart|papill|schwann|cyt)om(?:e|a|es|as|ata)$"
)


def _weak(word: str) -> bool:
    """Ordinary word, eponym, tumour or structure word: not evidence of a name on its own."""
    key = fold(word)
    return (
        key in common_words()
        or key in allow_terms()
        or key in _STOP
        or _TUMOUR_WORD.search(key) is not None
    )


_ROMAN = re.compile(r"[ivxlcdm]+")


def _caps_double_surname(key: str) -> bool:
    """A folded double-barrelled word in capitals that reads as a surname: one part known, every
    part a word of three letters or more ("lewis-abara"; not "lal-b", "bond-iii")."""
    parts = key.split("-")
    return any(part in surnames() for part in parts) and all(
        len(part) >= 3 and not _ROMAN.fullmatch(part) and not _weak(part) for part in parts
    )


def _name_like(word: str) -> bool:
    """Capitalised or ALL CAPS word that could be a surname."""
    return bool(_CAP.fullmatch(word)) and not _weak(word)


# Words of a support tag around a person's name: "#PrayForMaisieQuinn", "#GerryStrong", "#teamlea".
_SUPPORT_WORDS = frozenset({"strong", "warrior", "fighter", "army", "team", "pray", "for", "go", "love",
                            "hope", "stand", "with", "courage", "soutien", "support", "stay", "be",
                            "keep", "always", "forever", "family"})  # fmt: skip
_SUPPORT_BEFORE_TAG = re.compile(
    r"(?i)\b(?:strong|get\s+well(?:\s+soon)?|prayers\s+for|praying\s+for|thinking\s+of|fight\s+on|"
    r"keep\s+fighting|courage|force|pens[ée]es\s+pour|soutien\s+[àa]|love\s+(?:to|you))\W{0,4}$"
)
_PERSON_NEWS_AFTER_TAG = re.compile(
    r"(?i)\s+(?:is|was|has)\s+(?:home|back|out|doing|recovering|cancer-free|in\s+remission|rentr[ée]e?)\b"
    r"|\s+(?:est|va)\s+(?:rentr[ée]e?|sortie?|en\s+r[ée]mission|mieux)\b"
)
# (in a lower-case tag the support word comes first: "#prayforemmajones", "#pray4lea",
# "#soutienàgabin")
_SUPPORT_PREFIX = re.compile(
    "^(?:"
    + "|".join(
        sorted(
            {
                *_SUPPORT_WORDS,
                "prayfor",
                "pray4",
                "hope4",
                "hopefor",
                "soutienà",
                "soutiena",
                "courageà",
                "couragea",
                "forceà",
                "forcea",
            },
            key=lambda w: (-len(w), w),
        )
    )
    + ")"
)


def _split_hashtag(tag: str) -> list[str]:
    """ "JeanDupont" -> ["Jean", "Dupont"]; "jeandupont" -> split on known first names."""
    parts = _TAG_PARTS.findall(tag)
    if len(parts) == 1 and parts[0].islower():
        # ("#teamnoahreilly", "#prayforlea": the support word first, then the name)
        word = _SUPPORT_PREFIX.sub("", parts[0])
        supported = word != parts[0]  # "#prayforemmajones": a support tag names a person
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if (
                fold(head) in first_names()
                and fold(tail) in surnames()
                and (supported or (cut >= 4 and not _weak(tail)))  # ("#teaching": not Tea Ching)
            ):
                return [head.title(), tail.title()]
        if supported and fold(word) in first_names() and not _weak(word):
            return [parts[0][: -len(word)], word.title()]  # "#soutienàgabin", "#teamlea"
    return parts


# A film or a book (not television, where real people appear too: « le pianiste, celui des
# concerts à la TV »)
_STORY = Anchored(rf"(?i)\b(?:{STORY_WORDS}|re-?reading|re-?read|re-?watch(?:ed|ing)?|Hollywood)\b")


def _fiction_only(ctx: Context) -> bool:
    """A post about a film or a book that describes no patient: "Watched Contagion again. Beth
    Emhoff's autopsy scene is ... the most accurate Hollywood has ever filmed"."""
    return ctx.text_search(_STORY) and not (
        ctx.text_search(PATIENT_REF)
        or ctx.text_search(PATIENT_AGE)
        or ctx.text_search(AGE_SEX)
        or ctx.text_search(DESCRIBED_PERSON)
    )


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield names of patients and relatives; colleagues thanked by name are left alone."""
    text = ctx.text
    taken = SpanSet(len(text))
    named: list[tuple[int, int]] = []  # every name emitted, for step 6
    # things given a name ("our teaching skeleton is called Mr Bones"), and each word of it
    object_names = {
        part for m in ctx.finditer(NAMED_OBJECT) for part in (m.group(1), *m.group(1).split())
    }

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    def emit(start: int, end: int, title: str = "") -> Iterator[Hit]:
        if (
            text[end : end + 1].isdigit()
            or text[end : end + 1] == "+"
            or (text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit())
        ):
            return  # "SALL4", "ROS1": a gene, not a name
        if _OBJECT_AFTER.match(text, end) or text[start:end] in object_names:
            return  # "Mr Bones, the teaching skeleton": a named thing, not a person
        if all(_placeholder(word) for word in _WORDS.findall(text, start, end)):
            return  # "name TEST, PATIENT", "ZZTEST": a training record's dummy
        if ctx.sentence_search(MADE_UP, start):
            return  # '"Jane Smith, 45F" in my question bank is invented', « M. Dupont, né le 01/01/1900 »
        if (
            ctx.once(_fiction_only)
            or (
                ctx.sentence_search(FICTION, start)
                and (title or not ctx.is_case() or ctx.sentence_search(_OWN_FICTION, start))
            )
        ) and not _patient_nearby(ctx, start, end):
            return  # "Mrs Doubtfire is on telly tonight", "my novel's pathologist, Dr Imelda Ruark"
        if ctx.text_search(OFF_TOPIC) and not ctx.is_case():
            return  # "Met Chris Hadfield at the airport!! Nothing to do with pathology"
        if _CHAT_TIME_BEFORE.search(text, max(0, start - 20), start) and _CHAT_COLON.match(
            text, end
        ):
            return  # "[09:14] Priya: fridge is dead again": who speaks in a pasted chat
        initial = _TRAILING_INITIAL.match(text, end)
        if initial and free(end, initial.end()):
            end = initial.end()  # "Lucas B.", "Georges H.": the surname's initial is part of it
        if free(start, end) and not ctx.is_protected(start, end):
            if ctx.sentence_search(history, start):
                return  # "en 1861, Broca présente le cerveau de son patient Leborgne, dit « Tan »"
            taken.add(start, end)
            named.append((start, end))
            message, suggestion = _say(ctx, title)
            yield Hit("NAME", start, end, message, suggestion)

    def author(start: int) -> bool:
        """The author introducing themselves: "I'm Dr Niamh Gallagher", "je m'appelle Lucie"
        (not someone quoted: « Bonjour, je suis Éloïse, ma mère a eu une biopsie »)."""
        return _SELF_NAME.search(text, max(0, start - 20), start) is not None and not quoted(
            text, start
        )

    def colleague(pos: int) -> bool:
        """A colleague, a speaker, or a public figure on screen in a post with no case."""
        if ctx.sentence_search(_COLLEAGUE, pos) or ctx.is_event(pos) or ctx.signed_off(pos):
            return True
        if ctx.text_search(history) and not ctx.text_search(PATIENT_REF):
            return True  # "Kaposi described it in 1872. Fun fact: he was born Moritz Kohn."
        # ("Dr Kildare, Dr House... TV never shows us at the microscope": characters)
        return not ctx.is_case() and (
            ctx.sentence_search(PUBLIC_NEWS, pos) or ctx.text_search(FICTION)
        )

    # 0. A name spelled out (first: "K.E.V.I.N" is a name, not the initials "K.E.V.I.")
    for m in _SPELLED_OUT.finditer(text):
        if _known(m.group().replace(m.group(1), "")) and not ctx.is_protected(*m.span()):
            yield from emit(*m.span())

    staff_after = _staff_ends(ctx)  # where a colleague's name may start
    # 1. Title + name: "Mme Dupont", "M. D.", "Mrs J. Smith", "Dr Martin".
    colleague_end = -1  # where the last doctor taken for a colleague ends
    colleague_words: set[str] = set()  # their names: "Dr Amara Nwosu ... lunch is on me, Amara"
    for m in ctx.finditer(_TITLED):
        title, name = m.group(1), m.group(2)
        first_word = name.split()[0]
        if _anonymised(name) or _BODY_AFTER.match(text, m.end()) or _BODIES_SET & set(name.split()):
            continue  # "Mme X"; "the Sri Lanka College of Pathologists" ("Sri" is also a title)
        if title == "M." and _AUTHOR_LIST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Rahman A, Osei K, Fitzgerald M. Submission...": an author's initial
        # "Mme la...", "Mr Patient": not a name; but "Mr Young", "Mme Petit" are surnames
        if (
            fold(first_word) in _STOP
            and len(name.split()) == 1
            and not (
                len(first_word) >= 4 and first_word[0].isupper() and fold(first_word) in surnames()
            )
        ):
            continue
        is_doctor = fold(title.rstrip(".")) in _DOCTOR_TITLES
        doctor_as_patient = is_doctor and ctx.sentence_search(_DOCTOR_AS_PATIENT, m.start())
        relative_of = _RELATIVE_OF_BEFORE.search(text, max(0, m.start() - 25), m.start())
        if not (doctor_as_patient or relative_of) and (
            STAFF_AFTER.match(text, m.end()) or m.start() in staff_after
        ):
            taken.add(m.start(), m.end())  # "Mrs Adeyemi (our lead BMS)", "notre cadre, Mme Roux"
            continue
        worked_with = _WORKED_WITH.search(text, max(0, m.start() - 30), m.start()) is not None or (
            colleague_end >= 0 and _AND_NEXT.fullmatch(text, colleague_end, m.start()) is not None
        )
        if (
            is_doctor
            and not doctor_as_patient
            and (
                colleague(m.start())
                # "Dr. Mensah reminds everyone: submissions close Friday"
                or ctx.is_teaching(m.start())
                or _weak(first_word)
                or author(m.start())
                or worked_with
                or _ADDRESSED.match(text, m.end())  # "Dr Morel, je vous aime bien, mais..."
                or ctx.sentence_search(_IF_YOUR, m.start())
            )
        ):
            # A colleague thanked or a fictional doctor ("Dr. House"), not a patient.
            taken.add(m.start(), m.end())
            colleague_end = m.end()
            colleague_words.update(fold(word) for word in name.split())
            continue
        # The author's sign-off ("— Dr A. (@handle)") is not a patient.
        line_start = (
            m.start() == 0 or _LINE_START.search(text, max(0, m.start() - 3), m.start()) is not None
        )
        job_after = _SIGNOFF_TAIL.match(text, m.end()) is not None  # ", pathologiste", "(@handle"
        # ("... Your favourite leap-year pathologist, Dr. Sam 🎂": the post's last words)
        ends_post = _AFTER_COMMA.search(text, max(0, m.start() - 3), m.start()) and _POST_END.match(
            text, m.end()
        )
        if is_doctor and (
            ends_post
            or _HANDLE_AFTER.match(text, m.end())
            or (line_start and (_NAME_TO_LINE_END.match(text, m.end()) or job_after))
            or (job_after and not ctx.is_case())
        ):
            taken.add(m.start(), m.end())
            continue
        if title == "M." and len(name) == 1:
            continue
        # "M. Laviolette du Lamentin": the particle and a town after it are the place, not the name
        town = _TOWN_AFTER_NAME.search(name)
        end = m.start(2) + town.start() if town and _is_town(town.group(1)) else m.end()
        yield from emit(m.start(), end, "" if doctor_as_patient else title)
    for m in ctx.finditer(_TITLED_LOWER):
        word = m.group(1)
        # "mme kerbrat", "mr smith": after an abbreviated title any word is a name; after
        # "madame"/"monsieur" only a known name ("monsieur est venu" is not).
        abbreviated = not m.group(0).lower().startswith(("madame", "monsieur"))
        known = _known(word)
        # ("mme blanc", "mr hill": after an abbreviated title even an ordinary word is a name)
        ordinary = _weak(word) and not (abbreviated and fold(word) not in _STOP)
        # ("mr t, the retired maths teacher": an abbreviated title and an initial)
        initial = len(word) == 1 and text[m.end() : m.end() + 1] in {",", ";", ":", ")"}
        long_enough = known or (abbreviated and len(word) > 2)
        if word.islower() and ((not ordinary and long_enough) or (abbreviated and initial)):
            yield from emit(m.start(), m.end())

    for m in ctx.finditer(_LOWER_INITIAL) if ctx.is_case() else ():
        surname = m.group(1).split(".")[1].strip()
        # after "m." (monsieur) any word is a name, as after "mme"; after another initial, a word
        # that is not an ordinary one
        title = m.group(1)[0] == "m" and ctx.lang == "fr"
        if surname not in _SPECIES and (
            fold(surname) not in _STOP if title else not _weak(surname)
        ):
            yield from emit(*m.span(1))
    for m in _LOWER_THEN_INITIAL.finditer(text) if ctx.is_case() else ():
        first = _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if first and _is_first(first.group(1)) and not _weak(first.group(1)):
            yield from emit(first.start(1), m.end())
    for m in _LINE_START_MONSIEUR.finditer(text) if ctx.lang == "fr" and ctx.is_case() else ():
        if fold(m.group(1)[2:].strip()) not in _STOP:
            yield from emit(*m.span(1))
    for m in _LOWER_COMPOUND_INITIALS.finditer(text) if "-" in text and ctx.is_case() else ():
        if fold(m.group(1)) not in _STOP:  # (compound initials make even a word a surname)
            yield from emit(*m.span())
    for m in ctx.finditer(_CAP_INITIAL) if ctx.is_case() else ():
        surname = fold(m.group(1).split(".")[1].strip())
        # (after an initial even a surname that is also frequent as a word counts: "P. Lefèvre")
        if not (surname in _STOP or surname in allow_terms() or colleague(m.start())):
            yield from emit(*m.span(1))
    for m in _LISTED_INITIAL.finditer(text) if ", " in text or ": " in text else ():
        # (any surname but a word, an eponym, a town or a germ: "E. Coli", "H. Pylori")
        surname = fold(m.group(2))
        record = m.group("record") or _RECORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if not (ctx.is_case() or record):
            continue
        if not (
            _weak(surname)
            or (surname in towns() and not record)
            or surname in _SPECIES
            or colleague(m.start())
        ):
            yield from emit(*m.span(1))
    for m in _FIRST_THEN_INITIAL.finditer(text) if ctx.is_case() else ():
        first = m.group(1).split()[0]
        if free(*m.span(1)) and not (
            _weak(first) or colleague(m.start()) or ctx.is_event(m.start())
        ):  # (not a paper's author: "the figure in Ramos B. of Lisbon's paper")
            yield from emit(*m.span(1))
    for m in _PASTED_SIGNATURE.finditer(text) if "\n" in text and ctx.mentions(_CLOSINGS) else ():
        yield from emit(*m.span(1))  # someone else's e-mail, pasted: its sender is not the author
    for m in (
        _THE_SURNAME_CASE.finditer(text) if " the " in ctx.low or ctx.low.startswith("the") else ()
    ):
        if m.group(2) and not (ctx.is_case() or ctx.text_search(PATIENT_AGE)):
            continue  # ("the Okonkwo one" is a case in a case post; "the Hartley kidney" always)
        key = fold(m.group(1))
        if key in surnames() and not _weak(m.group(1)) and key not in towns():
            yield from emit(*m.span(1))
    for m in ctx.finditer(_NAMED_INITIALS):
        yield from emit(*m.span(1))
    for m in ctx.finditer(_TWINS_NAMED):
        if colleague(m.start()) or ctx.sentence_search(history, m.start()):
            continue  # "the liver of the Siamese twins Chang and Eng at the Mütter Museum"
        for group in (1, 2, 3):
            word = m.group(group)
            if word is None:
                continue
            if not (_weak(word) or fold(word) in towns() or fold(word) in allow_terms()):
                yield from emit(*m.span(group))
    counts: dict[str, int] = {}  # (each word counted once: a long post stays linear)
    for m in _NAME_BEFORE_ROOM.finditer(text) if ctx.mentions(_ROOM_WORDS) else ():
        # (a first name that is also a word counts here: "Bill", "Rose"; an unknown word only
        # when the post calls the patient by it again: "... Il était cirrhotique, Dédé")
        word = m.group(1)
        called = not _weak(word) and counts.setdefault(word, text.count(word)) > 1
        if free(*m.span(1)) and (_is_first(word) or called) and not colleague(m.start()):
            yield from emit(*m.span(1))
    for m in ctx.finditer(_PT_LOWER_IN_BED):
        if not _weak(m.group(1)):
            yield from emit(*m.span(1))
    for m in ctx.finditer(_PATIENT_TITLED):
        name = m.group(2)
        if name == "I" or _anonymised(name):
            continue  # "the patient I diagnosed": the author
        words = name.split()
        if m.group("was") and not (len(words) == 2 and all(map(_name_like, words))):
            continue  # ("the patient was Jewish", "pt is Dr Adeyemi's"): not a name given
        if (
            not m.group("was")
            and len(words) == 2
            and "." not in name
            and not (_is_first(words[0]) or fold(words[1]) in surnames())
            and not _AGE_AFTER.match(text, m.end())  # ("pt Rukhsana Baig 57F": a person)
        ):
            continue  # "Patient Safety Week": two capitalised words, but no known name
        if "." in name or not _weak(words[0]):
            yield from emit(*m.span(2))
    for m in ctx.finditer(_MAIDEN):
        # (after "née" a capitalised word is a name, even an ordinary word: "née FAURE")
        if fold(m.group(1).split()[-1]) not in allow_terms():
            yield from emit(*m.span(1))
    for m in ctx.finditer(_FAMILY):
        group = m.lastindex or 1
        if ctx.sentence_search(history, m.start()):
            continue  # "the Siamese twins Chang and Eng (died 1874)": history, not a patient
        name = m.group(group).split()[-1]
        child = m.group(0).split()[-1].lower() in _CHILD_NOUNS
        known = fold(name) in surnames()
        # (a surname that is also a word names a family too: « la famille Marchand »; not an
        # eponym: "the Lynch family")
        surname = not _weak(name) or (known and fold(name) not in allow_terms())
        if surname and (not child or known):  # (not "the Afghan girl")
            yield from emit(*m.span(group))
    for m in _RELATION_CODE.finditer(text) if "/O" in text or "/o" in text else ():
        before = _NAME_BEFORE_CODE.search(text, max(0, m.start() - 40), m.start())
        if m.group()[0].islower():
            # "w/o" is also "without": a person's name on both sides ("Lakshmi w/o Murugan")
            first_before = before is not None and _is_first(before.group(1).split()[0])
            if not first_before or _weak(m.group(1).split()[0]):
                continue
        if before:
            yield from emit(*before.span(1))
        yield from emit(*m.span(1))
    for m in ctx.finditer(_SUPPORTED):
        if _is_first(m.group(1)) and not _weak(m.group(1)):
            yield from emit(*m.span(1))
    for m in ctx.finditer(_KIN_NAME):
        name, *more = m.group(2).split()
        if fold(name) in allow_terms() or (not m.group(1) and _weak(name)):
            continue
        # (the names after it up to a word: "Aunty Grace Said" is Grace)
        end = m.start(2) + len(name)
        for word in more:
            if _weak(word):
                break
            end = text.index(word, end) + len(word)
        if m.group(1) or _is_first(name) or fold(name) not in towns():  # not "Little Chalfont"
            yield from emit(m.start(2), end)
    honorific = ctx.is_case() and ctx.mentions(_HONORIFIC_GATE)
    for m in _NAME_THEN_HONORIFIC.finditer(text) if honorific else ():
        if not _weak(m.group(1)):
            yield from emit(*m.span(1))
    for m in _FAM.finditer(text) if " fam" in text else ():
        name = _NAME_BEFORE_FAM.search(text, max(0, m.start() - 40), m.start())
        if name and not _weak(name.group(1)):
            yield from emit(*name.span(1))
    for m in ctx.finditer(_OWNS_RELATIVE) if "'s " in text or "’s " in text else ():
        # (a first name that is also a French word owns a biopsy in English: "Ravi's node")
        owner = m.group(1)
        if owner.upper() in _NOT_INITIALS:
            continue  # "the U.S.'s screening"
        if ctx.sentence_search(history, m.start()) or (
            ctx.text_search(history) and not ctx.text_search(PATIENT_REF)
        ):
            continue  # "Napoleon's autopsy ... 200 years later": a figure of history
        if owner.isalpha() and owner.islower() and not (_is_first(owner) and not _weak(owner)):
            continue  # "today's case", "mum's birthday"; a first name in lower case only
        if not _weak(owner) or (_is_first(owner) and fold(owner) not in _STOP):
            yield from emit(*m.span(1))

    for m in ctx.finditer(_LABEL_NAME):
        word = m.group(2)
        known = _known(word) and fold(word) not in _STOP
        # an unknown word is a name only on a quoted form: « patient : dédé, voisin du Dr Martin »
        quoted_form = (
            m.group("colon") and quoted(text, m.start()) and _FORM_FIELD_END.match(text, m.end())
        )
        if (known or quoted_form) and not _weak(word):
            family = m.group("family")
            whole = family and _is_first(word) and fold(family) in surnames() and not _weak(family)
            yield from emit(m.start(2), m.end("family") if whole else m.end(2))
    for m in ctx.finditer(_NO_SURNAME):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word and not _weak(word.group(1)):
            yield from emit(*word.span(1))
    for m in ctx.finditer(_CASE_OF_NAME):
        group = m.lastindex or 1
        word = m.group(group)
        if m.lastgroup == "specimen" and fold(word) not in surnames():
            continue  # ("the Whipple specimen", "the Pap slides": not a known surname)
        if not _weak(word) and fold(word) not in towns() and not ctx.is_protected(*m.span(group)):
            yield from emit(*m.span(group))
    for m in _SURNAME_FIRST.finditer(text) if "," in text else ():
        if m.start() and text[m.start() - 1] != "\n":
            continue
        surname, given = m.group(1, 2)
        known = fold(surname) in surnames() or _is_first(given)
        if known and not (_weak(surname) or _weak(given)):
            yield from emit(m.start(1), m.end(2))
    for m in _QUOTED_NICKNAME.finditer(text) if '"the ' in text or "“the " in text else ():
        if not _weak(m.group(1)):
            yield from emit(m.start(), m.end())
    for m in _LIST_ITEM_NAME.finditer(text) if "\n" in text else ():
        last = m.group(1).split()[-1]
        # (a surname in capitals counts even when it is also a word: "2) MARCHAND – Ki-67 40 %")
        weak = (
            fold(last) in _STOP
            or fold(last) in allow_terms()
            or (_weak(last) and not last.isupper())
        )
        if not (weak or fold(last) in towns() or colleague(m.start())):
            yield from emit(*m.span(1))
    vocative = _VOCATIVE.match(text) if ctx.is_case() else None
    if vocative and _is_first(vocative.group(1)) and not colleague(0):
        yield from emit(*vocative.span(1))
    for m in ctx.finditer(_SPECIMEN_OF_NAME) if ctx.is_case() else ():
        word = m.group(1)
        if _is_first(word) and not (_weak(word) or ctx.sentence_search(history, m.start())):
            yield from emit(*m.span(1))
    for m in _NAME_IN_BRACKETS.finditer(text) if "(" in text and ctx.is_case() else ():
        word = m.group(1)
        if not (_weak(word) or fold(word) in towns() or fold(word) in allow_terms()) and ctx.search(
            PATIENT_AGE, max(0, m.start() - 60), m.start()
        ):
            yield from emit(*m.span(1))
    for m in ctx.finditer(_PT_NAME_LOWER):
        if not _weak(m.group(1)):
            yield from emit(*m.span(1))
    for m in ctx.finditer(_QUOTED_NICKNAME_AFTER):
        group = m.lastindex or 1
        if group == 2 or not _weak(m.group(1).split()[-1]) or m.group(1).islower():
            yield from emit(*m.span(group))
    handle_parts = {m.group(1) for m in _HANDLE_FIRST_PART.finditer(text)} if "@" in text else set()
    for part in sorted(handle_parts)[
        :5
    ]:  # (each part once, a few at most: a long post stays linear)
        if not _weak(part) and text.count(part) > 1:  # (cheap test first)
            for word in re.finditer(rf"(?<![\w@#.]){part}(?![\w@])", text, re.I):
                yield from emit(*word.span())
    for m in ctx.finditer(_NICKNAME):
        nickname = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for start, end in filter(None, (m.span(1), nickname and nickname.span(1))):
            if not _weak(text[start:end]):
                yield from emit(start, end)
    for m in _FILE_NAME.finditer(text) if "_" in text else ():
        found = _file_name(m.group())
        if found:
            yield from emit(m.start() + found[0], m.start() + found[1])
    for m in ctx.finditer(_NAMED_AS):
        first, *rest = (fold(w) for w in m.group(1).split())
        if len(first) <= 2 and rest and _weak(rest[-1]) and not _NAME_WORD.search(m.group()):
            continue  # ("requisition says R. Resident can you call": a side, then a word)
        # (given as a name, a surname that is also a word still counts: 'the pot says "MILLER"')
        opens_quote = text[m.start(1) - 1 : m.start(1)] in "\"“«'‘"
        if m.group(1).islower() and (_weak(first) or not (_is_first(first) or first in surnames())):
            continue  # ('labelled only "left breast"', 'labelled "baby of ..."': words)
        # (a capitalised word given as the name is one even when it is also a word: "her name is
        # Hope")
        given = _NAME_IS.search(m.group()) and m.group(1)[0].isupper()
        if (
            not _weak(first)
            or given
            or (opens_quote and first in surnames() and first not in allow_terms())
        ):
            start, end = m.span(1)
            if "," in m.group(1) and _weak(rest[-1]):
                end = text.index(",", start)  # ('labelled only "Dorothy, Rose Cottage, ..."')
            yield from emit(start, end)
    for m in _NAME_BEFORE_AGE.finditer(text) if ctx.is_case() else ():
        word = fold(m.group(1))
        if _known(word) and not _weak(word) and word not in towns():
            yield from emit(*m.span(1))
    for m in ctx.finditer(_ON_CONTAINER):
        word = fold(m.group(1))
        if _known(word) and word not in allow_terms():
            yield from emit(*m.span(1))
    for m in ctx.finditer(_PATIENT_LOWER_PAIR):
        given, *_, family = m.group(2).split()  # ("ahmed el fassi": past the particle)
        known = _is_first(given) or fold(family) in surnames()
        # (before a room or a bracket even a misspelt pair counts: "pt jonh smiht (sorry...)")
        if (known or m.group("where")) and not any(_weak(w) for w in (given, family)):
            yield from emit(*m.span(2))  # ("pt diabétique obèse, 57 ans": no name known, no name)
    for pattern, gate in (
        (_BEFORE_PATIENT, _BEFORE_PATIENT_GATE),
        (_GAELIC_PAIR, _GAELIC_GATE),
    ):
        for m in pattern.finditer(text) if ctx.mentions(gate) else ():
            group = m.lastindex or 1  # (the name before a comma, or before a record number)
            words = [
                w for w in m.group(group).replace("-", " ").split() if fold(w) not in _PARTICLES
            ]
            # ("Rudolf Virchow, born 1821": an eponym or a figure of history, not a patient)
            if ctx.sentence_search(history, m.start()) or colleague(m.start()):
                continue  # ("Thanks to Seán Ó Briain for the talk": a colleague)
            # (before a Gaelic surname a first name that is also a word still counts: "Máire")
            gaelic_first = pattern is _GAELIC_PAIR and _is_first(words[0])
            # (a lone word right before a record number is a name even if a town has it: "Hollis, MRN")
            town = fold(words[0]) in towns() and group != 3
            if (gaelic_first or not any(_weak(w) for w in words)) and not town:
                yield from emit(
                    m.start(group), m.end() if pattern is _GAELIC_PAIR else m.end(group)
                )

    # 2. Initials: "J.K.", "J. K."
    for m in ctx.finditer(_INITIALS):
        if m.group(0).replace(" ", "").upper() not in _NOT_INITIALS and not ctx.is_protected(
            *m.span()
        ):
            yield from emit(*m.span())

    # ... or before a double-barrelled surname, in a case: "I can read K. Oyelaran-Smith"
    for m in _INITIAL_DOUBLE_SURNAME.finditer(text) if "-" in text and ctx.is_case() else ():
        yield from emit(*m.span())

    # ... or run together on a label, before a date and a specimen number: "JK 2024-03-12 B24.01982"
    for m in _LABEL_INITIALS.finditer(text):
        if m.group(1) not in _NOT_INITIALS:
            yield from emit(*m.span(1))

    # 3. A name-like word right before an age: "Kwame Mensah, 47 ans", "JD, 47 y/o".
    for m in _BEFORE_AGE.finditer(text):
        words = m.group(1).replace("-", " ").split()
        if _PATIENT_FROM.search(text, max(0, m.start(1) - 20), m.start(1)) or (
            fold(m.group(1)) in towns()
            and _PLACE_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1))
        ):
            continue  # "Pte de Lifou, 38 ans": where she is from, left to LOCATION
        place, *of = _last_words(text[max(0, m.start(1) - 30) : m.start(1)]) or [""]
        if place in _NAMEABLE_PLACES and of in (["de"], ["d'"], ["of"]):
            continue  # « un homme de la tribu de Tiéti, 61 ans »: a place's name
        # ("Sato Haruki (46) had his ESD": two name words and a number in brackets count too)
        bracketed = text[m.end(1) : m.end(1) + 2].lstrip()[:1] == "(" and (
            (len(words) > 1 and any(map(_known, words)))  # (not "See Figure (2)")
            # ... or one word after a word that leads to a person: "the marrow for Deshawn (33)"
            or (
                len(words) == 1
                and _PERSON_PREPOSITION.search(text, max(0, m.start(1) - 20), m.start(1))
            )
        )
        if m.group("bare") is not None and (
            (text[m.end(1) : m.end(1) + 1] != "," and not bracketed)
            or not ctx.is_case()
            or any(fold(w) in towns() for w in words)
        ):
            continue  # "Lowri, 16,": a bare number needs a comma, a case, and not "Paris, 12,"
        if m.start(1) in staff_after:
            continue  # « Joyeux anniversaire à notre cadre Nathalie, 60 ans »: a colleague
        before = text[max(0, m.start(1) - 30) : m.start(1)]
        if _own_relative(before) and ctx.own_life(m.start(1)):
            continue  # « Ma fille Inès (7 ans) m'a demandé... »: the author's own child
        if not any(_weak(w) for w in words) and not _after_institution(before):
            yield from emit(m.start(1), m.end(1))

    # ... or without a comma when the sex follows: "Li Wei 67M", « Ouali Belkacem 52a »
    for m in _PAIR_AGE_SEX.finditer(text):
        words = m.group(1).split()
        known = [_known(w) for w in words]
        if (
            (all(known) if m.group(1).islower() else any(known))  # (lower case: "li wei 67M")
            and (m.group(1).islower() or all(w[0].isupper() for w in words))
            and not any(_weak(w) or fold(w) in towns() for w in words)
            and not _after_institution(text[max(0, m.start(1) - 30) : m.start(1)])
        ):
            yield from emit(*m.span(1))

    for m in _SUBJECT_OF_AGE.finditer(text) if ctx.mentions(_WHEN_GATE) else ():
        if not _weak(m.group(1)) and fold(m.group(1)) not in towns():
            yield from emit(*m.span(1))

    # 4. Lexicon names among the words.
    names, firsts = surnames(), first_names()
    # where a colleague's name may start: after "our histotech", « à tous les » (one scan)
    # (a possessive is its owner: "Leah's only 26" is read as "Leah")
    spans = [
        (t.start(), t.end() - 2 if t.group().endswith(("'s", "’s")) else t.end())
        for t in _TOKEN.finditer(text)
    ]
    words = [text[start:end] for start, end in spans]

    def following(i: int) -> tuple[str, int, int] | None:
        """The word after word `i`, with its span."""
        return (words[i + 1], *spans[i + 1]) if i + 1 < len(words) else None

    for i, word in enumerate(words):
        key = fold(word)
        # (a double-barrelled surname in capitals too, on a label: "MORRISON-TAYLOR H23-1187",
        # "LEWIS-ABARA, Precious": one known part is enough)
        surname = key in names or ("-" in key and word.isupper() and _caps_double_surname(key))
        first = key in firsts or ("-" in key and all(p in firsts for p in key.split("-")))
        if not first and i + 1 < len(words) and _chinese_pair(word, words[i + 1]):
            first = True  # "Xiaohong Li"
        # ("Mei-Ling": each part of a hyphenated name capitalised; the cheap test first)
        title_case = (
            len(word) >= 3
            and word[0].isupper()
            and (
                word[1:].islower()
                or (
                    "-" in word
                    and all(p[:1].isupper() and p[1:].islower() for p in word.split("-"))
                )
            )
        )
        if not (surname or first or title_case):
            continue  # most words: cheap checks first
        if key in _MONTH_SHORT and (
            _DAY_AFTER.match(text, spans[i][1])
            or _DAY_BEFORE.search(text, max(0, spans[i][0] - 6), spans[i][0])
            or _MONTH_PREPOSITION.search(text, max(0, spans[i][0] - 8), spans[i][0])
        ):
            continue  # "until Jan 6", "back in Jan": a month, not Jan the person
        if key == "noel" and _SANTA_BEFORE.search(text, max(0, spans[i][0] - 6), spans[i][0]):
            continue  # « Papa Noël est passé au labo »: Father Christmas
        if _PLACE_AFTER_NAME.match(text, spans[i][1]) and _PLACE_BEFORE.search(
            text, max(0, spans[i][0] - 12), spans[i][0]
        ):
            continue  # "a dad from Moss Side": a district, left to LOCATION
        if (
            "-" in key
            and first
            and word.islower()
            and key not in towns()
            and not _weak(word)
            and free(*spans[i])
        ):
            yield from emit(*spans[i])  # "biopsie de marie-hélène": a double first name
            continue
        start, end = spans[i]
        if not free(start, end) or (start and text[start - 1] in "@#/._"):
            continue
        if text[max(0, start - 4) : start].endswith(("La ", "Le ", "Les ")):
            continue  # "à La Rochelle", "Le Mans": a town's article, not a name's
        if not (surname or first):
            # An unknown name right after "la patiente", "son mari", "named": "patient Kerbrat".
            # ("Patient Safety Week": a capitalised "Patient" starts a title, not a name.)
            if _weak(word):
                continue
            prev = text[max(0, start - 30) : start]
            prev_words = prev.removesuffix("(").split()  # ("ma voisine (Josette": past the bracket)
            prev_word = prev_words[-1] if prev_words else ""
            # ("Dear Tamsin (you know who you are, bed 6...)": "Dear" opens the post)
            # (or a relative's word opening a sentence: "Parents Kasia and Tomek waiting outside")
            if (
                prev_word.islower()
                or prev_word in ("Dear", "Chère", "Cher")
                or prev_word.lower() in _KIN_WORDS
            ) and _after_relative(prev):
                # "chez Rolande Pichon": a capitalised word right after is the surname.
                nxt = following(i)
                joined = nxt is not None and text[end : nxt[1]] == " " and _name_like(nxt[0])
                yield from emit(start, nxt[2] if joined else end)
            continue
        nxt = following(i)
        # past a middle initial: "Abigail R. Thorne" (not "Jeanne M. Dupuis", "M." found as a title)
        if (
            i + 2 < len(words)
            and _MIDDLE_INITIAL.fullmatch(text, end, spans[i + 2][0])
            and free(spans[i + 1][0], spans[i + 2][1])
        ):
            nxt = (words[i + 2], spans[i + 1][0], spans[i + 2][1])
        adjacent = nxt is not None and text[end : nxt[1]] in {" ", "  "}
        third = words[i + 2] if i + 2 < len(words) and text[nxt[2] : spans[i + 2][0]] == " " else ""
        # ... or a middle name that is also an eponym, before a known surname: "Ramesh Kumar
        # Yadav" (Kumar of the textbook)
        particle = (
            adjacent
            and first
            and len(third) >= 3
            and not _weak(third)
            and (
                fold(nxt[0]) in _SURNAME_PARTICLES
                or (fold(nxt[0]) in allow_terms() and _name_like(third) and fold(third) in names)
            )
        )
        if particle:
            nxt = (third, nxt[1], spans[i + 2][1])  # (the surname after its particle)
        before = text[max(0, start - 30) : start]
        staff = STAFF_AFTER.match(text, end)
        if _after_institution(before) or start in staff_after or (staff and "(" in staff.group()):
            # "Hôpital Foch"; "our histotech Aroha", « tous les Nicolas »; "Kevin (our chief of
            # surgery)" (a role in brackets: after a comma it may be a relative's, "Thomas, est
            # externe dans notre service")
            continue
        if _BODY_AFTER.match(text, end) or (adjacent and _BODY_AFTER.match(text, nxt[2])):
            continue  # "the Philippine Society of Pathologists", "the Sri Lanka College of ..."
        if text[max(0, start - 4) : start].lower() == "the " and _DOCUMENT_AFTER.match(text, end):
            continue  # "the Francis report"
        # 4a. First name + surname, in any case: "Jean Dupont", "jean dupont", "Jean DUPONT".
        if adjacent and first:
            other = nxt[0].removesuffix("'s")
            patient_like = _AGE_AFTER.match(text, nxt[2]) or _BORN_AFTER.match(text, nxt[2])
            pair_ok = (
                word[0].isupper()
                and _name_like(other)
                # ("Earl Thibodeaux, DOB ...": a first name that is also a word, then a birth date)
                and (not _weak(word) or fold(other) in names or patient_like is not None)
            ) or (
                not _weak(word)
                and fold(other) in names
                and not _weak(other)
                # ("your best dot pic": two short words in lower case are words, not a name)
                and (word[0].isupper() or min(len(word), len(other)) >= 4)
            )
            pair_ok = pair_ok or particle  # "youssef ben salah": a known first name, a particle
            # ("HANS-JÜRGEN WEBER, DOB ...": a known surname that is also an eponym, then a birth date)
            pair_ok = pair_ok or (
                patient_like is not None and bool(_CAP.fullmatch(other)) and fold(other) in names
            )
            # "marie-claude fontaine, 58 ans", "lily morgan, seven years old": an age right after
            # makes a person, even of a first name that is also a word
            pair_ok = pair_ok or (
                word.islower()
                and other.islower()
                and not _weak(other)  # ("marrow on dorothy today, 93": not "dorothy today")
                # ... or a relative's role: "tom walsh (he's my cousin's son)"
                and (_AGE_AFTER.match(text, nxt[2]) or _ROLE_AFTER.match(text, nxt[2])) is not None
            )
            if pair_ok:
                patient_like = patient_like and not ctx.sentence_search(
                    history, start
                )  # "X, born 1771"
                patient_named = _PATIENT_BEFORE_NAME.search(text, max(0, start - 60), start)
                if author(start) and not patient_named:
                    continue
                if _after_relative(before) or patient_like or patient_named or not colleague(start):
                    yield from emit(start, nxt[2])
                continue
        # 4b. Surname first: "DUPONT Jean", "Dupont Marie".
        if (
            adjacent
            and surname
            and not _weak(word)
            and (_is_first(nxt[0]) or _chinese_pair(nxt[0], word))
            and word[0].isupper()
            and nxt[0][0].isupper()
        ):
            # (a birth date after it makes a patient, even on a speaker's slide: « DURAND Marie née
            # le 21/06/1963 »)
            if (
                not colleague(start)
                or _BORN_AFTER.match(text, nxt[2])
                or _AGE_AFTER.match(text, nxt[2])
            ):
                yield from emit(start, nxt[2])
            continue
        # 4b'. Two surnames side by side after "for", "patient": "HPE for Pradeep Kumar Sharma"
        # (the capitalised word before them is the first name, even an unknown one).
        if (
            adjacent
            and surname
            and title_case
            and fold(nxt[0]) in names
            and _name_like(nxt[0])
            and fold(word) not in towns()
        ):
            lead = _UNKNOWN_FIRST_BEFORE.search(text, max(0, start - 40), start)
            if lead and not _weak(lead.group(2)):
                yield from emit(lead.start(2), nxt[2])
                continue
        # 4b''. Record style "JOHNSON, MARK" / "DUPONT, Marie".
        if (
            word.isupper()
            and len(word) >= 3
            and surname
            and nxt is not None
            and text[end : nxt[1]] in {", ", ","}
            and _is_first(nxt[0])
            and nxt[0][0].isupper()
            and not (text[max(0, start - 2) : start] == ", " and _LIST_GOES_ON.match(text, nxt[2]))
        ):
            yield from emit(start, nxt[2])
            continue
        # ... and a list's "Surname, I.": "Two Patel, R. on the list" (not a citation)
        initial = _INITIAL_AFTER_SURNAME.match(text, end)  # (a comma first: most words stop here)
        if initial and title_case and not _weak(word) and key not in towns() and ctx.is_case():
            yield from emit(start, initial.end())
            continue
        # 4b''. A name followed by a relative's role or by "my patient": "sharon (daughter)"; a
        # first name in lower case with a relative after it, "maureen and her husband".
        acronym = word.isupper() and len(word) <= 4  # ("my SIL's grandmother": sister-in-law)
        if not acronym and (
            ((first or (word[0].isupper() and not _weak(word))) and _ROLE_AFTER.match(text, end))
            or (first and not _weak(word) and _AND_RELATIVE_AFTER.match(text, end))
        ):
            yield from emit(start, end)
            continue
        # The author's own child or spouse, in a sentence about the author's life: "My daughter
        # Zoë (7) asked what I do at work" (not "Mon fils Lucas a été opéré": own_life says)
        if first and _own_relative(before) and ctx.own_life(start):
            continue
        # 4c. A first name on its own after "son mari", "my patient", "sa sœur": "son mari Paul",
        # "sa sœur ana" (even in lower case, or a name that is also a word: "Bob", "Rose").
        if (
            first
            and _after_relative(before)
            and (word[0].isupper() or not _weak(word))
            and not author(start)
        ):
            yield from emit(start, end)
            continue
        # 4d. Otherwise a capitalised first name alone, unless thanked as a colleague or part of
        # an eponym ("Marie Curie", "Homer Wright").
        # (a capitalised next word: "Piotr has a..." is not the HAS, the French health authority)
        eponym_next = adjacent and nxt[0][:1].isupper() and fold(nxt[0]) in allow_terms()
        if key in towns() and _PLACE_BEFORE.search(before):
            continue  # "died in Denver", "née à Florence": the town, left to LOCATION
        if key in _FEASTS:
            continue  # "un pull de Noël", "le jeudi de l'Ascension": the feast, not a person
        if key in _KIN_WORDS and ctx.text_search(MY_RELATIVE):
            continue  # "My grandmother is 92 ... Yes, Nana.": the author's relative, addressed
        if word[0].isupper() and first and not _weak(word) and not word.isupper():
            # "Thanks to Aisha (19) for...", "Gareth said it's fine to use his photos": a patient
            patient_said = _PATIENT_AFTER_NAME.match(text, end) is not None
            if key in colleague_words or _ASK_BEFORE.search(text, max(0, start - 14), start):
                continue  # the colleague's first name again; "ask Mei before you touch anything"
            if (
                not eponym_next
                and (patient_said or not colleague(start))
                and not author(start)
                and not _pets_name(_last_words(before))  # ("our dog called Bella")
            ):
                yield from emit(start, end)
            continue
        # 4e. A known surname after "patient", "son mari"...: "la patiente Dupont".
        if word[0].isupper() and surname and not _weak(word) and _after_relative(before):
            yield from emit(start, end)
            continue
        # 4f. An ALL CAPS surname: "DUPONT".
        acronym = text[start - 1 : start] == "(" and text[end : end + 1] == ")"  # "(PIC)"
        # (four letters at least: "LAD", "ENE", "ROS" are abbreviations far more often)
        if word.isupper() and len(word) >= 4 and surname and not _weak(word) and not acronym:
            yield from emit(start, end)

    # Other spellings right after a name found: "Le Corre (ou Le Core ? ou Lecorre ?)".
    for m in ctx.finditer(_SPELLING_VARIANT) if "?" in text else ():
        last = fold(m.group(1).split()[-1])
        if taken.overlaps(max(0, m.start() - 40), m.start()) and last not in allow_terms():
            yield from emit(*m.span(1))
            taken.add(m.start(), m.end(1))

    # 5. Names hidden in hashtags: "#JeanDupont", "#jeandupont", "#TeamLéa".
    for m in _HASHTAG.finditer(text) if "#" in text else ():
        parts = _split_hashtag(m.group(1))
        # "#GerryStrong", "#PrayForMaisieQuinn": a support tag names its person, known or not
        person = [p for p in parts if not _SUPPORT_PREFIX.fullmatch(fold(p))]
        if (
            len(person) < len(parts)
            and 1 <= len(person) <= 3
            # (a first name that is also a word still counts here: "#RaviStrong", not "#StayStrong")
            and all(
                _CAP.fullmatch(p) and (not _weak(p) or fold(p) in first_names()) for p in person
            )
            and not any(fold(p) in towns() for p in person)  # ("#BostonStrong": a town's)
            # ("#TeamScience", "#TeamPath": a team of colleagues, unless a known name follows)
            and ("team" not in map(fold, parts) or any(map(_known, person)))
        ):
            yield from emit(m.start(), m.end())
            continue
        # "Stay strong #MikeyDunne": words of support just before the tag, then a name's two parts
        if (
            2 <= len(parts) <= 3
            and all(_name_like(p) for p in parts)
            and any(map(_known, parts))
            and (
                _SUPPORT_BEFORE_TAG.search(text, max(0, m.start() - 30), m.start())
                # ... or the tag is the subject of news about a person: "#ChiomaEze is home"
                or _PERSON_NEWS_AFTER_TAG.match(text, m.end())
            )
        ):
            yield from emit(m.start(), m.end())
            continue
        # "#MrsPatelLiverTx", "#MrJonesBowelCa": a title, then a capitalised name (whatever the
        # word, as after "Mr " in the text)
        titled = any(
            fold(p) in _HASHTAG_TITLES and i + 1 < len(parts) and parts[i + 1][:1].isupper()
            for i, p in enumerate(parts)
        )
        if titled:
            yield from emit(m.start(), m.end())
            continue
        firsts = [p for p in parts if _is_first(p) and not _weak(p)]
        if not firsts or (len(parts) == 1 and fold(parts[0]) in _COUNTRIES_NAMED_LIKE_PEOPLE):
            continue  # ("#cytopath #India": a country's tag)
        idx = parts.index(firsts[0])
        has_surname = idx + 1 < len(parts) and (
            _name_like(parts[idx + 1]) or fold(parts[idx + 1]) in surnames()
        )
        if has_surname or len(parts) <= 3:
            yield from emit(m.start(), m.end())

    # 6. A name found once, written again elsewhere: "purple for Maisie today #PrayForMaisieQuinn".
    words = {
        word
        for start, end in named
        for word in _TAG_PARTS.findall(text, start, end)
        if len(word) >= 3 and word[0].isupper()
    }
    for word in words if len(words) <= 10 else ():  # (bounded: a long post stays linear)
        # (a first name that is also a word counts too: "her name is Hope ... Hope wins")
        if text.count(word) > 1 and (not _weak(word) or _is_first(word)):  # (cheap test first)
            for m in re.finditer(rf"(?<![\w#@]){re.escape(word)}(?!\w)", text):
                yield from emit(*m.span())
    # ... or quoted in another spelling or case: « j'ai d'abord lu « Dubrouil » », 'says "MILLER"'.
    folded = {fold(word) for word in words if len(word) >= 5}
    for m in _QUOTED_WORD.finditer(text) if folded and len(words) <= 10 else ():
        if any(_one_edit(fold(m.group(1)), word) for word in folded) and not _weak(m.group(1)):
            yield from emit(*m.span(1))
    # The answer to "whose...?" in a chat: "@maya: whose uterus is on bench 2? @tom: Okonkwo's, S24-33107"
    for m in _WHOSE_ANSWER.finditer(text) if "whose" in ctx.low else ():
        if not _weak(m.group(1)) and fold(m.group(1)) not in towns():
            yield from emit(*m.span(1))
    # 7. A capitalised word side by side with a first name found: "Keisha and Kiara".
    for start, end in named[:10]:  # (bounded: a long post stays linear)
        for other in (
            _AND_NAME_AFTER.match(text, end),
            _AND_NAME_BEFORE.search(text, max(0, start - 30), start),
        ):
            if other and not _weak(other.group(1)) and fold(other.group(1)) not in towns():
                yield from emit(*other.span(1))
