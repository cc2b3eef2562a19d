"""DETAIL: quasi-identifiers (job + place, fame, unique tattoo, public events), hidden characters,
and the advice to delay posting a very rare case."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import (
    NEWS_SOURCE,
    NOT_OURS,
    PUBLIC_NEWS,
    RELATIVE_WORDS,
    THANKS,
    Context,
    announced,
    history,
)
from medsocial.checker.detectors.base import (
    WARD_CODE,
    WEEKDAY_FR_WORDS,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
    Hit,
)
from medsocial.checker.lexicons import allow_terms, fold
from medsocial.checker.scan import Anchored

# "l'île de", "l'île": before the name of an island ("de l'île Vierge", "de l'île de Sein").
# A place's capitalised name, of one or two words: "Little Ashby", "Dunmore Quay".
_PLACE_NAME = r"(?-i:[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
_NOT_A_WEEKDAY = rf"(?!(?:{'|'.join(WEEKDAYS_EN)})\b)"  # ("a baker from Monday to Friday")
_ISLAND = r"(?:(?:l'|la\s+)?[îi]le\s+(?:de\s+|d'|du\s+)?)?"
_JOBS_FR = (
    r"(?:maire|adjoint\s+au\s+maire|proviseure?|principale?(?=\s+du\s+coll[eè]ge)|syndic|bourgmestre|[ée]chevin(?:e)?|g[ée]n[ée]raliste|dentiste|kin[ée](?:sith[ée]rapeute)?|cur[ée]|(?:arch)?[ée]v[êe]que|recteur|(?<!institut\s)pasteur|imam|rabbin|instituteur|institutrice|directeur|directrice|"
    r"boulang[eè]re?|boucher|bouch[eè]re|pharmacien(?:ne)?|m[ée]decin(?:\s+de\s+campagne)?|notaire|facteur|factrice|garagiste|"
    r"champion(?:ne)?(?:\s+de\s+(?!France\b)[\w-]+)?|footballeur|footballeuse|joueur|joueuse|gardien(?:ne)?\s+de\s+but|gardien|gardienne|capitaine|entra[iî]neur|entra[iî]neuse|arbitre|"
    r"skieu(?:r|se)|cycliste|nageu(?:r|se)|boxeu(?:r|se)|rugbyman|handballeu(?:r|se)|basketteu(?:r|se)|judoka|gymnaste|"
    r"pr[ée]sident|pr[ée]sidente|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|ministre|pr[ée]fet|chanteur|chanteuse|"
    r"acteur|actrice|pr[ée]sentat(?:eur|rice)|chroniqueu(?:r|se)|animat(?:eur|rice)|journaliste|patron(?:ne)?|propri[ée]taire|PDG|chef|cuisinier|serveuse?|"
    r"pompier|gendarme|policier|polici[eè]re|professeur|professeure|prof|[ée]lu|[ée]lue|[ée]mir|sultan|chef\s+coutumier|"
    # a grower by their produce: « le producteur de fraises de Plougastel »
    r"(?:producteur|productrice|[ée]leveu(?:r|se)|cultivat(?:eur|rice))\s+(?:de\s+|d')[a-zà-ÿ]+)"
)
_JOBS_EN = (
    r"(?:(?:lord\s+)?mayor|priest|vicar|pastor|imam|rabbi|(?:arch)?bishop|headteacher|head\s+teacher|headmaster|headmistress|principal|teacher|baker|butcher|"
    r"pharmacist|GP|postman|postwoman|footballer|player|goalkeeper|goalie|captain|coach|manager|"
    r"skier|cyclist|swimmer|boxer|gymnast|rower|striker|winger|"
    r"president|senator|MP|congressman|congresswoman|minister|governor|sheriff|singer|actor|actress|"
    r"presenter|anchor|owner|CEO|chef|firefighter|officer|councillor|councilor|referee|umpire|jockey|"
    r"farmer|fisherman|publican|landlord|landlady|bus\s+driver|taxi\s+driver|postmaster|shopkeeper|"
    r"skipper|trawlerman|crofter|"
    # traditional rulers: "the Igwe of Umuoji", "the Emir of Kano"
    # ... or a village head in India: "the Sarpanch of Piplod village"
    r"igwe|oba|ooni|alaafin|emir|sultan|kabaka|chieftain|headman|sarpanch|pradhan|mukhiya)"
)
_JOB_PLACE = Anchored(
    rf"(?i)\b(?:{_JOBS_FR}\s+(?:du\s+village|de\s+la\s+(?:\d+e\s+)?(?:commune|ville|paroisse|mairie|circonscription|r[ée]gion)|du\s+d[ée]partement|de\s+notre\s+(?:petite?\s+|grande?\s+)?(?:ville|village|commune)|"
    rf"du\s+(?:club|coin|quartier|lyc[ée]e|coll[eè]ge|dioc[èe]se)|(?:du|de\s+la|de\s+l')\s*(?:seule?|unique)\s+[\w-]+|de\s+l'(?:[ée]quipe|[ée]cole|[ée]glise|usine)|de\s+la\s+(?:mosqu[ée]e|paroisse|synagogue|cath[ée]drale|caserne|gendarmerie)|local|du\s+FC|du\s+PSG|de\s+l'OM|"
    # (not a learned body: « présidente de l'Association des pathologistes du Québec »)
    rf"(?:de\s+|d'|du\s+|de\s+l'|des\s+)(?!(?:Association|Soci[ée]t[ée]|Coll[eè]ge|Acad[ée]mie|F[ée]d[ée]ration|Syndicat|Ordre)\b)(?-i:[A-ZÀ-Þ])[\w-]+)|"
    rf"(?:the\s+)?(?:local|village|town|(?:our|the)\s+(?:city|town|village|county)['’]s(?:\s+(?:sitting|current|former|new))?|the\s+club's|school|cantonal|county|city|municipal|parish|district|regional)\s+{_JOBS_EN}|"
    rf"{_JOBS_EN}\s+(?:of|for|at)\s+(?:the\s+|our\s+|my\s+|a\s+(?=(?:little|small|tiny|remote)\s))?(?:little\s+|small\s+|tiny\s+|remote\s+|local\s+)?(?:village|town|city|county|region|province|island|club|team|parish|diocese|local|(?-i:[A-Z])[\w-]+)|"
    # a small community's figure "in" a place: "the Lutheran pastor in Dell Rapids"
    r"(?:pastor|priest|vicar|imam|rabbi|mayor|headteacher|headmaster|headmistress|postmaster|publican|sheriff)\s+in\s+(?-i:[A-Z])[\w-]+|"
    rf"(?:the\s+)?{_JOBS_EN}\s+from\s+(?:last\s+|this\s+|)(?:\w+'s\s+)?(?:match|game|show|concert|race)|"
    # a record everyone heard of: "the oldest finisher of the Dublin Marathon"
    r"(?:oldest|youngest)\s+(?:finisher|runner|winner|swimmer|competitor|participant|champion)\s+(?:of|in|at)\s+the\s+"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}|"
    rf"{_JOBS_FR}\s+(?:au|aux|à\s+l'|à\s+la|à|chez)\s+(?-i:[A-ZÀ-Þ])[\w-]+|"
    rf"{_JOBS_FR}\s+(?:de\s+la\s+place|du\s+march[ée]|de\s+la\s+rue|d'en\s+face)|"
    rf"{_JOBS_EN}\s+(?:of|at|for)\s+(?:a|the)\s+(?:local|only)|{_JOBS_EN}\s+(?:at|for)\s+(?-i:[A-Z])[\w-]+|"
    # "the retired hurling umpire from Thurles" (not the referring GP: "GP from Leeds")
    rf"(?!GP\b){_JOBS_EN}\s+(?:from|out\s+of)\s+{_NOT_A_WEEKDAY}(?-i:[A-Z])[\w-]+|"
    # a local celebrity by their show: « le présentateur de la météo de la chaîne régionale »
    rf"{_JOBS_FR}\s+(?:[\w'-]+\s+){{0,4}}?(?:de\s+la|du)\s+(?:cha[iî]ne|t[ée]l[ée]|radio|journal)\s+(?:r[ée]gionale?|locale?|du\s+coin))"
)
# Everyday occupations: harmless alone ("un agriculteur"), identifying once tied to a status or
# to a place the readers know ("retired baker", "nurse from our ICU").
_OCCUPATIONS = (
    r"(?:boulang[eè]re?|bouch[eè]re?|boucher|infirmi[eè]re?|infirmier|brancardi[eè]re?|brancardier|"
    r"aide-soignante?|instituteur|institutrice|enseignante?|professeure?|prof\s+d(?:e\s+|')[\w-]+|agricult(?:eur|rice)|p[eê]cheur|"
    r"m[ée]canicien(?:ne)?|[ée]lectricien(?:ne)?|plombier|chauffeur|secr[ée]taire|cuisini[eè]re?|cuisinier|"
    r"serveu(?:r|se)|pharmacien(?:ne)?|fact(?:eur|rice)|pompier|polici[eè]re?|policier|gendarme|militaire|"
    r"soldat|pilote|avocate?|ma[çc]on|menuisier|coiffeu(?:r|se)|commer[çc]ante?|caissi[eè]re?|caissier|"
    r"mineur|marin-p[eê]cheur|marin|sage-femme|gardien(?:ne)?(?!\s+(?:de|du)\s+phare)|jardini[eè]re?|jardinier|comptable|ing[ée]nieure?|architecte|"
    r"journaliste|v[ée]t[ée]rinaire|pr[eê]tre|religieuse|agent\s+d'entretien|"
    r"baker|butcher|nurse|porter|teacher|farmer|fisherman|mechanic|electrician|plumber|driver|"
    r"secretary|cleaner|cook|chef|waiter|waitress|pharmacist|postman|postwoman|firefighter|"
    r"police\s+officer|policeman|policewoman|soldier|pilot(?!\s+wheel)|lawyer|builder|carpenter|hairdresser|"
    r"shopkeeper|cashier|miner|sailor|midwife|caretaker|janitor|gardener|accountant|engineer|"
    r"architect|journalist|vet|veterinarian|priest|nun|monk|receptionist|healthcare\s+assistant|"
    r"lifeguard|lollipop\s+(?:lady|man)|crossing\s+guard|landlord|landlady|barman|barmaid|bartender|"
    r"publican|innkeeper|hotelier|aubergiste|cafetier|cafeti[eè]re|h[ôo]teli[eè]re?|"
    r"librarian|ma[iî]tre-nageur|ma[iî]tre\s+nageur|surveillante?|concierge|biblioth[ée]caire|buraliste|"
    r"fleuriste|fromag[eè]re?|poissonni[eè]re?|charcuti[eè]re?|barmaid|coach|entra[iî]neur|entra[iî]neuse|"
    r"ward\s+sister|charge\s+nurse|matron|cadre\s+de\s+sant[ée]|trawlerman|grazier|rancher|cowboy|"
    r"chaudronni(?:er|[eè]re)|soudeu(?:r|se)|welder|boilermaker|shipwright|vicar|GP|g[ée]n[ée]raliste|kin[ée]|"
    r"dentiste|dentist|attaquant|buteur|d[ée]fenseur|striker|goalkeeper|defender|midfielder|"
    r"fisherwoman|shepherd|(?:steel|dock|farm|factory|mill|rail|oil|shipyard)\s?workers?|dean|doyen(?:ne)?|"
    r"chancellor|provost|guide(?:\s+de\s+haute\s+montagne)?|mountain\s+guide|moniteur\s+de\s+ski|ski\s+instructor|"
    r"quarterback|linebacker|pitcher|bull\s+rider|rodeo\s+rider|lighthouse\s+keeper|gardien\s+de\s+phare|"
    r"gardien(?:ne)?\s+du\s+phare|garde\s+du\s+phare|harbou?r\s*master|ferryman|postmistress|gamekeeper|park\s+ranger|"
    r"conduct(?:eur|rice)\s+de\s+(?:moto-?)?(?:taxi|bus|car|camion|train|tram)|moto-?taxi|taxi-?moto|okada\s+rider|boda[\s-]?boda\s+rider|"
    r"berg[eè]re?|vigneron(?:ne)?|viticult(?:eur|rice)|winemaker|wine\s?grower|vintner|ostr[ée]icult(?:eur|rice)|orpailleur|ouvri[eè]re?|"
    r"docker|headmaster|headmistress|rower|jockey|coureur(?:\s+cycliste)?|cycliste|cyclist|rugbyman|boxeu(?:r|se)|boxer|"
    r"nageu(?:r|se)|swimmer|athl[eè]te|triathl[eè]te|triathlete|golfer|golfeu(?:r|se)|greenkeeper|groundsman|sprinter|marathonien(?:ne)?|surfer|"
    # sellers at a market: "a kenkey seller at Kejetia market", « vendeuse de poisson au marché de Sandaga »
    r"seller|vendor|hawker|market\s+trader|vendeu(?:r|se)|(?-i:marchande?)|surfeu(?:r|se)|tattooist|tattoo\s+artist|tatoueu(?:r|se)|"
    r"international(?:e)?\s+de\s+(?:rugby|foot(?:ball)?|hand(?:ball)?|basket(?:-?ball)?|volley(?:-?ball)?)|"
    r"(?:rugby|football|soccer|cricket|hockey|netball)\s+international|crofter|stonemason|blacksmith|forgeron|"
    r"(?:wheat|dairy|sheep|cattle|pig|potato)\s+farmer|[ée]leveu(?:r|se)|bûcheron|lumberjack|"
    r"chocolati(?:er|[eè]re)|p[âa]tissi(?:er|[eè]re)|confiseu(?:r|se)|horlog(?:er|[eè]re)|"
    # musicians of a named orchestra, crews of a boat: "the principal harpist of the Ulster
    # Orchestra", "the Kilkeel trawler skipper", « patron du chalutier du Guilvinec »
    r"harpist|violinist|cellist|pianist|organist|conductor|harpiste|violoniste|violoncelliste|pianiste|organiste|"
    r"chef\s+d'orchestre|(?:trawler|fishing\s+boat|lifeboat)\s+(?:skipper|captain|crewman|volunteer)|"
    r"patron(?:ne)?\s+(?:du\s+(?:chalutier|bateau|caf[ée]|bar|restaurant)|de\s+p[êe]che)|"
    r"griot(?:te)?|distiller|brewer|distillat(?:eur|rice)|brasseu(?:r|se)|danseu(?:r|se)|dancer|beekeeper|apicult(?:eur|rice)|(?:seal|whale|deer|duck|game|big-game)\s+hunter|chasseu(?:r|se)|trapper|whaler|baleinier|garda|guard|sergeant|inspector|constable|planteur|planteuse|[ée]tudiante?|student)"  # singular: "nurses from our ICU" are a team
)
# A disaster named by its place: "the Grafton Street tram crash", "the Lakanal House fire" (the
# disaster first: a fast scan; the capitalised name before it is checked in `detect`).
_DISASTERS = ("crash", "fire", "shooting", "bombing", "explosion", "derailment", "pile-up",
              "collapse", "stampede")  # fmt: skip
_DISASTER = re.compile(rf"\b(?:{'|'.join(_DISASTERS)})\b")
_NAME_BEFORE_DISASTER = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z][\w'’-]*\s+){1,3})"
    # (what burned or crashed, maybe with its kind: "the Harlow canal boat fire")
    r"(?:(?:[a-z]+\s+)?(?:tram|bus|minibus|van|train|coach|boat|ferry|plane|helicopter|lorry|truck|car|bridge|tower|mine|factory|stadium)\s+)?$"
)
# Someone the author and their circle know: "my own dentist's wife", "our porter's little girl",
# « la femme de mon dentiste ».
_MY_ACQUAINTANCE = Anchored(
    rf"(?i)\b(?:my|our)\s+(?:own\s+)?(?:{_JOBS_EN}|{_OCCUPATIONS}|dentist|doctor|neighbou?r|boss)['’]s\s+"
    rf"(?:little\s+|baby\s+)?(?:{RELATIVE_WORDS}|girl|boy|kid)\b"
    rf"|\b(?:la|le|l'|du|de\s+la|de\s+l')\s*(?:{RELATIVE_WORDS})\s+(?:de|d')\s*(?:mon|ma|notre)\s+(?:propre\s+)?"
    rf"(?:{_JOBS_FR}|{_OCCUPATIONS}|voisine?)\b"
    # ... or the other way round, a relative's teacher or doctor: "my kid's Year 2 teacher",
    # « la maîtresse de CE1 de ma fille »
    rf"|\b(?:my|our)\s+(?:{RELATIVE_WORDS}|kid|kids|girl|boy)['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_JOBS_EN}|{_OCCUPATIONS}|doctor|tutor)\b"
    rf"|\b(?:la|le|l')\s*(?:{_JOBS_FR}|{_OCCUPATIONS}|ma[iî]tre(?:sse)?|m[ée]decin|nounou)\s+(?:[\w-]+\s+){{0,2}}?(?:de|d')\s*(?:mon|ma|mes)\s+(?:{RELATIVE_WORDS})\b"
)
_BUILDING_FR = r"(?:stade|gymnase|mus[ée]e|th[ée][âa]tre|cin[ée]ma|piscine|mairie|gare|ch[âa]teau|cimeti[eè]re|march[ée]|quartier)"
_BUILDING_EN = r"(?:stadium|museum|theatre|cinema|pool|station|castle|cemetery|market|town\s+hall)"
# A town's name before a job, not a nationality: "the Kilkeel trawler skipper", not "the English
# teacher" (used where the town comes first).
_NOT_A_NATIONALITY = r"(?!\w*(?:ish|ese|ian|an|ch|ic)\b)"
# The occupation alternation appears once (scanning it is the cost); a match counts only when
# the status before it or the place after it is there (checked in `detect`).
_JOB_TIED = Anchored(
    # (or known to all: "a well-known Dublin pub landlord", « un boulanger bien connu »)
    rf"(?i)\b(?P<pre>(?:retired|former|ex-|retrait[ée]e?|ancien(?:ne)?|well-known|famous|c[ée]l[eè]bre)\s+(?:[A-Za-z]+\s+){{0,2}}?|"
    # ... or their town first: "the Kilkeel trawler skipper" (not "the English teacher")
    # (nor an office's title: "the Health Secretary", "the Chief Pharmacist")
    rf"the\s+{_NOT_A_NATIONALITY}(?!(?:Health|Home|Foreign|Prime|Chief|Deputy|Head|Senior|Junior|General|"
    r"Vice|Lead|Principal|Staff|Charge|Ward|Night|Day|Education|Justice|Culture|Transport|Finance)\b)(?-i:[A-Z][a-z][\w'’-]+)\s+|"
    rf"(?:our|my)\s+(?:own\s+)?[\w-]+'s\s+)?{_OCCUPATIONS}\b(?P<post>"
    # (what they do or how known they are may come first: « pêcheur de homard de Shippagan »,
    # « griot bien connu du quartier Médina Coura »)
    r"(?:\s+(?:bien\s+|tr[eè]s\s+)?connue?|\s+(?:de|d')\s*(?-i:[a-zà-ÿ]{3,})(?=\s+(?:de|d'|du)\b))?(?:"
    rf"(?:\s+(?:de|d')\s*[\w-]+)?\s+(?:retrait[ée]e?|[àa]\s+la\s+retraite)\b|"
    rf"\s+(?:from|in|at|of|on)\s+(?:our|my|this)\s+(?:own\s+)?[\w-]+|"
    # ... or a news story's place: "the lifeboat volunteer who went missing off Whitby"
    r"\s+who\s+(?:went|was\s+reported|had\s+gone)\s+missing\s+(?:off|near|from|in|at|on)\s+(?-i:[A-Z])[\w'-]*|"
    # "cashier at the Tesco in Ludlow", "marin-pêcheur du Guilvinec": a named place (not "ICU")
    rf"\s+(?:from|at|in|on|of|outside|near|de|d'|du|au|aux|[àa]\s+la|[àa]|chez)\s*(?:the\s+|l[ae]\s+|l')?{_ISLAND}(?-i:[A-ZÀ-Þ][a-zà-ÿA-Z])[\w'-]*|"
    rf"\s+(?:at|in|of|for)\s+(?:the|a)\s+(?:local|village|town)\b(?:\s+[\w-]+)?|"
    # ... or a named place further on: "head chef at the seafood place on Dunmore Quay"
    rf"\s+(?:at|in)\s+the\s+(?:[\w'-]+\s+){{1,3}}?(?:on|in|at|near|by)\s+{_PLACE_NAME}|"
    # a named town's public building: « gardien du stade de Blida », "caretaker of the museum in Ennis"
    rf"\s+(?:du|de\s+la|de\s+l')\s*{_BUILDING_FR}\s+(?:de\s+|d'|du\s+)?(?-i:[A-ZÀ-Þ])[\w'-]*|"
    rf"\s+(?:at|of)\s+the\s+{_BUILDING_EN}\s+(?:in|of)\s+(?-i:[A-Z])[\w'-]*|"
    # ... or one of the author's own colleagues: « infirmière chez nous en réa B »
    r"\s+chez\s+nous\b(?:\s+(?:en|au|dans)\s+[\w-]+(?:\s+(?-i:[A-Z])\b)?)?|"
    rf"\s+(?:de|d'|dans|[àa]|au|du|en)\s*(?:notre|nos|mon|ma|mes|cette|ce|cet|l'h[oô]pital|"
    rf"la\s+(?:commune|ville|mairie|clinique)|l'[ée]cole\s+du)\b\s*[\w-]*))?"
)
# A carer or a soldier who is the patient, with their unit: "GBM in a 44-yr-old surgeon at Our
# Lady's Hospital, Navan", « chez un légionnaire du 3e REI de Kourou » (after "in a", "chez un":
# the patient; "a surgeon at Leeds" alone is a colleague).
_CARER_AS_PATIENT = Anchored(
    r"(?i)\b(?:in|chez)\s+(?:a|an|un|une)\s+(?:[\w-]+\s+){0,2}?"
    r"((?:surgeon|physician|doctor|GP|ana?esthetist|radiologist|nurse|midwife|paramedic|soldier|"
    r"chirurgien(?:ne)?|m[ée]decin|anesth[ée]siste|radiologue|infirmi[eè]re?|sage-femme|ambulanci[eè]re?|"
    r"l[ée]gionnaire|soldat|militaire|pompier|gendarme)"
    r"(?:\s+(?-i:[a-zà-ÿ]{4,}))?\s+(?:at|from|du|de|d'|au)\s*(?:the\s+|l[ae]\s+|l')?(?:\d+e\s+)?"
    r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:(?:\s+|,\s*)(?:de\s+|du\s+|d'|of\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*){0,4})"
)
# A former trade of any name, with its place: « ancien tavillonneur de la Gruyère », "retired
# thatcher from Ballyvaughan" (the word's ending says it is a trade; habits are not).
_TRADE_WORD = r"(?-i:[a-zà-ÿ]{3,})(?:eur|euse|ier|i[eè]re|iste|ienne?|aire|er|or|ist|man|woman)"
_FORMER_TRADE = Anchored(
    r"(?i)\b(?:ancien(?:ne)?|retired|former|ex-|apprentie?|apprentice)\s+(?:"
    rf"(?!(?:fumeu|smoke|drinke|buveu|patient|joueu)\w*\b)({_TRADE_WORD})"
    # (its workplace may come between: « calorifugeur aux chantiers navals de Saint-Nazaire »)
    r"(?:\s+(?:aux?|[àa]\s+la|[àa]\s+l'|at\s+the|on\s+the|in\s+the)(?:\s+(?-i:[a-zà-ÿ'’-]+)){1,3}?)?"
    r"\s+(?:de\s+la|du|de\s+l'|des|de|d'|[àa]|from|at|in|of)\s*(?:the\s+)?"
    rf"{_NOT_A_WEEKDAY}(?-i:[A-ZÀ-Þ])[\w'’-]+|"
    # ... or the place first: "retired Morecambe pier organist" (not "retired English teacher")
    rf"{_NOT_A_NATIONALITY}(?-i:[A-Z][a-z][\w'’-]*)\s+(?:(?-i:[a-z]{{3,}})\s+)?"
    rf"(?!(?:smoke|drinke|patient)\w*\b){_TRADE_WORD})\b"
)
# Colleagues thanked and the author's own job are not about the patient.
_SELF_JOB = Anchored(
    r"(?i)\b(?:I'm|I\s+am|I\s+was|as\s+an?|je\s+suis|j'[ée]tais|en\s+tant\s+qu[e']|moi-m[eê]me|myself)"
    r"\s+(?:\w+\s+){0,2}$"
)
_PERSON_WORDS = (
    r"patiente?|man|woman|homme|femme|singer|actor|actress|athlete|footballer|player|politician|"
    r"chanteur|chanteuse|acteur|actrice|sportif|sportive|joueur|joueuse|[ée]crivain|writer|artist|artiste|"
    r"musician|musicien(?:ne)?|chef|businessman|businesswoman|journaliste?|presenter|pr[ée]sentat(?:eur|rice)|"
    r"comedian|humoriste|politicien(?:ne)?|homme\s+politique|rugbyman|cycliste|cyclist|skieur|skieuse|"
    r"boxer|boxeur|dancer|danseur|danseuse|model|mannequin|local|figure|person|personne|habitant|"
    r"goalie|goalkeeper|gardien(?:ne)?|striker|attaquant|quarterback|pitcher|jockey|winger|skater|hurler|"
    r"patineu(?:r|se)|swimmer|nageu(?:r|se)|marathoner|marathonien(?:ne)?|surfer|climber|alpiniste"
)
_PERSONS = f"(?:{_PERSON_WORDS})"
# Fame points to one person only when it is about a person, not "a famous sign" or "a well-known pitfall".
_FAMOUS = Anchored(
    rf"(?i)\b(?:(?:c[ée]l[eè]bre|famous|well-known|bien\s+connue?|tr[eè]s\s+connue?|connue?\s+de\s+tous)"
    rf"\s+(?:\w+\s+){{0,2}}?{_PERSONS}\b|"
    rf"{_PERSONS}\s+(?:\w+\s+){{0,2}}?(?:c[ée]l[eè]bre|bien\s+connue?|connue?\s+de\s+tous)\b|"
    # ... or known to every reader: « un chanteur que vous connaissez tous », "a singer you all know"
    rf"{_PERSONS},?\s+(?:que\s+(?:vous\s+connaissez\s+tous|tout\s+le\s+monde\s+conna[iî]t)|(?:that\s+|whom\s+)?(?:you\s+all|everyone|everybody)\s+knows?)\b|"
    r"(?:former|ex-|retired|late|ancien(?:ne)?|notre\s+ancien(?:ne)?)\s+(?:ministre|minister|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|senator|"
    r"pr[ée]sident(?:e)?|president|prime\s+minister|premier\s+ministre|secretary\s+of\s+state|mayor|maire|MP|governor|"
    r"taoiseach|t[áa]naiste|first\s+minister|chief\s+minister|chancellor|"
    # a face from television: "l'ancien présentateur météo de France 3", "former BBC newsreader"
    r"pr[ée]sentat(?:eur|rice)|animat(?:eur|rice)\s+(?:t[ée]l[ée]|radio)|speakerine|(?:\w+\s+){0,2}?presenter|newsreader|news\s+anchor)\b|"
    r"(?:professional|pro|international|NFL|NBA|NHL|MLB|premier\s+league|ligue\s+1|top\s+14)\s+(?:rugby\s+|football\s+|"
    r"tennis\s+|basketball\s+)?(?:footballer|player|linebacker|quarterback|athlete|boxer|cyclist|striker|goalkeeper|"
    r"rugbyman|jockey|manager|coach|referee|owner)s?\b|(?:joueur|joueuse|footballeur|footballeuse|rugbyman|cycliste|boxeur)\s+"
    r"(?:professionnel(?:le)?|international(?:e)?|de\s+(?:ligue\s+1|top\s+14|l'[ée]quipe\s+de\s+France))\b|"
    # a band's singer, a face of a TV contest: "the lead singer of that boy band", « la chanteuse de
    # la Star Academy »
    r"(?:lead\s+)?(?:singer|guitarist|drummer|bassist|fiddler|piper|frontman|frontwoman|(?:fiddle|banjo|bass|guitar|drum|pipes?|accordion)\s+player)\s+(?:of|from|in)\s+(?:that|the|a|this)\s+(?:[\w-]+\s+){0,4}?(?:band|group)\b|"
    # a lottery winner: « le gagnant de l'Euromillions de Vesoul », "the EuroMillions winner"
    r"gagnant(?:e)?\s+(?:de\s+l'|du\s+)(?:euro\s?millions?|loto)|(?:lottery|lotto|euro\s?millions?)\s+winner|"
    # ... maybe with the sum: "won the lottery", « a gagné 12 millions au Loto », "won £2m on the EuroMillions"
    r"(?:gagn[ée]e?|won)\s+(?:[£$€]?[\d.,]+(?:\s?(?:m|k|millions?))?(?:\s(?:d'euros|euros|pounds|dollars)|\s?€)?\s+)?"
    r"(?:au|[àa]\s+l'|on\s+the|in\s+the|the)\s*(?:loto|lotto|lottery|euro\s?millions?)|"
    r"(?:chanteu(?:r|se)|guitariste|batteu(?:r|se)|leader)\s+(?:de|du|d')\s*(?:la\s+|l'|ce\s+|cette\s+)?groupe\b|"
    r"(?:de|du|from|on|of)\s+(?:la\s+|the\s+)?(?:Star\s+Academy|Nouvelle\s+Star|The\s+Voice|X\s+Factor|Love\s+Island|"
    r"Koh-Lanta|(?:Pop|American)\s+Idol|Strictly(?:\s+Come\s+Dancing)?|Big\s+Brother|Bake\s+Off|Top\s+Chef|Pékin\s+Express)\b|"
    # a country's song contest entry: "Malta's Eurovision entrant", « la candidate de l'Eurovision »
    r"Eurovision\s+(?:entrant|contestant|singer|act|winner|participant|entry)|"
    r"(?:candidate?|repr[ée]sentante?|gagnante?|chanteu(?:r|se))\s+(?:de\s+\w+\s+)?(?:[àa]|de|pour)\s+l'Eurovision|"
    r"(?:pass[ée]e?|vue?)\s+[àa]\s+l'Eurovision|(?:was|been|went|sang)\s+(?:on|at|to)\s+(?:the\s+)?Eurovision|"
    # an award's winner or nominee: "an Oscar-winning actress", "a Grammy-nominated drummer"
    r"(?:Grammy|Oscar|Emmy|BAFTA|Tony|Brit|C[ée]sar|Goncourt|Booker|Olympic)[\s-](?:nominated|winning|award-winning|winner|medall?ist)|"
    # a player of a named team: "plays in goal for the county hurling team", « joue dans l'équipe de ... »
    r"plays?\s+(?:in\s+goal\s+|up\s+front\s+)?for\s+(?:the\s+)?(?:county|local|village|town|national|regional|state|club)\s+(?:[\w-]+\s+)?(?:team|side|XV|squad)|"
    # a medallist: « médaillée d'argent aux JO de Tokyo », "silver medallist at the Olympics"
    r"m[ée]daill[ée]e?\s+(?:d'or|d'argent|de\s+bronze|olympique)|(?:gold|silver|bronze|Olympic)\s+medall?ist|"
    # a face of a TV contest by their role: "a certain Strictly Come Dancing judge"
    r"(?:Strictly(?:\s+Come\s+Dancing)?|The\s+Voice|X\s+Factor|Bake\s+Off|Top\s+Chef|Love\s+Island|Star\s+Academy|Koh-Lanta)\s+"
    r"(?:judge|host|presenter|winner|finalist|contestant|jur[ée]e?|gagnante?|finaliste|candidate?|animat(?:eur|rice))|"
    r"celebrity|c[ée]l[ée]brit[ée]|(?:une|la|a|the)\s+star\b|vedette|influenceu(?:r|se)|influencer|"
    r"youtubeu(?:r|se)|youtuber|personnalit[ée]\s+(?:publique|connue|locale|politique)|public\s+figure|"
    r"champion(?:ne)?\s+(?:olympique|du\s+monde|de\s+France)|(?:olympi|paralympi)(?:c|que)\s+\w+|"
    r"(?:vue?|passait|passe|pass[ée]e?)\s+[aà]\s+la\s+t[ée]l[ée]|on\s+TV|on\s+(?:the\s+)?telly|"
    # shown by a named broadcaster: "the one on the nose they showed on BBC Look North"
    r"(?:show(?:ed|n)|featured|filmed|interviewed|appeared)\s+on\s+(?:the\s+)?(?-i:BBC|ITV|RT[ÉE]|CNN|ABC|NBC|CBS|Fox|Sky|Channel\s+\d)(?:\s+(?-i:[A-Z])\w+){0,2}|"
    r"chef(?:fe)?\s+[ée]toil[ée]e?|(?:Michelin[\s-])?starred\s+chef|in\s+the\s+news|dans\s+(?:le\s+journal|les\s+m[ée]dias|la\s+presse)|"
    r"qui\s+commente\s+les\s+matchs|commentat(?:eur|rice)\s+sporti(?:f|ve)|(?:sports|TV|television)\s+(?:pundit|commentator)|"
    r"fait\s+la\s+une|made\s+headlines|went\s+viral|viral\s+(?:[«“\"][^»”\"\n]{1,60}[»”\"]\s+|['‘][^'’\n]{1,60}['’]\s+)?(?:video|post|clip|tiktok|reel|tweet|thread)s?|viral\s+on\s+\w+|(?:vid[ée]o|tiktok|publication)\s+(?:[«“\"][^»”\"\n]{1,60}[»”\"]\s+)?(?:devenue?\s+)?virale?|a\s+fait\s+le\s+buzz|"
    # a face of local radio or television: « le présentateur de la radio locale »
    r"pr[ée]sentat(?:eur|rice)\s+de\s+la\s+m[ée]t[ée]o\s+(?:locale|r[ée]gionale)|(?:local|regional)\s+weather\s+(?:presenter|girl|man)|"
    r"(?:pr[ée]sentat(?:eur|rice)|animat(?:eur|rice)|presenter|host)\s+(?:m[ée]t[ée]o\s+|weather\s+)?(?:de\s+la|du|on\s+the|of\s+the)\s+"
    r"(?:t[ée]l[ée]|radio|cha[îi]ne|TV|station)\s+(?:locale|r[ée]gionale|local|regional)|local\s+(?:TV|radio)\s+(?:presenter|host|weatherman|weather\s+girl))"
)
# A famous person in general, not one: "when a public figure...", « quand une personnalité... »
_ANY_SUCH_PERSON = re.compile(
    r"(?i)\b(?:when|whenever|if|every\s+time|each\s+time|quand|lorsqu'|lorsque|si|chaque\s+fois\s+qu')\s*"
    r"(?:a|an|any|une?|n'importe\s+quelle?)\s+$"
)
_TATTOO = Anchored(
    r"(?i)\b(?:tatouage|tattoo(?:ed)?|tatou[ée]e?)\b(?!\s+(?:pigment|ink|encre|granulom|r[ée]action|reaction|"
    r"associated|associ[ée]|artifact|art[ée]fact))[^.!?\n]{0,12}?\b(?:repr[ée]sentant|du\s+pr[ée]nom|avec\s+le\s+nom|"
    r"with\s+the\s+name|with\s+(?:his|her|their|the)\s+(?:\w+['’]s\s+)?(?:name|initials|birthday|date)|of\s+(?:a|an|his|her|the)|d'une?|curling|wrapp(?:ed|ing)|around|autour|(?:with\s+)?the\s+words?|(?:avec\s+)?(?:le|les)\s+mots?|de\s+(?!(?:nos|mes|tes|vos|ses|leurs|notre|votre|mon|ma|ton|ta)\b)\w+|du\s+\w+|des\s+\w+|across|all\s+over|qui\s+(?:re)?couvre|covering|«|“|en\s+forme|shaped|reading|saying|disant|"
    r"on\s+(?:his|her|the)|sur\s+(?:tout\s+)?(?:le|la|l')|\"|')"
    r"|\b(?:tatouage|tattoo)s?\s+(?:[\w-]+\s+){0,2}?[«“\"][^»”\"\n]{1,60}[»”\"]"
)
# The words of a tattoo quoted in a post about tattoos: « Nanou 1974 », "Shaz 1987".
_QUOTED = re.compile(
    r"[«“\"]\s*([^«»“”\"\n]{1,60}?)\s*[»”\"]|(?<![\w'’])'([^'\n]{3,60}?)'(?![\w'’])"
)
_TATTOO_GATE = ("tattoo", "tatou")
# ... or given after "the words" in such a post: "a koi fish circling the words Mama Ruth 1957"
_TATTOO_WORDS = re.compile(
    r"(?i:\b(?:the\s+words?|the\s+letters|les\s+mots?|les\s+lettres|l'inscription))\s+"
    r"([A-ZÀ-Þ0-9][\w'’-]*(?:\s+[A-ZÀ-Þ0-9][\w'’-]*){0,3})"
)
_STAIN_CODE = re.compile(
    r"[A-Z&/-]{2,6}"
)  # "H&E", "PAS", "IHC": an abbreviation, not a tattoo's text
# Where a body was found, when the place is named: "the man found in the canal by Salford Quays
# after the Christmas market", "l'homme repêché dans la Saône près du pont Bonaparte".
_FOUND = Anchored(
    r"(?i)\b(?:found|pulled|recovered|retrieved|discovered|washed\s+up|retrouv[ée]e?s?|rep[êe]ch[ée]e?s?|"
    r"d[ée]couverte?s?)\s+(?:dead\s+|morte?s?\s+|sans\s+vie\s+|inanim[ée]e?s?\s+)?"
    r"(?:in|from|on|at|near|by|under|dans|sur|sous|pr[eè]s\s+d[eu']|au|aux|[àa])\s"
)
# Someone known for what they did somewhere named: "the bloke who ate forty pies at the Wigan
# fair", "la dame qui a gagné Koh-Lanta" (anchored on "who"/"qui"; the person before it and the
# name in the clause are checked in `detect`).
_WHO_DID = Anchored(
    r"(?i)\b(?:who|qui)\s+(?-i:[a-zà-ÿ])"
    # ... or for what happened to them: "the farmer gored by a bull outside Tullamore"
    r"|\b(?:gored|bitten|mauled|trampled|injured|struck|crushed|rescued|trapped|stabbed|attacked|"
    r"bless[ée]e?|mordue?|renvers[ée]e?|percut[ée]e?|secourue?|encorn[ée]e?|pi[ée]tin[ée]e?|"
    # ... or fell there: « le motard tombé au virage de la Source à Spa-Francorchamps »
    r"tomb[ée]e?|fell|crashed)\b"
)
_WHO_NOUNS = (
    r"guy|bloke|man|woman|lady|girl|boy|lad|lass|chap|fella|gentleman|kid|swimmer|runner|jogger|surfer|"
    r"climber|skier|driver|hiker|diver|fisherman|farmer|dame|monsieur|homme|femme|mec|gars|type|gamin|"
    r"gamine|nageur|nageuse|coureur|coureuse|randonneur|randonneuse|p[êe]cheur|plongeur|"
    r"bride|groom|bridesmaid|mari[ée]e?|motard|motorcyclist|biker|keeper|cycliste|cyclist|pi[ée]ton(?:ne)?|"
    r"pedestrian|firefighter|pompier|student|[ée]tudiante?|" + _PERSON_WORDS
)
_PERSON_BEFORE_WHO = re.compile(
    rf"(?i)\b(?:the|le|la|l'|du|de\s+la|that|ce|cette|a|an|un|une)\s*(?:[\w-]+\s+)?(?:[\w-]+[\s-]+year[\s-]+old\s+)?(?:{_WHO_NOUNS})\s+$"
)
_CLAUSE_STOP = re.compile(r"[.,;:!?\n]|\s-\s")  # (" - ": a dash, also "—" folded)
_NOT_A_NAMED_THING = frozenset([*WEEKDAYS_EN, *WEEKDAYS_FR, "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december", "janvier",
    "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"])  # fmt: skip
# (the clause ends at a punctuation mark or at its verb: "... after the market was identified")
_CLAUSE_END = re.compile(r"[.;:!?\n,]|\s(?:was|were|is|has|had|a|ont|est|[ée]tait)\s")
# (a capitalised word, or a road's number: "la D917", "the M62", "I-95")
_NAMED = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]|\b(?:[ADMN]|RN|RD|I-)\d{1,4}\b")
# A place a reader can name: an island, "our village", a capitalised name (not an acronym such as "ICU").
_PLACE = (
    r"(?:l'[îi]le|notre|nos|our|the\s+(?:village|town|island|street|estate|valley|parish)|la\s+(?:commune|ville|r[ée]gion|vall[ée]e)|"
    r"village|town|island|bourg|hameau|(?-i:[A-ZÀ-Þ][a-zà-ÿ])[\w'-]*)"
)
_KEPT_PLACES = (
    r"(?:shop|store|pub|bar|caf[ée]|bakery|garage|pharmacy|chemist|post\s+office|diner|restaurant|hotel|"
    r"inn|farm|school|church|station|market\s+stall|chippy|takeaway|parlou?r|studio|gym|boutique|salon|"
    r"stall|newsagent'?s?|B&B|farm\s+shop|chip\s+shop)"
)
_EVENT = Anchored(
    r"(?i)\b(?:(?:victimes?|bless[ée]e?s?|survivants?|survivors?|victims?|injured|hurt|killed|burn(?:ed|t)|tu[ée]e?s?|"
    # (and the lost: "the lifeboat volunteer lost in Saturday's storm")
    r"rescued|secourue?s?|lost|drowned|missing|disparue?s?|noy[ée]e?s?)\s+(?:de\s+l'|du\s|de\s+la\s|in\s+the\s|of\s+the\s|at\s+the\s|"
    r"in\s+(?:(?:last|this)\s+)?\w+['’]s\s|pendant\s+(?:la|le|l')\s*|during\s+(?:the\s+)?)\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:attentat|accident|incendie|explosion|fusillade|crash|fire|shooting|attack|bombing|explosion|match|marathon|"
    r"effondrement|collapse|avalanche|inondation|flood|naufrage|shipwreck|temp[êe]te|storm|pile-up|carambolage|collision)|"
    r"(?:drivers?|passengers?|conducteurs?|conductrices?|passag[eè]res?|victims?|victimes?)\s+(?:of|from|in|de|du|d')\s*"
    r"(?:the\s+|l'|la\s+|le\s+)?(?:[\w'’-]+\s+){0,3}(?:pile-up|crash|accident|carambolage|collision|fire|incendie|"
    r"effondrement|collapse|avalanche|flood|inondation|explosion|shooting|fusillade)|"
    r"(?:accident|incendie|fire|crash|shooting|explosion|attentat|attack|attaque|avalanche|"
    r"effondrement|naufrage|inondation|collapse|flood)\s+"
    r"(?:de|d'|du|on|at|in|sur|of)\s+(?:la\s+|l'|the\s+)?(?:[A-Z0-9][\w-]+|\w+'s|rue|route|autoroute|A\d+|RN\d+)|"
    r"(?:le|la)\s+seule?\s+(?:\w+\s+){1,3}(?:du|de\s+la|de|dans\s+(?:le|la|notre))\s+(?:village|commune|ville|[ée]cole|quartier|r[ée]gion|d[ée]partement)|"
    rf"(?:(?:le|la)\s+seule?|(?:le\s+|la\s+|l')unique|the\s+only)\s+(?:[\w-]+\s+)?{_OCCUPATIONS}\s+(?:du|de\s+la|de|d'|sur|[àa]|en|in|on|of|at)\s*{_PLACE}|"
    # "the only GP the village had for forty years"
    rf"the\s+only\s+(?:[\w-]+\s+)?{_OCCUPATIONS}\s+(?:the|our|this)\s+(?:village|town|island|valley|parish|hamlet|community)\s+"
    r"(?:has\s+|had\s+|ever\s+|has\s+ever\s+)?(?:had|has|knew|known)\b|"
    rf"(?:the\s+)?(?:oldest|youngest)\s+(?:resident|inhabitant|man|woman|person|villager|parishioner)\s+(?:of|in|on)\s+{_PLACE}|"
    r"['’]s\s+(?:oldest|youngest)\s+(?:resident|inhabitant|man|woman|person|villager)|"  # "our village's oldest man"
    rf"(?:le|la)\s+(?:doyen(?:ne)?|plus\s+(?:vieil|vieux|vieille|[âa]g[ée]e?)\s+habitante?)\s+(?:du|de\s+la|de|d')\s*{_PLACE}|"
    # the last of a kind in a place: "the last surviving Lancaster bomber navigator in Lincolnshire"
    r"the\s+last\s+(?:surviving|living|remaining)\s+(?:[\w-]+\s+){1,4}?(?:in|of|from)\s+(?-i:[A-Z])[\w-]+|"
    r"the\s+only\s+(?:\w+\s+){1,3}in\s+(?:the\s+|our\s+|this\s+)?(?:village|town|school|county|region|area|state|"
    r"settlement|island|community|parish|hamlet|valley|street|estate)|"
    r"(?:the|our|this|that)\s+(?:village|town|island|settlement|community|parish|hamlet|valley|street|estate)['’]s\s+"
    r"only\s+[\w-]+(?:\s+(?!(?:had|has|was|is|who|with)\b)[\w-]+)?|"
    r"(?:jumeaux|jumelles|jumeau|jumelle|twin\s+(?:brother|sister)|tripl[ée]s|quadrupl[ée]s|quintupl[ée]s|triplets|quadruplets|quintuplets|sextuplets)|"
    r"from\s+(?:last\s+|this\s+)?\w+day's\s+(?:match|game|race|concert|show)|"
    r"du\s+match\s+de\s+(?:dimanche|samedi|hier|ce\s+week-end)|"
    r"lottery\s+winner|gagnant\s+du\s+loto|"
    # the relative of someone everyone at work knows: "the medical director's mother"
    r"(?:director|boss|chief|CEO|dean|mayor|consultant|surgeon|professor|chairman|manager)['’]s\s+"
    r"(?:neighbou?r|wife|husband|partner|mother|mum|mom|father|dad|son|daughter|sister|brother|aunt|uncle|"
    r"grand(?:mother|father|son|daughter))|"
    r"(?:voisine?|femme|[ée]pouse|[ée]poux|mari|m[eè]re|p[eè]re|fils|fille|s(?:oe|œ)ur|fr[eè]re|tante|oncle)\s+(?:du|de\s+la)\s+"
    r"(?:directeur|directrice|doyen(?:ne)?|maire|chef\s+de\s+service|pr[ée]sident(?:e)?|patron(?:ne)?|"
    r"(?:sous-)?pr[ée]f[eè]te?|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|ministre)\b|"
    # the one who keeps a place everyone knows: "who runs the corner shop", "qui tient le bar-tabac"
    rf"who\s+(?:ran|runs|owned|owns|managed|manages|kept|keeps)\s+(?:the|our)\s+(?:[\w-]+\s+){{0,2}}?{_KEPT_PLACES}|"
    # ... or a named place's: "running the post office in Little Ashby"
    rf"(?:running|runs|ran|keeping|keeps|kept)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_KEPT_PLACES}\s+(?:in|at|on|of)\s+{_PLACE_NAME}|"
    r"qui\s+(?:tient|tenait|dirige|dirigeait|g[èe]re|g[ée]rait)\s+(?:le|la|l'|notre)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:bar(?:-tabac)?|tabac|caf[ée]|boulangerie|boucherie|[ée]picerie|pharmacie|garage|restaurant|h[ôo]tel|"
    r"camping|ferme|[ée]cole|bureau\s+de\s+poste|supérette|sup[ée]rette)|"
    # The patient is someone the author knows, or whom everyone around knows.
    r"(?:mon|ma|notre)\s+(?:voisine?|ami[e]?|oncle|tante|cousine?|beau-p[eè]re|belle-m[eè]re|coll[eè]gue\s+de\s+travail|propre\s+m[eè]re|propre\s+p[eè]re)|"
    r"my\s+(?:(?:next[\s-]door|best|close|old)\s+)?(?:neighbou?r|friend|uncle|aunt|cousin|own\s+(?:mother|father)|father-in-law|mother-in-law)|"
    r"(?:she|he)\s+(?:was|is)\s+my\s+(?:old\s+|former\s+)?[\w-]+|c'[ée]tait\s+(?:mon|ma)\s+(?:ancienne?\s+)?(?!premi[eè]re?\b|derni[eè]re?\b)[\w-]+|"
    r"all\s+over\s+the\s+news|in\s+(?:all\s+)?the\s+papers|made\s+the\s+news|from\s+the\s+news|(?:was|were|been)\s+on\s+the\s+news|vue?s?\s+aux\s+infos|from\s+the\s+(?:[A-Z]\w+\s+)?(?:story|article)|"
    r"dans\s+(?:tous\s+)?les\s+journaux|fait\s+la\s+une|in\s+the\s+local\s+(?:paper|newspaper|news|press|rag)|"
    # "made the local paper", « oui, celui du journal »
    r"made\s+the\s+(?:local\s+)?(?:paper|papers|newspaper|headlines)|(?:celui|celle)\s+(?:du\s+journal|des\s+infos|de\s+la\s+t[ée]l[ée])|"
    r"(?:made|on)\s+the\s+front\s+page|dans\s+(?:le\s+journal|la\s+presse)\s+(?:local|locale|r[ée]gional|r[ée]gionale)|"
    r"(?:ferry|lifeboat|harbou?r|village|town|school|club|team|mine['’]s|church|parish)\s+"
    r"(?:captain|skipper|safety\s+officer|manager|doctor|priest|vicar|coach|teacher|nurse|owner|keeper|officer)|"
    r"tout\s+le\s+monde\s+(?:au\s+village|dans\s+le\s+quartier|le\s+conna[iî]t|la\s+conna[iî]t)|"
    r"everyone\s+(?:in\s+(?:town|the\s+village)|knows\s+(?:him|her)))"
)
# The one person holding a job at a place everyone around knows: "the lifeguard at the pool",
# "la boulangère de la place du marché" (the definite article makes it one person).
_PLACE_NOUNS = (
    r"(?:pool|school|church|pub|bakery|market|beach|station|library|post\s+office|garage|club|gym|stadium|"
    r"surgery|village|piscine|[ée]cole|[ée]glise|boulangerie|march[ée]|place\s+du\s+march[ée]|plage|gare|"
    r"biblioth[eè]que|poste|mairie|stade|caf[ée]|bar|tabac|pharmacie|camping|port|lyc[ée]e|coll[eè]ge|"
    r"cantine|quartier|bourg|commune|coin|floor|[ée]tage)"
)
# (a cheap test first: most posts name no such place)
_PLACE_NOUN = Anchored(rf"(?i)\b{_PLACE_NOUNS}\b")
_THE_JOB_AT = Anchored(
    rf"(?i)\b(?:{_OCCUPATIONS}|{_JOBS_EN}|{_JOBS_FR})\s+"
    r"(?:at|of|in|on|from|de|du|des|[àa]|au)\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th|e|[èe]me)\s+(?:floor|[ée]tage)|\d{1,2}[A-Z]\b|"  # a floor or a ward code
    r"(?:the\s+|la\s+|le\s+|l')?(?:local\s+|village\s+|town\s+|petite?\s+|primary\s+|high\s+|secondary\s+)?"
    rf"{_PLACE_NOUNS})\b"
)
# A team's name right before a player's position: "All Blacks prop", "Broncos linebacker".
# (the team's name, and a role in it: "the Ohio State starting linebacker")
_TEAM_BEFORE = re.compile(
    r"(?<![\w'-])(?:[A-Z][\w'-]+\s+){1,2}(?:(?:starting|star|first-choice|back-?up|reserve)\s+)?$"
)
_TEAM_AFTER = re.compile(
    r"\s+(?:(?:du|de\s+la|des|of\s+the|for\s+the|of|for)\s+|de\s+l['’])[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
)
# (The article is looked for behind the job: anchoring on the job word is much cheaper.)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|le|la|l'|our|notre|my|mon|ma)\s*(?:[\w-]+\s+)?$")
# An athlete hurt in a match readers saw: "the injured striker", "le footballeur blessé".
_ATHLETE = (
    r"(?:striker|goalkeeper|goalie|footballer|defender|winger|midfielder|quarterback|linebacker|jockey|"
    r"rugby\s+player|rugbyman|footballeur|footballeuse|joueur|joueuse|gardien|attaquant|buteur|"
    r"talonneur|pilier|demi\s+de\s+m[êe]l[ée]e|ailier|cycliste|cyclist|boxer|boxeur|skieur|skieuse)"
)
# A player named by team and position: "the All Blacks prop", "a Broncos linebacker"
# (anchored on the position; the team's capitalised name before it is checked in `detect`).
_POSITION = Anchored(
    r"(?i)\b(?:prop|hooker|flanker|scrum-half|fly-half|full-?back|linebacker|quarterback|striker|goalkeeper|keeper|winger|pitcher|rider|"
    r"shortstop|centre-back|forward|defender|captain|talonneur|pilier|demi\s+de\s+m[êe]l[ée]e|"
    r"ailier|capitaine)\b"
)
# A team sport's player or captain everyone around knows: "the county hurling captain", "the
# Gaelic football captain" (anchored on the sport; an article before it is checked in `detect`).
_SPORT_ROLE = Anchored(
    r"(?i)\b(?:football|rugby|hurling|camogie|hockey|cricket|netball|basketball|handball|soccer|"
    r"baseball|GAA|shinty|volleyball|water\s+polo)\s+(?:club\s+|team\s+)?(?:captain|goalkeeper|goalie|"
    r"keeper|striker|coach|manager|star|full-?back|prop|winger|hooker|fly-?half)\b"
)
# Someone hurt in a match, a race or a fair readers saw: "collapsed in extra time of the county cup
# final", "le cycliste tombé pendant la course de dimanche", "fainted at the Harbour festival".
_HURT_IN_MATCH = Anchored(
    r"(?i)\b(?:collapsed|crashed|died|injured|hurt|went\s+down|fainted|crushed|trampled|stabbed|[ée]cras[ée]e?|pi[ée]tin[ée]e?|s'est\s+effondr[ée]e?|effondr[ée]e?|tomb[ée]e?|"
    r"bless[ée]e?|d[ée]c[ée]d[ée]e?|mort|morte|s'est\s+[ée]vanouie?|a\s+fait\s+un\s+malaise|came\s+off)\s+(?:in|during|at|before|after|pendant|avant|apr[eè]s|dans|lors\s+d[eu']|au\s+cours\s+d[eu']|en|au|[àa]\s+la)\s*"
    r"(?:[\w'’-]+\s+){0,6}?(?:l['’])?(?:final|finale|semi-final|demi-finale|match|derby|[ée]tape|stage|marathon|race|course|tournoi|cup|coupe|"
    r"tournament|game|extra\s+time|prolongations?|triathlon|rally|rallye|mi-temps|half-time|"
    # a public gathering: "collapsed at the Pinewood fair", "malaise pendant le pardon de Locronan"
    r"fair|festival|parade|carnival|concert|gig|procession|f[êe]te|foire|kermesse|pardon|fest-noz|bal|défilé)\b"
)
# A face from local television or radio: "the weather girl from Channel 9", "la présentatrice
# météo de TV Breizh Sud"; and the one who plays Santa at a named place.
_MEDIA_OR_SANTA = Anchored(
    r"(?i)\b(?:weather\s*(?:girl|man|woman|presenter|forecaster|guy|lady)|news\s*(?:anchor|reader|presenter)|"
    r"sports\s+(?:anchor|presenter|reporter)|anchor(?:man|woman)?|radio\s+(?:host|presenter|DJ)|DJ|"
    r"(?:pr[ée]sentat(?:eur|rice)|animat(?:eur|rice)|speakerine|chroniqueu(?:r|se)|journaliste)(?:\s+m[ée]t[ée]o)?|"
    r"santa(?:\s+claus)?|father\s+christmas|p[èe]re\s+no[ëe]l)"
    r"\s+(?:from|of|on|at|de|du|d'|sur|au)\s*(?:the\s+|la\s+|le\s+|l')?(?:[\w'-]+\s+){0,4}?(?-i:[A-Z0-9])[\w'-]*"
    r"(?:\s+(?-i:[A-Z0-9])[\w'-]*){0,3}"
)
# ... or by their channel's name before the role: "the CityNews weekend weatherman", "the Channel 4
# weather presenter" (the channel is checked in `detect`)
_MEDIA_ROLE = Anchored(
    r"(?i)\b(?:weather\s*(?:girl|man|woman|presenter|forecaster|guy|lady)|news\s*(?:anchor|reader|presenter)|"
    r"sports\s+(?:anchor|presenter|reporter)|radio\s+(?:host|presenter|DJ))\b"
)
_CHANNEL_BEFORE = re.compile(
    r"(?<![\w'-])(?!(?:The|Our|My|A|An|This|That|Their|His|Her|Your)\b)[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|\d{1,2}))?"
    r"\s+(?:(?:weekend|morning|evening|breakfast|night|late|local|regional|lunchtime)\s+)?$"
)
# (Several patterns, each anchored on a rare word, rather than one anchored on "the".)
# An artist whose cancelled show was in the news: "le chanteur qui a annulé son concert à l'Olympia".
_CANCELLED_SHOW = Anchored(
    r"(?i)\b(?:chanteu(?:r|se)|acteur|actrice|com[ée]dien(?:ne)?|humoriste|rappeu(?:r|se)|singer|actor|actress|"
    r"comedian|rapper|musician|musicien(?:ne)?)\s+(?:qui\s+a\s+(?:annul[ée]|report[ée])|who\s+(?:cancel+ed|postponed|"
    r"pulled\s+out\s+of))\s+(?:son|sa|ses|his|her|their|the)\s+(?:[\w-]+\s+)?(?:concert|tourn[ée]e|tour|show|spectacle|"
    r"gig|festival)s?\b(?:\s+(?:[àa]|at|in)\s+(?:l'|la\s+|le\s+|the\s+)?(?-i:[A-Z])[\w'-]+)?"
)
# A sport's player for a named team: "a 23yo Munster academy rugby player" (anchored on the sport;
# the team's capitalised name before it is checked in `detect`).
_SPORT_PLAYER = Anchored(
    r"(?i)\b(?:rugby|football|hurling|camogie|hockey|cricket|GAA|soccer|netball|basketball|handball)\s+"
    r"(?:player|star|captain|prop|winger|keeper|goalkeeper|goalie|full-?back)\b"
)
_TEAM_OF_PLAYER = re.compile(
    r"\b[A-Z][a-z'’]{1,25}\s+(?i:(?:academy|club|county|schools?|university|under-?\d\d|u\d\d|minors?|"
    r"seniors?|juniors?|youth)\s+)?$"
)
_RECOGNISABLE = [
    _SPORT_PLAYER,
    _MEDIA_OR_SANTA,
    _MEDIA_ROLE,
    _CANCELLED_SHOW,
    _SPORT_ROLE,
    _HURT_IN_MATCH,
    Anchored(rf"(?i)\binjured\s+{_ATHLETE}\b|\b{_ATHLETE}\s+bless[ée]e?\b"),
    Anchored(
        rf"(?i)\b(?:{_ATHLETE}|coureur|coureuse|runner|rider)\s+(?:from|of|du|de)\s+(?:the\s+|la\s+|le\s+)?"
        r"(?:derby|match|game|final|finale|race|course|marathon|tournoi|tournament|triathlon|rallye|rally)\b"
    ),
    Anchored(
        r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:[\w-]+\s+)?"
        r"(?:match|game|derby|race|final|crash|accident|fire|shooting|collision|pile-up)\b"
        rf"|\bmatch\s+de\s+(?:{WEEKDAY_FR_WORDS}|hier)\b"
    ),
    _POSITION,
    # the winner of a named race or cup: "won the Cork City Marathon", « a remporté la Coupe Gambardella »
    Anchored(
        r"(?i)\b(?:won|winner\s+of|a\s+gagn[ée]|a\s+remport[ée]|vainqueure?\s+d[eu'])\s+(?:the\s+|le\s+|la\s+|l'|du\s+)?"
        r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}\s+(?:marathon|cup|open|race|championships?|games|trophy|"
        r"coupe|championnat|troph[ée]e|rallye|grand\s+prix|triathlon|regatta|r[ée]gate)\b"
        # ... or its decisive score: "he kicked the winning penalty", « a marqué le but décisif »
        r"|\b(?:scored|kicked|saved|missed|a\s+marqu[ée]|a\s+arr[êe]t[ée]|a\s+rat[ée])\s+(?:the|le|la)\s+(?:winning|d[ée]cisi\w+|only|penalty|penalt[iy]|last-minute)\b(?:\s+\w+)?"
    ),
    # a player for a named team: "plays hurling for the Kilkenny minors", « joue au rugby à l'ASM »
    Anchored(
        r"(?i)\b(?:plays?|playing|played)\s+(?:\w+\s+){0,2}?for\s+(?:the\s+)?(?-i:[A-Z])[\w'-]+(?:\s+[\w'-]+){0,2}"
        # « joue au rugby à l'ASM », « jouait en réserve au FC Lorient »
        r"|\bjou(?:e|ait)\s+(?:(?:au|en)\s+\w+\s+)?(?:[àa]|au|pour|avec)\s+(?:l'|le\s+|la\s+)?(?-i:[A-ZÀ-Þ])[\w'-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'-]+)?"
    ),
    # a musician of a band that played a named festival: "the lead singer of the band that
    # headlined Electric Picnic", « le chanteur du groupe qui a clôturé les Vieilles Charrues »
    Anchored(
        r"(?i)\b(?:band|group|groupe)\s+(?:(?:that|who|which|qui)\s+)?(?:is\s+|are\s+)?(?:headlined|headlining|closed|opened|played|playing|sold\s+out|topped\s+the\s+bill\s+at|"
        r"a\s+(?:fait|cl[ôo]tur[ée]|ouvert|jou[ée])|jouait)\s+(?:the\s+|les\s+|la\s+|le\s+|l'|au\s+|aux\s+|[àa]\s+la\s+|[àa]\s+l'|at\s+(?:the\s+)?)?"
        r"(?:(?:festival|f[êe]te|concert|gala)\s+(?:du\s+|de\s+la\s+|des\s+|de\s+|d')?)?"
        r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}"
    ),
    # the skipper of a named ferry: "the skipper of the Tiree ferry"
    Anchored(
        r"(?i)\b(?:skipper|captain|master|keeper|pilot)\s+of\s+the\s+(?-i:[A-Z])[\w'-]+\s+"
        r"(?:ferry|lifeboat|lighthouse|trawler|boat|ship)\b"
    ),
    # the one who runs a stall or a shop at a place everyone knows: "she still runs the fish stall
    # at the Saturday market"; the driver of a numbered route: "the bus driver on the 46 route"
    Anchored(
        rf"(?i)\b(?:runs|ran|owns|owned|keeps|kept)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_KEPT_PLACES}\b"
        r"(?:\s+(?:at|in|on|by)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})?"
        r"|\b(?:bus|tram|train|coach|taxi)\s+driver\s+(?:on|of|for)\s+the\s+(?:number\s+|no\.?\s*)?\d+\w?(?:\s+(?:route|line|bus))?"
        r"|\bchauffeu(?:r|se)\s+(?:de\s+[\w-]+\s+)?(?:de|sur)\s+la\s+ligne\s+[\w'’–-]+"
    ),
    # the street vendor everyone passes: « qui vend du poisson devant la gare », "who sells papers
    # outside the station"; the champion of a named year: « le champion départemental de pétanque 2024 »
    Anchored(
        r"(?i)\b(?:qui\s+(?:vend|vendait|tient|tenait)\s+(?:des|du|de\s+la|les|la|le)\s+[\w-]+\s+(?:devant|sur|au|[àa]\s+la|en\s+face\s+d[eu'])"
        r"|who\s+(?:sells|sold|runs|ran)\s+(?:the\s+)?[\w-]+\s+(?:outside|in\s+front\s+of|at|on))\s+(?:la\s+|le\s+|l'|the\s+)?[\w'-]+"
        r"|\bchampion(?:ne)?\s+(?:[\w-]+\s+){0,2}?(?:de|du|d'|of)\s+[\w-]+\s+(?:19|20)\d\d\b"
    ),
    # a worker of a site named by its town: « il a travaillé 25 ans à la filature de Roubaix »
    Anchored(
        r"(?i)\b(?:mine|usine|chantier|aci[ée]rie|filature|raffinerie|carri[eè]re|scierie|papeterie|sucrerie|tannerie|"
        r"verrerie|fonderie|conserverie|mill|factory|plant|refinery|quarry|colliery|shipyard|steelworks)\s+"
        r"(?:d'\w+\s+|de\s+\w+\s+)?(?:de|d'|du|of|at|in)\s+(?-i:[A-ZÀ-Þ])[\w'-]+"
    ),
    # someone close to a public figure: "the Queen's former bodyguard"
    Anchored(
        r"\b(?:Queen|King|President|Prime\s+Minister|Taoiseach|Premier|Governor|Senator|Minister|Mayor|Pope|Prince|"
        r"Princess|Duke|Duchess)['’]s\s+"
        r"(?:former\s+|ex-|late\s+|own\s+|personal\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|"
        r"partner|bodyguard|chauffeur|driver|butler|nanny|maid|valet|"
        r"doctor|physician|surgeon|secretary|assistant|aide|cook|chef|gardener|pilot|spokes(?:man|woman))\b"
    ),
    # a family everyone can name: "the Hendry twins", "everyone around here knows"
    Anchored(
        r"\bthe\s+(?-i:[A-Z])[\w'-]{1,30}\s+(?:twins|triplets|brothers|sisters|family)\b"
        r"|(?i:\beveryone\s+(?:\w+\s+){0,2}knows|\btout\s+le\s+monde\s+(?:\w+\s+){0,2}conna[iî]t|"
        r"\bdont\s+tout\s+le\s+monde\s+parle|\beveryone(?:'s|\s+is)\s+talking\s+about|"
        r"\bconnue?\s+(?:de|dans)\s+tout\s+(?:le|la)\s+(?:quartier|village|ville|bourg|coin|commune|cit[ée])|"
        r"\bknown\s+to\s+(?:the\s+)?(?:whole|entire)\s+(?:town|village|street|estate|neighbou?rhood|island)|"
        r"\byou\s+(?:all\s+)?know\s+(?:him|her|them)|\bvous\s+(?:la|le|les)\s+connaissez)\b"
    ),
]
# "The only GP in Hawes", "le seul kiné d'Ussel": whatever the job, the only one of a named place
# (anchored on "only"/"seul"; "the"/"le"/"la" before it is checked in `detect`).
_THE_ONLY = Anchored(
    r"(?i)\b(?:only|seule?)\s+(?!(?:case|cas|report|study|series|patient|time|fois|one|way|fa[çc]on)\b)"
    rf"(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:in|of|at|on|de|d'|du|[àa])\s*(?:the\s+)?{_ISLAND}(?-i:[A-ZÀ-Þ])[\w'-]+"
)
# The patient heads the author's own institution: "our hospital CEO", "notre directeur".
_HEADS = (
    r"(?:CEO|chief\s+executive|medical\s+director|dean|chair(?:man|woman)?|directeur(?:\s+g[ée]n[ée]ral)?|"
    r"directrice(?:\s+g[ée]n[ée]rale)?|PDG|doyen(?:ne)?|pr[ée]sident(?:e)?\s+de\s+CME|charge\s+nurse|ward\s+sister|"
    r"matron|head\s+nurse|cadre\s+de\s+sant[ée]|chef\s+de\s+service|head\s+of\s+department)"
)
_OUR_HEAD = Anchored(
    rf"(?i)\b(?:our|notre)\s+(?:(?:hospital|trust|university|own|ward|unit|department|lab)(?:['’]s)?\s+){{0,2}}{_HEADS}\b"
    rf"|\b(?:hospital|trust|university|clinic|health\s+board)['’]s\s+(?:own\s+)?{_HEADS}\b"
)
# An artist or player named with their trade, "le pianiste Marc-Antoine Sorel": a public figure.
_TRADE_BEFORE_NAME = Anchored(
    r"(?i)\b(?:le|la|l'|the)\s*(?:c[ée]l[eè]bre\s+|famous\s+|well-known\s+)?(?:pianiste|violoniste|"
    r"violoncelliste|guitariste|chanteu(?:r|se)|com[ée]dien(?:ne)?|acteur|actrice|romanci(?:er|[eè]re)|"
    r"[ée]crivain(?:e)?|peintre|sculpteu(?:r|se)|animat(?:eur|rice)|rappeu(?:r|se)|cin[ée]aste|"
    r"r[ée]alisat(?:eur|rice)|danseu(?:r|se)|pianist|violinist|cellist|guitarist|singer|actor|actress|"
    r"novelist|writer|painter|sculptor|rapper|film-?maker|director|dancer|comedian|presenter)"
    r"(?=\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-Þ]))"
)
_ARTICLE_BEFORE_ONLY = re.compile(r"(?i)\b(?:the|le|la)\s+$")
_RARE = Anchored(
    r"(?i)\b(?:tr[eè]s\s+rare|extr[eè]mement\s+rare|exceptionnel(?:le)?|rarissime|(?:premier|seul|first|only)\s+cas|"
    r"first\s+(?:reported\s+)?case|only\s+\d+\s+cases|seulement\s+\d+\s+cas|very\s+rare|extremely\s+rare|ultra-?rare|"
    r"one\s+in\s+a\s+million|1\s+(?:in|sur)\s+(?:a\s+)?(?:\d[\d\s,.]*|million))\b"
)


# A named place in the same sentence ("trawlerman from Stornoway", "..., Galway, farmer").
_NAMED_PLACE = re.compile(
    r"\b(?:from|in|at|near|de|d'|du|[àa]|pr[eè]s\s+de)\s+(?:the\s+)?"
    r"(?!(?:Mme|Mlle|Madame|Monsieur|Mrs?|Ms|Miss|Dr|Pr|Prof)\b)[A-ZÀ-Þ][a-zà-ÿ'-]+"  # (not "de Mme Roux")
    # ... or an item of a case's list: "62F, Tobermory, lighthouse keeper, 3 cm lump"
    r"|,\s*[A-ZÀ-Þ][\wÀ-ÿ'-]+\s*,"
)


def _named_place_near(ctx: Context, pos: int) -> bool:
    """A job is identifying in a case when the sentence also names a place."""
    return ctx.is_case() and ctx.sentence_search(_NAMED_PLACE, pos)


_PATIENT_WORD = Anchored(r"(?i)patient|\bcas\b|\bcase\b")
_MY_BEFORE = re.compile(r"(?i)\b(?:my|mes|mon|ma)\s+$")
_MINE = re.compile(
    r"(?i)(?:my|mon|ma|mes|notre|nos)\s+(?:neighbou?r|friend|uncle|aunt|cousin|own|father|mother|voisine?|amie?|"
    r"oncle|tante|cousine?|beau|belle|propre|coll[eè]gue)"
)
# A record-size specimen makes the news and the corridor talk: "a 34 kg mucinous cystadenoma".
_HEAVY = re.compile(r"(\d(?<![\d.,]\d)\d{1,2})(?:[.,]\d+)?\s?(?:kg|kilos?)\b")
_SPECIMEN_NOUN = re.compile(
    r"(?i)\b(?:tumou?r|tumeur|mass|masse|cyst|kyste|\w+om(?:a|e)s?|fibro\w*|myom\w*|specimen|pi[eè]ce|"
    r"spleen|rate|ovar\w*|uterus|ut[ée]rus|ut[ée]rin\w*)\b"
)
_BODY_WEIGHT = re.compile(
    r"(?i)\b(?:patiente?|homme|femme|man|woman|poids|weight|BMI|IMC|pèse|weighs)\b[^.,;]{0,12}$"
)


def _clause_end(text: str, stop: re.Pattern[str], pos: int, width: int) -> int:
    """Where the clause from `pos` ends: at `stop`, or `width` characters on (a bounded search)."""
    end = stop.search(text, pos, pos + width)
    return end.start() if end else min(len(text), pos + width)


def _names_something(text: str, start: int, end: int) -> bool:
    """A capitalised word between `start` and `end` names a place or a show ("Salford Quays",
    "Koh-Lanta"): not an eponym, a weekday or a month."""
    for n in _NAMED.finditer(text, start, end):
        key = fold(text[n.start() : n.start() + 30].split()[0].strip(".,'’"))
        if key not in allow_terms() and key.removesuffix("'s") not in _NOT_A_NAMED_THING:
            return True
    return False


def _someone_elses_job(ctx: Context, pos: int) -> bool:
    """A colleague's, the author's or their family's job, an official's at an event, or a figure of
    history's: "merci au boulanger de Plouha", "my dad retired as the postman in Tralee", « inauguré
    par le maire »."""
    return bool(
        ctx.search(
            THANKS, max(0, pos - 30), pos
        )  # "merci au boulanger" (not "Fière de notre équipe...")
        or ctx.sentence_search(announced, pos)  # "The Health Secretary visited our lab in Leeds"
        or ctx.search(_SELF_JOB, max(0, pos - 40), pos)
        or ctx.search(_OFFICIAL_GUEST, max(0, pos - 80), pos)
        or ctx.own_life(pos)
        # ("Theodor Langhans, professeur à Berne à partir de 1872")
        or ctx.sentence_search(history, pos)
    )


# An official at the lab's event: « inauguré par le maire de Nantes », "opened by the Mayor of Leeds".
_OFFICIAL_GUEST = re.compile(
    r"(?i)\b(?:inaugur[ée]e?s?|ouverte?s?|opened|unveiled|attended|en\s+pr[ée]sence\s+d[eu]|in\s+the\s+presence\s+of)"
    r"(?:[^.!?\n]{0,40}?\s(?:par|by))?\s+(?:le|la|l'|the|du|de\s+la)?\s*$"
)


def _job_at_place(ctx: Context, start: int, end: int) -> Hit:
    return Hit(
        "DETAIL", start, end,
        ctx.say("Un métier associé à un lieu désigne une seule personne. Restez général (« un patient »).",
                "A job tied to a place points to one person. Stay general (\"a patient\")."),
        ctx.say("un patient", "a patient"),
    )  # fmt: skip


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield quasi-identifiers (block) and the rare-case advice (warn)."""
    for m in ctx.finditer(_JOB_PLACE):
        if not _someone_elses_job(ctx, m.start()):
            yield _job_at_place(ctx, *m.span())
    for m in ctx.finditer(_FORMER_TRADE) if ctx.is_case() else ():
        if not _someone_elses_job(ctx, m.start()):
            yield _job_at_place(ctx, *m.span())
    for m in ctx.finditer(_CARER_AS_PATIENT) if ctx.is_case() else ():
        yield _job_at_place(ctx, *m.span(1))
    for m in ctx.finditer(_MY_ACQUAINTANCE):
        yield Hit(
            "DETAIL", m.start(), m.end(),
            ctx.say("Ce lien avec vous désigne le patient à tous ceux qui vous connaissent. Restez général (« un patient »).",
                    "This link to you points to the patient for everyone who knows you. Stay general (\"a patient\")."),
            ctx.say("un patient", "a patient"),
            "block" if ctx.is_case() else "warn",
        )  # fmt: skip
    for m in ctx.finditer(_JOB_TIED):
        if not (m.group("pre") or m.group("post") or _named_place_near(ctx, m.start())):
            continue  # a job alone ("un agriculteur") is not identifying
        if _someone_elses_job(ctx, m.start()):
            continue
        yield Hit(
            "DETAIL", m.start(), m.end(),
            ctx.say("Ce métier, lié à un statut ou à un lieu que vos lecteurs connaissent, peut désigner le patient. Restez général (« un patient »).",
                    "This job, tied to a status or a place your readers know, can point to the patient. Stay general (\"a patient\")."),
            ctx.say("un patient", "a patient"),
            "block" if ctx.is_case() else "warn",
        )  # fmt: skip
    # "X's operation is all over the news. We do not speculate": commentary on a public figure
    # ("Bus crash in Limerick this morning according to the Irish Times": news, no case of ours)
    public = (
        ctx.text_search(PUBLIC_NEWS) or ctx.text_search(NEWS_SOURCE) or ctx.text_search(NOT_OURS)
    ) and not ctx.text_search(_PATIENT_WORD)
    for m in ctx.finditer(_FAMOUS):
        if ctx.sentence_search(history, m.start()):
            continue  # "the autopsy of Napoleon in 1821": a famous patient of history
        if (
            ctx.sentence_search(PUBLIC_NEWS, m.start())
            or public
            or ctx.text_search(NOT_OURS)
            or ctx.sentence_search(THANKS, m.start())  # "Thanks Dr Osei, you're a star"
        ) and not ctx.sentence_search(_PATIENT_WORD, m.start()):
            continue  # "a famous singer has announced her lymphoma": news, not the author's case
        if ctx.is_event(m.start()) and not ctx.sentence_search(_PATIENT_WORD, m.start()):
            continue
        if ctx.before(_ANY_SUCH_PERSON, m.start(), 30):
            continue  # "When a public figure talks about their melanoma...": anyone famous
        if m.group().lower().startswith("on ") and not ctx.is_case():
            continue  # "nobody has ever shown a pathologist right on TV": no one is on TV
        yield Hit(
            "DETAIL", m.start(), m.end(),
            ctx.say("Un patient connu du public est reconnaissable même sans son nom. Ne publiez pas ce cas sans son accord écrit.",
                    "A well-known patient is recognisable even without a name. Do not post this case without written consent."),
            "",
        )  # fmt: skip
    tattoos = [m.span() for m in ctx.finditer(_TATTOO)]
    if ctx.mentions(_TATTOO_GATE):
        tattoos += [
            m.span(m.lastindex or 1)
            for m in _QUOTED.finditer(ctx.text)
            if any(c.isupper() or c.isdigit() for c in m.group(m.lastindex or 1))
        ]
        tattoos += [m.span(1) for m in _TATTOO_WORDS.finditer(ctx.text)]
    for start, end in tattoos:
        if ctx.is_protected(start, end) or _STAIN_CODE.fullmatch(ctx.text, start, end):
            continue  # « un “H&E” sur le poignet »: a stain, not a tattoo's text
        yield Hit(
            "DETAIL", start, end,
            ctx.say("Un tatouage décrit peut suffire à reconnaître le patient. Ne le décrivez pas.",
                    "A described tattoo can be enough to recognise the patient. Do not describe it."),
            ctx.say("un tatouage", "a tattoo"),
        )  # fmt: skip
    # (the author's own relative or friend in a post with no case: "My aunt turns 90 on Sunday!")
    circumstances = (
        []
        if public
        else [
            m.span()
            for m in ctx.finditer(_EVENT)
            if (ctx.is_case() or not _MINE.match(ctx.text, m.start()))
            # (the author's own twins: « Mes jumeaux de 5 ans m'ont dessiné un microscope »)
            and not _MY_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
        ]
    )
    for m in ctx.finditer(_FOUND) if ctx.is_case() else ():
        clause_end = _clause_end(ctx.text, _CLAUSE_END, m.end(), 100)
        if _names_something(ctx.text, m.end(), clause_end) and not ctx.is_event(m.start()):
            circumstances.append((m.end(), clause_end))
    for m in ctx.finditer(_WHO_DID) if ctx.is_case() else ():
        person = _PERSON_BEFORE_WHO.search(ctx.text, max(0, m.start() - 40), m.start())
        if person is None or ctx.is_event(m.start()) or ctx.sentence_search(THANKS, m.start()):
            continue
        clause_end = _clause_end(ctx.text, _CLAUSE_STOP, m.end(), 120)
        if _names_something(ctx.text, m.end(), clause_end):
            circumstances.append((person.start(), clause_end))

    for m in ctx.finditer(_THE_ONLY):
        article = _ARTICLE_BEFORE_ONLY.search(ctx.text, max(0, m.start() - 5), m.start())
        if article is not None and not ctx.is_event(m.start()):
            circumstances.append((article.start(), m.end()))
    if ctx.is_case():
        circumstances += [m.span() for m in ctx.finditer(_OUR_HEAD) if not ctx.is_event(m.start())]
    for m in _DISASTER.finditer(ctx.text) if ctx.is_case() and ctx.mentions(_DISASTERS) else ():
        name = _NAME_BEFORE_DISASTER.search(ctx.text, max(0, m.start() - 50), m.start())
        if name is None:
            continue
        words = name.group(1).split()
        opening = not ctx.text[ctx.sentence(m.start())[0] : name.start()].strip()
        if (opening and len(words) == 1) or fold(words[0]) in _NOT_A_NAMED_THING:
            continue  # "Car crash at 2am": a sentence's first word; "the Monday fire drill"
        circumstances.append((name.start(), m.end()))
    circumstances += [m.span() for m in ctx.finditer(_TRADE_BEFORE_NAME)]
    for start, end in circumstances:
        yield Hit(
            "DETAIL", start, end,
            ctx.say("Ces circonstances sont connues du public et désignent le patient. Retirez-les.",
                    "These circumstances are public and point to the patient. Remove them."),
            "",
        )  # fmt: skip
    job_at_place = ctx.text_search(_PLACE_NOUN) or WARD_CODE.search(ctx.text) is not None
    for pattern in (_THE_JOB_AT, *_RECOGNISABLE):
        for m in ctx.finditer(pattern) if pattern is not _THE_JOB_AT or job_at_place else ():
            start, end = m.span()
            if pattern is _THE_JOB_AT or pattern is _SPORT_ROLE:
                article = _DETERMINER_BEFORE.search(ctx.text, max(0, start - 30), start)
                if article is None:
                    continue  # "a lifeguard at the pool" could be anyone
                start = article.start()
            elif pattern is _SPORT_PLAYER:
                team = _TEAM_OF_PLAYER.search(ctx.text, max(0, start - 50), start)
                if team is None:
                    continue  # "a keen rugby player": no team named
                start = team.start()
            elif pattern is _MEDIA_ROLE:
                channel = _CHANNEL_BEFORE.search(ctx.text, max(0, start - 40), start)
                if channel is None:
                    continue  # "our weather presenter friend": no channel named
                start = channel.start()
            elif pattern is _POSITION:
                team = _TEAM_BEFORE.search(ctx.text, max(0, start - 40), start)
                after = _TEAM_AFTER.match(ctx.text, m.end())
                if team is None and after is None:
                    continue  # "forward scatter", "the captain of the ward round"
                start = team.start() if team else start
                end = after.end() if after else end
            if ctx.sentence_search(THANKS, start) or ctx.is_event(start):
                continue
            yield Hit(
                "DETAIL", start, end,
                ctx.say("Ce détail désigne une personne que tout le monde autour d'elle reconnaîtra. Restez général (« un patient »).",
                        "This detail points to one person everyone around them will recognise. Stay general (\"a patient\")."),
                ctx.say("un patient", "a patient"),
            )  # fmt: skip
    for m in _HEAVY.finditer(ctx.text) if ctx.mentions(("kg", "kilo")) else ():
        start = m.start()
        if int(m.group(1)) < 10 or _BODY_WEIGHT.search(ctx.text, max(0, start - 30), start):
            continue
        if _SPECIMEN_NOUN.search(ctx.text, max(0, start - 30), min(len(ctx.text), m.end() + 40)):
            yield Hit(
                "DETAIL", start, m.end(),
                ctx.say("Une pièce de taille record fait parler d'elle : le cas devient reconnaissable. Pensez à attendre avant de le publier.",
                        "A record-size specimen gets talked about, which makes the case recognisable. Consider delaying the post."),
                "", "warn",
            )  # fmt: skip
    for m in ctx.finditer(_RARE):
        yield Hit(
            "DETAIL", m.start(), m.end(),
            ctx.say("Un cas très rare est reconnaissable : pensez à attendre avant de le publier et à retirer tout autre détail.",
                    "A very rare case is recognisable: consider delaying the post and remove any other detail."),
            "", "warn",
        )  # fmt: skip
