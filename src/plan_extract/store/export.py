"""The store's tables for researchers (Parquet, JSON Lines) and for people who work in
spreadsheets (CSV, XLSX).

- `parquet`: one file per table, typed as the store holds it: list columns (`tasks.lead`,
  `units.mentions`, `targets.also_at`, ...) as Arrow lists, so `df.explode("lead")` works;
  `plans.issued` as a date beside `issued_precision`; integers, booleans and timestamps as such.
- `csv`, `xlsx`: the same tables and columns, lists joined with "; " and dates in ISO form (the
  workbook leaves out `lines`: a large store has more lines than a sheet holds rows).
- `jsonl`: `plans.jsonl`, one plan a line: its JSON exactly as `parse` writes it, on one line.

The tables are the parser's output; `corrections` holds the reviewers' changes to it (each with
who, when, old and new value: store/corrections.py), for a researcher to apply or study. The
web page's exports give the reviewed values (`Store.reviewed`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, get_args

from plan_extract.output.tables import write_tables
from plan_extract.store.db import QueryResult, Store
from plan_extract.store.render import result_table
from plan_extract.store.schema import ITEM_TABLES, TABLE_COLUMNS

ExportFormat = Literal["csv", "parquet", "xlsx", "jsonl"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)

# The plan's whole JSON is `plans.jsonl` (and its text `lines`): too long for a cell.
_LEFT_OUT = {"plans": {"plan_json"}}
_NOT_IN_WORKBOOK = {"lines"}
_ORDER = {
    "plans": "path, plan_id",
    "funding": "plan_id, position",
    "warnings": "plan_id, position",
    "unit_mentions": "plan_id, unit_id, position",
    "lines": "plan_id, line",
    "target_comparison": "plan_id, target_id",
    "national_targets": "national_indicator, year",
    "failures": "path",
    "corrections": "plan_id, position",
}
# Every table and view exported, in this order.
EXPORTED: tuple[str, ...] = (
    "plans",
    *ITEM_TABLES,
    "target_comparison",
    "national_targets",
    "failures",
    "corrections",  # the reviewers' changes, beside the parser's output they change
)


def export_tables(store: Store, fmt: ExportFormat, out: Path) -> list[Path]:
    """Write every table in `fmt` under `out` (a folder; for xlsx also a `.xlsx` file name, for
    jsonl a `.jsonl` one); returns the paths written."""
    if fmt == "jsonl":
        return [
            write_plans_jsonl(store, out if out.suffix.lower() == ".jsonl" else out / "plans.jsonl")
        ]
    names = [name for name in EXPORTED if not (fmt == "xlsx" and name in _NOT_IN_WORKBOOK)]
    if fmt == "parquet":
        out.mkdir(parents=True, exist_ok=True)
        return [write_parquet(store_result(store, name), out / f"{name}.parquet") for name in names]
    tables = [result_table(name, store_result(store, name)) for name in names]
    if fmt == "xlsx" and out.suffix.lower() == ".xlsx":
        return write_tables(tables, out.parent, ("xlsx",), workbook_name=out.name)
    return write_tables(tables, out, (fmt,), workbook_name="plans.xlsx")


def store_result(store: Store, name: str) -> QueryResult:
    """A table or view of the store, whole, in a stable order."""
    if name in TABLE_COLUMNS:
        columns = [c for c, _ in TABLE_COLUMNS[name] if c not in _LEFT_OUT.get(name, set())]
        selected = ", ".join(f'"{column}"' for column in columns)
    else:
        selected = "*"
    order = _ORDER.get(name, "plan_id, id")
    return store.query(f"SELECT {selected} FROM {name} ORDER BY {order}", ours=True)


def write_parquet(result: QueryResult, path: Path) -> Path:
    """One Parquet file typed from the result's column types (lists as lists, dates as dates)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from plan_extract.store.staging import arrow_type

    schema = pa.schema(
        [
            pa.field(name, arrow_type(kind))
            for name, kind in zip(result.columns, result.types, strict=True)
        ]
    )
    values = list(zip(*result.rows, strict=True)) if result.rows else [()] * len(schema)
    arrays = [
        pa.array(list(column), type=field.type)
        for column, field in zip(values, schema, strict=True)
    ]
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), str(path))
    return path


def write_plans_jsonl(store: Store, path: Path) -> Path:
    """Every stored plan's JSON, one a line, by path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = store.query("SELECT plan_json FROM plans ORDER BY path, plan_id", ours=True).rows
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for (plan_json,) in rows:
            plan = json.loads(plan_json)
            out.write(json.dumps(plan, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path
