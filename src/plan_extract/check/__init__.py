"""Completeness checks of plans against a profile of rules, for people and for CI."""

from __future__ import annotations

from plan_extract.check.formats import FORMATS, Format, render
from plan_extract.check.profile import BUILTIN_PROFILES, Profile, load_profile
from plan_extract.check.verdict import Finding, Verdict, check_plan, exit_code

__all__ = [
    "BUILTIN_PROFILES",
    "FORMATS",
    "Finding",
    "Format",
    "Profile",
    "Verdict",
    "check_plan",
    "exit_code",
    "load_profile",
    "render",
]
