"""Profile builder: fill in a professional profile and watch a checklist turn green rule by rule."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

import medsocial
from medsocial.widgets.data import load_json

TITLES = ["", "Resident", "Fellow", "Pathologist", "Medical student", "Interne", "Docteur"]
PHOTOS = {
    "none": "No photo (default avatar)",
    "portrait": "A professional portrait of me",
    "holiday": "A holiday or party photo of me",
    "logo": "A logo, cartoon or microscope image",
    "case": "A striking image from a recent case",
}
ROLE_WORDS = re.compile(
    r"\b(resident|fellow|trainee|registrar|patholog\w*|physician|doctor|student|"
    r"interne|pathologiste|médecin|docteur|étudiant\w*|chef de clinique)\b",
    re.IGNORECASE,
)
PATIENT_WORDS = re.compile(r"\b(patient\w*|my case|mon cas)\b", re.IGNORECASE)
# A profile may name your hospital and link to your work; these kinds point at a patient.
PATIENT_KINDS = {"AGE", "ID", "DETAIL", "DATE", "TIME"}
BIO_MAX = 160


@dataclass
class Profile:
    """What the resident typed and chose."""

    name: str = ""
    handle: str = ""
    title: str = ""
    specialty: str = ""
    bio: str = ""
    photo: str = "none"
    coi: str = ""
    links: str = ""
    employer_policy: bool = False
    separate_accounts: bool = False
    two_factor: bool = False
    privacy: bool = False


@dataclass(frozen=True)
class RuleResult:
    """One line of the checklist."""

    key: str
    label: str
    ok: bool
    advice: str


@cache
def load_rules() -> tuple[dict, ...]:
    """The checklist rules (label, advice, source) in display order."""
    return tuple(load_json("profile_rules.json"))


def _real_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words)


def _handle(handle: str) -> bool:
    core = handle.strip().lstrip("@")
    return bool(re.fullmatch(r"[A-Za-z][\w.]{2,29}", core)) and not re.fullmatch(r"\D*\d{4,}", core)


def _no_patient(profile: Profile) -> bool:
    text = f"{profile.bio}\n{profile.links}"
    if profile.photo == "case" or PATIENT_WORDS.search(text):
        return False
    return not any(f.kind in PATIENT_KINDS for f in medsocial.check_post(text).findings)


def evaluate(profile: Profile) -> list[RuleResult]:
    """Check the profile against every rule of the account-creation chapter."""
    bio = profile.bio.strip()
    passed = {
        "real_name": _real_name(profile.name),
        "handle": _handle(profile.handle),
        "title": bool(profile.title),
        "specialty": len(profile.specialty.strip()) >= 3,
        "bio": 0 < len(bio) <= BIO_MAX and bool(ROLE_WORDS.search(bio)),
        "photo": profile.photo == "portrait",
        "coi": len(profile.coi.strip()) >= 5,
        "employer_policy": profile.employer_policy,
        "separate_accounts": profile.separate_accounts,
        "two_factor": profile.two_factor,
        "privacy": profile.privacy,
        "no_patient": _no_patient(profile),
    }
    return [RuleResult(r["key"], r["label"], passed[r["key"]], r["advice"]) for r in load_rules()]


def render_checklist(results: list[RuleResult]) -> str:
    """The checklist as HTML: a green tick or the advice for each rule."""
    done = sum(r.ok for r in results)
    rows = "".join(
        f'<li class="ms-rule" data-ok="{str(r.ok).lower()}" style="color: {"#155724" if r.ok else "#6b4f00"}">'
        f"{'✔' if r.ok else '○'} <b>{html.escape(r.label)}</b>"
        + ("" if r.ok else f" — {html.escape(r.advice)}")
        + "</li>"
        for r in results
    )
    head = (
        "Your profile follows every rule."
        if done == len(results)
        else f"{done} of {len(results)} rules followed."
    )
    return f'<div class="ms-verdict" role="status"><b>{head}</b></div><ul style="list-style: none; padding-left: 0">{rows}</ul>'


class ProfileBuilder:
    """The widget: the profile form beside its live checklist."""

    def __init__(self) -> None:
        import ipywidgets as w

        wide = w.Layout(width="95%")
        style = {"description_width": "11em"}
        self.fields = {
            "name": w.Text(
                description="Name", placeholder="First name Surname", style=style, layout=wide
            ),
            "handle": w.Text(description="Handle", placeholder="@", style=style, layout=wide),
            "title": w.Dropdown(options=TITLES, description="Title", style=style),
            "specialty": w.Text(description="Specialty", style=style, layout=wide),
            "bio": w.Textarea(
                description="Bio", placeholder="Pathology resident at …", style=style, layout=wide
            ),
            "photo": w.Dropdown(
                options=[(v, k) for k, v in PHOTOS.items()],
                description="Photo",
                style=style,
                layout=wide,
            ),
            "coi": w.Text(
                description="Conflicts of interest",
                placeholder="No conflicts of interest",
                style=style,
                layout=wide,
            ),
            "links": w.Text(description="Links", placeholder="https://…", style=style, layout=wide),
            "employer_policy": w.Checkbox(
                description="I have read my employer's social media policy", indent=False
            ),
            "separate_accounts": w.Checkbox(
                description="I keep a separate personal account", indent=False
            ),
            "two_factor": w.Checkbox(description="Two-factor authentication is on", indent=False),
            "privacy": w.Checkbox(description="I have reviewed the privacy settings", indent=False),
        }
        for field in self.fields.values():
            if isinstance(field, w.Text | w.Textarea):
                field.continuous_update = True
            if isinstance(field, w.Checkbox):
                field.layout.width = "auto"  # the default width cuts the sentence off
            field.observe(self._update, names="value")
        self.checklist = w.HTML()
        self.checklist.add_class("ms-profile-checklist")
        form = w.VBox(list(self.fields.values()), layout=w.Layout(width="55%"))
        self.widget = w.HBox([form, w.Box([self.checklist], layout=w.Layout(width="45%"))])
        self._update()

    def profile(self) -> Profile:
        """The form's current content."""
        return Profile(**{key: field.value for key, field in self.fields.items()})

    def _update(self, _change: object = None) -> None:
        self.results = evaluate(self.profile())
        self.checklist.value = render_checklist(self.results)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
