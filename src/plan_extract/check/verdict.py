"""Running a profile's rules over plans: findings, and a verdict per plan."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from plan_extract.check.profile import Lang, Profile, Rule, Severity
from plan_extract.check.rules import CHECKS, Context
from plan_extract.compare.national import Catalog
from plan_extract.core.contract import Plan


@dataclass(frozen=True)
class Finding:
    """A rule's hit: its message, its line, and `subject`, what the hit is about in words that
    do not depend on the language or the line (the task's text, the indicator; `{}` for the
    document as a whole), from which reports fingerprint it."""

    rule: Rule
    message: str
    line: int | None
    subject: str

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
            subject = json.dumps(hit.fields, ensure_ascii=False, sort_keys=True, default=str)
            findings.append(Finding(rule, message, hit.line, subject))
    return findings


def exit_code(verdicts: Sequence[Verdict]) -> int:
    """0 when no plan has an error (nor failed to read), else 1."""
    return 0 if all(verdict.passed for verdict in verdicts) else 1


def at_file_lines(findings: list[Finding], file_lines: Mapping[int, int]) -> list[Finding]:
    """The findings with their lines moved from the normalized text to the file's own."""
    return [
        replace(f, line=file_lines.get(f.line, f.line)) if f.line is not None else f
        for f in findings
    ]
