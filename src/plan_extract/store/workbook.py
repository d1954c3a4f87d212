"""The workbook a province office sends upward: the province's plans from the store, one sheet
per table (plans, targets, units, deadlines, the national comparison), the communes that have
not sent a plan and the plans a completeness check finds incomplete; Vietnamese headers and
names (data/store/workbook.yaml), numbers as numbers (percentages as such), dates as dates.

Each plan is a document (documents.py), counted once and read from the file that represents
it with its effective values (`Store.reviewed`: the reviewers' corrections applied, rejected
items left out, a commune a reviewer picked placing the plan); an item a person confirmed,
corrected or added, and a plan with any such change, is marked in the "reviewed" column. A
correction belongs to the file it was made on: another file that comes to represent the
document shows its own. The files a plan was sent as are listed by their original names. The
same store gives the same bytes (output/tables.py pins the workbook's timestamps).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plan_extract.check.profile import load_profile
from plan_extract.check.verdict import check_plan
from plan_extract.compare.build import NamedPlan, targets_table
from plan_extract.compare.national import Catalog, national_catalog
from plan_extract.core.contract import DateParts, Plan
from plan_extract.core.knowledge import Knowledge, KnowledgeError, data_file
from plan_extract.output.tables import Column, Table, Value, write_xlsx
from plan_extract.store.corrections import IN_HEADER_CORRECTED, Reviewed
from plan_extract.store.db import Store
from plan_extract.store.documents import SHOWN, Document, documents
from plan_extract.store.rows import issued_date
from plan_extract.structure.places import province_communes

SHEET_NAME_MAX = 31
# Excel number formats: a date as precise as the document gives it, percentages, numbers.
DATE_FORMATS = {"day": "dd/mm/yyyy", "month": "mm/yyyy", "year": "yyyy"}
WHOLE, DECIMAL = "#,##0", "#,##0.0#"
WHOLE_PERCENT, DECIMAL_PERCENT = "0%", "0.0#%"
_COMPARATORS = {">=": "≥", "<=": "≤"}


class WorkbookWords(Knowledge):
    sheets: dict[str, str]
    columns: dict[str, str]
    labels: dict[str, dict[str, str]]

    def model_post_init(self, context: object) -> None:
        long = [name for name in self.sheets.values() if len(name) > SHEET_NAME_MAX]
        if long:
            raise KnowledgeError(f"sheet names over {SHEET_NAME_MAX} characters: {long}")


WORDS = data_file("store/workbook.yaml", WorkbookWords)


@dataclass
class _Sheet:
    """A sheet being filled: its columns (keys of the words' `columns`), rows, cell formats."""

    key: str
    columns: Sequence[tuple[str, str, str | None]]  # (column key, type, number format)
    rows: list[tuple[Value, ...]] = field(default_factory=list)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)

    def add(self, *values: Value | tuple[Value, str | None]) -> None:
        """One row; a value given as (value, format) gets that cell format."""
        row = []
        for index, value in enumerate(values):
            if isinstance(value, tuple):
                value, number_format = value
                if number_format and value is not None:
                    self.formats[(len(self.rows), index)] = number_format
            row.append(value)
        self.rows.append(tuple(row))

    def table(self) -> Table:
        words = WORDS.load()
        columns = tuple(
            Column(words.columns[key], kind, number_format)  # type: ignore[arg-type]
            for key, kind, number_format in self.columns
        )
        return Table(words.sheets[self.key], columns, self.rows, self.formats)


def province_workbook(store: Store, province_code: str, profile: str) -> list[Table]:
    """The workbook's sheets for the province `province_code` (two digits), its incomplete
    plans by the check profile `profile`."""
    plans = _province_plans(store, province_code)
    catalog = national_catalog()
    errors = {stored.plan_id: _check_errors(stored.plan, catalog, profile) for stored in plans}
    sheets = [
        _plans_sheet(plans, errors),
        _targets_sheet(plans),
        _units_sheet(plans),
        _deadlines_sheet(plans),
        _national_sheet(plans, catalog),
        _missing_sheet(province_code, plans),
        _incomplete_sheet(plans, errors),
    ]
    return [sheet.table() for sheet in sheets]


@dataclass(frozen=True, slots=True)
class _Stored:
    review: Reviewed
    document: Document

    @property
    def plan_id(self) -> str:
        return self.review.plan_id

    @property
    def plan(self) -> Plan:
        """The plan's effective values."""
        return self.review.plan

    def mark(self, kind: str, item_id: str) -> str | None:
        """The "reviewed" mark of the plan's item `kind` (target, unit, deadline) `item_id`."""
        return reviewed_mark(self.review.item_reviewed(kind, item_id))

    @property
    def commune(self) -> str | None:
        commune = self.plan.document.commune
        return f"{commune.type} {commune.name}" if commune else None

    @property
    def files(self) -> str:
        """The original names of the files the plan was sent as (replaced ones left out)."""
        names = [f.file_name or f.path for f in self.document.files if f.replaced_at is None]
        return "; ".join(names)


def _province_plans(store: Store, province_code: str) -> list[_Stored]:
    """The province's documents not deleted, each by the file that represents it, reviewed,
    by commune and number (as reviewed: a plan a reviewer placed in another province is
    that province's)."""
    rows = store.query(
        f"SELECT plan_id FROM plans {SHOWN} AND (province_code = $1 OR {IN_HEADER_CORRECTED}) "
        "ORDER BY plan_id",
        [province_code],
        ours=True,
    ).rows
    ids = [str(plan_id) for (plan_id,) in rows]
    by_file = {f.plan_id: d for d in documents(store, ids) for f in d.files}
    corrections = store.corrections_by_plan()
    found = []
    for plan_id in ids:
        review = store.reviewed(plan_id, None, corrections.get(plan_id, []))
        if review is not None and review.plan.document.province_code == province_code:
            found.append(_Stored(review, by_file[plan_id]))
    found.sort(key=_by_commune_and_number)
    return found


def _by_commune_and_number(stored: _Stored) -> tuple[bool, str, bool, str, str]:
    commune, number = stored.plan.document.commune, stored.plan.document.number
    name = commune.name if commune else ""
    return (commune is None, name, number is None, number or "", stored.plan_id)


def _label(vocabulary: str, code: str | None) -> str | None:
    """The Vietnamese name of a code (a unit, a domain, ...); the code itself when unnamed."""
    if code is None:
        return None
    return WORDS.load().labels.get(vocabulary, {}).get(code, code)


def reviewed_mark(reviewed: bool) -> str | None:
    """The "reviewed" mark (the words' `labels.reviewed`) when a person reviewed the row's
    values."""
    return _label("reviewed", "yes") if reviewed else None


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else _label("yes_no", "yes" if value else "no")


def _date(parts: DateParts | None) -> tuple[Value, str | None]:
    value, precision = issued_date(parts)
    return value, DATE_FORMATS.get(precision or "")


def _number(value: float, unit: str | None) -> tuple[Value, str]:
    """A value as Excel shows it: a percentage as one (60 → 60%), other numbers as numbers."""
    whole = float(value).is_integer()
    if unit == "percent":
        return float(value) / 100, WHOLE_PERCENT if whole else DECIMAL_PERCENT
    return (int(value), WHOLE) if whole else (float(value), DECIMAL)


Errors = dict[str, list[tuple[str, str, int | None]]]  # plan_id → (rule, message, line)


def _check_errors(plan: Plan, catalog: Catalog, profile: str) -> list[tuple[str, str, int | None]]:
    """(rule summary, message, line) of each error the check finds in the plan."""
    findings = check_plan(plan, load_profile(profile), catalog, "vi")
    return [
        (f.rule.summary_text("vi"), f.message, f.line)
        for f in findings
        if f.rule.severity == "error"
    ]


_PLAN = (("commune", "str", None), ("number", "str", None))


def _plan_cells(stored: _Stored) -> tuple[Value, ...]:
    return stored.commune, stored.plan.document.number


def _plans_sheet(plans: Sequence[_Stored], errors: Errors) -> _Sheet:
    sheet = _Sheet(
        "plans",
        (
            ("commune", "str", None),
            ("commune_code", "str", None),
            ("number", "str", None),
            ("issued", "date", None),
            ("title", "str", None),
            ("period_start", "int", "0"),
            ("period_end", "int", "0"),
            ("n_targets", "int", WHOLE),
            ("n_units", "int", WHOLE),
            ("n_deadlines", "int", WHOLE),
            ("complete", "str", None),
            ("reviewed", "str", None),
            ("files", "str", None),
            ("representative", "str", None),
            ("plan_id", "str", None),
        ),
    )
    for stored in plans:
        meta = stored.plan.document
        representative = stored.document.files[0]
        sheet.add(
            stored.commune,
            meta.commune.code if meta.commune else None,
            meta.number,
            _date(meta.issued),
            meta.title,
            meta.period.start_year if meta.period else None,
            meta.period.end_year if meta.period else None,
            len(stored.plan.targets),
            len(stored.plan.units),
            len(stored.plan.deadlines),
            _yes_no(not errors[stored.plan_id]),
            reviewed_mark(stored.review.any_review),
            stored.files,
            representative.file_name or representative.path,
            stored.plan_id,
        )
    return sheet


def _targets_sheet(plans: Sequence[_Stored]) -> _Sheet:
    sheet = _Sheet(
        "targets",
        (
            *_PLAN,
            ("line", "int", None),
            ("text", "str", None),
            ("domain", "str", None),
            ("comparator", "str", None),
            ("value", "float", None),
            ("unit", "str", None),
            ("year", "int", "0"),
            ("national_indicator", "str", None),
            ("reviewed", "str", None),
        ),
    )
    for stored in plans:
        for target in stored.plan.targets:
            sheet.add(
                *_plan_cells(stored),
                target.line,
                target.text,
                _label("domain", target.domain),
                _COMPARATORS.get(target.comparator, target.comparator),
                _number(target.value, target.unit),
                _label("unit", target.unit),
                target.year,
                target.national_indicator,
                stored.mark("target", target.id),
            )
    return sheet


def _units_sheet(plans: Sequence[_Stored]) -> _Sheet:
    sheet = _Sheet(
        "units",
        (
            *_PLAN,
            ("name", "str", None),
            ("kind", "str", None),
            ("role", "str", None),
            ("reviewed", "str", None),
        ),
    )
    for stored in plans:
        for unit in stored.plan.units:
            sheet.add(
                *_plan_cells(stored),
                unit.name,
                _label("unit_kind", unit.kind),
                _label("role", "lead" if unit.lead else "cooperating"),
                stored.mark("unit", unit.id),
            )
    return sheet


def _deadlines_sheet(plans: Sequence[_Stored]) -> _Sheet:
    sheet = _Sheet(
        "deadlines",
        (
            *_PLAN,
            ("line", "int", None),
            ("text", "str", None),
            ("kind", "str", None),
            ("start", "date", None),
            ("end", "date", None),
            ("recurrence", "str", None),
            ("action", "str", None),
            ("reviewed", "str", None),
        ),
    )
    for stored in plans:
        for deadline in stored.plan.deadlines:
            sheet.add(
                *_plan_cells(stored),
                deadline.line,
                deadline.text,
                _label("deadline_kind", deadline.kind),
                _date(deadline.start),
                _date(deadline.end),
                _label("recurrence", deadline.recurrence),
                deadline.action,
                stored.mark("deadline", deadline.id),
            )
    return sheet


def _national_sheet(plans: Sequence[_Stored], catalog: Catalog) -> _Sheet:
    """Each target that answers to a national indicator beside the national milestone in force
    (compare's one definition: compare/national.py)."""
    sheet = _Sheet(
        "national",
        (
            *_PLAN,
            ("national_indicator", "str", None),
            ("national_text", "str", None),
            ("comparator", "str", None),
            ("value", "float", None),
            ("unit", "str", None),
            ("year", "int", "0"),
            ("national_value", "float", None),
            ("national_year", "int", "0"),
            ("ambitious", "str", None),
        ),
    )
    by_id = {stored.plan_id: stored for stored in plans}
    table = targets_table([NamedPlan(s.plan_id, s.plan) for s in plans], catalog)
    for record in (dict(zip(table.column_names, row, strict=True)) for row in table.rows):
        indicator = record["national_indicator"]
        if indicator is None:
            continue
        unit = str(record["unit"])
        value = record["value"]
        national = record["national_value"]
        known = catalog.get(str(indicator))
        sheet.add(
            *_plan_cells(by_id[str(record["plan"])]),
            indicator,
            known.title if known else None,
            _COMPARATORS.get(str(record["comparator"]), record["comparator"]),
            _number(float(value), unit) if isinstance(value, float) else value,
            _label("unit", unit),
            record["year"],
            _number(float(national), unit) if isinstance(national, float) else national,
            record["national_year"],
            _yes_no(_bool(record["at_least_as_ambitious"])),
        )
    return sheet


def _bool(value: Value) -> bool | None:
    return value if isinstance(value, bool) else None


def _missing_sheet(province_code: str, plans: Sequence[_Stored]) -> _Sheet:
    """The province's communes (in force since July 2025) without a plan, by name."""
    sheet = _Sheet(
        "missing",
        (("commune_code", "str", None), ("unit_type", "str", None), ("name", "str", None)),
    )
    sent = {s.plan.document.commune.code for s in plans if s.plan.document.commune}
    for unit in province_communes(province_code):
        if unit.code not in sent:
            sheet.add(unit.code, unit.type, unit.name)
    return sheet


def _incomplete_sheet(plans: Sequence[_Stored], errors: Errors) -> _Sheet:
    """Each error the completeness check finds, by plan, with the plan's files."""
    sheet = _Sheet(
        "incomplete",
        (
            *_PLAN,
            ("rule", "str", None),
            ("message", "str", None),
            ("line", "int", None),
            ("files", "str", None),
        ),
    )
    for stored in plans:
        for rule, message, line in errors[stored.plan_id]:
            sheet.add(*_plan_cells(stored), rule, message, line, stored.files)
    return sheet


def write_province_workbook(store: Store, province_code: str, profile: str, path: Path) -> Path:
    """Write the province's workbook at `path` (its folder made when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_xlsx(province_workbook(store, province_code, profile), path)
    return path
