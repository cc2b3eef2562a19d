"""ID: French NIR (social security number, mod-97 key), record numbers, accession numbers, barcodes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import PATIENT_REF, Context
from medsocial.checker.detectors.base import Hit, SpanSet
from medsocial.checker.scan import Anchored

_S = r"[\s.\-]?"
_NIR = re.compile(
    # (an underscore is a separator here: "CR_1720...41_colon.pdf" is a file name)
    rf"([12378](?<![^\W_].)){_S}(\d\d){_S}(0[1-9]|1[0-2]|[2-9]\d){_S}(97[1-6]|\d\d|2[AB]){_S}"
    # (overseas: a three-digit département, then a two-digit commune, "974 11")
    rf"(\d{{3}}|(?<=97[1-6])\d\d|(?<=97[1-6][\s.\-])\d\d){_S}(\d{{3}})(?:{_S}(\d\d))?(?![^\W_])",
    re.I,
)
_PLACEHOLDER_KEY = re.compile(r"\s*XX\b")
_NIR_CONTEXT = re.compile(
    r"(?i)\b(?:NIR|INS|s[ée]cu(?:rit[ée]\s+sociale)?|num[ée]ro\s+de\s+s[ée]cu|n°\s*SS|carte\s+vitale)\b"
)
# Record and specimen numbers introduced by their label.
_LABELLED = Anchored(
    r"(?i)\b(?:IPP|NIP|NDA|MRN|NHI|MR\s*#|URN?|NHS\s*(?:number|no\.?|n°)|NHS(?=\s*\d{3}[\s-]?\d{3}[\s-]?\d{4})|CHI|EMR|EHR|NIR|(?-i:FIN|CSN)|"
    # Indian in- and out-patient numbers: "IP no. 2024/IP/33871", "UHID 1188"
    r"(?-i:IP|OP|IPD|OPD|UHID)\s*(?:no\.?|n°|#|number)?(?=\s*:?\s*(?:\d|[A-Z]{1,8}\d|[A-Z]{2,8}[-/]))|"
    r"(?:encounter|visit|account|acct)\s*(?:ID|number|no\.?|n°|#)|encounter(?=\s+[A-Z]{2,5}-\d)|"
    r"n°\s*(?:de\s+)?s[ée]cu(?:rit[ée]\s+sociale)?|num[ée]ro\s+de\s+s[ée]cu(?:rit[ée]\s+sociale)?|"
    r"social\s+security(?:\s+number)?|matricule|"
    # an insurer's member number: "member ID XEH 8841 2207 3", « n° adhérent mutuelle 0448 2207 3 »
    r"(?:member|subscriber|policy|insurance)\s*(?:ID|number|no\.?|#)|n°\s*(?:d')?adh[ée]rent(?:\s+mutuelle)?|"
    # Belgium's national register number: "NISS 75.03.12-284.61"
    r"NISS|INSZ|(?:num[ée]ro|n°)\s+(?:de\s+)?(?:registre\s+)?national|"
    # national identity numbers: Nigeria's NIN, Pakistan's CNIC, Sri Lanka's NIC
    r"(?-i:NIN|CNIC|NIC)|"
    r"n°\s*(?:de\s+|d')?(?:dossier|patient|s[ée]jour|examen|pr[ée]l[eè]vement|bloc|lame|demande|entr[ée]e|admission|venue|contrat)|"
    r"num[ée]ro\s+(?:de\s+|d')?(?:dossier|patient|s[ée]jour|examen|pr[ée]l[eè]vement|demande|entr[ée]e|admission|venue)|dossier(?:\s+n°)?|"
    r"(?:patient|pt|hospital|hosp\.?|record|case|medical\s+record|accession|specimen|sample|lab|block|slide|(?-i:CR)|"
    # a hospital's unit number: "Unit no. RX4471902"
    r"unit)\s*(?:ID|number|no\.?|n°|#)|"
    r"accession|specimen|[ée]chantillon|pr[ée]l[eè]vement|barcode|code[-\s]barres?|[ée]tiquette|label|"
    r"(?:lame|bloc|dossier|examen|demande|slide|block|case|patient|specimen|ID)\s*(?:n°|no\.?|#|number|num[ée]ro)|"
    # a specimen's code right after its noun: "le bloc B2614408", "case H2611873"
    # ... or with slashes: "block B/26/7731-A3"
    r"(?:cas|case|bloc|block|lame|slide)(?=\s+(?-i:[A-Z]{1,3})\d{6,9}\b|\s+(?-i:[A-Z]{1,3})/\d{2}/\d{3,}))"
    # (a hospital's letters may come in parts: "KNH-IP-2611873", "CHU-M/2026/08814")
    # ("barcode on the pot reads P26A0019283": then the finding is the number alone)
    r"(?P<on>\s+(?:on|sur)\s+(?:the|this|le|la|l')\s*[\w-]+)?"
    r"\s*(?:n°|no\.?|#)?\s*(?:[:=]|(?<=\s)(?:is|est|as|was)\s|(?<=\s)(?P<says>reads|says|shows|indique)\s)?\s*(?P<code>"
    # digits in groups of three or more: "IPP 7734 2210"
    r"\d{3,6}(?:\s\d{3,7}){1,3}\b(?![-/.]\d)|[A-Z]{0,8}(?:[-/.][A-Z]{1,4}){0,2}[-/.]?\d[\dA-Z\-/.]{2,20}\d|[A-Z]{1,4}\d{0,3}(?:\s\d{3,5}){2,3}\b|"
    # a prefix, the year and the number spaced out: "SP 22 - 019 443"
    r"[A-Z]{1,4}\s\d{2}\s?[-/.]\s?\d{3}(?:\s\d{3})?\b|"
    # a hospital's code and the year's number: "CHU-YO 2026/1142"
    r"[A-Z]{2,6}-[A-Z]{1,4}\s(?:19|20)\d\d/\d{3,7}\b|"
    # a hospital's code, its register and the number: "KEM/OPD/26/118842", "GMC/IPD/25/004712"
    r"[A-Z]{2,8}(?:/[A-Z]{2,8}){1,2}/\d{2,4}/\d{4,8}\b|"
    # a barcode printed in groups: "7 801234 567893"
    # ... or with dashes between spaced groups: "44 81 - 902 - 33"
    r"\d{1,6}(?:\s[-–]?\s?\d{2,7}){2,4}\b|\d{3,})",
)
# Health-card and personal numbers named by their scheme: Ontario OHIP "5584-486-674-YM", Quebec
# RAMQ "BOUG 5612 1598", Medicare, Ireland's PPS number, India's Aadhaar, the Swiss AVS.
_HEALTH_CARD = Anchored(
    r"(?i:\b(?:OHIP|RAMQ|ABHA|PPSN?|AVS|AHV|aadhaa?r|health\s+card|health\s+ID|carte\s+soleil|medicare(?:\s+card)?|carte\s+d'assurance\s+maladie|(?-i:NAM))"
    r"\s*(?:n°|no\.?|#|number|num[ée]ro)?\s*(?::|\bis\b|\best\b)?\s*\(?)"
    # (Australian Medicare: ten digits in groups of 4, 5 and 1, and the person's number)
    r"(?:[A-Z]{4}\s?\d{4}\s?\d{4}|\d{4}[-\s]?\d{3}[-\s]?\d{3}(?:[-\s]?[A-Z]{2})?|\d{4}\s?\d{5}\s?\d(?:[\s/-]?\d)?|"
    # India's ABHA health ID: 91-4821-7730-9165
    r"\d{2}-\d{4}-\d{4}-\d{4}|\d{10,12}|"
    # Switzerland's AVS number: 756.9217.4403.58
    r"756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}|"
    # Ireland's PPS number, seven digits and one or two letters: "7654321WA"; Aadhaar in groups
    r"\d{7}[A-Z]{1,2}|\d{4}\s\d{4}\s\d{4})\b"
)
# An identity card or passport number: « la CIN marocaine (BE784512) », "passport no. X1234567"
# (the card named first: "CIN" alone is a cervical lesion, « CIN3 »).
_ID_CARD = Anchored(
    r"(?i:\b(?:CIN\s+(?:marocaine|tunisienne)|(?-i:CIN)(?=\s+[A-Z]{1,2}\s?\d{5,8}\b)|CNIE?|carte\s+d'identit[ée](?:\s+nationale)?|passeport|passport|"
    r"national\s+ID(?:\s+card)?|ID\s+card)\s*(?:n°|no\.?|#|number|num[ée]ro)?\s*:?\s*\(?\s*)"
    r"([A-Z]{1,2}\s?\d{5,8})\b"
)
# Pathology accession numbers: S21-12345, B22.04567, H2023-1187, LBC2611-0473, RX9-44813, AP-21-1234,
# 21-S-12345.
_ACCESSION = re.compile(
    r"[A-Z\d](?<![\w.\-/].)(?:(?<=[A-Z])(?:[A-Z]{0,2}-?\d{2,4}[-./_]\d{3,7}|[A-Z]?\d[-./]\d{4,7}|[A-Z]{1,2}-\d{2}-\d{3,7}|[A-Z]?\d{2}[A-Z]\d{4,6}|"
    # a specimen and its part letter: "SN-2291-A", "BX-4471-C"; a record's letters and number: "EHB-778203";
    # a month's running number: "GB-2611-07"
    r"[A-Z]{0,2}-\d{4,6}-[A-Z](?![\w\-/])|[A-Z]{1,3}-\d{6,8}|[A-Z]-(?!(?:19|20)\d\d-)\d{4}-\d{2}(?!\d))"
    # (the year first: "21-S-12345", "26/PB/00913"; not an ethics reference: "REC 24/NE/0113")
    r"|(?<=\d)\d-(?![IVX]{1,4}-\d{2,4}(?![\w-]))[A-Z]{1,3}-\d{3,7}|(?<=\d)\d/(?![IVX]{1,4}/)[A-Z]{1,3}/\d{5,7}|(?<=\d)\d[A-Z]{1,2}[-.]?\d{4,7})(?:[-/][A-Z]?\d{1,2})?"
    # (a file name may follow: "H2023-1187_HES_x20.jpg")
    r"(?![^\W_]|[-/]|\.\d)"
)
# The block or slide named right after a specimen number: "S24-1883, block A4".
_BLOCK_AFTER = re.compile(r"(?i)[\s,;]*(?:block|bloc|lame|slide)\s+([A-Z]{1,2}\d{1,2})\b")
_NOT_ACCESSION = re.compile(
    r"^(?:COVID|SARS|CD|HER|PD|ISO|ICD|CIM|WHO|OMS|ECP|IHC|FISH|NGS|CAR|TP|Ki)", re.I
)
_LAW_ARTICLE = re.compile(r"(?i)\bart(?:icle)?s?\.?\s*$")
# A specimen named just before its number: « la pièce de Whipple B25.07731 » (even in a sentence
# about a meeting).
_SPECIMEN_BEFORE = re.compile(
    r"(?i)\b(?:pi[eè]ce|specimen|bloc|block|lame|slide|biops\w*|pr[ée]l[eè]vement|cassette|pot)\b[^.!?\n]{0,25}$"
)
# A reagent's lot or an antibody's clone, not a patient's number: "lot 44A1923", "clone SP263".
_REAGENT_BEFORE = re.compile(
    r"(?i)\b(?:lots?|batch|clone|cat(?:alog(?:ue)?)?\.?)\s*(?:n°|no\.?|#|number|num[ée]ro)?\s*:?\s*$"
)
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:\be\.g\.|\bex\.|\bexemple|\bexample|\bformat|\bsuch\s+as|\bdummy(?:\s+\w+)?|\bfictif|\bfictitious)"
    r"\s*:?\s*\(?$"
)
# A Code 39 barcode as printed on labels: "*A0099812774*".
_CODE39 = re.compile(r"\*[A-Z0-9][A-Z0-9.-]{4,18}[A-Z0-9]\*")  # (dashes and dots are Code 39 too)
# A specimen number typed in lower case in a case: « la bx de m. moreau s26-11742 ».
_LOWER_ACCESSION = re.compile(r"(?<![\w./-])[a-z]{1,2}\d{2}[-.]\d{4,6}(?![\w/-]|\.\d)")
# A hospital's register number with slashes: "LUTH/HIST/2291/24", "MH/24/00871", "E/2024/031187"
# (in a case post).
_SLASHED_CODE = re.compile(
    r"[A-Z](?<![\w/][A-Z])[A-Z]{0,7}(?:/[A-Z]{2,8}){0,2}/\d{2,6}/\d{2,6}(?![\w/])"
)
# A record number a few words after its label: "MRN on the request form NW3381057".
# ... or an NHS, PPS or identity card number in its own format: "the NHS no. on the cassette itself:
# 485.773.9456", "PPS number ... on a request form: 7654321TA", « le CIN de la patiente ..., AB123456 ».
_LABEL_THEN_CODE = Anchored(
    r"(?i)\b(?:MRN|IPP|NDA|NHS\s+(?:no\.?|number)|hospital\s+(?:no\.?|number)|PPSN?|(?-i:CIN|CNIE?))(?![\w.])[^.\n\d]{1,60}?\b("
    r"(?-i:[A-Z]{1,3})-?\d{6,10}|\d{3,4}[\s.-]\d{3}[\s.-]\d{3,4}|\d{7}(?-i:[A-Z]{1,2}))\b"
)
# A reference with letters before its number: "Ref #TBH-AP-26/55210", « Réf. CYTO-26/07788 » (not
# "Ref 2019": a bare number after "ref" is often a citation's year).
_REF_CODE = Anchored(
    r"(?i:\br[ée]f(?:[ée]rence)?\b\.?\s*(?:#|n°|no\.?|:)?\s*#?)"
    r"((?-i:[A-Z]{2,8})(?:[-/.][A-Z]{1,4}){0,2}[-/.]?\d[\dA-Z\-/.]{2,20}\d)"
)
# A label's number printed in three groups of four digits: "2611-0049-7783" (in a case post).
_GROUPED_CODE = re.compile(r"\d(?<![\w.,/-]\d)\d{3}-\d{4}-\d{4}(?![\w-])")
_SSN = re.compile(r"\d(?<![\w-]\d)\d\d-\d{2}-\d{4}(?![\w-])")  # US social security number
# Long digit runs (barcodes, record numbers), but not counts: "200000000 users", "12000000 €".
_LONG_NUMBER = re.compile(
    r"\d(?<![\w.,/+-]\d)\d{7,}(?![\w/]|[.,]\d)(?!\s*(?:users|utilisateurs|members|membres|people|personnes|"
    r"views|vues|followers|abonn[ée]s|patients|cases|cas|cells|cellules|€|\$|euros?|dollars?|km|years|ans))"
)
_ACCESSION_WHAT = ("Un numéro d'examen ou de prélèvement", "An accession or specimen number")
# Codes that count only in a case post, outside a sentence about an event: each with the separator
# it needs twice ("" for none) and what it is.
_CASE_CODES = (
    (_LOWER_ACCESSION, "", _ACCESSION_WHAT),
    (_SLASHED_CODE, "/", ("Un numéro de dossier", "A record number")),
    (_GROUPED_CODE, "-", ("Un code-barres", "A barcode")),
)
# ("her number", "phone number": a phone's)
_NHS_WORD = re.compile(
    r"(?i)NHS|CHI|(?<!her\s)(?<!his\s)(?<!their\s)(?<!phone\s)(?<!mobile\s)(?<!contact\s)(?<!cell\s)number"
)
# Phone numbers are left to the CONTACT detector (French, then UK 11-digit numbers).
_PHONE_DIGITS = re.compile(r"0[1-9]\d{8}|0033\d{9}|33\d{9}|0[1237]\d{9}|44\d{10}")
_NHS = re.compile(r"(\d(?<!\w\d)\d\d)\s?(\d{3})\s?(\d{4})(?![\w])")


_THREE_DIGITS = re.compile(r"\d\s?\d\s?\d")  # (in a row, or spaced in pairs: "IPP 80 77 54 12")
_ZEROS_AT_END = re.compile(r"(?<!\d)000+$")


def nir_key_ok(parts: tuple[str, ...]) -> bool:
    """Check the two-digit key of a French NIR (97 - number mod 97).

    Corsica: 2A counts as 19 and 2B as 18. Some software also subtracts 1,000,000 (2A) or
    2,000,000 (2B) from the number; either key is accepted, since both circulate.
    """
    sex, year, month, dept, commune, order, key = parts
    if key is None:
        return False
    body = f"{sex}{year}{month}{dept}{commune}{order}".upper()
    corsica = {"2A": ("19", 1_000_000), "2B": ("18", 2_000_000)}.get(dept.upper())
    if corsica is None:
        return 97 - int(body) % 97 == int(key)
    digits, offset = corsica
    number = int(body.replace(dept.upper(), digits, 1))
    return int(key) in (97 - number % 97, 97 - (number - offset) % 97)


def _nhs_ok(digits: str) -> bool:
    """NHS number modulus-11 check digit."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9]) and check != 10


_NHS_NAMED = re.compile(r"\b(?:NHS|CHI)\b")


def nhs_number(ctx: Context, start: int, end: int) -> bool:
    """A valid NHS number (mod-11 check digit) that the words around it or its sentence name."""
    digits = "".join(filter(str.isdigit, ctx.text[start:end]))
    if len(digits) != 10 or not _nhs_ok(digits):
        return False
    return bool(
        ctx.before(_NHS_WORD, start, 30)
        or _NHS_WORD.search(ctx.text, end, end + 20)  # "485 777 3456 is the NHS no."
        or ctx.sentence_search(_NHS_NAMED, start)
        or ctx.before(_NHS_NAMED, start, 60)  # "the NHS no. on the form (943 476 5919)"
    )


def _belgian_ok(number: str) -> bool:
    """Belgian national number (YY.MM.DD-XXX.CC): CC = 97 - (YYMMDDXXX mod 97), with a 2 before
    the nine digits for people born from 2000."""
    digits = re.sub(r"\D", "", number)
    base, key = int(digits[:9]), int(digits[9:])
    return key in (97 - base % 97, 97 - (2_000_000_000 + base) % 97)


def _yymmdd_ok(number: str) -> bool:
    """A number that opens with a real birth date, YYMMDD (a Malaysian identity card)."""
    month, day = int(number[2:4]), int(number[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def _ean13_ok(number: str) -> bool:
    """Swiss AVS number (756.XXXX.XXXX.XC): its last digit is an EAN-13 check digit."""
    digits = [int(c) for c in re.sub(r"\D", "", number)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


# National numbers with a check: Belgian "85.07.30-033.28", Swiss AVS "756.9482.1357.07"; and an
# Ontario health card's shape, "4532-281-907-KT"; a Pakistani CNIC; a Malaysian identity card
# (MyKad: the birth date, the state, four digits: "780412-14-5562"). (One scan of the post for all.)
_NATIONAL_NUMBER = re.compile(
    r"\d(?<![\w.-]\d)(?:(?P<belgian>\d\.[01]\d\.[0-3]\d-\d{3}\.\d\d)|(?<=7)(?P<avs>56\.?\d{4}\.?\d{4}\.?\d\d)"
    r"|(?P<card>\d{3}-\d{3}-\d{3}-[A-Z]{2})|(?P<cnic>\d{4}-\d{7}-\d)"
    r"|(?P<mykad>\d[01]\d[0-3]\d-\d\d-\d{4}))(?![\w-]|\.\d)"
)
# Québec's health insurance number, which needs no label: four letters of the names, then the
# birth date (month + 50 for women) and two digits, "TREM 6508 1214".
# Mexico's CURP: four letters, the birth date, the sex, five letters, a character and a digit.
_CURP = re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d\b")
# A number named by its scheme's letters: "CCC number 13939-04821" (in a case; not a PMID, DOI,
# lot or purchase order).
_ACRONYM_NUMBER = re.compile(
    r"\b(?!(?:PMID|PMCID|DOI|ISBN|ISSN|ICD|CIM|ISO|EQA|LOT|REF|CE|UDI|SNOMED|LOINC|OMIM|PO|GLPI)\b)[A-Z]{2,5}\s+"
    r"(?:number|no\.?|n°|#)\s*:?\s*(\d[\d-]{4,14}\d)\b"
)
# A national number named as such: « numéro de registre national », NISS.
_NATIONAL_NAMED = re.compile(
    r"(?i)\b(?:registre\s+national|rijksregister|num[ée]ro\s+national|national\s+(?:register|number)|NISS|INSZ)\b"
)
_AADHAAR_WORDS = ("aadhaar", "aadhar")
_AADHAAR = re.compile(r"(?<![\w.-])[2-9]\d{3}\s\d{4}\s\d{4}(?![\w-]|\.\d)")
_RAMQ = re.compile(r"\b[A-Z]{4}\s?\d\d(?P<month>\d\d)\s?(?P<day>\d\d)\d\d\b")
_NATIONAL_CHECKS = {
    "belgian": (_belgian_ok, ("Un numéro national belge", "A Belgian national number")),
    "avs": (_ean13_ok, ("Un numéro AVS suisse", "A Swiss AVS number")),
    "card": (None, ("Un numéro d'assurance maladie", "A health card number")),
    # Pakistan's identity card, 5-7-1 digits: "35202-4479132-5"
    "cnic": (None, ("Un numéro de carte d'identité (CNIC)", "An identity card number (CNIC)")),
    "mykad": (_yymmdd_ok, ("Un numéro de carte d'identité", "An identity card number")),
}


# A specimen number read out in words: "S twenty-six dash four four one nine", « H vingt-six,
# quatre mille quatre cent dix-sept » (a letter, then three number words or more), a barcode or a
# NIR read out digit by digit ("zero-zero-four-one, eight-eight-two, ...": seven words or more).
_NUMBER_WORD = (
    r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|z[ée]ro|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)"
)
# (« vingt et un »; "double-oh", "triple five": a digit said twice or three times)
_NUMBER_TOKEN = (
    rf"(?:(?:double|triple)[\s-]?)?{_NUMBER_WORD}(?:(?:-|-et-|\s+et\s+){_NUMBER_WORD})*\b"
)
# Words that make a number read out worth looking for in a post with no case: a specimen's, a
# record's, or a phone's (it identifies whoever it is: « rappelez-moi au zéro six ... »).
_READ_OUT_GATE = ("accession", "specimen", "block", "bloc", "lame", "slide", "numéro", "number", "dossier",
                  "label", "barcode", "étiquette", "pot", "nir", "sécu", "code", "mrn", "ipp", "nhs",
                  "phone", "tél", "portable", "mobile", "appel", "call")  # fmt: skip
_SPELLED_ID = re.compile(
    rf"(?<![\w-])(?:(?P<letter>(?-i:[B-HJ-Z]))\s+)?{_NUMBER_TOKEN}"
    rf"(?:(?:\s*,\s*|\s+)(?:(?:dash|tiret|slash|-|–|/|cl[ée]|key)\s+)?{_NUMBER_TOKEN}){{2,}}",
    re.I,
)
_NUMBER_WORDS = re.compile(_NUMBER_WORD, re.I)
_DIGIT_WORDS = re.compile(r"(?i)\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b")
# A phone number read out: it starts with a zero and a phone word comes before it, not a record's
# (« Sa fille a laissé son numéro : zéro six, trente-deux, ... »). The CONTACT detector reports it.
_PHONE_BEFORE = re.compile(
    r"(?i)\b(?:t[ée]l[ée]?(?:phone)?|phone|portable|mobile|cell|call|ring|r?appel(?:er|ez)|joindre|"
    r"num[ée]ro|number)\b[^.!?\n]{0,80}$"
)

_RECORD_WORD = re.compile(
    r"(?i)\b(?:barcode|code-barres|accession|specimen|MRN|NIR|IPP|NDA|dossier|record|block|bloc)\b[^.!?\n]*$"
)


def spelled_numbers(ctx: Context) -> list[tuple[re.Match[str], bool]]:
    """Numbers read out in words that identify, each with True when it is a phone number (found
    once per post: the ID and the CONTACT detectors both report them)."""
    return ctx.once(_read_out_numbers)


def _read_out_numbers(ctx: Context) -> list[tuple[re.Match[str], bool]]:
    """See `spelled_numbers`."""
    found: list[tuple[re.Match[str], bool]] = []
    if not (ctx.is_case() or ctx.mentions(_READ_OUT_GATE)):
        return found
    for m in _SPELLED_ID.finditer(ctx.text):
        if not m.group("letter") and len(_NUMBER_WORDS.findall(m.group())) < 7:
            continue  # (without a letter, a barcode's worth of digits: not "two or three")
        # (not a record read out over the phone: "read the barcode out over the phone: zero-zero...")
        # (a zero first, or ten digits: a North American number, "call back on four one six, five
        # five five, zero one eight two")
        phone = (
            (
                m.group().lower().startswith(("zéro", "zero", "oh"))
                or len(_DIGIT_WORDS.findall(m.group())) == 10
            )
            and bool(ctx.before(_PHONE_BEFORE, m.start(), 100))
            and not ctx.before(_RECORD_WORD, m.start(), 100)
        )
        found.append((m, phone))
    return found


def _id(ctx: Context, start: int, end: int, what: tuple[str, str], severity: str = "block") -> Hit:
    return Hit(
        "ID", start, end,
        ctx.say(f"{what[0]} identifie directement le patient. Supprimez-le.",
                f"{what[1]} directly identifies the patient. Remove it."),
        "", severity,
    )  # fmt: skip


# A code inside a finding (its label left out): letters, then digits with their separators.
_CODE_IN_HIT = re.compile(r"[A-Z]{0,3}\d[\dA-Z./-]{4,}\d")


def _shape(code: str) -> str:
    """A pattern for any code written like `code`: "S26-04417" gives one for "S26-11873"."""
    body = re.sub(r"\d+", lambda m: rf"\d{{{len(m[0])}}}", re.escape(code))
    return re.sub(r"[A-Z]+", lambda m: f"[A-Z]{{{len(m[0])}}}", body)


def _same_shape(ctx: Context, hits: list[Hit]) -> Iterator[Hit]:
    """Codes written exactly like an ID already found: "the MRN on this req is 4471·902·336 and
    the one on the pot is 4471·920·336" (two records; the second has no label of its own)."""
    taken = SpanSet(len(ctx.text))
    shapes = set()
    for hit in hits:
        taken.add(hit.start, hit.end)
        for code in _CODE_IN_HIT.findall(ctx.text, hit.start, hit.end):
            # (with separators or letters: a plain run of digits could be anything)
            if sum(c.isdigit() for c in code) >= 6 and not code.isdigit():
                shapes.add(_shape(code))
    for shape in shapes:
        for m in re.finditer(rf"(?<![\w./-]){shape}(?![\w-]|[./]\d)", ctx.text):
            if not taken.overlaps(*m.span()) and not ctx.is_protected(*m.span()):
                taken.add(*m.span())
                yield _id(
                    ctx,
                    *m.span(),
                    ("Ce numéro, écrit comme l'autre,", "This number, written like the other one,"),
                )


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield NIRs, record numbers, accession numbers, barcodes, and codes written like them."""
    hits = list(_detect(ctx))
    yield from hits
    if hits:
        yield from _same_shape(ctx, hits)


def _detect(ctx: Context) -> Iterator[Hit]:
    """Yield NIRs, labelled record numbers, accession numbers and long barcodes."""
    text = ctx.text
    taken = SpanSet(len(text))
    for m, phone in spelled_numbers(ctx):
        if not phone:
            what = ("Ce numéro, même en toutes lettres,", "This number, even spelled out,")
            yield _id(ctx, *m.span(), what)
    if not _THREE_DIGITS.search(text):
        return  # every identifier below has at least three digits, in a row or spaced once

    def free(start: int, end: int) -> bool:
        # (a reagent's lot is never the patient's: "Lot 2204119873 of our Ki-67 clone")
        # (nor a placeholder: "S26-00000 is our dummy accession for EQA runs")
        return (
            not taken.overlaps(start, end)
            and not ctx.is_protected(start, end)
            and not ctx.before(_REAGENT_BEFORE, start, 16)
            and not _ZEROS_AT_END.search(text, start, end)
        )

    for m in _NIR.finditer(text):
        if _PLACEHOLDER_KEY.match(text, m.end()):
            taken.add(*m.span())
            continue  # « NIR 1 00 01 99 999 999 XX » in a dummy record: a template, no key
        valid = nir_key_ok(m.groups())
        context = ctx.before(_NIR_CONTEXT, m.start()) is not None
        if valid or context or m.group(7) is not None:
            taken.add(*m.span())
            what = ("Un numéro de sécurité sociale (NIR)", "A French social security number (NIR)")
            if not (valid or context):
                what = (
                    "Ce long numéro (sécurité sociale, dossier)",
                    "This long number (social security, record)",
                )
            yield _id(ctx, *m.span(), what)
    for m in _NATIONAL_NUMBER.finditer(text):
        valid, what = _NATIONAL_CHECKS[m.lastgroup or "card"]
        # (a wrong key still counts when the number is named: « registre national : ... »)
        if free(*m.span()) and (
            valid is None or valid(m.group()) or ctx.before(_NATIONAL_NAMED, m.start(), 60)
        ):
            taken.add(*m.span())
            yield _id(ctx, *m.span(), what)
    specimen_ends: list[int] = []  # where a block number may follow: "S24-1883, block A4"
    for m in ctx.finditer(_LABELLED):
        if ctx.before(_EXAMPLE_BEFORE, m.start(), 20):
            continue  # "the sandbox uses dummy accession S00-00001": an example
        if free(*m.span("code")):  # (a valid NIR after "NIR" is reported once, above)
            start = m.start("code") if m.group("on") or m.group("says") else m.start()
            taken.add(start, m.end())
            specimen_ends.append(m.end())
            yield _id(
                ctx,
                start,
                m.end(),
                (
                    "Un numéro de dossier, d'examen ou de prélèvement",
                    "A record, accession or specimen number",
                ),
            )
    for m in ctx.finditer(_ID_CARD):
        if free(*m.span(1)):
            taken.add(*m.span(1))
            yield _id(
                ctx, *m.span(1), ("Un numéro de pièce d'identité", "An identity document number")
            )
    for m in ctx.finditer(_REF_CODE):
        if free(*m.span(1)) and not _NOT_ACCESSION.match(m.group(1)):
            taken.add(*m.span(1))
            yield _id(ctx, *m.span(1), ("Un numéro de dossier", "A record number"))
    for m in ctx.finditer(_LABEL_THEN_CODE):
        if free(*m.span(1)):
            taken.add(*m.span(1))
            yield _id(ctx, *m.span(1), ("Un numéro de dossier", "A record number"))
    # India's Aadhaar, twelve digits in threes of four, when the post names it anywhere ("Aadhaar
    # number printed on the requisition?! 4829 1173 6650")
    for m in _AADHAAR.finditer(text) if ctx.mentions(_AADHAAR_WORDS) else ():
        if free(*m.span()):
            taken.add(*m.span())
            yield _id(ctx, *m.span(), ("Un numéro Aadhaar", "An Aadhaar number"))
    for m in ctx.finditer(_HEALTH_CARD):
        if free(*m.span()):
            taken.add(*m.span())
            yield _id(
                ctx,
                *m.span(),
                (
                    "Un numéro personnel (santé, sécurité sociale)",
                    "A personal (health or social security) number",
                ),
            )
    for pattern in (_CURP, _ACRONYM_NUMBER) if ctx.is_case() else (_CURP,):
        for m in pattern.finditer(text):
            span = m.span(m.lastindex or 0)
            if free(*span):
                taken.add(*span)
                yield _id(ctx, *span, ("Un numéro personnel", "A personal number"))
    for m in _RAMQ.finditer(text):  # (after its label, above, the label is part of the finding)
        month, day = int(m.group("month")) % 50, int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31 and free(*m.span()):
            taken.add(*m.span())
            yield _id(ctx, *m.span(), _NATIONAL_CHECKS["card"][1])
    for m in _ACCESSION.finditer(text):
        if ctx.before(_LAW_ARTICLE, m.start(), 12):
            continue  # "article R4127-206 du code de la santé publique"
        if ctx.before(_EXAMPLE_BEFORE, m.start(), 20) and not ctx.sentence_search(
            PATIENT_REF, m.start()
        ):
            continue  # "switch to the new format (e.g. S26-00001)": an example, not a specimen
        event = ctx.is_event(m.start()) and not ctx.before(_SPECIMEN_BEFORE, m.start(), 40)
        if free(*m.span()) and not _NOT_ACCESSION.match(m.group(0)) and not event:
            taken.add(*m.span())
            yield _id(ctx, *m.span(), _ACCESSION_WHAT)
            specimen_ends.append(m.end())
    for end in specimen_ends:
        block = _BLOCK_AFTER.match(text, end)
        if block and free(*block.span(1)):
            taken.add(*block.span(1))
            what = ("Le bloc de ce prélèvement", "The block of this specimen")
            yield _id(ctx, *block.span(1), what)
    for m in _CODE39.finditer(text) if "*" in text else ():
        if free(*m.span()) and any(c.isdigit() for c in m.group(0)):
            taken.add(*m.span())
            yield _id(ctx, *m.span(), ("Un code-barres", "A barcode"))
    for pattern, separator, what in _CASE_CODES if ctx.is_case() else ():
        if separator and text.count(separator) < 2:
            continue  # (a cheap test first: two slashes or dashes at least)
        for m in pattern.finditer(text):
            if free(*m.span()) and not ctx.is_event(m.start()):
                taken.add(*m.span())
                yield _id(ctx, *m.span(), what)
    for m in _SSN.finditer(text):
        if free(*m.span()):
            taken.add(*m.span())
            yield _id(ctx, *m.span(), ("Un numéro de sécurité sociale", "A social security number"))
    for m in _NHS.finditer(text):
        if free(*m.span()) and nhs_number(ctx, *m.span()):
            taken.add(*m.span())
            yield _id(ctx, *m.span(), ("Un numéro NHS", "An NHS number"))
    for m in _LONG_NUMBER.finditer(text):
        if free(*m.span()) and not _PHONE_DIGITS.fullmatch(m.group(0)):
            taken.add(*m.span())
            yield _id(
                ctx,
                *m.span(),
                ("Ce long numéro (code-barres, dossier)", "This long number (barcode, record)"),
            )
