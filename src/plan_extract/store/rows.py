"""A parsed plan flattened into the store's rows, one list per table (built in the worker, so
the single writing process only inserts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from plan_extract.core.contract import DateParts, Plan, Section, Span
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.read import ReadOptions
from plan_extract.store.keys import document_key, file_name

Value = str | int | float | bool | dt.date | list[str] | list[int] | None
Row = tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class PlanRows:
    """One plan ready to store: its id, its source path and a row list per table."""

    plan_id: str
    path: str
    tables: dict[str, list[Row]]


def parse_to_rows(data: bytes, name: str, options: ReadOptions | None = None) -> PlanRows:
    """Parse a plan held in memory and flatten it; raises the pipeline's errors."""
    from plan_extract.pipeline import parse_bytes_with_lines

    plan, doc = parse_bytes_with_lines(data, name, options)
    return plan_rows(plan, doc)


def plan_rows(plan: Plan, doc: NormalizedDocument) -> PlanRows:
    from plan_extract.output.json import plan_to_json

    pid = plan.source.sha256
    sections = list(_walk(plan.sections, None))
    key = document_key(plan, [(line.number, line.text) for line in doc.lines])
    tables: dict[str, list[Row]] = {
        "plans": [_plan_row(plan, key, len(sections), len(doc.lines), plan_to_json(plan))],
        "sections": [
            (
                pid,
                section.id,
                parent,
                section.number,
                section.title,
                section.kind,
                section.level,
                section.lines[0],
                section.lines[1],
                position,
            )
            for position, (section, parent) in enumerate(sections)
        ],
        "targets": [
            (
                pid,
                t.id,
                t.section,
                t.line,
                t.text,
                t.indicator,
                t.domain,
                float(t.value),
                t.unit,
                t.comparator,
                t.year,
                t.frequency,
                t.national_indicator,
                list(t.also_at),
                *_span(t.span),
            )
            for t in plan.targets
        ],
        "units": [
            (pid, u.id, u.name, u.kind, u.lead, u.in_lexicon, list(u.mentions), list(u.sections))
            for u in plan.units
        ],
        "unit_mentions": [
            (pid, u.id, position, where.line, *where.span)
            for u in plan.units
            for position, where in enumerate(u.occurrences)
        ],
        "tasks": [
            (
                pid,
                t.id,
                t.section,
                t.line,
                t.text,
                list(t.lead),
                list(t.cooperating),
                list(t.deadlines),
                *_span(t.span),
            )
            for t in plan.tasks
        ],
        "deadlines": [
            (
                pid,
                d.id,
                d.text,
                d.kind,
                _iso(d.start),
                _year(d.start),
                _iso(d.end),
                _year(d.end),
                d.recurrence,
                d.action,
                list(d.units),
                d.section,
                d.line,
                *_span(d.span),
            )
            for d in plan.deadlines
        ],
        "funding": [
            (pid, position, f.source, f.text, f.section, f.line, *_span(f.span))
            for position, f in enumerate(plan.funding)
        ],
        "warnings": [
            (pid, position, w.code, w.message, w.line) for position, w in enumerate(plan.warnings)
        ],
        "lines": [(pid, line.number, line.text, line.page) for line in doc.lines],
    }
    return PlanRows(plan_id=pid, path=plan.source.path, tables=tables)


def _plan_row(plan: Plan, key: str, n_sections: int, n_lines: int, plan_json: str) -> Row:
    meta = plan.document
    commune = meta.commune
    period = meta.period
    signer = meta.signer
    return (
        plan.source.sha256,
        key,
        plan.source.path,
        file_name(plan.source.path),
        plan.source.format,
        plan.source.pages,
        plan.source.parser_version,
        plan.schema_version,
        meta.kind,
        meta.number,
        meta.symbol,
        meta.issuer,
        commune.name if commune else None,
        commune.type if commune else None,
        commune.code if commune else None,
        meta.province,
        meta.province_code,
        meta.place,
        *issued_date(meta.issued),
        _year(meta.issued),
        meta.title,
        period.start_year if period else None,
        period.end_year if period else None,
        signer.name if signer else None,
        signer.position if signer else None,
        n_sections,
        len(plan.targets),
        len(plan.units),
        len(plan.tasks),
        len(plan.deadlines),
        len(plan.funding),
        len(plan.warnings),
        n_lines,
        plan_json,
    )


def issued_iso(date: dt.date | None, precision: str | None) -> str | None:
    """A stored date of issue as the plan JSON writes it: `2026-05` for (2026-05-01, month)."""
    if date is None:
        return None
    return date.isoformat()[: {"year": 4, "month": 7}.get(precision or "day", 10)]


def fill_plan_columns(con: Any) -> None:
    """Fill the columns of `plans` that a migration added (the date of issue as a DATE and its
    precision, the document key, the file name) from each stored plan's JSON and lines, as
    `plan_rows` fills them for a new plan."""
    stored = con.execute("SELECT plan_id, plan_json FROM plans").fetchall()
    for plan_id, plan_json in stored:
        plan = Plan.model_validate_json(plan_json)
        lines = con.execute(
            "SELECT line, text FROM lines WHERE plan_id = $1 ORDER BY line", [plan_id]
        ).fetchall()
        issued, precision = issued_date(plan.document.issued)
        con.execute(
            "UPDATE plans SET issued = $1, issued_precision = $2, document_key = $3, "
            "file_name = $4 WHERE plan_id = $5",
            [
                issued,
                precision,
                document_key(plan, lines),
                file_name(plan.source.path),
                plan_id,
            ],
        )


def _walk(sections: list[Section], parent: str | None) -> Iterator[tuple[Section, str | None]]:
    """Every section of the tree in document order, with its parent's id."""
    for section in sections:
        yield section, parent
        yield from _walk(section.children, section.id)


def issued_date(date: DateParts | None) -> tuple[dt.date | None, str | None]:
    """A date of issue as a DATE and how much of it the document gives (`day`, `month` or
    `year`): `2026-05` is (2026-05-01, "month"). A date the calendar has not (31/02) is none."""
    if date is None or date.year is None:
        return None, None
    precision = "day" if date.month and date.day else "month" if date.month else "year"
    try:
        value = dt.date(date.year, date.month or 1, date.day if date.month and date.day else 1)
    except ValueError:
        return None, None
    return value, precision


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return span if span is not None else (None, None)


def _iso(date: DateParts | None) -> str | None:
    return date.iso if date else None


def _year(date: DateParts | None) -> int | None:
    return date.year if date else None
