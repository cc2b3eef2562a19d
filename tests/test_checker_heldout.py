"""Held-out realistic posts, written before the fixes they led to: varied phrasing, French and English.

Unsafe posts list every identifier they contain (kind, exact text); safe posts are tricky look-alikes
that must pass. Failures here are measured as a whole, so a new miss shows up by name.
"""

from __future__ import annotations

import pytest

from medsocial import check_post

UNSAFE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Son fils Kevin m'a appelé pour les résultats de sa mère : carcinome lobulaire infiltrant.",
        [("NAME", "Kevin")],
    ),
    (
        "Her husband Tom drove her in; the frozen section showed a granulosa cell tumour.",
        [("NAME", "Tom")],
    ),
    (
        "Yvette Carrel est revenue pour sa récidive de sarcome, on a revu les lames anciennes.",
        [("NAME", "Yvette Carrel")],
    ),
    (
        "Biopsie cutanée chez Rolande Pichon : mélanome nodulaire, Breslow 4 mm.",
        [("NAME", "Rolande Pichon")],
    ),
    ("Opérée le douze mars, la patiente avait un phyllode borderline.", [("DATE", "douze mars")]),
    (
        "Admitted on the fifth of June with an acute abdomen: perforated diverticulitis.",
        [("DATE", "fifth of June")],
    ),
    (
        "Une femme de soixante-dix-huit ans, masse ovarienne : carcinome séreux de haut grade.",
        [("AGE", "soixante-dix-huit ans")],
    ),
    (
        "A man of seventy-two with dysphagia; oesophageal biopsy shows Barrett with HGD.",
        [("AGE", "seventy-two")],
    ),
    (
        "Patient en chambre 214 du service de gastro, biopsie gastrique : lymphome du MALT.",
        [("LOCATION", "chambre 214")],
    ),
    (
        "Seen on Ward 7B yesterday, lymph node core: classic Hodgkin lymphoma.",
        [("LOCATION", "Ward 7B"), ("TIME", "yesterday")],
    ),
    (
        "Agriculteur de Saint-Méen-le-Grand, lésion du cuir chevelu : carcinome épidermoïde.",
        [("LOCATION", "Saint-Méen-le-Grand")],
    ),
    (
        "Il vit à Plouzané (29280) avec sa femme, biopsie prostatique ISUP 3.",
        [("LOCATION", "Plouzané"), ("LOCATION", "29280")],
    ),
    (
        "Accession AP24-018734, colon resection, pT3N1a. Can anyone help with the budding score?",
        [("ID", "AP24-018734")],
    ),
    (
        "Bloc n° 23H04512-A2, coloration HES : aspect de tumeur fibreuse solitaire.",
        [("ID", "23H04512")],
    ),
    (
        "NIR 2 84 05 75 116 023 49 sur le bon de demande, je le masque sur la photo !",
        [("ID", "2 84 05 75 116 023 49")],
    ),
    (
        "Her daughter gave me her number, +1 415 555 0132, to send the report.",
        [("CONTACT", "+1 415 555 0132")],
    ),
    (
        "Le fils a mis en ligne une cagnotte sur son compte insta @soutien_mamie_jo",
        [("CONTACT", "@soutien_mamie_jo")],
    ),
    (
        "Mme Berthelot, quatre-vingt-douze ans, fracture du col : pas de lésion tumorale.",
        [("NAME", "Berthelot"), ("AGE", "quatre-vingt-douze ans")],
    ),
    (
        "Just signed out a 94-year-old's colectomy, adenocarcinoma pT2.",
        [("AGE", "94-year-old"), ("TIME", "Just")],
    ),
    (
        "This morning at 7:40 the on-call surgeon sent a thyroid lobe from theatre 3.",
        [("TIME", "This morning"), ("TIME", "7:40")],
    ),
    (
        "Patiente née le 3 février 1948, hospitalisée au CH de Morlaix, biopsie hépatique.",
        [("DATE", "3 février 1948"), ("LOCATION", "CH de Morlaix")],
    ),
    (
        "Reçu hier un curetage de Mme L., 38 ans : môle hydatiforme partielle.",
        [("TIME", "hier"), ("NAME", "Mme L."), ("AGE", "38 ans")],
    ),
    (
        "Teenager from the village of Little Compton, Ewing sarcoma of the femur.",
        [("LOCATION", "Little Compton")],
    ),
    (
        "M. Oukacha, chauffeur de bus à la retraite, carcinome urothélial de haut grade.",
        [("NAME", "Oukacha"), ("DETAIL", "à la retraite")],
    ),
    # Bare English ages (written before the fix).
    (
        "Wedge resection from Harold Pike, 77, adenocarcinoma with lepidic pattern.",
        [("AGE", "77")],
    ),
    ("Consult slide, lady of the manor (91!): amyloid in every vessel.", [("AGE", "91")]),
    ("Pt 63F, breast core: invasive lobular carcinoma, E-cadherin lost.", [("AGE", "63F")]),
    ("Mr Dubois, seventy-eight, colectomy: pT3N1a adenocarcinoma.", [("AGE", "seventy-eight")]),
    ("A gentleman in his 90s with a crusted scalp lesion: SCC.", [("AGE", "in his 90s")]),
    ("Bile duct brushing from Petra (36): suspicious for carcinoma.", [("AGE", "36")]),
    # DETAIL quasi-identifiers (written before the fix).
    (
        "The only butcher on Skye came in with a bleeding gastric lesion: GIST, 6 cm.",
        [("DETAIL", "The only butcher on Skye")],
    ),
    (
        "La seule boulangère de l'île de Batz : carcinome canalaire infiltrant du sein.",
        [("DETAIL", "La seule boulangère de l'île de Batz")],
    ),
    (
        "Biopsy from the oldest resident of Kilbride: basal cell carcinoma, nodular.",
        [("DETAIL", "the oldest resident of Kilbride")],
    ),
    (
        "Un ancien ministre opéré chez nous : adénocarcinome pancréatique.",
        [("DETAIL", "ancien ministre")],
    ),
    (
        "A professional footballer with a knee mass: tenosynovial giant cell tumour.",
        [("DETAIL", "professional footballer")],
    ),
    (
        "Patient: an oyster farmer from Cancale, lung nodule, adenocarcinoma.",
        [("DETAIL", "farmer from Cancale")],
    ),
    # LOCATION: homes, schools, cots and units (written before the fix).
    (
        "Skin punch from a resident of Willow Bank care home: bullous pemphigoid.",
        [("LOCATION", "Willow Bank care home")],
    ),
    ("Neonate in cot 4 with a sacral mass: mature teratoma.", [("LOCATION", "cot 4")]),
    ("Bed-bound lady on unit 7C, pressure ulcer biopsy: no malignancy.", [("LOCATION", "unit 7C")]),
    (
        "A pupil at Riverside High School collapsed: myocarditis at autopsy.",
        [("LOCATION", "Riverside High School")],
    ),
    # Round 3 (written before the rules they test): maiden names, lower-case names, bare ages,
    # relatives' possessives, hashtag accession numbers, long barcodes, floors, bare postcodes,
    # saint's-name hospitals, schools, employers, unique roles with a definite article.
    (
        "Mrs Okafor, née Adeyemi, invasive lobular carcinoma of the left breast.",
        [("NAME", "Okafor"), ("NAME", "Adeyemi")],
    ),
    ("Mme Guivarc'h née Le Bihan : adénocarcinome colique pT3.", [("NAME", "Le Bihan")]),
    (
        "marie-claude fontaine, 58 ans, carcinome urothélial infiltrant.",
        [("NAME", "marie-claude fontaine")],
    ),
    ("peter o'brien, 64, squamous cell carcinoma of the lip.", [("NAME", "peter o'brien")]),
    ("Pt K., 58, cholangiocarcinoma on the liver biopsy.", [("NAME", "K."), ("AGE", "58")]),
    (
        "Patient Okonkwo asked for a copy of his slides: paraganglioma, SDHB lost.",
        [("NAME", "Okonkwo")],
    ),
    (
        "Priya's husband asked about the margins: lobular carcinoma, 3 mm clear.",
        [("NAME", "Priya")],
    ),
    (
        "Autopsy of Lowri, 16, found collapsed after a rugby game: hypertrophic cardiomyopathy.",
        [("NAME", "Lowri"), ("AGE", "16")],
    ),
    ("Rhabdomyosarcoma of the orbit diagnosed at 7, now in remission. #pedipath", [("AGE", "7")]),
    ("Le petit Malo, 4 mois, hépatoblastome de type fœtal.", [("NAME", "Malo"), ("AGE", "4 mois")]),
    ("Biopsie reçue hier soir. #pathologie #doctoctoc", [("TIME", "hier soir")]),
    ("Frozen section came up last night. #frozensection", [("TIME", "last night")]),
    ("La patiente opérée jeudi a une tumeur de Krukenberg bilatérale.", [("TIME", "jeudi")]),
    (
        "Her number for the consent form: 0 7 9 0 0 9 0 0 4 5 6",
        [("CONTACT", "0 7 9 0 0 9 0 0 4 5 6")],
    ),
    ("Cytology #25C-01442: atypical urothelial cells, suspicious for HGUC.", [("ID", "25C-01442")]),
    ("Barcode on the pot: 3760012345674. Lipoma, nothing more.", [("ID", "3760012345674")]),
    (
        "Admitted to St Luke's with haemoptysis: squamous cell carcinoma.",
        [("LOCATION", "St Luke's")],
    ),
    (
        "Hospitalisée au service de cardiologie du 5e, biopsie endomyocardique.",
        [("LOCATION", "du 5e")],
    ),
    (
        "Patient on the 4th floor of the oncology wing, pleural fluid positive for adenocarcinoma.",
        [("LOCATION", "4th floor")],
    ),
    ("Patiente venue du 56100 pour sa mastectomie, carcinome lobulaire.", [("LOCATION", "56100")]),
    (
        "A retired welder who worked at the Cammell Laird yard: mesothelioma, epithelioid.",
        [("LOCATION", "Cammell Laird")],
    ),
    (
        "A boy from Kelso High collapsed on the pitch: arrhythmogenic cardiomyopathy.",
        [("LOCATION", "Kelso High")],
    ),
    (
        "The lollipop lady at the village school has a Merkel cell carcinoma.",
        [("DETAIL", "lollipop lady at the village school")],
    ),
    (
        "La boulangère de la place du marché, carcinome basocellulaire du nez.",
        [("DETAIL", "boulangère de la place du marché")],
    ),
    (
        "The injured goalkeeper from the derby: osteosarcoma, not a fracture.",
        [("DETAIL", "injured goalkeeper")],
    ),
    (
        "Le rugbyman blessé du match de samedi : chondrosarcome de grade 2.",
        [("DETAIL", "rugbyman blessé")],
    ),
    (
        "Mme Le\u200bGoff, 62 ans, carcinome épidermoïde de l'amygdale.",
        [("NAME", "Le\u200bGoff")],
    ),  # Round 3b, from the second blind corpus's kinds of misses (new phrasings, not its posts).
    ("F47 with a breast lump, core biopsy: invasive lobular carcinoma.", [("AGE", "47")]),
    ("Renal biopsy for a 14 mo old infant: congenital nephrotic syndrome.", [("AGE", "14 mo old")]),
    ("Lung FNA. Seventy-three, ex-smoker, from Kendal. TTF1 positive.", [("AGE", "Seventy-three")]),
    ("Bone marrow in a man who is eighty-nine and still working: CMML.", [("AGE", "eighty-nine")]),
    (
        "Health card OHIP 1234-567-890-AB on the requisition, skin punch.",
        [("ID", "1234-567-890-AB")],
    ),
    ("Frottis de mme rousseau : ASC-H, colposcopie conseillée.", [("NAME", "rousseau")]),
    ("Siobhan's cervical smear: HSIL, CIN3 on the LLETZ.", [("NAME", "Siobhan")]),
    (
        "Enfant de 4 ans évacué de Cayenne : biopsie ganglionnaire, Kikuchi.",
        [("LOCATION", "Cayenne")],
    ),
    (
        "Pte de Maripasoula, leishmaniose cutanée, amastigotes au Giemsa.",
        [("LOCATION", "Maripasoula")],
    ),
    (
        "Ancienne ostréicultrice de Marennes, mélanome de la joue.",
        [("DETAIL", "ostréicultrice de Marennes")],
    ),
    (
        "Brain from the Warriors quarterback: CTE stage II, p-tau at sulcal depths.",
        [("DETAIL", "Warriors quarterback")],
    ),
    (
        "Smoke inhalation in one of the victims of the hostel fire on Arran Island.",
        [("DETAIL", "victims of the hostel fire"), ("LOCATION", "Arran Island")],
    ),
    # Round 3c, from the third blind corpus's kinds of misses (new phrasings, not its posts).
    (
        "The only dentist in Kirkby Stephen had a lip SCC excised, margins clear.",
        [("DETAIL", "The only dentist in Kirkby")],
    ),
    (
        "Le seul notaire de Murat a un carcinome basocellulaire du nez.",
        [("DETAIL", "Le seul notaire de Murat")],
    ),
    (
        "Retired grazier from Charleville, 80yo, multiple BCCs on the scalp.",
        [("DETAIL", "grazier from Charleville")],
    ),
    (
        "Autopsie d'une des victimes de l'effondrement de l'immeuble de Lunel : écrasement thoracique.",
        [("DETAIL", "victimes de l'effondrement")],
    ),
    (
        "PM on one of the passengers from the M6 coach crash: traumatic aortic rupture.",
        [("DETAIL", "passengers from the M6 coach crash")],
    ),
    (
        "Mme Garnier, 81 ans, chambre 12, lit A : ponction pleurale, adénocarcinome TTF1+.",
        [("LOCATION", "lit A")],
    ),
    (
        "Label says *B7781200459* on the pot: colon polyp, tubular adenoma.",
        [("ID", "*B7781200459*")],
    ),
    (
        "Marrow block MT25-0412/3: hairy cell leukaemia, BRAF V600E positive.",
        [("ID", "MT25-0412/3")],
    ),
    (
        "Mr Obi had the kidney bx Thursday, PLA2R positive membranous nephropathy.",
        [("TIME", "Thursday")],
    ),
    (
        "Frozen section this arvo on a 61yo woman: borderline mucinous tumour.",
        [("TIME", "this arvo")],
    ),
    ("Biopsie chez Mme Şahin, 44 ans : maladie de Crohn iléale active.", [("NAME", "Şahin")]),
    ("pte marta kowalska 66F, biopsie gastrique : lymphome du MALT.", [("NAME", "marta kowalska")]),
    ("Les jumeaux, louis et sa sœur emma, 6 ans : neuroblastome bilatéral ?!", [("NAME", "emma")]),
    # Round 3d, from the fourth blind corpus's kinds of misses (new phrasings, not its posts).
    ("Mme Vanhove, de Dunkerque, 58 ans : mésothéliome épithélioïde.", [("LOCATION", "Dunkerque")]),
    (
        "Pilier de l'ASM Clermont : chondrosarcome de grade 2 de l'humérus.",
        [("DETAIL", "Pilier de l'ASM Clermont")],
    ),
    (
        "His tattoo « Mia 2011 forever » sits right in the melanoma excision.",
        [("DETAIL", "tattoo « Mia 2011 forever »")],
    ),
    (
        "PM on the victim of Sunday's barn fire near Skipton: soot in the airways.",
        [("DETAIL", "victim of Sunday's barn fire")],
    ),
    (
        "Rodney Pike, DOB 03/04/1950, renal mass: clear cell RCC, WHO/ISUP grade 2.",
        [("NAME", "Rodney Pike")],
    ),
    (
        "Two pots labelled with the surname Adeyemi, different first names. Check!",
        [("NAME", "Adeyemi")],
    ),
    (
        "Former dockworker at Tilbury, 71: mesothelioma on pleural biopsy.",
        [("DETAIL", "dockworker at Tilbury")],
    ),
    # Round 3e, from the fifth blind corpus's kinds of misses (new phrasings, not its posts).
    (
        "Party on the ward for Mrs Abbott, turning 100 on Sunday! Her skin biopsy: benign.",
        [("AGE", "100")],
    ),
    ("Report for PRICE, Eleanor, 84 Y: actinic keratosis, no invasion.", [("AGE", "84")]),
    (
        "big hugs to lily morgan, seven years old, Wilms tumour, favourable histology",
        [("NAME", "lily morgan")],
    ),
    ("#prayforemmajones 💜 her ependymoma is fully resected!", [("NAME", "#prayforemmajones")]),
    (
        "Referred from the Montreal General: Mrs Tremblay, follicular lymphoma grade 1-2.",
        [("LOCATION", "Montreal General")],
    ),
    (
        "Mx Alex Quinn, 31: gynaecomastia, florid type, in the mastectomy specimen.",
        [("NAME", "Alex Quinn")],
    ),
    ("This AM at the bench: a 44 yo with a huge ovarian mucinous tumour.", [("TIME", "This AM")]),
    (
        "Frozen 10 mins ago on Mrs Okoye: metastatic adenocarcinoma in the liver.",
        [("TIME", "10 mins ago")],
    ),
    (
        "PM on the ferryman from Lochaline: drowning, froth in the airways.",
        [("DETAIL", "ferryman from Lochaline")],
    ),
    (
        "Her back tattoo with her son's name sat right over the melanoma.",
        [("DETAIL", "tattoo with her son's name")],
    ),
    (
        "Résident du CHSLD Notre-Dame, 97 ans : ulcère de pression, ostéomyélite.",
        [("LOCATION", "CHSLD Notre-Dame")],
    ),
    # Round 3f, from the sixth blind corpus's kinds of misses (new phrasings, not its posts).
    (
        "Ninety-one and he still drives! Basal cell carcinoma of the nose, nodular.",
        [("AGE", "Ninety-one")],
    ),
    (
        "Exchange student at University of Bergen, 23: Kikuchi lymphadenitis.",
        [("LOCATION", "University of Bergen")],
    ),
    (
        "PM on the cyclist whose crash was all over the news: diffuse axonal injury.",
        [("DETAIL", "all over the news")],
    ),
    ("Shepherd from TD9 postcode on the form: orf, as suspected.", [("LOCATION", "TD9")]),
    (
        "Receveur de 61 ans hospitalisé en unité Curie 3 : rejet aigu humoral.",
        [("LOCATION", "unité Curie 3")],
    ),
    (
        "Lovely lady: she was my piano teacher in Oban. Lichen planus on the biopsy.",
        [("DETAIL", "she was my piano")],
    ),
    # round 8 (from the 7th blind corpus), new phrasings
    (
        "Examen extemporané vers 10h ce matin : goitre multinodulaire, rien de méchant.",
        [("TIME", "ce matin")],
    ),
    (
        "Bed 3 on the HDU, skin biopsy: leukocytoclastic vasculitis. Steroids started.",
        [("LOCATION", "HDU")],
    ),
    (
        "Chambre 18, service de gériatrie : biopsie d'artère temporale, artérite à cellules géantes.",
        [("LOCATION", "service de gériatrie")],
    ),
    (
        "Lit 4 de la réa médicale, LBA : pneumocystose, coloration de Grocott positive.",
        [("LOCATION", "réa médicale")],
    ),
    (
        "Look @tom_hadley_77 it's your dad's biopsy result: benign naevus, nothing to worry about!",
        [("CONTACT", "tom_hadley_77")],
    ),
    (
        "Le compte de sa fille @claire.morvan.off a publié la photo de la lésion : carcinome épidermoïde.",
        [("CONTACT", "claire.morvan.off")],
    ),
    (
        "Specimen S23-44120, block B2: perineural invasion present, please add levels.",
        [("ID", "B2")],
    ),
    (
        "mrs hughes from wexford, 80s, lentigo maligna on the cheek. typing on my phone",
        [("LOCATION", "wexford")],
    ),
    (
        "The gentleman who runs the village's only bakery had a lipoma removed. Classic!",
        [("DETAIL", "the village's only bakery")],
    ),
    (
        "La seule sage-femme de l'île a été opérée : tumeur de la granulosa de type adulte.",
        [("DETAIL", "La seule sage-femme de l'île")],
    ),
    (
        "Anatoli Petrenko, sixty-two, Glasgow Royal, mantle cell lymphoma with blastoid features.",
        [("NAME", "Anatoli Petrenko"), ("LOCATION", "Glasgow Royal")],
    ),
    (
        "The former governor everyone saw on the news had his thyroid out: follicular adenoma.",
        [("DETAIL", "former governor")],
    ),
    (
        "Le député de la circonscription nous a envoyé sa biopsie : lichen plan buccal.",
        [("DETAIL", "député de la circonscription")],
    ),
    (
        "Resection received on the 4th from theatre: sigmoid adenocarcinoma, pT2N0.",
        [("DATE", "on the 4th")],
    ),
    (
        "Biopsie reçue le jeudi 7/11 : maladie cœliaque, Marsh 3b. Mme Pottier soulagée.",
        [("DATE", "jeudi 7/11")],
    ),
    (
        "De garde ce week-end au CHU d'Angers, une appendicite avec tumeur neuroendocrine de 8 mm.",
        [("LOCATION", "CHU d'Angers")],
    ),
    (
        "mme le bihan 72a, mélanome de la muqueuse buccale, très pigmenté",
        [("NAME", "le bihan")],
    ),
    (
        "Famille Ratsimbazafy à Mamoudzou : deux frères avec la même cardiomyopathie hypertrophique.",
        [("NAME", "Ratsimbazafy")],
    ),
    (
        "Patiente de l'unité Les Tilleuls, biopsie : pemphigoïde bulleuse, IFD linéaire.",
        [("LOCATION", "unité Les Tilleuls")],
    ),
    (
        "Le violoniste Hugo Ferrant (celui de l'orchestre national) : dermatose de contact du cou.",
        [("DETAIL", "Le violoniste")],
    ),
    (
        "Autopsie : motard de 34 ans retrouvé au bord de la N165 après une sortie de route. Rupture aortique.",
        [("LOCATION", "N165")],
    ),
    (
        "Post-mortem on a lorry driver from the pile-up on the A66 near Brough: aortic transection.",
        [("LOCATION", "A66")],
    ),
    (
        "Interne en stage au CH de Cholet, biopsie hépatique ce matin : hépatite auto-immune.",
        [("LOCATION", "CH de Cholet"), ("TIME", "ce matin")],
    ),
    (
        "M. R., prof d'histoire au lycée de Morlaix : sarcoïdose sur la biopsie ganglionnaire.",
        [("DETAIL", "prof d'histoire")],
    ),
    (
        "Le cas du jour 14/10 : méningiome méningothélial chez une patiente de 58 ans.",
        [("DATE", "14/10"), ("AGE", "58 ans")],
    ),
    # round 9 (from the 8th blind corpus), new phrasings
    (
        "His sister left her address on the form: tom dot reilly at yahoo dot co dot uk. Melanoma, Breslow 2 mm.",
        [("CONTACT", "tom dot reilly at yahoo dot co dot uk")],
    ),
    (
        "La fille de la patiente a écrit : c.lebreton arobase orange point fr. Carcinome canalaire.",
        [("CONTACT", "c.lebreton arobase orange point fr")],
    ),
    (
        "Wedge resection from Ambleside's vicar: organising pneumonia, no tumour.",
        [("DETAIL", "Ambleside's vicar")],
    ),
    (
        "The biopsy came with a note: she's the medical director's mother. Benign naevus, no special treatment.",
        [("DETAIL", "medical director's mother")],
    ),
    (
        "Colon from the man who runs the corner shop on our street: adenocarcinoma, pT2.",
        [("DETAIL", "who runs the corner shop")],
    ),
    (
        "Biopsie du monsieur qui tient le bar-tabac de la place : carcinome épidermoïde de la lèvre.",
        [("DETAIL", "qui tient le bar-tabac")],
    ),
    (
        "Burns unit skin biopsy from the child injured in last week's Fenwick chemical plant explosion.",
        [("DETAIL", "injured in last week's Fenwick chemical plant explosion")],
    ),
    (
        "Patient hospital number KX2 310 884 on the slide label, visible in the photo. Reshoot please.",
        [("ID", "KX2 310 884")],
    ),
    (
        "Mesothelioma in a lagger who spent 30 years at the Harland Boiler Works, pleural biopsy.",
        [("LOCATION", "Harland Boiler Works")],
    ),
    (
        "Autopsie ce matin : le coureur de la course de samedi à Plouay, mort subite. Myocardite.",
        [("TIME", "ce matin"), ("DETAIL", "le coureur de la course de samedi")],
    ),
    (
        "Néphrectomie d'un patient suivi à Purpan : carcinome à cellules claires, grade 2.",
        [("LOCATION", "Purpan")],
    ),
    (
        "Jeune femme du quartier de Mirail, biopsie ganglionnaire : toxoplasmose.",
        [("LOCATION", "Mirail")],
    ),
    (
        "Vieil homme vivant seul à la ferme de Kerlouan-Vras, mélanome de la joue.",
        [("LOCATION", "Kerlouan-Vras")],
    ),
    (
        "Fiche de liaison : « MARTIN Paul – H72 – Cardio B ». Biopsie endomyocardique, amylose TTR.",
        [("AGE", "H72")],
    ),
    (
        "Polype du côlon, patient revu en consultation à Quimper mardi : adénome tubuleux.",
        [("TIME", "mardi")],
    ),
    (
        "Lymphome de Burkitt chez un élève du collège des Tilleuls, 12 ans.",
        [("LOCATION", "collège des Tilleuls")],
    ),
    (
        "Request form says Mrs Hale, Ivy Cottage, Marsh Lane. No DOB. Skin excision: SCC.",
        [("LOCATION", "Ivy Cottage"), ("LOCATION", "Marsh Lane")],
    ),
    (
        "Patiente transférée à Hautepierre pour la greffe : rejet cellulaire aigu, grade 1A.",
        [("LOCATION", "Hautepierre")],
    ),
    (
        "Lames revues de l'Hôtel-Dieu : sarcome synovial, SS18-SSX confirmé chez un patient de 30 ans.",
        [("LOCATION", "Hôtel-Dieu")],
    ),
    # round 10 (from the 9th blind corpus), new phrasings
    (
        "Bone marrow trephine sent over from m. achterberg, hip replacement last year, now pancytopenic.",
        [("NAME", "m. achterberg")],
    ),
    (
        "Frozen section on a chap who is 63 and farms sheep outside Builth Wells. Benign.",
        [("AGE", "63"), ("LOCATION", "Builth Wells")],
    ),
    (
        "Our gentleman is 71, lives just outside Saint-Flour, nodule on the scalp.",
        [("AGE", "71"), ("LOCATION", "Saint-Flour")],
    ),
    (
        "Grand-mère de la patiente au téléphone : elle suivait le dossier depuis Montbrison, 58 ans, mélanome.",
        [("AGE", "58 ans")],
    ),
    (
        "Seen in clinic: she was diagnosed with a phaeochromocytoma at 19 and now has a renal mass.",
        [("AGE", "19")],
    ),
    (
        "The Okafor sisters, both 38, both with BRCA2 breast cancer. Genetics clinic involved.",
        [("AGE", "38")],
    ),
    (
        "Biopsie rénale pour Maëlys, 9 ans, syndrome néphrotique corticorésistant.",
        [("NAME", "Maëlys"), ("AGE", "9 ans")],
    ),
    (
        "Skin punch for Tyrone, 27, lesion on the shin, looks like erythema nodosum.",
        [("NAME", "Tyrone")],
    ),
    (
        "Finnegan was seven when the rhabdomyosarcoma was found; the resection came to us last month.",
        [("NAME", "Finnegan"), ("AGE", "seven")],
    ),
    (
        "Liver biopsy for Mrs Ōkubo, a lovely lady, cirrhosis with a dysplastic nodule.",
        [("NAME", "Ōkubo")],
    ),
    (
        "Patient: K. Abernethy, colectomy for diverticulitis, nothing sinister.",
        [("NAME", "K. Abernethy")],
    ),
    ("Cervical sample LBC2514-0932 reported as HSIL, colposcopy booked.", [("ID", "LBC2514-0932")]),
    (
        "Pleural fluid from Mr Hale, accession C25-0 7 3 1 9, adenocarcinoma.",
        [("ID", "C25-0 7 3 1 9")],
    ),
    (
        "Liquide d'ascite de Mme Roux, numéro B25/0 3 4 4 2, carcinose péritonéale.",
        [("ID", "B25/0 3 4 4 2")],
    ),
    (
        "The patient's nan messaged me on Facebook about the biopsy. Her account: @nanna_pat_1948. Reported.",
        [("CONTACT", "@nanna_pat_1948")],
    ),
    (
        "La fille de Mme Tessier m'a écrit en MP pour les résultats. Pseudo @mamie_tessier44. Signalé.",
        [("CONTACT", "@mamie_tessier44")],
    ),
    (
        "Skin biopsy on an inmate from HMP Durham, escorted by two officers. Scabies.",
        [("LOCATION", "HMP Durham")],
    ),
    (
        "Biopsie d'un détenu de la maison d'arrêt de Fresnes : lymphome.",
        [("LOCATION", "maison d'arrêt de Fresnes")],
    ),
    ("Renal biopsy from a boy at Alder Hey, minimal change disease.", [("LOCATION", "Alder Hey")]),
    (
        "Nerve biopsy sent from the Kinross Centre: vasculitic neuropathy in a farmer.",
        [("LOCATION", "Kinross Centre")],
    ),
    (
        "Prélèvement du secrétariat de la Salpêtrière égaré, patiente de 52 ans, lymphome.",
        [("LOCATION", "Salpêtrière")],
    ),
    (
        "Cas pour les externes : myxome chez un boulanger de Pontarlier, 62 ans.",
        [("LOCATION", "Pontarlier")],
    ),
    (
        "EHPAD Les Mimosas à Parthenay : quatre résidents avec une gale croûtée sur biopsie.",
        [("LOCATION", "Les Mimosas")],
    ),
    (
        "Souvenir d'internat : Mme Dufresne descendait tous les ans de Saint-Amand-Montrond pour ses biopsies.",
        [("LOCATION", "Saint-Amand-Montrond")],
    ),
    (
        "The surgery in Nether Wallop sent a mole from Mr Pike without a form.",
        [("LOCATION", "Nether Wallop")],
    ),
    (
        "Coroner case: the woman pulled from the river near Pulteney Bridge after the New Year fireworks. Drowning.",
        [("DETAIL", "Pulteney Bridge")],
    ),
    (
        "Autopsie : l'homme repêché dans la Saône près du pont Bonaparte après le feu d'artifice du 14 juillet.",
        [("DETAIL", "pont Bonaparte")],
    ),
    (
        'Autopsy tattoo: an eagle across the chest with "Dazza 1979" underneath. ID made by the police.',
        [("DETAIL", "Dazza 1979")],
    ),
    (
        "Tatouage à l'autopsie : une rose sur l'avant-bras avec « Mimi 1968 » en dessous.",
        [("DETAIL", "Mimi 1968")],
    ),
    (
        "Biopsie du chef étoilé de l'auberge de Saint-Flour vu à la télé : simple naevus.",
        [("DETAIL", "chef étoilé")],
    ),
    (
        "Signed out 35 cases this morning, including a 19-year-old with a germ cell tumour.",
        [("TIME", "this morning")],
    ),
    # round 11 (from the 10th blind corpus), new phrasings
    (
        "Tough FNA, patient is siobhan mcardle, she teaches my kids at school.",
        [("NAME", "siobhan mcardle")],
    ),
    (
        "@ruth_runs_far thank you for letting me share your journey: her GIST was low risk.",
        [("CONTACT", "@ruth_runs_far")],
    ),
    (
        "Forensic thread: the fisherman found in the harbour below Whitby Abbey, PM done. Drowning.",
        [("DETAIL", "Whitby Abbey")],
    ),
    (
        "Quiet day in the mortuary: a man found in his barn near Ballymena. Carbon monoxide.",
        [("DETAIL", "Ballymena")],
    ),
    (
        "Second-opinion slides for our 95th birthday patient, Mrs Aldous: basal cell carcinoma.",
        [("AGE", "95th")],
    ),
    ("My friend's case: her uncle Desmond had a thymoma resected, type B2.", [("NAME", "Desmond")]),
    (
        'The pot was labelled "Brigid, 7 Quarry Row, Kilkeel" in biro.',
        [("LOCATION", "7 Quarry Row")],
    ),
    (
        'Triage note: pt is "sixty-four and lives alone on a narrowboat". Lung adenocarcinoma.',
        [("AGE", "sixty-four")],
    ),
    (
        "1/4 A case I won't forget.\n2/4 Seventy-one and still driving the school bus, presented with haematuria.",
        [("AGE", "Seventy-one")],
    ),
    (
        "Neonatal autopsy: baby boy Okafor, 34 weeks, chorioamnionitis confirmed.",
        [("NAME", "Okafor")],
    ),
    (
        'Label said "Jones T, 11/09/58, KB4-20931" and the form said something else.',
        [("ID", "KB4-20931")],
    ),
    (
        "ma pensée du jour va à tata simone, dont j'ai lu la biopsie de sein sans le savoir.",
        [("NAME", "simone")],
    ),
    (
        "Le patient vient de Morzine, guide de haute montagne, mélanome acral.",
        [("LOCATION", "Morzine")],
    ),
    (
        "Pour ma thèse, j'ai revu le dossier de M. Gaël Le Du, opéré à Carhaix d'un sarcome.",
        [("LOCATION", "Carhaix")],
    ),
    (
        "Noyé dans un étang, dépt 36, commune de Mézières-en-Brenne : autopsie demandée.",
        [("LOCATION", "36")],
    ),
    (
        "Dans ma commune (Saint-Martin-de-la-Porte), tout le monde connaît le boulanger qui a eu un lymphome.",
        [("LOCATION", "Saint-Martin-de-la-Porte")],
    ),
    (
        'A patient I followed for years, Declan Furlong, finished the Dublin marathon with "Thank You Pathology" on his vest.',
        [("NAME", "Declan Furlong")],
    ),
    (
        "Lung biopsy from the patient we saw last April, adenocarcinoma, EGFR exon 19.",
        [("DATE", "last April")],
    ),
    # round 12 (from the 11th blind corpus), new phrasings
    (
        "Emergency contact on the form: gwen (sister), mobile 07700 900 123.",
        [("NAME", "gwen"), ("CONTACT", "07700 900 123")],
    ),
    (
        "Personne à prévenir : martine (fille) 06 11 22 33 44, pour la biopsie.",
        [("NAME", "martine")],
    ),
    (
        "She came in with her grandson Alfie for the skin biopsy; BCC confirmed.",
        [("NAME", "Alfie")],
    ),
    (
        "Accompagnée de sa nièce Clémence pour la biopsie mammaire, carcinome lobulaire.",
        [("NAME", "Clémence")],
    ),
    (
        'Calls from relatives again. "Hello, I am Bronwen, my mum had a biopsy, can you email me the report?"',
        [("NAME", "Bronwen")],
    ),
    (
        "« Bonjour docteur, c'est Ginette, la sœur de la patiente, vous avez les résultats ? » Non.",
        [("NAME", "Ginette")],
    ),
    ("Pot labelled Kowalczyk arrived in cut-up with no request form.", [("NAME", "Kowalczyk")]),
    ("Tube étiqueté Guéguen sans bon de demande, on appelle le service.", [("NAME", "Guéguen")]),
    (
        "Said goodbye to Hamish, our longest-serving dialysis patient, at his autopsy this week.",
        [("NAME", "Hamish")],
    ),
    ("Skin excision from Radomír Šťastný: BCC, clear margins.", [("NAME", "Radomír Šťastný")]),
    (
        "Frozen section for Giuseppe Esposito, the theatre is waiting.",
        [("NAME", "Giuseppe Esposito")],
    ),
    (
        "Quiz case: 33M, Ballina, painless testicular mass. Your diagnosis?",
        [("AGE", "33M"), ("LOCATION", "Ballina")],
    ),
    (
        "Update thread: the young lad from Omagh with the mediastinal mass is in remission.",
        [("LOCATION", "Omagh")],
    ),
    (
        "Quiz of the week: a chap from Kendal with haematuria and a bladder mass.",
        [("LOCATION", "Kendal")],
    ),
    (
        "Teaching quiz: biopsie n° B25.11873, patiente de 64 ans, fibrose médullaire.",
        [("ID", "B25.11873"), ("AGE", "64 ans")],
    ),
    (
        "N° sécu sur le bon : 2850775123456 (clé illisible). Biopsie cutanée.",
        [("ID", "2850775123456")],
    ),
    (
        "Barcode 5 012345 678900 on the pot would not scan, so the specimen sat in reception.",
        [("ID", "5 012345 678900")],
    ),
    (
        "Biopsy from the landlord of the Red Lion in Kersey: squamous cell carcinoma.",
        [("DETAIL", "landlord of the Red")],
    ),
    (
        "Biopsie du nez de l'ancienne présentatrice du journal de France 3 Bretagne : simple carcinome basocellulaire.",
        [("DETAIL", "ancienne présentatrice")],
    ),
    (
        "Case conference: Mrs Ellery, Airedale General Hospital, serous carcinoma of the endometrium.",
        [("NAME", "Mrs Ellery"), ("LOCATION", "Airedale General Hospital")],
    ),
    # round 13 (from the 12th blind corpus), new phrasings
    (
        "Post-mortem on the spectator who collapsed during the cup semi-final at the weekend: HCM.",
        [("DETAIL", "collapsed during the cup semi-final")],
    ),
    (
        "Autopsie du cycliste tombé pendant la course de dimanche : rupture de l'aorte.",
        [("DETAIL", "tombé pendant la course")],
    ),
    (
        "Biopsie osseuse du gardien de but de l'équipe locale : ostéome ostéoïde.",
        [("DETAIL", "gardien de but de l'équipe locale")],
    ),
    (
        "Biopsy of the county hurling captain's shin lesion: osteoid osteoma.",
        [("DETAIL", "hurling captain")],
    ),
    (
        "PM on the only vet the valley has had in thirty years; cardiac tamponade.",
        [("DETAIL", "only vet the valley")],
    ),
    (
        "Biopsie de l'unique pharmacienne du bourg : mélanome in situ.",
        [("DETAIL", "unique pharmacienne du bourg")],
    ),
    (
        "Skin from the man whose koi pond was in the local paper, melanoma 1.4 mm.",
        [("DETAIL", "in the local paper")],
    ),
    (
        "Fibrome utérin de 11 kg reçu en macro ce matin, record du service.",
        [("DETAIL", "11 kg"), ("TIME", "ce matin")],
    ),
    ("The pot only said « patient : ginou » in marker pen, nothing else.", [("NAME", "ginou")]),
    (
        "Demande reçue : « défunt : bébert (nom inconnu) », retrouvé sur la voie publique.",
        [("NAME", "bébert")],
    ),
    ('Label on the bag: "Gaz (no surname)", found behind the bus station.', [("NAME", "Gaz")]),
    (
        "Relu le dossier de marie-thérèse : pas de lésion résiduelle, on respire.",
        [("NAME", "marie-thérèse")],
    ),
    (
        "pulled the file of niamh from the archive, same clone as her first biopsy",
        [("NAME", "niamh")],
    ),
    ("Władysław's frozen section came back benign, he can go home.", [("NAME", "Władysław")]),
    (
        "Found dupont_marie_CR_final.pdf on the desktop of the shared PC.",
        [("NAME", "dupont_marie")],
    ),
    (
        "Someone emailed sarah_kowalski_biopsy.jpg to the whole department 🙈",
        [("NAME", "sarah_kowalski")],
    ),
    ("Hosp no 4410297 is still on the slide label, please re-label.", [("ID", "4410297")]),
    (
        "N° de dossier 1 2 . 3 4 . 5 6 . 7 8 recopié à la main sur le pot.",
        [("ID", "1 2 . 3 4 . 5 6 . 7 8")],
    ),
    (
        "Trois biopsies cutanées du pavillon Charcot pour la même patiente, toutes mal étiquetées.",
        [("LOCATION", "pavillon Charcot")],
    ),
    (
        "the cat-shaped cyst? that was mrs k, the retired florist. scan clear now",
        [("NAME", "mrs k")],
    ),
    ("Coroner's referral: 41, female, found at home, no history.", [("AGE", "41")]),
    (
        "Brought in after a fall on Sunday the 9th, the PM showed a subdural.",
        [("DATE", "Sunday the 9th")],
    ),
    (
        "Our trust's own chief executive let me share this: his gallbladder was full of stones.",
        [("DETAIL", "trust's own chief executive")],
    ),
    (
        "Case for the residents: 8 months, abdominal mass, small round blue cells. Diagnosis?",
        [("AGE", "8 months")],
    ),
    ("Quiz #pathclues : 9 mois, masse surrénalienne, neuroblastome ?", [("AGE", "9 mois")]),
    (
        "extempo vue tt a l'heure, foie stéatosique, le chir voulait savoir",
        [("TIME", "tt a l'heure")],
    ),
    (
        "74yo, Richter transformation? Saw the slides this evening, thoughts welcome.",
        [("AGE", "74yo"), ("TIME", "this evening")],
    ),
    (
        "Patiente de Korhogo, adressée pour relecture : lymphome de Burkitt.",
        [("LOCATION", "Korhogo")],
    ),
    ("Biopsie reçue de Thiès, carcinome épidermoïde du col, HPV positif.", [("LOCATION", "Thiès")]),
    (
        "Our team turned a Whipple around in 48 hours for a fisherman from Bantry before his boat left.",
        [("LOCATION", "Bantry")],
    ),
    ("Biopsie hépatique de Lannion reçue, typage en cours.", [("LOCATION", "Lannion")]),
    (
        "Homme retrouvé inanimé près de la gare Saint-Roch, autopsie demain.",
        [("LOCATION", "gare Saint-Roch")],
    ),
    (
        "She drove in from Leeds this morning for her biopsy; benign naevus.",
        [("LOCATION", "Leeds"), ("TIME", "this morning")],
    ),
    (
        "Il a fait le trajet Morlaix-Brest ce matin pour sa biopsie prostatique.",
        [("TIME", "ce matin")],
    ),
    (
        "Collapsed outside Castle Park station; the PM showed a ruptured aneurysm.",
        [("LOCATION", "Castle Park station")],
    ),
    ("Deceased: Rab (surname unknown), picked up behind the Barras market.", [("NAME", "Rab")]),
    # round 14 (from the 13th blind corpus), new phrasings
    (
        "Thanks to everyone at St Columba's who looked after my mum, her lymphoma is in remission.",
        [("LOCATION", "St Columba's")],
    ),
    (
        "Patient lives off Quarry Rd behind the old creamery; mesothelioma on the pleural biopsy.",
        [("LOCATION", "Quarry Rd")],
    ),
    (
        "Mrs. P, 71, retired teacher, incidental GIST on her CT.",
        [("NAME", "Mrs. P"), ("AGE", "71")],
    ),
    (
        "Her brother had an osteosarcoma at twelve and he is now 19 and studying medicine.",
        [("AGE", "19")],
    ),
    (
        "She delivered at Providence East and the placenta came to us: chorangioma.",
        [("LOCATION", "Providence East")],
    ),
    (
        "Reminded me of my pt Kenji T., 24, necrotizing lymphadenitis.",
        [("NAME", "Kenji T."), ("AGE", "24")],
    ),
    (
        "Frozen on pt Amara Osei this morning: benign.",
        [("NAME", "Amara Osei"), ("TIME", "this morning")],
    ),
    (
        "Chemo round 4 done for my dad, lymphoma shrinking 💪 #GerryStrong",
        [("NAME", "GerryStrong")],
    ),
    (
        "Encounter FIN 77-4410-902 has the wrong side on the requisition, biopsy on hold.",
        [("ID", "77-4410-902")],
    ),
    (
        "Yes we have the thyroid of the sports anchor from Channel 4 News, no I won't say more.",
        [("DETAIL", "sports anchor from Channel 4 News")],
    ),
    (
        "Biopsie de l'animatrice de Radio Kreiz Breizh, je n'en dirai pas plus.",
        [("DETAIL", "animatrice de Radio Kreiz Breizh")],
    ),
    ("on call 2nite, got a 3 day old with a cardiac mass", [("TIME", "2nite")]),
    (
        "She says home is past the old Kilbride water tower; venous stasis on the punch.",
        [("LOCATION", "Kilbride water tower")],
    ),
    (
        "Il vit derrière le calvaire de Saint-Hernin, biopsie cutanée : carcinome basocellulaire.",
        [("LOCATION", "calvaire de Saint-Hernin")],
    ),
    ("the eighty-nine y/o lady with the fungating breast mass", [("AGE", "eighty-nine y/o")]),
    (
        "Grandad's Merkel cell was diagnosed on Boxing Day 2024, he's fine now.",
        [("DATE", "Boxing Day 2024")],
    ),
    ("Ma tante a appris son lymphome le soir de Noël 2025, elle va bien.", [("DATE", "Noël 2025")]),
    ("grossing an AKA, patient's name Donnelly scrawled on the lid", [("NAME", "Donnelly")]),
    (
        "Patient aged 66 lives by himself in Badger's Hollow, fungating breast mass.",
        [("LOCATION", "Badger's Hollow")],
    ),
    (
        "paitent Gerald Smyth (sic) 61yr - UIP on the wedge",
        [("NAME", "Gerald Smyth"), ("AGE", "61yr")],
    ),
    ("3/14 bx: T.R., nodular BCC, margins clear", [("DATE", "3/14")]),
    (
        "The woman dressed as a pirate who fainted at the Harbour festival: myocarditis on the PM.",
        [("DETAIL", "fainted at the Harbour festival")],
    ),
    (
        "Le joueur du FC Lesneven qui a fait un malaise samedi : CMH à l'autopsie.",
        [("DETAIL", "joueur du FC Lesneven")],
    ),
    (
        "The label reads QQTEST, PAUL but he is a real patient on 5 South, don't bin the pot.",
        [("LOCATION", "5 South")],
    ),
    (
        "Mon père (91 ans) a eu un mélanome, les dermatos de Quimper ont été géniaux.",
        [("AGE", "91 ans"), ("LOCATION", "Quimper")],
    ),
    ("Patiente domiciliée 4 impasse des Mouettes, 56100, mésothéliome.", [("LOCATION", "56100")]),
    (
        "@mimi_du_56 merci d'avoir dit oui pour que je montre les lames de ta fille",
        [("CONTACT", "mimi_du_56")],
    ),
    (
        "Il était le seul boulanger de l'île de Batz, adénocarcinome pulmonaire.",
        [("DETAIL", "seul boulanger de l'île de Batz")],
    ),
    (
        "He was the only baker on Inishbofin, adenocarcinoma of the lung.",
        [("DETAIL", "only baker on Inishbofin")],
    ),
    (
        "Résidente de 98 ans de l'EHPAD Les Glycines à Guingamp : rien de particulier à l'autopsie.",
        [("LOCATION", "Guingamp")],
    ),
    ("extempo sur un bb de 5 semaines, neuroblastome", [("AGE", "5 semaines")]),
    (
        "Le curé de la paroisse de Plonéour : carcinome de la lèvre.",
        [("DETAIL", "curé de la paroisse de Plonéour")],
    ),
    (
        "La gardienne du phare de Ploumanac'h : mélanome acral.",
        [("DETAIL", "gardienne du phare de Ploumanac'h")],
    ),
    (
        "Bref, Lulu (le diminutif de Lucienne) va mieux, merci à tous pour vos messages",
        [("NAME", "Lulu"), ("NAME", "Lucienne")],
    ),
    (
        "Bex (short for Rebecca) is home after her surgery, thanks for the kind words",
        [("NAME", "Bex"), ("NAME", "Rebecca")],
    ),
    (
        "Her blog, mysarcomastory.com, has my whole report on it 😬",
        [("CONTACT", "mysarcomastory.com")],
    ),
    (
        "Sa cagnotte (aidonsmarie.fr) raconte tout son parcours, CR compris.",
        [("CONTACT", "aidonsmarie.fr")],
    ),
    ("Homme retrouvé à Plogonnec, autopsie demain matin.", [("LOCATION", "Plogonnec")]),
    (
        "The man in the Santa suit who collapsed at the Riverside parade: aortic dissection.",
        [("DETAIL", "collapsed at the Riverside parade")],
    ),
    (
        "I grew up in Ballina, like the man whose melanoma I signed out today.",
        [("LOCATION", "Ballina"), ("TIME", "today")],
    ),
    # round 15 (from the 14th blind corpus), new phrasings
    (
        "Mam had her colonoscopy at Craigavon last week and still no biopsy result, her lymphoma team won't say.",
        [("LOCATION", "Craigavon")],
    ),
    (
        "Everyone in lilac for the wee man today #TeamArchieDoyle #PrayForArchie",
        [("NAME", "TeamArchieDoyle")],
    ),
    (
        "Found Nowak_K_block3_CD20.svs on the shared drive, who scanned this with the name on?",
        [("NAME", "Nowak_K")],
    ),
    ("kowalski_a_HE_x10.ndpi traîne sur le serveur des internes 😬", [("NAME", "kowalski_a")]),
    (
        "Core taken Wed 3rd, the report went out Fri 5th. Not bad for a prostate.",
        [("DATE", "Fri 5th")],
    ),
    (
        "Mon père a été biopsié le jeudi 12, on attend toujours le résultat du lymphome.",
        [("DATE", "jeudi 12")],
    ),
    (
        "The NHS number on the request (485 777 3457) does not match the one on the pot, biopsy on hold.",
        [("ID", "485 777 3457")],
    ),
    (
        "Yes the Taoiseach's brother-in-law's frozen was ours; no, I won't say what it showed.",
        [("DETAIL", "Taoiseach's brother")],
    ),
    (
        'Old Mick "the Hat" from the flats had his PEG and the gastric bx is MALT.',
        [("NAME", "Mick")],
    ),
    (
        "@TraineeAmy it was the Donnelly case from last spring, the one with the collision tumour.",
        [("NAME", "Donnelly")],
    ),
    (
        "Le dossier Kerbrat de l'an dernier, tu te souviens ? même clone sur la biopsie.",
        [("NAME", "Kerbrat")],
    ),
    (
        "The tube says O'Keefe, the form says O'Keeffe, the LIS says Keefe 🙃 rejected.",
        [("NAME", "O'Keeffe"), ("NAME", "Keefe")],
    ),
    (
        "Mum has been in Wexford General since the weekend waiting for her marrow biopsy.",
        [("TIME", "since the weekend")],
    ),
    (
        "My husband Dan was told three weeks ago that it's a sarcoma. What does grade 2 mean?",
        [("TIME", "three weeks ago")],
    ),
    (
        "Transferred from the Royal Vic with a 'lymphoma' that was Kikuchi on review.",
        [("LOCATION", "Royal Vic")],
    ),
    (
        "HENDERSON, PAULINE — block 3 in the wrong cassette again, who cut this?",
        [("NAME", "HENDERSON, PAULINE")],
    ),
    (
        "Adeyemi, Kwabena — 61 y/o — lung FNA: adenocarcinoma, TTF-1 positive.",
        [("NAME", "Adeyemi, Kwabena")],
    ),
    (
        "Frozen on the All Blacks flanker who retired in spring: benign, relax.",
        [("DETAIL", "All Blacks flanker")],
    ),
    (
        "The FNA came from Korle Bu Teaching Hospital with no clinical details at all.",
        [("LOCATION", "Korle Bu Teaching Hospital")],
    ),
    (
        "Une patiente de septante-deux ans, nodule thyroïdien, Bethesda IV.",
        [("AGE", "septante-deux ans")],
    ),
    (
        "Mon grand-père a huitante-cinq ans et une biopsie de prostate positive.",
        [("AGE", "huitante-cinq ans")],
    ),
    (
        "à soir on a reçu la pièce d'un monsieur de Rimouski, carcinome urothélial.",
        [("TIME", "à soir")],
    ),
    ("Tantôt à la macro : un rein de 2 kg chez une dame de Namur.", [("TIME", "Tantôt")]),
    (
        "Toute l'équipe de l'hémato de Clocheville pense à toi Jules, courage pour la greffe !",
        [("LOCATION", "hémato de Clocheville")],
    ),
    (
        "La patiente est l'épouse du bourgmestre de Spa, donc discrétion absolue.",
        [("DETAIL", "bourgmestre de Spa")],
    ),
    (
        "mon cousin yanis 31a on a eu le CR, c'est un lymphome, qlq1 peut traduire ?",
        [("AGE", "31a")],
    ),
    (
        "Demande : « ROUX Paulette, née LE GALL, DDN 03.02.1941 » et le pot dit autre chose.",
        [("NAME", "LE GALL")],
    ),
    (
        "Vous savez si l'extempo de lundi c'était l'humoriste qui a annulé sa tournée ? Je ne dirai rien.",
        [("DETAIL", "humoriste qui a annulé sa tournée")],
    ),
    (
        "She asked me to tag her: @knitting.nan.44 — her sentinel node is clear!!",
        [("CONTACT", "@knitting.nan.44")],
    ),
    (
        "Elle m'a dit de la taguer, @lulu.crochete, son curetage est bénin 🎉",
        [("CONTACT", "@lulu.crochete")],
    ),
    (
        "Mme Le Corre (ou Le Core ? ou Lecorre ?) : trois orthographes, on renvoie tout.",
        [("NAME", "Le Core"), ("NAME", "Lecorre")],
    ),
    ("Patient, 41M, Dharavi, fever and nodes: TB on the FNA.", [("LOCATION", "Dharavi")]),
    # round 16 (from the 15th blind corpus), new phrasings
    (
        "Uncle Kofi finally got his prostate biopsy result, Gleason 3+3, active surveillance 🙏",
        [("NAME", "Kofi")],
    ),
    ("Nanna Joan's bowel screening biopsy came back clear, such a relief!", [("NAME", "Joan")]),
    ("Mamie Odette a eu sa biopsie du sein, c'est bénin !", [("NAME", "Odette")]),
    ("Tonton Freddy est sorti, le lymphome est en rémission 💪", [("NAME", "Freddy")]),
    ("Little Oscar's neuroblastoma biopsy showed favourable histology 💙", [("NAME", "Oscar")]),
    ("Priya is only 24 and the node came back as Hodgkin.", [("NAME", "Priya"), ("AGE", "24")]),
    ("He'll be 91 next month and the TURP chips show prostate cancer.", [("AGE", "91")]),
    (
        "My uncle (Desmond), 63, was told the lung biopsy shows squamous carcinoma.",
        [("NAME", "Desmond"), ("AGE", "63")],
    ),
    (
        "Biopsie d'une 52a de Tourcoing, carcinome canalaire infiltrant.",
        [("AGE", "52a"), ("LOCATION", "Tourcoing")],
    ),
    ("ajd g vu un lymphome chez une dame de 80 ans", [("TIME", "ajd"), ("AGE", "80 ans")]),
    (
        "Her scan was done at Sunnybrook and the biopsy confirmed a GIST.",
        [("LOCATION", "Sunnybrook")],
    ),
    (
        "Transferred to the Peter Mac for her sarcoma resection next week.",
        [("LOCATION", "Peter Mac")],
    ),
    (
        "Notre fils est suivi à Sainte-Justine pour son ostéosarcome.",
        [("LOCATION", "Sainte-Justine")],
    ),
    ("Elle a été opérée à l'IGR en mars, et la récidive est déjà là.", [("LOCATION", "IGR")]),
    (
        "Mum's at the Alfred with a bowel obstruction and the biopsy says lymphoma.",
        [("LOCATION", "Alfred")],
    ),
    (
        "Biopsy done at Groote Schuur, the report says Kaposi sarcoma.",
        [("LOCATION", "Groote Schuur")],
    ),
    (
        "Shoutout to Dubbo ED for sending the appendix with zero clinical details 🙄",
        [("LOCATION", "Dubbo ED")],
    ),
    (
        "My cousin in Kampala had a breast biopsy and they say it is phyllodes.",
        [("LOCATION", "Kampala")],
    ),
    (
        "Son mari appelle depuis Bamako pour avoir le résultat de la biopsie.",
        [("LOCATION", "Bamako")],
    ),
    (
        "He collapsed on Anzac Day 2025 and the PM showed a ruptured aneurysm.",
        [("DATE", "Anzac Day 2025")],
    ),
    ("Her MRN is 4471209, can someone chase the histology?", [("ID", "4471209")]),
    (
        "Heartfelt thanks to the family of Bryn Lloyd-Evans for agreeing to the post-mortem.",
        [("NAME", "Bryn Lloyd-Evans")],
    ),
    ("The Nowicki family sent flowers to the lab after the frozen section.", [("NAME", "Nowicki")]),
    ("Shania's placenta showed villitis of unknown etiology.", [("NAME", "Shania")]),
    (
        "We got the appendix of the bloke who ate forty pies at the Wigan fair. Normal, obviously.",
        [("DETAIL", "the bloke who ate forty pies at the Wigan fair")],
    ),
    (
        "On a eu le ganglion de la dame qui a gagné Koh-Lanta, je n'en dis pas plus.",
        [("DETAIL", "la dame qui a gagné Koh-Lanta")],
    ),
    (
        "Her husband (Marco), 47, says the biopsy report mentions 'atypia'. Should he worry?",
        [("NAME", "Marco"), ("AGE", "47")],
    ),
    ("R.T., 58 F, ovarian mass, serous borderline on the frozen.", [("AGE", "58")]),
    (
        "Please share 🙏 my sister Dana needs a stem cell donor. Any questions, message @danas_big_bro",
        [("CONTACT", "@danas_big_bro")],
    ),
    ("Mme R. chbr 7, sa fille rappelle pour la biopsie.", [("LOCATION", "chbr 7")]),
    (
        "La femme du patient du lit 12 en cardio veut le résultat de la biopsie.",
        [("LOCATION", "cardio")],
    ),
    (
        "Mon fils Théo (8 mois) a eu une biopsie de peau, résultat : mastocytome.",
        [("AGE", "8 mois")],
    ),
    ("Prayers for tommy, his marrow biopsy shows relapse 💔", [("NAME", "tommy")]),
    # round 17 (from the 16th blind corpus), new phrasings
    (
        "So proud of Mereana, cancer-free for three years now, the whole Starship haematology team came to her party 🎈",
        [("LOCATION", "Starship")],
    ),
    (
        "Plot twist: the frozen on my desk belongs to our own hospital chief executive. Benign.",
        [("DETAIL", "hospital chief executive")],
    ),
    (
        "Cholangiocarcinoma in a 29yo who won the Cork City Marathon in June. Brutal.",
        [("DETAIL", "won the Cork City Marathon")],
    ),
    (
        "Thyroid FNA on a famous Leinster Rugby winger this morning, Bethesda II, relax.",
        [("DETAIL", "famous Leinster Rugby winger")],
    ),
    (
        "Tamati's gallbladder had a 2 cm adenocarcinoma in it, nobody expected that.",
        [("NAME", "Tamati")],
    ),
    ("pt ID KRX-882104, re-excision margins clear at last.", [("ID", "KRX-882104")]),
    (
        "Kumasi surgeons sent us the mastectomy with no laterality marked 🙃",
        [("LOCATION", "Kumasi")],
    ),
    (
        "Saw #MrJonesBowelCa trending in the hospital group chat. Please delete it.",
        [("NAME", "MrJonesBowelCa")],
    ),
    (
        "Our former pt @gavs_garden_gnomes shared his path report publicly, please don't quote-tweet it.",
        [("CONTACT", "@gavs_garden_gnomes")],
    ),
    ("HER2 3+ on the core. Okafor fam, we're all thinking of you.", [("NAME", "Okafor")]),
    (
        "Le pavillon Lapeyronie nous a encore envoyé un pot sans nom, ascite chyleuse.",
        [("LOCATION", "pavillon Lapeyronie")],
    ),
    (
        "Ma fille Jade (4 ans) a été opérée à l'hôpital Necker, le ganglion était réactionnel 🙏",
        [("NAME", "Jade"), ("LOCATION", "Necker")],
    ),
    ("Qui peut revoir le bloc B2614408 avec moi ? Lymphome ou pas ?", [("ID", "B2614408")]),
    (
        "Des parents dont l'enfant a la même tumeur ? Écrivez-nous, @papa_de_noa_2022",
        [("CONTACT", "@papa_de_noa_2022")],
    ),
    (
        "Un monsieur avec le tatouage des armoiries de la ville sur le torse : carcinome épidermoïde.",
        [("DETAIL", "tatouage des armoiries de la ville")],
    ),
    ("Mme Tremblay-Roy, 71 a., carcinome canalaire, HER2 négatif.", [("AGE", "71 a.")]),
    (
        "Biopsie du présentateur de la radio locale : lymphome folliculaire, il va bien.",
        [("DETAIL", "présentateur de la radio locale")],
    ),
    (
        "Sur l'étiquette : « VOISIN Jeanne - IPP 00771234 - 3960 Sierre », biopsie de sein.",
        [("LOCATION", "3960 Sierre")],
    ),
    (
        "L'étiquette dit « MOREAU L. - n° dossier 2026-11872 - Perpignan », pot vide.",
        [("LOCATION", "Perpignan")],
    ),
    (
        "Core biopsy from a famous Toulouse rugby fly-half... sorry, a well-known Stade Toulousain pitcher, I mean player: fibroadenoma.",
        [("DETAIL", "well-known Stade Toulousain pitcher")],
    ),
    (
        "Encore un flacon sans nom envoyé par l'aile Garonne, liquide pleural trouble.",
        [("LOCATION", "aile Garonne")],
    ),
    (
        "Sur la demande : « PERRIN Odile — née le 03.04.1950 — 1700 Fribourg », frottis cervical.",
        [("LOCATION", "1700 Fribourg")],
    ),
    (
        "Étiquette du pot : « LEROY M. - IPP 88123456 - Narbonne », biopsie gastrique.",
        [("LOCATION", "Narbonne")],
    ),
    (
        "Mon mari Karim a été opéré d'un sarcome à l'hôpital Édouard-Herriot, on attend la suite.",
        [("LOCATION", "Édouard-Herriot")],
    ),
    # round 18 (from the 17th blind corpus), new phrasings
    (
        "Big thanks to the night techs who stained M. Okoro's marrow so fast 🙌",
        [("NAME", "M. Okoro")],
    ),
    (
        "Wrong file on the projector: « frozen_DUPUIS_Marc_120325.svs » 🙈",
        [("NAME", "DUPUIS_Marc")],
    ),
    (
        "Alhaji Bello (79) from Kano sent his own slides for review, prostate adenocarcinoma.",
        [("NAME", "Bello")],
    ),
    ("Please pray for Amara's recovery, the biopsy confirmed Burkitt.", [("NAME", "Amara")]),
    (
        "Eighty-seven and still driving herself to clinic until the week of the biopsy.",
        [("AGE", "Eighty-seven")],
    ),
    ("19 yr male from Kochi, testicular mass, seminoma on the orchidectomy.", [("AGE", "19 yr")]),
    (
        "My granny is 93 and they just found a melanoma on her shin. Is surgery worth it?",
        [("AGE", "93")],
    ),
    ("NICU at the Rotunda: 3 mo with a liver mass, hepatoblastoma on the core.", [("AGE", "3 mo")]),
    ("Ma petite-fille de 5 mois a une biopsie de peau demain, on a peur.", [("AGE", "5 mois")]),
    (
        "Ma fille Léna a 6 ans et on vient d'apprendre un neuroblastome, Trousseau, chambre 12.",
        [("AGE", "6 ans"), ("LOCATION", "Trousseau")],
    ),
    (
        "Transferred to Royal Papworth for the lung biopsy, results next week.",
        [("LOCATION", "Royal Papworth")],
    ),
    (
        "Ma mère est en cardio au 2e étage de Bichat, ses résultats de biopsie arrivent quand ?",
        [("LOCATION", "Bichat")],
    ),
    ("le patient du lit 6 de l'UHCD a un pneumothorax spontané", [("LOCATION", "UHCD")]),
    ("OP no. 2025/OP/11842, 30F, breast lump, fibroadenoma.", [("ID", "2025/OP/11842")]),
    (
        "Health card 5512-903-118-AB was printed on the requisition again 🙄",
        [("ID", "5512-903-118-AB")],
    ),
    (
        "La demande portait le numéro national 72.11.05-214.61 en gros 😶",
        [("ID", "72.11.05-214.61")],
    ),
    (
        "n° AVS 756.1234.5678.97 sur la demande de cytologie, on anonymise s'il vous plaît.",
        [("ID", "756.1234.5678.97")],
    ),
    ('req says "BRENNAN K dob 150447" and the pot says BRENNAN C', [("DATE", "150447")]),
    (
        "the specimen was couriered to the pt's home, Eircode D08 F7K2, not the lab",
        [("LOCATION", "D08 F7K2")],
    ),
    ("tmrw's MDT: the sarcoma from Tuam, still no margins", [("TIME", "tmrw")]),
    ("Frozen this avo on a 52 y/o from Alice Springs, clear margins.", [("TIME", "this avo")]),
    (
        "Admitted overnight with a perforation, the resection shows diverticulitis.",
        [("TIME", "overnight")],
    ),
    ("Zordi nou té ni on biopsie rénale chez un monsieur de 48 ans, lupus.", [("TIME", "Zordi")]),
    (
        "ya 3 jours on a reçu la pièce, un GIST de 8 cm chez une dame de 70 ans",
        [("TIME", "ya 3 jours")],
    ),
    (
        "Trabecular bone of the retired hurling umpire from Thurles: Paget's, not mets.",
        [("DETAIL", "hurling umpire from Thurles")],
    ),
    (
        "We got the arm of the jockey trampled by a horse at Cheltenham: compartment syndrome.",
        [("DETAIL", "the jockey trampled by a horse at Cheltenham")],
    ),
    (
        "Guess whose mole it was? He kicked the winning penalty in the Heineken Cup final. Benign.",
        [("DETAIL", "kicked the winning penalty in the Heineken Cup final")],
    ),
    (
        "That lymph node belongs to the woman who went viral for her wedding dance. Reactive.",
        [("DETAIL", "went viral")],
    ),
    (
        'tattoo on his back reads "FOREVER MAUREEN 1962-2020 KILKENNY BOYS" and the PM was for a stab wound',
        [("DETAIL", "FOREVER MAUREEN 1962-2020 KILKENNY BOYS")],
    ),
    (
        "My wife's scan results came back, please follow her journey on IG @aoife_vs_hodgkin",
        [("CONTACT", "@aoife_vs_hodgkin")],
    ),
    (
        "saw @martin_beats_it's prostate bx today, he'd already posted the PSA",
        [("CONTACT", "@martin_beats_it")],
    ),
    # round 19 (from the 18th blind corpus), new phrasings
    (
        "SO PROUD OF AUNTIE ABENA, HER MASTECTOMY MARGINS ARE CLEAR!!! THANK YOU KOMFO ANOKYE",
        [("NAME", "ABENA"), ("LOCATION", "KOMFO ANOKYE")],
    ),
    (
        "Thread 🧵 1/ Maeve was 31 when she felt the lump. 2/ The core showed lobular carcinoma.",
        [("NAME", "Maeve"), ("AGE", "31")],
    ),
    (
        "Bloc étiqueté LEFEBVRE Jeannine 04/07/1958 retrouvé dans la salle de cours, rangez vos lames.",
        [("NAME", "LEFEBVRE Jeannine"), ("DATE", "04/07/1958")],
    ),
    (
        "On the cassette: MORRISON-TAYLOR H23-1187, please check before embedding.",
        [("NAME", "MORRISON-TAYLOR")],
    ),
    (
        "Fichier « lambert_anne-sophie_col_ASC+H.svs » sur le drive du service…",
        [("NAME", "lambert_anne")],
    ),
    (
        "Mme Le Roux (« appelez-moi Loulou ») nous a apporté des macarons pour la fin de sa chimio.",
        [("NAME", "Loulou")],
    ),
    (
        "Please share: Mr Obi, bed 4, Male Surgical Ward, LUTH Lagos needs blood. Histology: Burkitt.",
        [("LOCATION", "Male Surgical Ward")],
    ),
    (
        "Mrs Adeyemi is on Florence Nightingale Ward after her Whipple, the histology is back.",
        [("LOCATION", "Florence Nightingale Ward")],
    ),
    (
        "Her biopsy was done at KATH Kumasi, and the report says DCIS.",
        [("LOCATION", "KATH Kumasi")],
    ),
    (
        "MY DAD'S SCAN WAS CLEAR!!! THANK YOU EVERYONE AT THE CHRISTIE AND AT WYTHENSHAWE",
        [("LOCATION", "WYTHENSHAWE")],
    ),
    (
        "Biopsie ganglionnaire faite au CHL, résultats : lymphome de Hodgkin. Mon père a 62 ans.",
        [("LOCATION", "CHL")],
    ),
    (
        "Poor lad, the cyclist who was knocked off on the 15 route on Friday: we got his spleen.",
        [("DETAIL", "the cyclist who was knocked off on the 15 route")],
    ),
    (
        "Quiz: 29 yo F, new naevus under her koi-and-lotus tattoo on the back. Thoughts?",
        [("DETAIL", "her koi-and-lotus tattoo")],
    ),
    (
        "Siobhán (17), plays hurling for the Kilkenny minors, aneurysmal bone cyst of the tibia.",
        [("DETAIL", "plays hurling for the Kilkenny minors")],
    ),
    (
        "📍 Saint-Jean-de-Luz : 58 ans, surfeur, mélanome du dos, Breslow 2 mm.",
        [("LOCATION", "Saint-Jean-de-Luz")],
    ),
    (
        "Sur la demande, le matricule 1982 1103 456 12 en clair, on floute svp.",
        [("ID", "1982 1103 456 12")],
    ),
    ("Frozen yday on a 57 y/o, clear margins, nice save.", [("TIME", "yday")]),
    (
        "Saw her at the weekend at the family barbecue; her biopsy came back benign.",
        [("TIME", "at the weekend")],
    ),
    # round 20 (from the 19th blind corpus), new phrasings
    ("Desmoid again on the chest wall, and the poor lad is only 16 😞", [("AGE", "16")]),
    ("Thyroid FNA back for my cousin, she only 19 and it's papillary 😢", [("AGE", "19")]),
    (
        "Anyone reviewed the slides for K. Ndlovu? The clinic at Chris Hani Baragwanath keeps calling about the HER2.",
        [("NAME", "K. Ndlovu"), ("LOCATION", "Chris Hani Baragwanath")],
    ),
    (
        "Auntie Joy's lumpectomy was done at UHWI, the report says DCIS and she's terrified",
        [("LOCATION", "UHWI")],
    ),
    (
        "Scanning error on the bench: labels 3104-2287-6650 and 3104-2287-6605 got swapped on two breast cores",
        [("ID", "3104-2287-6650"), ("ID", "3104-2287-6605")],
    ),
    (
        "The teacher we biopsied on Friday called me. 47, triple-negative, starts chemo next week.",
        [("AGE", "47")],
    ),
    (
        "Slide label still shows IP no. GMC/IPD/25/004712, please redact before the MDT deck goes out",
        [("ID", "GMC/IPD/25/004712")],
    ),
    (
        "Transferred from Foothills with a 6 cm retroperitoneal mass, a 44yo man.",
        [("LOCATION", "Foothills")],
    ),
    ("Dermpath Q: is this a Spitz on wee Noah's cheek (9)? Accession D26-30118.", [("AGE", "9")]),
    (
        "Mastectomy for my aunt (74) at Hutt Hospital, margins 1 mm, is that enough?",
        [("AGE", "74")],
    ),
    (
        "Grossed a foot that came in on Boxing Day from ward 7, gangrene to the ankle.",
        [("DATE", "Boxing Day")],
    ),
    (
        "HOW DOES A FINGER ARRIVE UNLABELLED ON NEW YEAR'S DAY?? MRS OKAFOR DESERVES BETTER",
        [("DATE", "NEW YEAR'S DAY")],
    ),
    (
        "the fifty-one yr old from timaru with the 'cyst' is a myxoid liposarcoma, MDM gonna be fun",
        [("LOCATION", "timaru")],
    ),
    ("FNA of the uncle 97... no wait, he's 98 now. Warthin, classic.", [("AGE", "97")]),
    (
        "Screenshot of the PAS still had initials R.O'D in the corner, blur before you post",
        [("NAME", "R.O'D")],
    ),
    (
        "Keep an eye on the twins' slides: Taiwo and Kehinde both have sickle cell nephropathy.",
        [("NAME", "Taiwo"), ("NAME", "Kehinde")],
    ),
    (
        "Request form: 'Name: O'SULLIVAN-BRADY, Fionnuala | MRN 7741203 | Ward: Lavender'",
        [("LOCATION", "Lavender")],
    ),
    (
        "Lab notice: the sample for Mrs K. Tanaka (UR 4417290) arrived without a form.",
        [("ID", "UR 4417290")],
    ),
    (
        "pt oluwaseun in bed C-12 still waiting on his flow, cd20 pending",
        [("NAME", "oluwaseun"), ("LOCATION", "bed C-12")],
    ),
    (
        "Can someone call Mr Dlamini's daughter back about the biopsy? She's been waiting since Thursday",
        [("TIME", "since Thursday")],
    ),
    (
        "Melanoma on the scalp of a 61-year-old farmer from County Mayo, Breslow 3 mm.",
        [("LOCATION", "County Mayo")],
    ),
    (
        "Signed out a skin biopsy on a gentleman who's still golfing at 97, BCC, margins clear.",
        [("AGE", "97")],
    ),
    (
        "Her lumpectomy was a fortnight back and the margins only came through now.",
        [("TIME", "a fortnight back")],
    ),
    (
        "So happy for Mr Mulligan on St Anne's ward, his biopsy is benign!",
        [("LOCATION", "St Anne's ward")],
    ),
    (
        "Biopsie rénale reçue hier soir du CHU Nord Réunion, homme de 52 ans, GEM.",
        [("TIME", "hier soir"), ("LOCATION", "CHU Nord Réunion")],
    ),
    (
        "Deuxième avis pour le CHL : femme de 54 ans de Dudelange, mésothéliome.",
        [("LOCATION", "CHL")],
    ),
    (
        "Ma tante (66 ans) attend son résultat de biopsie depuis dix jours à Étampes, c'est long.",
        [("TIME", "depuis dix jours")],
    ),
    (
        "Autopsie mercredi d'un jeune de 19 ans, mort subite. Il jouait en régional à l'AS Vitré.",
        [("TIME", "mercredi"), ("DETAIL", "jouait en régional à l'AS Vitré")],
    ),
    (
        "Patiente de 70 ans vivant au Gosier, biopsie cutanée : carcinome basocellulaire.",
        [("LOCATION", "Gosier")],
    ),
    (
        "Homme de 41 ans, sans domicile, bien connu de tout le quartier de Belleville : endocardite.",
        [("DETAIL", "connu de tout le quartier")],
    ),
    ("Le chir veut le compte rendu de la lame B26-11873 pour cet aprem.", [("TIME", "cet aprem")]),
    (
        "Adressée de 97310 Kourou pour un nodule thyroïdien, 52 ans, Bethesda IV.",
        [("LOCATION", "97310 Kourou")],
    ),
    (
        "Quiz du lundi : F45, nodule hépatique découvert à Ajaccio le mois dernier. Diagnostic ?",
        [("AGE", "F45"), ("LOCATION", "Ajaccio"), ("TIME", "le mois dernier")],
    ),
    (
        "Not saying who, but the drummer from the band that closed Glastonbury had his tonsils out with us",
        [("DETAIL", "the band that closed Glastonbury")],
    ),
    (
        "Homme de 33 ans, biopsie ganglionnaire, il habite le quartier des Izards à Toulouse.",
        [("LOCATION", "quartier des Izards")],
    ),
    # round 21 (from the 20th blind corpus), new phrasings
    (
        "Nearly swapped two cassettes this morning. The patient was K. Whitcombe, for the record, it's sorted.",
        [("NAME", "K. Whitcombe")],
    ),
    (
        "Lab rejected the repeat sample for MRN 00318874 again, fourth time this week.",
        [("TIME", "this week")],
    ),
    (
        "PM on the young lad who played in goal for the parish under-16s and saved the penalty in the county final.",
        [("DETAIL", "saved the penalty")],
    ),
    (
        "Sending love to our little fighter on Rainbow ward, her Wilms tumour margins are clear",
        [("LOCATION", "Rainbow ward")],
    ),
    ("Frozen on mrs. hargreaves took an hour, theatre 4 was fuming", [("LOCATION", "theatre 4")]),
    (
        "Slide labelled KATH/PATH/1187/25, classic Burkitt, please review.",
        [("ID", "KATH/PATH/1187/25")],
    ),
    (
        "Biopsy from Korle Bu Teaching Hosp: Kaposi sarcoma in a 33-year-old.",
        [("LOCATION", "Korle Bu Teaching Hosp")],
    ),
    (
        "UHID PGI-2025-0044871 on the HPE request, TB granulomas again.",
        [("ID", "PGI-2025-0044871")],
    ),
    (
        "Our patient, a nurse at Kaiser Fresno, spotted her own melanoma early.",
        [("LOCATION", "Kaiser Fresno")],
    ),
    (
        "The decedent's forearm tattoo read 'Gone fishing 2011 - Dad', pigment in the nodes again.",
        [("DETAIL", "Gone fishing 2011 - Dad")],
    ),
    ("Nana Beryl is ninety-six and just had a BCC off her nose, legend.", [("AGE", "ninety-six")]),
    (
        "The pot label said 'P. Okonjo-Adeyemi, bed 14'. Everything else was blank.",
        [("NAME", "P. Okonjo-Adeyemi")],
    ),
    (
        "Ward nurse asked about priya's biopsy, and yes I know @priya_runs_far follows me, hi priya",
        [("NAME", "priya")],
    ),
    ("Medicare card 4417 28390 2 photocopied on the request again.", [("ID", "4417 28390 2")]),
    (
        "Patient de 72 ans, Sept-Îles, nodule pulmonaire. Réponse du quiz demain !",
        [("LOCATION", "Sept-Îles")],
    ),
    (
        "Mme R., que tout le service appelle « la Comtesse », a 99 ans et un mélanome.",
        [("NAME", "la Comtesse")],
    ),
    (
        "biopsie de marie-hélène ce matin, carcinome canalaire, elle qui ne fumait jamais",
        [("NAME", "marie-hélène")],
    ),
    ("52a ♂, Namur, tumeur de Warthin bilatérale.", [("AGE", "52a")]),
    (
        "Ma belle-sœur est passée sous mon microscope, adénocarcinome. Le monde est petit, Lons-le-Saunier encore plus.",
        [("LOCATION", "Lons-le-Saunier")],
    ),
    (
        "Lame de M. Kerbrat égarée entre Morlaix et Landerneau, si quelqu'un la retrouve.",
        [("LOCATION", "Morlaix"), ("LOCATION", "Landerneau")],
    ),
    (
        "La chanteuse du groupe qui a joué au festival du Bout du Monde a un lymphome, je n'en dis pas plus.",
        [("DETAIL", "groupe qui a joué au festival du Bout du Monde")],
    ),
    (
        "Nouveau-né de 3 jours, tératome cervical, maternité de Treichville. #Abidjan",
        [("LOCATION", "Abidjan")],
    ),
    # round 22 (from the 21st blind corpus), new phrasings
    (
        "Chondrosarcoma in the knee of a 20yo Leinster academy rugby player, grade 2.",
        [("DETAIL", "Leinster academy rugby player")],
    ),
    (
        "Won't name names, but the drummer of a certain Galway band headlining the Olympia next month has a very sad liver.",
        [("DETAIL", "band headlining the Olympia")],
    ),
    (
        "Her BCC is out and she still runs the flower stall at the Sunday market in Kinsale, legend",
        [("DETAIL", "runs the flower stall at the Sunday market")],
    ),
    (
        "62M, retired Garda inspector from Athlone, EBV+ DLBCL on the node core.",
        [("DETAIL", "retired Garda inspector from Athlone")],
    ),
    (
        'The pot was labelled "R. Oduya / H26-00412" and held a gallbladder, not an appendix.',
        [("NAME", "R. Oduya")],
    ),
    (
        "The RAMQ is LEBB 5504 2219 on the faxed form, the name was cut off.",
        [("ID", "LEBB 5504 2219")],
    ),
    (
        'Everyone on the ward knows "Auntie Bee" and her scan was clear today!',
        [("NAME", "Auntie Bee")],
    ),
    (
        "Our patient is the tram driver on the number 3 line, lovely man, nodular melanoma.",
        [("DETAIL", "tram driver on the number 3 line")],
    ),
    ("Consult from Mulago, 31 y male, Kaposi sarcoma of the palate.", [("AGE", "31 y")]),
    (
        "pt name dubrovsky (or dubrowski? handwriting) in bed 9, the cytology shows adenocarcinoma",
        [("NAME", "dubrovsky"), ("NAME", "dubrowski")],
    ),
    (
        "A patient I will never forget: Philomena, a 68-year-old seamstress, who knitted the whole lab scarves.",
        [("NAME", "Philomena")],
    ),
    (
        "Told a mum from Toxteth this afternoon that her boy's tumour is a Wilms.",
        [("LOCATION", "Toxteth")],
    ),
    (
        "What a case — ninety-six and still gardening every day, and her melanoma is in situ.",
        [("AGE", "ninety-six")],
    ),
    ("MDT list for Dec 3: 1. OKORO, Grace, MRN 7740012, breast core.", [("DATE", "Dec 3")]),
    (
        "Fourth mesothelioma from Asbestos, QC this year, all of them from the same mine.",
        [("LOCATION", "Asbestos, QC")],
    ),
    (
        "Il a travaillé 25 ans à la filature de Roubaix, amiante partout dans les poumons.",
        [("DETAIL", "filature de Roubaix")],
    ),
    (
        "Leptospirose chez un pêcheur de Saint-Gilles de 45 ans, insuffisance rénale aiguë.",
        [("DETAIL", "pêcheur de Saint-Gilles")],
    ),
    (
        "Allez voir le compte @lea_contre_le_cancer, c'est une de mes patientes, elle est incroyable.",
        [("CONTACT", "@lea_contre_le_cancer")],
    ),
    (
        "Patient de 22 ans, étudiant à l'INSA de Lyon, lymphome de Hodgkin scléronodulaire.",
        [("DETAIL", "étudiant à l'INSA de Lyon")],
    ),
    (
        "Bébé de 4 mois en réa, sa maman dort dans le couloir depuis mardi.",
        [("TIME", "depuis mardi")],
    ),
    (
        "la dame du lit 6 aux urgences de cherbourg a 87 ans et un mélanome",
        [("LOCATION", "cherbourg")],
    ),
    # round 23 (from the 22nd blind corpus), new phrasings
    (
        'Kia ora! "Nanny Ruth" (as the whole ward at Rotorua Hospital calls her) is finally home.',
        [("LOCATION", "Rotorua Hospital")],
    ),
    (
        "Send-out from Whitehorse General Hospital came back as ALCL, ALK-negative.",
        [("LOCATION", "Whitehorse General Hospital")],
    ),
    (
        "Twin boys from Armidale, 6 and 8, both with Spitz naevi on the same cheek. Familial?",
        [("AGE", "6"), ("AGE", "8")],
    ),
    ("Her report (BX-4471-C) is framed on our wall, she insisted.", [("ID", "BX-4471-C")]),
    (
        "The girl from Ballyfermot with the 'cyst' turned out to have a dysgerminoma. 15. Gutted.",
        [("AGE", "15")],
    ),
    (
        "Aga Khan, Karachi - 44 F from Hyderabad, medullary thyroid carcinoma, calcitonin sky-high.",
        [("AGE", "44 F")],
    ),
    (
        "Joy from the Thursday clinic, your colon biopsies are clear and I am so happy for you!",
        [("NAME", "Joy")],
    ),
    (
        "Please share: my patient's son Jun-Ho needs a bone marrow donor, call 0412 555 980.",
        [("NAME", "Jun-Ho")],
    ),
    (
        "Doing my elective at Chris Hani Bara and this morning we saw a 29-year-old with cryptococcal lymphadenitis.",
        [("LOCATION", "Chris Hani Bara")],
    ),
    (
        "Core from a 4yo (Alder Hey): neuroblastoma, poorly differentiated.",
        [("LOCATION", "Alder Hey")],
    ),
    (
        "MDT list:\n1) Kavanagh – Gleason 4+4\n2) O'Dwyer – pT2",
        [("NAME", "Kavanagh"), ("NAME", "O'Dwyer")],
    ),
    (
        "The bloke who won Best Pumpkin at the Tullamore show has a lovely BCC.",
        [("DETAIL", "won Best Pumpkin at the Tullamore show")],
    ),
    (
        "Maman Nkosi, 58 ans, qui vend du poisson devant la gare depuis trente ans, adénocarcinome gastrique.",
        [("NAME", "Nkosi"), ("DETAIL", "qui vend du poisson devant la gare")],
    ),
    (
        "Les infirmières l'appellent « la mamie du 5e », 94 ans, mélanome de la joue.",
        [("NAME", "la mamie du 5e")],
    ),
    ("Mon patient « Jojo », ancien docker, mésothéliome confirmé.", [("NAME", "Jojo")]),
    (
        "chambre 4, mme garnier, ch 218 pour son voisin, les deux biopsies sont prêtes",
        [("LOCATION", "ch 218")],
    ),
    (
        "Relecture du prélèvement de chez R. Lefebvre : mélanome in situ, pas un Spitz.",
        [("NAME", "R. Lefebvre")],
    ),
    (
        "Regardez ce ganglion de Chloé (elle est d'accord pour que je poste), Hodgkin classique.",
        [("NAME", "Chloé")],
    ),
    ("Dossier de M. Orsini envoyé par Bastia, les lames sont cassées.", [("LOCATION", "Bastia")]),
    (
        "Cliniques universitaires de Lubumbashi : enfant de 7 ans, lymphome de Burkitt.",
        [("LOCATION", "Cliniques universitaires de Lubumbashi")],
    ),
    ("M. Grandjean du Gosier, 72 ans, carcinome basocellulaire du nez.", [("LOCATION", "Gosier")]),
    (
        "C'est le champion départemental de pétanque 2024, il m'a montré sa médaille avant la biopsie.",
        [("DETAIL", "champion départemental de pétanque 2024")],
    ),
    # round 24 (from the 23rd blind corpus), new phrasings
    (
        "Melioidosis in a 7-year-old girl from the Torres Strait Islands, diagnosed in 36 h.",
        [("LOCATION", "Torres Strait Islands")],
    ),
    (
        "Unlabelled pot from theatre 2, MRN on the form RX4471920, please call the lab.",
        [("ID", "RX4471920")],
    ),
    ('my patient "lil dave" on the 3rd floor finally agreed to the biopsy', [("NAME", "lil dave")]),
    ('Who saved "ODonnell_Aoife_PDL1_x40.svs" on the shared drive?', [("NAME", "ODonnell_Aoife")]),
    (
        "Lung wedge from the Zurich city councillor who was on the news after the tram crash, benign.",
        [("DETAIL", "city councillor")],
    ),
    ("Aga Khan MR# 551-20-14 on the requisition, FNAC pending.", [("ID", "551-20-14")]),
    ('Filename "patel_r_19720811_FNA.pdf" left on the desktop.', [("DATE", "19720811")]),
    ("IPP 4412098 : la PBH de mardi 9 n'est toujours pas relue.", [("DATE", "mardi 9")]),
    (
        "Ancienne pâtissière de la rue des Halles à Dinan, 81 ans, mélanome acral.",
        [("DETAIL", "pâtissière de la rue des Halles")],
    ),
    ("URGENT : LE BOCAL DE M. ROUX (CARDIO 2E ÉTAGE) A DISPARU", [("LOCATION", "CARDIO 2E ÉTAGE")]),
    (
        "Tout le monde l'appelle Papy Louis au 3e C, il a 96 ans et un carcinome basocellulaire.",
        [("LOCATION", "3e C")],
    ),
    (
        "Il habite montée Saint-Barthélemy, à deux pas de l'hôpital, et son mélanome a récidivé.",
        [("LOCATION", "montée Saint-Barthélemy")],
    ),
    ("Demande reçue d'Erasme sans étiquette, IPP 00188421, je bloque.", [("LOCATION", "Erasme")]),
    (
        "Exhumation : décédée le 4-IX-2023, Mme Kervella, biopsie cutanée post-mortem.",
        [("DATE", "4-IX-2023")],
    ),
    # round 25 (from the 24th blind corpus), new phrasings
    ("Signed out a Wilms today, the kiddo is only 4, from Lisburn.", [("AGE", "4")]),
    (
        "Mrs T. in clinic again, 96 and still walks to the bus stop every morning. BCC clear.",
        [("AGE", "96")],
    ),
    (
        "Big thanks to Priya (23) for letting me share her slides, classic Hodgkin.",
        [("NAME", "Priya")],
    ),
    (
        "Declan agreed to let me use his photos for the teaching set, HHV8+ Kaposi.",
        [("NAME", "Declan")],
    ),
    (
        "Nodal FNA on a 68 yo from coffs harbour, metastatic melanoma.",
        [("LOCATION", "coffs harbour")],
    ),
    (
        "Unknown for the residents: 54 F, Tamale -> leiomyosarcoma of the uterus.",
        [("LOCATION", "Tamale")],
    ),
    (
        "Frozen at AIIMS Patna just now: Smt. Savitri Kumari, 45 yr female, mucinous tumour.",
        [("NAME", "Smt. Savitri Kumari")],
    ),
    ("Our 9-year-old Burkitt from Kano (Emeka) is in remission!", [("NAME", "Emeka")]),
    (
        'The nurses call her "Duchess Di" because of the pearls. 91, anal melanoma.',
        [("NAME", "Duchess Di")],
    ),
    (
        "Got a DM from @sean.kelly.82 asking about his mother's frozen section. No.",
        [("CONTACT", "@sean.kelly.82")],
    ),
    (
        "The skier who crashed at the Kitzbühel World Cup: his knee is a synovial sarcoma, not trauma.",
        [("DETAIL", "crashed at the Kitzbühel World Cup")],
    ),
    (
        "Le chauffeur de taxi de la ligne Adjamé-Plateau est revenu, Kaposi étendu.",
        [("DETAIL", "chauffeur de taxi de la ligne Adjamé-Plateau")],
    ),
    ("Quelqu'un a le dossier de Mme Peeters ? C'est LBX-448207 je crois.", [("ID", "LBX-448207")]),
    (
        "Fiers de notre équipe : diagnostic en 24 h pour un pêcheur de Douarnenez de 61 ans.",
        [("DETAIL", "pêcheur de Douarnenez")],
    ),
    (
        "Lames reçues de l'Hôpital régional de Kara : enfant de 6 ans, Burkitt.",
        [("LOCATION", "Hôpital régional de Kara")],
    ),
    ("Le dossier CHU-SO 2025/0871 doit être relu avant lundi.", [("ID", "CHU-SO 2025/0871")]),
    # round 26 (from the 25th blind corpus), new phrasings
    (
        "The nephew keeps calling about the FNAC, his number is 0321-5552190, please ring him back.",
        [("CONTACT", "0321-5552190")],
    ),
    ("Frozen on a thirty-one y/o man in invercargill, CDH1 sent.", [("LOCATION", "invercargill")]),
    (
        "Gastric bx from the skipper of the Arran ferry: H. pylori gastritis.",
        [("DETAIL", "skipper of the Arran ferry")],
    ),
    (
        "pt initials K.L., D.O.B. 3/9/61, St John's Ranelagh: anyone seen this?",
        [("LOCATION", "St John's Ranelagh")],
    ),
    ("Dear Oonagh (you know who you are, bed 9), your biopsy is benign!", [("NAME", "Oonagh")]),
    (
        "Les lames de la députée de la 2e circonscription du Finistère sont passées chez nous.",
        [("DETAIL", "députée de la 2e circonscription")],
    ),
    ("Ce midi à l'UZ Gent, un Warthin chez un homme de 80 ans.", [("LOCATION", "UZ Gent")]),
    ("Notre patiente de 5️⃣2️⃣ ans a eu son diagnostic confirmé.", [("AGE", "5️⃣2️⃣ ans")]),
    # round 27 (from the 26th blind corpus), new phrasings
    (
        "Thank you to @sally_beats_sarcoma for letting me share her story with the residents!",
        [("CONTACT", "@sally_beats_sarcoma")],
    ),
    (
        "Merci à @papa_de_lina de m'avoir autorisé à partager le dossier de sa fille.",
        [("CONTACT", "@papa_de_lina")],
    ),
    (
        "Nantes : IPP 80012874 sur une étiquette oubliée en salle de macro, c'est à qui ?",
        [("LOCATION", "Nantes")],
    ),
    ("Mme Kaci 79a de saint-fons, adénocarcinome gastrique, on s'y attendait.", [("AGE", "79a")]),
    (
        "IPP 7712004, M. Durand, cardio A lit 4, la biopsie est partie sans bon.",
        [("LOCATION", "cardio A")],
    ),
    (
        "Her ABHA health ID 14-2231-9087-5521 was on the slide label, blurred it now.",
        [("ID", "14-2231-9087-5521")],
    ),
    (
        "Req had only the Medicare number (3310 24871 2) on it, nothing else.",
        [("ID", "3310 24871 2")],
    ),
    (
        "Dad Themba slept in the corridor all night; his son's biopsy shows Burkitt.",
        [("NAME", "Themba")],
    ),
    # round 28 (from the 27th blind corpus), new phrasings
    (
        "Spoke to the family, the Whitakers, about the PM findings: aortic dissection.",
        [("NAME", "the Whitakers")],
    ),
    (
        "La famille, les Lemarchand, a été reçue après l'autopsie : dissection aortique.",
        [("NAME", "les Lemarchand")],
    ),
    (
        "#TeamNoah 💙 osteosarcoma, week 6 of MAP. 14 and still cracking jokes on the ward.",
        [("AGE", "14")],
    ),
    ("#TeamInès 💜 leucémie, 3e cure. 12 ans et un moral d'acier.", [("AGE", "12 ans")]),
    (
        "@jess_runs_again said I could share her scans 🙏 Ewing of the pelvis, one year clear.",
        [("CONTACT", "@jess_runs_again")],
    ),
    (
        "@lea_vs_sarcome m'a autorisée à publier sa radio, ostéosarcome du tibia.",
        [("CONTACT", "@lea_vs_sarcome")],
    ),
    (
        "His daughter says the lump appeared around Boxing Day and has grown fast since; core biopsy sent.",
        [("DATE", "Boxing Day")],
    ),
    (
        "Sa femme dit que la toux a commencé vers le lundi de Pâques, biopsie bronchique faite.",
        [("DATE", "lundi de Pâques")],
    ),
    (
        "Requisition photo: patient's name (Ekwueme, Chidinma) in full on the pot, please relabel.",
        [("NAME", "Ekwueme, Chidinma")],
    ),
    (
        "Post-op he was moved to HDU overnight with a falling Hb; the frozen showed a GIST.",
        [("TIME", "overnight")],
    ),
    (
        "The family sent 37405-9988776-1 on WhatsApp as his card number, the block can't go without it.",
        [("ID", "37405-9988776-1")],
    ),
    (
        "Case for the board: 62F, Tobermory, lighthouse keeper, 3 cm parotid lump.",
        [("DETAIL", "lighthouse keeper")],
    ),
    (
        "Dossier RCP : 58 ans, F, Belle-Île, ostréicultrice, nodule thyroïdien de 2 cm.",
        [("DETAIL", "ostréicultrice")],
    ),
    (
        "Mr Fitzgerald (93) said he'd outlived three GPs and a bishop. Killarney men are tough.",
        [("LOCATION", "Killarney")],
    ),
    (
        "Mme Quéré (94 ans) refuse la coloscopie, « j'ai vu pire ». Concarneau pour toujours.",
        [("LOCATION", "Concarneau")],
    ),
    (
        "Only pathologist for 80 miles around Paris, Texas; this morning's biopsy was the sheriff's.",
        [("LOCATION", "Paris, Texas")],
    ),
    (
        "Mercy St. Vincent's sent us block H24-5521 without a form, who do I ring?",
        [("LOCATION", "Mercy St. Vincent's")],
    ),
    ("Le prélèvement de Mme Texier est arrivé du bloc 5 sans étiquette.", [("LOCATION", "bloc 5")]),
    (
        "Specimen from theatre 4 arrived unlabelled, Mr Okafor's colectomy.",
        [("LOCATION", "theatre 4")],
    ),
    (
        "Ma voisine (Josette, 14 rue des Lilas) voulait que je lise son compte rendu de biopsie.",
        [("NAME", "Josette")],
    ),
    (
        "My neighbour (Bernie, two doors down) asked me to explain his biopsy report over the fence.",
        [("NAME", "Bernie")],
    ),
    (
        "Félicitations à Inès, la fille de M. Traoré (lit 9), reçue en médecine pendant sa radiothérapie.",
        [("NAME", "Inès")],
    ),
    (
        "Well done Callum, Mr Reid's grandson, who passed his driving test during grandad's chemo.",
        [("NAME", "Callum")],
    ),
    (
        "L'extempo de ce matin concernait le proviseur du lycée, tout le monde le saura d'ici ce soir.",
        [("DETAIL", "proviseur du lycée")],
    ),
    (
        "This morning's frozen was the headmistress of the village primary school.",
        [("DETAIL", "headmistress of the village primary school")],
    ),
    (
        "Rumour on the residents' chat: the lead singer of that boy band who cancelled the tour is on our haem ward.",
        [("DETAIL", "lead singer of that boy band")],
    ),
    (
        "Au CHUV, l'agriculteur de 81 ans de Chandolin (chambre 12) nous a apporté du fromage. Mésothéliome.",
        [("LOCATION", "Chandolin")],
    ),
    (
        "« 60 ans, F, Wallis-et-Futuna, institutrice, nodule de 3 cm » : exactement ce qu'il ne faut pas poster.",
        [("LOCATION", "Wallis-et-Futuna")],
    ),
    (
        "Sur WhatsApp : « le rugbyman du XV de France est en réa au CHU de Toulouse » — stop.",
        [("LOCATION", "CHU de Toulouse")],
    ),
    # round 28, written after the fixes of the blind corpus's remaining posts (new phrasings)
    (
        "My sister's friend Ysolde Tremayne has just been diagnosed with a sarcoma at Ninewells, please share.",
        [("NAME", "Ysolde Tremayne")],
    ),
    (
        "Ward round update: Bed 4 (Okoro) moved to HDU overnight after a bleed, biopsy deferred.",
        [("TIME", "overnight")],
    ),
    (
        "Only pathologist for 60 miles in Lander, Wyoming; today's frozen was the fire chief's wife.",
        [("LOCATION", "Lander, Wyoming")],
    ),
    (
        "Formation : ne jamais écrire « 47 ans, H, Ouessant, gardien du phare, masse de 4 cm » sur un réseau.",
        [("LOCATION", "Ouessant")],
    ),
    (
        "La patronne du seul café de Saint-Agrève est hospitalisée en onco, tout le bourg le sait.",
        [("DETAIL", "patronne du seul café")],
    ),
    (
        "Stage à Sion : le vigneron de 84 ans de Chermignon, chambre 5, m'a offert une bouteille. Mésothéliome.",
        [("LOCATION", "Chermignon")],
    ),
    # a town known by its short name (GeoNames' short names, a known gap): Chamonix-Mont-Blanc
    (
        "Melanoma on the calf of a 52-year-old ski instructor, lives near Chamonix.",
        [("LOCATION", "Chamonix")],
    ),
    (
        "Adénocarcinome gastrique chez une femme de 77 ans, suivie près de Carhaix.",
        [("LOCATION", "Carhaix")],
    ),
    # round 29 (from the 28th blind corpus), new phrasings
    (
        "Her parents drove in from Lethbridge last night; 3-year-old, Wilms tumour confirmed.",
        [("TIME", "last night")],
    ),
    (
        "Cervical smear from the Gugulethu clinic: HSIL. Thandeka is 31 with three kids.",
        [("AGE", "31")],
    ),
    (
        "@dad_of_rayan m'a écrit en privé au sujet de la biopsie de son fils, je ne réponds pas ici.",
        [("CONTACT", "@dad_of_rayan")],
    ),
    (
        "A patient sent a photo of his mole to our generic inbox from @mo_fishes_galway on Instagram.",
        [("CONTACT", "@mo_fishes_galway")],
    ),
    (
        "Le fichier « B2024-5531_PAS_x40.tif » est sur le drive, avec le nom du patient dedans 🙈",
        [("ID", "B2024-5531")],
    ),
    (
        "Label *HX2409912-02* unreadable again, typed it by hand for Mrs Quinn's biopsy.",
        [("ID", "*HX2409912-02*")],
    ),
    (
        "CR no. 2024-0051123 on the form doesn't match the folder, records please help",
        [("ID", "2024-0051123")],
    ),
    (
        "Carcinoïde de l'appendice chez le présentateur de la météo régionale, 5 mm, rien de grave.",
        [("DETAIL", "présentateur de la météo régionale")],
    ),
    (
        "An Oscar-winning actress had her thyroid nodule biopsied here. Benign. Nothing more from me.",
        [("DETAIL", "Oscar-winning actress")],
    ),
    (
        "Seminoma in a 24-year-old who plays for the county football team, stage I.",
        [("DETAIL", "plays for the county football team")],
    ),
    ("Whipple on an 88-year-old out of Castlebar, frail but fine.", [("LOCATION", "Castlebar")]),
    (
        "The patient's name on the cassette is BRENNAN K and the form says BRENAN, hold it.",
        [("NAME", "BRENNAN K")],
    ),
    (
        "biopsy from tom walsh (he's my cousin's son lol), naevus or melanoma?",
        [("NAME", "tom walsh")],
    ),
    # round 30 (from the 29th blind corpus), new phrasings
    (
        "Bone marrow trephine from Adaeze — she's my best friend's daughter, so I asked a colleague to report it.",
        [("DETAIL", "my best friend")],
    ),
    (
        "Frozen section on the archbishop of the region this afternoon, everyone in theatre very quiet.",
        [("DETAIL", "archbishop of the region")],
    ),
    (
        "Biopsie gastrique de l'évêque du diocèse, gastrite à Helicobacter.",
        [("DETAIL", "évêque du diocèse")],
    ),
    (
        "Scanned slide saved as S24-00817_mcgregor_CK7.svs on the shared drive, please rename it.",
        [("NAME", "mcgregor")],
    ),
    (
        "Renamed the file from martin_1961-07-03_biopsy.pdf before anyone saw it.",
        [("DATE", "1961-07-03")],
    ),
    (
        "Collapsed at home Christmas Day, dead by New Year's Eve; the PM showed a ruptured aneurysm.",
        [("DATE", "New Year's Eve")],
    ),
    (
        "Triplets, 5 days old, delivered at the Coombe last Tuesday; one placenta shows chorangiosis.",
        [("TIME", "last Tuesday")],
    ),
    (
        "External examination this evening: a rose tattoo wrapping around the name LUCY on the right calf.",
        [("TIME", "this evening"), ("DETAIL", "tattoo wrapping")],
    ),
    (
        "Mr K. from the Handsworth surgery keeps sending smears in the wrong pots.",
        [("LOCATION", "Handsworth")],
    ),
    (
        "Naledi K., 29, Khayelitsha - cone biopsy with CIN3 at the margin.",
        [("LOCATION", "Khayelitsha")],
    ),
    (
        "His PPSN 1234567T is written on every cassette, this has to stop.",
        [("ID", "PPSN 1234567T")],
    ),
    (
        "Madam, biopsy of Sunita ji from Rohini is ready, please inform the surgeon.",
        [("NAME", "Sunita")],
    ),
    (
        "The boy from the viral 'skateboard fail' video came in with an osteosarcoma. Say no more.",
        [("DETAIL", "viral 'skateboard fail' video")],
    ),
    (
        "Cette pièce est celle de Mme Garnier, la cadre nous a prévenus ce matin.",
        [("NAME", "Mme Garnier")],
    ),
    (
        "Un monsieur de Jumet, quatre-vingt-un ans, a apporté lui-même son pot de formol au secrétariat.",
        [("LOCATION", "Jumet")],
    ),
    (
        "Le cas de lymphome est celui du champion de tennis de Villeurbanne, tout le monde le reconnaîtra.",
        [("DETAIL", "champion de tennis de Villeurbanne")],
    ),
    (
        "Autopsie d'un ancien rugbyman du Stade Toulousain ce matin, encéphalopathie traumatique chronique.",
        [("DETAIL", "ancien rugbyman du Stade")],
    ),
    (
        "Pièce opératoire du Dr Lemaire, hospitalisé dans notre service depuis lundi, adénocarcinome.",
        [("NAME", "Dr Lemaire")],
    ),
    (
        "Bébé de 3 semaines évasané vers Cayenne hier soir, biopsie rectale pour Hirschsprung.",
        [("LOCATION", "Cayenne")],
    ),
    # round 31 (from the 30th blind corpus), new phrasings
    (
        "Liver core from the 3-week-old at Our Lady's Children's Hospital, our team had the answer by Friday.",
        [("LOCATION", "Our Lady's Children's Hospital")],
    ),
    (
        "Fourth case of mesothelioma from one road in Gorbals, G5 9XR, since spring. Reported to public health.",
        [("LOCATION", "Gorbals")],
    ),
    (
        "the lady whose name is actually Dolly Partington has a phyllodes tumour, can't make it up",
        [("NAME", "Dolly Partington")],
    ),
    (
        "Big thanks to the lab at Tamworth Base Hospital for the perfectly fixed colectomy on the 52yo.",
        [("LOCATION", "Tamworth Base Hospital")],
    ),
    (
        "Followed on TikTok by @jade_vs_lymphoma, who thanked 'the lab people' in her latest video.",
        [("CONTACT", "@jade_vs_lymphoma")],
    ),
    (
        "Encounter VIS-20251103-118 shows a biopsy booked but nothing in the lab system.",
        [("ID", "VIS-20251103-118")],
    ),
    ("Reviewed m.k.'s thyroid today, papillary microcarcinoma, 3 mm.", [("NAME", "m.k.")]),
    (
        "Twin boys, Chidi and Obinna, both with retinoblastoma this month.",
        [("NAME", "Chidi"), ("NAME", "Obinna"), ("TIME", "this month")],
    ),
    ("Extempo demandée à 10h au bloc 5, pièce de thyroïdectomie.", [("LOCATION", "bloc 5")]),
    (
        "Je vois son prénom tourner sur mon fil et j'ai lu sa biopsie ce matin même.",
        [("TIME", "ce matin")],
    ),
    (
        "Biopsie prostatique d'un ancien international de football, consultant télé le dimanche.",
        [("DETAIL", "ancien international de football")],
    ),
    (
        "Ponction en cardiologie A, chambre 12 : le monsieur m'a montré ses photos de pêche.",
        [("LOCATION", "cardiologie A")],
    ),
    ("Second avis pour Chicoutimi : Mme Gagnon, tumeur phyllode.", [("LOCATION", "Chicoutimi")]),
    (
        'Shared on the group chat: "Agnes M. Doyle, 79, DOB 11.04.47, please look at her slides".',
        [("NAME", "Agnes M. Doyle")],
    ),
    ('Who labels a pot just "KYLIE R BREAST" and nothing else?', [("NAME", "KYLIE")]),
    (
        "Former hockey international, in his 60s, with a pleomorphic sarcoma of the thigh.",
        [("DETAIL", "Former hockey international")],
    ),
    # round 32 (from the 31st blind corpus), new phrasings
    (
        "Her son's mobile, written on the form as 0 7 9 1 1  1 2 3  4 5 6, is now in the LIS for everyone to see.",
        [("CONTACT", "0 7 9 1 1  1 2 3  4 5 6")],
    ),
    (
        "Can someone re-cut H 2 5 - 1 1 8 7 3 please, the deeper levels never came up.",
        [("ID", "H 2 5 - 1 1 8 7 3")],
    ),
    (
        "The old hospital number, 20417733, was merged into the new record for this lymphoma patient.",
        [("ID", "20417733")],
    ),
    (
        "Form says DOB 31/13/1972, which even the LIS rejected, so the biopsy sat in reception for a day.",
        [("DATE", "31/13/1972")],
    ),
    (
        "Étiquette du prélèvement : née le 35/04/1968, visiblement une faute de frappe.",
        [("DATE", "35/04/1968")],
    ),
    (
        "Peripheral smear collected 03/14 for the lady with the blasts, still not stained.",
        [("DATE", "03/14")],
    ),
    (
        "Thanks to our registrar we caught a 19-year-old's Burkitt lymphoma yesterday, a textbook starry sky.",
        [("AGE", "19-year-old"), ("TIME", "yesterday")],
    ),
    (
        "Ma voisine attend ses résultats, et j'ai sa lame sous les yeux aujourd'hui. Le secret médical, c'est dur.",
        [("TIME", "aujourd'hui")],
    ),
    (
        "Patient né le 2 juillet 1958 à Sens, ancien cheminot, mésothéliome sur la biopsie pleurale.",
        [("LOCATION", "Sens")],
    ),
    (
        "Pleural biopsy from a man born on 4 May 1949 in Bath, asbestos bodies everywhere.",
        [("LOCATION", "Bath")],
    ),
    (
        "Placenta labelled 'baby of Nwachukwu' arrived with no hospital number, chorioamnionitis on the roll.",
        [("NAME", "Nwachukwu")],
    ),
    (
        "Cord blood from Baby O'Brien came without a request form, the third this month.",
        [("NAME", "O'Brien")],
    ),
    (
        "Biopsie cutanée étiquetée « a-m. fournier » sans autre identifiant, on a dû appeler le service.",
        [("NAME", "a-m. fournier")],
    ),
    (
        "Prélèvement de thyroïde au nom de J-P. Lacombe reçu sans bon de demande.",
        [("NAME", "J-P.")],
    ),
    (
        "Request form: MARGARET E. HOLLOWAY, query lymphoma, no clinical details at all.",
        [("NAME", "MARGARET E. HOLLOWAY")],
    ),
    (
        "A 58-year-old vintner from the Barossa with a lentigo maligna on the scalp.",
        [("DETAIL", "vintner from the Barossa")],
    ),
    # round 33 (from the 32nd blind corpus), new phrasings
    (
        "Teaching case: Hamid Karimi, 61, seen at Derriford Hospital on 14 February 2025 with painless haematuria.",
        [
            ("NAME", "Hamid Karimi"),
            ("LOCATION", "Derriford Hospital"),
            ("DATE", "14 February 2025"),
        ],
    ),
    (
        "Quiz time: male, sixty, from Sligo, lytic lesion of the femur. What's your differential?",
        [("LOCATION", "Sligo")],
    ),
    (
        "Update on Rеynolds (the heart transplant): no rejection on today's biopsies.",
        [("NAME", "Rеynolds")],
    ),
    (
        "Suivi de Gаrnier, greffé rénal : pas de rejet sur la biopsie de contrôle.",
        [("NAME", "Gаrnier")],
    ),
    (
        "Form header:\nName: (redacted, thankfully)\nTown: Ballymena\nClinical details: lump.",
        [("LOCATION", "Ballymena")],
    ),
    (
        "Bon reçu, Commune : Landerneau, renseignements cliniques : néant. Merci.",
        [("LOCATION", "Landerneau")],
    ),
    (
        "Referral from Moncton, NB: 58-year-old with a thyroid nodule, Bethesda IV.",
        [("LOCATION", "Moncton, NB")],
    ),
    (
        "Her son's number is 0412 555 901, he wants the biopsy result before the oncologist calls.",
        [("CONTACT", "0412 555 901")],
    ),
    (
        "Stillbirth review: baby delivered at 29 weeks on the labour ward, cord twice round the neck.",
        [("AGE", "29 weeks")],
    ),
    (
        "Naissance à 34 SA, placenta de 310 g avec infarctus marginaux, maman en suites de couches.",
        [("AGE", "34 SA")],
    ),
    (
        "Biopsie le 4 février, relecture le 11, RCP le 18 : M. Traoré a enfin son traitement.",
        [("DATE", "le 4 février"), ("DATE", "le 11"), ("DATE", "le 18")],
    ),
    (
        "Admitted 2 June, scoped on the 4th, home on the 9th, ulcer biopsy benign.",
        [("DATE", "2 June"), ("DATE", "the 4th"), ("DATE", "the 9th")],
    ),
    (
        "Suresh (the one with the renal transplant) is back, acute rejection on the biopsy.",
        [("NAME", "Suresh")],
    ),
    (
        "Kouassi, 44 ans, ulcère de Buruli confirmé sur la biopsie cutanée.",
        [("NAME", "Kouassi"), ("AGE", "44 ans")],
    ),
    (
        "Skin biopsy request for Rose Vandermeer, DOB 12/12/1950, query BCC.",
        [("NAME", "Rose Vandermeer"), ("DATE", "12/12/1950")],
    ),
    (
        "Autopsy on the groom who collapsed at his own stag do in Magaluf - hypertrophic cardiomyopathy.",
        [("DETAIL", "groom who collapsed at his own stag do in Magaluf")],
    ),
    (
        "Le randonneur percuté sur la N165 près de Quimperlé : autopsie demain.",
        [("DETAIL", "randonneur percuté sur la N165")],
    ),
    (
        "Thyroïdectomie pour la maman de M. Lebrun (notre technicien), tout est bénin.",
        [("NAME", "M. Lebrun")],
    ),
    (
        "Bowel screening polyp from the father of Mrs Okoye (our lab manager), all benign.",
        [("NAME", "Mrs Okoye")],
    ),
    # round 34 (from the 33rd blind corpus), new phrasings
    (
        "Kidney transplant biopsy sent over from Aster Medical City for little Ishaan, acute rejection.",
        [("LOCATION", "Aster Medical City")],
    ),
    (
        "Referred up from Regional Hospital Mullingar: 63-year-old with a gastric GIST, 7 cm.",
        [("LOCATION", "Regional Hospital Mullingar")],
    ),
    (
        "Skin biopsy from a retired Tánaiste, BCC, completely excised. My lips are sealed.",
        [("DETAIL", "retired Tánaiste")],
    ),
    (
        "Family of the lady from Thursday's autopsy rang again, her son wants the cause of death.",
        [("TIME", "Thursday's")],
    ),
    (
        "Penn State backup quarterback, 20, with a testicular mass on ultrasound. Seminoma on the frozen.",
        [("DETAIL", "Penn State backup quarterback")],
    ),
    (
        "Poor Kayla's only 19 and it's a synovial sarcoma of the knee.",
        [("NAME", "Kayla"), ("AGE", "19")],
    ),
    (
        "Biopsy of the Donnelly boy, 12, came back as Burkitt. Starry sky everywhere.",
        [("NAME", "Donnelly"), ("AGE", "12")],
    ),
    (
        "Sunita Devi W/O Rakesh Yadav, 35 yrs, cervical biopsy: CIN 3.",
        [("NAME", "Sunita Devi"), ("NAME", "Rakesh Yadav")],
    ),
    ("please chase the trephine for emma's grandad, haematology keeps ringing", [("NAME", "emma")]),
    (
        "NAM BOUC 5412 0987 écrit à la main sur le pot, rien d'autre. Merci le CH.",
        [("ID", "NAM BOUC 5412 0987")],
    ),
    (
        "Le gagnant du loto de Montbéliard, vous vous rappelez ? Sa biopsie hépatique est chez nous.",
        [("DETAIL", "gagnant du loto")],
    ),
    (
        "Carcinome épidermoïde chez une conductrice de bus à Saint-Nazaire, 52 ans.",
        [("DETAIL", "conductrice de bus à Saint-Nazaire")],
    ),
    (
        "Mésothéliome chez un ancien docker, domiciliée au 76600 depuis toujours.",
        [("LOCATION", "76600")],
    ),
    (
        "Autopsie au Médipôle Garonne : homme de 48 ans, rupture d'anévrisme.",
        [("LOCATION", "Médipôle Garonne")],
    ),
    (
        "Au village on l'appelait Titou. Cirrhose biliaire primitive sur l'explant.",
        [("NAME", "Titou")],
    ),
    (
        "Dossier du jour :\nm. perrot revu en RCP, récidive ganglionnaire du mélanome.",
        [("NAME", "m. perrot")],
    ),
    ("Mom says Zofia has been tired for weeks; marrow shows B-ALL.", [("NAME", "Zofia")]),
    # round 35 (from the 34th blind corpus), new phrasings
    (
        "Can someone finish the grossing of the Whipple specimen H24.11876 while I'm at the DES meeting?",
        [("ID", "H24.11876")],
    ),
    (
        "Sigmoid bx of 3/14 for the gentleman from Speightstown shows adenocarcinoma.",
        [("DATE", "3/14")],
    ),
    (
        "Patiente de Kani-Kéli, quatorze ans, suivie pour une drépanocytose. Kelly, quatorze ans, la grande sœur, aussi.",
        [("NAME", "Kelly")],
    ),
    (
        "Biopsie pulmonaire du Pr Lemercier, notre ancien patron, adénocarcinome lépidique.",
        [("NAME", "Pr Lemercier")],
    ),
    (
        "Autopsy of the goalkeeper who collapsed in Sunday's Connacht final, HCM on the heart.",
        [("DETAIL", "goalkeeper who collapsed in Sunday's Connacht final")],
    ),
    ("3 semaines, hépatomégalie, hémangioendothéliome infantile sur la biopsie.", [("AGE", "3")]),
    (
        "Une adolescente de Mamoudzou, ostéosarcome, et sa maman qui ne la quitte pas.",
        [("LOCATION", "Mamoudzou")],
    ),
    (
        "Groupe WhatsApp : « la patiente du lit 14 en néphro, elle s'appelle Odette je crois »",
        [("LOCATION", "lit 14"), ("NAME", "Odette")],
    ),
    (
        "NIR griffonné sur le bon : 2 6 5 0 3 2 B 0 1 2 0 4 5 7 1, impossible à scanner.",
        [("ID", "2 6 5 0 3 2 B 0 1 2 0 4 5 7 1")],
    ),
    (
        "Diagnosed on his birthday, of all days. Happy 58th, Mr Flanagan, and sorry about the margins.",
        [("AGE", "58"), ("NAME", "Mr Flanagan")],
    ),
    # round 36 (from the 35th blind corpus), new phrasings
    (
        "pls pull the slides for thandiwe k. before the MDT, the margins look odd on the wide excision",
        [("NAME", "thandiwe k.")],
    ),
    (
        "Quiz 🧩 Biopsied on 14 Feb, left in formalin over a long weekend: what happened to the IHC? #pathboards",
        [("DATE", "14 Feb")],
    ),
    (
        "Quiz : prélevée ce matin au bloc, ganglion axillaire de 3 cm, quel est votre diagnostic ? #quizpatho",
        [("TIME", "ce matin")],
    ),
    (
        "Autopsy showed ARVC with fibrofatty replacement. His cousin collapsed and died at 23 also.",
        [("AGE", "23")],
    ),
    (
        "The matriarch, Mrs Okafor, is 94 and still came to clinic with her grandson to hear the result.",
        [("NAME", "Mrs Okafor"), ("AGE", "94")],
    ),
    (
        "Smear from the health centre in Mdantsane, 42-year-old woman, CIN3 with glandular involvement.",
        [("LOCATION", "Mdantsane"), ("AGE", "42-year-old")],
    ),
    (
        "PM on the lifeboat volunteer lost in Saturday's storm: drowning, no injuries. Dark day for Whitby.",
        [("DETAIL", "the lifeboat volunteer lost in Saturday's storm"), ("LOCATION", "Whitby")],
    ),
    (
        "Autopsie du marin disparu pendant la tempête de samedi : noyade, aucune lésion. Triste semaine pour Douarnenez.",
        [("DETAIL", "marin disparu pendant la tempête de samedi"), ("LOCATION", "Douarnenez")],
    ),
    # round 37 (from the 36th blind corpus), new phrasings
    (
        "Near miss at reception: two Okoro, T. on today's list, both with breast cores. Always three identifiers.",
        [("NAME", "Okoro, T."), ("TIME", "today")],
    ),
    (
        "mrs j. wisniewska back again for her 5th skin biopsy this year, lovely lady, dreadful sun damage",
        [("NAME", "mrs j. wisniewska")],
    ),
    (
        "frank delaney's daughter phoned the lab twice asking for his prostate biopsy result. Please go through the GP.",
        [("NAME", "frank delaney")],
    ),
    (
        "lovely note from gwen and her husband about her follicular lymphoma being in remission",
        [("NAME", "gwen")],
    ),
    (
        "The triplets! Ife, Ayo & Kemi, born at 29 weeks, placenta shows chorangiosis. Beautiful specimen.",
        [("NAME", "Ife"), ("NAME", "Ayo"), ("NAME", "Kemi")],
    ),
    (
        "Baby boy Mensah, 3 days old, skin biopsy for blistering: epidermolysis bullosa simplex.",
        [("NAME", "Baby boy Mensah"), ("AGE", "3 days old")],
    ),
    (
        "Kidney offered overnight, donor 52, hypertensive, 15% glomerulosclerosis on the frozen. Declined.",
        [("AGE", "52")],
    ),
    (
        "Thyroid FNA on a 9 wk girl with a neck mass, Bethesda II. Surprised the clinicians sent it at all.",
        [("AGE", "9 wk")],
    ),
    (
        "Nourrisson de 4 mois de Koungou, autopsie : bronchiolite à VRS compliquée. Trop tard.",
        [("AGE", "4 mois"), ("LOCATION", "Koungou")],
    ),
    (
        "Patiente Samira Haddad, n° d'admission 2025/11873, hôpital Charles-Nicolle : carcinome du col.",
        [("NAME", "Samira Haddad"), ("ID", "2025/11873"), ("LOCATION", "Charles-Nicolle")],
    ),
    (
        "Awkward: the breast core I reported yesterday belongs to my own GP's wife. Small town life.",
        [("TIME", "yesterday"), ("DETAIL", "my own GP's wife")],
    ),
    (
        "Ce matin, la biopsie du fils de mon boulanger. Petite ville, on se connaît tous.",
        [("TIME", "Ce matin"), ("DETAIL", "fils de mon boulanger")],
    ),
    (
        "Six PMs from the Harbour Bridge bus crash this week. Hug your APTs.",
        [("DETAIL", "Harbour Bridge bus crash"), ("TIME", "this week")],
    ),
    (
        "Req form had the mum's mobile on it: 0421.556.019. Shredded and called the ward.",
        [("CONTACT", "0421.556.019")],
    ),
    (
        "Bon reçu avec « @lea_sourire_06 » sur la demande, à la place du nom du médecin.",
        [("CONTACT", "@lea_sourire_06")],
    ),
    # round 38 (from the 37th blind corpus), new phrasings
    (
        "Mrs Olwen Pritchard, hip revision, the lab needs the cultures by Monday or the surgeons will riot.",
        [("NAME", "Mrs Olwen Pritchard"), ("TIME", "by Monday")],
    ),
    (
        "Quelqu'un peut relancer la FISH de Mme Carpentier ? L'onco la veut avant mardi.",
        [("NAME", "Mme Carpentier"), ("TIME", "avant mardi")],
    ),
    (
        "Brutal one. Yesterday's case: toddler, drowning in a garden pond, lungs heavy and wet.",
        [("TIME", "Yesterday")],
    ),
    (
        "Y'a eu du monde c'te nuit au bloc : péritonite chez M. Gagnon, 58 ans.",
        [("TIME", "c'te nuit"), ("NAME", "M. Gagnon"), ("AGE", "58 ans")],
    ),
    (
        "osteoid osteoma in the little fella from ward 5, he's seven and his grandad came with him",
        [("LOCATION", "ward 5"), ("AGE", "seven")],
    ),
    ("Ewing sarcoma, pelvis, 12M. Great response to VDC/IE.", [("AGE", "12")]),
    (
        "Request form: Tobias Brandt (MRN 55100234), 64, Whitby. ?Lymphoma.",
        [("NAME", "Tobias Brandt"), ("ID", "MRN 55100234"), ("AGE", "64"), ("LOCATION", "Whitby")],
    ),
    (
        "Une dame de cent quatre ans, biopsie cutanée, kératoacanthome. Elle voulait juste savoir si elle pouvait aller au loto.",
        [("AGE", "cent quatre ans")],
    ),
    (
        "Sending our love to the family. Stay strong #OrlaByrne 💚 #childhoodcancer",
        [("NAME", "#OrlaByrne")],
    ),
    (
        "Bone marrow trephine, T. Okonjo, received 19/11, hypercellular with 40% blasts.",
        [("NAME", "T. Okonjo"), ("DATE", "19/11")],
    ),
    (
        "Child is 4, from Enugu, name Obinna Chukwu, referral for a renal mass.",
        [("NAME", "Obinna Chukwu"), ("LOCATION", "Enugu")],
    ),
    (
        "Cytology on pt mahlangu, bed 12, pleural fluid full of mesothelial cells.",
        [("NAME", "mahlangu"), ("LOCATION", "bed 12")],
    ),
    (
        "Liver biopsy for Mr Declan Moran of Castlebar, steatohepatitis with bridging fibrosis.",
        [("NAME", "Mr Declan Moran"), ("LOCATION", "Castlebar")],
    ),
    (
        "Melanoma excision from the man who runs the deli on Byres Road, Breslow 1.1 mm.",
        [("LOCATION", "Byres Road")],
    ),
    (
        "Anyone at Wythenshawe know if the lung resection from bed 9 went to molecular? Ref LU26-4410.",
        [("LOCATION", "Wythenshawe"), ("LOCATION", "bed 9"), ("ID", "LU26-4410")],
    ),
    (
        "Enfant de 6 ans, hôpital d'enfants de Tunis, néphroblastome.",
        [("AGE", "6 ans"), ("LOCATION", "hôpital d'enfants de Tunis")],
    ),
    (
        "Colonoscopy biopsies, hosp no KATH-OPD-2611920, signet ring cells everywhere.",
        [("ID", "KATH-OPD-2611920")],
    ),
    (
        "Renvoi des lames pour le dossier n° CHU-O/2025/11734, lymphome folliculaire grade 3A.",
        [("ID", "CHU-O/2025/11734")],
    ),
    (
        "Merci de vérifier le NISS 82.11.04-117.42 sur la demande, le nom est illisible.",
        [("ID", "82.11.04-117.42")],
    ),
    (
        "Astrocytoma in a 51-year-old anaesthetist at St James's Hospital, Dublin. Colleagues everywhere.",
        [("AGE", "51-year-old"), ("DETAIL", "anaesthetist at St James's Hospital, Dublin")],
    ),
    (
        "Sarcome chez une infirmière du CHU de Poitiers, 39 ans. Le monde hospitalier est petit.",
        [("DETAIL", "infirmière du CHU de Poitiers"), ("AGE", "39 ans")],
    ),
    (
        "Her Merkel cell carcinoma is the one that was featured on ITV Calendar last spring.",
        [("DETAIL", "featured on ITV Calendar")],
    ),
    # round 39 (from the 38th blind corpus), new phrasings
    (
        "pls chase the IHC for pt Nirmala Wickramasinghe 63F, ward 7, she's anxious",
        [("NAME", "Nirmala Wickramasinghe"), ("AGE", "63"), ("LOCATION", "ward 7")],
    ),
    (
        "Seán Ó Murchú's wife rang about his prostate biopsy again; please route her to the urologist.",
        [("NAME", "Seán Ó Murchú")],
    ),
    ("Spécimen 2.5.H.0.4.4.1.7 : la cassette est fendue, on recoupe.", [("ID", "2.5.H.0.4.4.1.7")]),
    (
        "Ref #KATH-HP-25/10442 — the block came back empty, please resend.",
        [("ID", "KATH-HP-25/10442")],
    ),
    (
        "Réf. HISTO-25/33120 : biopsie duodénale, atrophie villositaire totale.",
        [("ID", "HISTO-25/33120")],
    ),
    (
        "L'agriculteur de Salazie transféré mardi : leptospirose, néphrite interstitielle.",
        [("LOCATION", "Salazie"), ("TIME", "mardi")],
    ),
    (
        "Nourrisson, une petite de 5 semaines, hépatoblastome fœtal pur.",
        [("AGE", "petite de 5 semaines")],
    ),
    (
        "Mme Ibrahim, 52 ans, service d'ortho 2e étage, ostéosarcome secondaire sur Paget.",
        [("NAME", "Mme Ibrahim"), ("AGE", "52 ans"), ("LOCATION", "ortho 2e étage")],
    ),
    (
        "Joumana Haddad, 44 ans, de Jounieh : carcinome lobulaire infiltrant.",
        [("NAME", "Joumana Haddad"), ("AGE", "44 ans"), ("LOCATION", "Jounieh")],
    ),
    (
        "M. Vuilleumier, ancien horloger de la vallée de Joux, mésothéliome ? Non, adénocarcinome pulmonaire.",
        [("NAME", "M. Vuilleumier"), ("DETAIL", "ancien horloger de la vallée de Joux")],
    ),
    (
        "Tito Rodrigo's prostate biopsy came back Gleason 4+4. The family is asking for a second opinion.",
        [("NAME", "Tito Rodrigo")],
    ),
    (
        "Urgent: block C/25/4410-B2 is missing from the archive, the oncologist needs it.",
        [("ID", "C/25/4410-B2")],
    ),
    # round 40 (from the 39th blind corpus), new phrasings
    (
        "Results for Aroha Te Rangi (NHI ZKC4821) went to the wrong GP, please recall them.",
        [("NAME", "Aroha Te Rangi"), ("ID", "NHI ZKC4821")],
    ),
    (
        "MRN 00912277 | LaTonya Brooks | DOB 2/9/1979 | L breast core — sorry, wrong chat",
        [("ID", "MRN 00912277"), ("NAME", "LaTonya Brooks"), ("DATE", "2/9/1979")],
    ),
    (
        "Can't stop thinking about Ri\u200bko Sa\u200bto and her tiny gastric signet-ring cancer.",
        [("NAME", "Ri\u200bko"), ("NAME", "Sa\u200bto")],
    ),
    (
        "Dona Francisca from Campina Grande: paracoccidioidomycosis on the palate.",
        [("NAME", "Francisca"), ("LOCATION", "Campina Grande")],
    ),
    ("Copie du passeport (AB123456) agrafée au bon de demande. Non !", [("ID", "AB123456")]),
    (
        "Mr. Jayasuriya, Base Hospital Kalutara, oral submucous fibrosis with dysplasia.",
        [("NAME", "Mr. Jayasuriya"), ("LOCATION", "Base Hospital Kalutara")],
    ),
    (
        "Konsultacja: pani Nowak, Ospedale Maggiore... no, Szpital Wolski, GIST of the stomach.",
        [("NAME", "pani Nowak"), ("LOCATION", "Szpital Wolski")],
    ),
    (
        "Mme Randriamanana au CHUJRB : lymphome de Burkitt, ciel étoilé.",
        [("NAME", "Mme Randriamanana"), ("LOCATION", "CHUJRB")],
    ),
    (
        "Lolo Bayani from Barangay Mabini, Batangas — lung adenocarcinoma, EGFR L858R.",
        [("NAME", "Bayani"), ("LOCATION", "Barangay Mabini")],
    ),
    (
        "Autopsie du cycliste tombé dans la descente du col de la Croix-de-Fer : dissection aortique.",
        [("DETAIL", "cycliste tombé dans la descente du col de la Croix-de-Fer")],
    ),
    # round 41 (from the 40th blind corpus), new phrasings
    (
        "Le noyé du week-end dernier est arrivé en salle d'autopsie ce midi.",
        [("TIME", "du week-end dernier")],
    ),
    (
        "Le frottis de lundi était bien une lésion de haut grade, HPV 16 positif.",
        [("TIME", "lundi")],
    ),
    (
        "Can whoever is on Florence Ward resend the bone marrow? The pot was empty.",
        [("LOCATION", "Florence Ward")],
    ),
    # round 42 (from the 41st blind corpus), new phrasings
    (
        "La biopsie d'avant-hier m'a plus appris qu'un an de cours : amylose AL du rectum.",
        [("TIME", "avant-hier")],
    ),
    (
        "Compte rendu signé mardi pour le chirurgien : adénocarcinome colique pT3N1a.",
        [("TIME", "mardi")],
    ),
    (
        "Dossier n° 2 0 2 5 - B - 7 7 1 0 3 : les blocs sont partis en relecture.",
        [("ID", "2 0 2 5 - B - 7 7 1 0 3")],
    ),
    (
        "Request form came with AVS 756.3381.0294.17 on it. Synovial sarcoma, anyway.",
        [("ID", "756.3381.0294.17")],
    ),
    (
        "He read it out as 'B twenty-five, seven seven one oh three' and I pulled the wrong block.",
        [("ID", "B twenty-five, seven seven one oh three")],
    ),
    (
        "Seen on a public post: NHI ZAB4471, K. Harrowgate. Please take it down.",
        [("NAME", "K. Harrowgate")],
    ),
    (
        "Slides for Amara T. went to the referral centre for a second look at the lymphoma.",
        [("NAME", "Amara T.")],
    ),
    (
        "bx from pt youssef ben salah 61m w/ dysphagia, Barrett's with HGD",
        [("NAME", "youssef ben salah"), ("AGE", "61m")],
    ),
    (
        "gastric bx sent from st brigid 47f presenting with anaemia, signet ring cells",
        [("LOCATION", "st brigid")],
    ),
    (
        "Notre patiente nous a tagués dans sa story (@mel_lvt_974) pour remercier le labo.",
        [("CONTACT", "@mel_lvt_974")],
    ),
    (
        "Fwd from the ward clerk:\n'Best wishes,\nNomvula Khumalo\n083 555 0148'\nNot our job to hold patients' emails, people.",
        [("NAME", "Nomvula Khumalo")],
    ),
    (
        "Post-mortem on the steward trampled at the gates after the cup final: compression asphyxia.",
        [("DETAIL", "trampled at the gates after the cup final")],
    ),
    (
        "Without naming him: a well-known NBA coach had his melanoma re-excised here. Margins clear.",
        [("DETAIL", "NBA coach")],
    ),
    (
        "Hydatid cyst in a child of 9 at La Timone, the surgeons were thrilled it came out whole.",
        [("LOCATION", "La Timone")],
    ),
    # round 43 (from the 42nd blind corpus), new phrasings
    (
        "Grabe, the lymphoma from kanina pala is my lola's kumare. Small world talaga.",
        [("TIME", "kanina")],
    ),
    (
        "She was ninety-one and still doing her own shopping. The gallbladder was full of stones.",
        [("AGE", "ninety-one")],
    ),
    (
        "Two sarcomas this month, both patients living on Hollybank Crescent. Probably chance.",
        [("LOCATION", "Hollybank Crescent")],
    ),
    (
        "The spreadsheet had NHS 943-476-5919 in the first column. Reported to IG.",
        [("ID", "943-476-5919")],
    ),
    (
        "accession HP 24 - 118 207 shows a lovely granular cell tumour, into the teaching box.",
        [("ID", "HP 24 - 118 207")],
    ),
    (
        "He read the label out: 'one-one-seven-four, nine-nine-two, eight-eight-zero-six'. Wrong pot, of course.",
        [("ID", "one-one-seven-four, nine-nine-two, eight-eight-zero-six")],
    ),
    (
        "« NIR un, cinquante-huit, zéro trois, soixante-quinze, cent douze, zéro quarante et un » : dicté au téléphone, encore.",
        [("ID", "un, cinquante-huit, zéro trois, soixante-quinze, cent douze, zéro quarante")],
    ),
    (
        "Carte soleil écrite sur le bon en toutes lettres : GAGL 7106 0912. Vraiment ?",
        [("ID", "GAGL 7106 0912")],
    ),
    (
        "CIN AB 552093 recopiée sur l'étiquette du flacon, merci de flouter la prochaine fois.",
        [("ID", "AB 552093")],
    ),
    (
        "le lymphome de Tonton Mbarga Essomba est CD20+, prévenez la famille.",
        [("NAME", "Mbarga Essomba")],
    ),
    (
        "Papy Roger Lemoine, 88 ans, a été opéré du côlon jeudi ; merci pour vos messages.",
        [("NAME", "Roger Lemoine")],
    ),
    (
        "Résection gastrique du curé de la paroisse de Saint-Flour, tout le canton demande des nouvelles.",
        [("DETAIL", "curé de la paroisse de Saint-Flour")],
    ),
    (
        "M. Henri P., hospitalisé en cardiologie 3e étage, attend son résultat de biopsie.",
        [("LOCATION", "cardiologie 3e étage")],
    ),
    (
        "Three asbestosis cases this year, all from around CF11 8, near the old docks.",
        [("LOCATION", "CF11 8")],
    ),
    (
        "the 61f from Mulago with the cervical mass: squamous carcinoma, tell gyn onc.",
        [("AGE", "61f")],
    ),
    # round 44 (from the 43rd blind corpus), new phrasings
    (
        "FNA from the OPD: Suresh Kumar Patil, 47/M, UHID KM2025118042. Follicular neoplasm.",
        [("NAME", "Suresh Kumar Patil"), ("AGE", "47"), ("ID", "KM2025118042")],
    ),
    (
        "Report went out today, and he's already on the radiotherapy list. Grade 3 glioma in a man of 38.",
        [("TIME", "today")],
    ),
    (
        "lab group chat:\n[08:02] Tech: the Adeyemi one?? 64yo?\n[08:03] Me: yes, block 3 please",
        [("NAME", "Adeyemi")],
    ),
    (
        "So glad #KofiMensah is back home, nodes negative, he waved at the whole lab this week.",
        [("NAME", "#KofiMensah")],
    ),
    (
        "The winger who scored for Leinster in the final had his knee lump out here. Nodular fasciitis.",
        [("DETAIL", "The winger who scored for Leinster in the final")],
    ),
    (
        "slide L.4.4.0.1.9.2.6 was mislabelled, someone typed dots between every digit again",
        [("ID", "L.4.4.0.1.9.2.6")],
    ),
    (
        "his dob is 0 3 . 1 1 . 1 9 5 8, written like that on the form so the scanner missed it.",
        [("DATE", "0 3 . 1 1 . 1 9 5 8")],
    ),
    (
        "Dossier reçu avec le NIR 1 64 08 972 05 117 37 écrit sur le bon. Lymphome B diffus.",
        [("ID", "1 64 08 972 05 117 37")],
    ),
    (
        "Au bloc depuis 7h30 pour la pièce de Mme Girardin, toujours pas d'extempo.",
        [("TIME", "depuis 7h30")],
    ),
    (
        "Biopsie de M. Lavoie, hospitalisé en cardio 3e Ouest : myocardite à cellules géantes.",
        [("LOCATION", "cardio 3e Ouest")],
    ),
    (
        "Thyroïde de l'entraîneur des Remparts, tout Québec va le savoir avant nous. Adénome.",
        [("DETAIL", "l'entraîneur des Remparts")],
    ),
    # round 45 (from the 44th blind corpus), new phrasings
    (
        "Clinic card on the request: ART number 20455-01177, Kaposi sarcoma in the skin biopsy.",
        [("ID", "20455-01177")],
    ),
    (
        "Belgische collega's: Dhr. Peeters, 71, gastric biopsy with signet rings. Sorry, posted in the wrong group.",
        [("NAME", "Dhr. Peeters")],
    ),
    (
        "Rotation in Monterrey: the CURP GOML720915HNLNPR03 was printed on the cassette. Colon adenocarcinoma.",
        [("ID", "GOML720915HNLNPR03")],
    ),
    (
        "Autopsie du motard tombé dans la descente du Galibier pendant l'étape de samedi : rate rompue.",
        [("DETAIL", "tombé dans la descente du Galibier pendant l'étape")],
    ),
    (
        "Everyone in Ballyhaunis knew: the parish priest in Knock had his prostate out here. Gleason 3+3.",
        [("DETAIL", "priest in Knock")],
    ),
    (
        "72 ans, Saint-Benoît (974), adénocarcinome pulmonaire EGFR muté.",
        [("LOCATION", "Saint-Benoît (974)")],
    ),
    # round 46 (from the 45th blind corpus), new phrasings
    (
        "Mme Faure, 64 ans, adénocarcinome du pancréas. On la revoit mardi prochain.",
        [("TIME", "mardi prochain")],
    ),
    (
        "Dossier de Mme Perrin présenté en RCP digestive vendredi : adénocarcinome bien différencié.",
        [("TIME", "vendredi")],
    ),
    (
        "Slides from Mr Okafor's thyroid arrived Wednesday from the district hospital. Papillary carcinoma.",
        [("TIME", "Wednesday")],
    ),
    ("aaj subah frozen aaya, breast lump in a 45-year-old, IDC grade 2", [("TIME", "aaj subah")]),
    (
        "Request form for Mrs Lindqvist: dob 14/O3/1961, the zero typed as a letter again.",
        [("DATE", "14/O3/1961")],
    ),
    (
        "Specimen H 2 4 / 1 1 9 0 7, please recut the block for Mrs Dlamini.",
        [("ID", "H 2 4 / 1 1 9 0 7")],
    ),
    ("MRN: 30 22 - 417 - 85, can someone chase the frozen?", [("ID", "30 22 - 417 - 85")]),
    (
        "CNIC 35202-4471829-3 was written on the pot of a breast core biopsy.",
        [("ID", "35202-4471829-3")],
    ),
    (
        "Teaching set for the residents: Lucía Moreno, DOB 12/05/1970, referred from Mendoza. Endometrioid carcinoma.",
        [("LOCATION", "Mendoza")],
    ),
    (
        "Patiente de 58 ans adressée d'Alger pour relecture : lymphome folliculaire de grade 1-2.",
        [("LOCATION", "Alger")],
    ),
    (
        "Biopsie de Mme Giraud faite à la Conception : carcinome canalaire infiltrant.",
        [("LOCATION", "la Conception")],
    ),
    (
        "His son asked us to reply on wa.me/254712555019 about the biopsy result.",
        [("CONTACT", "wa.me/254712555019")],
    ),
    (
        "Son code postal et 86 ans suffisent à la reconnaître, avec une tumeur de l'ouraque.",
        [("AGE", "86 ans")],
    ),
    (
        "Mrs Quinlan, 87, giant cell tumour of tendon sheath. Operated at 87 and home the same day.",
        [("AGE", "87 and")],
    ),
    ("hes only 19 and the node shows Hodgkin, nodular sclerosis", [("AGE", "19")]),
    (
        "Cytology, T. Abernethy-Cole: atypical cells, favour adenocarcinoma.",
        [("NAME", "T. Abernethy-Cole")],
    ),
    ("Query: J. O'Donovan (DOB 3/9/61), frozen section result?", [("NAME", "J. O'Donovan")]),
    ("was that the Kowalski lung on the bench this morning?", [("NAME", "Kowalski")]),
    (
        "Prostate biopsy from the Oba of Ikere: Gleason 4+4, perineural invasion.",
        [("DETAIL", "Oba of Ikere")],
    ),
    # round 47 (from the 46th blind corpus), new phrasings
    (
        "Consult: 91yoM from a care home in Tralee, scalp lesion, atypical fibroxanthoma.",
        [("AGE", "91yoM")],
    ),
    ("Paciente Sr. Huamán, 62 años, gastrectomía: adenocarcinoma difuso.", [("AGE", "62 años")]),
    ("Neonatal autopsy, born at 29 weeks, mum 41. Chorioamnionitis, funisitis.", [("AGE", "41")]),
    ("Bruxelles : M. Declercq (H 58), biopsie prostatique, Gleason 4+3.", [("AGE", "58")]),
    ("Frau Meier, 77, from Thun: colon polyp with high-grade dysplasia.", [("NAME", "Frau Meier")]),
    ("The NHS number scrawled on the pot lid: 612-448-9031. Why.", [("ID", "612-448-9031")]),
    (
        "Whoever put the PPS number into the filename, please rename it: 8823451KA.",
        [("ID", "8823451KA")],
    ),
    (
        "Téléphone de la fille : 06 44 18 52 90, elle attend le résultat de la biopsie.",
        [("CONTACT", "06 44 18 52 90")],
    ),
    (
        "Carcinome basocellulaire chez @marc_velo_35 qui m'a autorisé à partager.",
        [("CONTACT", "@marc_velo_35")],
    ),
    ("Lymphome de Mme Adjibi, 45 ans, prélevé au CNHU de Cotonou.", [("LOCATION", "CNHU")]),
    (
        "Mon oncle Raymond Le Floc'h vient d'être opéré à Landerneau et la pièce est arrivée dans mon labo.",
        [("LOCATION", "Landerneau")],
    ),
    (
        "The request had the name Delphine Okeke printed on every slide label.",
        [("NAME", "Delphine Okeke")],
    ),
    (
        "Admitted 17 Shawwal 1446 with jaundice; Whipple specimen shows ampullary carcinoma in a 58-year-old.",
        [("DATE", "17 Shawwal 1446")],
    ),
    (
        "Liver biopsy from the trawlerman out of Castletownbere, 49: alcoholic steatohepatitis.",
        [("DETAIL", "trawlerman out of Castletownbere")],
    ),
    (
        "Le chroniqueur sportif de la radio locale a un mélanome de 1,2 mm de Breslow.",
        [("DETAIL", "chroniqueur sportif de la radio locale")],
    ),
    # round 48 (from the 47th blind corpus), new phrasings
    (
        "Resected at 84 he still asks for the slides. Mr Dunleavy, pT2 colon adenocarcinoma.",
        [("AGE", "84")],
    ),
    (
        "Neonatal liver biopsy, 3/52 old, giant cell hepatitis. Parents are both teachers in the village school.",
        [("AGE", "3/52 old")],
    ),
    (
        'The cassette clearly says "KOWALCZYK" but the form says Nowak. Sent back to theatre.',
        [("NAME", "KOWALCZYK")],
    ),
    (
        "Slide 3 of the staff talk still had le nom Thérèse Lagarde in the corner. Fixed now.",
        [("NAME", "Thérèse Lagarde")],
    ),
    (
        'Request form for Mr Fairweather, typed as "Fairwether" on the pot. Which one do we trust?',
        [("NAME", "Fairwether")],
    ),
    ("@ana: whose prostate chips are these? @raj: Mbeki's, from theatre 4", [("NAME", "Mbeki")]),
    (
        "Why is the chart for maureen gallagher still showing the old biopsy? Bx from her colon, tubular adenoma.",
        [("NAME", "maureen")],
    ),
    (
        "La voisine a noté le numéro du fils : zéro sept, douze, quatre-vingt-dix, trente-trois, zéro un. Biopsie en cours.",
        [("CONTACT", "zéro sept, douze, quatre-vingt-dix, trente-trois, zéro un")],
    ),
    (
        "The IPP was read out as four four two nine one eight seven three on the ward round, for the liver biopsy.",
        [("ID", "four four two nine one eight seven three")],
    ),
    (
        "Biopsie gastrique de M. Ndoye, 61 ans, Dakar. Sa femme attend l'appel au 76 218 45 07.",
        [("CONTACT", "76 218 45 07")],
    ),
    (
        "Les blocs de mardi ne sont jamais arrivés pour Mme Perrot, 58 ans, tumeur du sein.",
        [("TIME", "mardi")],
    ),
    (
        "Extrait du dossier : LEANDRI Paul 1 64 03 2B 033 122 14 Bastia, biopsie hépatique.",
        [("LOCATION", "Bastia")],
    ),
    (
        "Pleural fluid from a 72M at HUEH, adenocarcinoma cells, TTF-1 positive.",
        [("LOCATION", "HUEH")],
    ),
    (
        "Ward round at Tan Tock Seng: 64F, gastric GIST, 6 cm, low mitotic count.",
        [("LOCATION", "Tan Tock Seng")],
    ),
    (
        "Thyroid FNA, 33F, Bethesda VI. Second papillary this week, all from the same valley.",
        [("TIME", "this week")],
    ),
    (
        "Won't name him, but the banjo player from the Kilkenny band that played the Olympia last month had a BCC.",
        [("DETAIL", "banjo player from the Kilkenny band")],
    ),
    # round 49 (from the 48th blind corpus), new phrasings
    (
        "Can't stop thinking about the frozen from Thursday: called it benign, permanents say low-grade fibromyxoid sarcoma.",
        [("TIME", "Thursday")],
    ),
    (
        "Second liposarcoma this week. Latest one: Mr Adeyemi, 58Y, thigh mass, MDM2 amplified.",
        [("TIME", "this week")],
    ),
    (
        "The daughter's mobile number was scribbled on the request, in words: oh-seven-nine-one, two-two-four, eight-eight-three.",
        [("CONTACT", "oh-seven-nine-one, two-two-four, eight-eight-three")],
    ),
    (
        "Numéro du mari noté sur le bon, en lettres cette fois : zéro sept, onze, vingt-deux, trente-trois, quarante-quatre. Bon courage pour la biopsie.",
        [("CONTACT", "zéro sept, onze, vingt-deux, trente-trois, quarante-quatre")],
    ),
    (
        "La famille Boulanger demande les lames pour un second avis sur la biopsie hépatique.",
        [("NAME", "Boulanger")],
    ),
    (
        "Pedigree of the month: proband melanoma at 29, father pancreatic ca at 51. CDKN2A again.",
        [("AGE", "29")],
    ),
    (
        "Bon de demande : « 63a F, ?carcinome lobulaire ». Biopsie mammaire reçue sans étiquette.",
        [("AGE", "63a F")],
    ),
    (
        "A 23-year-old surfer from Margaret River, acral melanoma on the sole, Breslow 2 mm.",
        [("DETAIL", "surfer from Margaret River")],
    ),
    (
        "Autopsie du gardien du musée de Sartène, retrouvé au petit matin. Dissection aortique.",
        [("DETAIL", "gardien du musée de Sartène")],
    ),
    (
        "Thinking of the lab secretary's little boy today, neuroblastoma, MYCN not amplified. Our secretary's son is a fighter.",
        [("DETAIL", "Our secretary's son")],
    ),
    (
        "Breast core of the town's current mayor came through this morning. Not saying more.",
        [("DETAIL", "the town's current mayor")],
    ),
    (
        "Cervical biopsy from Nomvula K. (born 1991) of Mthatha: HSIL, p16 block positive.",
        [("LOCATION", "Mthatha")],
    ),
    (
        "Eingang vom Kantonsspital Baden: Hr. Zimmermann, geb. 14.06.1952, Colonpolyp.",
        [("NAME", "Hr. Zimmermann")],
    ),
    (
        "Neuroblastoma in the adrenal of Liam Doherty, 4 - found after a fall at nursery.",
        [("AGE", "4")],
    ),
    (
        "Tatouage du Sacré-Cœur sur tout le bras chez ce patient de 60 ans, ganglion pigmenté.",
        [("DETAIL", "Tatouage du Sacré-Cœur")],
    ),
    # round 50 (from the 49th blind corpus), new phrasings
    (
        "Scanned filename in the shared drive: RAP_290057511823345_foie.pdf. Please rename before uploading anything.",
        [("ID", "290057511823345")],
    ),
    (
        "Voicemail from the son, transcribed: « rappelez-moi au zéro sept, vingt et un, quarante-deux, dix-neuf, zéro huit ».",
        [("CONTACT", "zéro sept, vingt et un, quarante-deux, dix-neuf, zéro huit")],
    ),
    (
        "A relative of my patient tracked me down on Bluesky (@sandrine.lemoine@bsky.social) asking about her mum's biopsy.",
        [("CONTACT", "@sandrine.lemoine@bsky.social")],
    ),
    (
        "Bon de demande : « Nom : Bernard, âge : 67, coloscopie ». C'est tout ce qu'on a.",
        [("AGE", "âge : 67")],
    ),
    ("Request form just says: male, 71 y. Nothing else. How do I stage that?", [("AGE", "71 y")]),
    (
        "The oldest lady whose bone marrow I have ever reported: 101, and sharper than me.",
        [("AGE", "101")],
    ),
    (
        "Referral from KL: Encik Ahmad Faizal, IC 650923-10-4471, gastric biopsy, H. pylori everywhere.",
        [("ID", "650923-10-4471"), ("NAME", "Ahmad Faizal")],
    ),
    (
        "Our slide library still has case H/2023/004518 from the external lab, the patient from Kassel. Does anyone have the blocks?",
        [("ID", "H/2023/004518")],
    ),
    (
        "Poster session slide had « MOREAU Paulette née le 02/05/1949 » in the corner. Blur your slides, people.",
        [("NAME", "MOREAU Paulette")],
    ),
    (
        "Speaker's slide showed the request form: ANNA-LENA BAUER, DOB 11.09.1987, thyroid FNA.",
        [("NAME", "ANNA-LENA BAUER")],
    ),
    (
        'A tube labelled only "sophie" and "urine". No surname, no ward. Rejected.',
        [("NAME", "sophie")],
    ),
    (
        "His sister's LinkedIn bio says Ngozi Okafor, midwife at LUTH. She asked me about his autopsy.",
        [("NAME", "Ngozi Okafor")],
    ),
    (
        "Les docs du chirurgien : « urgent, résultats pour Mme Lefèvre b4 lundi » — je ne lis pas l'anglais texto.",
        [("NAME", "Lefèvre")],
    ),
    (
        "Still haunted by the specimen from Wednesday: a whole uterus with a 9 kg leiomyoma.",
        [("TIME", "Wednesday")],
    ),
    (
        "Décès du mineur de charbon de Carmaux, silicose massive à l'autopsie, la semaine passée.",
        [("DETAIL", "mineur de charbon de Carmaux"), ("TIME", "la semaine passée")],
    ),
    ("Bx from a 52M at QMC, Nottingham: adenocarcinoma.", [("LOCATION", "QMC")]),
    (
        "Kidney from a 3-year-old at Birmingham Children's. Wilms, favourable histology. #Birmingham",
        [("LOCATION", "Birmingham Children's")],
    ),
    (
        "Rotterdam lab diary: the frozen from a 44-year-old dock worker came back as a schwannoma.",
        [("LOCATION", "Rotterdam")],
    ),
    (
        "Lymphome chez un homme de 47 ans de la tribu de Ouaré, adressé par Koné.",
        [("LOCATION", "Ouaré")],
    ),
    (
        "Mélanome acral chez la chanteuse qui a représenté la Belgique à l'Eurovision : stade I, elle va bien.",
        [("DETAIL", "chanteuse qui a représenté la Belgique à l'Eurovision")],
    ),
    (
        "Biopsie cutanée chez un griot très connu du quartier Treichville, 58 ans.",
        [("DETAIL", "griot très connu du quartier Treichville")],
    ),
    (
        "Ward round photo just dropped in the group: the baby in Cot 4 with a sacral teratoma. #KualaLumpur",
        [("LOCATION", "KualaLumpur")],
    ),
    # round 51 (from the 50th blind corpus), new phrasings
    (
        "registrar messaged me: can u look at the Adeyemi breast bx before MDT, surgeon is chasing",
        [("NAME", "Adeyemi")],
    ),
    (
        "Old fax, worse scan: the patient was Margarethe Vollenweider, and the DOB is unreadable.",
        [("NAME", "Margarethe Vollenweider")],
    ),
    (
        "A dairy farmer near Tullamore, 66, with a squamous cell carcinoma of the lower lip.",
        [("DETAIL", "dairy farmer near Tullamore")],
    ),
    (
        "Email chain pasted by a colleague: 'Dear all, re Fatima Zahra El-Idrissi, MRN 00482231, please add levels.'",
        [("NAME", "Fatima Zahra El-Idrissi")],
    ),
    (
        "Her husband phoned and asked us to call back on six one three, five five five, zero four two seven. We did not.",
        [("CONTACT", "six one three, five five five, zero four two seven")],
    ),
    (
        "Biopsy of a boda boda driver from Gulu today: Kaposi sarcoma, HHV8 positive.",
        [("TIME", "today")],
    ),
    (
        "Pathquiz! 52 M admitted with haemoptysis, CT shows a cavitating mass. Your diagnosis?",
        [("AGE", "52 M")],
    ),
    (
        "Gorgeous chromoblastomycosis today in a well-known Oaxaca mezcal distiller. Copper pennies!",
        [("DETAIL", "well-known Oaxaca mezcal distiller")],
    ),
    ("Tuesday's bone marrow on the little one from Lira: ALL, 88% blasts.", [("TIME", "Tuesday")]),
    (
        "Paralympic swimmer from Cork, breast core B3 lesion, she asked me to post it. #pathology",
        [("DETAIL", "Paralympic swimmer")],
    ),
    (
        "encore une étiquette à l'arrache : h25-10433, pas de nom, pas de date, la bx de mme roux",
        [("ID", "h25-10433")],
    ),
    (
        "La sœur de la patiente m'écrit en MP depuis @claire.dubois_75 pour les résultats. Non.",
        [("CONTACT", "@claire.dubois_75")],
    ),
    (
        "Ninety-seven, and she still walks to clinic. Lentigo maligna, margins clear.",
        [("AGE", "Ninety-seven")],
    ),
    # round 52 (from the 51st blind corpus), new phrasings
    (
        "Referral from Novosibirsk via a colleague: Dmitriy Sokolov, 58, gastric GIST, mitoses 12/5 mm2.",
        [("NAME", "Dmitriy Sokolov")],
    ),
    (
        "Second opinion from Kyoto: Yamamoto Kenji (61) underwent ESD, tubular adenocarcinoma 8 mm.",
        [("NAME", "Yamamoto Kenji")],
    ),
    (
        "Cas transmis par une ancienne co-interne : Mohand Amrani 47a, adénocarcinome prostatique Gleason 4+4.",
        [("NAME", "Mohand Amrani")],
    ),
    (
        "Handwritten Italian request: 'Sig. Esposito, biopsia gastrica', no date, no clinical details.",
        [("NAME", "Esposito")],
    ),
    (
        "Pot label in German, verbatim: 'KRAUSE, Station 7A'. Nothing else, not even the organ.",
        [("LOCATION", "Station 7A")],
    ),
    (
        "Archive review for audit: Agnes Whitcombe, now 84, had a 'benign' polyp in 2019 that is a sessile serrated lesion.",
        [("AGE", "84")],
    ),
    (
        "Mme Delacourt attend sa réponse depuis trop longtemps : compte rendu signé à l'instant, promis.",
        [("TIME", "à l'instant")],
    ),
    (
        "Le dossier de M. Ferrand passe en staff vendredi, je prépare les lames de sa biopsie pulmonaire.",
        [("TIME", "vendredi")],
    ),
    (
        "A fish vendor from Ouidah, 52, with a fungating breast mass: metaplastic carcinoma on core.",
        [("DETAIL", "fish vendor from Ouidah")],
    ),
    (
        "His wife left her number in words on the form: oh seven nine double-one, four five six, two eight three.",
        [("CONTACT", "oh seven nine double-one, four five six, two eight three")],
    ),
    (
        "Foetopathologie ce matin pour le couple Le Guen, anasarque sur parvovirus B19.",
        [("NAME", "Le Guen")],
    ),
    # round 53 (from the 52nd blind corpus), new phrasings
    (
        "Cytology from Mr Gutierrez at Clínica Santa Lucía, Bethesda IV, molecular testing pending.",
        [("LOCATION", "Clínica Santa Lucía")],
    ),
    (
        'Old glass slide in the teaching box still reads "MB 2019-11-04 S19.22871" on the frosted end.',
        [("NAME", "MB"), ("DATE", "2019-11-04")],
    ),
    (
        "Still haunted by the sarcoma from Friday. Mrs Ogunleye's MRI was read as a lipoma.",
        [("TIME", "from Friday")],
    ),
    (
        "Request form: says Nowicki, the pot says Nowacki. Same DOB, different surgeon. Sent back.",
        [("NAME", "Nowicki")],
    ),
    (
        "The referral lists his Aadhaar card too: 7391 2284 5506. Mr Suresh Pillai, oral leukoplakia.",
        [("ID", "7391 2284 5506")],
    ),
    (
        "Biopsy on Pt 'Morag' (no surname given, again), 91, Stornoway, basal cell carcinoma.",
        [("AGE", "91")],
    ),
    (
        'Subject line of the email: "Zhang Jie frozen section result", sent to the whole department.',
        [("NAME", "Zhang Jie")],
    ),
    (
        "Un petit bout de 4 mois arrivé de Kolda avec une masse surrénalienne : neuroblastome.",
        [("AGE", "petit bout de 4 mois")],
    ),
    (
        "Ponction du genou faite au CHUS ce matin, M. Bergeron, cristaux de pyrophosphate.",
        [("LOCATION", "CHUS")],
    ),
    (
        "Sur la demande, le numéro national belge 58.11.02-317.06 en toutes lettres. Patiente Claes, Hasselt.",
        [("ID", "58.11.02-317.06")],
    ),
    ("Thread 2/4 : nécropsie du 3 avril, 19 ans, accident de moto.", [("DATE", "3 avril")]),
    (
        "Cytoponction de Mme Mahamat, 58 ans, N'Djamena : carcinome papillaire.",
        [("LOCATION", "N'Djamena")],
    ),
    (
        "72 ans, résidence Les Mimosas à Tours : carcinome basocellulaire du nez.",
        [("LOCATION", "Tours")],
    ),
    (
        "Mon fichier d'export affichait « H26-11407 MOREAU » en clair. Corrigé.",
        [("NAME", "MOREAU")],
    ),
    # round 54 (from the 53rd blind corpus), new phrasings
    (
        "2/4 Nice teaching moment on the morning list today: a seventy-one-year-old ferryman from Oban with a nodular BCC.",
        [("TIME", "today")],
    ),
    (
        "A 4-month-old with a renal mass, the parents drove in from Whitby last night. Mesoblastic nephroma on frozen.",
        [("TIME", "last night")],
    ),
    (
        "Colon from Monday afternoon on Mrs Achterberg spent the weekend in a dry pot. Completely autolysed.",
        [("TIME", "Monday afternoon")],
    ),
    (
        "RELANCE POUR LA BIOPSIE DE M. KOUASSI : TOUJOURS PAS DE RÉSULTAT. ON EST VENDREDI.",
        [("TIME", "VENDREDI")],
    ),
    (
        "M. Gauthier fête ses 90 ans samedi, et sa biopsie cutanée revient en mélanome in situ.",
        [("TIME", "samedi")],
    ),
    (
        "Une petite de 3 semaines, famille arrivée de Romorantin dans la nuit : tératome sacro-coccygien.",
        [("TIME", "dans la nuit")],
    ),
    (
        "Everyone in the lab is wearing purple for #AmaraStrong 💜 her Wilms tumour is favourable histology.",
        [("NAME", "#AmaraStrong")],
    ),
    (
        "Biopsy request for Dmytro Kovalenko came with a Ukrainian-language form, we are translating it.",
        [("NAME", "Dmytro Kovalenko")],
    ),
    # round 55 (left from the 53rd blind corpus), new phrasings
    (
        "Mr Okafor turned eighty-seven last month and his sigmoid came back as a pT3 adenocarcinoma.",
        [("AGE", "eighty-seven")],
    ),
    (
        "third time this month: MRN typed wrong again, B-0077120 instead of B-0077210. Sorted now.",
        [("ID", "B-0077120")],
    ),
    (
        "Autopsie fœtale difficile. La petite Inès, trois semaines, cardiopathie complexe. Les parents veulent comprendre.",
        [("AGE", "trois semaines")],
    ),
    (
        "Req form handwritten in copperplate: patient Thos. Ashworth-Pyle, no DOB, no clinical details. Bless.",
        [("NAME", "Thos. Ashworth-Pyle")],
    ),
    (
        "Wang Meiling, 41, thyroid FNA: Bethesda VI, papillary carcinoma. Surgeon already on the phone.",
        [("NAME", "Wang Meiling")],
    ),
    (
        "He messaged us, @daveyboy_riders77, to say his melanoma margins were clear. Please don't DM the lab.",
        [("CONTACT", "@daveyboy_riders77")],
    ),
    (
        "Aged 52, barmaid at the old hotel by Kinsale Harbour, lesion on the lip for months. SCC.",
        [("DETAIL", "barmaid at the old hotel by Kinsale Harbour")],
    ),
    (
        "Our seventy-year-old who runs the chip shop in Port Isaac has a desmoplastic melanoma on the scalp.",
        [("DETAIL", "runs the chip shop in Port Isaac")],
    ),
    (
        "the former Blackpool tower ballroom pianist is back with another BCC. 3rd one this year.",
        [("DETAIL", "former Blackpool tower ballroom pianist")],
    ),
    # round 55 (from the 54th blind corpus), new phrasings
    (
        "Mole on the arm of the BBC Scotland late weatherman, compound naevus, nothing sinister. He was lovely about it.",
        [("DETAIL", "BBC Scotland late weatherman")],
    ),
    (
        "Lymph node from the Emir of a tiny town outside Kano, reactive follicular hyperplasia. The entourage filled the corridor.",
        [("DETAIL", "Emir of a tiny town")],
    ),
    (
        "Remember Tendai R. from Mutare? Her pleural fluid finally grew TB. Ziehl was negative twice.",
        [("NAME", "Tendai R.")],
    ),
    (
        "Rose in bed 7 asked if the lab has a window. It does not. Her lymphoma is responding, Rose.",
        [("NAME", "Rose")],
    ),
    (
        "Cytology request: 'Priya d/o Subramaniam, 19 yrs, neck node'. That's all we get.",
        [("NAME", "Subramaniam")],
    ),
    (
        "Decedent brought in Thu 6/11 after a fall at home, subdural plus a surprise renal cell carcinoma.",
        [("DATE", "6/11")],
    ),
    (
        "Anyone else remember the 21/03 frozen? Mrs Koenig's ovary, the one that was a Brenner tumour.",
        [("DATE", "21/03")],
    ),
    (
        "Opérée lundi, résultat mardi, et la famille n'était toujours pas informée jeudi. Ça ne va pas.",
        [("TIME", "jeudi")],
    ),
    (
        "Café dans la salle de pause ☕ dernier pot du jour venu de l'unité 3B, lit 9 : une vésicule de 14 cm.",
        [("LOCATION", "lit 9")],
    ),
    (
        "Quiz du vendredi : fillette de huit ans venue de Tambacounda, masse abdominale, aspect en ciel étoilé. Diag ?",
        [("LOCATION", "Tambacounda")],
    ),
    # round 56 (from the 55th blind corpus), new phrasings
    (
        "Her name is actually Joy and her lymph node is reactive. Joy to the world 🎄",
        [("NAME", "Joy")],
    ),
    (
        'Sticky note on the scope: "Pemberton, DOB 02/05/1961, redo the PAS". Whose handwriting is this?',
        [("NAME", "Pemberton")],
    ),
    (
        "Exemple à ne pas suivre : « RTK, 61a, RCP poumon lun. 9/2 ». Trois infos et on la retrouve.",
        [("NAME", "RTK")],
    ),
    (
        "Frozen called at quarter past eleven at night, margin clear, surgeon happy.",
        [("TIME", "quarter past eleven at night")],
    ),
    (
        "Bipé vers trois heures du matin pour un extempo de la patiente du 12, ganglion négatif.",
        [("TIME", "trois heures du matin")],
    ),
    (
        "Insurer bounced the PD-L1 again, subscriber ID QWR 5521 8830 1. Appeals are my new hobby.",
        [("ID", "QWR 5521 8830 1")],
    ),
    (
        "Le frottis du jour, c'est le médecin de mon fils. Je laisse la lecture à ma collègue.",
        [("DETAIL", "le médecin de mon fils")],
    ),
    (
        "Granulomas everywhere in the beekeeper from Little Ashby, 200 stings last summer.",
        [("DETAIL", "beekeeper from Little Ashby")],
    ),
    (
        "Lipome banal chez l'arbitre de Pro D2 qui a sifflé dimanche. Il voulait savoir si c'était grave.",
        [("DETAIL", "arbitre de Pro D2")],
    ),
    (
        "Biopsy from the woman who runs the yoga studio on Mill Lane, benign naevus, she can stop worrying.",
        [("DETAIL", "runs the yoga studio on Mill Lane")],
    ),
    (
        "Second avis : le patient est une actrice que tout le monde connaît, mélanome in situ. Discrétion.",
        [("DETAIL", "actrice que tout le monde connaît")],
    ),
    (
        "The gentleman who won £3m on the EuroMillions had his thyroid out here. Papillary, pT1a.",
        [("DETAIL", "won £3m on the EuroMillions")],
    ),
    (
        "PMs on the Corbridge minibus crash victims all week. Grim list.",
        [("DETAIL", "Corbridge minibus crash")],
    ),
    (
        "Placenta from delivery room 4, velamentous cord insertion, the midwives called it first.",
        [("LOCATION", "delivery room 4")],
    ),
    ("Her marrow is on my scope now and all I can think is she's nine.", [("AGE", "nine")]),
    # round 57 (from the 56th blind corpus), new phrasings
    (
        'Request form for the FNA: "DOB 14/ix/63", in green ink. Who still writes months in Roman numerals?',
        [("DATE", "14/ix/63")],
    ),
    (
        "Bx taken on Mrs Adeyemi, signed out the 9th, chased by the team on the 10th. Turnaround matters.",
        [("DATE", "the 9th")],
    ),
    (
        "Patiente opérée le 17, compte rendu rendu le 20 : pT2, marges saines. Mme Caradec est rassurée.",
        [("DATE", "le 17")],
    ),
    (
        "the hospital number on the form is 5521·480·337 but the pot says 5521·408·337. Rejected.",
        [("ID", "5521·480·337")],
    ),
    (
        "Appeal number 12 for my lymphoma pt, member ID KLT 4402 91873. The PD-L1 is not optional.",
        [("ID", "KLT 4402 91873")],
    ),
    (
        "Marrow came in yday, the family says he's 7 and loves dinosaurs. shes 34, his mum, and she hasn't slept 🙏",
        [("AGE", "34")],
    ),
    (
        "Frozen collected the night before Christmas Eve from Mr Lindqvist, sent down in a taxi.",
        [("DATE", "the night before Christmas Eve")],
    ),
    (
        "Photo of a gross specimen on WhatsApp and I can read R. Achterberg-Hale on the label. Crop it, people.",
        [("NAME", "R. Achterberg-Hale")],
    ),
    (
        "Biopsie de l'épouse du député de la circonscription, rien de grave. Le téléphone n'arrête pas.",
        [("DETAIL", "épouse du député")],
    ),
    (
        "PM today on the last remaining Dunkirk veteran in Cornwall. A privilege.",
        [("DETAIL", "the last remaining Dunkirk veteran in Cornwall")],
    ),
    (
        "Naevus bénin chez un médaillé de bronze olympique, il voulait surtout savoir quand il pouvait ramer.",
        [("DETAIL", "médaillé de bronze olympique")],
    ),
    (
        "Skin biopsy on a well-loved Bake Off finalist, seborrhoeic keratosis. Not saying more.",
        [("DETAIL", "Bake Off finalist")],
    ),
    # round 58a (what blind corpus 56 left open), new phrasings
    (
        "Hospital no. on the form reads 7710·553·214, the pot reads 7710·535·214. Two different patients? Sent back.",
        [("ID", "7710·535·214")],
    ),
    (
        "NDA 2231-448-09 sur le bon, 2231-484-09 sur le pot. Deux patients différents ? Retour au service.",
        [("ID", "2231-484-09")],
    ),
    (
        "Sigmoïdectomie le 29 février, le jour de ses 84 ans (« mon 21e anniversaire ! » a-t-il dit). pT2N0. Bon anniversaire monsieur.",
        [("DATE", "le 29 février")],
    ),
    (
        "Patiente née en mars 58, nodule thyroïdien, cytologie Bethesda IV. On attend la lobectomie.",
        [("DATE", "mars 58")],
    ),
    (
        "Twin brothers on the same list, born both in 1949, same surname, same GP. Check every label twice.",
        [("DATE", "1949")],
    ),
    (
        'Pot labelled "taken 14/11/2026 2340" and it arrived fixed in saline. The night team tried.',
        [("TIME", "2340")],
    ),
    # round 58 (from the 57th blind corpus), new phrasings
    (
        "Derm case from Wednesday: amelanotic melanoma on the sole, Breslow 3.1 mm. Sent for SLNB.",
        [("TIME", "Wednesday")],
    ),
    (
        "Did the PM Friday on the man pulled from the canal. Drowning, no injuries. Coroner informed.",
        [("TIME", "Friday")],
    ),
    (
        "La fille d'une patiente m'a écrit sur Insta mardi pour savoir si la biopsie de sa mère « c'est un cancer ». Non, je ne réponds pas.",
        [("TIME", "mardi")],
    ),
    (
        "Cores taken the 2nd, arrived the 9th. A week in transit. Who do I complain to?",
        [("DATE", "the 9th")],
    ),
    (
        "Mme Le Bihan : prélevée le 7/X, reçue le 15/X. Huit jours pour traverser l'hôpital.",
        [("DATE", "le 7/X")],
    ),
    ("IPP 55 21 90 34 sur le pot, rien sur le bon. On renvoie.", [("ID", "55 21 90 34")]),
    (
        "Courrier de l'assureur : n° de contrat 4471-0932-55 en objet, et le diagnostic en clair dans le corps du mail.",
        [("ID", "4471-0932-55")],
    ),
    ("Liver tx bx: no rejection, donor 41. Recipient doing well.", [("AGE", "41")]),
    (
        "Biopsie rénale de Lina, trois semaines : syndrome néphrotique congénital, on attend la génétique.",
        [("AGE", "trois semaines")],
    ),
    (
        "Skin bx from a Championship striker (27, no names) who just wants to know if he can play Saturday.",
        [("AGE", "27")],
    ),
    (
        "Jejunal bx from a 3-week-old. Parents Zoryana and Bohdanko are in the family room.",
        [("NAME", "Zoryana")],
    ),
    (
        "PM today on the Portavogie trawler skipper lost in Tuesday's storm. Fifty-two.",
        [("DETAIL", "the Portavogie trawler skipper")],
    ),
    (
        "Ganglion cyst from the lead cellist of the Hallé Orchestra. She's back rehearsing next week.",
        [("DETAIL", "cellist of the Hallé")],
    ),
    (
        "Autopsie du patron du bateau de pêche ? Non : patron du chalutier de Lorient, disparu en mer.",
        [("DETAIL", "patron du chalutier de Lorient")],
    ),
    # round 58b (re-read of rounds 58a and 58), new phrasings
    # round 59a (what blind corpus 57 left open)
    (
        'Has anyone seen the pink pot "Gallagher" from derm clinic? Shave bx, fell off the trolley.',
        [("NAME", "Gallagher")],
    ),
    (
        "Le bocal rouge « Lefebvre » a fui dans le chariot, pièce de colectomie. Bravo à nous.",
        [("NAME", "Lefebvre")],
    ),
    (
        "Cassette B-2025_04418-C2 came through with no label on the other side. Colon, obviously.",
        [("ID", "B-2025_04418-C2")],
    ),
    (
        "merci de ressortir P 25 / 0 4 4 8 1 pour la RCP, la patiente est reconvoquée",
        [("ID", "P 25 / 0 4 4 8 1")],
    ),
    (
        "Lame 24B 0 3 9 1 7 cassée au montage, on recoupe le bloc du patient.",
        [("ID", "24B 0 3 9 1 7")],
    ),
    (
        "Day +30 marrow looks great. Thinking of the entire Fitzgibbon family, what a year for them.",
        [("NAME", "Fitzgibbon")],
    ),
    (
        "Tout le service la surnomme « Zaza la Tornade ». Biopsie cutanée, 81 ans, carcinome basocellulaire.",
        [("NAME", "Zaza la Tornade")],
    ),
    (
        "Mésothéliome, 77 ans. Ancienne couturière à la manufacture de tabac de Morlaix.",
        [("DETAIL", "couturière à la manufacture de tabac de Morlaix")],
    ),
    (
        "Cassette and request both say Mulrooney, but the pot is blank. Lung wedge, left.",
        [("NAME", "Mulrooney")],
    ),
    # round 59 (from the 58th blind corpus), new phrasings
    (
        "Intraop consult at 09:20 today, adnexal mass, 31. Mucinous borderline, surgeon relieved.",
        [("TIME", "today")],
    ),
    (
        "Scalp lesion in a 6yo boy from Clonakilty, seen in derm Wed. Aplasia cutis? Thoughts welcome.",
        [("TIME", "Wed")],
    ),
    (
        "Thymoma type B2 in the county hurling goalie. Friday's MDT went quiet for a second.",
        [("TIME", "Friday")],
    ),
    (
        "Autopsy of the woman found at the bottom of the quarry after Saturday's storm: 58, head injury, no drowning.",
        [("AGE", "58")],
    ),
    (
        "biopsie gastrique le goff 63a adk peu diff, HER2 en cours",
        [("NAME", "le goff"), ("AGE", "63")],
    ),
    (
        "FNA on siobhan this morning, left level II node, reactive. Lovely woman.",
        [("NAME", "siobhan")],
    ),
    (
        "Médulloblastome chez une petite de 7 ans. Tout le village est derrière elle #teamlou",
        [("NAME", "#teamlou")],
    ),
    (
        "Le compte rendu de Mme Varenne est parti il y a 20 min, son chirurgien la rappelle demain.",
        [("TIME", "il y a 20 min")],
    ),
    (
        "Naevus atypique du producteur de lait de Vire, on a relu à deux.",
        [("DETAIL", "producteur de lait de Vire")],
    ),
    (
        "FNA from the Pradhan of Rampur village, thyroid nodule, Bethesda II. His escort filled the corridor.",
        [("DETAIL", "Pradhan of Rampur")],
    ),
    (
        "PM on the youngest winner of the Galway Sea Swim, 19. Long QT suspected, genetics sent.",
        [("DETAIL", "youngest winner of the Galway Sea Swim")],
    ),
    (
        "La maman de Lina m'a écrit en DM depuis maman_de_lina_56 au sujet de la biopsie de sa fille.",
        [("CONTACT", "maman_de_lina_56")],
    ),
    # round 60a (what blind corpora 57 and 58 left open)
    (
        "Tout le personnel de la neuro C connaît ce monsieur de 74 ans : biopsie musculaire, myosite à inclusions.",
        [("LOCATION", "la neuro C")],
    ),
    (
        "Liver core from a 58M, cirrhosis. Small world: his hometown is Ballyjamesduff, same as my gran's.",
        [("LOCATION", "Ballyjamesduff")],
    ),
    (
        "Placenta, patiente de 29 ans, accouchement à Pierre-Rouge, chorioamniotite aiguë.",
        [("LOCATION", "Pierre-Rouge")],
    ),
    (
        "The receptionist read the name as F-I-T-Z-P-A-T-R-I-C-K over the phone, then the pot arrived with no label. Skin ellipse.",
        [("NAME", "F-I-T-Z-P-A-T-R-I-C-K")],
    ),
    (
        "Étiquette du pot : D.U.R.A.N.D, prélèvement colique, sans date. On appelle le service.",
        [("NAME", "D.U.R.A.N.D")],
    ),
    (
        "Appendicite phlegmoneuse chez un garçon de 12 ans, opéré en urgence la nuit dernière.",
        [("TIME", "la nuit dernière")],
    ),
    ("Frozen for M.O'S. from theatre, margins clear, surgeon happy.", [("NAME", "M.O'S.")]),
    (
        "Ostéosarcome du fémur distal chez une nageuse de l'équipe régionale, 15 ans. Triste.",
        [("DETAIL", "nageuse de l'équipe")],
    ),
    (
        "Ewing sarcoma of the rib in a gymnast for the county squad, only a teenager. Gutted.",
        [("DETAIL", "gymnast for the county")],
    ),
    (
        "Biopsie mammaire chez une femme de 45 ans, aide-soignante chez nous en gériatrie. Carcinome lobulaire.",
        [("DETAIL", "aide-soignante chez nous en gériatrie")],
    ),
    # round 60 (from the 59th blind corpus), new phrasings
    (
        "Pièce de sigmoïdectomie, patient de 71 ans, réséquée jeudi : adénocarcinome pT2.",
        [("TIME", "jeudi")],
    ),
    (
        "44F, triple negative, 3.1 cm. Her chemo begins Thursday, fingers crossed.",
        [("TIME", "Thursday")],
    ),
    ("La tumeur de Warthin de vendredi : un homme de 67 ans, gros fumeur.", [("TIME", "vendredi")]),
    (
        "the label on the cassette reads Q25B0044718 but the form says something else. 59F, breast core.",
        [("ID", "Q25B0044718")],
    ),
    ("Lame 25/CY/01187 pour Mme Roux, à recouper.", [("ID", "25/CY/01187")]),
    (
        "Shave of the nose from a gentleman in his early nineties, BCC, clear margins.",
        [("AGE", "in his early nineties")],
    ),
    ("mrs finnegan 66 ?melanoma back of calf. no history given, as usual", [("AGE", "66")]),
    ("M.K. 72 biopsy of the tongue, SCC. Clinic aware.", [("AGE", "72")]),
    (
        "Melanoma on the back of the only chiropodist on the Isle of Muck. Everyone will know.",
        [("DETAIL", "only chiropodist on the Isle")],
    ),
    (
        "PM today on a 23-year-old climber who fell from the Old Man of Hoy. Multiple injuries.",
        [("DETAIL", "climber who fell from the Old Man of Hoy")],
    ),
    ("pte a.-c. d., 47 ans, cytologie cervico-utérine : HSIL.", [("NAME", "a.-c. d.")]),
    # round 61a (what blind corpus 59 left open)
    (
        "Gallbladder from Wednesday: xanthogranulomatous cholecystitis, not the cancer the surgeon feared. 71F.",
        [("TIME", "Wednesday")],
    ),
    (
        "La vésicule de jeudi : cholécystite xanthogranulomateuse, pas de cancer. Patiente de 71 ans soulagée.",
        [("TIME", "jeudi")],
    ),
    (
        "Mme Roussel, 59 ans, hospitalisée en cardiologie, 4e étage : biopsie endomyocardique, amylose AL.",
        [("LOCATION", "cardiologie, 4e étage")],
    ),
    (
        "Skin ellipse from Mr Dunne, block labelled RK-2511-14, melanoma in situ, margins clear.",
        [("ID", "RK-2511-14")],
    ),
    ("Core biopsy of the left breast, invasive lobular carcinoma, ER 8/8. 64F.", [("AGE", "64F")]),
    (
        "Pleural effusion cytology, mesothelial cells only, no malignancy. Patient 83M.",
        [("AGE", "83M")],
    ),
    (
        "The nurse asked whether I had looked at the lymph node for Tyrese (41) yet. Reactive, thankfully.",
        [("NAME", "Tyrese")],
    ),
    # round 61 (from the 60th blind corpus), new phrasings
    (
        "#pathboards 34 ans, la boulangère du marché couvert, nodule du sein droit vu au CH de Montbrison-Est. Votre diagnostic ?",
        [("LOCATION", "CH de Montbrison-Est")],
    ),
    (
        "Internes, regardez la rate du 52 ans, macroscopée jeudi : lymphome de la zone marginale splénique.",
        [("TIME", "jeudi")],
    ),
    (
        "That sweet man in the side room near the nurses' station is ninety-four and wants his TURP chips back. Benign.",
        [("AGE", "ninety-four")],
    ),
    (
        "Residents: the kidney we grossed Friday from the 44M turned out to be a chromophobe RCC.",
        [("TIME", "Friday")],
    ),
    (
        "Quiet Sunday post-mortem: the hill walker found below Ben Nevis. Hypothermia.",
        [("TIME", "Sunday")],
    ),
    (
        "Bipée à 3h samedi pour une extempo sur un ganglion, patiente de 41 ans, lymphome.",
        [("TIME", "samedi")],
    ),
    (
        "Son frère m'écrit : « c'est pour ma sœur Léa, opérée mardi, vous pouvez me contacter sur @theo_mrtn stp »",
        [("CONTACT", "@theo_mrtn")],
    ),
    (
        "Je tague sa sœur @claire.dbs qui suit le dossier : Mathis a eu son résultat, séminome pur.",
        [("CONTACT", "@claire.dbs")],
    ),
    (
        "Worklist left on the printer with KELLY-ZWANETTI, Blessing at the top. Please shred.",
        [("NAME", "KELLY-ZWANETTI")],
    ),
    (
        "Found our old case: Tomás Reyes, now 8, is five years out from his Wilms tumour.",
        [("AGE", "8")],
    ),
    (
        "The Gower Road surgery keeps sending unlabelled pots. Today's skin shave had no name at all.",
        [("LOCATION", "Gower Road")],
    ),
    (
        "Tatouage sur la pièce d'exérèse de ce matin : l'inscription Papi Marcel 1948 en lettres gothiques sur l'avant-bras.",
        [("TIME", "ce matin")],
    ),
    # round 62a (what blind corpus 60 left open)
    (
        "Bone marrow trephine on Ms Adeyemi, 29, an apprentice glazier from Stonebridge Abbey, shows aplastic anaemia.",
        [("DETAIL", "apprentice glazier from Stonebridge Abbey")],
    ),
    (
        "Biopsie cutanée de M. Le Floch, apprenti charpentier à Kerlouan, carcinome basocellulaire.",
        [("DETAIL", "apprenti charpentier à Kerlouan")],
    ),
    (
        "Mme Garnier, 81 ans, ancienne médecin de campagne de Villers-la-Forêt, m'a apporté ses lames. Même lésion.",
        [("DETAIL", "médecin de campagne de Villers-la-Forêt")],
    ),
    (
        "Vieux bon de demande retrouvé : « biopsie gastrique, Marchetti, 67 a. », écrit au crayon.",
        [("AGE", "67")],
    ),
    (
        "Tattooed forearm on today's excision: an anchor above the words Bill Forever 1979, melanoma underneath.",
        [("DETAIL", "Bill Forever 1979")],
    ),
    (
        "Mélanome sous un tatouage : une rose entourant les mots Maman Josette 1962 sur l'épaule, exérèse large.",
        [("DETAIL", "Maman Josette 1962")],
    ),
    (
        "His family set up a fundraiser for Jayden Mbeki at helpjayden.example/appeal after his sarcoma diagnosis.",
        [("CONTACT", "helpjayden.example/appeal")],
    ),
    (
        "Someone printed a worklist with NHS no. 401 023 2137 and OKORO, Blessing on it and left it by the vending machine on Level 4, Corvenhall Hospital. Shred. Your. Paper.",
        [("LOCATION", "Corvenhall Hospital")],
    ),
    (
        "The lady we biopsied at Mercy Oakhurst keeps asking about her results, and I keep saying soon.",
        [("LOCATION", "Mercy Oakhurst")],
    ),
    (
        "Frozen section for a woman in her fifties scanned at Kestrelmoor Royal: a benign fibroadenoma.",
        [("LOCATION", "Kestrelmoor Royal")],
    ),
    # round 62 (from the 61st blind corpus), new phrasings
    (
        "Histo: H 71, TURBT, high-grade urothelial carcinoma invading muscle. Mr Pellow is asking to see the slides.",
        [("AGE", "71")],
    ),
    (
        "#pathboards F44, breast core, spindle cells and leaf-like fronds. Phyllodes? She came from Helston.",
        [("AGE", "44")],
    ),
    (
        "Skin punch for Mrs Okafor, unit no. QH5530218, lichen planus with a band-like infiltrate.",
        [("ID", "QH5530218")],
    ),
]

SAFE = [
    "Give 2 units of red cells if Hb < 7; a unit is about 300 mL. Care homes need clear advice.",
    "The only stain in our panel that helps here is SOX10. The only clue on H&E is the nuclear groove.",
    "The former classification of Lynch syndrome screening is outdated; see the WHO 2022 update.",
    "Gleason 4+3, ISUP grade 3. Cores positive: 6/12. Use a 14F catheter and an 18F-FDG scan.",
    "Most patients are in their 60s; a woman in her 40s is unusual. See Figure (2) and Table (3).",
    "Ki-67, 30%. Mitoses, 12 per 10 HPF. Stains: CK7, CK20, TTF1.",
    "Maladie de Paget du mamelon : toujours chercher le carcinome sous-jacent. #pathboards",
    "Warthin tumour vs oncocytoma: the lymphoid stroma is the clue. #knoworfail",
    "Carcinome de Merkel : CK20 en dot paranucléaire, TTF1 négatif. #doctoctoc",
    "See you at #USCAP2026 in San Antonio, March 21-26! Our poster is on Monday.",
    "Journées de la SFP à Paris le 5 décembre : inscriptions ouvertes.",
    "BRAF V600E in 45% of papillary thyroid carcinomas (PMID 12345678).",
    "Gleason 4+3=7, ISUP grade 3, pT3aN0: what would you add to the report?",
    "A woman in her 50s with a breast mass: what is your diagnosis? #pathclues",
    "Une patiente d'une soixantaine d'années, nodule pulmonaire : votre avis ?",
    "Huge thanks to @dr_lena_path for teaching the frozen section course!",
    "Merci à @pathointerne pour ce super tweetorial sur les lymphomes.",
    "Ki-67 30%, mitoses 12/10 HPF, taille 4,5 cm : grade 3 de Nottingham.",
    "ICD-O 8140/3, doi:10.1016/j.path.2024.01.002 for the full series.",
    "Tweetorial ce soir à 21h sur les tumeurs rénales, rejoignez-nous !",
    "Reed-Sternberg cells in a mixed background: classic Hodgkin until proven otherwise.",
    "Kaposi, Burkitt, Ewing, Spitz: four eponyms, four very different tumours. Quiz!",
    "— Dr Alix Moreau (@alix_path), pathologiste, Brest",
    "Le score de Glasgow n'a rien à voir avec le grade de Nottingham, rappel pour les internes.",
    "Retired from signing out after 35 years: thank you to all my colleagues!",
    "FIGO IB carcinoma of the cervix, HPV-associated, p16 block positive.",
    "Five-year survival is above 90% for stage I disease.",
    "Case of the week (archive, 2015): adult granulosa cell tumour, FOXL2 mutated.",
    # Round 3 look-alikes: sign-offs with a job title, the author's career, teaching events,
    # exam dates, recurring meetings, role mailboxes, journals, durations, colleagues' handles.
    "— Dr. Amina Diallo, pathologist @AminaPath",
    "— Dr Lefèvre, interne en anatomopathologie. Cas inventé pour l'enseignement.",
    "Starting my residency at Mayo Clinic in July, so excited! 🎉",
    "Proud to join the pathology department at Massachusetts General as a fellow next year.",
    "Tonight's unknown: a mediastinal mass in a young adult. #pathclues",
    "Ce soir, live sur Instagram avec @InternesPatho : les pièges de l'extemporané.",
    "Les épreuves de l'EDN ont lieu le 14 octobre : bon courage à tous les externes !",
    "Journal club every Thursday at 8am in the library, bring coffee.",
    "Contact the course office: pathcourse@example.edu (no patient data, please).",
    "Cette semaine, thread sur les colorations argentiques : Gomori, Grocott, Warthin-Starry.",
    "Conservation des lames : 10 ans minimum selon la réglementation.",
    "Our review is now online in Modern Pathology, with data from 300 cases.",
    "Article accepté dans Virchows Archiv 🎉 Merci aux co-auteurs.",
    "Staff mardi à 13h30, salle 2 : cas difficiles de la semaine.",
    "Boards are on June 9 this year: who wants to join our study group?",
    "Cribriform glands at 20x, Gleason pattern 4 at least. Tumour margins at 5.",
    "Our lab in Rennes is hiring two pathologists, GI and breast! DM me.",
    "Questions to info@sfpathol.example (not for patient data, please).",
    "Survie à 5 ans : 78 % dans cette série de 212 cas. Contrôle à 2 ans conseillé.",
    "Kaposi's sarcoma and Paget's disease: two eponyms, one quiz. #pathboards",
    "SOX10, GATA3 and INI1 on the same slide: which one is lost in epithelioid sarcoma?",
    "Journal club tous les jeudis à 8h, salle 3 du labo : venez nombreux !",
    "— Dr Yann Kerbrat, interne en anatomie pathologique, @yann_patho",
    "5-year survival was 80% with 10 yrs follow-up; pT2N0M1 stays M1 whatever the score.",
    "Lab opening hours: Monday to Friday 8am to 6pm, frozen sections until 5pm.",
    "@histo_prof@mastodon.social thanks for the slides on the Paris System!",
    "Virchow à Berlin, Laennec à Paris : deux géants de l'anatomie pathologique.",
    "Our unit just got a new digital scanner, 200 slides an hour. #digitalpath",
    "Soutenance de thèse à Lyon en décembre : la maladie de Rosai-Dorfman !",
    "We're hiring at the Royal Derby Hospital! Consultant post, closing date 3 February 2027.",
    "Le CHU de Poitiers recrute un chef de clinique, prise de poste le 1er novembre 2027.",
    "FRCPath Part 1 on 11 March 2027: good luck to all our trainees in Sheffield!",
    "Anti-CD3 clone LN10, 1:200, pH 9 retrieval. Anyone using it on the Bond?",
    "History corner: Laennec described cirrhosis in Paris in 1819. Who else loves this stuff?",
    "Trained at Queen's University Belfast, now consultant in Aberdeen. Thank you, mentors!",
    "Journées de pathologie 2027 à Tours, 14-16 juin. Qui vient en train depuis Bordeaux ?",
    "5000 abonnés, merci ! — Dr Léa Martin, pathologiste à Rennes (@lea_patho)",
    "Congrès de la SFP à Lille du 3 au 5 décembre. Posters à soumettre avant le 15 septembre.",
    "Signed out 38 cases today and not one needed a second opinion. Good day!",
    "Retirement party on Friday after 30 years at the Royal Free Hospital. Thank you all!",
    "Bravo à l'équipe du CHU de Nantes pour sa présentation au congrès !",
    "Marie-François-Xavier Bichat, born 1771 in Thoirette, died young in Paris (1771-1802).",
    "15 ans de pratique en anatomie pathologique à Rouen : trois leçons apprises.",
    "USCAP 2027 in San Antonio, March 20-25. Submit your abstracts by 1 October!",
    "Councilman bodies, named after William Councilman: apoptotic hepatocytes in yellow fever.",
    "Moving from Bristol to Cardiff next month for ST4. Cardiff trainees, say hi!",
    "Back from holidays in Biarritz and back at the microscope on Monday 😎",
    "Les résidents de l'Université de Sherbrooke présentent leurs cas mardi à 12h, amphi B.",
    "Karl Rokitansky was born in 1804 and performed tens of thousands of autopsies. #pathhistory",
    "Homme d'environ 60 ans, nodule pulmonaire : carcinoïde typique, Ki-67 < 2 %.",
    "J'ai passé 4 ans à l'hôpital Tenon avant de rejoindre Nantes. Je recommande !",
    "Pneumopathie d'hypersensibilité (PHS) : granulomes mal formés, bronchiolite. Quiz !",
    "The Lindow Man, about 2,000 years old, is a great paleopathology story. #pathhistory",
    "Merci au CHU de Dijon pour ces cinq années d'internat 🎓",
    # round 8 (from the 7th blind corpus), new phrasings
    "Dr Anna Whitlock, consultant histopathologist in Leeds. Views my own. Today's teaching case below 👇",
    "Dr Paul Renaud, pathologiste à Lausanne. Avis personnels. Cas anonymisé ci-dessous 👇",
    "Il y a 12 ans je commençais l'internat à Tours. Aujourd'hui je dirige l'unité de biologie moléculaire.",
    "Aujourd'hui journée portes ouvertes du service pour les collégiens : microscopes et lames 🔬",
    "Adénome tubuleux en dysplasie de bas grade : coloscopie de contrôle à 5 ans selon les recommandations.",
    "Bouchons sur l'A7 ce matin, j'arrive en retard au staff : commencez sans moi !",
    "Anticorps anti-CD20 et A1 : quiz du jour, réponse demain.",
    "Interne au CHU de Brest, j'adore ce métier ! Vive la pathologie.",
    # round 9 (from the 8th blind corpus), new phrasings
    "Today it's been 12 years since I cut my first frozen section at St Luke's. Thank you to my first bench mentors.",
    "Ça fait 20 ans aujourd'hui que j'ai signé mon premier compte rendu au CHU de Caen. Merci à mes maîtres.",
    "Eight years since I passed FRCPath Part 2 on 14 March 2018, and I still dream about the spotters.",
    "Our cytology lab is open 7:30am–5pm Mon–Fri; urgent FNAs accepted until 4pm.",
    "New reporting template for thyroid FNAs goes live in our LIS on Thursday. Bethesda categories unchanged.",
    "A quote from my old boss hangs above my desk in Leeds: 'Look at the low power first.'",
    "Questions about a report? Contact our histopathology office at histo.office@riverside-nhs.example or 0300 555 0199, Mon–Fri.",
    "Nombre de biopsies lues ce mois-ci : 812. Je mérite des vacances.",
    "Cinq ans depuis mon DES, le temps passe vite 🎓",
    "Nouvelle recommandation HAS sur le dépistage du col parue ce matin : à lire avant le staff.",
    "Cirrhose de Laennec et maladie de Dupuytren : deux éponymes, un seul Trousseau de signes. Quiz !",
    # round 10 (from the 9th blind corpus), new phrasings
    "The histology lab closes on 24 and 31 December. Urgent work: ring the on-call BMS on 0161 555 0101.",
    "Le labo d'anapath sera fermé le 1er et le 2 janvier. Urgences : technicien d'astreinte au 03 80 29 30 31.",
    "New lab numbers from Tuesday: frozen sections +44 131 555 0111, immunohistochemistry +44 131 555 0112.",
    "Nouveaux numéros : macroscopie 05 56 79 00 01, immunohistochimie 05 56 79 00 02. Merci de noter.",
    "Questions about cut-up slots: cutup.bookings@hospital.example.org. Thanks!",
    "Bone marrow numbers this week: 31 trephines, 18 aspirates and 4 flow panels reported today. Tired.",
    "Bilan de garde : 28 biopsies gastriques, 9 pièces opératoires et 3 extempos lues aujourd'hui.",
    "Today marks International Day of the Pathologist. Thank you, colleagues!",
    "Aujourd'hui, c'est la Journée internationale des laboratoires. Merci aux techniciens !",
    "Did you know? Giovanni Morgagni was born on 25 February 1682 in Forlì. The father of anatomical pathology.",
    "Le saviez-vous ? Xavier Bichat est né le 14 novembre 1771 à Thoirette. Il a décrit les tissus.",
    "Part 1 results are released on 9 March. Fingers crossed for our trainees, especially Amira and Callum!",
    "Les résultats de l'EDN sortent le 3 juillet. Bonne chance à tous, et surtout à Inès et Théo !",
    "We are hiring a consultant histopathologist. Closing date for applications: 15 February.",
    "After 28 years I'm retiring from St Bartholomew's in March. It has been an honour.",
    "Il y a dix ans, j'arrivais au service d'anapath du CHU de Reims comme interne. Merci à tous !",
    "Mon grand-père voulait que je sois chirurgien ; finalement je suis pathologiste à Dijon et heureuse.",
    "Welcome to our new lab manager, based in the Henderson Building, 3rd floor, next to the coffee machine!",
    # round 11 (from the 10th blind corpus), new phrasings
    "Hello! I'm Dr Niamh Gallagher, ST3 in histopathology at Beaumont Hospital, Dublin. Here for slides and frozen section stories.",
    "Salut ! Je m'appelle Lucie Marchand, interne d'anapath au CHU de Nantes (3e semestre). Ici pour les lames et l'entraide.",
    "Vacancy: specialty doctor in cellular pathology, University Hospital Wishaw. Informal enquiries: pathology.jobs@nhs.example, tel 01698 000 000. Closing date 3 February.",
    "Le service de pathologie du CH de Vannes recrute. Renseignements : secretariat.anapath@ch-vannes.example, tél. 02 00 00 00 00.",
    "It's my 35th birthday today and I spent the morning grossing a colectomy. Living the dream 🎂",
    "C'était mon premier jour de garde aujourd'hui : trois extemporanés et un café froid.",
    "Osler-Weber-Rendu is named after three people. Sir William gets everywhere in medicine.",
    "Spent the weekend at the Gordon Museum in London looking at 19th-century specimens. Pathology heaven.",
    "Finished the audiobook on the train from Leeds to Edinburgh. Highly recommend it to every resident.",
    "Screening guidance: most programmes start above age 50 for bowel screening. Know your local policy.",
    "My daughter is 8 months old and still wakes at 5am every day. Frozen list at 9. Coffee please.",
    "Mon fils a 10 mois aujourd'hui et dort enfin la nuit. Bonne journée à tous les internes de garde !",
    # round 12 (from the 11th blind corpus), new phrasings
    "Officially turned 30 yesterday and spent it at the cut-up bench. Cake later.",
    "J'ai eu 40 ans hier, fêtés au labo avec les techniciennes 🎂 #vieinterne",
    "Our lab turns 75 this year: cake in the seminar room at 4pm on Friday.",
    "Le DIU de dermatopathologie (DIUDP) fête ses 20 ans, bravo aux organisateurs.",
    "Huge thanks to the techs who stayed late yesterday evening to finish the IHC run on the lymphomas.",
    "Merci aux secrétaires restées tard ce soir pour taper les comptes rendus de biopsies.",
    "Paget described his disease of bone on 14 November 1876. Still a great quiz topic.",
    "Chang and Eng, the original Siamese twins, were born in 1811. Their liver is in a museum.",
    "Cruveilhier présente son Atlas d'anatomie pathologique en 1829 : les planches restent superbes.",
    "Still using the Armed Forces Institute of Pathology atlas on bone tumours. Nothing beats it.",
    "Au XVIIIe siècle, on autopsiait à l'Hôtel-Dieu de Lyon dans une salle glaciale.",
    "Finished a great book on the history of autopsy this weekend. Recommended for residents.",
    "From 5 January our cut-up room moves: new address for specimens is Block D, level 2. Please update your request forms.",
    "Inauguration du nouveau labo de cytologie à l'hôpital Sud le 12 février ! Nouvelle adresse pour les prélèvements : bâtiment 4.",
    "Rappel : les patients ne peuvent pas récupérer leurs lames au secrétariat. — Service de pathologie, CHU Amiens-Picardie",
    "We are recruiting a consultant cytopathologist. Informal enquiries welcome. Aberdeen Royal Infirmary.",
    "Symposium de cytopathologie à Lille le 4 avril, je présente les tumeurs de Warthin. Amphi B, salle 12, venez nombreux.",
    "Mon trajet Quimper–Brest en TER, parfait pour relire le Rosai.",
    "My daily drive from Bray to St Vincent's: 40 minutes of pathology podcasts.",
    "Great teaching slide of a DLBCL, non-GCB by the Hans algorithm. — Kemal Aydın, haematopathology fellow, Leeds",
    # round 13 (from the 12th blind corpus), new phrasings
    "Just turned 35 today, the techs made me a cake shaped like a kidney 🎂",
    "Cycled in from Todmorden this morning through the floods, the slides were waiting.",
    "Trajet Lannion-Brest ce matin sous la grêle, 1 h 20 de route.",
    "Ma première garde de senior, le 4 mai 2019 : je m'en souviens encore.",
    "My last day as a registrar was 30 June 2021, and I still miss that team.",
    "Une actrice très connue a révélé publiquement son cancer du sein. Rien à voir avec nous, mais bravo pour le dépistage.",
    "A well-known singer has spoken publicly about her melanoma; not one of ours, but great for awareness.",
    "Founded in 1968 with two microscopes; today we are 24 pathologists and 60 staff.",
    "Clocked 71 hours this week. Look after your residents.",
    "58 heures cette semaine, et ce n'est pas fini. #internes",
    "Six mois d'inter-CHU à Abidjan avec le Pr Konan, j'y ai appris la cytologie.",
    "Did my elective with Prof Mensah, the best teacher I ever had.",
    "If you're ever in Aberdeen, the pathology collection at Marischal College is worth a visit.",
    "Si vous passez par Nancy, la collection d'anatomie de la faculté vaut le détour.",
    "Spent the day at the Coroner's court giving evidence. Exhausting.",
    "Rappel : sur la demande, « patient : nom, prénom, date de naissance », pas juste les initiales.",
    "Please save reports as surname_firstname_date.pdf, not as final_v2.docx.",
    "Un fibrome de 11 kg ? Notre record est de 4 kg. Racontez-moi les vôtres.",
    "En 1990 le labo avait deux techniciens ; aujourd'hui nous sommes 35, et toujours un seul café.",
    "Met the team at Waverley station before the course: a great day of teaching.",
    "Rendez-vous gare Montparnasse pour le congrès de Rennes, le TGV part à 7 h.",
    "Mon semestre à Bamako avec le Pr Diarra : plus de lymphomes de Burkitt en six mois qu'en trois ans ici.",
    # round 14 (from the 13th blind corpus), new phrasings
    "Happy birthday to me 🎂 40 today, celebrating with 30 prostate biopsies.",
    "Joyeux anniversaire à moi 🎉 40 ans aujourd'hui et 30 biopsies de prostate à lire.",
    "My commute from Didsbury took 90 minutes this morning, the tram broke down again.",
    "St Oswald's is hiring a consultant histopathologist. Apply by 2 January.",
    "Le CH de Morlaix recrute un pathologiste. Candidatures avant le 15 janvier.",
    "I grew up in Ballina and today the town opened a new library, so proud.",
    "J'ai grandi à Douarnenez et aujourd'hui ils inaugurent le nouveau port, trop fière.",
    "Lab away day on 3 Dec at the Crown Hotel, Harrogate. Bring slides and wellies.",
    "Five years ago today I signed out my first case as a consultant. Still nervous.",
    "Questions about the rotation? Email me at gi.fellowship@stoswalds.org",
    "Écrivez-moi à internat.anapath@chu-exemple.fr pour venir en stage.",
    "My dad turns 92 on Sunday! Big family lunch planned (sorry, off-topic).",
    "Mon grand-père fête ses 95 ans dimanche à Quimperlé 🎉 hors sujet.",
    "Block numbering changes on 1 April: the prefix becomes H27. Please update your templates.",
    "La numérotation des blocs change le 1er avril : préfixe B27 ensuite.",
    "Dr. Alvarez just got promoted to professor, nobody deserves it more.",
    "Le Pr Diallo vient d'être élue présidente de la société, amplement mérité.",
    "Fourth Warthin tumour this week, the parotid gods are busy.",
    "Troisième tumeur de Warthin cette semaine, les parotides se donnent le mot.",
    "Great slide seminar, thanks all! Next one in Nantes in June 🍷",
    "Super séminaire lames ! Prochaine édition à Lille en juin.",
    "3/4 biopsy cores positive for carcinoma, Gleason 3+4.",
    "Patient Transport Service: new pick-up times from Monday, tell your clinics.",
    # round 15 (from the 14th blind corpus), new phrasings
    "Spent my birthday grossing placentas 🎂 Thanks Dr Osei for the brownies, you're a star.",
    "Sad news about the Prince's health on the radio this morning. Reminder: we never speculate about public figures' diagnoses.",
    "Triste nouvelle à la radio ce matin sur la santé d'un ancien ministre ; on ne commente pas les diagnostics des personnalités.",
    "Our Dr Niamh Walsh just passed FRCPath Part 1!! Cake in the office.",
    "Notre Dr Camara vient de réussir son DESC, bravo !",
    "Encore 25 minutes de retard à Nantes, le TER de 7h48 est supprimé. Staff décalé.",
    "Projet PHRC-25-0042 financé ! Trois ans de recherche sur les sarcomes utérins.",
    "Les diapos du cours de Lausanne du 12 mars sont en ligne sur le site de la société.",
    "Super exposé du Dr Haddad sur les tumeurs de Spitz après 40 ans.",
    "Résumé n° 2210 accepté en communication orale à Genève ! Mon premier oral 🎉",
    "Third Warthin this week and it's only Tuesday 😅",
    "Had my own colonoscopy at Harrogate last week, all clear, back to the bench.",
    "Lundi 8h staff, mardi 3 lames à relire avant le jury.",
    "Journal club Thurs 16th at 8pm, bring a case.",
    # round 16 (from the 15th blind corpus), new phrasings
    "Bus broken down outside Stockport again, I'll be late for the frozen section list.",
    "RER B bloqué à Aulnay, je vais rater le staff de 9h. Merci la RATP.",
    "Revised for FRCPath on the 6:50 from Motherwell every day for months. Passed!",
    "My son's first day at school in Tauranga this morning and I was a wreck. Back to the microscope.",
    "Rentrée des classes à Charleroi pour mon fils ce matin, j'ai pleuré. Bon, retour aux lames.",
    "My nan turned 96 on Sunday in Sligo and she's still sharp as a tack.",
    "Mon grand-père a fêté ses 98 ans samedi à Rimouski, toute la famille était là !",
    "Watched the documentary about Serena Williams on the flight back from Perth, what an athlete.",
    "Le film sur Édith Piaf repassait hier soir, quelle voix. Rien à voir avec le boulot.",
    "The LIS upgrade went live last night and every report printed twice. IT ticket raised.",
    "Mise à jour du serveur d'imagerie ce matin : les lames numériques sont inaccessibles jusqu'à midi.",
    "Tomorrow night's #dermpath chat at 8pm GMT: acral naevi, hosted by @acralfan.",
    "Dr. Mensah reminds everyone that submissions for the slide club close on Friday.",
    "Le Pr Lefèvre rappelle que les lames du concours sont à rendre lundi, sans exception.",
    "Pathology history thread: Virchow taught cellular pathology in Berlin for decades.",
    "Classification de Prague C3M5 sur l'endoscopie, biopsies selon le protocole de Seattle.",
    "Question aux collègues belges : à Liège, vous faites une double lecture des biopsies prostatiques ?",
    "Mon fils a eu 6 mois hier et moi j'ai eu mon extempo de 8h30, grosse journée.",
    "Courage à toute l'équipe pour la macro de vendredi, on va y arriver.",
    # round 17 (from the 16th blind corpus), new phrasings
    "The President's operation is all over the news. Colleagues, we do not guess at anyone's pathology in public.",
    "Grant CRUK-2026-1188 is funded! Two years to study HPV in vulval cancer 🎉",
    "Anyone else's toddler off nursery this week? Mine's got hand, foot and mouth, so I'm reporting from home.",
    "Bon anniversaire à moi 🎂 41 ans et toujours à la paillasse un dimanche.",
    "L'opération du Premier ministre fait la une ; on ne spécule pas sur sa pathologie, merci.",
    "Bourse obtenue ! 2 ans pour travailler sur les sarcomes utérins, merci la Ligue.",
    "Suivez @SocBelgePatho pour le programme du congrès de Gand, 3-4 juin 2027.",
    "Selon Santé publique France, le dépistage du col a encore progressé cette année.",
    # round 18 (from the 17th blind corpus), new phrasings
    "Warthin tumour was named after Aldred Warthin, who described it in 1929 when he was 63 years old.",
    "La tumeur de Warthin doit son nom à Aldred Warthin, qui l'a décrite en 1929 à 63 ans.",
    "Mum's retiring from her pharmacy in Ennis after 40 years, so proud of her 🥹",
    "Turning 35 this week and still writing my thesis 😭",
    "Mon fils a eu 6 ans aujourd'hui et m'a demandé si les lames, c'était des bonbons 😂",
    "Club de lecture demain 20h chez le Dr Ndiaye à Fann, apportez vos cas mystères.",
    "Rappel : staff de cytologie tous les jeudis 13h en salle 4 du Centre Léon Bérard.",
    "Super tuto du Dr Roy sur la macro des colectomies, parfait pour les R2 de Chicoutimi.",
    "Mes grands-parents de Pointe-à-Pitre nous ont envoyé des accras pour tout le labo 😋",
    "Notre audit extempo/définitif sera présenté à Lausanne le 14 mai, 96 % de concordance.",
    # round 19 (from the 18th blind corpus), new phrasings
    "Journées de cytopathologie à Lyon, du 4 au 6 juin. Je présente une communication sur les tumeurs de Warthin !",
    "Path resident in Chennai here, 29F, how many cases do you all gross a day? (r/pathology)",
    "Fin de garde à Fort-de-France, je rentre au Lamentin. Au lit 😴",
    "Dad turned 80 on Sunday and we took him to Kinsale for lunch. Nothing to do with path 💙",
    "Our Ventana stainer is down again this morning, IHC backlog incoming 🙃",
    "Trois ans d'IA en pathologie numérique, notre projet est financé 🎉",
    # round 20 (from the 19th blind corpus), new phrasings
    "Home in Tralee for the long weekend, no slides for three days 🙌",
    "Bus crash in Limerick this morning according to the Irish Times. Nothing to do with work, just sad.",
    "Our cytology lab has moved from Level 2 to the old Ward 14. Update your courier runs.",
    "The Ministry of Health announced the new bowel screening age today. Big change for our lab.",
    "Huge thanks to Mrs Adeyemi (our lead BMS) for Thursday's 4 pm grossing session!",
    "Call NHS 111 if it's urgent, not the histology office 🙏",
    "Re-reading the Francis report on Mid Staffs tonight. Sobering.",
    "New microtome arrives tomorrow 🎉 the old one has done 20 years of service.",
    "Our histotech Aroha just embedded 300 blocks before lunch. Legend.",
    "The 1858 Virchow lectures on cellular pathology still read beautifully.",
    "Merci à Josiane, notre secrétaire, pour ses 30 ans de service au labo 💐",
    "Week-end à Salazie avec mes enfants, randonnée demain à 5 h. Pas une lame à l'horizon.",
    "Course Odysséa à Saint-Denis dimanche 7 h, toute l'équipe du labo court pour la recherche 🎀",
    "Lu dans Libération d'hier : les délais d'anapath explosent en Normandie.",
    "Ma fille a fêté ses 8 ans hier, et elle a demandé un gâteau en forme de cellule 🧫",
    "Le colloque ivoirien d'anatomie pathologique se tiendra le 5 mars à Abidjan.",
    "Campagne de vaccination HPV dans les collèges de Cayenne ce mois-ci, portée par l'ARS.",
    "Bonne fête à tous les Nicolas ! Et dédicace à mon co-interne Nicolas qui a coupé 60 blocs hier.",
    "Fière d'être une fille de Basse-Terre, et encore plus d'y revenir pour les vacances 🌴",
    "Vulvar SCC paper accepted! With Dr Aoife Byrne and Dr Kwame Asante, thank you both.",
    # round 21 (from the 20th blind corpus), new phrasings
    "Congratulations Dr Tunde Bakare on your FRCPath! The whole team at Ninewells is proud of you.",
    "The Minister announced 15 new histopathology training posts in Queensland today.",
    "Mum retired this week after 30 years as the pharmacist in Ennis, so proud of her",
    "Five years today since I started residency. From the CHU de Rennes to Montréal, what a journey.",
    "Anyone else's lab in Accra short of xylene? We're rationing in Kumasi too. #pathtwitter",
    "Napoleon's autopsy remains a classic teaching case in #histpath circles, 200 years later.",
    "Rendez-vous aux Journées de pathologie à Lille du 8 au 10 octobre, dîner des internes le jeudi !",
    "Le sarcome de Kaposi a été décrit en 1872. Aujourd'hui, l'immunohistochimie HHV-8 suffit au diagnostic.",
    "Mon père part à la retraite aujourd'hui après 40 ans comme boulanger à Morlaix, trop fière",
    "Envoi de 20 blocs à Gustave Roussy ce matin pour la biologie moléculaire, le coursier est encore en retard.",
    "Ravie de commencer mon assistanat en cytopathologie aux HUG (Genève) en janvier ! Merci à l'équipe de Besançon.",
    # round 22 (from the 21st blind corpus), new phrasings
    "Rudolf Virchow was born in Schivelbein in 1821. Fun fact: he was also a politician, Rudolf the radical. #histpath",
    "Denis Burkitt worked across Africa and Asia in the 1960s mapping the lymphoma belt.",
    "End of an era: Dr Amina Diallo, who built our cytology service, retires after 35 years. Cake at 4pm!",
    "On leave in Goa until Jan 6, please send urgent GI cases to the on-call consultant.",
    "En congés jusqu'au 5 janvier, pour les avis voir avec Mariama au poste 3318.",
    "J'ai pris ma journée hier, randonnée sur les falaises de Fécamp, je reviens neuve.",
    "Carcinome épidermoïde du poumon chez un mineur : il a travaillé 30 ans au fond, classique.",
    # round 23 (from the 22nd blind corpus), new phrasings
    "The Health Minister visited our lab in Cork and asked good questions about digital pathology.",
    "Share your best CK20 dot pic in the replies 👇 #dermpath",
    "Mam's 80th birthday party in Tralee last night, and the whole family asked what a pathologist does.",
    "Beta-2 microglobulin and Alpha-1 antitrypsin: two stains every resident should know.",
    "Happy retirement Dr Aoife Kelly, 35 years at the Mater Hospital, Dublin. Legend.",
    "Notre nouveau scanner de lames est arrivé ce matin, 300 lames à l'heure, formation jeudi.",
    "Le ministre de la Santé a visité le CHU de Rennes et a parlé d'IA en pathologie.",
    "Question aux collègues suisses : combien de lames par jour ? Ici à Sion on tourne autour de 80.",
    "Le tatouage préféré de nos internes ? Un petit « PAS » sur la cheville 😄",
    # round 24 (from the 23rd blind corpus), new phrasings
    "Our new Hamamatsu scanner arrived this morning, 300 slides an hour! #digitalpath",
    "Great grand round by Dr Amara Okeke (LUTH) on tropical lymphomas, the recording is on YouTube.",
    "Heads up: accession numbers switch to the YY-NNNNNN format on 1 March.",
    "The cryostat in Room 2 is down again, frozens go to Room 6 until the engineer comes.",
    "Our oldest microscope is 95 years old and still works. Built in 1931 in Wetzlar.",
    "So proud of the team: in-country IHC at last at Kamuzu Central Hospital in Lilongwe!",
    "Club biblio ce soir 21h (heure de Montréal), lien sur le Slack.",
    "Histoire : en 1861, Broca montre le cerveau de son patient Leborgne, surnommé « Tan ».",
    "OFFRE D'EMPLOI : praticien hospitalier en anatomopathologie, CH de Saint-Brieuc, temps plein.",
    "Trajet de ce soir Vénissieux → Lyon Sud, 50 minutes de bouchons.",
    "Belle présentation du Pr Diallo (CHU de Fann) sur le paludisme placentaire, replay en ligne.",
    "Le cryostat de la salle 2 est en panne, extempos en salle 4 jusqu'à jeudi.",
    # round 25 (from the 24th blind corpus), new phrasings
    "Job advert: Consultant Cytopathologist, Derriford Hospital, Plymouth. Closing 30 January 2027.",
    "Reminder: the RCPath dataset was updated on 5 November 2026, worth a re-read before the exam.",
    "Virchow described leukaemia in 1845. 180 years later we still diagnose it every week in Accra.",
    "Vu ce matin dans une collection pédagogique de 1995 : un Hodgkin magnifique, les lames tiennent le coup.",
    "Imprimantes à étiquettes du 3e étage changées, plus de cassettes illisibles !",
    "Commute this morning Stockport → Wythenshawe took an hour, sign-out starts without me 🙃",
    # round 26 (from the 25th blind corpus), new phrasings
    "New Ventana Benchmark landed in the lab today, and the IT ticket for the LIS link is still open.",
    "Reminder: unlabelled samples will be rejected from Monday 5 January, two identifiers on every pot.",
    "My aunt turns 90 on Sunday! Family party in Kinsale so I'm off all weekend.",
    "From March, accession numbers switch to the new format (e.g. C27-00001).",
    "my dog Ziehl turned 5 today, yes named after the stain 🐶",
    "Grateful to my mentors Dr Kwame Mensah and Dr Amina Yusuf as I join the faculty in Kumasi.",
    "De retour de dix jours à Lomé et Kpalimé, 300 mails en attente.",
    # round 27 (from the 26th blind corpus), new phrasings
    "The LIMS sandbox uses dummy accession T00-00001 for every training exercise, don't file real blocks there.",
    "Note de service : le secrétariat fermera à 16h le 31 décembre et rouvrira le 2 janvier.",
    # round 28 (from the 27th blind corpus), new phrasings
    "Well done Dr Ngozi Eze on passing Part 2, cake's on me, Ngozi!",
    "Dad's 80th birthday do this Saturday in Cork, so I'm off the rota.",
    "Les 60 ans de mon père samedi à Vannes, je ne suis pas de garde.",
    "Talk accepted at ECP Vienna, 6 September, come along to room B!",
    "bench at 6.30am ☕ cryostat warming up, trays stacked, podcast on #pathlife",
    "Dr Kildare, Dr Ross, Dr Shepherd... TV never shows us at the microscope. Except Quincy.",
    "Dr Mamour, Dr House… jamais un anapath à l'écran, sauf Quincy.",
    "Formation à l'Institut Pasteur de Lille la semaine prochaine sur la PCR.",
    "La réunion de service passe au jeudi 13h, salle C104, venez nombreux.",
    "Les slides du Pr Garnier (Lyon), partagées avec son accord, sont sur le drive.",
    "Fix overnight in formalin before you gross a colon, please.",
    # round 28, written after the fixes of the blind corpus's remaining posts (new phrasings)
    "Massive congrats to Dr Kwabena Asante on the new consultant job!! Drinks are on you, Kwabena 🍻",
    "Les 80 ans de mon père dimanche à Morlaix : pas de garde, pas de lames ce week-end 🎉",
    "Dad's retirement do in Cobh this weekend: no slides, no pager 🥳",
    "Info : la RCP thoracique passe au lundi 12h30 dès janvier, salle A12.",
    "my desk at 6:45am: two coffees, a cytology tray and a photo of the cat #pathlife",
    # round 29 (from the 28th blind corpus), new phrasings
    "Notice: the slide scanner is down for maintenance on 9 January 2027, frozen sections go to the other site that day.",
    "Info labo : l'automate d'IHC sera en maintenance le 12 janvier, les extemporanés partent sur l'autre site.",
    "Away in Porto till Monday, Dr Okafor is covering my frozen sections, be kind to her.",
    "En congés à Biarritz, c'est la Dr Moreau qui me remplace pour les extempos.",
    "Brother's stag do in Kilkenny this weekend, slides can wait till Monday!",
    "Mariage de mon grand frère à Douala samedi, je ne réponds à aucun avis avant lundi.",
    "Ireland's bowel cancer screening now starts at 59, expect more polyps in your queue.",
    "Le CH de Quimper recrute un PH, contactez le chef de service avant le 15 février.",
    "Le dépistage du cancer du col est proposé dès 25 ans en France, rappel utile.",
    "Quiz de cytologie chaque lundi à 20h heure de Montréal, suivez le fil.",
    "Quinze ans déjà depuis ma thèse à Nancy, merci à mes maîtres.",
    "Les nouvelles trames de CR de l'INCa entrent en vigueur le 1er mars 2027, vérifiez vos modèles.",
    "Mon fils a fait ses premiers pas aujourd'hui 👣 et moi je relis des biopsies coliques.",
    # round 30 (from the 29th blind corpus), new phrasings
    "My son turned 10 today and wants to be a pathologist. Proud dad moment.",
    "Notre lab tech, Mme Claire Dubois, fête ses 30 ans de maison ! Pot à 16 h en salle de pause.",
    "Porter schedule: the specimen courier runs at 10:00 and 15:30 from the north site; last pickup on 31 Dec at 12:00.",
    "Navette des prélèvements : premier passage à 8 h, dernier passage le 31 décembre à 11 h.",
    "Eponyms quiz continues tomorrow with Warthin. Answers Friday. #pathclues",
    "Réponse au sondage d'avant-hier : c'était bien un Spitz. #doctoctoc",
    "Fellowship in dermatopathology, Dunedin, 12 months from March 2027. Apply by January.",
    "Remplacement en anatomopathologie à Mayotte, 3 mois à partir d'avril 2027, logement fourni.",
    "Back from the Carrefour Pathologie in Paris, 16–20 November; still digesting the WHO updates.",
    "Petite question aux collègues suisses : vous colorez encore au PAS-diastase ? Nous aussi à Fribourg, on hésite.",
    "Digital pathology: the CHU de Nantes goes fully scanned on 1 March 2027. Anyone done the switch?",
    "Le nouveau processeur de tissus est arrivé au CHU de Brest, fini les pannes.",
    # round 31 (from the 30th blind corpus), new phrasings
    "Bus from Hexham cancelled again this morning, so the cut-up started late. Specimens were fine.",
    "My husband ran the Berlin half marathon yesterday, I'm prouder than after my exams.",
    "Great work by #TeamScience and #TeamHisto on the validation study!",
    "Dr Lefort, vous êtes adorable, mais rappeler toutes les deux minutes ne fera pas geler la pièce plus vite.",
    "Aisha (our chief of cytology) has banned biscuits from the reporting room. Outrage.",
    "Le nouveau cryostat est installé au CH de Vannes, fini les pannes du vieux.",
    "Reminder: requests need two identifiers (name and DOB) or the lab will reject them. #labmed",
    "Sur mon fil ce matin, trois quiz sur le Spitz. Bravo aux internes ! #doctoctoc",
    # round 32 (from the 31st blind corpus), new phrasings
    "Sarcoma meeting at 8:15, seminar room 3, pastries provided by the surgeons for once.",
    "Ran a half-marathon this morning and still made the 9am cut-up. Legs are jelly, margins are clear.",
    "Quinze jours à Porto-Vecchio sans microscope, retour lundi avec des coups de soleil et zéro extempo.",
    "Quality audit tomorrow on our turnaround times for breast cores, wish us luck. #pathology",
    "Astley Cooper, born 23 August 1768, dissected relentlessly; Percy Shelley was a contemporary.",
    "ICD-O codes 8500/3 and 8520/3 keep getting swapped in our coding; audit on Thursday.",
    # round 33 (from the 32nd blind corpus), new phrasings
    "Our coders email me at 6pm on a Sunday about ICD-O codes for adenocarcinoma. Why.",
    "Grandad's 95th birthday party on Saturday, the whole family is coming 🎂",
    "Whenever a celebrity shares their cancer story, screening uptake jumps. Use the moment.",
    "Si une personnalité publique parle de son lymphome, profitez-en pour expliquer la biopsie.",
    "Society membership renewals close 28 February, same fees as last year. #pathology",
    "Staff meeting at 7:45 on Monday, breakfast provided, tumour board straight after.",
    # round 34 (from the 33rd blind corpus), new phrasings
    "My mum (68) finally retired from nursing after 45 years. Proudest daughter ever ❤️",
    "Ma mère (66 ans) part enfin à la retraite après 40 ans d'officine à Dijon. Fière d'elle !",
    "Lot 2207B31 of our PD-L1 kit fails the controls, switching batch today. Check yours.",
    "Planning de janvier : je suis d'astreinte le 6 et le 20. Soutenez-moi 🙏",
    "Phase socle validée le 12 novembre pour toute la promo, bravo les internes !",
    "Rudolf Virchow avait 25 ans en 1846 quand il a décrit la leucémie. Et à 25 ans, moi, je découvrais le microtome.",
    "Ernest Masson, de Paris à Montréal : le trichrome qui porte son nom reste notre meilleur ami.",
    "St. Luke's is moving its cytology lab to the new building in March. #labmed",
    "The Afghan girl portrait is on our department wall; nobody knows why.",
    # round 35 (from the 34th blind corpus), new phrasings
    "Vacances à Le Touquet avec les enfants, retour au labo lundi, bronzés et reposés.",
    "Happy 50th birthday to me 🎂 cutting frozens all afternoon, as one does.",
    "Nos voisins fêtent leurs 50 ans de mariage à Vannes ce week-end, je suis de corvée de gâteau.",
    "PD-L1 validation results presented on 5 March at the regional study day in Leeds.",
    # round 36 (from the 35th blind corpus), new phrasings
    "Joyeux anniversaire à mon père, 80 ans aujourd'hui et toujours au potager 🌱",
    "Happy birthday to my mum, 75 today and still running the village book club!",
    "Pulls de Noël obligatoires au staff de vendredi, promis on relit quand même les lames.",
    "Royal Cornwall is recruiting two consultant histopathologists. Informal visits welcome, DM me.",
    "Tough week for Leeds fans in the lab: the office sweepstake is officially over ⚽",
    "Ce matin, jogging le long du canal avant la macro, puis lames numériques toute la journée.",
    # round 37 (from the 36th blind corpus), new phrasings
    "Lot 7713029941 of our PD-L1 kit is staining weakly this month, anyone else? Vendor says it is fine.",
    "Mr Ribs, our resin teaching skeleton, is wearing his Movember moustache 🥸",
    "Poupée Léa, notre mannequin de simulation néonatale, a besoin d'un nouveau bras.",
    "Thanks to Mr O'Hara from IT for rescuing the slide scanner at 3 am. Hero.",
    "Merci à M. Petit, notre technicien, qui a relancé l'automate à 6 h du matin.",
    "Notre labo a déménagé : 3 rue des Lilas, 69008 Lyon. Coursiers, merci de mettre à jour vos adresses.",
    "Seminar rooms 2.11 and 2.12 are free on Fridays; room 2.13 is the library.",
    "Revu la classification OMS 2022 des tumeurs de l'ovaire ce week-end, toujours aussi dense.",
    "Relu l'article de Kaposi de 1872 (PMID : 19951234) pour le club de biblio.",
    # round 38 (from the 37th blind corpus), new phrasings
    "Journal club: 40 slides to review before Thursday, send me your picks.",
    "Mariage de mon frère à Dakar samedi ! Je ne relis aucune lame avant lundi 🎉",
    "Today's case: a classic Warthin tumour, oncocytes and lymphoid stroma. #pathboards",
    "Best,\nAmir\n--\nDr Amir Haddad | Consultant Neuropathologist\nTel 0161 496 0000 | amir.haddad@example.org",
    "H25-00000 is the placeholder accession in our LIMS training database. Never on a real report.",
    "My daughter asked why I stare at pink slides all day. She's 7. She thinks I'm colouring in.",
    "Moi, deux biopsies à 35 ans et toujours rien. Ma grand-mère, aucune à 90.",
    'Saying "last night" in a case post is enough to date it. Leave the day out.',
    "Anticorps anti-CD20 lot 5512-A : DLU 30/06/2027, stocké à 4 °C.",
    "Je suis en congé jeudi ; remplacement assuré par le Dr Mbaye pour les extemporanés.",
    "Picro-Sirius et rouge Sirius : la même coloration du collagène sous deux noms.",
    "Rudolf Ludwig Karl Virchow, 1821–1902, described leukaemia. Still the king of cellular pathology.",
    "L'Institut Pasteur (Dakar, Sénégal) propose une formation en cytologie, inscriptions ouvertes.",
    # round 39 (from the 38th blind corpus), new phrasings
    "My 4-year-old asked why my slides are pink. Best question of the week.",
    "Gorgeous Masson trichrome from Dr Okoro's teaching collection at Ibadan, vignette invented for the course.",
    "Shout out to the histology team, Anele, Bongani and Thandi, for clearing the backlog.",
    "Selon le registre des cancers de Dakar, le cancer du col reste le premier cancer féminin au Sénégal.",
    "The cancer registry of Kampala shows Kaposi sarcoma incidence falling since 2010.",
    "Je présenterai aux Journées lyonnaises de pathologie à Lyon, du 12 au 14 mars 2027.",
    "The 1918 flu autopsy notes from the London Hospital are now in the public domain.",
    "Nouvel anticorps anti-PD-L1 (22C3) validé cette semaine sur 30 cas d'archives, concordance 96 %.",
    "Notre labo à l'hôpital Laquintinie a enfin reçu son nouveau microtome !",
    # round 40 (from the 39th blind corpus), new phrasings
    "[10:02] Anele: the cryostat is iced up again\n[10:03] Me: defrost it, I'll cover frozens\n[10:05] Anele: star",
    "Dr Sipho Ndlovu | Consultant Pathologist | Chris Hani Baragwanath Hospital | s.ndlovu@example.org | +27 11 000 0000",
    "Salivary FNA: Milan category IV-B, cellular basaloid neoplasm. Don't overcall!",
    'My mum (74) asked what a pathologist does. I said detective work. She said "like on TV?"',
    "J'ai réussi mon DES aujourd'hui !!! Merci à mon mari très patient 🎉",
    "Me and my 2-year-old both off with a cold today, she sneezed on my slides box.",
    "Mes jumelles de 7 ans veulent un microscope pour Noël.",
    "Le dépistage organisé du cancer colorectal concerne les personnes de 50 à 74 ans.",
    "Séance de lames jeudi à 13h, salle 4.12 à la fac de Namur. Venez avec vos cas.",
    "Congrès de la SFP à Lille, 3 jours, 1 200 inscrits, et la bière était excellente.",
    # round 41 (from the 40th blind corpus), new phrasings
    "Warthin tumour on the parotid FNA. Aldred Scott Warthin, Ann Arbor, 1929.",
    "Paget disease of the nipple. Sir James Paget, London, 1874. Still on every breast exam.",
    "Ewing's 1921 paper described 'diffuse endothelioma of bone'. We still argue about the name.",
    "I spent 8 years as a surgeon in Lagos before moving to pathology. Best decision ever.",
    "Quand j'étais interne à Tours, on coupait les extemporanés au cryostat à manivelle.",
    "Selon le registre des cancers, 40 000 nouveaux cas par an en Suisse. À Genève comme à Zurich, les labos manquent de bras.",
    "Our Durban unit stains every liver with Perls, our Pretoria colleagues don't. Who's right?",
    # round 42 (from the 41st blind corpus), new phrasings
    "[11:02] Dr Hana Okafor: who took the PAS-D control slides?\n[11:03] Dr Luis Ortega: second shelf, box 7",
    "Dr Meera Pillai, MD, FRCPath\nConsultant Cytopathologist, Northfield General\nm.pillai@example.com | +44 20 0000 0000\n'Look twice, sign once.'",
    "Hello from Dunedin! Our fellow passed her Part 2 today and we are all very proud.",
    "In Kerala, oral cancer makes up about one in five cancers in men. Our screeners in Thrissur see it every week.",
    "Margin check: tumour 1.4 mm from the deep margin at 3 h on the orientation diagram. pT1b.",
    "Made-up case for the ECOS: 'Mrs Y', in her sixties, from an imaginary village called Sainte-Nulle-Part. Write the report by Friday.",
    "Revising for the Royal College of Pathologists exam: the Philippine-born Society president gave a great talk on thyroid FNA.",
    "Free breast screening camp in Multan next Sunday, 9am to 2pm: residents who can help, sign up.",
    "Notre service a fêté ses 40 ans : ouvert le 4 mars 1986 au CHU de Brest, il compte aujourd'hui 14 pathologistes.",
    "Laennec a parlé de « mélanose » dès 1806, à Paris. Le mot a fait du chemin.",
    "Trichrome de Masson : Pierre Masson, Strasbourg puis Montréal, années 1920. Merci pour le vert.",
    "Rédigez le compte rendu standardisé pour lundi : cas fictif, « M. Z », la soixantaine.",
    # round 43 (from the 42nd blind corpus), new phrasings
    "My dad is 80 today and still asks when I'll become a real doctor. Happy birthday Dad!",
    "Mon père a 82 ans aujourd'hui et croit toujours que je fais des analyses de sang. Joyeux anniversaire papa !",
    "J'ai fêté mes 40 ans samedi avec l'équipe du labo. Gâteau au chocolat et lames de Warthin en déco.",
    "Rudolf Virchow, 1858, Berlin: omnis cellula e cellula. Still the first slide of my teaching deck.",
    "CA19-9 and CA125 are tumour markers, not diagnoses. Please stop ordering them as screening.",
    "Bleeding risk from CD20 antibodies is low, but ask about anticoagulants before the core biopsy.",
    "We go live on YouTube at 7pm with the soft tissue quiz. Bring your best guesses!",
    "Papa Noël est passé au labo : un nouveau microtome ! Merci la direction.",
    # round 44 (from the 43rd blind corpus), new phrasings
    "Sir William Osler was born in Bond Head, Upper Canada, on 12 July 1849 and never stopped teaching.",
    "Mes filles ont 7 et 11 ans et disent à tout le monde que je « regarde des cellules toute la journée ».",
    "Ici à Genève on dit « la patho » comme tout le monde. Bonne semaine aux internes !",
    "Bon courage aux internes de Nantes pour le DES blanc de demain, vous allez tout déchirer.",
    "RGPD : le nom, la commune ou le métier d'un patient peuvent suffire. Dans le doute, on floute.",
    "Our Warthin case of the week is from the teaching set, not a real patient. Oncocytes on the radio podcast tonight.",
    # round 45 (from the 44th blind corpus), new phrasings
    "In Lagos we see so many breast cancers in women in their 30s. Screening earlier matters.",
    "C'est mon anniversaire aujourd'hui : 50 ans, et toujours le même microscope. Qui cotise ?",
    "Âge médian au diagnostic du cancer colorectal en France autour de 71 ans : le dépistage commence à 50 ans.",
    "Un compte rendu de Gleason qu'on aime écrire un mardi matin : 3+3=6, pT2, marges saines.",
    "Joyeux anniversaire au labo : ouvert le 2 mai 1996 en présence du maire de Brest. 30 ans déjà !",
    "Coroner's cases this year doubled. We need another anatomical pathology technologist.",
    # round 46 (from the 45th blind corpus), new phrasings
    "Pensées pour les équipes de Port-au-Prince qui tiennent le labo malgré tout.",
    "Ma mère, infirmière retraitée à Sfax, me demande encore de lui expliquer mes lames.",
    "Our demo mannequin is named Sister Agnes and she turns 25 this year, older than most of our residents.",
    "Room 12 is our new microscope room: come and see the multiheader.",
    "Cot 3 vs cot 8 labels swapped: a made-up scenario for our patient safety teaching.",
    "Sarcoma awareness week runs 14–20 July; come to the stand in the main hall.",
    "— Prof Kofi Boateng, FRCPath, Kumasi. Opinions are mine.",
    "Astreinte macro : 02 99 00 00 00 (numéro du service, pas celui d'un patient).",
    "Les techniciens du labo de Bouaké ont tout passé au nouvel automate. Chapeau.",
    # round 47 (from the 46th blind corpus), new phrasings
    "Authors: Okafor B, Lindqvist S, Moreau M. Submission through the journal portal, all agreed.",
    "Training record template: DOB 01/01/1900, name TEST PATIENT. Never a real person.",
    "Marges : toutes saines, la plus proche à 4 mm. Pour les internes, donnez toujours la distance.",
    # round 48 (from the 47th blind corpus), new phrasings
    "Pathology quiz answers are up! Best department in Bristol, and the cake was excellent too.",
    "J'ai 50 ans aujourd'hui, et mes co-internes m'ont offert un microscope jouet. Meilleure équipe de Toulouse.",
    "Aged 44 and I finally submitted my thesis. Pathology is a marathon, not a sprint.",
    "EQA dummy case: Name ZZZTEST, SAMPLE; DOB 01/01/1900. Please do not file it under a real patient.",
    "Gabarit du SIL : NIR 2 99 12 99 999 999 XX, nom PATIENTE TEST. Aucun vrai patient.",
    "Sénégal : nos collègues à Dakar ont ouvert un deuxième poste de cytologie. Bravo à eux !",
    "Courier timetable: pickups at 09:30 and 14:00, Mon-Fri. Cytology requests accepted until 16:00.",
    "Cas d'école de sarcoïdose : granulomes épithélioïdes sans nécrose. Concours jeudi, je révise encore.",
    "Warthin tumour again, fourth this week. Smokers, every single one. Teaching point: oncocytic bilayer.",
    # round 49 (from the 48th blind corpus), new phrasings
    "Off to Lisbon for a week — out of office, cover by my co-consultant. — Dr Kofi A., histopathology",
    "Pilot wheel yeasts in a lung biopsy slide from our teaching set: Paracoccidioides, a classic for the boards.",
    "Frozen section at 7pm on a Friday again. The surgeons are lovely but please book earlier.",
    # round 50 (from the 49th blind corpus), new phrasings
    'Teaching tip: on your slides write "Patient X, 70s, F", never initials, never the MRN.',
    "Signed out my 5,000th biopsy today? No: my 5,000th case. Cake in the lab at 3.",
    "Mon 2 000e cas signé aujourd'hui, merci à toute l'équipe technique !",
    "EQA round 25-1 is out: 12 slides, answers due 15/03/2026. Enjoy.",
    "Campagne EEQ 25-1 : douze lames, réponses attendues pour le 15/03/2026.",
    "Thanks to the Nigerian College of Pathologists for hosting me in Lagos last month.",
    'When your request form says "known to Dr Jones", please add the actual history.',
    "Notre nouvelle représentante s'appelle Chloé et elle nous a apporté des chouquettes pour la démo du scanner.",
    "Back from three weeks in Hanoi. 180 cases waiting. Send coffee.",
    'Pot labelled only "biopsy" and nothing else: please, we need the site.',
    "Montreal friends: our resident wins best poster at the CAP meeting! Proud.",
    # round 51 (from the 50th blind corpus), new phrasings
    'Our teaching set calls this one "Patient Zero": the first PD-L1 22C3 we ever scored.',
    "Thirty years of signing out and still amazed by H&E. Your friendly neighbourhood histopathologist, Dr. Ana",
    "Signed: Tom, ST3 histopathology, finally passed Part 1 🎉",
    "Bravo au Dr Hamel, nouveau président de la Société de pathologie de Normandie !",
    "The Whipple specimen of the week, for teaching only: note the pancreatic neck margin.",
    "Ninety-three slides, one microscope, zero coffee. Send help.",
    # round 52 (from the 51st blind corpus), new phrasings
    "Our slide seminar this month's theme is bone and soft tissue: bring your MDM2 questions.",
    "Dans nos cours, la patiente fictive s'appelle toujours Mme Martin, née le 01/01/1900.",
    "Ran my first half marathon in Porto yesterday, legs destroyed, back at the microscope tomorrow.",
    "Félicitations à notre cheffe de clinique Inès Barka pour sa thèse ! Le service est fier.",
    "Relu l'histoire d'Henrietta Lacks pour le cours d'éthique : les cellules HeLa, 1951.",
    "Merci pour vos retours après ma présentation aux JFP de Nantes, les diapos sont en ligne.",
    "Birdie on the 14th hole at our department golf day, best day of the year.",
    # round 53 (from the 52nd blind corpus), new phrasings
    "My nan is in her nineties and beats me at Scrabble every Sunday. Not pathology, just bragging.",
    "Explained mitosis at a 5-year-old level to my nephew with playdough. Nailed it.",
    "Ma grand-mère était couturière à Roubaix, morte d'un mésothéliome quand j'avais 12 ans. D'où ma thèse.",
    "Ma fille a colorié des cellules toute la soirée, cours de cytologie version maternelle ce week-end.",
    "Stéatose : alcool, NAFLD, Wilson, corticoïdes, méthotrexate... #pathclues",
    "My grandad was a docker in Liverpool and died of mesothelioma when I was 9. That's why I do thoracic path.",
    # round 54 (from the 53rd blind corpus), new phrasings
    "Presenting at USCAP in March. Abstract due Monday. Send snacks.",
    "Signed out 40 blocks then ran to my son's swimming gala. He won bronze! 🏅 — Priya, @priya_path_and_pool",
    "#WhatsYourDx: Schiller-Duval bodies, AFP positive. Too easy? Tomorrow's will be harder.",
    "Half-marathon done in 1:55 in Porto yesterday 🏃 Back at the microscope with sore calves.",
    "My grandad turns 95 next week and still calls me 'the doctor who looks at slides'. Yes, Grandad.",
    "Quiz n° 12 : « une femme dans la soixantaine avec un nodule thyroïdien ». Correction lundi soir. #ThyroPath",
    "Twenty years of #BostonStrong and #StayStrong posters on the lab noticeboard.",
    # round 55 (left from the 53rd blind corpus), new phrasings
    "Just turned forty! Cake in the lab at four, slides after. Living the dream.",
    "Our old microtome turned thirty this year and still cuts like a dream.",
    "Rencontre avec la petite équipe de Bordeaux, deux jours de formation en cytologie. Super ambiance.",
    "Our department turned fifty in June: cake, speeches and a slide quiz for the retired technicians.",
    # round 55 (from the 54th blind corpus), new phrasings
    "Our department was set up in 1968 by the late Dr Okonkwo. Gala dinner on 3 Dec at the Sheraton, Abuja. RSVP to the secretary.",
    "My children asked what pathologists eat. The 6yo: 'slides?' The 9yo: 'cake'. Both right.",
    "Applications close 15 Feb 2027 for our cytopathology fellowship in Leicester. DM for details.",
    "Arrivée comme interne en 2004, aujourd'hui responsable du plateau de biologie moléculaire. Merci à mes mentors.",
    "Tuberculose ou sarcoïdose ? Granulomes épithélioïdes, BAAR à chercher, et la clinique d'abord.",
    "Merci aux secrétaires du service pour cette année de folie 💐 Signé : un interne épuisé mais heureux, Namur.",
    "Public holiday tomorrow in #Georgia, lab closes at noon. Have a good long weekend.",
    # round 56 (from the 55th blind corpus), new phrasings
    "Room 3.14 now has the new cryostat. Training sessions every Monday, sign up on the rota.",
    "Paul Langerhans described his islets in 1869, as a 21-year-old student. At 21 I could barely cut a section.",
    "Huge thanks to Sister Okafor on Ward 9 for the best-labelled samples in the building 🙏",
    "Merci à la cadre de santé de pneumo, Mme Hélène Brunet, pour son aide avec les nouveaux pots.",
    "I was born in 1990 and I still find frozen sections terrifying. Solidarity, residents.",
    "It's 2am and I'm rereading the WHO blue book on soft tissue. Send help.",
    "Quelqu'un a le numéro du service client Thermo ? Le 01 98 76 54 32 ne répond plus.",
    "Déménagé de Lille à Nice l'été dernier : le soleil, oui ; la pathologie, la même.",
    "Visite du labo pour des lycéens de Terminale le mardi 8 décembre : on leur montre les lames de Hodgkin.",
    "On call until midnight, then the registrar takes over. Be kind to your frozen section room.",
    # round 57 (from the 56th blind corpus), new phrasings
    "Bay 4 finally has working freezers. Three years of emails. We celebrate small wins here.",
    '"Barrett oesophagus, 70 years on": great talk at the regional meeting, slides on the website.',
    "Nuit blanche de 2h à 4h avec le petit qui tousse, puis signature toute la journée. Café n°3.",
    "Our BMS Tom just cut 350 blocks before lunch. Someone buy that man a pastry.",
    "Heads up: our accession format changes on Feb 1, new prefixes for cytology. Update your templates.",
    "Cicely Williams described kwashiorkor in the Gold Coast in 1935, and we still teach it today.",
    "Joyeux anniversaire à notre secrétaire Martine, 55 ans et toujours la première au labo ! 🎂",
    # round 58a (what blind corpus 56 left open), new phrasings
    "Ward 9 West finally got new specimen freezers. Only took two years and a petition.",
    "Le lit 4 de la chir A est cassé depuis deux semaines, d'après l'équipe de nuit. Rien à voir avec le labo.",
    "Our new puppy called Luna chewed through my stethoscope. Pathologist problems.",
    "Mrs Dalloway en livre audio pendant la macro : erreur, je pleure sur une pièce de gastrectomie.",
    "My mum was a midwife in Dundee for 30 years and she still asks about my cases. Love you Mum.",
    # round 58 (from the 57th blind corpus), new phrasings
    "Reminder: formalin tanks in room 14 are being replaced on Thursday. Nothing else moves.",
    "Rappel : les bacs de formol de la salle 9 sont changés jeudi. Rien d'autre ne bouge.",
    'Turned 35 last week and my registrar called me "basically a baby consultant". I\'ll take it.',
    "Reminder for the new SHOs: the frozen section kit is in the cupboard, ask Priya before you borrow the cryostat.",
    "Choix de stage jeudi prochain, je reste en ACP au CHU évidemment. On a un nouveau scanner de lames 😍",
    "Notre labo fête ses 40 ans ! Ouvert le 3 janvier 1986 par le Pr Jean-Luc Bernier. Pot en salle de staff vendredi.",
    "Ravi d'annoncer que je rejoindrai le service de pathologie du CHU de Brest à partir du 2 mai 2027. Merci à mes mentors !",
    # round 58b (re-read of rounds 58a and 58), new phrasings
    "Cours de cytologie de Lyon, trois jours, complet. Merci aux orateurs !",
    "Grossing bootcamp for Cork, two days, fully booked. See you in March!",
    # round 59 (from the 58th blind corpus), new phrasings
    "Météo à Rimouski ce matin : -24 °C. Les cassettes arrivent en glaçons, la macro attendra.",
    "Weather in Thurso: -9°C. Biopsies off the ferry arrive frozen solid, not the frozen section I ordered.",
    "Writing update: my novel's coroner, Dr Oonagh Petrie, finds the wrong label on a biopsy pot in chapter 9.",
    "Dans mon roman, la légiste s'appelle Cunégonde Ravier et trouve une biopsie mal étiquetée. Chapitre 4 fini !",
    'Room 6 in our lab is now the "scanning room": 5 screens, 2 scanners, zero windows.',
    "Grossing starts at 8:15 whether the biopsies are logged or not. Registrars, coffee first.",
    "Ewing sarcoma: CD99, NKX2.2. James Ewing worked in New York for decades. History nerds, this one is for you.",
    "Lab Week recap: 19 April was bake-off day, Dr. Oyelaran's lemon drizzle won again.",
    "Tumeurs de Schiller-Du\u200bval : corps de Schiller-Duval dans la tumeur vitelline. Fiche de révision du soir.",
    "Bumped into Katie Taylor at Dublin Airport this morning!!! Nothing to do with pathology but what a legend",
    # round 60a (what blind corpora 57 and 58 left open)
    "Les aides-soignantes chez nous sont formidables, merci pour le café ce matin !",
    "Quiz : A-B-C-D, quelle réponse pour ce Warthin ? #pathboards",
    # round 60 (from the 59th blind corpus), new phrasings
    "My son Théo (9) asked if I work with zombies. I said only on Fridays.",
    "Mon fils Noé (5 ans) m'a demandé si je soigne les microscopes. Presque.",
    "Most of my skin biopsies this week were seborrhoeic keratoses. Sun cream, people.",
    "La plupart de mes frottis cette semaine étaient normaux. Le dépistage marche.",
    "Quiz: non-Bur\u200bkitt high-grade B-cell lymphoma or DLBCL? #pathboards",
    "Verglas à Besançon, télétravail pour tout le monde aujourd'hui.",
    "MATCHED 🎉 Surgical pathology fellowship at Mass General! Mom cried.",
    # round 61a (what blind corpus 59 left open)
    "Mardi gras au labo : crêpes pour tout le monde et une lame de Warthin en quiz.",
    "Scanner error E-3391-08 again this week, vendor coming Thursday. Send help.",
    "The 2nd edition of the atlas (2024-05) is out: see figure (3) for the Spitz spectrum.",
    # round 61 (from the 60th blind corpus), new phrasings
    "My son lost his first tooth today 🦷 while I lost count of the mitoses in this GIST. #pathlife",
    "Mon fils a perdu sa première dent aujourd'hui et moi le compte des mitoses de ce GIST.",
    "Sarcome d'Ewi\u200bng : CD99 membranaire, translocation EWSR1-FLI1. Petites cellules rondes bleues.",
    "Sur Bluesky, suivez @cyto-club.bsky.social et @derm-path.bsky.social pour les quiz du lundi.",
    "Follow @gi-path-club.bsky.social on Instagram and Bluesky for weekly quizzes.",
    "Inscription au congrès de la SFP ouverte jusqu'au 15 mai, tarif réduit pour les internes.",
    # round 62a (what blind corpus 60 left open)
    "I'd love to be an apprentice baker from Monday to Friday after this rota. Frozen sections forever.",
    "Lecture at the Royal College on frozen sections next week: bring your trickiest cases.",
    "Volunteered with Mercy Ships for a month: the biopsy service on board was humbling.",
    "Our department fundraiser for the histology museum is at pathmuseum.example/give, thank you!",
    # round 62 (from the 61st blind corpus), new phrasings
    "The histology lab cat, Mrs Whiskers, slept on the embedding station all night. Nobody dared move her.",
    "Notre chien de garde du labo, M. Bouboule, a encore volé un gant. Aucun échantillon en danger.",
    "Re-reading Middlemarch on nights. Rosamond Vincy and her husband would have loved our frozen section service.",
    "Rewatched The Knick on the train. John Thackery doing an autopsy by candlelight still beats any teaching video.",
    "Great editorial in Histopathology this week on AI in cytology screening. Worth the read.",
    "Super article dans les Annales de Pathologie cette semaine sur la relecture des biopsies prostatiques.",
]


def _missed(text: str, expected: list[tuple[str, str]]) -> list[tuple[str, str]]:
    findings = check_post(text).findings
    missed = []
    for kind, part in expected:
        start = text.index(part)
        end = start + len(part)
        if not any(f.kind == kind and f.start < end and start < f.end for f in findings):
            missed.append((kind, part))
    return missed


@pytest.mark.parametrize(("text", "expected"), UNSAFE)
def test_heldout_identifiers_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _missed(text, expected) == []
    assert not check_post(text).safe


@pytest.mark.parametrize("text", SAFE)
def test_heldout_safe_posts_pass(text: str) -> None:
    report = check_post(text)
    assert report.safe, [(f.kind, f.text) for f in report.findings]
