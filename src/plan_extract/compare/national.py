"""A commune's target against the national one: which national value applies, and whether the
commune aims at least as high (or, for indicators where lower is better, at least as low)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from plan_extract.core.contract import Plan, Target, TargetUnit

Direction = Literal["higher", "lower"]


@dataclass(frozen=True)
class NationalIndicator:
    """One indicator of the national catalog, reduced to what comparison needs: which way is
    better and the value due by each year (`None` where the catalog has no number)."""

    id: str
    title: str
    unit: TargetUnit | None
    direction: Direction | None
    values: Mapping[int, float] = field(default_factory=dict)


@dataclass(frozen=True)
class NationalReference:
    """The national value a commune target is measured against."""

    indicator: NationalIndicator
    year: int
    value: float


Catalog = Mapping[str, NationalIndicator]


def target_year(target: Target, plan: Plan) -> int | None:
    """The year a target is due: its own, else the end of the plan's period."""
    if target.year is not None:
        return target.year
    period = plan.document.period
    return period.end_year if period is not None else None


def national_reference(target: Target, plan: Plan, catalog: Catalog) -> NationalReference | None:
    """The national value in force in the target's year: the catalog's value for the latest year
    not after it (a national target already due must still be met). `None` when the target is
    not linked to the catalog, its year is unknown, or the catalog has no value that early."""
    if target.national_indicator is None:
        return None
    indicator = catalog.get(target.national_indicator)
    year = target_year(target, plan)
    if indicator is None or year is None:
        return None
    due = [y for y in indicator.values if y <= year]
    if not due:
        return None
    latest = max(due)
    return NationalReference(indicator, latest, indicator.values[latest])


def at_least_as_ambitious(target: Target, reference: NationalReference) -> bool | None:
    """Whether the commune's value is no weaker than the national one; `None` when the national
    indicator has no direction (yes/no indicators) or the commune's comparator runs the other way
    (a ceiling stated for a floor indicator cannot be ranked), or the units differ."""
    direction = reference.indicator.direction
    unit = reference.indicator.unit
    if direction is None or (unit is not None and unit != target.unit):
        return None
    if direction == "higher":
        if target.comparator in ("<", "<="):
            return None
        return target.value >= reference.value
    if target.comparator in (">", ">="):
        return None
    return target.value <= reference.value


def national_catalog() -> dict[str, NationalIndicator]:
    """The packaged national catalog, keyed by indicator id, reduced for comparison."""
    from plan_extract.resolve.indicators import load_indicator_catalog

    catalog = {}
    for row in load_indicator_catalog():
        values = {
            year: float(target.value)
            for year, target in sorted(row.targets.items())
            if isinstance(target.value, int | float) and not isinstance(target.value, bool)
        }
        catalog[row.id] = NationalIndicator(
            id=row.id,
            title=row.text_vi or row.text_en or row.id,
            unit="percent" if (row.unit or "").startswith("%") else None,
            direction=_DIRECTIONS.get(row.comparator or ""),
            values=values,
        )
    return catalog


# Which way is better, from the indicator's own comparator: a floor (reach at least) or a
# ceiling (bring down to). A yes/no indicator has none.
_DIRECTIONS: dict[str, Direction] = {">=": "higher", ">": "higher", "=": "higher",
                                     "<=": "lower", "<": "lower"}  # fmt: skip
