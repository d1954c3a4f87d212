"""The national indicator catalog as the `national_targets` table the comparison view joins."""

from __future__ import annotations

from typing import Any

from plan_extract.core.contract import Comparator

# In which direction a plan's value is at least as ambitious as the national one.
_DIRECTIONS: dict[Comparator, str] = {
    ">=": "higher",
    ">": "higher",
    "<=": "lower",
    "<": "lower",
    "=": "equal",
}


def refresh_national_targets(con: Any) -> None:
    """Rewrite the table from the packaged catalog (it changes with the package, not the data)."""
    rows = national_target_rows()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM national_targets")
        con.executemany("INSERT INTO national_targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def national_target_rows() -> list[tuple[Any, ...]]:
    """One row per catalog indicator and milestone year that has a numeric value."""
    from plan_extract.resolve.indicators import load_indicator_catalog

    rows: list[tuple[Any, ...]] = []
    for indicator in load_indicator_catalog():
        direction = _DIRECTIONS.get(indicator.comparator) if indicator.comparator else None
        for year, target in sorted(indicator.targets.items()):
            if isinstance(target.value, bool) or not isinstance(target.value, int | float):
                continue
            rows.append(
                (
                    indicator.id,
                    indicator.domain,
                    indicator.text_vi,
                    indicator.text_en,
                    indicator.unit,
                    year,
                    float(target.value),
                    target.comparator,
                    direction,
                )
            )
    return rows
