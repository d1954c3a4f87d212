"""Running a profile's rules over plans: findings, and a verdict per plan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from plan_extract.check.profile import Lang, Profile, Rule, Severity
from plan_extract.check.rules import CHECKS, Context
from plan_extract.compare.national import Catalog
from plan_extract.core.contract import Plan


@dataclass(frozen=True)
class Finding:
    rule: Rule
    message: str
    line: int | None

    @property
    def severity(self) -> Severity:
        return self.rule.severity


@dataclass(frozen=True)
class Verdict:
    """The outcome for one input: its findings, or `failure` when it could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    failure: str | None = None

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)

    @property
    def passed(self) -> bool:
        return self.failure is None and self.count("error") == 0


def check_plan(plan: Plan, profile: Profile, catalog: Catalog, lang: Lang) -> list[Finding]:
    """Every finding of every rule, in the profile's rule order."""
    context = Context(
        catalog=catalog,
        report_words=tuple(profile.report_words),
        until_words=tuple(profile.until_words),
    )
    findings = []
    for rule in profile.rules:
        for hit in CHECKS[rule.check](plan, rule, context):
            message = rule.message.text(lang).format_map(dict(hit.fields))
            findings.append(Finding(rule, message, hit.line))
    return findings


def at_file_lines(findings: list[Finding], file_lines: Mapping[int, int]) -> list[Finding]:
    """The findings with their lines moved from the normalized text to the file's own."""
    return [
        replace(f, line=file_lines.get(f.line, f.line)) if f.line is not None else f
        for f in findings
    ]
