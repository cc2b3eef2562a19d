"""Result types of the identifier checker."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("NAME", "DATE", "AGE", "LOCATION", "CONTACT", "ID", "TIME", "DETAIL")


@dataclass(frozen=True)
class Finding:
    """One thing in a post that could identify a patient, with where it is and what to do."""

    kind: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str
    severity: str = "block"

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return asdict(self)


@dataclass
class Report:
    """The checker's verdict on a post: safe only when no finding blocks it."""

    text: str
    lang: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def safe(self) -> bool:
        """True when no finding has severity "block"."""
        return not any(f.severity == "block" for f in self.findings)

    def to_dict(self) -> dict:
        """Plain dict for JSON output."""
        return {
            "safe": self.safe,
            "lang": self.lang,
            "findings": [f.to_dict() for f in self.findings],
        }
