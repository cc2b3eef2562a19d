"""Positive and negative examples for every kind of identifier, in French and English."""

from __future__ import annotations

import pytest

from medsocial import check_post

# (post, kind expected, text that a finding of that kind must overlap)
POSITIVES = [
    # NAME
    ("Mme Dupont, vue pour une masse du sein.", "NAME", "Dupont"),
    ("M. Lefèvre présente un nodule thyroïdien.", "NAME", "Lefèvre"),
    ("Mme D. nous a été adressée pour biopsie.", "NAME", "D."),
    ("Biopsie de J.K. : carcinome épidermoïde.", "NAME", "J.K."),
    ("Mr Smith had a colectomy for Crohn disease.", "NAME", "Smith"),
    ("Mrs O'Brien, seen for a breast lump.", "NAME", "O'Brien"),
    ("Ms. Nguyen: lymph node biopsy.", "NAME", "Nguyen"),
    ("Patient Jean DUPONT, adénocarcinome colique.", "NAME", "DUPONT"),
    ("jean dupont a un lymphome de Hodgkin.", "NAME", "jean dupont"),
    ("Marie-Hélène Martin-Leroy, tumeur de Warthin.", "NAME", "Marie-Hélène"),
    ("Léa, 23 ans, présente un sarcome d'Ewing.", "NAME", "Léa"),
    ("Her husband John brought the slides.", "NAME", "John"),
    ("Son mari Paul l'accompagnait.", "NAME", "Paul"),
    ("Soutien à la famille #JeanDupont", "NAME", "#JeanDupont"),
    ("Courage à elle #TeamLéa", "NAME", "#TeamLéa"),
    ("Emily Watson, 34, melanoma of the back.", "NAME", "Emily Watson"),
    ("Madame MARTIN a un carcinome de Merkel.", "NAME", "MARTIN"),
    ("Dr Moreau (qui l'a opérée) m'a envoyé les lames de Mme X.", "NAME", "Moreau"),
    # DATE
    ("Née le 12/03/1961, carcinome lobulaire.", "DATE", "12/03/1961"),
    ("Prélèvement du 12.03.61.", "DATE", "12.03.61"),
    ("Biopsy on 2024-03-12 showed melanoma.", "DATE", "2024-03-12"),
    ("Opérée le 12 mars 1961.", "DATE", "12 mars 1961"),
    ("Hospitalisée le 1er mars pour une occlusion.", "DATE", "1er mars"),
    ("Vue en consultation le 14/11.", "DATE", "14/11"),
    ("Surgery on March 12 for a GIST.", "DATE", "March 12"),
    ("Resected 12th March 2024.", "DATE", "12th March 2024"),
    ("Seen Mar. 12 in clinic.", "DATE", "Mar. 12"),
    ("Lame datée 12-III-2024.", "DATE", "12-III-2024"),
    ("Born in 1961, she has a thymoma.", "DATE", "1961"),
    ("DDN : 03/04/1958", "DATE", "03/04/1958"),
    # a typo of a date is still the date: an impossible day with a four-digit year
    ("The pot says 07/41/1958, the form 07/14/1958.", "DATE", "07/41/1958"),
    # AGE
    ("Patiente de 47 ans, carcinome canalaire.", "AGE", "47 ans"),
    ("Homme de quarante-sept ans, lymphome.", "AGE", "quarante-sept ans"),
    ("Âgée de 47 ans, elle consulte.", "AGE", "47"),
    ("A 47-year-old woman with a breast mass.", "AGE", "47-year-old"),
    ("A forty-seven-year-old man with hematuria.", "AGE", "forty-seven-year-old"),
    ("47yo M with a lung nodule.", "AGE", "47yo"),
    ("47 y/o female, thyroid FNA.", "AGE", "47 y/o"),
    ("Aged 47, smoker, lung mass.", "AGE", "47"),
    ("A 6-month-old with an abdominal mass.", "AGE", "6-month-old"),
    ("Patiente de 93 ans, carcinome épidermoïde.", "AGE", "93 ans"),
    ("Nourrisson de 6 mois, neuroblastome.", "AGE", "6 mois"),
    ("Monsieur, 62 ans, adénocarcinome prostatique.", "AGE", "62 ans"),
    # LOCATION
    ("Patiente vue au CHU de Rennes pour un nodule.", "LOCATION", "CHU de Rennes"),
    ("Hospitalisé à l'hôpital Necker.", "LOCATION", "Necker"),
    ("Il habite à Plougastel-Daoulas.", "LOCATION", "Plougastel-Daoulas"),
    ("Agriculteur à Quimper, 58 ans.", "LOCATION", "Quimper"),
    ("Chambre 12, lit B : patiente en isolement.", "LOCATION", "Chambre 12"),
    ("Admitted to St Mary's Hospital with a bowel obstruction.", "LOCATION", "St Mary's Hospital"),
    ("A farmer from Leeds with a skin lesion.", "LOCATION", "Leeds"),
    ("Lives at 12 Baker Street, London.", "LOCATION", "12 Baker Street"),
    ("Demeurant 14 rue des Lilas, 35000 Rennes.", "LOCATION", "rue des Lilas"),
    ("Bed 4, ward 7B, post-op day 2.", "LOCATION", "Bed 4"),
    # CONTACT
    ("Joignable au 06 12 34 56 78.", "CONTACT", "06 12 34 56 78"),
    ("Tél. +33 (0)6 12 34 56 78", "CONTACT", "+33 (0)6 12 34 56 78"),
    ("Appeler le 0612345678.", "CONTACT", "0612345678"),
    ("Call her on +44 20 7946 0958.", "CONTACT", "+44 20 7946 0958"),
    ("Son e-mail : jean.dupont@gmail.com", "CONTACT", "jean.dupont@gmail.com"),
    ("Sa fille a ouvert une cagnotte https://www.leetchi.com/c/soutien-lea", "CONTACT", "leetchi"),
    ("The patient's Instagram is @lea_runs92", "CONTACT", "@lea_runs92"),
    # ID
    ("NIR 2 84 05 2A 004 123 82, carcinome.", "ID", "2 84 05 2A 004 123 82"),
    ("Sécu 1 61 03 35 238 123 53.", "ID", "1 61 03 35 238 123 53"),
    ("Ticket 161033523812353 à classer.", "ID", "161033523812353"),
    ("IPP 12345678, lame HES.", "ID", "12345678"),
    ("NDA : 2023-45678", "ID", "2023-45678"),
    ("N° de dossier 4587123", "ID", "4587123"),
    ("MRN 0098765, colon resection.", "ID", "0098765"),
    ("Specimen S21-12345, H&E.", "ID", "S21-12345"),
    ("Bloc B22.04567 : adénocarcinome.", "ID", "B22.04567"),
    ("Lame H2023-1187.", "ID", "H2023-1187"),
    ("Code-barres 3601234567890 sur la lame.", "ID", "3601234567890"),
    # TIME
    ("Reçu aujourd'hui en extemporané.", "TIME", "aujourd'hui"),
    ("Vu ce matin au bloc.", "TIME", "ce matin"),
    ("Opérée hier soir en urgence.", "TIME", "hier soir"),
    ("Cette semaine, un cas de Kaposi.", "TIME", "Cette semaine"),
    ("En ce moment au bloc : une appendicite.", "TIME", "En ce moment au bloc"),
    ("Frozen section today: Spitz nevus?", "TIME", "today"),
    ("This morning, a Burkitt lymphoma.", "TIME", "This morning"),
    ("Just now on the grossing bench.", "TIME", "Just now"),
    ("Admitted last night with an acute abdomen.", "TIME", "last night"),
    # DETAIL
    ("Le maire du village, opéré pour un carcinome.", "DETAIL", "maire du village"),
    (
        "The footballer from Sunday's match had a knee biopsy.",
        "DETAIL",
        "footballer from Sunday's match",
    ),
    ("Tatouage représentant un dauphin sur l'épaule.", "DETAIL", "Tatouage représentant"),
    ("A famous singer with a vocal cord lesion.", "DETAIL", "famous"),
    ("Un chanteur célèbre, suivi pour un lymphome.", "DETAIL", "chanteur célèbre"),
    (
        "La patiente est une influenceuse suivie par 2 millions de personnes.",
        "DETAIL",
        "influenceuse",
    ),
    ("Victime de l'attentat, plaie par balle.", "DETAIL", "Victime de l'attentat"),
    # Trickier phrasing residents use
    (
        "Jeune homme de 19 ans, footballeur au Stade Rennais, biopsie du genou.",
        "DETAIL",
        "footballeur au Stade",
    ),
    ("Mon voisin a un mélanome acral, il m'a autorisé à en parler !", "DETAIL", "Mon voisin"),
    (
        "The 51-year-old CEO of a local tech company presented with a GIST.",
        "DETAIL",
        "CEO of a local",
    ),
    ("Monsieur X, tout le monde au village le connaît.", "DETAIL", "tout le monde au village"),
    ("elle s'appelle Sophie et elle a 27 ans", "AGE", "27 ans"),
    ("elle s'appelle Sophie et elle a 27 ans", "NAME", "Sophie"),
    ("Woman, 63, from a small village near York, breast carcinoma.", "AGE", "63"),
    ("Woman, 63, from a small village near York, breast carcinoma.", "LOCATION", "York"),
    ("Mme K, 47a, CCI du sein gauche.", "AGE", "47a"),
    (
        "Her daughter posted it on facebook.com/sarah.miller.1984",
        "CONTACT",
        "facebook.com/sarah.miller.1984",
    ),
    ("On the 14th of February, a 35 yo woman came in.", "DATE", "14th of February"),
    ("Pt: DUBOIS Françoise, DDN 04/07/1952.", "NAME", "DUBOIS Françoise"),
    ("La petite Chloé, 6 ans, neuroblastome.", "NAME", "Chloé"),
    ("Little Emma (3yo) was diagnosed with Wilms tumour.", "NAME", "Emma"),
    ("Patiente, 58 ans, née à Lorient, suivie à l'Institut Curie.", "LOCATION", "Institut Curie"),
    (
        "Merci à M. Garcia (patient de 61 ans) qui nous autorise à partager ses lames.",
        "NAME",
        "M. Garcia",
    ),
]

# Safe posts: nothing may block them.
NEGATIVES = [
    "Lymphome de Hodgkin classique, cellules de Reed-Sternberg CD30+ CD15+. #pathology",
    "Merkel cell carcinoma: CK20 perinuclear dot. H&E x40. #dermpath",
    "Tumeur de Warthin de la parotide, aspect typique. #headandneckpath",
    "Sarcome d'Ewing : CD99 membranaire, NKX2.2+. Ki-67 30 %.",
    "Gleason 3+4=7, ISUP grade 2, pT2N0M0. Marges saines à 2 mm.",
    "FIGO IB, WHO 2022 classification. BRAF V600E mutated.",
    "Maladie de Crohn : granulomes épithélioïdes sans nécrose.",
    "Paget disease of the nipple vs Bowen disease: a quick quiz. #pathboards",
    "Kaposi sarcoma, HHV8 positive. Burkitt lymphoma, MYC rearranged. Spitz nevus.",
    "Schiller-Duval bodies in a yolk sac tumour. #knoworfail",
    "Patient in her 40s with a breast mass; core biopsy shows invasive ductal carcinoma.",
    "Patiente dans la cinquantaine, nodule thyroïdien, Bethesda IV.",
    "See you at #USCAP2025 in Boston, March 22-27! Our poster is on Monday.",
    "Rendez-vous au congrès de la SFP à Lyon le 12 décembre 2025.",
    "Journal club tonight at 8pm CET: WHO 2022 classification of thyroid tumours.",
    "PMID 12345678 and doi:10.1038/s41586-020-2649-2 are worth a read.",
    "ICD-O 8140/3: adenocarcinoma NOS. #pathclues",
    "Quiz du jour #doctoctoc : quelle est votre hypothèse ? - @PathInterne",
    "Great slides, thanks @DrSmithPath! — Dr A. (@resident_path)",
    "The Paris system for urine cytology: atypical urothelial cells.",
    "Milan system for salivary gland cytopathology, category IV.",
    "Survie à 5 ans de 90 %. Suivi de 10 ans sans récidive.",
    "5-year survival is 90% for stage I disease. 10 years of follow-up.",
    "Depuis 20 ans, la classification a beaucoup changé.",
    "Mitoses : 12/10 HPF. Taille 3,5 cm. Nécrose 20 %.",
    "Patients over 65 with a Lynch syndrome should be screened.",
    "Nice case of Rosai-Dorfman disease! Emperipolesis everywhere.",
    "A lovely Langerhans cell histiocytosis, CD1a and langerin positive.",
    "Cas très rare de tumeur de Brenner maligne.",
    "Grand rounds: Hashimoto thyroiditis vs Riedel. #endopath",
    "Merci au Pr Martin pour cette belle présentation au DIU !",
    "Tuesday tip: always ink the margins. #grossing",
    "Ki-67 15%, HER2 score 2+, ER 90%. Nottingham grade 2.",
    "Hématoxyline-éosine, grossissement x200. Coloration de Perls positive.",
    "Tumour size 23 mm, 3/15 lymph nodes positive (pN1a).",
    "Adenocarcinoma of the lung, EGFR exon 19 deletion. TTF-1 positive.",
    "Aujourd'hui, on sait que la plupart des GIST ont une mutation KIT.",
    "Une cellule de Reed-Sternberg, c'est CD30+ et CD15+ dans 80 % des cas.",
    "Carcinome de Merkel chez une patiente âgée : polyomavirus positif.",
    "Interesting Castleman disease, hyaline vascular type. #hemepath",
    "Thanks to Dr. Sarah Jones for this beautiful case of Langerhans cell histiocytosis.",
    "Incidence maximale entre 40 et 60 ans. Âge médian au diagnostic : 67 ans.",
    "Median age at diagnosis is 67 years; 5-year survival 60%.",
    "Join us at #ECP2025 in Florence, 6-10 September! Abstract deadline March 15.",
    "Bravo à Camille, Julien et Inès pour leurs posters au congrès de Lyon !",
    "Les Journées de Pathologie à Paris du 3 au 5 décembre 2025 : inscrivez-vous !",
    "Mes co-internes Léa et Hugo ont préparé ce tweetorial sur le mélanome. Bravo !",
    "I'm a pathology resident in Montreal, happy to connect with other trainees!",
    "Interne en anapath à Lille, je partage des cas anonymisés pour apprendre ensemble.",
    "Marie Curie would be proud: radiation-induced angiosarcoma of the breast.",
    "Dr. House would have guessed: sarcoidosis with non-necrotising granulomas.",
    "Today's #PathTwitter tip: fix the specimen within 1 hour of excision.",
    "Quiz : quel est votre diagnostic ? Réponse demain !",
    "Thanks @USCAP for the amazing meeting in Baltimore this week!",
    "Nevus de Reed, mélanome de Dubreuilh, kératoacanthome : savez-vous les distinguer ?",
    "Great talk by Michael Chen on digital pathology at the ASCP annual meeting.",
    "Sister Mary Joseph nodule: umbilical metastasis, usually gastric or ovarian.",
    "Orphan Annie eye nuclei in papillary thyroid carcinoma. Psammoma bodies too.",
    "The Mayo Clinic criteria for IgG4-related disease are worth knowing.",
    "En stage à Bordeaux ce semestre, super équipe !",
    "Le Pr Jean-François Fléjou nous a fait un super cours sur les MICI.",
    "Encore une journée au labo... 40 extemporanés cette semaine, on est épuisés #internat",
    "Ce matin en staff, on a discuté de la classification OMS des tumeurs du SNC.",
    "Fun fact: Thomas Hodgkin described the disease in 1832.",
    "Cas clinique : homme d'une soixantaine d'années, masse rénale de 7 cm.",
    "Homer Wright rosettes in a medulloblastoma. Flexner-Wintersteiner in retinoblastoma.",
    "Cellules de Sézary et microabcès de Pautrier dans un mycosis fongoïde.",
    "Dépistage du cancer colorectal à partir de 50 ans.",
    "Screening women aged 50-74 every 2 years.",
    "Patients aged 65 and over have a worse prognosis.",
    "Monsieur est venu seul à la consultation d'annonce.",
    "Article R4127-206 du Code de la santé publique : le secret s'impose.",
    "A famous case in the history of pathology: the first description of Hodgkin lymphoma.",
    "A well-known pitfall: the Spitz nevus in an adult.",
    "Starry sky pattern in Burkitt lymphoma. #hemepath",
    "Score de Glasgow, échelle de Lausanne, critères de Rome : les scores à connaître.",
    "Aujourd'hui on parle du carcinome de Merkel. #pathologie",
    "Patient Safety Week: five rules for labelling specimens.",
    "Facebook comptait 350000000 utilisateurs en décembre 2009.",
]


@pytest.mark.parametrize(("post", "kind", "needle"), POSITIVES)
def test_positive(post: str, kind: str, needle: str) -> None:
    start = post.index(needle)
    end = start + len(needle)
    report = check_post(post)
    assert any(f.kind == kind and f.start < end and start < f.end for f in report.findings), (
        report.findings
    )
    assert not report.safe


@pytest.mark.parametrize("post", NEGATIVES)
def test_negative(post: str) -> None:
    report = check_post(post)
    assert report.safe, [(f.kind, f.text) for f in report.findings if f.severity == "block"]


@pytest.mark.parametrize(
    ("post", "kind", "suggestion"),
    [
        ("Patiente de 47 ans, carcinome.", "AGE", "la quarantaine"),
        ("A 47-year-old woman with a breast mass.", "AGE", "in her 40s"),
        ("A 62-year-old man with hematuria.", "AGE", "in his 60s"),
        ("Patiente de 93 ans, carcinome.", "AGE", "plus de 80 ans"),
        ("Vue au CHU de Rennes pour un nodule.", "LOCATION", "un CHU"),
        ("Seen at the CHU de Rennes for a nodule.", "LOCATION", "a university hospital"),
        ("Reçu ce matin au bloc, une pièce de colectomie.", "TIME", ""),
        ("Mme Dupont, carcinome.", "NAME", "la patiente"),
        ("M. Dupont, carcinome.", "NAME", "le patient"),
    ],
)
def test_suggestion(post: str, kind: str, suggestion: str) -> None:
    found = [f for f in check_post(post).findings if f.kind == kind]
    assert found and found[0].suggestion == suggestion


def test_messages_follow_the_post_language() -> None:
    fr = check_post("Patiente de 47 ans vue ce matin.").findings
    en = check_post("A 47-year-old woman seen this morning.").findings
    assert fr and all("patient" in f.message or "cas" in f.message for f in fr)
    assert all(" le " in f.message or " la " in f.message or " l'" in f.message for f in fr)
    assert en and all(" the " in f.message for f in en)
    assert (
        check_post("Patiente de 47 ans.", lang="en").findings[0].message.startswith("An exact age")
    )


@pytest.mark.parametrize(
    ("post", "lang"),
    [
        ("Mme Dupont, carcinome.", "fr"),
        ("Patiente de 47 ans.", "fr"),
        ("Lymphome de Hodgkin, stade IIA.", "fr"),
        ("47yo M with a lung mass.", "en"),
        ("Merkel cell carcinoma, CK20 dot.", "en"),
        ("Mr Smith, colectomy.", "en"),
    ],
)
def test_language_detection(post: str, lang: str) -> None:
    assert check_post(post).lang == lang


@pytest.mark.parametrize(
    ("post", "place"),
    [
        ("Biopsy from Queen Elizabeth Hospital, 45-year-old man.", "Queen Elizabeth Hospital"),
        ("Reçue du CHU Gabriel Touré, patiente de 45 ans.", "Gabriel Touré"),
    ],
)
def test_a_hospital_named_after_a_person_is_a_place_not_a_name(post: str, place: str) -> None:
    findings = check_post(post).findings
    start = post.index(place)
    assert any(f.kind == "LOCATION" and f.start <= start < f.end for f in findings), findings
    assert not [f for f in findings if f.kind == "NAME"], findings


def test_a_name_with_a_possessive_place_stays_a_name() -> None:
    post = "The placenta from Tanisha's delivery on July 4th showed chorioamnionitis."
    assert [f.text for f in check_post(post).findings if f.kind == "NAME"] == ["Tanisha"]


@pytest.mark.parametrize(
    "post",
    [
        "Lymphome, 64 ans, biopsie ganglionnaire cervicale.",
        "Mesothelioma, 77. Epithelioid, BAP1 lost.",
        "Adénocarcinome, 58 ans, pièce de colectomie droite.",
    ],
)
def test_a_tumour_opening_a_case_is_not_a_name(post: str) -> None:
    findings = check_post(post).findings
    assert [f.kind for f in findings] == ["AGE"], findings
