"""TIME: words that date the case to the moment of posting (today, ce matin, last night...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsocial.checker.context import Context
from medsocial.checker.detectors.base import Hit

_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TIME = re.compile(
    r"(?i)\b(?:"
    # French
    r"aujourd'?\s?hui|ce\s+matin|ce\s+midi|cet\s+apr[eè]s-?\s?midi|ce\s+soir|cette\s+nuit|"
    r"hier(?:\s+(?:soir|matin|midi|apr[eè]s-?midi))?|avant-?\s?hier|demain(?:\s+matin)?|"
    r"cette\s+semaine|ce\s+week-?\s?end|ce\s+mois-?ci|la\s+semaine\s+derni[eè]re|"
    r"le\s+week-?\s?end\s+dernier|le\s+mois\s+dernier|"
    r"tout\s+[aà]\s+l'?\s?heure|[aà]\s+l'?\s?instant|il\s+y\s+a\s+(?:\d+|une?|deux|trois|quelques)\s+(?:minutes?|heures?|jours?)|"
    r"en\s+ce\s+moment(?:\s+(?:au|en)\s+(?:bloc|salle|garde|r[eé]a|urgences?))?|actuellement\s+(?:au|en)\s+(?:bloc|salle|r[eé]a)|"
    r"en\s+direct\s+du\s+bloc|de\s+garde\s+cette\s+nuit|cette\s+garde|"
    rf"(?:ce\s+)?{_DAYS_FR}\s+(?:dernier|matin|soir)|ce\s+{_DAYS_FR}|"
    # English
    r"today|tonight|this\s+(?:morning|afternoon|evening|week(?:end)?|month)|"
    r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+(?:night|week(?:end)?|month)|"
    r"tomorrow(?:\s+morning)?|earlier\s+today|just\s+now|right\s+now|minutes?\s+ago|"
    r"(?:\d+|an?|one|two|three|few)\s+(?:minutes?|hours?|days?)\s+ago|"
    r"live\s+from\s+the\s+(?:OR|theatre|theater)|currently\s+in\s+(?:the\s+)?(?:OR|theatre|theater)|"
    r"on\s+call\s+tonight|"
    rf"(?:last|this)\s+{_DAYS_EN}|{_DAYS_EN}\s+(?:morning|night|evening)|on\s+{_DAYS_EN}"
    r")\b"
)
# Generic phrasing that is not about this case ("aujourd'hui, on sait que...", "today's lecture").
_GENERIC_AFTER = re.compile(
    r"(?i)(?:'s\s+(?:#\w+\s+)?(?:lecture|talk|session|quiz|webinar|journal|tip|case\s+of\s+the\s+day)|"
    r"\W{0,3}(?:on\s+(?:parle|revoit|r[ée]vise|discute)|parlons|r[ée]visons|let's|"
    r"we(?:'ll)?\s+(?:talk|discuss|review|look)|focus|th[èe]me|topic|petit\s+rappel|rappel|quiz|tip|"
    r"astuce|#|on\s+sait|we\s+know|il\s+est\s+admis|la\s+classification|the\s+classification|"
    r"most|la\s+plupart|les\s+recommandations|guidelines))"
)


# "Answer tomorrow!", "Réponse demain", "see you tonight": teaching, not the case.
_GENERIC_BEFORE = re.compile(
    r"(?i)\b(?:answers?|r[ée]ponses?|solution|reveal|suite|rendez-vous|rdv|see\s+you|join\s+us|"
    r"stay\s+tuned|[àa]\s+suivre|more)\W{0,3}(?:\w+\W+){0,2}$"
)


# The author speaking about their own day ("on est épuisés", "we discussed", "I'm on call").
_SELF = re.compile(r"(?i)\b(?:je|j'|on|nous|moi|I|I'm|we|we're|us|my|our|mon|ma|mes|notre|nos)\b")


# Every marker above contains one of these (lower case, apostrophes and hyphens as spaces).
_STEMS = (
    "aujourd", "matin", "midi", "apr", "soir", "nuit", "hier", "demain", "semaine", "week", "mois",
    "dernier", "heure", "instant", "il y a", "moment", "actuellement", "direct", "garde", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "today", "tonight", "this ",
    "yesterday", "last ", "tomorrow", "now", "ago", "live ", "currently", "on call", "day",
)  # fmt: skip


def _about_author_day(ctx: Context) -> bool:
    """True when the post is about the author's day with no patient or case in it."""
    return not ctx.is_case() and ctx.text_search(_SELF)


def detect(ctx: Context) -> Iterator[Hit]:
    """Yield time markers unless the sentence announces a teaching event.

    In a post about the author's own day with no patient or case in it ("40 frozen sections
    this week, we're exhausted") the marker is advice, not a block.
    """
    for m in _TIME.finditer(ctx.text) if ctx.has(_STEMS) else ():
        if ctx.is_event(m.start()) or _GENERIC_AFTER.match(ctx.text, m.end()):
            continue
        if _GENERIC_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            continue
        yield Hit(
            "TIME", m.start(), m.end(),
            ctx.say("Ce repère de temps date le cas au jour de la publication : on peut retrouver le patient. Supprimez-le, ou attendez avant de publier.",
                    "This time marker dates the case to the day you post it, which can point to the patient. Remove it, or wait before posting."),
            "",
            "warn" if _about_author_day(ctx) else "block",
        )  # fmt: skip
