"""Query results as text (aligned table, CSV, JSON) and as `tables.Table`s for the writers."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any, Literal

from plan_extract.output.tables import Column, ColumnType, Table, Value, csv_text
from plan_extract.store.db import QueryResult

OutputFormat = Literal["table", "csv", "json"]
_MAX_CELL = 60


def render_result(result: QueryResult, fmt: OutputFormat) -> str:
    if fmt == "json":
        records = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=_json_value) + "\n"
    table = result_table("result", result)
    if fmt == "csv":
        return csv_text(table)
    return aligned_text(table)


def result_table(name: str, result: QueryResult) -> Table:
    """A typed table: lists joined with "; ", dates in ISO form, decimals as floats."""
    columns = tuple(
        Column(column, _column_type(kind))
        for column, kind in zip(result.columns, result.types, strict=True)
    )
    rows = [tuple(_cell(value) for value in row) for row in result.rows]
    return Table(name, columns, rows)


def aligned_text(table: Table) -> str:
    """Columns padded to their widest cell (long cells cut with …), then a row count."""
    cells = [[_shown(value) for value in row] for row in table.rows]
    header = table.column_names
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(header)]
    lines = [
        "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, ["-" * width for width in widths], *cells]
    ]
    count = len(table.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _shown(value: Value) -> str:
    if value is None:
        return ""
    text = str(value).replace("\n", " ")
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _column_type(kind: str) -> ColumnType:
    if kind.endswith("]"):
        return "str"
    if kind.endswith("INT") or kind in ("INTEGER", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT"):
        return "int"
    if kind in ("DOUBLE", "FLOAT", "REAL") or kind.startswith("DECIMAL"):
        return "float"
    return "bool" if kind == "BOOLEAN" else "str"


def _cell(value: Any) -> Value:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return "; ".join(str(_cell(item)) for item in value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)
