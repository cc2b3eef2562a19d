"""CONTACT: phone numbers, e-mail addresses, and links or handles that belong to the patient."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import JOB_AD, PATIENT_REF, RELATIVE_WORDS, Context, quoted
from medsocial.checker.detectors.base import Hit, SpanSet
from medsocial.checker.detectors.ids import nhs_number, spelled_numbers
from medsocial.checker.scan import Anchored

_SEP = r"[\s.\-/]?"
# (Anchored: each is tried only where its first characters are, see `scan`.)
_PHONES = [
    # French: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6 ..., 0033 6...
    Anchored(rf"(?<![\w+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|0)[1-9](?:{_SEP}\d\d){{4}}(?!\d)"),
    # International: +44 20 7946 0958, +1 (617) 555-0100
    Anchored(
        r"(?<![\w+])\+\s?\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,4}(?:[\s.\-]?\d{2,4}){2,4}(?!\d)"
    ),
    # North American: (617) 555-0100, 617-555-0100, 617.555.0100
    Anchored(r"(?<![\w+])(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?!\d)"),
    # UK: 020 7946 0958, 07700 900123, and unspaced 07700900123 (also after spaced digits are joined)
    Anchored(r"(?<![\w+])0\d{2,4}\s\d{3,4}\s?\d{3,4}(?!\d)"),
    Anchored(r"(?<![\w+.,/-])0[1237]\d{9}(?![\w.,/-]\d|\d)"),
    # ... and dotted: 0412.338.907 (an Australian mobile), 020.7946.0958
    Anchored(r"(?<![\w+.])0\d{2,4}\.\d{3,4}\.\d{3,4}(?!\.?\d)"),
    # Pakistani and Indian mobiles with their dash: 0300-4417829, 0321-5552190
    Anchored(r"(?<![\w+.,/-])03\d\d-\d{7}(?![\w-])"),
    # Senegalese mobiles, 2-3-2-2 digits: 77 645 12 98
    Anchored(r"(?<![\w+.,/-])7[05678]\s\d{3}\s\d\d\s\d\d(?![\w.,/-]?\d)"),
]
# Short local numbers after a phone word: "phone 555-0123", "tél. 45 67 89 12".
_PHONE_WORD = Anchored(
    r"(?i)\b(?:t[ée]l|t[ée]l[ée]phone|phone|portable|mobile|cell|call|appel(?:er|ez)|joindre|number|num[ée]ro)"
    # (whose it is may come between: « Téléphone du mari : 77 555 08 41 »)
    rf"(?:\s+(?:du|de\s+la|de\s+sa|of\s+the|of\s+her|of\s+his)\s+(?:{RELATIVE_WORDS}))?"
    r"[\s.:]{1,3}(\d{2,4}(?:[\s.\-]?\d{2,4}){1,4})(?!\d)"
)
# "the NHS no. on the cassette itself: 485.773.9456": a record number, even with a wrong check digit.
_NHS_LABEL_BEFORE = re.compile(r"(?i)\bNHS\s+(?:no\.?|number)[^\d\n]{0,50}$")
# ... but "patient number 20394857", "MRN number ..." is a record number (the ID detector's).
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:patient|record|MRN|hosp(?:ital)?|visit|encounter|acc(?:oun)?t|case|specimen|accession|sample|"
    r"lab|block|slide|NHS|CHI|dossier|IPP|NDA|examen|s[ée]jour|demande|pr[ée]l[eè]vement)\s*$"
)
_EMAIL = re.compile(r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_CHAT_HOSTS = r"(?:wa|t|m|signal)\.me/"  # WhatsApp, Telegram, Messenger, Signal
_URL = Anchored(
    r"(?i)\b(?:https?://|www\.|(?:facebook|fb|instagram|tiktok|twitter|x|linkedin|youtube|gofundme|"
    r"leetchi|snapchat|threads)\.(?:com|net)/|"
    # a chat link is a phone number: "wa.me/50937551234", "t.me/..."
    rf"{_CHAT_HOSTS})[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]"
)
_PERSONAL_SITE = re.compile(
    r"(?i)(?:facebook\.com|fb\.com|instagram\.com|tiktok\.com|(?:twitter|x)\.com/\w+/?(?:[?#]|$)|linkedin\.com/in/|"
    r"gofundme|leetchi|helloasso|cagnotte|youtube\.com/@|snapchat|onlyfans|bsky\.app/profile|"
    r"threads\.net/@|caringbridge|justgiving)"
)
_CHAT_LINK = re.compile(rf"(?i)(?<![\w.]){_CHAT_HOSTS}")
_SAFE_SITE = re.compile(
    r"(?i)(?:doi\.org|pubmed|ncbi\.nlm|nih\.gov|who\.int|has-sante|e-cancer|uscap|pathologyoutlines|"
    r"\.edu\b|journals?|springer|elsevier|wiley|nature\.com|thelancet|nejm|bmj|jamanetwork|arxiv|"
    r"medrxiv|github|wikipedia|legifrance|ordre\.medecin|sfpathol|esp-pathology|cap\.org)"
)
# A shared mailbox (course office, recruitment, secretariat) is not a person.
_ROLE_MAILBOX = re.compile(
    r"(?i)^(?:[\w+]+[._-])*(?:contact|info|infos|office|admin|secr[ée]tariat|secretariat|courses?|cours|"
    r"formation|teaching|enseignement|education|residents?|internes|noreply|no-reply|webmaster|support|"
    r"communication|comms|press|presse|editor|editorial|team|[ée]quipe|accueil|inscriptions?|registration|"
    r"events?|recrutement|recruitment|jobs|careers|rh|hr|pathcourse|course-office|reception|bookings?|"
    r"enquiries|queries|lab|labo|histo\w*|cyto\w*|anapath\w*|cutup|switchboard|secretary)(?:[._-][\w+]+)*@"
)
# A handle after "with", "avec", "thanks to": a colleague the author works with, not the patient.
_WITH_COLLEAGUE = re.compile(
    r"(?i)\b(?:avec|with|by|par|merci\s+[àa]|thanks?\s+to|thank\s+you|cc|feat\.?|ft\.?|host(?:ed)?\s+by|and|et|&)\s*$"
)
_RELATIVE = re.compile(
    rf"(?i)\b(?:patiente?|famille|family|parents|enfant|child|his|her|sa|ses|she|he|him|elle|{RELATIVE_WORDS})\b"
)
# (a Bluesky handle is a domain name, hyphens included: "@histo-nerd.bsky.social")
_HANDLE = Anchored(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[\w.-]+\.\w+)?")
# A bare web address after "her blog", "sa cagnotte": the patient's own site ("mysarcomastory.com").
# (".example" is reserved for invented addresses, as in this course's own examples)
_SITE_DOMAINS = (
    "com",
    "fr",
    "net",
    "org",
    "be",
    "ch",
    "ca",
    "blog",
    "info",
    "co.uk",
    "ie",
    "eu",
    "example",
)
_SITE_GATE = tuple(f".{domain}" for domain in _SITE_DOMAINS)  # (a cheap test first)
_BARE_SITE = re.compile(
    r"(?<![\w@./-])[a-z0-9][\w-]{2,40}\.(?:"
    + "|".join(map(re.escape, _SITE_DOMAINS))
    + r")\b(?![.@-]\w)(?:/[^\s)\]]*)?"
)
_SITE_OWNER_BEFORE = re.compile(
    r"(?i)\b(?:her|his|their|son|sa|leur)\s+(?:own\s+)?(?:blog|site|website|web\s+page|page|cagnotte|fundraiser|"
    r"podcast|newsletter|substack)\W{0,3}$|"
    # ... or a fundraiser for someone named: "The fundraiser for Destiny Okafor is gofund.example/..."
    r"\b(?:fundraiser|cagnotte|collecte|appeal)\s+(?:for|pour|de|d')\s*(?:[\w'’-]+\s+){1,3}(?:is|est|at|on|sur|:|here|ici)\W{0,3}$"
)
# A handle is the patient's when the words before it say so.
_PATIENT_HANDLE = Anchored(
    r"(?i)(?:patiente?|\bpte?(?=\s)|\bchez\s+$|son\s+compte|sa\s+page|son\s+insta\w*|sa\s+story|sa\s+publication|son\s+post|his\s+(?:account|page|insta\w*|handle)|"
    r"her\s+(?:account|page|insta\w*|handle)|their\s+(?:account|page)|(?:fils|fille|m[eè]re|p[eè]re|"
    r"mari|femme|famille|son|daughter|mother|father|husband|wife|family|mum|mom|maman|papa|dad|"
    r"brother|sister|fr[eè]re|s(?:oe|œ)ur|parents?)\b[^.!?\n]{0,30}|tag(?:uez)?\s+(?:her|him|them|la|le)|(?:la|le|les)\s+tagu(?:er|ez)|identifiez-(?:la|le)|"
    r"cagnotte|fundraiser|(?P<weak>suivez)|follow\s+(?:him|her|them)|(?:his|her|their)\s+(?:journey|story|fight|battle)|"
    r"son\s+(?:parcours|combat)|(?P<platform>(?-i:IG)\b|instagram|insta|tiktok|facebook|snap(?:chat)?|mastodon|bluesky))"
    r"(?:'s)?[\w\s':]{0,20}?\W{0,3}$"
)


def _patients_by_words_before(ctx: Context, pos: int) -> bool:
    """The words before the handle at `pos` say it is the patient's (« suivez » or a platform's
    name only in a case post or about someone: « sur Bluesky : suivez @histo-nerd.bsky.social »
    recommends a colleague; "he follows me on insta as @x" is someone)."""
    words = ctx.search(_PATIENT_HANDLE, max(0, pos - 60), pos)
    if words is None:
        return False
    return not (words.group("weak") or words.group("platform")) or (
        ctx.is_case() or not ctx.names_no_one_else(pos)
    )


# ... or when the words after it do: "@jen_k88 your mum's biopsy", "@remy_d (le compte de son fils)".
_RELATIVE_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,90}?\b(?:(?:your|ta|ton|tes|votre|vos)\s+(?:mum|mom|dad|mother|father|wife|"
    r"husband|son|daughter|brother|sister|gran\w*|m[eè]re|p[eè]re|fils|fille|mari|femme|fr[eè]re|"
    r"s(?:oe|œ)ur|maman|papa)|(?:your|ton|ta|votre)\s+(?:story|histoire|journey|parcours|case|cas|biopsy|biopsie|"
    r"diagnosis|diagnostic|tumou?r|tumeur|surgery|op[ée]ration)|(?:le|the)\s+(?:compte|account|page)\s+(?:de|of)\s+(?:son|sa|his|her|"
    r"their|the\s+patient|la\s+patiente?|du\s+patient)|"
    # "@x, c'est une de mes patientes", "@x - she's one of my patients"
    r"(?:une?\s+de\s+mes|(?:mon|ma)|one\s+of\s+my|my)\s+patient\w*|"
    # "@x for letting me share her journey", « @x de m'avoir autorisé à partager »: the patient
    r"for\s+letting\s+me\s+share|for\s+allowing\s+me\s+to\s+share|de\s+m'avoir\s+autoris[ée]e?\s+[àa]\s+partager|"
    # "@x said I could share her scans", "@x gave me permission", « @x m'a autorisée à publier »
    r"(?:said|says)\s+I\s+(?:could|can)\s+(?:share|post)|(?:gave|gives|has\s+given)\s+(?:me\s+)?(?:permission|consent)|"
    r"let\s+me\s+(?:share|post)|m'a\s+(?:autoris[ée]e?\s+[àa]|permis\s+de|donn[ée]\s+son\s+accord\s+pour)\s+(?:partager|publier|poster)|"
    # "@x m'a écrit au sujet de la biopsie de son fils", "@x wrote to me about her results"
    r"(?:m'a\s+[ée]crit|wrote\s+(?:to\s+)?me|messaged\s+me|DM(?:'?e)?d\s+me|m'a\s+contact[ée]e?)\b[^.!?\n]{0,50}?\b(?:son|sa|ses|his|her|their)\s+"
    r"(?:fils|fille|mari|femme|m[eè]re|p[eè]re|son|daughter|wife|husband|mother|father|biops\w*|results?|r[ée]sultats?)|"
    # "@x asking about his wife's frozen section": a relative asking about the patient
    r"(?:asking|asked|asks)\s+(?:me\s+)?about\s+(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|mum|mom|dad|partner|baby)|"
    r"(?:demande|demandait)\s+des\s+nouvelles\s+de\s+(?:sa|son)\s+(?:femme|mari|fils|fille|m[eè]re|p[eè]re))\b"
)


# ... or when the handle itself tells a patient's fight: "@lou_beats_sarcoma", "@leukaemia_warrior_mo".
_DISEASES = (
    r"cancer|sarcoma|lymphoma|leuk\w*|tumou?r|melanoma|myeloma|carcinoma|chemo|crohns?|lupus|ewing|"
    r"hodgkins?|gist|glioma|glioblastoma|neuroblastoma|wilms|cancero|tumeur|lymphome|sarcome"
)
_FIGHTER_HANDLE = re.compile(
    rf"(?i)(?:beats?|beating|beat|vs|versus|surviv\w*|warrior|fights?|fighting|battles?|battling|contre|"
    rf"combat|kicks?|kicking|vaincre|vaincu)_?(?:the_?|my_?|le_?|la_?)?(?:{_DISEASES})|"
    rf"(?:{_DISEASES})_?(?:survivor|warrior|fighter|journey|free|sucks|diaries|mum|mom|dad|kid|girl|boy)"
)
_ON_SOCIAL = re.compile(r"(?i)\s+(?:on|sur)\s+(?:insta(?:gram)?|tiktok|facebook|FB)\b")
# ... or the account someone wrote from: « nous écrit en DM depuis @pascal.brunet83 »
_WROTE_FROM = re.compile(
    r"(?i)\b(?:DM|MP|message|messaged|wrote|writes|[ée]crit)\b[^.!?\n]{0,15}\b(?:depuis|from)\s+$"
)
# "write to me on", « vous pouvez m'écrire sur » (checked in quoted words only: not the author's)
_CONTACT_ME = re.compile(
    r"(?i)\b(?:m'[ée]crire|[ée]crivez-moi|me\s+contacter|contactez-moi|me\s+joindre|write\s+(?:to\s+)?me|"
    r"contact\s+me|message\s+me|reach\s+me|DM\s+me|text\s+me)(?:\s+(?:sur|on|at|via))?\s*$"
)

# What a patient's or relative's handle is, said by both handle loops in `detect`.
_PATIENTS_ACCOUNT = ("Le compte du patient ou de ses proches", "The patient's or family's account")
# ... written without its "@": « m'écrit en MP Insta depuis papa_de_timeo_bzh »
_BARE_HANDLE = re.compile(r"(?<![\w@.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@])")

# ... or the account of someone who reached out, given in apposition: "She found us on here,
# @mairi_mcleod88, to say thanks", « Il nous a écrit, @x, pour ... » (in a case post)
_REACHED_OUT = re.compile(
    r"(?i)\b(?:she|he|they|elle|il|ils|elles)\s+(?:(?:found|messaged|contacted|wrote\s+to|DM(?:'?e)?d|tagged)\s+(?:us|me)|"
    r"(?:nous|m')\s*a\s+(?:trouv[ée]e?s?|[ée]crit|contact[ée]e?s?|tagu[ée]e?s?))\b[^.!?\n]{0,25},\s*$"
)


# ... or when the account owns a specimen or a report: "@lizzie_fightsLupus's renal bx".
_OWNS_SPECIMEN = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:bx|biops(?:y|ies)|report|scan|results?|slides?|specimen|tumou?r|diagnosis|surgery|"
    r"FNA|smear|resection)\b"
)


# ... or when it is given as such in a post about the patient's family: "Handle @x", "Pseudo @y".
# A handle written on a request form: "\"@sunnydayz_kel\" in the contact field", « sur le bon ».
_ON_FORM_AFTER = re.compile(
    r"(?i)\s*[\"”»]?\s*(?:in|on|dans|sur)\s+(?:the|le|la|l')\s*(?:contact\s+field|champ\s+(?:de\s+)?contact|"
    r"(?:request\s+|req\s+)?form|req|request|bon|formulaire|demande)\b"
)
_HANDLE_LABEL = re.compile(
    r"(?i)(?<!\bour\s)(?<!\bmy\s)(?<!\bmon\s)(?<!\bnotre\s)\b(?:handle|pseudo|compte|account|profil|profile|username)\s*:?\s*$"
    # "... or DM @kylesbigsis", « écrivez à @x »: where to reach the family
    r"|\b(?:DM|PM|MP|message|contact(?:ez)?|[ée]crivez(?:-(?:moi|nous))?(?:\s+[àa])?)\s*,?\s*$"
)


def _contact(ctx: Context, start: int, end: int, what: tuple[str, str]) -> Hit:
    return Hit(
        "CONTACT", start, end,
        ctx.say(f"{what[0]} permet de joindre ou de retrouver le patient. Supprimez-le.",
                f"{what[1]} lets anyone reach or find the patient. Remove it."),
        "",
    )  # fmt: skip


# An address spelled out to dodge filters: "tom dot reilly at yahoo dot co dot uk",
# "c.lebreton arobase orange point fr", "h.t (at) outlook (dot) com".
_DOT = r"(?:\s*[(\[]dot[)\]]\s*|\s+dot\s+|\s+point\s+|\.)"
_EMAIL_SPELLED = re.compile(
    rf"(?i)(?<![\w.])[a-z][\w-]{{0,30}}(?:{_DOT}[\w-]{{1,30}}){{0,3}}(?:\s*[(\[]at[)\]]\s*|\s+at\s+|\s*arobase\s*)"
    rf"[a-z][\w-]{{0,30}}(?:{_DOT}[\w-]{{1,30}}){{0,3}}?{_DOT}(?:com|net|org|fr|uk|be|ch|ca|io|de|eu|info|ie|au|nz)\b"
)
_SPELLED_GATE = ("arobase", " dot ", "(dot)", "[dot]", "(at)", "[at]")
# "Contact our histology office at ... or 0300 ...": the department's own line, not a person's.
_SERVICE_CONTACT = re.compile(
    r"(?i)\b(?:contact|reach|call|ring|phone|email|e-mail|write\s+to|joindre|appelez|contactez|[ée]crivez)"
    r"\b[^.!?\n]{0,20}?\b(?:our|the|notre|le|la|du|l')\s*(?:[\w-]+\s+){0,3}?(?:office|team|lab|laboratory|"
    r"department|service|secretariat|secr[ée]tariat|reception|accueil|labo|laboratoire|[ée]quipe|helpdesk|hotline)\b"
)
# The author's own address: "email me at ...", "écrivez-moi à ...".
_WRITE_TO_ME = Anchored(
    r"(?i)\b(?:e-?mail|mail|write\s+to|contact|message)\s+me\b|\b(?:[ée]crivez|contactez)-moi\b"
)

_SERVICE_GATE = (
    "contact",
    "reach",
    "call",
    "ring",
    "phone",
    "mail",
    "write",
    "joindre",
    "appel",
    "crivez",
)


# A department or a duty named in the sentence ("cytologie 04 72 ...", "the on-call BMS on ...").
_SERVICE_NOUN = Anchored(
    r"(?i)\b(?:lab|labs|labo|laboratoire|laboratory|department|d[ée]partement|service|secr[ée]tariat|"
    r"secretariat|reception|accueil|office|bureau|switchboard|standard|helpdesk|hotline|astreinte|"
    r"on-call|duty|bleep|cytolog\w*|histolog\w*|histopath\w*|anapath|macroscopie|cut-?up|"
    r"immunohisto\w*|frozen\s+sections|extempo\w*|technicien(?:ne)?s?|BMS)\b"
)
# A supplier's after-sales line, named just before (maybe in a question): « le numéro du SAV
# Leica ? Le 01 23 45 67 89 sonne dans le vide »
_SUPPLIER_LINE = re.compile(
    r"(?i)\b(?:SAV|service\s+(?:client|apr[eè]s-vente)|customer\s+(?:service|support)|tech(?:nical)?\s+support)\b"
)


# A job advert: its contact lines are the department's (when the post names no patient).


_NOT_A_PATIENTS = re.compile(
    r"(?i)\b(?:pas\s+(?:celle|celui)\s+d'une?|not\s+(?:a|the|any)|never\s+a|no)\s+patient(?:e|['’]s)?\b"
)


def _service_line(ctx: Context, pos: int) -> bool:
    """The sentence around `pos` gives a department's contact details, not a person's."""
    if ctx.mentions(_SERVICE_GATE) and ctx.sentence_search(_SERVICE_CONTACT, pos):
        return True
    if ctx.text_search(JOB_AD) and not ctx.text_search(PATIENT_REF):
        return True
    # ... or the author's, with no patient or relative in the sentence (but "the lab's line, not
    # a patient's" says so)
    person = ctx.sentence_search(PATIENT_REF, pos) or ctx.sentence_search(_RELATIVE, pos)
    return (
        ctx.sentence_search(_SERVICE_NOUN, pos)
        or _SUPPLIER_LINE.search(ctx.text, max(0, pos - 60), pos)
        or ctx.sentence_search(_WRITE_TO_ME, pos)
    ) and not (person and not ctx.sentence_search(_NOT_A_PATIENTS, pos))


def _service_contact(ctx: Context, start: int, end: int) -> Hit:
    return Hit(
        "CONTACT", start, end,
        ctx.say("Adresse ou numéro d'un service, pas d'une personne : vérifiez qu'il n'est pas celui du patient.",
                "A department's address or number, not a person's: check that it is not the patient's."),
        ctx.text[start:end], "warn",
    )  # fmt: skip


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield phone numbers, e-mails, personal links and the patient's social handles."""
    text = ctx.text
    taken = SpanSet(len(text))
    for m in _EMAIL.finditer(text) if "@" in text else ():
        taken.add(*m.span())
        if _ROLE_MAILBOX.match(m.group(0)) or _service_line(ctx, m.start()):
            yield _service_contact(ctx, *m.span())
            continue
        yield _contact(ctx, *m.span(), ("Une adresse e-mail", "An e-mail address"))
    for m in _EMAIL_SPELLED.finditer(text) if ctx.mentions(_SPELLED_GATE) else ():
        if not taken.overlaps(*m.span()):
            taken.add(*m.span())
            yield _contact(ctx, *m.span(), ("Une adresse e-mail", "An e-mail address"))
    for m in ctx.finditer(_URL):
        taken.add(*m.span())
        url = m.group(0)
        if _CHAT_LINK.search(url):
            yield _contact(ctx, *m.span(), ("Un lien de messagerie", "A chat link"))
        elif _PERSONAL_SITE.search(url):
            yield _contact(
                ctx,
                *m.span(),
                ("Un lien vers un profil ou une cagnotte", "A link to a profile or a fundraiser"),
            )
        elif not _SAFE_SITE.search(url):
            yield Hit(
                "CONTACT", m.start(), m.end(),
                ctx.say("Vérifiez que ce lien ne mène pas au patient ou à ses proches.",
                        "Check that this link does not lead to the patient or their family."),
                url, "warn",
            )  # fmt: skip
    for m in _BARE_SITE.finditer(text) if ctx.mentions(_SITE_GATE) else ():
        if not taken.overlaps(*m.span()) and _SITE_OWNER_BEFORE.search(
            text, max(0, m.start() - 60), m.start()
        ):
            taken.add(*m.span())
            yield _contact(ctx, *m.span(), ("Le site du patient", "The patient's own website"))
    for m, phone in spelled_numbers(ctx):
        if phone:
            yield _contact(ctx, *m.span(), ("Un numéro de téléphone", "A phone number"))
    digits = sum(map(str.isdigit, text))
    for pattern in _PHONES if digits >= 9 else ():
        for m in ctx.finditer(pattern):
            start, end = m.span()
            if taken.overlaps(start, end) or ctx.is_protected(start, end):
                continue
            if not 9 <= sum(c.isdigit() for c in m.group(0)) <= 15:
                continue
            if nhs_number(ctx, start, end) or ctx.before(_NHS_LABEL_BEFORE, start, 60):
                continue  # the ID detector's
            taken.add(start, end)
            if _service_line(ctx, start):
                yield _service_contact(ctx, start, end)
            else:
                yield _contact(ctx, start, end, ("Un numéro de téléphone", "A phone number"))
    for m in ctx.finditer(_PHONE_WORD) if digits >= 7 else ():
        start, end = m.span(1)
        if _RECORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not taken.overlaps(start, end) and sum(c.isdigit() for c in m.group(1)) >= 7:
            taken.add(start, end)
            yield _contact(ctx, start, end, ("Un numéro de téléphone", "A phone number"))
    for m in ctx.finditer(_HANDLE):
        if taken.overlaps(*m.span()):
            continue
        window = max(0, m.start() - 60)
        # what follows the handle, or the handle itself, says whose it is: "@lizzie_fightsLupus's
        # renal bx", "@lou_beats_sarcoma"
        said_after = (
            _OWNS_SPECIMEN.match(text, m.end())
            or _RELATIVE_AFTER.match(text, m.end())
            or _FIGHTER_HANDLE.search(m.group())
        )
        if (
            _WITH_COLLEAGUE.search(text, max(0, m.start() - 20), m.start())
            and not _RELATIVE.search(text, window, m.start())
            and not said_after  # ("DM'd by @x asking about his wife's frozen section")
        ):
            continue
        if not said_after and ctx.signed_off(m.start()):
            continue  # "Proud dad moment ⚽ — Sam, @sam_slides": the author's sign-off
        labelled = _HANDLE_LABEL.search(text, max(0, m.start() - 24), m.start()) is not None
        if not said_after and ctx.is_event(m.start()):
            continue  # "Suivez @SocBelgePatho pour le congrès de Gand": a society, not a patient
        # ("a patient sent a photo ... from @x on Instagram": the account a patient wrote from)
        patients_account = (
            _ON_SOCIAL.match(text, m.end())
            or _WROTE_FROM.search(text, max(0, m.start() - 40), m.start())
        ) and ctx.sentence_search(PATIENT_REF, m.start())
        reached_out = ctx.is_case() and (
            _REACHED_OUT.search(text, max(0, m.start() - 60), m.start())
            # (someone's quoted words giving their own account: « vous pouvez m'écrire sur @x »)
            or (
                _CONTACT_ME.search(text, max(0, m.start() - 30), m.start())
                and quoted(text, m.start())
            )
        )
        if (
            said_after
            or patients_account
            or reached_out
            or _patients_by_words_before(ctx, m.start())
            or (labelled and ctx.text_search(_RELATIVE))
            or _ON_FORM_AFTER.match(text, m.end())
        ):
            yield _contact(ctx, *m.span(), _PATIENTS_ACCOUNT)
    for m in _BARE_HANDLE.finditer(text) if "_" in text and ctx.is_case() else ():
        if _WROTE_FROM.search(text, max(0, m.start() - 40), m.start()):
            yield _contact(ctx, *m.span(), _PATIENTS_ACCOUNT)
