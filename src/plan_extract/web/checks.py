"""Completeness checks and comparisons as the pages need them, over compare/ and check/.

A plan never changes under its id (the sha256 of its file), so its check is computed once per
language and kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from plan_extract.check.profile import Profile, load_profile
from plan_extract.check.verdict import check_plan
from plan_extract.compare.national import Catalog, national_catalog
from plan_extract.core.contract import Plan
from plan_extract.web.i18n import Lang

PROFILE = "gender-equality-commune"
Verdict = Literal["pass", "warn", "fail"]


@cache
def profile() -> Profile:
    return load_profile(PROFILE)


@cache
def catalog() -> Catalog:
    return national_catalog()


@dataclass(frozen=True, slots=True)
class RuleResult:
    id: str
    status: Literal["pass", "error", "warning"]
    findings: list[tuple[str, int | None]]  # (message, line)
    summary: str = ""  # what a plan must have, in the page's language (the profile's words)
    help: str = ""  # how to mend the plan


@dataclass(frozen=True, slots=True)
class CheckView:
    verdict: Verdict
    rules: list[RuleResult]

    @property
    def errors(self) -> list[str]:
        return [m for rule in self.rules if rule.status == "error" for m, _ in rule.findings]


_VIEWS: dict[tuple[str, Lang], CheckView] = {}
CACHE_SIZE = 8192


def check_view(plan_id: str, plan: Plan, lang: Lang) -> CheckView:
    """The plan's check, computed once per language (kept by id: a plan is immutable under
    its hash)."""
    key = (plan_id, lang)
    view = _VIEWS.get(key)
    if view is None:
        view = _check(plan, lang)
        if len(_VIEWS) >= CACHE_SIZE:
            _VIEWS.clear()
        _VIEWS[key] = view
    return view


def _check(plan: Plan, lang: Lang) -> CheckView:
    """Every rule of the profile with its outcome: passed, or failed with its findings'
    messages (the profile words messages as problems, so a passed rule shows none)."""
    found = check_plan(plan, profile(), catalog(), lang)
    rules = []
    for rule in profile().rules:
        own = [f for f in found if f.rule.id == rule.id]
        rules.append(
            RuleResult(
                id=rule.id,
                status=rule.severity if own else "pass",
                findings=[(f.message, f.line) for f in own],
                summary=rule.summary_text(lang),
                help=rule.help.text(lang) if rule.help else "",
            )
        )
    statuses = {rule.status for rule in rules}
    verdict: Verdict = (
        "fail" if "error" in statuses else "warn" if "warning" in statuses else "pass"
    )
    return CheckView(verdict, rules)
