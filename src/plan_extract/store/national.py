"""The national indicator catalog as the `national_targets` table the comparison view joins."""

from __future__ import annotations

from typing import Any

# The catalog's comparators, as the direction in which a plan's value is more ambitious.
DIRECTIONS = {"at_least": "higher", "above": "higher", "at_most": "lower", "below": "lower"}
DIRECTIONS["equals"] = "equal"


def refresh_national_targets(con: Any) -> None:
    """Rewrite the table from the packaged catalog (it changes with the package, not the data)."""
    rows = national_target_rows()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM national_targets")
        if rows:
            con.executemany(
                "INSERT INTO national_targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def national_target_rows() -> list[tuple[Any, ...]]:
    """One row per indicator and milestone year."""
    return []
