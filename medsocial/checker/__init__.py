"""The identifier checker: what in a post could identify a patient, why, and what to write instead."""

from __future__ import annotations

from medsocial.checker.engine import check_post
from medsocial.checker.report import KINDS, Finding, Report

__all__ = ["KINDS", "Finding", "Report", "check_post"]
