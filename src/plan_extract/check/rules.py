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
from plan_extract.core.contract import Deadline, Plan

# A span of years as printed: "2021-2030", "2026 – 2030".
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
_TASK_PREVIEW = 80


@dataclass(frozen=True)
class Hit:
    line: int | None = None
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What the checks need besides the plan: the national catalog, and from the profile the
    words that mark a report and those that bring a horizon year ("đến năm")."""

    catalog: Catalog
    report_words: tuple[str, ...]
    until_words: tuple[str, ...]


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
    """A section of the kind at the top level, or among the plan's sections under a part (they
    carry their kind too: `III. TỔ CHỨC THỰC HIỆN` under `PHẦN II`)."""
    kinded = [*plan.sections, *(child for s in plan.sections for child in s.children)]
    present = any(s.kind == rule.kind for s in kinded)
    return [] if present else [Hit(fields={"kind": rule.kind})]


def targets_present(plan: Plan, _rule: Rule, _: Context) -> list[Hit]:
    return [] if plan.targets else [Hit()]


def target_domain(plan: Plan, rule: Rule, _: Context) -> list[Hit]:
    present = any(t.domain == rule.domain for t in plan.targets)
    return [] if present else [Hit(fields={"domain": rule.domain})]


def task_lead(plan: Plan, _rule: Rule, _: Context) -> list[Hit]:
    return [Hit(task.line, {"task": _preview(task.text)}) for task in plan.tasks if not task.lead]


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


def period_basis(plan: Plan, _rule: Rule, context: Context) -> list[Hit]:
    """The plan's period must lie within the horizon of each basis document that states one:
    from the earliest start of the spans of years it names ("giai đoạn 2021 - 2025") to the
    latest year it reaches, by a span or by a phrase from the profile ("định hướng đến năm
    2030"). A document that names no years says nothing about the period."""
    period = plan.document.period
    if period is None:
        return []
    hits = []
    for basis in plan.document.basis:
        horizon = _horizon(basis.text, context.until_words)
        if horizon is None:
            continue
        first, last = horizon
        if (first is not None and period.start_year < first) or period.end_year > last:
            fields = {
                "start": period.start_year,
                "end": period.end_year,
                "basis": basis.number or _preview(basis.text),
                "basis_start": first if first is not None else "…",
                "basis_end": last,
            }
            hits.append(Hit(None, fields))
    return hits


def _horizon(text: str, until_words: tuple[str, ...]) -> tuple[int | None, int] | None:
    spans = [(int(a), int(b)) for a, b in _YEAR_SPAN.findall(text) if int(a) <= int(b)]
    until = [
        int(year)
        for word in until_words
        for year in re.findall(rf"{re.escape(word)}\s+((?:19|20)\d\d)(?!\d)", text, re.IGNORECASE)
    ]
    ends = [b for _, b in spans] + until
    if not ends:
        return None
    return (min(a for a, _ in spans) if spans else None), max(ends)


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
