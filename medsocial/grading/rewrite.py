"""Assignment 2 rule: a rewritten case post is safe, fits the platform and still teaches."""

from __future__ import annotations

from collections.abc import Sequence

from medsocial.grading.problems import Problem, fold, identifier_problems, quote

# Hashtags that tell colleagues the post is for teaching; compared without '#', case or accents.
TEACHING_HASHTAGS = (
    "pathology",
    "pathologie",
    "anapath",
    "pathtwitter",
    "pathboards",
    "dermpath",
    "dermatopathologie",
    "gipath",
    "gynpath",
    "neuropath",
    "hemepath",
    "cytopath",
    "bstpath",
    "bonepath",
    "endopath",
    "gupath",
    "pulmpath",
    "softtissuepath",
    "histology",
    "histologie",
    "medicaleducation",
    "meded",
)


def _variants(item: str | Sequence[str]) -> list[str]:
    """One kept term, or its accepted synonyms (a tuple or, after JSON, a list)."""
    return [item] if isinstance(item, str) else [str(v) for v in item]


def teaching_value_problems(text: str, must_keep: Sequence[str | Sequence[str]]) -> list[Problem]:
    """The diagnosis and key finding are still named, and a teaching hashtag is there."""
    from medsocial.anatomy import analyze_post

    folded = fold(text)
    problems = []
    for item in must_keep:
        variants = _variants(item)
        if not any(fold(v) in folded for v in variants):
            alternatives = " or ".join(quote(v) for v in variants)
            problems.append(
                Problem(
                    f"your rewrite no longer mentions {alternatives}: keep the diagnosis and the "
                    "key finding, they are what colleagues learn from."
                )
            )
    tags = {fold(tag.lstrip("#")) for tag in analyze_post(text, "x").hashtags}
    if not tags & set(TEACHING_HASHTAGS):
        problems.append(
            Problem(
                "add a teaching hashtag so colleagues find the case, e.g. #pathology, "
                "#pathologie or one for the subspecialty (#dermpath, #gipath, #gynpath)."
            )
        )
    return problems


def rewrite_problems(
    text: object,
    *,
    platform: str,
    must_keep: Sequence[str | Sequence[str]],
    lang: str | None = None,
) -> list[Problem]:
    """Everything to change before the rewrite can be posted on `platform`; [] when it is ready."""
    from medsocial.anatomy import analyze_post

    if not isinstance(text, str):
        return [
            Problem(
                "your rewrite must be text written between the triple quotes, "
                'e.g. REWRITE = """A woman in her 40s ... #pathology""".'
            )
        ]
    text = text.strip()
    if not text:
        return [
            Problem("you have not written your rewrite yet: type it between the triple quotes.")
        ]
    problems = identifier_problems(text, "your rewrite", lang=lang)
    anatomy = analyze_post(text, platform)
    if anatomy.over_limit:
        problems.append(
            Problem(
                f"your rewrite is {anatomy.length - anatomy.limit} characters too long for "
                f"{anatomy.platform_name}, which counts {anatomy.length} of {anatomy.limit}: "
                "shorten it."
            )
        )
    if anatomy.too_many_hashtags:
        problems.append(
            Problem(
                f"your rewrite has {len(anatomy.hashtags)} hashtags; {anatomy.platform_name} "
                f"allows at most {anatomy.max_hashtags}: keep the most useful ones."
            )
        )
    return problems + teaching_value_problems(text, must_keep)
