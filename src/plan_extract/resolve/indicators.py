"""The national indicator catalog (Nghị quyết 28/NQ-CP and related programmes), typed.

`load_indicator_catalog()` reads the packaged `national-indicators.yaml` once, validates it and
returns one `Indicator` per catalog row (strategy indicators and programme indicators alike).
Comparators are mapped to the plan JSON vocabulary (`>=`, `>`, `<=`, `<`, `=`); `approx` and
`boolean` have no counterpart and become `None`.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field

from plan_extract.core.contract import Comparator, Domain
from plan_extract.core.knowledge import Knowledge, data_file

CatalogComparator = Literal["at_least", "at_most", "below", "above", "approx", "equals", "boolean"]
CatalogStatus = Literal["verified", "partial", "not_found"]

_COMPARATORS: dict[str, Comparator] = {
    "at_least": ">=",
    "above": ">",
    "at_most": "<=",
    "below": "<",
    "equals": "=",
}


class YearTarget(Knowledge):
    value: float | bool | str | None = Field(
        default=None, description='a number, true when qualitative, a range as printed ("10-15")'
    )
    comparator: CatalogComparator | None = None
    note: str | None = None


class _Row(Knowledge):
    id: str = Field(pattern=r"^[A-Z0-9]+-[0-9]+[a-z]?$")
    domain: Domain
    objective: int | None = None
    chi_tieu: int | str | None = None
    text_vi: str | None = None
    text_en: str | None = None
    unit: str | None = None
    comparator: CatalogComparator | None = None
    targets: dict[int, YearTarget] = Field(default_factory=dict)
    status: CatalogStatus
    sources: list[str] = Field(default_factory=list)


class _Catalog(Knowledge):
    about: str
    indicators: list[_Row]
    programmes: list[_Row] = Field(default_factory=list)


class Indicator(Knowledge):
    """One national indicator: what is measured and its national targets by year."""

    id: str
    domain: Domain
    text_vi: str | None
    text_en: str | None
    unit: str | None
    comparator: Comparator | None
    targets: dict[int, YearTarget]
    status: CatalogStatus
    programme: bool

    def target_value(self, year: int) -> float | bool | str | None:
        """The national value for `year`, or None when the catalog has none."""
        target = self.targets.get(year)
        return None if target is None else target.value


NATIONAL_INDICATORS = data_file("national-indicators.yaml", _Catalog)


def _indicator(row: _Row, programme: bool) -> Indicator:
    return Indicator(
        id=row.id,
        domain=row.domain,
        text_vi=row.text_vi,
        text_en=row.text_en,
        unit=row.unit,
        comparator=_COMPARATORS.get(row.comparator or ""),
        targets=row.targets,
        status=row.status,
        programme=programme,
    )


@cache
def load_indicator_catalog() -> tuple[Indicator, ...]:
    """Every catalog indicator, strategy rows first, in file order."""
    catalog = NATIONAL_INDICATORS.load()
    rows = [_indicator(row, False) for row in catalog.indicators]
    rows += [_indicator(row, True) for row in catalog.programmes]
    return tuple(rows)


def indicator_by_id(indicator_id: str) -> Indicator | None:
    """The catalog indicator with this id, or None."""
    return next((i for i in load_indicator_catalog() if i.id == indicator_id), None)
