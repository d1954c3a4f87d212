"""The generic checks a profile's rules name. Each looks at a `Plan` and returns its hits: where
the problem is (a line, or `None` for the document as a whole) and the values its message shows."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from plan_extract.check.profile import CheckName, DocumentPart, Rule
from plan_extract.compare.national import (
    Catalog,
    at_least_as_ambitious,
    national_reference,
)
from plan_extract.models import Deadline, Plan

# A span of years as printed: "2021-2030", "2026 – 2030".
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
_TASK_PREVIEW = 80


@dataclass(frozen=True)
class Hit:
    line: int | None = None
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What the checks need besides the plan: the national catalog and the words that mark a
    report (from the profile)."""

    catalog: Catalog
    report_words: tuple[str, ...]


Check = Callable[[Plan, Rule, Context], list[Hit]]


def _has_part(plan: Plan, part: DocumentPart) -> bool:
    doc = plan.document
    issued = doc.issued
    if part == "number":
        return doc.number is not None or doc.symbol is not None
    if part == "number_filled":
        return doc.number is not None or doc.symbol is None
    if part == "place_date":
        return doc.place is not None and issued is not None and issued.year is not None
    if part == "date_complete":
        return issued is None or (issued.day is not None and issued.month is not None)
    if part == "issuer":
        return doc.issuer is not None
    if part == "kind_title":
        return doc.kind != "unknown" and bool(doc.title)
    if part == "signer":
        return doc.signer is not None and bool(doc.signer.name or doc.signer.position)
    return bool(doc.recipients)


def document_part(plan: Plan, rule: Rule, _: Context) -> list[Hit]:
    assert rule.part is not None
    return [] if _has_part(plan, rule.part) else [Hit()]


def section(plan: Plan, rule: Rule, _: Context) -> list[Hit]:
    present = any(s.kind == rule.kind for s in plan.sections)
    return [] if present else [Hit(fields={"kind": rule.kind})]


def targets_present(plan: Plan, _rule: Rule, _: Context) -> list[Hit]:
    return [] if plan.targets else [Hit()]


def target_domain(plan: Plan, rule: Rule, _: Context) -> list[Hit]:
    present = any(t.domain == rule.domain for t in plan.targets)
    return [] if present else [Hit(fields={"domain": rule.domain})]


def task_lead(plan: Plan, _rule: Rule, _: Context) -> list[Hit]:
    return [
        Hit(task.line, {"line": task.line, "task": _preview(task.text)})
        for task in plan.tasks
        if not task.lead
    ]


def reporting_deadline(plan: Plan, _rule: Rule, context: Context) -> list[Hit]:
    if any(_is_reporting(plan, deadline, context) for deadline in plan.deadlines):
        return []
    sections = [s for s in plan.sections if s.kind == "reporting"]
    return [Hit(sections[0].lines[0] if sections else None)]


def _is_reporting(plan: Plan, deadline: Deadline, context: Context) -> bool:
    """A deadline is for reporting when its action, or the task it belongs to, speaks of a
    report, or when it stands in the plan's reporting section."""
    texts = [deadline.action or "", deadline.text]
    texts += [task.text for task in plan.tasks if deadline.id in task.deadlines]
    if any(_mentions(text, context.report_words) for text in texts):
        return True
    top = deadline.section.split(".")[0] if deadline.section else None
    return any(s.id == top and s.kind == "reporting" for s in plan.sections)


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(word.lower() in lowered for word in words)


def national_ambition(plan: Plan, _rule: Rule, context: Context) -> list[Hit]:
    hits = []
    for target in plan.targets:
        reference = national_reference(target, plan, context.catalog)
        if reference is None or at_least_as_ambitious(target, reference) is not False:
            continue
        fields = {
            "indicator": reference.indicator.id,
            "comparator": target.comparator,
            "value": _number(target.value),
            "year": target.year if target.year is not None else reference.year,
            "national_value": _number(reference.value),
            "national_year": reference.year,
        }
        hits.append(Hit(target.line, fields))
    return hits


def period_present(plan: Plan, _rule: Rule, _: Context) -> list[Hit]:
    return [] if plan.document.period is not None else [Hit()]


def period_basis(plan: Plan, _rule: Rule, _: Context) -> list[Hit]:
    """The plan's period must lie within the span of years each basis document states (when it
    states one; a document naming several spans needs the period within one of them)."""
    period = plan.document.period
    if period is None:
        return []
    hits = []
    for basis in plan.document.basis:
        spans = [(int(a), int(b)) for a, b in _YEAR_SPAN.findall(basis.text) if int(a) <= int(b)]
        if spans and not any(a <= period.start_year and period.end_year <= b for a, b in spans):
            start, end = spans[0]
            fields = {
                "start": period.start_year,
                "end": period.end_year,
                "basis": basis.number or _preview(basis.text),
                "basis_start": start,
                "basis_end": end,
            }
            hits.append(Hit(None, fields))
    return hits


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TASK_PREVIEW else text[: _TASK_PREVIEW - 1] + "…"


def _number(value: float) -> str:
    """A value as a person writes it: 60 not 60.0, a decimal comma kept out of it."""
    return f"{value:g}"


CHECKS: dict[CheckName, Check] = {
    "document_part": document_part,
    "section": section,
    "targets_present": targets_present,
    "target_domain": target_domain,
    "task_lead": task_lead,
    "reporting_deadline": reporting_deadline,
    "national_ambition": national_ambition,
    "period_present": period_present,
    "period_basis": period_basis,
}
