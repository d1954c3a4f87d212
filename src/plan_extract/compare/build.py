"""The comparison tables: targets (one row per plan and target), indicators (plan × national
indicator) and units (plan × kind of unit)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import get_args

from plan_extract.compare.national import (
    Catalog,
    at_least_as_ambitious,
    national_reference,
    target_year,
)
from plan_extract.core.contract import Plan, Target, UnitKind
from plan_extract.output.tables import Column, Table, Value

PLAN_COLUMNS = (
    Column("plan"),
    Column("commune"),
    Column("commune_code"),
    Column("province"),
)
TARGET_COLUMNS = (
    *PLAN_COLUMNS,
    Column("target"),
    Column("line", "int"),
    Column("domain"),
    Column("indicator"),
    Column("national_indicator"),
    Column("comparator"),
    Column("value", "float"),
    Column("unit"),
    Column("year", "int"),
    Column("national_value", "float"),
    Column("national_year", "int"),
    Column("at_least_as_ambitious", "bool"),
)
UNIT_KINDS: tuple[UnitKind, ...] = get_args(UnitKind)
LEAD = "lead"
WORK = "work"


@dataclass(frozen=True)
class Comparison:
    targets: Table
    indicators: Table
    units: Table

    @property
    def tables(self) -> tuple[Table, Table, Table]:
        return (self.targets, self.indicators, self.units)


@dataclass(frozen=True)
class NamedPlan:
    """A plan and the name it goes by in the tables (its input path)."""

    name: str
    plan: Plan


def compare(plans: Sequence[NamedPlan], catalog: Catalog) -> Comparison:
    targets = targets_table(plans, catalog)
    return Comparison(targets, indicators_table(plans, catalog), units_table(plans))


def _plan_cells(named: NamedPlan) -> tuple[Value, ...]:
    doc = named.plan.document
    commune = f"{doc.commune.type} {doc.commune.name}" if doc.commune else None
    return (named.name, commune, doc.commune.code if doc.commune else None, doc.province)


def targets_table(plans: Sequence[NamedPlan], catalog: Catalog) -> Table:
    rows = []
    for named in plans:
        for target in named.plan.targets:
            reference = national_reference(target, named.plan, catalog)
            rows.append(
                (
                    *_plan_cells(named),
                    target.id,
                    target.line,
                    target.domain,
                    target.indicator,
                    target.national_indicator,
                    target.comparator,
                    float(target.value),
                    target.unit,
                    target.year,
                    reference.value if reference else None,
                    reference.year if reference else None,
                    at_least_as_ambitious(target, reference) if reference else None,
                )
            )
    return Table("targets", TARGET_COLUMNS, rows)


def indicators_table(plans: Sequence[NamedPlan], catalog: Catalog) -> Table:
    """One column per national indicator some plan sets a target for, in catalog order; a cell
    holds the plan's value for it (the target due last when the plan sets several)."""
    linked = {t.national_indicator for named in plans for t in named.plan.targets}
    ids = [i for i in catalog if i in linked]
    ids += sorted(i for i in linked if i is not None and i not in catalog)
    rows = []
    for named in plans:
        chosen = {i: _last_due(named.plan, i) for i in ids}
        values = tuple(float(t.value) if t else None for t in chosen.values())
        rows.append((*_plan_cells(named), *values))
    columns = (*PLAN_COLUMNS, *(Column(i, "float") for i in ids))
    return Table("indicators", columns, rows)


def _last_due(plan: Plan, indicator: str) -> Target | None:
    candidates = [t for t in plan.targets if t.national_indicator == indicator]
    if not candidates:
        return None
    return max(candidates, key=lambda t: (target_year(t, plan) or 0, -plan.targets.index(t)))


def units_table(plans: Sequence[NamedPlan]) -> Table:
    """Per plan, for each kind of unit: `lead` when a unit of that kind leads work, `work` when
    such units are only given work, empty when the plan names none."""
    rows = []
    for named in plans:
        units = named.plan.units
        cells: list[Value] = []
        for kind in UNIT_KINDS:
            of_kind = [u for u in units if u.kind == kind]
            cells.append(LEAD if any(u.lead for u in of_kind) else WORK if of_kind else None)
        rows.append((*_plan_cells(named), len(units), sum(u.lead for u in units), *cells))
    columns = (
        *PLAN_COLUMNS,
        Column("units", "int"),
        Column("lead_units", "int"),
        *(Column(kind) for kind in UNIT_KINDS),
    )
    return Table("units", columns, rows)
