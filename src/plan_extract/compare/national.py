"""A commune's target against the national one: which national value applies, and whether the
commune aims at least as high (or, for indicators where lower is better, at least as low).

This module is the one definition of the comparison. `compare`, `check` and the web page call
the functions below; the store's `target_comparison` view is generated from the same tables
(`DIRECTIONS`, `AMBITION`, `comparison_unit`), and a test holds the view's answers equal to
these functions' on every catalog indicator, year and comparator. The rules, decided once:

- the year a target is due: its own, else the end of its plan's period (nothing else: an issue
  date says when a plan was written, not when its targets fall due);
- the national value it answers to: the catalog's value for the latest milestone year not after
  it (a national target already due must still be met); none when the target falls before every
  milestone (a national target not yet due is not a yardstick);
- which way is better comes from the indicator's own comparator: a floor (`>=`, `>`) or an exact
  level (`=`: FAM-4, "100% of victims supported", is a level to reach, and more is not less
  ambitious) means higher; a ceiling (`<=`, `<`) means lower;
- at least as ambitious: `value >= national` for higher, `value <= national` for lower; not
  comparable (None) when the indicator has no direction, the commune states its target the other
  way (a ceiling for a floor indicator), or the units differ (a percentage indicator against a
  target that is not a percentage).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from plan_extract.core.contract import Comparator, Plan, Target, TargetUnit

if TYPE_CHECKING:
    from plan_extract.resolve.indicators import YearTarget

Direction = Literal["higher", "lower"]

# Which way is better, by the comparator of the national indicator. A yes/no indicator has none.
DIRECTIONS: Mapping[Comparator, Direction] = {
    ">=": "higher",
    ">": "higher",
    "=": "higher",
    "<=": "lower",
    "<": "lower",
}


@dataclass(frozen=True)
class Ambition:
    """How a commune value is ranked against the national value for one direction: `holds` is
    the comparison operator (commune `holds` national means at least as ambitious); a commune
    target stated with one of the `unrankable` comparators runs the other way."""

    holds: Literal[">=", "<="]
    unrankable: tuple[Comparator, ...]


AMBITION: Mapping[Direction, Ambition] = {
    "higher": Ambition(">=", ("<", "<=")),
    "lower": Ambition("<=", (">", ">=")),
}

_OPERATORS: Mapping[str, Callable[[float, float], bool]] = {">=": operator.ge, "<=": operator.le}


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
    not after it. `None` when the target is not linked to the catalog, its year is unknown, or
    the catalog has no value that early."""
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
    """Whether the commune's value is no weaker than the national one; `None` when they cannot
    be ranked (see the module's docstring)."""
    direction = reference.indicator.direction
    unit = reference.indicator.unit
    if direction is None or (unit is not None and unit != target.unit):
        return None
    ambition = AMBITION[direction]
    if target.comparator in ambition.unrankable:
        return None
    return _OPERATORS[ambition.holds](target.value, reference.value)


def comparison_unit(catalog_unit: str | None) -> TargetUnit | None:
    """The unit a commune target must be in to compare with a catalog indicator measured in
    `catalog_unit` (as the catalog prints it: '% of agencies...'); None: any unit compares."""
    return "percent" if (catalog_unit or "").startswith("%") else None


def national_catalog() -> dict[str, NationalIndicator]:
    """The packaged national catalog, keyed by indicator id, reduced for comparison."""
    from plan_extract.resolve.indicators import load_indicator_catalog

    catalog = {}
    for row in load_indicator_catalog():
        catalog[row.id] = NationalIndicator(
            id=row.id,
            title=row.text_vi or row.text_en or row.id,
            unit=comparison_unit(row.unit),
            direction=DIRECTIONS.get(row.comparator) if row.comparator else None,
            values=numeric_targets(row.targets),
        )
    return catalog


def numeric_targets(targets: Mapping[int, YearTarget]) -> dict[int, float]:
    """Milestone year → value, for the milestones whose value is a number (not a yes/no or a
    range as printed)."""
    return {
        year: float(target.value)
        for year, target in sorted(targets.items())
        if isinstance(target.value, int | float) and not isinstance(target.value, bool)
    }
