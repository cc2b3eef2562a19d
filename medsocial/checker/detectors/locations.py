"""LOCATION: towns, streets, postcodes, named hospitals, wards, rooms and beds."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from medsocial.checker.context import (
    AGE_ANS,
    AN_AGE,
    CARE_EVENT,
    CASE_WORDS,
    COMMUTE,
    EVENT,
    FOUNDED,
    JOB_AD,
    LAB_SUPPLIES,
    LAB_SYSTEM,
    MY_RELATIVE,
    NEWS_REPORT,
    NOT_OURS,
    OFF_TOPIC,
    OWN_LIFE,
    PATIENT_AGE,
    PATIENT_REF,
    SELF_INTRO,
    THANKS,
    THIRD_PERSON_WORDS,
    Context,
    announced,
    case_ending,
    history,
)
from medsocial.checker.detectors.base import (
    DISTRICT_WORDS,
    WARD_CODE,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
    Hit,
)
from medsocial.checker.detectors.dates import EN_MONTHS, FR_MONTHS
from medsocial.checker.lexicons import allow_terms, common_words, first_names, fold, surnames, towns
from medsocial.checker.scan import Anchored, lower

# (with the Latin Extended-A letters of Māori, Polish, Turkish names: "Whangārei", "Łódź")
_UP = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_LOW = "a-zß-öø-ÿœ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).islower())
_CAPWORD = rf"(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,}}|[{_UP}]['’][{_UP}][{_LOW}]+)(?:[-'](?:[{_UP}{_LOW}][{_LOW}]*)){{0,4}}"  # bounded: linear time
_PLACE = rf"(?:(?:Saint|Sainte|St|Ste|Le|La|Les|Mont|Port|Pont|Bourg|Villeneuve|Fort)[-\s])?{_CAPWORD}(?:[-\s](?:sur|sous|en|lès|les|le|la|de|du|des|aux|et)[-\s]{_CAPWORD}){{0,3}}"
_SMALL = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|l'|la\s+|le\s+)?"

# Named hospitals: "CHU de Rennes", "Hôpital Necker", "Institut Curie", "St Mary's Hospital".
_HOSPITAL_FR = Anchored(
    rf"(?i:\b(?:CHU|CHRU|CHR|CHI|CHG|CH|GHU|GHT|GH|CLCC|AP-HP|APHP|AP-HM|HCL|CHSLD|CLSC|CIUSSS|CISSS|USLD|h[oô]pital|h[oô]pitaux|ysbyty|"
    rf"(?<!chef\sde\s)(?<!cheffe\sde\s)cliniques?(?:\s+universitaires)?|polyclinique|centre\s+hospitalier(?:\s+(?:universitaire|r[ée]gional|intercommunal|g[ée]n[ée]ral))*|"
    rf"institut|maternit[ée]|EHPAD|centre|h[oô]tel-dieu|klinikum|krankenhaus|(?:kantons|uni)?spital|uniklinik(?:um)?|groupe\s+hospitalier|hospices?(?:\s+civils)?|m[ée]dip[ôo]le|p[ôo]le\s+sant[ée]|"
    # Spanish and Portuguese: "Clínica San Rafael", "Hospital de Clínicas", "Sanatorio Güemes"
    rf"cl[íi]nica|sanatorio|hospital(?=\s+(?:de|del|do|da|San|Santa|Sant|S[ãa]o)\s))"
    rf"(?:\s+universitaire|\s+r[ée]gional|\s+g[ée]n[ée]ral|\s+d[ée]partemental|\s+d'enfants|\s+des\s+enfants|"
    rf"\s+p[ée]diatrique|\s+militaire|\s+m[èe]re-enfant)?)\s+{_SMALL}({_PLACE}(?:[ \t]+(?:del?[ \t]+)?{_CAPWORD}){{0,2}})"
)
_UNIVERSITY = re.compile(r"(?i)CHU|CHRU|centre\s+hospitalier\s+univ")
_HOSPITAL_EN = re.compile(
    rf"\b((?:(?:St\.?|Saint)\s+)?{_CAPWORD}(?:'s)?(?:\s+(?:and\s+|&\s+)?{_CAPWORD}(?:'s)?){{0,3}})\s+(?:General\s+|University\s+|Univ\.?\s+|Royal\s+|Memorial\s+|Children's\s+|Community\s+|County\s+|District\s+|Teaching\s+)*"
    r"(?:Hospitals?|Hosp\b\.?|Infirmary|Medical\s+Cent(?:er|re)|Clinic|Cancer\s+Cent(?:er|re)|Health\s+System|Hospice|"
    r"(?:Health|Medical|Healthcare)\s+City|"
    r"Health\s+Sciences?\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Cent(?:er|re)|"
    # a children's hospital by its short name: "at Red Cross Children's."
    r"Children's(?=\s*[.,;:!?)]|\s*$)|"
    # a named home or school the patient lives in or attends ("Maple Grove care home")
    r"(?i:nursing\s+home|care\s+home|retirement\s+home|rest\s+home)|(?i:high|middle|primary|elementary)\s+(?i:school))\b"
)
_HOSPITAL_OF = Anchored(
    rf"\b(?:Hospital|Infirmary|Clinic|Medical\s+Cent(?:er|re)|Hospice|Institute)\s+(?:of|for)\s+(?:the\s+)?{_CAPWORD}(?:\s+{_CAPWORD})?"
    # ... or its town after it: "University Hospital Galway", "Regional Hospital Mullingar"
    rf"|\b(?:University|General|Regional|County|District|Teaching|Base|Provincial|National)\s+Hospital\s+(?!Trust\b|Foundation\b){_CAPWORD}"
    # ... or in the town's language: "Szpital Bródnowski", "Ospedale Maggiore", "Klinikum Rechts der Isar"
    rf"|\b(?:Szpital|Ospedale|Klinikum|Krankenhaus|Spitalul|Nemocnice|Kórház)\s+{_CAPWORD}"
)
# A Philippine district: "Barangay San Isidro", "Brgy. San Roque".
_BARANGAY = Anchored(rf"\b(?:Barangay|Brgy\.?)\s+{_CAPWORD}(?:\s+{_CAPWORD})?")
# A street after "on", "in", "at", or a clinic named by its street: "The Marlow Street clinic"
_STREET_NAMED = Anchored(
    rf"\b(?:on|in|at|off|(?P<the>[Tt]he))\s+(?P<street>(?:{_CAPWORD}\s+){{1,2}}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Square|Terrace|Crescent|Rd|Ave|Blvd|Way|Row|"
    r"Walk|Close|Gardens|Grove|Parade|Quay|Wynd|Mews|Brae))\b"
    r"(?(the)(?=\s+(?:clinic|surgery|practice|health\s+cent(?:re|er)|medical\s+cent(?:re|er)|GP)\b))"
)
# A home, lane or workplace known by its name, without a number: "Ivy Cottage, Marsh Lane",
# "the Harland Boiler Works". (The key word is scanned first; the name before it is checked.)
_SITE_WORDS = ("Lane", "Close", "Crescent", "Terrace", "Cottage", "Farm", "Lodge", "Manor", "Works",
               "Mill", "Mills", "Factory", "Brewery", "Distillery", "Shipyard", "Colliery", "Quarry",
               "Foundry")  # fmt: skip
_NAMED_SITE = re.compile(rf"\b(?:{'|'.join(_SITE_WORDS)})\b")
_SITE_GATE = tuple(word.lower() for word in _SITE_WORDS)
_SITE_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_CAPWORD}\s+){{1,3}}$")
# A landmark where the patient was found or lives, named: "found near Queen Street station",
# "past the old Dunmore fire tower", "près de la gare Saint-Roch", "derrière la chapelle Saint-Tugen".
# (Sights a tourist visits too, "la chapelle Sixtine", "Blarney Castle", are a patient's place
# only when the sentence is about a person: "elle habite derrière la chapelle Saint-Tugen".)
_HERITAGE_EN = r"(?:water\s+|fire\s+|clock\s+)?tower|lighthouse|chapel|church|mill|monument|castle"
_HERITAGE_FR = r"phare|chapelle|[ée]glise|calvaire|moulin|ch[âa]teau|lavoir|abbaye|menhir"
_HERITAGE = re.compile(rf"(?i){_HERITAGE_EN}|{_HERITAGE_FR}")
_LANDMARK_EN = Anchored(
    r"(?i)\b(?:station|bridge|lock|pier|quays?|harbou?r|marina|beach|park|stadium|roundabout|underpass|car\s+park|"
    rf"crossroads|quarry|{_HERITAGE_EN})\b"
)
_LANDMARK_PLACE_BEFORE = re.compile(
    rf"(?i:\b(?:near|at|outside|behind|by|under|off|from|in\s+front\s+of|opposite|past|beyond|beside|next\s+to)\s+"
    rf"(?:the\s+)?(?:old\s+|disused\s+|ruined\s+|abandoned\s+)?)((?-i:{_CAPWORD})(?:\s+(?-i:{_CAPWORD})){{0,2}})\s+$"
)
_LANDMARK_FR = Anchored(
    rf"(?i:\b(?:gare|pont|plage|parc|stade|quai|[ée]cluse|rond-point|parking|{_HERITAGE_FR})\s+"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?)"
    r"(?-i:[A-ZÀ-Þ][a-zà-ÿ])[\w'-]*"  # a name, not a stage: "stade III"
)
_KNOWN_HOSPITALS = Anchored(
    r"\b(?:MD\s+Anderson|Mayo\s+Clinic|Johns\s+Hopkins|Mass(?:achusetts)?\s+General|MGH|Memorial\s+Sloan[\s-]Kettering|MSKCC|"
    r"Cleveland\s+Clinic|Gustave[\s-]Roussy|Institut\s+Curie|Necker|Piti[ée][\s-]Salp[êe]tri[eè]re|Salp[êe]tri[eè]re|"
    r"Bic[êe]tre|Lariboisi[eè]re|Bichat|Pontchaillou|Purpan|Rangueil|Hautepierre|Pellegrin|Cavale[\s-]Blanche|"
    r"H[ôo]tel-Dieu|[ÉE]douard[\s-]Herriot|Croix-Rousse|Lyon[\s-]Sud|Brabois|Charles[\s-]Nicolle|Michallon|"
    r"Bretonneau|Haut-L[ée]v[êe]que|Avicenne|Jean[\s-]Verdier|Kremlin[\s-]Bic[êe]tre|Cochin|"
    r"HEGP|Georges[\s-]Pompidou|L[ée]on[\s-]B[ée]rard|Bergoni[ée]|Oscar[\s-]Lambret|"
    r"Paul[\s-]Brousse|Henri[\s-]Mondor|Beaujon|Robert[\s-]Debr[ée]|[Ll]a\s+Timone|(?<=\bau\s)KB(?!\w)|Hospices\s+Civils\s+de\s+Lyon|"
    r"HUG|CHUV|HUS|CUSM|CHUM|CHUQ|CHUL|CHUS|CHUSJ|CNHU(?:-[A-Z]{2,4})?|Cedars[\s-]Sinai|Mount\s+Sinai|Dana[\s-]Farber|Brigham|Karolinska|Charit[ée]|Ninewells|Papworth|Moorfields|"
    r"Great\s+Ormond\s+Street|GOSH|Guy's|St\s+Thomas'|Addenbrooke's|Royal\s+Marsden|Christie|Alder\s+Hey|Sick\s+Kids|SickKids|"
    # more hospitals known by a short name, in Britain and Ireland, the Commonwealth, Africa, Québec
    r"Altnagelvin|Raigmore|Wythenshawe|Derriford|Treliske|Morriston|Clatterbridge|Tallaght|Crumlin|Craigavon\s+Area|"
    r"Musgrove\s+Park|Frimley\s+Park|Stoke\s+Mandeville|John\s+Radcliffe|UCLH|Barts|Sunnybrook|"
    r"Princess\s+Margaret\s+Cancer|Sainte?-Justine|Ste-Justine|Maisonneuve-Rosemont|Charles-Le\s+Moyne|"
    r"Peter\s+Mac(?:Callum)?|Westmead|RPAH?|Middlemore|Greenlane|Fred\s+Hutch|Sloan\s+Kettering|St\.?\s+Jude|"
    r"AIIMS|Tata\s+Memorial|CMC\s+Vellore|PGIMER|Medanta|Kokilaben|Lilavati|Safdarjung|Sir\s+Ganga\s+Ram|"
    r"Groote\s+Schuur|Chris\s+Hani\s+Bara(?:gwanath)?|Baragwanath|(?<=\bat\s)Bara|(?<=\bfrom\s)Bara|AUBMC|Befelatanana|HJRA|PGH|UHWI|Tygerberg|Kenyatta\s+National|Mulago|Muhimbili|"
    r"Komfo\s+Anokye|Korle[\s-]Bu|LUTH|Ahmadu\s+Bello|Shaukat\s+Khanum|Aga\s+Khan|AKUH|Inselspital|Mont-Godinne|UZ\s+[A-Z][a-z]+|"
    r"IGR|Gustave-Roussy|Paoli-Calmettes|Antoine-Lacassagne|Eug[èe]ne-Marquis|Fran[çc]ois-Baclesse|"
    r"Armand-Trousseau|Clocheville|Gasthuisberg|Sart-Tilman|Aristide[\s-]Le[\s-]Dantec|Gabriel[\s-]Tour[ée]|"
    r"Ibn[\s-]Sina|Ibn[\s-]Rochd|Mustapha[\s-]Pacha|La\s+Rabta|Yalgado|Laquintinie|HUEH|CHUK|"
    # Singapore, and the Fribourg hospital's sites: "HFR Riaz"
    r"Tan\s+Tock\s+Seng|Singapore\s+General|HFR(?:\s+[A-Z][a-z]+)?|"
    # a medical centre or a general or memorial hospital by its initials: "bx done at EVRMC"
    r"(?<=\bat\s)[A-Z]{1,4}(?:MC|GH|MH)|"
    r"Kaiser(?:\s+Permanente)?\s+[A-Z][a-z]+|"
    r"(?:Mercy|Providence|Good\s+Samaritan|Sacred\s+Heart|Baptist|Methodist|Presbyterian|Kaiser|Adventist)\s+"
    r"(?:North|South|East|West|Central|General|Memorial|Regional)|"
    r"la\s+Piti[ée]|(?<=[aà]\s)la\s+piti[ée](?!\s+(?:de|du|des|d')\b)|(?<=[aà]\s)la\s+Conception|(?<=\bde\s)la\s+Conception|(?i:HMP|HMYOI|HM\s+Prison)\s+[A-Z][\w'-]+|(?i:prison|maison\s+d'arr[êe]t|centre\s+p[ée]nitentiaire|"
    r"centre\s+de\s+d[ée]tention)\s+(?:de\s+|d'|du\s+)?[A-ZÀ-Þ][\w'-]+)\b"
)
# Hospitals whose short name is also a person's, a saint's or a word ("the Alfred", "Starship",
# "la Citadelle"): a hospital right after "at the", "to", "from", "à la", "de"...
# Colleagues asked by their hospital in a case: "Anyone at CHEO know why...", « quelqu'un à
# Bicêtre peut relancer... »
_TITLED_AT_ACRONYM = Anchored(
    rf"\b(?:M\.|Mme|Mlle|Mr|Mrs|Ms)\s+{_CAPWORD}(?:\s+{_CAPWORD})?\s+(?:[àa]|au|at|from)\s+([A-Z]{{3,6}})\b(?![-/]?\d)"
)
_ASKED_AT = Anchored(
    r"(?i:\b(?:any(?:one|body)|some(?:one|body)|quelqu'un|qqn|qlq1)\s+(?:here\s+)?(?:at|[àa]|au)\s+)"
    rf"((?-i:{_CAPWORD}))(?=\s+(?i:know|can|could|have|has|got|pls|please|peut|pourrait|a|sait|conna[iî]t|chase|check|see|seen)\b|\s*[,?])"
)
_HOSPITAL_BY_PREPOSITION = Anchored(
    r"\b(?:Alfred|Austin|Starship|Princess\s+Margaret|Princess\s+Alexandra|Lady\s+Cilento|Mater|Beaumont|"
    r"Apollo|Fortis|Manipal|Citadelle|Bordet|Erasme|Saint-Luc|Tivoli|Notre-Dame|Enfant-J[ée]sus|"
    r"Saint-Sacrement|Foch|Tenon|Percy|B[ée]gin|Trousseau|Saint-Louis|Saint-Antoine|Ambroise-Par[ée]|"
    r"Fann|Principal|Point\s+G|Cocody|Treichville|Yopougon|Rotunda|Coombe|QEH|QEUH|RVI|LGI|UCH|RBH|UHW|GRI|ARI|RIE|"
    r"Bellevue|Parkland|Grady|Foothills|CHEM|CHdN|CHL|CHM|CHwapi)\b(?![-'’]\w)"
)
# Carers or a unit right after a place's name: "Starship oncology ward", "Kumasi surgeons".
_CARE_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?:ward|unit|ICU|NICU|PICU|team|staff|clinic|surgeons?|doctors?|docs|nurses?|"
    r"GPs?|oncologists?|nephrologists?|urologists?|gyn(?:a)?ecologists?|radiologists?|midwi(?:fe|ves)|"
    r"paramedics|m[ée]decins?|chirurgiens?|infirmi[eè]re?s?|urgentistes?)\b"
    # a room right after it: "Trousseau, chambre 12", "Robert-Debré, chambre 418"
    r"|,?\s*(?:chambre|room|bed|lit|box)\s+\d"
)
_HOSPITAL_PREPOSITION = re.compile(
    r"(?i)(?:\b(?:at|to|in|into|from|the|[àa]|au|de|du|la|le)\s+|\b[ld]['’]|\()$"
)
# An emergency or intensive care unit named by its town: "Wagga ED", "Dubbo ED", "Antrim A&E".
# (the unit is scanned first; the capitalised name before it is checked in `detect`)
_EMERGENCY_UNIT = re.compile(r"(?<=[ \t])(?:ED|A&E|ICU|NICU|PICU|SCBU|HDU)\b")
_EMERGENCY_GATE = (" ed", "a&e", "icu", "hdu", "scbu")
_NAME_BEFORE_UNIT = re.compile(rf"(?<![\w'’-])({_CAPWORD}(?:[ \t]+{_CAPWORD})?)[ \t]+$")
_WARD = Anchored(
    # (a delivery room first: « salle de naissance 6 », "delivery room 3")
    r"(?i)\b(?:salle\s+(?:de\s+naissance|d'accouchement|de\s+travail)|(?:delivery|labou?r)\s+room|"
    r"chambre|chbre|chbr|ch\.|lit|box|bed|room|rm\.?|bay|ward|salle|unit[ée]|unit|cot|crib|cubicle|incubator|couveuse|berceau|secteur|pavillon|b[âa]timent|building|"
    r"bloc\s+op[ée]ratoire|box\s+n°|"
    # an operating room the specimen came from, or where a frozen section is done: « au bloc 3 »
    # (« le bloc 3 » alone is often a paraffin block)
    r"(?<=depuis\sle\s)bloc|(?<=\bau\s)bloc|(?<=provenance\sdu\s)bloc|(?<=venant\sdu\s)bloc|(?<=arriv[ée]\sdu\s)bloc|"
    r"(?<=arriv[ée]e\sdu\s)bloc|(?<=arriv[ée]s\sdu\s)bloc|(?<=sorti\sdu\s)bloc|(?<=sortie\sdu\s)bloc|(?<=extempo\sdu\s)bloc|(?<!lecture\s)theat(?:re|er)|(?-i:OR)|ch(?=\s*\d)|"
    # a German ward: "Station 4B"
    r"(?-i:Station))\s*(?:n°\s*|no\.?\s*|#\s*)?(\d{1,4}[A-Z]?|[A-Z]-?\d{1,3}|(?-i:[A-H])(?![\w'’]))\b"
)
_ROOM_CODE_AFTER = re.compile(r"[.,]\d")
_STORAGE_BEFORE = re.compile(
    r"(?i)\b(?:drawer|shelf|cupboard|cabinet|fridge|freezer|tiroir|[ée]tag[eè]re|placard|armoire|frigo|cong[ée]lateur)\W{1,3}$"
)
# The unit around a room or bed: "bed 9 on AMU", "lit 6 de la réa chir", "service de
# pneumologie, lit 6". (Tried only next to a room or bed number, so a plain word is enough; a
# ward's letter is a capital: not "chambre 217 en gynéco a demandé".)
_UNIT = (
    r"(?:service|unit[ée])\s+(?:de\s+|d'|des\s+)(?:soins\s+)?[\w-]+(?:\s+(?-i:[A-Z])\b)?"
    r"|r[ée]a(?:nimation)?(?:\s+(?:chir\w*|m[ée]d\w*|polyvalente|p[ée]diatrique|n[ée]onatale))?"
    r"|(?:m[ée]decine|chirurgie)\s+[\w-]+(?:\s+(?-i:[A-Z])\b)?|(?:[\w-]+\s+){1,2}ward"
    # a service by its name: "lit 4 en gastro", "chambre 12 en cardio", "pneumologie B, chambre 214"
    r"|(?:gastro|pneumo|cardio|neuro|onco|h[ée]mato|n[ée]phro|uro|derma(?:to)?|gyn[ée]co|ortho|traumato)"
    r"(?:-?ent[ée]rologie|logie|logy)?(?:\s+(?-i:[A-D])\b)?|"
    r"p[ée]dia(?:trie)?|g[ée]riatrie|USIC?|soins\s+intensifs|UHCD|UHTCD|USC|USIP|SSR|HDJ|UCA"
)
_UNIT_AFTER = re.compile(
    rf"(?i)(?:\s*,\s*|\s+(?:on|in|at|of|en|au|du|dans|de)\s+(?:the\s+|le\s+|la\s+|l')?)({_UNIT})\b"
    # a ward's initials need the preposition: "bed 3 on the HDU" (not "bed 3, MRN...")
    r"|\s+(?:on|in|at|en|au)\s+(?:the\s+)?((?-i:[A-Z][A-Z&]{1,4}))(?![\w&])"
)
_UNIT_BEFORE = re.compile(rf"(?i)(?<![\w-])({_UNIT})(?:\s*,\s*|\s+)$")
# "admitted to St Luke's", "at St Mary's": a saint's name alone is how people name a hospital.
# (anchored on "St"/"Saint"; the "at", "to", "in" before it is checked in `detect`)
_SAINT_HOSPITAL = Anchored(
    r"\b((?:St\.?|Saint)\s+[A-Z][a-z]+['’]s?)(?!\w)(?!\s+(?i:disease|syndrome|dance|fire|wort|day|eve|sign))"
)
# "from the Royal Vic", "at the Royal Alex": a hospital by its nickname (not the Royal College).
# (anchored on "Royal"; the "from the", "at the" before it is checked in `detect`)
_ROYAL_BEFORE = re.compile(r"\b(?:from|at|to|in|into)\s+(?:the\s+)?$")
_ROYAL_NICKNAME = Anchored(
    r"\b(Royal\s+(?!(?:College|Society|Academy|Mail|Navy|Family|Institution|"
    r"Albert|Opera|Ballet|Mint|Air|Court|Show|Mile|Exchange|Highland|Ascot|Marines|Artillery|Engineers|"
    r"Botanic|Geographic|Statistical|Pharmaceutical|Microscopical|Pathology)\b)[A-Z][a-z]+)\b"
)
# A ward of a named hospital: "le service de pédiatrie de Clocheville", "l'hémato de Clocheville".
_UNIT_OF_PLACE = Anchored(
    r"(?i:\b(?:service\s+(?:de\s+|d')[\w-]+|h[ée]mato(?:logie)?|onco(?:logie)?|p[ée]diatrie|p[ée]dia|gyn[ée]co(?:logie)?|"
    r"cardio(?:logie)?|neuro(?:logie)?|pneumo(?:logie)?|r[ée]a(?:nimation)?|urologie|dermato(?:logie)?|"
    r"n[ée]onat(?:alogie)?|maternit[ée])\s+(?:de\s+|d'|du\s+))(?-i:[A-ZÀ-Þ][\w'-]+)"
)
# Words of support to a patient: "courage pour la greffe", "get well soon".
_SUPPORT = Anchored(
    r"(?i)\b(?:courage|chimio|greffe|get\s+well|pens(?:e|ons)\s+[àa]\s+(?:toi|vous)|thinking\s+of\s+you)\b"
)
# A place listed right after an age and sex: "34F, Andheri, 3.5 cm lump", "41M, Dharavi,".
_PLACE_AFTER_AGE_SEX = re.compile(
    r"\d(?<![\w.]\d)\d?\s?[MFH],\s*([A-Z][a-z'’-]{3,}(?:\s[A-Z][a-z'’-]+)?)(?=\s*(?:,|→|->|:|\())"
)
# ... or after a name and a bare age: "Thandeka M., 41, Soweto - LLETZ..."
_PLACE_AFTER_NAME_AGE = re.compile(
    r"\b[A-Z][a-z'’-]+(?:\s[A-Z]\.)?,\s*\d{1,3},\s*([A-Z][a-z'’-]{3,}(?:\s[A-Z][a-z'’-]+)?)(?=\s*(?:,|-|→|:|\())"
)
# "St Vincent's Fitzroy", "St John's Ranelagh" (not a department: "St Thomas' Cellular Pathology")
_SUBURB_AFTER = re.compile(
    r"(?<=['’]s) (?!(?:Cellular|Pathology|Department|Hospital|Histopathology|Laboratory|Lab|Clinic)\b)[A-Z][a-z]{3,}\b"
)
# ... even in a hurried lower-case note: "bx from st james" (a saint's first name, in a case).
_LOWER_SAINT = Anchored(r"\b(?:from|at|to)\s+(st\.?\s+([a-z]{3,})(?:'?s)?)\b")
_SAINT_BEFORE = re.compile(r"\b(?:at|to|in|the|of|from)\s+(?:[A-Z][\w-]+\s+)?$")
# A hospital group's name before the saint's: "Baylor St. Luke's", "Mercy St. Vincent's" (in a case,
# or a post about specimens).
_SPECIMEN_GATE = ("block", "specimen", "sample", "slides", "requisition")
_GROUP_BEFORE_SAINT = re.compile(
    r"(?<![\w'’-])(?!(?:Happy|Merry|Joyeuse|Bonne|Good|Feast|Old|Eve|Day)\b)[A-Z][a-z]{2,}\s+$"
)
# Cheap scans of the lower-cased post: the patterns below run only when their key word is there.
_SCHOOL_GATE = (
    "high",
    "elementary",
    "primary",
    "middle",
    "academy",
    "grammar",
    "college",
    "university",
    "general",
)
_EMPLOYER_GATE = ("work", "travaill", "employ", "ouvri")
_FLOOR_GATE = re.compile(r"\d(?:e|[èe]me|st|nd|rd|th)\b")  # starts with a digit: a fast scan
_POSTCODE_GATE = ("zip", "postcode", "post code", "code postal", "cp")
# "Farmer from BT48 postcode": a UK outward code named as a postcode after it.
_POSTCODE_UK_NAMED = Anchored(r"\b[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?(?=\s+post\s?code\b)")
# ... or a two-letter area's district, maybe with its sector, after "from", "around", "near" in a
# case: "all from around BT15 3" (not a marker: "CA19-9", "CD20")
_UK_AREAS = (
    "AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|"
    "FK|FY|GL|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IP|IV|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|"
    "NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|"
    "UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE"
)
_POSTCODE_UK_DISTRICT = Anchored(
    rf"(?i:\b(?:from|around|near|in|of)\s+)((?:{_UK_AREAS})\d{{1,2}}(?:\s\d(?:[A-Z]{{2}})?)?)(?![\w-])"
)
# A unit named and numbered, or named like a house: "unité Pasteur 2", "ward Nightingale 3",
# "l'unité Les Hortensias".
_NAMED_UNIT = Anchored(
    r"(?i:\b(?:unit[ée]|ward|secteur|pavillon|aile))\s+[A-Z][\w'-]+\s+\d{1,2}[A-Z]?\b"
    r"|(?i:\b(?:unit[ée]|secteur|pavillon|aile|r[ée]sidence))\s+(?:Les|Le|La|L')\s*[A-ZÀ-Þ][\w'-]+"
    # a building or a unit named after someone or something: "pavillon Lavoisier", "l'unité Rivière"
    r"|(?i:\b(?:pavillon|b[âa]timent|unit[ée]|secteur|aile))\s+"
    r"(?!(?i:mixte|fonctionnelle|centrale|sanitaire|soins|intensive|m[ée]dicale|chirurgicale|de|d'|du|des)\b)"
    r"[A-ZÀ-Þ][a-zà-ÿ][\w'-]*"
    # a ward named like a person, after "on": "Whoever is on Nightingale Ward"
    r"|(?<=\bon\s)(?-i:[A-Z][a-z]{3,})\s+(?-i:Ward)\b"
    # a saint's ward: "on St Anne's ward"
    r"|\b(?:St\.?|Saint)\s+[A-Z][a-z]+['’]s\s+(?i:ward|unit)\b"
    # a unit by its letter: « qui gère les appels en onco B », « au secteur C », « toute la
    # gériatrie B »
    r"|(?i:\b(?:en|au|la|du|de)\s+(?:onco|h[ée]mato|cardio|pneumo|gastro|n[ée]phro|neuro|chir\w*|r[ée]a|secteur|"
    r"g[ée]riatrie|p[ée]diatrie|gyn[ée]co|m[ée]decine|uro|ortho|dermato))\s+[A-D]\b(?![\w'’.-])"
    # a ward by its letter: « le service de médecine interne B »
    r"|(?i:\bservice\s+de\s+(?:m[ée]decine|chirurgie)(?:\s+[\w-]+)?)\s+[A-D]\b(?![\w'’.-])"
    # a neighbourhood: « le quartier de la Guillotière », « du quartier des Izards »
    r"|(?i:\bquartier\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'))[A-ZÀ-Þ][\w'-]+"
)
# A ward by its name: "on Rainbow ward", "Starlight Ward" (the word "ward" is scanned first; the
# name before it is checked in `detect`, and generic names are left out: "the surgical ward").
_WARD_WORD = re.compile(r"(?<=[a-z'’] )[Ww]ard\b")
_GENERIC_WARD = frozenset(
    [
        "the",
        "this",
        "that",
        "our",
        "their",
        "his",
        "her",
        "each",
        "every",
        "same",
        "which",
        "one",
        "labour",
        "labor",
        "maternity",
        "surgical",
        "medical",
        "general",
        "children's",
        "childrens",
        "paediatric",
        "pediatric",
        "peds",
        "psych",
        "psychiatric",
        "oncology",
        "cancer",
        "stroke",
        "cardiac",
        "cardiology",
        "respiratory",
        "renal",
        "acute",
        "private",
        "public",
        "isolation",
        "covid",
        "geriatric",
        "elderly",
        "neonatal",
        "orthopaedic",
        "orthopedic",
        "ortho",
        "trauma",
        "day",
        "night",
        "male",
        "female",
        "women's",
        "men's",
        "antenatal",
        "postnatal",
        "gynae",
        "gynaecology",
        "haematology",
        "hematology",
        "medicine",
        "surgery",
        "rehab",
        "rehabilitation",
        "assessment",
        "admissions",
        "short",
        "stay",
        "main",
        "old",
        "new",
        "busy",
        "quiet",
        "whole",
        "entire",
        "open",
        "closed",
        "burns",
        "infectious",
        "chest",
        "liver",
        "transplant",
        "dialysis",
        "palliative",
        "hospice",
        "high",
        "dependency",
        "step",
        "down",
        "observation",
        "discharge",
        "nightingale",
        "side",
        "ward",
        "wards",
    ]
)
# A ward as a field of a record: "| Ward: Lavender", « Service : Pasteur ».
_WARD_FIELD = Anchored(r"\b(?:Ward|Service|Unit[ée]?)\s*:\s*[A-ZÀ-Þ][\w'-]+")
# The patient's town as a form field: "Ville : Lorient", "Town: Wick", "Lieu de naissance : Dax".
_TOWN_FIELD = Anchored(
    r"\b(?:Ville|Town|City|Commune|Domicile|Lieu\s+de\s+naissance|Place\s+of\s+birth|Birthplace)"
    r"\s*:\s*([A-ZÀ-Þ][\w'-]+(?:[ -][A-ZÀ-Þ][\w'-]+)*)"
)
# ("du Pharo" in "Palais du Pharo" is a building's name, not the town Le Pharo)
# (not after a building's name: "Palais du Pharo" is not the town Le Pharo)
_LE_TOWN_BEFORE = re.compile(
    r"(?<!Palais\s)(?<!Parc\s)(?<!Port\s)(?<!Pont\s)(?<!Quai\s)(?<!Stade\s)(?<!Centre\s)(?<!Jardin\s)"
    r"(?<!Château\s)(?<!Musée\s)(?<!Théâtre\s)(?<!Hôtel\s)(?<!Place\s)\b(?:du|Du|au|Au)\s+$"
)


# An island names a small community: "off Rathlin Island", "Isle of Lewis", "l'île de Sein".
# (anchored on the island word; the name before or after it is matched from there)
_ISLAND = Anchored(r"(?i)\b(?:islands?|isles?|[îi]les?)\b")
_ISLAND_NAME_BEFORE = re.compile(r"(?<![\w'-])[A-Z][\w'-]+\s+$")
_ISLAND_NAME_AFTER = re.compile(r"\s+(?:of\s+|de\s+|d')[A-Z][\w'-]+")
# A floor or a numbered unit: "au service de réa du 3e", "au 5e étage", "on the 4th floor".
_FLOOR = Anchored(
    r"(?i)\b(?:(?:service|unit[ée]|secteur|aile|pavillon|b[âa]timent)\b[^,.;:!?\n]{0,30}?\b(?:du|au)\s+\d{1,2}(?:e|[èe]me)\b"
    r"(?:\s+[ée]tage)?|(?:au|du)\s+\d{1,2}(?:e|[èe]me)\s+[ée]tage|\d{1,2}(?:st|nd|rd|th)\s+floor|"
    # a unit by its name and floor, « pneumo 3e étage », « pneumologie, 2e étage »; a floor and
    # wing, « au 5e B »
    r"(?:(?:pneumo|cardio|onco|h[ée]mato|gastro|n[ée]phro|uro|neuro|p[ée]dia|g[ée]riatrie|r[ée]a|chir|derma|"
    r"gyn[ée]co|obst[ée]trique|ortho|rhumato|endoc|ophtalmo)\w*|m[ée]decine\s+interne|ORL|maternit[ée]),?\s+"
    r"\d{1,2}(?:e|[èe]me)\s+(?:[ée]tage|(?-i:Est|Ouest|Nord|Sud))|(?<=au\s)\d{1,2}e\s?[A-H](?![\w'’]))\b"
)
# A French département by its number: "dépt 23", "département 2B".
_DEPARTEMENT = Anchored(
    r"(?i)\b(?:d[ée]pt\.?|d[ée]p\.|d[ée]partement)\s+((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB]))\b"
)
# A bare French postcode after "du", "de", "from": "venue du 29200, la patiente...".
_POSTCODE_BARE = Anchored(
    r"(?i)\b(?:(?:venue?s?|vient|originaire|arriv[ée]e?s?|habite|habitant|r[ée]side|domicili[ée]e?|lives|moved)"
    r"\s+(?:du|de|d'|from|in|to|au|dans\s+le)\s+|(?:du|de|from|in|dans\s+le)\s+(?=\d{5}\s*(?:[,.;:!?)]|$)))"
    r"((?:0[1-9]|[1-8]\d|9[0-5])\d{3})\b"
)
# A named French school: "lycée Kléber", "collège Jean-Moulin", "école Jules-Ferry".
_ECOLE = Anchored(
    r"(?i:\b(?:lyc[ée]e|coll[eè]ge|[ée]cole(?:\s+(?:primaire|maternelle|[ée]l[ée]mentaire))?|facult[ée]|universit[ée]))"
    r"\s+(?:de\s+|du\s+|des\s+|d')?((?-i:[A-ZÀ-Þ])[\w'-]+(?:[\s-](?-i:[A-ZÀ-Þ])[\w'-]+)?)"
)
# A named school: "Kelso High", "Lincoln High School", "St Aidan's Primary".
_SCHOOL = Anchored(
    r"(?i:\b(?:at|from|of|to|attends?|attending|attended)\s+(?:the\s+)?)((?:[A-Z][\w'’]+\s+){1,2}"
    r"(?:High|Elementary|Primary|Middle|Academy|Grammar|College|University|General)(?:\s+School)?"
    r"|University\s+of\s+(?:the\s+)?[A-Z][\w'’-]+)\b"
)
# A GP practice named by its place: "Mrs P. from the Sparkbrook practice", "at the Ashgrove surgery".
_PRACTICE = Anchored(
    r"(?i:\b(?:at|from|of|to|with)\s+the\s+)((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
    r"(?i:(?:GP\s+)?practice|surgery|medical\s+(?:centre|center|practice)|health\s+(?:centre|center))\b"
)
# A named employer: "worked at the Harland & Wolff shipyard", "travaillait chez Michelin".
_EMPLOYER = Anchored(
    r"(?i:\b(?:worked|works|working|employed|travaill(?:e|ait|ant)|employ[ée]e?|ouvri[eè]re?)\s+"
    r"(?:at|for|in|on|[àa]|chez|dans|aux?)\s+(?:the\s+|la\s+|le\s+|l'|les\s+)?)"
    r"((?:[A-Z][\w'’-]+|&)(?:\s+(?:[A-Z][\w'’-]+|&|and)){0,3})"
)
_STREET_FR = Anchored(
    rf"(?i:\b(?:\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|"
    rf"square|lotissement|lieu-dit|r[ée]sidence|cit[ée]|hameau|mont[ée]e|chauss[ée]e|faubourg|ruelle|sentier))\s+{_SMALL}{_PLACE}"
)
_STREET_EN = Anchored(
    rf"\b\d{{1,5}}\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Boulevard|Blvd|Place|Pl|Terrace|Crescent|Gardens|Row|Wynd|Mews|Parade|Square|Grove|Rise|Walk|Brae|Quay|Hill)\b\.?"
)
# A four-digit postcode before its town (Switzerland, Belgium, Luxembourg): "3960 Sierre",
# "1205 Genève" (not a year: "USCAP 2026 Boston").
_POSTCODE_4 = re.compile(
    rf"[1-9](?<![\w.,/-][1-9])\d{{3}}(?<!19\d\d)(?<!20\d\d)\s+({_CAPWORD}(?:[- ]{_CAPWORD})?)(?![\w-])"
)
# A teaching hospital by its initials and town: "KATH Kumasi", "LUTH Lagos", "UNTH Enugu".
_HOSPITAL_INITIALS_TOWN = re.compile(rf"\b[A-Z]{{1,5}}H\s+({_CAPWORD})")
# A place pinned in a post: "📍 Saint-Jean-de-Luz : 58 ans..."
_PINNED = re.compile(rf"📍\s*({_PLACE})")
# An Irish Eircode: "D08 F7K2", "H91 X2F7" (its second half mixes letters and digits).
_EIRCODE = re.compile(
    r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[AC-FHKNPRTV-Y\d]{4}\b)(?=\w*\d)(?=\w*[A-Z])[AC-FHKNPRTV-Y\d]{4}\b"
)
# A surname's particle: "O'Brien", "D'Souza" (an unknown place so written is a person).
_O_APOSTROPHE = re.compile(r"\b[A-Z]['’][A-Z]")
# A street named by an acronym is a class: « Cours d'HES à la maison ».
_ACRONYM_END = re.compile(r"(?:\s|['’])[A-Z]{2,4}$")
_POSTCODE_FR = Anchored(
    rf"\b(?<!\d-)(?:(?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{{3}}|97[1-6]\d\d)\s+{_PLACE}"
)
# "Plouzané (29280)": a French postcode in brackets right after a capitalised word.
_POSTCODE_BRACKET = Anchored(
    r"(?<=[A-Za-zÀ-ÿ] )\((?:(?:0[1-9]|[1-8]\d|9[0-5]|2[AB])\d{3}|97[1-6]\d\d)\)"
)
# ... or its département in brackets: "Saint-Pierre (974)", « Lannion (22) ».
# (a known town only: "Mr Okafor (62)" is an age)
_TOWN_DEPARTEMENT = re.compile(
    r"([A-ZÀ-Þ](?<![\w'’-][A-ZÀ-Þ])[\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})\s\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)"
)
_POSTCODE_LABELLED = Anchored(
    r"(?i:\b(?:zip(?:\s+code)?|postcode|post\s+code|code\s+postal|CP)\s*:?\s*)"
    r"(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?(?:\s\d(?:[A-Z]{2})?)?)\b"
)
# A ward known by its code alone: "the ward sister on 5C", "hospitalisée en 4B".
# (The digit comes first so that the regex engine can skip ahead; the word before is checked after.)
_WARD_CODE_BEFORE = re.compile(r"\b(?:on|en|au) $")
# The postcode after a street: "12 rue des Tanneurs, 29200".
_POSTCODE_AFTER_STREET = re.compile(
    r"\s*,\s*((?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-6]\d\d)(?![\w,.]\d)"
)
# A ward named by its floor and wing: "5 South", "on 7 North" (in a case post).
_WARD_WING = re.compile(
    r"(?<![\w.,/-])(\d{1,2}\s?(?:North|South|East|West))\b(?!\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way))"
)
_POSTCODE_UK = Anchored(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")
# The district written before a UK postcode: "in Headingley, LS6 3HL".
_DISTRICT_BEFORE_POSTCODE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z'’-]{2,}(?: [A-Z][a-z'’-]{2,})?),?\s+$"
)
# A county: "a farmer from County Mayo", "Co. Kerry", "the only farrier in Tyrell County".
_COUNTY = Anchored(
    r"\b(?:County|Co\.)\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+County\b(?!\s+(?i:council|hospital|court))"
)
# The patient's home town named after the word, in a case post: "same hometown (Lurgan)", "the
# patient's hometown on the req: Saint-Jean-sur-Richelieu", « sa ville natale, Carhaix ».
# (no capital in between: "Hometown pride: I grew up in ...")
_HOMETOWN = Anchored(
    r"(?i:\bhome\s?town|\bville\s+natale|\bvillage\s+natal)(?-i:[^.!?\nA-ZÀ-Þ]){0,25}?"
    r"(?<![\w'’-])([A-ZÀ-Þ][\w'’]+(?:[ -][A-ZÀ-Þ][\w'’]+|-(?:sur|sous|en|le|la|lès|lez|de|du|des)){0,4})"
)
# A known town in lower case after "from", in a case post: "the 51 yr old from timaru".
_FROM_LOWER = re.compile(
    r"(?:from(?<=\bfrom)|in(?<=\bin))\s+([a-zß-ÿ][a-zß-ÿ'-]{3,}(?: [a-zß-ÿ][a-zß-ÿ'-]{2,})?)\b"
)  # (a literal first: a fast scan)
_ZIP_US = Anchored(
    r"\b(?:A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]),?\s\d{5}(?:-\d{4})?\b"
)
# Words after which a capitalised word is very likely a place the patient is tied to.
_PLACE_TRIGGER = Anchored(
    r"(?i)(?:habite(?:nt)?\s+(?:[aà]\s+)?|habitante?\s+(?:[aà]\s+|de\s+)?|vit\s+(?:seule?\s+)?[aà]\s+|vivant\s+[aà]\s+|r[ée]sid(?:e|ant)\s+[aà]\s+|domicili[ée]e?\s+[aà]\s+|"
    r"originaire\s+d[e'u]\s*|n[ée]e?\s+(?:le\s+\d{1,2}(?:er)?(?:\s+[a-zéû]{3,9}\s+|[/.]\d\d?[/.])(?:19|20)?\d\d\s+)?[aà]\s+|venu[e]?\s+d[e']\s*|(?:vient|venait|venant|arriv[ée]e?|arrive|arrivait)\s+d[e']\s*|du\s+village\s+d[e']\s*|de\s+la\s+commune\s+d[e']\s*|"
    # a Kanak tribe is a place: « un homme de la tribu de Tiéti »
    r"(?:la|une)\s+tribu\s+d[e']\s*|"
    r"(?:lives|living)\s+(?:alone\s+|on\s+(?:his|her)\s+own\s+|by\s+(?:him|her)self\s+)?in\s+|from\s+(?:the\s+(?:village|town|city)\s+of\s+)?|resident\s+of\s+|born\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d\s+|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+(?:19|20)\d\d\s+)?in\s+|"
    r"grew\s+up\s+in\s+|native\s+of\s+|village\s+of\s+|town\s+of\s+|"
    # a second opinion for the referring centre: « Relecture pour Trois-Rivières : M. Tremblay »
    r"(?:relecture|second\s+avis|avis|second\s+opinion|review)\s+(?:pour|for)\s+|"
    # where the patient comes from, was sent from or died: "pte de Lifou", "transféré de Mamoudzou"
    r"(?:pte?|patiente?|pt|patient|homme|femme|enfant|jeune|ado|monsieur|man|woman|boy|girl|lad|lass|chap|bloke)\s+(?:de|d'|from)\s*|"
    # ... or after the patient's age: « l'agriculteur de 81 ans de Grimentz », « nourrisson de 6 mois de Kawéni »
    # (a comma between them too: « Rita Abou Jaoudé, 29 ans, d'Achrafieh », "44, from Ballyhaunis")
    r"\d\s+(?:ans|mois|semaines|jours)\s*,?\s+(?:de|d')\s*|\d\s*(?:ans|yo|y/o|years?\s+old)?\s*,\s+from\s+|"
    r"retrouv[ée]e?s?\s+(?:mort\w*\s+|sans\s+vie\s+)?[àa]\s+|found\s+(?:dead\s+)?in\s+|"
    r"transf[ée]r[ée]e?s?\s+(?:de|d'|depuis|[àa]|vers)\s*|transferred\s+(?:from|to)\s+|[ée]vasan[ée]e?s?\s+(?:de|d'|depuis|[àa]|vers)\s*|(?:airlifted|medevac(?:ed|'d)?|evacuated)\s+(?:from|to)\s+|"
    r"[ée]vacu[ée]e?s?\s+(?:de|d'|depuis|vers)\s*|d[ée]c[ée]d[ée]e?s?\s+[àa]\s+|died\s+in\s+|"
    r"suivie?s?\s+[àa]\s+|op[ée]r[ée]e?s?\s+[àa]\s+|hospitalis[ée]e?s?\s+[àa]\s+|treated\s+in\s+|"
    r"admitted\s+in\s+|accouch(?:ement|[ée]e?)\s+[àa]\s+|(?:delivered|gave\s+birth)\s+(?:at|in)\s+|"
    # where a test was done: "had his bladder biopsy at Raigmore", "colonoscopy at Craigavon"
    r"(?:biopsy|bx|surgery|operation|scan|colonoscopy|endoscopy|mammogram|smear|chemo(?:therapy)?|radiotherapy)\s+(?:at|in)\s+|"
    # the patient's local practice, clinic or town hall: "the GP practice in Little Snoring", "a
    # clinic in Khayelitsha", "la mairie de Quintin"
    r"(?:practice|surgery|pharmacy|pharmacie|cabinet|mairie|parish|paroisse|clinic|dispensaire|"
    r"health\s+cent(?:re|er)|centre\s+de\s+sant[ée])\s+(?:in|at|of|de|d'|du|[àa])\s*|"
    # a quarter, farm or hamlet named: "du quartier de Kawéni", "à la ferme de Kerbrat"
    r"(?:quartier|ferme|hameau|lieu-dit|cit[ée]|lotissement)\s+(?:de\s+|d'|du\s+|des\s+)?)$"
)
# A town in mourning, in a case post: "... during last week's floods. Sad week for Shrewsbury."
_MOURNING = re.compile(
    r"(?i)\b(?:sad|tough|hard|dark|black|terrible|heartbreaking|triste|sombre|dure)\s+"
    r"(?:day|week|night|time|journ[ée]e|semaine|nuit)\s+(?:for|pour)\s+$"
)
_PREPOSITION = Anchored(
    r"(?i)(?:\b[aà]|\bde|\bd'|\bdu\s+c[ôo]t[ée]\s+de|\bpr[eè]s\s+de|\bvers|\bdepuis|\bin|\bnear|\bfrom|\bout\s+of|\bat|\bsur|\boutside|\baround|\bentre|\bbetween|\bpar|\bpast|\bbeyond)\s*$"
)
# Specimens sent out: "Envoi de 20 blocs à", "sent the blocks to".
_SENT_TO = re.compile(
    r"(?i)\b(?:envoi|envoy[ée]e?s?|envoyons|envoie|exp[ée]di[ée]e?s?|exp[ée]dition|sent|sending|send|shipped|"
    r"shipping)\b[^.!?\n]{0,40}?\b(?:[àa]|au|aux|to)\s+(?:the\s+)?$"
)
# A town as a hashtag in a case: "tératome sacro-coccygien #Abidjan", "TB again #Delhi".
# (in one word too: "#CapeTown"); or a dateline that opens the post: "Kumasi lab life: today's TURP
# chips...", "Bologna: Nonna Giuseppina R., aged 94".
_HASHTAG_TOWN = re.compile(r"(?<![\w#])#([A-ZÀ-Þ][a-zà-ÿ]{3,}(?:-?[A-ZÀ-Þ][a-zà-ÿ]+)*)(?![\w-])")
# (English posts only: in French ones a capitalised word before a colon is as often a heading that is
# also a village, « Marges : ... », « Fiche reçue : ... »; and not the readers addressed: "Toronto
# friends: ...")
_DATELINE_TOWN = re.compile(
    rf"\A\W{{0,3}}({_CAPWORD}(?: {_CAPWORD})?)"
    r"(?=(?:\s+(?!(?:friends|colleagues|folks|people|peeps|residents|team|pathologists|health)\b)[\w-]+){0,3}\s*:)"
)
_CAMEL_HUMP = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
_DISTRICT_WORD = re.compile(DISTRICT_WORDS)
# An institution (not a hospital) before its town in brackets: "the Laboratoire national de santé
# (Dudelange, Luxembourg)", "Institut Pasteur (Dakar)".
_SEAT_BEFORE = re.compile(
    r"(?i)\b(?:laboratoire|laboratory|institut|institute|soci[ée]t[ée]|society|universit[ée]|university|"
    r"acad[ée]mie|academy|mus[ée]e|museum|fondation|foundation|agence|agency|minist[eè]re|ministry)\b"
    r"[^()\n]{0,40}\(\s*(?:[^()\n,]{1,30},\s*)?$"
)
_TITLED_NAME_OF = re.compile(
    rf"\b(?:Mrs?|Ms|Miss|Mme|Mlle|M\.|Mx)\.?\s+(?:{_CAPWORD}\s+){{1,3}}of\s+$"
    # ... or a person with their birth date: "Thandiwe N. (DOB 1989-07-23) of Soweto"
    r"|\((?i:DOB|d\.o\.b\.?|born|b\.)[^()\n]{0,20}\)\s+of\s+$"
)
# A town and its US state or Canadian province: "Libby, MT", "Halifax, NS" ("Smith, MD" and
# "Jones, PA" are degrees and jobs).
_TOWN_STATE = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:A[LKZR]|C[AT]|FL|GA|I[DLA]|K[SY]|LA|M[AINSTE]|N[EVHJMYCD]|OH|RI|"
    r"S[CD]|T[NX]|UT|V[TA]|W[AVIY]|"
    # ... or a Canadian province: "Halifax, NS", "Moncton, NB"
    r"AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|YT|"
    # ... or the state in full: "Glasgow, Montana", "Paris, Texas"
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
    r"Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|"
    r"New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|"
    r"South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|"
    r"Wisconsin|Wyoming)\b(?![\w-])"
)
# What follows a town praised in a case post: "Tralee women are built different", « Douarnenez forever ».
_TOWN_PRIDE_AFTER = re.compile(
    r"(?i)\s*(?:[.!]|$|(?:forever|pour\s+toujours|power|pride|represent|born\s+and\s+bred)\b|"
    r"(?:men|women|folk|people|lads|ladies|girls|boys|grannies|gens|femmes|hommes|filles|gars)\s+(?:are|do|don't|never|always|sont|ne|n')\b)"
)
_TIME_ZONE_BEFORE = re.compile(r"(?i)\bheure\s+(?:de\s+|d')$")
# The weather where the author is: "Weather in Winnipeg: -31°C", « -18 °C à Québec ».
_WEATHER_BEFORE = re.compile(
    r"(?i)(?:\b(?:weather|m[ée]t[ée]o|temps)\s+(?:in|at|[àa]|de|du|sur)|-?\d+\s?°\s?C?\s+(?:[àa]|in|at))\s+$"
)
# ... or the snow, rain or heat there, in a post with no case: « Neige à Clermont-Ferrand »
# (in a case it is where the patient fell: « chute sur la neige à Font-Romeu »)
_WEATHER_WORD_BEFORE = re.compile(
    r"(?i)\b(?:neige|pluie|canicule|temp[êe]te|orage|verglas|snow|rain|heatwave|storm|sleet|fog)\s+(?:in|at|[àa]|sur)\s+$"
)
_TEMPERATURE_AFTER = re.compile(r"\s*[:,(]?\s*[-−]?\d+(?:[.,]\d)?\s?°")
# Between two towns: "entre Morlaix et Landerneau", "Leeds and Bradford".
_AND_BEFORE = re.compile(r"\s+(?:et|and|ou|or|&)\s+")
_NOT_PLACE = frozenset(
    fold(w)
    for w in [
        *WEEKDAYS_FR,
        *WEEKDAYS_EN,
        *(month for month in {**FR_MONTHS, **EN_MONTHS} if len(month) > 3),  # "from February"
        "Channel",
        "Radio",
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
        # a title starts a person's name: "from Mr Hale", "de Mme Roux"
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mme",
        "Mlle",
        "Monsieur",
        "Madame",
        "Dr",
        "Pr",
        "Prof",
    ]
)


# Town names that are also ordinary words ("Nice", "Tours"): a town only when capitalised after
# a preposition, never in brackets alone.
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
# Town names that are also first names: a town only after "habite à", "lives in", etc.
_TOWN_PEOPLE = frozenset(
    ["victoria", "chelsea", "jordan", "lincoln", "florence", "sydney", "austin", "hope", "phoenix"]
)
# The lab's own rooms: "the new grossing room", « salle de macro ».
_LAB_ROOM = re.compile(
    r"(?i)\b(?:grossing|cut-?up|cutting|coffee|break|staff|seminar|meeting|microscope|multi-?header|teaching|"
    r"conference|locker|changing|tea)\s+room\b|\bsalle\s+(?:de\s+)?(?:staff|macro\w*|r[ée]union|cours|pause|"
    r"d[ée]tente|microscopie|conf[ée]rence)\b"
    # ... or a room with the lab's kit in it: "Room 512 has the multiheader scope now", "Ward 7
    # North finally got new specimen fridges"
    r"|\b(?:multi-?header|multi-?t[eê]tes?|cryostats?|microtomes?|coffee\s+machine|machine\s+[àa]\s+caf[ée]|"
    r"(?:specimen\s+)?(?:fridges?|freezers?)|frigos?|cong[ée]lateurs?|printers?|imprimantes?|"
    # ... or the lab's stock: "Fixation tanks in room 12", « les bacs de formol de la salle 12 »
    r"(?:fixation|formalin|formol)\s+tanks?|bacs?\s+(?:de\s+)?(?:formol|fixation)|stocks?\s+de\s+formol|"
    # ... or its screens and slide scanners: "Room 4 is now the digital path room: 6 screens"
    r"(?:slide\s+)?scanners?|screens?|[ée]crans?|digital\s+path\w*|patho\w*\s+num[ée]rique)\b"
)
_BEDS = ("lit", "bed", "cot", "crib", "berceau", "couveuse", "incubator")
_CAME_FROM = re.compile(
    r"(?i)\b(?:from|(?:venue?s?|venant|provenant|arriv[ée]e?s?)\s+(?:de|du|des))\s+(?:the\s+|la\s+|l')?(?:ward\s+)?$"
)
_BROKEN = re.compile(r"(?i)\b(?:cass[ée]e?s?|en\s+panne|broken|out\s+of\s+order)\b")


def _staffs_room(ctx: Context, start: int) -> bool:
    """A room, ward or bed named for the staff's sake, with no patient in the sentence: its kit
    ("Room 4 is the new grossing room"), thanks to its team ("Shout-out to Sister X on Ward 12"),
    a broken bed (« Le lit 12 de la chir B est cassé »; any other bed is a patient's)."""
    if ctx.sentence_search(PATIENT_REF, start) or ctx.before(_CAME_FROM, start, 20):
        return False  # (nor where a specimen came from: "Last specimen came from 4 North")
    if ctx.low.startswith(_BEDS, start):
        return ctx.sentence_search(_BROKEN, start)
    return ctx.sentence_search(_LAB_ROOM, start) or bool(
        ctx.search(THANKS, max(ctx.sentence(start)[0], start - 50), start)
    )


_MADE_UP = Anchored(
    r"(?i)\b(?:hypothetical|hypoth[ée]tiques?|fictitious|made[\s-]up|invented|invent[ée]e?s?|imaginary|imaginaires?)\b"
)
# Towns that are also the label of a form's field or a report's heading ("Ville : Lorient",
# « Marges : ... »).
_FIELD_LABELS = frozenset({"ville", "city", "town", "commune", "marges", "margins"})
# A record number, unspaced or in groups, just before a town: "... 258112A00421770 Ajaccio".
_AFTER_RECORD_NUMBER = re.compile(
    r"(?:\d[\dA-Z]{4,}|\d[\dAB]{0,2}(?:[ \t]\d[\dAB]{0,2}){3,})[ \t]+$"
)
# (after the town, maybe its state or country code: "Hamilton NZ", "Austin TX")
_FIELD_END = re.compile(r"(?:[ \t]+[A-Z]{2,3}\b)?[ \t]*(?:[):;,\n»\"”]|\.(?:\s|$)|$|-(?=[ \t]))")
# A numbered road where it happened: "sur la D941", "on the A66" (checked in a case only).
_ROAD = re.compile(r"[ADNM](?<![\w-][ADNM])\d{1,4}(?![\w-])")  # (the letter first: a fast scan)
_ROAD_BEFORE = re.compile(
    r"(?i)\b(?:(?:sur|de|par|bord\s+de|pr[eè]s\s+de)\s+(?:la\s+|l['’]\s*)|(?:on|off|along|near|from)\s+the\s+)$"
)
# A hospital known by its town and one word: "Vancouver General", "Glasgow Royal".
_HOSPITAL_NICKNAME = re.compile(
    r" (?:General|Royal|Infirmary|Memorial|Children's|Women's|Regional|Base)\b"
)
# ... of any town, or a faith hospital of any name, where a case was seen: "MRI at Eastfield Royal",
# "room 1118 at Mercy Fairhaven" (in a case post; not "the Royal College", "Mercy Ships")
_AT_NAMED_HOSPITAL = re.compile(
    r"\b(?:at|to|from)\s+(?:the\s+)?([A-Z][a-z]{3,}\s+(?:Royal|General)(?!\s+(?:College|Society|Academy|Navy|"
    r"Mail|Family|Institution|Ballet|Opera|Mint|Marines|Court|Assembly|Hospital|Infirmary|Meeting))|"
    r"(?:Mercy|Providence|Good\s+Samaritan|Sacred\s+Heart|Baptist|Methodist|Presbyterian|Adventist)\s+"
    r"(?!(?:Ships?|Church|Chapel|College|School|University)\b)[A-Z][a-z]{3,})\b"
)
_AT_NAMED_HOSPITAL_GATE = ("royal", "general", "mercy", "providence", "samaritan", "sacred heart",
                           "baptist", "methodist", "presbyterian", "adventist")  # fmt: skip
_SURNAME_NEXT = re.compile(r" (?:Mac|Mc|O['’])[A-Z]")
_CAPITAL_NEXT = re.compile(r" ([A-Z][a-z]+)\b")
_EPONYM_BEFORE = re.compile(r"([A-Z][\w-]+)\s+(?:[àa]|in|at)\s+$")
# A lower-case commune after a preposition: "de bourg-en-bresse", "à saint-malo".
# (found from its hyphens: a literal first, so the scan is fast)
_HYPHEN = re.compile(r"-[a-zß-ÿ]")
_LOWER_COMMUNE_BEFORE = re.compile(r"\b(?:[àa]|de|du|from|in|near)\s+$")
# In a post typed all in lower case, any known town after a preposition: "mr o'donnell from kilkenny".
_LOWER_TOWN = re.compile(
    r"\b(?:from|near|in|[àa]|de|d')\s*([a-zß-ÿ][a-zß-ÿ'-]{2,}(?: [a-zß-ÿ][a-zß-ÿ'-]{2,})?)"
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
        # "the City Centre", "the Leisure Centre": not a place of care
        "city",
        "town",
        "shopping",
        "leisure",
        "sports",
        "visitor",
        "conference",
        "convention",
        "research",
        "science",
        "cancer",
        "medical",
        "health",
        "day",
    ]
)


_TRIGGER_TAIL = frozenset(
    [
        "at",
        "depuis",
        "vers",
        "to",
        "d'",
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
_NEXT_CAPWORDS = re.compile(rf"[ ]({_CAPWORD})(?:[ ]{_CAPWORD})?")
# The English hospital patterns run only when one of these words starts a word (a cheap test).
_EN_HOSPITAL_WORD = re.compile(
    r"(?<![^ '\-])(?:hospital|hosp\b|infirmary|clinic|centre|center|medical[ '\-]cent|cancer[ '\-]cent|"
    r"health[ '\-]system|health[ '\-]cent|health[ '\-]science|hospice|nursing[ '\-]home|care[ '\-]home|institute|"
    r"(?:health|medical|healthcare)[ '\-]city|szpital|ospedale|klinikum|krankenhaus|spitalul|nemocnice|kórház|children's)"
)


_AUTHOR = Anchored(
    r"(?i)\b(?:I'm|I\s+am|je\s+suis|we\s+are|nous\s+sommes|based|bas[ée]e?s?\b(?<!\bbase)(?<!\bbases)|interne|resident(?!\s+of)|fellow|"
    r"ici\s+[àa]|here\s+in|over\s+here|"
    r"trainee|co-?internes?|my\s+(?:own\s+)?(?:lab|department|hospital|office|desk)|mon\s+(?:labo|service|CHU)|stage(?!\s+(?:[IVX]+|\d))|"
    r"semestre|internat|externat|rotation|stagiaire|inter-?CHU|elective|observership|mobilit[ée]|heading\s+to|en\s+route|direction|"
    r"(?:our|notre|nos)\s+(?:[\w-]+\s+)?(?:lab|labo|room|salle|laboratoire|department|d[ée]partement|service|team|[ée]quipe|unit|unit[ée])|"
    r"hiring|recrute\w*|recruit\w*|job\s+offer|(?<!la\s)(?<!par\s)poste|vacancy|candidatures?|residency|fellowship|trained|"
    r"patholog(?:iste|ist)|anatomopathologiste|praticien(?:ne)?|consultant|"
    r"ans\s+de\s+(?:pratique|carri[eè]re|m[ée]tier)|years\s+(?:of|in)\s+(?:practice|pathology)|"
    r"internship|joining|join\s+the|rejoindre|rejoins|vacances|holidays?|vacation|cong[ée]s|retire\s+from|retiring|"
    # the author's own race: "Ran my first half marathon in Lyon", « Premier marathon de Bordeaux bouclé »
    r"(?:my|mon|ma|first|premier|premi[eè]re)\s+(?:first\s+)?(?:half[\s-]|semi-)?(?:marathon|triathlon|trail|10\s?k|ironman)|"
    r"moving\s+(?:from|to)|d[ée]m[ée]nage\w*)\b"
)
# What says a sentence is about a person besides the nouns of PATIENT_REF: an age, a pronoun, a home.
_PERSON_HINT = Anchored(
    r"(?i)\b(?:"
    + AGE_ANS
    + rf"|years?[\s-]old|yo|{THIRD_PERSON_WORDS}|lives|vit|habite|young|elderly|jeune|[âa]g[ée]e?|"
    # « la paysanne de 80 ans de Grimentz »
    r"(?<!plus\s)(?<!moins\s)(?<!pr[eè]s\s)de\s+\d{1,3}\s+ans)\b"
)
# A bare age in brackets: "a teacher from Kisumu (29)".
_BRACKET_AGE = re.compile(r"\(\d{1,3}\)")


# A journey: "a night flight from Vancouver to Toronto", "le TGV de Rennes à Paris".
_JOURNEY = Anchored(
    r"(?i)\b(?:train|flight|plane|vol|avion|drive|trajet|journey|trip|voyage|commute|TGV|coach)\b(?:[^.!?\n]{0,40}?"
    r"\b(?:from|de)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+(?:to|[àa])\s+(?-i:[A-Z])"
    # "mon trajet Villeurbanne–Lyon Sud" (dashes are folded to "-" by `normalize`)
    r"|\s+(?:\w+\s+)?(?-i:[A-Z])[\w']+(?:\s+(?-i:[A-Z])[\w']+)?\s*-\s*(?-i:[A-Z])"
    # "the flight home from Glasgow", « le train du retour de Lyon »
    r"|\s+(?:home|back)\s+from\b|\s+(?:du\s+)?retour\s+de\b)"
    rf"|{COMMUTE}"
    # the author's stay: "Back from two weeks in Lisbon", « de retour de vacances à Porto »
    r"|\bback\s+from\s+(?:(?:a|one|two|three|four|\d)\s+(?:days?|weeks?|months?)|(?:my\s+)?(?:holidays?|vacation|leave))\s+in\b"
    r"|\bretour\s+de\s+(?:(?:une|deux|trois|quatre|\d)\s+(?:jours|semaines?|mois)|vacances|cong[ée]s?)\s+(?:[àa]|en|au)\b"
)
# Advice to the readers: "si vous passez par Nancy", "if you're ever in Aberdeen".
_VISIT_TIP = Anchored(
    r"(?i)\b(?:si\s+vous\s+(?:passez|[êe]tes|allez|visitez)|if\s+you(?:'re|\s+are)?\s+(?:ever\s+)?"
    r"(?:in|passing|visiting|visit|going|near))\b"
)
_SELF_INTRO = Anchored(rf"(?i)\b(?:{SELF_INTRO})\b")
_SELF = Anchored(r"(?i)\b(?:I|I'm|we|we're|je|j'|nous|my|our|mon|ma|notre)\b")


_SELF_AT = re.compile(
    r"(?i)\b(?:je\s+suis|j'exerce|je\s+travaille|I'm|I\s+am|I\s+work|"
    # the author's team asking colleagues: « on se pose la question à Namur », "we're wondering in Leeds"
    r"on\s+se\s+(?:pose|demande)|we(?:'re|\s+are)\s+wondering|(?:chez\s+)?nous\s+aussi)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:[àa]|au|in|at)\s+$"
)


def _about_author(ctx: Context, pos: int) -> bool:
    """True when the sentence is the author introducing themselves ("Interne à Lille")."""
    if _SELF_AT.search(ctx.text, max(0, pos - 50), pos):
        return True
    return (
        ctx.sentence_search(_AUTHOR, pos)
        and not ctx.sentence_search(_PERSON_HINT, pos)
        and not ctx.sentence_search(_BRACKET_AGE, pos)
        and not ctx.sentence_search(PATIENT_REF, pos)
        and not ctx.sentence_search(PATIENT_AGE, pos)  # "our team ... for a 6-month-old at St X's"
        # « Ma grand-mère ... opérée à Quimperlé et c'est MON labo qui a eu la pièce »: hers
        and not (ctx.sentence_search(MY_RELATIVE, pos) and ctx.sentence_search(CARE_EVENT, pos))
    )


def _not_a_place(word: str) -> bool:
    """An allow term, a common word or a month: not a place's name ("the Whipple surgery")."""
    key = fold(word)
    return key in allow_terms() or key in common_words() or key in _NOT_PLACE


def _district_name(name: str) -> bool:
    """A district's name, not a person's or a word: "Headingley" (but not "Smith" or "Dear")."""
    key = fold(name)
    if key in towns():
        return True
    words = key.split()
    return not any(_not_a_place(w) or w in first_names() or w in surnames() for w in words)


def _word_around(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the hyphenated word that contains `pos`."""
    start = pos
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    end = pos + 1
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return start, end


def _patients_employer(ctx: Context, m: re.Match[str]) -> bool:
    """A named employer in a case ("worked at the Harland & Wolff shipyard"), not the author's."""
    name = m.group(1)
    return (
        fold(name.split()[0]) not in allow_terms()
        and ctx.is_case()
        and not ctx.sentence_search(_SELF, m.start())
    )


def _no_person(ctx: Context, pos: int) -> bool:
    """The sentence around `pos` names no one: no patient, pronoun, age or home."""
    return ctx.names_no_one_else(pos) and not ctx.sentence_search(_PERSON_HINT, pos)


def _names_a_patient(ctx: Context) -> bool:
    """A patient, or the author's relative in a case post or in care ("my mum's lymphoma", "MY
    DAD'S SCAN WAS CLEAR"), is named."""
    return ctx.text_search(PATIENT_REF) or (
        ctx.text_search(MY_RELATIVE) and (ctx.is_case() or ctx.text_search(CARE_EVENT))
    )


_OUR_BEFORE = re.compile(r"(?i)\b(?:our|notre|nos)\s+$")
# Colleagues in a town, cheered: « Courage aux assistants de Liège », "shout-out to the residents in Cork".
_COLLEAGUES_OF_TOWN = re.compile(
    r"(?i)\b(?:aux|to\s+(?:the|our|all)|[àa]\s+(?:nos|tous\s+les))\s+(?:assistants|internes|r[ée]sidents|residents|"
    r"coll[eè]gues|colleagues|[ée]quipes?|teams?|trainees|registrars)\s+(?:de|d'|du|des|of|in|at)\s*$"
)
# Colleagues in a town, or their lab, talked about: « Pensées pour les collègues de Beyrouth », « les
# techniciennes du labo de Treichville » (theirs in a post with no age: with one, the patient's).
_COLLEAGUES_THERE = re.compile(
    r"(?i)\b(?:les|nos|the|our)\s+(?:coll[eè]gues|colleagues|[ée]quipes?|teams?|technicien(?:ne)?s|techs|laborantines?)\s+"
    r"(?:(?:du|of\s+the)\s+(?:labo|lab|laboratoire|laboratory|service|department)\s+)?(?:de|d'|du|des|of|in|at|[àa])\s*$"
)
# The author's practice in a town: "In Karachi we see so many oral SCCs".
_WE_SEE_THERE = re.compile(
    r"[\w'’ -]{0,30}?,?\s+(?:we\s+(?:see|get)|on\s+voit|nous\s+voyons)\s+(?:so\s+)?(?:many|a\s+lot|lots|plenty|beaucoup|tellement|souvent|often)\b",
    re.I,
)
_OUR_TOWN_TEAM = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}(?i:unit|lab|labs|department|colleagues|team|friends|residents|"
    r"labo|service|coll[eè]gues|[ée]quipe|internes)\b"
)
# The author's own unit, by its usual names.
_UNIT_NOUNS = r"labo(?:ratoire)?|lab|service|department|d[ée]partement|unit[ée]?"
_OUR_WORKPLACE = re.compile(
    rf"(?i)\b(?:notre|mon|our|my|best|meilleure?)\s+(?:[\w-]+\s+)?(?:{_UNIT_NOUNS}|"
    # ... or its people and kit: "our cytology screeners in Nairobi", « notre plateau ... à Liège »
    r"screeners|techs|technicians|residents|internes|team|[ée]quipe|plateau)"
    r"(?:\s+(?:de|d'|du|des|of)\s*[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:[àa]|au|at|in|de|du|of)\s*(?:l'|la\s+|le\s+|the\s+)?$"
)
# ... named in a sentence about its own birthday: « Notre service fête ses 50 ans ».
_OUR_UNIT = re.compile(rf"(?i)\b(?:notre|our)\s+(?:{_UNIT_NOUNS})\b")
_UNIT_BIRTHDAY = re.compile(
    rf"(?i)\b(?:f[êe]te\s+ses\s+\d+\s+ans|anniversaire|anniversary|{FOUNDED}\s+(?:le|en|on|in))\b"
)
# A greeting from the author's town: "Kia ora from Christchurch!", « Bonjour de Dakar », « Ici à
# Montréal on dit... ».
_GREETING_FROM = re.compile(
    r"(?i)^\W*(?:(?:hello|hi|greetings|kia\s+ora|bonjour|salut|coucou|good\s+morning|cheers|salutations)\s+"
    r"(?:from|de|d'|depuis)|ici\s+[àa]|here\s+in)\s*$"
)
# A town's figures, not a patient's town: registries, incidence, rates.
_POPULATION_FIGURES = Anchored(
    r"(?i)\b(?:incidences?|pr[ée]valences?|registres?(?!\s+national)|registr(?:y|ies)|taux\s+d[e']|(?:mortality|death|incidence)\s+rates?|"
    r"per\s+100[\s,]?000|pour\s+100\s?000|[ée]pid[ée]miolog\w*|epidemiolog\w*|statisti\w*|"
    # "5,000 new cases a year", « un adulte sur dix »
    r"cases\s+(?:a|per|each)\s+year|cas\s+par\s+an|(?:un|une|one)\s+(?:\w+\s+)?(?:sur|in)\s+"
    r"(?:\d+|deux|trois|quatre|cinq|dix|vingt|cent|two|three|four|five|ten|twenty|hundred)\b)"
)


def _someones_age(ctx: Context) -> bool:
    """An age in the post that is not the author's own ("J'ai eu 45 ans aujourd'hui")."""
    return ctx.text_search(PATIENT_AGE) or any(
        not ctx.own_life(m.start()) for m in AN_AGE.finditer(ctx.text)
    )


def _not_the_patients(ctx: Context, pos: int) -> bool:
    """A hospital that is not the patient's: in a class or career announcement, the author's own
    in a post with no case, or a team thanked for a talk ("Bravo à l'équipe du CHUM")."""
    if ctx.is_teaching(pos) or ctx.signed_off(pos):
        return True
    if ctx.before(_SENT_TO, pos, 60) and not ctx.sentence_search(PATIENT_REF, pos):
        return True  # "Envoi de 20 blocs à Gustave Roussy": the reference lab, not the patient's
    if (
        ctx.sentence_search(_JOURNEY, pos) or ctx.sentence_search(_VISIT_TIP, pos)
    ) and ctx.names_no_one_else(pos):
        return True  # "my commute from Dún Laoghaire to St James's", "if you're ever in Aberdeen"
    if ctx.own_life(pos) and not ctx.is_case_outside(pos):
        return True  # "I grew up in Ballina", "mon grand-père fête ses 95 ans à Quimperlé"
    if ctx.sentence_search(_OUR_UNIT, pos) and ctx.sentence_search(_UNIT_BIRTHDAY, pos):
        return True  # « Notre service fête ses 50 ans : ouvert en 1976 au CHU de Grenoble »
    if _names_a_patient(ctx):
        return False
    if _WE_SEE_THERE.match(ctx.text, pos):
        return True  # "In Karachi we see so many oral SCCs": the author's practice, not a patient
    if ctx.before(_COLLEAGUES_OF_TOWN, pos, 50):
        return True  # « Courage aux assistants de Liège »: the author's colleagues
    if ctx.before(_GREETING_FROM, pos, 30):
        return True  # "Kia ora from Christchurch! Our registrar passed her exam"
    if (ctx.before(_OUR_WORKPLACE, pos, 60) or ctx.before(_COLLEAGUES_THERE, pos, 60)) and not (
        ctx.once(_someones_age) or ctx.text_search(case_ending)
    ):
        return True  # « notre labo à l'Hôtel-Dieu de France a perdu ses vitres »: the author's
    if ctx.text_search(history):
        return True  # "Kaposi described it in 1872 ... we still see it weekly in Lilongwe"
    figures = ctx.sentence_search(_POPULATION_FIGURES, pos) or (
        ctx.text_search(_POPULATION_FIGURES) and not ctx.text_search(PATIENT_REF)
    )
    if figures and not (ctx.sentence_search(PATIENT_AGE, pos) or ctx.sentence_search(AN_AGE, pos)):
        return True  # « selon le registre des cancers d'Abidjan », "the incidence in Soweto"
    if _OUR_TOWN_TEAM.match(ctx.text, pos) and ctx.before(_OUR_BEFORE, pos, 6):
        return True  # "our Cape Town unit says yes, our Johannesburg colleagues say no"
    if ctx.text_search(JOB_AD) or (ctx.text_search(OFF_TOPIC) and not ctx.is_case()):
        return True  # (or a post that says it is not about work: "Nothing to do with pathology")
    if not ctx.is_case() and (
        ctx.text_search(OWN_LIFE)
        or ctx.text_search(THANKS)
        or ctx.text_search(announced)
        or ctx.text_search(LAB_SUPPLIES)
        or ctx.sentence_search(LAB_SYSTEM, pos)
        or ctx.sentence_search(_OUR_UNIT, pos)
    ):
        return True  # "Congratulations Dr Bakare! The whole team at Ninewells is proud of you"
        # (or "le CHU de Besançon passe au tout-scanner": the hospital's news)
    if (
        (ctx.sentence_search(NEWS_REPORT, pos) or ctx.text_search(NOT_OURS))
        and not ctx.is_case()
        and _no_person(ctx, pos)
    ):
        return True  # "Bus crash in Limerick this morning according to the Irish Times"
    if ctx.sentence_search(_TEAM_THANKED, pos) and not ctx.sentence_search(PATIENT_AGE, pos):
        return True  # (but "thanks to the lab at X for the colectomy on the 52yo": the patient's)
    # "Je m'appelle X, interne au CHU de Nantes", whatever the rest of the post says (but not
    # "I'm at Groote Schuur for my elective and we saw a 34-year-old": the patient's hospital too)
    if (
        ctx.sentence_search(_SELF_INTRO, pos)
        and _about_author(ctx, pos)
        and not ctx.sentence_search(PATIENT_AGE, pos)
    ):
        return True
    return (
        _about_author(ctx, pos)
        and not ctx.is_case_outside(pos)
        and not ctx.sentence_search(CASE_WORDS, pos)
    )


_TEAM_THANKED = Anchored(
    r"(?i)\b(?:bravo|merci|thanks?|thank\s+you|congrats|congratulations|f[ée]licitations|kudos)\b"
    r"(?:[^.!?\n]{0,40}\b(?:team|[ée]quipe|colleagues|coll[eè]gues)\b|\s+(?:to\s+(?:the\s+)?|[àa]\s+(?:l'|la\s+)?|au\s+|aux\s+))"
)


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
    town_msg = ("Le nom de la ville ou du village aide à reconnaître le patient. Retirez-le ou dites « dans la région ».",
                "The name of the town helps recognise the patient. Remove it or say \"in the region\".")  # fmt: skip
    hospital_fix = ("un hôpital", "a hospital")
    hosp_fr = "Nommer l'hôpital ou le service situe le patient. Dites plutôt « un CHU » ou « un hôpital »."
    hosp_en = 'Naming the hospital or unit places the patient. Say "a university hospital" or "a hospital" instead.'
    for m in ctx.finditer(_HOSPITAL_FR):
        name = fold(m.group(1).split()[0].split("-")[0])
        if (name in allow_terms() and name != "curie") or ctx.is_event(m.start()):
            continue
        if _not_the_patients(ctx, m.start()):
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
            if ctx.is_event(m.start()) or ctx.is_protected(*m.span()):
                continue
            if not _not_the_patients(ctx, m.start()):
                yield _place_hit(ctx, m.start(), m.end(), hosp_fr, hosp_en, hospital_fix)
    ward_msg = ("Le numéro de chambre, de lit ou de service situe le patient. Supprimez-le.",
                "A room, bed or ward number places the patient. Remove it.")  # fmt: skip
    # (a room in a congress post: "Palais du Pharo, salle 2")
    congress = ctx.text_search(EVENT) and not ctx.text_search(PATIENT_REF)
    # (a room in a post about the lab's machines: "Cryostat in Room 3 is broken AGAIN")
    machines = ctx.text_search(LAB_SYSTEM) and not ctx.text_search(PATIENT_REF)
    # (beds in a made-up example: "Bed 12 vs bed 21 mix-ups... Hypothetical example")
    made_up = ctx.text_search(_MADE_UP) and not ctx.text_search(PATIENT_REF)
    for m in ctx.finditer(_WARD) if not (congress or machines or made_up) else ():
        if _ROOM_CODE_AFTER.match(text, m.end()) and not ctx.is_case():
            continue  # "Room 3.16 is the coffee room": a building's room code, in a post with no case
        if _staffs_room(ctx, m.start()):
            continue  # "Room 4 is the new grossing room", "Shout-out to Sister X on Ward 12": staff's
        if _STORAGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "top drawer, box 3": where the slides are kept
        if not ctx.is_protected(*m.span()) and not ctx.is_teaching(m.start()):
            yield _place_hit(ctx, m.start(), m.end(), *ward_msg, ("", ""))
            after = _UNIT_AFTER.match(text, m.end())
            before = _UNIT_BEFORE.search(text, max(0, m.start() - 50), m.start())
            for unit in filter(None, (after, before)):
                yield _place_hit(ctx, *unit.span(unit.lastindex or 0), *ward_msg, ("", ""))
    for m in ctx.finditer(_LOWER_SAINT) if ctx.is_case() else ():
        if fold(m.group(2)) in first_names() and not ctx.is_protected(*m.span(1)):
            yield _place_hit(ctx, *m.span(1), hosp_fr, hosp_en, hospital_fix)
    for pattern, gate in (
        (_SAINT_HOSPITAL, ()),
        (_SCHOOL, _SCHOOL_GATE),
        (_ECOLE, ("lyc", "coll", "cole", "facult", "universit")),
        (_EMPLOYER, _EMPLOYER_GATE),
        (_PRACTICE, ("practice", "surgery", "centre", "center")),
    ):
        for m in ctx.finditer(pattern) if not gate or ctx.mentions(gate) else ():
            if (
                pattern is _SAINT_HOSPITAL
                and not _SAINT_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not _SUBURB_AFTER.match(text, m.end())
                and not (
                    (ctx.is_case() or ctx.mentions(_SPECIMEN_GATE))
                    and _GROUP_BEFORE_SAINT.search(text, max(0, m.start() - 20), m.start())
                )
            ):
                continue  # "St Mary's" alone could be a church or a saint
            if pattern is _EMPLOYER and not _patients_employer(ctx, m):
                continue
            if pattern in (_SCHOOL, _ECOLE, _PRACTICE) and not ctx.is_case():
                continue  # "Université de Rennes : cours ce soir" is the author's, not a patient's
            if pattern is _PRACTICE and _not_a_place(m.group(1).split()[0]):
                continue  # "after the Whipple surgery", "at the Royal College practice day"
            if (
                ctx.is_event(m.start())
                or ctx.is_protected(*m.span(1))
                or _not_the_patients(ctx, m.start())
            ):
                continue
            yield _place_hit(ctx, *m.span(1), hosp_fr, hosp_en, hospital_fix)
    for m in _EMERGENCY_UNIT.finditer(text) if ctx.mentions(_EMERGENCY_GATE) else ():
        name = _NAME_BEFORE_UNIT.search(text, max(0, m.start() - 40), m.start())
        first = name and fold(name.group(1).split()[0])
        if not name or name.group(1).isupper() or first in common_words() or first in _NOT_PLACE:
            continue  # "the GP ED"
        opening = not text[ctx.sentence(name.start())[0] : name.start()].strip()
        if opening and first not in towns():
            continue  # "The ED", "Busy ED": a capital that only starts the sentence
        if first in allow_terms() or ctx.is_event(m.start()) or _not_the_patients(ctx, m.start()):
            continue
        yield _place_hit(ctx, name.start(1), m.end(), hosp_fr, hosp_en, hospital_fix)
    for m in (
        _AT_NAMED_HOSPITAL.finditer(text)
        if ctx.is_case() and ctx.mentions(_AT_NAMED_HOSPITAL_GATE)
        else ()
    ):
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(1), hosp_fr, hosp_en, hospital_fix)
    for m in ctx.finditer(_HOSPITAL_BY_PREPOSITION):
        if not (
            _HOSPITAL_PREPOSITION.search(text, max(0, m.start() - 8), m.start())
            or _CARE_AFTER.match(text, m.end())
        ):
            continue
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(), hosp_fr, hosp_en, hospital_fix)
    # "M. Rakotomalala à HJRA": a hospital's acronym right after a titled patient
    for m in ctx.finditer(_TITLED_AT_ACRONYM) if ctx.is_case() else ():
        if fold(m.group(1)) not in allow_terms():
            yield _place_hit(ctx, *m.span(1), hosp_fr, hosp_en, hospital_fix)
    for m in ctx.finditer(_ASKED_AT) if ctx.is_case() else ():
        name = m.group(1)
        if fold(name) in common_words() or fold(name) in allow_terms():
            continue
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(1), hosp_fr, hosp_en, hospital_fix)
    for m in ctx.finditer(_ROYAL_NICKNAME):
        if not _ROYAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(1), hosp_fr, hosp_en, hospital_fix)
    for m in ctx.finditer(_UNIT_OF_PLACE) if ctx.is_case() or ctx.text_search(_SUPPORT) else ():
        if not (ctx.is_event(m.start()) or ctx.is_teaching(m.start())):
            yield _place_hit(ctx, m.start(), m.end(), *ward_msg, ("", ""))
    listed = (_PLACE_AFTER_AGE_SEX, _PLACE_AFTER_NAME_AGE) if ctx.is_case() else ()
    for m in (m for pattern in listed for m in pattern.finditer(text)):
        if not _not_a_place(m.group(1).split()[0]):
            yield _place_hit(ctx, *m.span(1), *town_msg, ("", ""))
    for m in ctx.finditer(_ISLAND):
        before = _ISLAND_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _ISLAND_NAME_AFTER.match(text, m.end())
        if before and m.group(0)[0].isupper():  # "Rathlin Island"
            span = (before.start(), m.end())
        elif after:  # "Isle of Lewis", "l'île de Sein"
            span = (m.start(), after.end())
        else:
            continue
        if not ctx.is_event(span[0]):
            yield _place_hit(ctx, *span, *town_msg, ("", ""))
    # (a lab's floor in a post about its machines: « imprimantes du 2e étage remplacées »)
    for m in ctx.finditer(_FLOOR) if _FLOOR_GATE.search(ctx.low) and not machines else ():
        if not _not_the_patients(ctx, m.start()):
            yield _place_hit(
                ctx, m.start(), m.end(),
                "L'étage ou le service situe le patient. Supprimez-le.",
                "The floor or unit places the patient. Remove it.", ("", ""),
            )  # fmt: skip
    address = ("Une adresse ou un code postal situe le patient. Supprimez-le.",
               "An address or postcode places the patient. Remove it.")  # fmt: skip
    for m in ctx.finditer(_STREET_NAMED):
        if not ctx.is_event(m.start()):
            yield _place_hit(ctx, *m.span("street"), *address, ("", ""))
    for m in _NAMED_SITE.finditer(text) if ctx.mentions(_SITE_GATE) and ctx.is_case() else ():
        name = _SITE_NAME_BEFORE.search(text, max(0, m.start() - 50), m.start())
        if name and not ctx.is_event(name.start()) and not ctx.is_protected(name.start(), m.end()):
            yield _place_hit(ctx, name.start(), m.end(), *address, ("", ""))
    for m in ctx.finditer(_LANDMARK_EN) if ctx.is_case() else ():
        name = _LANDMARK_PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if (
            name
            and not (_HERITAGE.search(m.group(0)) and _no_person(ctx, m.start()))
            and not ctx.is_event(m.start())
            and not ctx.is_protected(name.start(1), m.end())
            and not _not_the_patients(ctx, m.start())
        ):
            yield _place_hit(ctx, name.start(1), m.end(), *town_msg, ("", ""))
    for m in ctx.finditer(_LANDMARK_FR) if ctx.is_case() else ():
        if not (
            (_HERITAGE.search(m.group(0)) and _no_person(ctx, m.start()))
            or ctx.is_event(m.start())
            or ctx.is_protected(*m.span())
            or _not_the_patients(ctx, m.start())
        ):
            yield _place_hit(ctx, *m.span(), *town_msg, ("", ""))
    five_digits = _FIVE_DIGITS.search(text) is not None
    for m in ctx.finditer(_POSTCODE_LABELLED) if ctx.mentions(_POSTCODE_GATE) else ():
        yield _place_hit(ctx, m.start(), m.end(), *address, ("", ""))
    for m in (
        ctx.finditer(_POSTCODE_UK_NAMED) if "postcode" in ctx.low or "post code" in ctx.low else ()
    ):
        yield _place_hit(ctx, m.start(), m.end(), *address, ("", ""))
    for m in ctx.finditer(_POSTCODE_UK_DISTRICT) if ctx.is_case() else ():
        if not ctx.is_protected(*m.span(1)) and not _not_the_patients(ctx, m.start(1)):
            yield _place_hit(ctx, *m.span(1), *address, ("", ""))
    for m in _WARD_WORD.finditer(text) if "ward" in ctx.low and ctx.is_case() else ():
        name = _NAME_BEFORE_UNIT.search(text, max(0, m.start() - 40), m.start())
        words = name.group(1).lower().split() if name else []
        if (
            words
            and not any(word in _GENERIC_WARD for word in words)
            and not ctx.is_event(m.start())
        ):
            yield _place_hit(ctx, name.start(1), m.end(), *ward_msg, ("", ""))
    for m in ctx.finditer(_TOWN_FIELD):
        if not ctx.is_event(m.start()):
            yield _place_hit(ctx, *m.span(1), *town_msg, ("", ""))
    for m in ctx.finditer(_WARD_FIELD):
        if not (ctx.is_event(m.start()) or ctx.is_teaching(m.start())):
            yield _place_hit(ctx, m.start(), m.end(), *ward_msg, ("", ""))
    for m in ctx.finditer(_NAMED_UNIT):
        if ctx.is_case() and not ctx.is_teaching(m.start()):
            yield _place_hit(ctx, m.start(), m.end(), *ward_msg, ("", ""))
    for m in _WARD_WING.finditer(text) if ctx.is_case() else ():
        if not (ctx.is_teaching(m.start()) or _staffs_room(ctx, m.start())):
            yield _place_hit(ctx, *m.span(1), *ward_msg, ("", ""))
    for m in WARD_CODE.finditer(text):
        before = _WARD_CODE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if before and ctx.is_case() and not ctx.is_protected(*m.span(1)):
            yield _place_hit(ctx, *m.span(1), *ward_msg, ("", ""))
    five_digit_patterns = (_POSTCODE_FR, _POSTCODE_BRACKET, _POSTCODE_BARE, _ZIP_US)
    for pattern in (*five_digit_patterns, _STREET_FR, _STREET_EN, _POSTCODE_UK):
        if pattern in five_digit_patterns and not five_digits:
            continue
        if pattern is _POSTCODE_BARE and not ctx.is_case():
            continue
        for m in ctx.finditer(pattern):
            span = m.span(1) if pattern is _POSTCODE_BARE else m.span()
            if pattern is _STREET_FR and (
                ctx.is_teaching(m.start()) or _ACRONYM_END.search(text, m.start(), m.end())
            ):
                continue  # "les diapos du cours de Lausanne", « Cours d'HES »: a class, not a street
            if not ctx.is_case() and (ctx.own_life(m.start()) or _not_the_patients(ctx, m.start())):
                continue  # "mon trajet ... la route des Tamarins": the author's road; the lab's
            if not ctx.is_protected(*span) and not ctx.is_event(m.start()):
                yield _place_hit(ctx, *span, *address, ("", ""))
                district = (
                    _DISTRICT_BEFORE_POSTCODE.search(text, max(0, m.start() - 40), m.start())
                    if pattern is _POSTCODE_UK
                    else None
                )
                if district and _district_name(district.group(1)):
                    yield _place_hit(ctx, *district.span(1), *address, ("", ""))
                postcode = _POSTCODE_AFTER_STREET.match(text, m.end()) if five_digits else None
                if pattern is _STREET_FR and postcode:
                    yield _place_hit(ctx, *postcode.span(1), *address, ("", ""))
    french_case = ctx.lang == "fr" and ctx.is_case() and " (" in text
    for m in _TOWN_DEPARTEMENT.finditer(text) if french_case else ():
        if fold(m.group(1)) in towns() and not (
            ctx.is_event(m.start()) or ctx.is_protected(*m.span())
        ):
            yield _place_hit(ctx, *m.span(), *address, ("", ""))
    for m in ctx.finditer(_DEPARTEMENT) if ctx.is_case() else ():
        if not ctx.is_event(m.start()):
            yield _place_hit(ctx, *m.span(1), *address, ("", ""))
    for m in _HOSPITAL_INITIALS_TOWN.finditer(text) if ctx.is_case() else ():
        if fold(m.group(1)) in towns() and not _not_the_patients(ctx, m.start()):
            yield _place_hit(ctx, *m.span(), hosp_fr, hosp_en, hospital_fix)
    for m in _PINNED.finditer(text) if "📍" in text else ():
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(1), *town_msg, ("", ""))
    for m in _EIRCODE.finditer(text):
        if not (ctx.is_protected(*m.span()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(), *address, ("", ""))
    for m in _POSTCODE_4.finditer(text):
        if fold(m.group(1)) in towns() and not (
            ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())
        ):
            yield _place_hit(ctx, *m.span(), *address, ("", ""))
    for m in _ROAD.finditer(text) if ctx.is_case() else ():
        if _ROAD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            yield _place_hit(ctx, m.start(), m.end(), *address, ("", ""))
    for m in ctx.finditer(_BARANGAY):
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(), *address, ("", ""))
    # Towns: a known town after a preposition, or any capitalised word after "habite à", "from".
    seen_words = set()
    for hyphen in _HYPHEN.finditer(text):
        start, end = _word_around(text, hyphen.start())
        word = text[start:end]
        if start in seen_words or not word.islower():
            continue
        seen_words.add(start)
        if fold(word) in towns() and _LOWER_COMMUNE_BEFORE.search(
            ctx.low, max(0, start - 8), start
        ):
            yield _place_hit(ctx, start, end, *town_msg, ("", ""))
    for m in ctx.finditer(_COUNTY) if ctx.mentions(("county", "co. ")) and ctx.is_case() else ():
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(), *town_msg, ("", ""))
    for m in ctx.finditer(_HOMETOWN) if ctx.is_case() else ():
        if not (ctx.is_protected(*m.span(1)) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(1), *town_msg, ("", ""))
    for m in _TOWN_STATE.finditer(text) if ", " in text and ctx.is_case() else ():
        if fold(m.group().split(",")[0].split()[-1]) in allow_terms():
            continue  # "Burrill Crohn, New York, 1932": an eponym's town
        if not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start())):
            yield _place_hit(ctx, *m.span(), *town_msg, ("", ""))
    tags = _HASHTAG_TOWN.finditer(text) if "#" in text else ()
    dateline = _DATELINE_TOWN.finditer(text) if ctx.lang == "en" else ()
    for m in itertools.chain(tags, dateline) if ctx.is_case() else ():
        key = fold(_CAMEL_HUMP.sub(" ", m.group(1)))
        if (
            key in towns()
            and not (key in common_words() or key in allow_terms() or key in first_names())
            and not (ctx.is_event(m.start()) or _not_the_patients(ctx, m.start()))
        ):
            yield _place_hit(ctx, *m.span(), *town_msg, ("", ""))
    lower_town = _LOWER_TOWN if text == ctx.low else _FROM_LOWER
    for m in lower_town.finditer(text) if ctx.is_case() else ():
        key, span = fold(m.group(1)), m.span(1)
        if " " in key and key not in towns():  # "from port macquarie", or "from ballina last week"
            key, span = key.split()[0], (span[0], span[0] + len(key.split()[0]))
        if key in towns() and not (
            key in common_words() or key in allow_terms() or key in first_names()
        ):
            yield _place_hit(ctx, *span, *town_msg, ("", ""))
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
        if " et " in name and fold(name) not in towns():
            end = start + name.index(" et ")  # "Morlaix et Landerneau": two towns, not one
            name = text[start:end]
        # English towns of several words: "Hebden Bridge", "Bishop's Stortford", "Milton Keynes".
        more = _NEXT_CAPWORDS.match(text, end) if text[end + 1 : end + 2].isupper() else None
        if more:
            for longer in (more.end(), more.end(1)):
                if longer > end and fold(text[start:longer]) in towns():
                    end, name = longer, text[start:longer]
                    break
        words = name.split()
        key = fold(name)
        first = fold(words[0]) if len(words) > 1 else key
        if key.removesuffix("'s") in _NOT_PLACE or first in _NOT_PLACE:
            continue
        before = text[max(0, start - 40) : start]
        # "au Gosier", "du Lamentin": a town whose name starts with "Le"
        le_town = (
            before.endswith(("au ", "du ", "Au ", "Du "))  # (cheap test first)
            and f"le {key}" in towns()
            and _LE_TOWN_BEFORE.search(before) is not None
        )
        known = (
            le_town
            or key in towns()
            or (" " in name and fold(name.replace(" ", "-")) in towns())
            or (
                "-" in name  # (cheap test first: every commune shape has a hyphen)
                and _COMMUNE_SHAPE.search(name) is not None
                and (
                    _preposition_before(before)
                    or text[start - 1 : start] == "("
                    or (before.endswith(", ") and ctx.is_case())  # "87 ans, Cap-de-la-Madeleine."
                )
            )
        )
        triggered = (known or _maybe_trigger(before)) and ctx.search(
            _PLACE_TRIGGER, max(0, start - 40), start
        ) is not None
        if not known and not triggered:
            continue
        if triggered and not known and more:
            end, name = more.end(), text[start : more.end()]  # "in Little Snoring": the whole name
            words = name.split()
        # "Vancouver General", "Glasgow Royal": a hospital named by its town, wherever it stands.
        nickname = _HOSPITAL_NICKNAME.match(text, end) if known else None
        if nickname:
            end = nickname.end()
        # A known town needs a preposition ("à Brest", "from Leeds"), brackets ("(Brest)") or a
        # place in a list of a patient's details ("Mme W., Haguenau)"); towns that are also
        # first names ("Florence", "Lincoln") need a real trigger ("habite à", "lives in").
        carers = known and _CARE_AFTER.match(text, end) is not None and ctx.is_case()
        if known and not triggered and not nickname and not carers:
            if key in _TOWN_PEOPLE or (
                key in _TOWN_WORDS
                and not _names_a_patient(ctx)
                and not (ctx.is_case() and _someones_age(ctx))  # "83 ans, EHPAD à Vannes"
            ):
                continue  # "Florence", or "à Vienne" in a history tidbit: not a patient's town
            in_brackets = text[start - 1 : start] == "(" and key not in _TOWN_WORDS
            # (`normalize` folds dashes to "-": "MOREAU L. - n° 2026-11872 - Perpignan »")
            # (also a town heading a line of a case: "Bordeaux : NIR ...", "Foothills (Calgary)")
            listed = (
                (
                    before.endswith((", ", " - "))
                    or start == 0
                    or text[start - 1] == "\n"
                    # (after a record number: "SANTONI Marie-Ange 258112A00421770 Ajaccio —")
                    or _AFTER_RECORD_NUMBER.search(before)
                )
                and _FIELD_END.match(text, end)
                and ctx.is_case()
                and key not in _FIELD_LABELS  # (not a field's label: "Ville : Lorient")
            )
            # a known town of several hyphenated words stands alone in a case ("Le monde est
            # petit, Lons-le-Saunier encore plus"); "Morlaix et Landerneau": the second town of two
            hyphenated = name.count("-") >= 2 and ctx.is_case()
            paired = last_end and _AND_BEFORE.fullmatch(text, last_end, start) is not None
            # a town opening a sentence of a post about a titled patient: "Mrs O'Sullivan (91)
            # ... Tralee women are built different", « Mme Le Goff ... Douarnenez forever »
            opening = (
                not text[ctx.sentence(start)[0] : start].strip()
                and _TOWN_PRIDE_AFTER.match(text, end) is not None
                and ctx.text_search(PATIENT_REF)
                and key not in common_words()
                and key not in first_names()
            )
            mourning = before.endswith(("for ", "pour ")) and _MOURNING.search(before)
            # "Mrs Fiona Gallagher of Ballina", "X (DOB ...) of Soweto": a person's town
            of_person = before.endswith(" of ") and _TITLED_NAME_OF.search(before)
            if not (
                opening
                or (mourning and ctx.is_case())
                or of_person
                or _preposition_before(before)
                or in_brackets
                or listed
                or le_town
                or hyphenated
                or paired
            ):
                continue
        district = len(words) > 1 and _DISTRICT_WORD.fullmatch(words[-1]) is not None
        if not (known or district) and any(
            fold(w) in allow_terms() or fold(w) in first_names() for w in words
        ):
            continue  # ("from Moss Side": a district, though "Moss" is a first name)
        follower = _CAPITAL_NEXT.match(text, end)
        if (
            follower
            and key in first_names()
            and (fold(follower[1]) in surnames() or fold(follower[1]) in allow_terms())
        ):
            continue  # « d'Henrietta Lacks », "from Florence Dupont": a person, left to NAME
        if not known and (
            name.isupper() or _SURNAME_NEXT.match(text, end) or _O_APOSTROPHE.search(name)
        ):
            continue  # "from EGFR to NRG1": an acronym; "from Eilidh MacLeod", "Baby O'Brien": a person
        if _TIME_ZONE_BEFORE.search(before):
            continue  # "20h (heure de Paris)": a time zone
        if (
            _WEATHER_BEFORE.search(before)
            or _TEMPERATURE_AFTER.match(text, end)
            or (_WEATHER_WORD_BEFORE.search(before) and not ctx.is_case())
        ):
            continue  # "Weather in Winnipeg: -31°C": the author's weather
        eponym = _EPONYM_BEFORE.search(before)
        if eponym and fold(eponym.group(1)) in allow_terms():
            continue  # "Virchow à Berlin": the eponym's town, not a patient's
        if (
            ctx.is_event(start)
            or ctx.is_teaching(start)
            or ctx.is_protected(start, end)
            or _about_author(ctx, start)
            or _not_the_patients(ctx, start)
            # "Le Laboratoire national de santé (Dudelange, Luxembourg)": where it is based
            or (
                (text[start - 1 : start] == "(" or text[start - 2 : start] == ", ")
                and _SEAT_BEFORE.search(text, max(0, start - 80), start)
            )
        ):
            continue
        last_end = end  # a multi-word town: do not report its inner words again
        if nickname:
            yield _place_hit(ctx, start, end, hosp_fr, hosp_en, hospital_fix)
        else:
            yield _place_hit(ctx, start, end, *town_msg, ("", ""))
