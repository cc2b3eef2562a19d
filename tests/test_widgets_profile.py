"""Profile builder checklist, decided without a browser."""

from __future__ import annotations

from dataclasses import replace

from medsocial.widgets.profile import (
    Profile,
    ProfileBuilder,
    evaluate,
    load_rules,
    render_checklist,
)

GOOD = Profile(
    name="Anna Kowalski",
    handle="@AnnaPathMD",
    title="Resident",
    specialty="Pathology",
    bio="PGY-2 pathology resident at Riverside University Hospital. Bone tumours.",
    photo="portrait",
    coi="No conflicts of interest",
    links="https://example.org/anna",
    employer_policy=True,
    separate_accounts=True,
    two_factor=True,
    privacy=True,
)


def failing(profile: Profile) -> set[str]:
    return {r.key for r in evaluate(profile) if not r.ok}


def test_every_rule_of_the_chapter_is_in_the_checklist() -> None:
    keys = {r["key"] for r in load_rules()}
    assert keys == {
        "real_name", "handle", "title", "specialty", "bio", "photo", "coi",
        "employer_policy", "separate_accounts", "two_factor", "privacy", "no_patient",
    }  # fmt: skip
    assert all(r["advice"] and r["source"] for r in load_rules())


def test_a_complete_professional_profile_passes_every_rule() -> None:
    assert failing(GOOD) == set()
    assert "follows every rule" in render_checklist(evaluate(GOOD))


def test_empty_profile_fails_all_but_no_patient_content() -> None:
    assert failing(Profile()) == {r["key"] for r in load_rules()} - {"no_patient"}


def test_each_rule_fails_on_its_own_mistake() -> None:
    cases = {
        "real_name": replace(GOOD, name="PathGirl99"),
        "handle": replace(GOOD, handle="@12345678"),
        "bio": replace(GOOD, bio="Coffee, cats and cycling."),
        "photo": replace(GOOD, photo="holiday"),
        "coi": replace(GOOD, coi=""),
        "two_factor": replace(GOOD, two_factor=False),
    }
    for key, profile in cases.items():
        assert failing(profile) == {key}, key
    assert "bio" in failing(replace(GOOD, bio="Pathology resident. " + "x" * 160))


def test_patient_content_in_the_profile_is_caught() -> None:
    assert failing(
        replace(GOOD, bio="Pathology resident. My patient, 45 years old, case B24-1234")
    ) == {"no_patient"}
    assert failing(replace(GOOD, photo="case")) == {"photo", "no_patient"}


def test_checklist_turns_green_rule_by_rule_in_the_widget() -> None:
    builder = ProfileBuilder()
    before = sum(r.ok for r in builder.results)
    builder.fields["name"].value = "Anna Kowalski"
    assert sum(r.ok for r in builder.results) == before + 1
    assert 'data-ok="true"' in builder.checklist.value
    for key, field in builder.fields.items():
        field.value = getattr(GOOD, key)
    assert all(r.ok for r in builder.results)
    assert 'data-ok="false"' not in builder.checklist.value
