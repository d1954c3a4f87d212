"""The national indicator catalog as the `national_targets` table the comparison view joins:
one row per indicator and milestone year with a numeric value, with the direction and the unit
the comparison needs, both from `compare.national` (the one definition of the comparison)."""

from __future__ import annotations

from typing import Any


def national_target_rows() -> list[tuple[Any, ...]]:
    """Rows in the table's column order: indicator_id, domain, text_vi, text_en, unit, year,
    value, comparator (as the catalog prints it), direction, target_unit."""
    from plan_extract.compare.national import DIRECTIONS, comparison_unit, numeric_targets
    from plan_extract.resolve.indicators import load_indicator_catalog

    rows: list[tuple[Any, ...]] = []
    for indicator in load_indicator_catalog():
        direction = DIRECTIONS.get(indicator.comparator) if indicator.comparator else None
        for year, value in numeric_targets(indicator.targets).items():
            rows.append(
                (
                    indicator.id,
                    indicator.domain,
                    indicator.text_vi,
                    indicator.text_en,
                    indicator.unit,
                    year,
                    value,
                    indicator.targets[year].comparator,
                    direction,
                    comparison_unit(indicator.unit),
                )
            )
    return rows
