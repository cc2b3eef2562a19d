"""Assignment 4 rule: a professional profile follows the account-creation rules of the course."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from medsocial.grading.problems import Problem, identifier_problems, quote
from medsocial.widgets.profile import BIO_MAX, PATIENT_KINDS, PHOTOS

# Section -> the entries it checks (the assignment asks for one dictionary per section).
SECTIONS: dict[str, tuple[str, ...]] = {
    "identity": ("name", "title", "pseudonym_reason", "specialty"),
    "content": ("bio", "pinned_post", "disclosure"),
    "privacy": ("two_factor", "location_sharing", "photo"),
}
OPTIONAL = {"pseudonym_reason": "", "pinned_post": ""}
# Titles may precede the name; they are not part of it.
HONORIFICS = {"dr", "dr.", "pr", "pr.", "prof", "prof.", "docteur", "professeur"}
NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?")
# Narrower than the widget's live checklist: a graded profile may say "patient safety".
PATIENT_WORDS = re.compile(
    r"\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:patients?|patientes?|cases?|cas)\b|\bcase of the day\b|\bcas du jour\b",
    re.IGNORECASE,
)
DISCLOSURE_WORDS = re.compile(
    r"conflict|conflit|interest|intér[eê]t|\bcoi\b|disclos|déclar|consult|fund|financ|sponsor|honorari",
    re.IGNORECASE,
)


def looks_like_real_name(name: str) -> bool:
    """At least a first name and a surname, made of letters (titles such as 'Dr' are skipped)."""
    words = [w for w in name.split() if w.casefold() not in HONORIFICS]
    return len(words) >= 2 and all(NAME_WORD.fullmatch(w) for w in words)


def _text(profile: Mapping, key: str) -> str | None:
    value = profile.get(key, OPTIONAL.get(key))
    return value.strip() if isinstance(value, str) else None


def _misspelt(profile: Mapping, keys: list[str]) -> list[Problem]:
    """Entries whose name is close to an expected one: a typo would hide the resident's answer."""
    problems = []
    for key in profile:
        close = [] if key in keys else difflib.get_close_matches(str(key), keys, n=1, cutoff=0.75)
        if close:
            problems.append(Problem(f"{quote(key)} is misspelt: write '{close[0]}'."))
    return problems


def _identity(profile: Mapping) -> list[Problem]:
    problems = []
    name, title = _text(profile, "name"), _text(profile, "title")
    reason = _text(profile, "pseudonym_reason") or ""
    if not name:
        problems.append(Problem("write the name you post under, e.g. 'Léa Moreau'."))
    elif not looks_like_real_name(name):
        if len(reason.split()) < 4:
            problems.append(
                Problem(
                    f"{quote(name)} does not look like a first name and surname. Use your real "
                    "name, or keep this pseudonym and explain why in 'pseudonym_reason' "
                    "(one sentence)."
                )
            )
    elif not title or len(title) < 3:
        problems.append(
            Problem(
                "add your title so readers know your level of training, e.g. "
                "'Pathology resident' or 'Interne en anatomie pathologique'."
            )
        )
    specialty = _text(profile, "specialty")
    if not specialty or len(specialty) < 3:
        problems.append(Problem("name your specialty, e.g. 'Pathology' or 'Dermatopathology'."))
    return problems


def _patient_content(text: str, where: str) -> list[Problem]:
    problems = identifier_problems(text, where, kinds=set(PATIENT_KINDS))
    words = PATIENT_WORDS.search(text)
    if words:
        problems.append(
            Problem(
                f"{where} talks about a patient ({quote(words.group())}): a profile shows who "
                "you are, never a patient or a case. Remove it."
            )
        )
    return problems


def _content(profile: Mapping) -> list[Problem]:
    problems = []
    bio = _text(profile, "bio")
    if not bio:
        problems.append(
            Problem(
                "write a short bio saying what you do, e.g. "
                "'Pathology resident. Dermatopathology and teaching. Views my own.'"
            )
        )
    else:
        if len(bio) > BIO_MAX:
            problems.append(
                Problem(f"your bio is {len(bio)} characters long: keep it to {BIO_MAX}.")
            )
        problems += _patient_content(bio, "your bio")
    pinned = _text(profile, "pinned_post")
    if pinned is None:
        problems.append(Problem("write your pinned post as text between quotes, or leave it ''."))
    elif pinned:
        problems += _patient_content(pinned, "your pinned post")
    disclosure = _text(profile, "disclosure")
    if not disclosure or len(disclosure) < 5 or not DISCLOSURE_WORDS.search(disclosure):
        problems.append(
            Problem(
                "add a conflict-of-interest disclosure, e.g. 'No conflicts of interest' or "
                "'Consultant for a slide-scanner company'."
            )
        )
    return problems


def _privacy(profile: Mapping) -> list[Problem]:
    problems = []
    two_factor, location = profile.get("two_factor"), profile.get("location_sharing")
    if two_factor is not True:
        unquote = " (write True without quotes)" if isinstance(two_factor, str) else ""
        problems.append(
            Problem(
                "turn two-factor authentication on: 'two_factor': True" + unquote + ", so nobody "
                "can post in your name with a stolen password."
            )
        )
    if location is not False:
        unquote = " (write False without quotes)" if isinstance(location, str) else ""
        problems.append(
            Problem(
                "turn location sharing off: 'location_sharing': False" + unquote + "; it shows "
                "where you post from, such as the hospital or your home."
            )
        )
    photo = profile.get("photo")
    if photo != "portrait":
        choices = ", ".join(f"'{key}'" for key in PHOTOS)
        problems.append(
            Problem(
                f"choose 'portrait' for 'photo': a professional portrait of you builds trust. "
                f"{quote(photo)} is not right; the choices are {choices}."
            )
        )
    return problems


CHECKS = {"identity": _identity, "content": _content, "privacy": _privacy}


def profile_problems(profile: object, sections: Iterable[str] = tuple(SECTIONS)) -> list[Problem]:
    """What to change in the profile (only the given sections); [] when it follows every rule."""
    sections = list(sections)
    if not isinstance(profile, Mapping):
        return [Problem("your profile must be a dictionary between braces: {'name': '…', …}.")]
    keys = [key for section in sections for key in SECTIONS[section]]
    if not profile:
        return [Problem("you have not filled in anything yet: add the entries between the braces.")]
    problems = _misspelt(profile, keys)
    for section in sections:
        problems += CHECKS[section](profile)
    return problems
