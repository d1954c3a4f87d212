"""A parsed plan as one staged record: all its rows in a single compressed Arrow IPC stream.

Why: DuckDB spends about a millisecond on every statement, whatever its size, so writing a
plan's nine tables one statement each cost the single writing process more than the two
parsers it feeds could keep up with. Instead, the worker packs the plan into one record (one
row whose columns are the plan's row lists), the writer commits that record alone with one
statement, so a finished plan survives a crash, and moves the staged records into the tables
in batches, nine statements for many plans.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from plan_extract.store.rows import PlanRows, parse_to_rows
from plan_extract.store.schema import TABLE_COLUMNS

if TYPE_CHECKING:
    from plan_extract.read import ReadOptions

_CODEC = "zstd"
_PLAN_COLUMNS = [name for name, _ in TABLE_COLUMNS["plans"]]


@dataclass(frozen=True, slots=True)
class StagedPlan:
    """One plan ready to commit: its id (sha256 of the file), its path and its packed rows;
    and, read without unpacking them, the code of its commune (the web page stores a commune
    account's upload only when it is that commune's plan) and what filing it under its
    document reads (filing.py's `Filed`: its document key, issuer and format). Its rows are
    packed as one Arrow record (`pack`), or as JSON in `tables_json`, one array per table in
    `TABLE_COLUMNS`' order, with an empty record (`pack_json`)."""

    plan_id: str
    path: str
    record: bytes
    commune_code: str | None = None
    document_key: str | None = None
    issuer: str | None = None
    format: str = ""
    tables_json: tuple[str, ...] = ()

    def filed(self) -> tuple[str, str | None, str | None, str | None, str]:
        """The plan as filing reads it (filing.py's `Filed`)."""
        return self.plan_id, self.document_key, self.commune_code, self.issuer, self.format


def parse_to_staged(
    data: bytes, name: str, options: ReadOptions | None = None, as_json: bool = False
) -> StagedPlan:
    """Parse a plan held in memory and pack it (`as_json`: by `pack_json`); raises the
    pipeline's errors."""
    rows = parse_to_rows(data, name, options)
    return pack_json(rows) if as_json else pack(rows)


def pack_json(rows: PlanRows) -> StagedPlan:
    """The plan's rows as JSON, one array of objects per table (`rows_json`), and no record:
    what a store that reads JSON itself (`Store.takes_json`: PostgreSQL) writes the plans a
    person waits for with, with no Arrow to pack and unpack between the worker and the
    server."""
    tables = tuple(rows_json(table, rows.tables[table]) for table in TABLE_COLUMNS)
    return _staged(rows, b"", tables)


def pack(rows: PlanRows) -> StagedPlan:
    """The plan's rows (without their leading plan_id) as one record batch of one row."""
    import pyarrow as pa

    schema = record_schema()
    columns = []
    for table in TABLE_COLUMNS:  # the record's column order
        table_rows = rows.tables[table]
        fields = list(schema.field(table).type.value_type)
        values = list(zip(*table_rows, strict=True))[1:] if table_rows else [()] * len(fields)
        arrays = [pa.array(v, type=f.type) for v, f in zip(values, fields, strict=True)]
        items = pa.StructArray.from_arrays(arrays, fields=fields)
        columns.append(pa.ListArray.from_arrays(pa.array([0, len(items)], pa.int32()), items))
    sink = pa.BufferOutputStream()
    with (
        pa.CompressedOutputStream(sink, _CODEC) as compressed,
        pa.ipc.new_stream(compressed, schema) as writer,
    ):
        writer.write_batch(pa.RecordBatch.from_arrays(columns, schema=schema))
    return _staged(rows, sink.getvalue().to_pybytes(), ())


def _staged(rows: PlanRows, record: bytes, tables_json: tuple[str, ...]) -> StagedPlan:
    [plan] = rows.tables["plans"]
    facts = dict(zip(_PLAN_COLUMNS, plan, strict=True))
    return StagedPlan(
        rows.plan_id,
        rows.path,
        record,
        _text(facts["commune_code"]),
        _text(facts["document_key"]),
        _text(facts["issuer"]),
        str(facts["format"]),
        tables_json,
    )


def _text(value: object) -> str | None:
    return str(value) if value else None


def rows_json(table: str, rows: Iterable[Sequence[Any]]) -> str:
    """A table's rows as one JSON array of objects keyed by column, as PostgreSQL's
    `json_populate_recordset` reads them into the columns' types (a date as ISO text). A float
    is written as Python's shortest repr, which reads back as the same double; JSON cannot hold
    NaN or an infinity, written as text, which PostgreSQL's float input reads."""
    columns = TABLE_COLUMNS[table]
    names = [name for name, _ in columns]
    doubles = [name for name, kind in columns if kind.startswith("DOUBLE")]
    objects = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        for name in doubles:
            values[name] = _json_float(values[name])
        objects.append(values)
    return json.dumps(objects, ensure_ascii=False, allow_nan=False, default=_json_date)


def _json_float(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _json_date(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"no JSON for {type(value).__name__}")


def unpack(plan_ids: list[str], records: list[bytes]) -> dict[str, Any]:
    """The staged records' rows as one Arrow table per store table, plan_id first."""
    import pyarrow as pa
    import pyarrow.compute as pc

    batches = [
        _in_current_shape(
            pa.ipc.open_stream(pa.CompressedInputStream(pa.BufferReader(record), _CODEC)).read_all()
        )
        for record in records
    ]
    staged = pa.concat_tables(batches) if batches else record_schema().empty_table()
    ids = pa.array(plan_ids, pa.string())
    tables = {}
    for table in TABLE_COLUMNS:
        lists = staged.column(table).combine_chunks()
        items = pc.list_flatten(lists)
        columns = [pc.take(ids, pc.list_parent_indices(lists)), *items.flatten()]
        tables[table] = pa.Table.from_arrays(columns, schema=table_schema(table))
    return tables


def _in_current_shape(staged: Any) -> Any:
    """A record staged before a migration changed the tables (an ingest interrupted, then the
    store upgraded), in the current shape: the tables and columns it lacks are empty, as the
    migration leaves the rows stored before it."""
    import pyarrow as pa

    schema = record_schema()
    if staged.schema.equals(schema):
        return staged
    rows = [{table: row.get(table) or [] for table in schema.names} for row in staged.to_pylist()]
    return pa.Table.from_pylist(rows, schema=schema)


@cache
def table_schema(table: str) -> Any:
    """The Arrow schema of a store table, from its DuckDB columns."""
    import pyarrow as pa

    return pa.schema(
        [(name, arrow_type(kind.split(" ")[0])) for name, kind in TABLE_COLUMNS[table]]
    )


def arrow_type(kind: str) -> Any:
    """The Arrow type of a column of DuckDB type `kind` (as the store's tables, views and
    `QueryResult.types` name them: VARCHAR, INTEGER[], DATE, ...); lists stay lists."""
    import pyarrow as pa

    if kind.endswith("[]"):
        return pa.list_(arrow_type(kind[:-2]))
    types = {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "SMALLINT": pa.int16(),
        "DOUBLE": pa.float64(),
        "FLOAT": pa.float32(),
        "BOOLEAN": pa.bool_(),
        "DATE": pa.date32(),
        "TIMESTAMP": pa.timestamp("us"),
        "BLOB": pa.binary(),
    }
    return types.get(kind, pa.string())


@cache
def record_schema() -> Any:
    """A staged record: per table, the list of its rows as structs (plan_id left out)."""
    import pyarrow as pa

    return pa.schema(
        [(table, pa.list_(pa.struct(list(table_schema(table))[1:]))) for table in TABLE_COLUMNS]
    )
