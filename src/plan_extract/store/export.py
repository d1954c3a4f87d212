"""The store's tables for people who work in spreadsheets or dataframes."""

from __future__ import annotations

from pathlib import Path

from plan_extract.output.tables import Table, TableFormat, write_tables
from plan_extract.store.db import Store
from plan_extract.store.render import result_table
from plan_extract.store.schema import ITEM_TABLES, TABLE_COLUMNS

# The plan's text is in the JSON and `lines`: too long for a spreadsheet cell or sheet.
_LEFT_OUT = {"plans": {"plan_json"}}
_EXPORTED = ("plans", *(t for t in ITEM_TABLES if t != "lines"))
_ORDER = {
    "plans": "path, plan_id",
    "funding": "plan_id, position",
    "warnings": "plan_id, position",
    "unit_mentions": "plan_id, unit_id, position",
}


def export_tables(store: Store, fmt: TableFormat, out: Path) -> list[Path]:
    """Write every table in `fmt` under `out` (a folder; for xlsx also a `.xlsx` file name)."""
    tables = [store_table(store, name) for name in _EXPORTED]
    tables.append(_query_table(store, "target_comparison", "plan_id, target_id"))
    tables.append(_query_table(store, "failures", "path"))
    if fmt == "xlsx" and out.suffix.lower() == ".xlsx":
        return write_tables(tables, out.parent, ("xlsx",), workbook_name=out.name)
    return write_tables(tables, out, (fmt,), workbook_name="plans.xlsx")


def store_table(store: Store, name: str) -> Table:
    columns = [c for c, _ in TABLE_COLUMNS[name] if c not in _LEFT_OUT.get(name, set())]
    order = _ORDER.get(name, "plan_id, id" if name != "lines" else "plan_id, line")
    quoted = ", ".join(f'"{column}"' for column in columns)
    sql = f"SELECT {quoted} FROM {name} ORDER BY {order}"
    return result_table(name, store.query(sql))


def _query_table(store: Store, name: str, order: str) -> Table:
    return result_table(name, store.query(f"SELECT * FROM {name} ORDER BY {order}"))
