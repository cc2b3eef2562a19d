"""Answers of a resident who makes typical mistakes, for the end-to-end test of the course.

MISTAKES: assignment id -> {answer cell grade_id: the whole cell as the resident left it}.
Some answers are right and some wrong, so this resident scores strictly between 0 and full marks.
EXPECTED_POINTS: assignment id -> autograded points available; MISTAKE_POINTS: what these
answers earn (each wrong answer is commented with the rule it breaks).
"""

from __future__ import annotations

EXPECTED_POINTS: dict[str, float] = {
    "01_post_anatomy": 6.0,
    "02_rewrite_unsafe_posts": 12.0,
    "03_anonymise_image": 8.0,
    "04_professional_profile": 7.0,
}

MISTAKE_POINTS: dict[str, float] = {
    "01_post_anatomy": 2.0,  # hashtags and links right
    "02_rewrite_unsafe_posts": 2.0,  # rewrite 2 right
    "03_anonymise_image": 2.0,  # metadata removed, boxes wrong
    "04_professional_profile": 2.0,  # identity right
}

MISTAKES: dict[str, dict[str, str]] = {
    "01_post_anatomy": {
        # Wrong: the display name, not the handle.
        "handle": '# Example: HANDLE = """@ana_gipath"""\nHANDLE = """\nDr Léa Moreau\n"""',
        # Right: without '#' is accepted (the check gives a tip).
        "hashtags": '# Example: HASHTAGS = ["#GIPath", "#PathBoards"]\n'
        'HASHTAGS = [\n    "dermpath",\n    "pathologie",\n    "MedEd",\n]',
        # Wrong: the author's own handle is not a mention.
        "mentions": '# Example: MENTIONS = ["@ana_gipath", "@SocPath"]\n'
        'MENTIONS = [\n    "@lea_dermpath",\n    "@SFP_officiel",\n]',
        "links": '# Example: LINKS = ["https://example.org/gi-2024"]\n'
        'LINKS = [\n    "https://www.example.org/revues/spitz-adulte-2025",\n]',
        # Wrong: counted as Python does, not as X does (link = 23, emoji = 2).
        "length_x": "# Example: LENGTH_X = (120 - 40 + 23)\nLENGTH_X = (\n    len(TEXT)\n)",
        "reflection": "I look at the handle because the display name can be anything.",
    },
    "02_rewrite_unsafe_posts": {
        # Wrong: the exact age is still there.
        "rewrite_1": 'REWRITE_1 = """\nA 47-year-old woman with a large uterine mass, first read as a '
        "leiomyoma on imaging. Diagnosis: leiomyosarcoma, with coagulative tumour necrosis and "
        'brisk mitoses. #pathology #gynpath\n"""',
        # Right.
        "rewrite_2": 'REWRITE_2 = """\nUne patiente d\'une soixantaine d\'années : mélanome acral, '
        'indice de Breslow supérieur à 3 mm. #pathologie #dermpath\n"""',
        # Wrong: the e-mail address stayed and the key finding (lepidic) went.
        "rewrite_3": 'REWRITE_3 = """\nLung biopsy: adenocarcinoma, tumour cells lining intact '
        'alveolar walls. Questions? Email me at c.martin@chu-exemple.fr #pathology\n"""',
        # Wrong: six hashtags on Instagram (at most 5).
        "rewrite_4": 'REWRITE_4 = """\nUn jeune adulte : tumeur à cellules géantes du genou, '
        "nombreuses cellules géantes de type ostéoclastique. #pathologie #bonepath #sport "
        '#football #chirurgie #genou\n"""',
        # Wrong: the mayor of a small town is one person.
        "rewrite_5": 'REWRITE_5 = """\nA rare one: the mayor of Saint-Flour, in his 70s, with a Merkel '
        'cell carcinoma of the cheek, CK20 dot-like positivity. #pathology #dermpath\n"""',
        # Wrong: "ce matin" dates the case.
        "rewrite_6": 'REWRITE_6 = """\nUn cas d\'enseignement ce matin : carcinome papillaire de la '
        'thyroïde, avec des noyaux en verre dépoli. #pathologie #endopath\n"""',
        "reflection": "Without a name it is anonymous, so it can be posted.",
    },
    "03_anonymise_image": {
        # Right.
        "clean_photo": 'strip_metadata("gross_phone_photo.jpg", "gross_phone_photo_clean.jpg", '
        "overwrite=True)",
        # Wrong: the box stops in the middle of the label.
        "label_boxes": "LABEL_BOXES = [\n    (45, 55, 230, 245),\n]",
        # Wrong: one big box over the head also hides the lesion.
        "face_boxes": "FACE_BOXES = [\n    (180, 50, 460, 420),\n]",
        "reflection": "Black boxes look cleaner than blur.",
    },
    "04_professional_profile": {
        # Right.
        "identity": 'IDENTITY = {\n    "name": "Tom Durand",\n    "title": "Interne en anatomie '
        'pathologique",\n    "pseudonym_reason": "",\n    "specialty": "Neuropathologie",\n}',
        # Wrong: no conflict-of-interest disclosure.
        "content": 'CONTENT = {\n    "bio": "Interne en anatomie pathologique. Neuropathologie et '
        'pédagogie.",\n    "pinned_post": "",\n}',
        # Wrong: location sharing left on.
        "settings": 'SETTINGS = {\n    "two_factor": True,\n    "location_sharing": True,\n'
        '    "photo": "portrait",\n}',
        "reflection": "I have no conflict so I do not need to write anything.",
    },
}
