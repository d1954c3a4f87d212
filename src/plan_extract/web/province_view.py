"""What the province's page shows: communes × national indicators with the national value beside
each commune's, the comparison's charts, the communes that sent no plan, the plans missing
required parts. Built from compare/ (tables, charts) and check/ (verdicts)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup

from plan_extract.compare.build import Comparison, NamedPlan, compare
from plan_extract.compare.report import indicator_charts
from plan_extract.core.contract import Plan
from plan_extract.output.tables import Column as TableColumn
from plan_extract.output.tables import Table, Value
from plan_extract.store.corrections import Reviewed
from plan_extract.structure.places import AdminUnit, province_communes, units
from plan_extract.web.backend import Backend
from plan_extract.web.checks import catalog, check_view
from plan_extract.web.highlight import unit_sign
from plan_extract.web.i18n import Lang, strings

Standing = Literal["meets", "below", "unranked"]


@dataclass(frozen=True, slots=True)
class Column:
    id: str
    title: str
    national: str


@dataclass(frozen=True, slots=True)
class Cell:
    indicator: str
    text: str
    national: str
    standing: Standing
    reviewed: bool = False  # the target's value was confirmed or corrected by a person


@dataclass(frozen=True, slots=True)
class Row:
    plan_id: str
    commune: str
    cells: list[Cell]
    reviewed: bool = False  # a person reviewed the plan's values


@dataclass(frozen=True, slots=True)
class Incomplete:
    plan_id: str
    commune: str
    errors: list[str]


@dataclass(frozen=True, slots=True)
class ProvinceView:
    code: str
    name: str
    communes: int
    sent: int
    missing: list[AdminUnit]
    incomplete: list[Incomplete]
    columns: list[Column]
    rows: list[Row]
    charts: list[tuple[str, str, Markup]]


def province_name(code: str) -> str | None:
    return next((u.province for u in units(False) if u.province_code == code), None)


def comparison_of(plans: Sequence[tuple[str, Plan]]) -> Comparison:
    """The comparison of these plans, each named by its id."""
    return compare([NamedPlan(plan_id, plan) for plan_id, plan in plans], catalog())


def reviewed_tables(reviews: Sequence[Reviewed], lang: Lang) -> list[Table]:
    """The comparison of the plans' effective values, each table with a last column
    `reviewed` saying so ("đã rà soát") on the rows a person reviewed: a target's row when the
    target was confirmed, corrected or added; a plan's row when any of its values was."""
    comparison = comparison_of([(r.plan_id, r.plan) for r in reviews])
    by_id = {r.plan_id: r for r in reviews}
    mark = strings(lang)["reviewed_mark"]
    tables = []
    for table in comparison.tables:
        plan_at = table.column_names.index("plan")
        target_at = table.column_names.index("target") if table is comparison.targets else None
        rows = []
        for row in table.rows:
            review = by_id[str(row[plan_at])]
            done = (
                review.item_reviewed("target", str(row[target_at]))
                if target_at is not None
                else review.any_review
            )
            rows.append((*row, mark if done else None))
        tables.append(Table(table.name, (*table.columns, TableColumn("reviewed")), rows))
    return tables


def province_view(code: str, reviews: Sequence[Reviewed], lang: Lang) -> ProvinceView:
    plans = [(r.plan_id, r.plan) for r in reviews]
    comparison = comparison_of(plans)
    labels = {plan_id: _commune_label(plan, plan_id) for plan_id, plan in plans}
    communes = province_communes(code)
    sent_codes = {p.document.commune.code for _, p in plans if p.document.commune}
    incomplete = []
    for plan_id, plan in plans:
        errors = check_view(plan_id, plan, lang).errors
        if errors:
            incomplete.append(Incomplete(plan_id, labels[plan_id], errors))
    columns, rows = _matrix(comparison, labels, {r.plan_id: r for r in reviews}, lang)
    charts = [(i, title, Markup(svg)) for i, title, svg in indicator_charts(comparison, catalog())]
    return ProvinceView(
        code=code,
        name=province_name(code) or code,
        communes=len(communes),
        sent=sum(1 for u in communes if u.code in sent_codes),
        missing=[u for u in communes if u.code not in sent_codes],
        incomplete=incomplete,
        columns=columns,
        rows=rows,
        charts=charts,
    )


def _commune_label(plan: Plan, plan_id: str) -> str:
    commune = plan.document.commune
    number = plan.document.number
    name = f"{commune.type} {commune.name}" if commune else plan_id[:12]
    return f"{name} ({number})" if number else name


def _matrix(
    comparison: Comparison, labels: dict[str, str], reviews: dict[str, Reviewed], lang: Lang
) -> tuple[list[Column], list[Row]]:
    """Rows from the wide `indicators` table (one value per plan and indicator); each cell's
    comparator, national value and standing from the `targets` row it came from."""
    wide = comparison.indicators
    indicator_ids = [column.name for column in wide.columns if column.type == "float"]
    sources: dict[tuple[Value, Value, Value], dict[str, Value]] = {}
    for target in _records(comparison.targets):
        key = (target["plan"], target["national_indicator"], target["value"])
        sources.setdefault(key, target)
    known = catalog()
    columns = [
        Column(i, known[i].title if i in known else i, _national_text(i)) for i in indicator_ids
    ]
    rows = []
    for record in _records(wide):
        plan_id = str(record["plan"])
        review = reviews[plan_id]
        cells = [
            _cell(i, sources.get((plan_id, i, record[i])), review, lang) for i in indicator_ids
        ]
        label = labels.get(plan_id, plan_id[:12])
        rows.append(Row(plan_id, label, cells, review.any_review))
    rows.sort(key=lambda row: row.commune)
    return columns, rows


def _records(table: Table) -> list[dict[str, Value]]:
    return [dict(zip(table.column_names, row, strict=True)) for row in table.rows]


def _cell(indicator: str, target: dict[str, Value] | None, review: Reviewed, lang: Lang) -> Cell:
    if target is None:
        return Cell(indicator, "", "", "unranked")
    sign = unit_sign(str(target["unit"]), lang)
    year = f" ({target['year']})" if target["year"] else ""
    text = f"{target['comparator']} {_number(target['value'])}{sign}{year}"
    national = ""
    if target["national_value"] is not None:
        national = f"{_number(target['national_value'])}{sign} ({target['national_year']})"
    ambitious = target["at_least_as_ambitious"]
    standing: Standing = "unranked" if ambitious is None else "meets" if ambitious else "below"
    reviewed = review.item_reviewed("target", str(target["target"]))
    return Cell(indicator, text, national, standing, reviewed)


def _national_text(indicator: str) -> str:
    found = catalog().get(indicator)
    if found is None:
        return ""
    return " · ".join(f"{year}: {_number(value)}" for year, value in sorted(found.values.items()))


def _number(value: Value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


class ProvinceViews:
    """Province views kept until a plan is added or corrected, or a document changed
    (`Backend.generation`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._views: dict[tuple[str, Lang, tuple[int, int, int]], ProvinceView] = {}

    def get(self, backend: Backend, code: str, lang: Lang) -> ProvinceView:
        key = (code, lang, backend.generation)
        with self._lock:
            view = self._views.get(key)
        if view is None:
            view = province_view(code, backend.province_reviews(code), lang)
            with self._lock:
                self._views = {k: v for k, v in self._views.items() if k[2] == key[2]}
                self._views[key] = view
        return view
