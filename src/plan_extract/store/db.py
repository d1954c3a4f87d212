"""The store: one DuckDB file holding every ingested plan, its items and the failures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan_extract import __version__
from plan_extract.errors import InputError
from plan_extract.models import Plan
from plan_extract.store.rows import PlanRows, Row
from plan_extract.store.schema import ITEM_TABLES, STORE_VERSION, TABLE_COLUMNS, ddl

if TYPE_CHECKING:
    from collections.abc import Iterable

    from plan_extract.read import ReadOptions
    from plan_extract.store.ingest import IngestReport, Reporter
    from plan_extract.store.pool import Limits

DEFAULT_DB = Path("plans.duckdb")


@dataclass(frozen=True, slots=True)
class PlanSummary:
    plan_id: str
    path: str
    format: str
    kind: str | None
    number: str | None
    issuer: str | None
    commune: str | None
    province: str | None
    issued: str | None
    title: str | None
    n_targets: int
    n_units: int
    n_tasks: int
    n_deadlines: int
    n_warnings: int


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    sha256: str | None
    reason: str
    parser_version: str
    failed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    types: list[str] = field(default_factory=list)  # DuckDB's type names: VARCHAR, INTEGER[]...
    rows: list[tuple[Any, ...]] = field(default_factory=list)


class Store:
    """An open store. Only one process may have it open for writing at a time (DuckDB's rule);
    any number may open it `read_only` when nobody writes."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise InputError(f"{self.path}: no such store (create it with `plan-extract ingest`)")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            message = str(exc).splitlines()[0]
            raise InputError(f"{self.path}: cannot open the store: {message}") from exc
        if not read_only:
            self._con.execute(ddl())
            self._con.execute(
                "INSERT OR REPLACE INTO store_meta VALUES ('store_version', ?)", [STORE_VERSION]
            )
            from plan_extract.store.national import refresh_national_targets

            refresh_national_targets(self._con)
        self._has_failures = self._scalar("SELECT count(*) > 0 FROM failures")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    # --- reading ---------------------------------------------------------------------------

    def plan(self, plan_id: str) -> Plan | None:
        """The stored plan, exactly as the parser returned it; None when not held."""
        row = self._con.execute(
            "SELECT plan_json FROM plans WHERE plan_id = ?", [plan_id]
        ).fetchone()
        return Plan.model_validate_json(row[0]) if row else None

    def plans(self) -> list[PlanSummary]:
        """Every stored plan, by path."""
        fields = ", ".join(PlanSummary.__slots__)
        rows = self._con.execute(f"SELECT {fields} FROM plans ORDER BY path, plan_id").fetchall()
        return [PlanSummary(*row) for row in rows]

    def lines(self, plan_id: str) -> list[tuple[int, str]]:
        """The plan's normalized text: (1-based line number, text), the numbers items cite."""
        rows = self._con.execute(
            "SELECT line, text FROM lines WHERE plan_id = ? ORDER BY line", [plan_id]
        ).fetchall()
        return [(int(number), str(text)) for number, text in rows]

    def failures(self) -> list[Failure]:
        rows = self._con.execute(
            "SELECT path, sha256, reason, parser_version, failed_at FROM failures ORDER BY path"
        ).fetchall()
        return [Failure(*row) for row in rows]

    def parser_versions(self) -> dict[str, str]:
        """plan_id → the parser version it was stored with."""
        rows = self._con.execute("SELECT plan_id, parser_version FROM plans").fetchall()
        return {str(pid): str(version) for pid, version in rows}

    def query(self, sql: str, parameters: list[Any] | None = None) -> QueryResult:
        """Run one SQL statement; a mistake in it is an `InputError` with DuckDB's message."""
        import duckdb

        try:
            cursor = self._con.execute(sql, parameters or [])
            rows = cursor.fetchall() if cursor.description else []
        except duckdb.Error as exc:
            raise InputError(f"query failed: {str(exc).splitlines()[0]}") from exc
        description = cursor.description or []
        return QueryResult([d[0] for d in description], [str(d[1]) for d in description], rows)

    # --- writing ---------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        workers: int | None = None,
        limits: Limits | None = None,
        options: ReadOptions | None = None,
        reporter: Reporter | None = None,
    ) -> IngestReport:
        """Ingest plan files, folders and .zip archives (`workers` defaults to one per core)."""
        from plan_extract.store.ingest import ingest
        from plan_extract.store.sources import find_inputs

        inputs = list(find_inputs(Path(p) for p in paths))
        return ingest(self, inputs, workers, limits, options, reporter)

    def ingest_bytes(self, data: bytes, name: str, limits: Limits | None = None) -> str:
        """Ingest one file held in memory (an upload); returns its plan_id. A file that cannot
        be parsed is recorded in `failures` and raises `InputError` with the reason."""
        from plan_extract.store.ingest import InMemory, ingest

        report = ingest(self, [InMemory(name, data)], workers=1, limits=limits)
        if report.failures:
            raise InputError(f"{name}: {report.failures[0].reason}")
        return report.plan_ids[0]

    def save(self, rows: PlanRows, replace: bool = True) -> None:
        """Store one plan in a transaction of its own: all its rows, or none of them. An older
        copy of the same plan (same sha256) is replaced; `replace=False` skips that lookup."""
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                for table in ("plans", *ITEM_TABLES):
                    con.execute(f"DELETE FROM {table} WHERE plan_id = ?", [rows.plan_id])
            if self._has_failures:
                con.execute(
                    "DELETE FROM failures WHERE sha256 = ? OR path = ?", [rows.plan_id, rows.path]
                )
            for table, table_rows in rows.tables.items():
                if table_rows:
                    _insert(con, table, table_rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def record_failure(self, path: str, sha256: str | None, reason: str) -> None:
        """Keep a file that could not be stored, with why (replacing its earlier failure)."""
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM failures WHERE path = ?", [path])
            con.execute(
                "INSERT INTO failures VALUES (?, ?, ?, ?, ?)",
                [path, sha256, reason, __version__, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self._has_failures = True

    def set_threads(self, threads: int) -> None:
        """DuckDB's worker threads: one while ingesting leaves the cores to the parsers."""
        self._con.execute(f"SET threads = {int(threads)}")

    def _scalar(self, sql: str) -> Any:
        row = self._con.execute(sql).fetchone()
        return row[0] if row else None


def _insert(con: Any, table: str, rows: list[Row]) -> None:
    """One statement per table: a single row with parameters, several through Arrow (binding
    parameters row by row costs about a hundred times more)."""
    if len(rows) == 1:
        marks = ", ".join("?" * len(rows[0]))
        con.execute(f"INSERT INTO {table} VALUES ({marks})", list(rows[0]))
        return
    import pyarrow as pa

    schema = _arrow_schema(table)
    columns = list(zip(*rows, strict=True))
    staged = pa.Table.from_arrays(
        [pa.array(values, type=field.type) for values, field in zip(columns, schema, strict=True)],
        schema=schema,
    )
    con.from_arrow(staged).insert_into(table)


@cache
def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "VARCHAR[]": pa.list_(pa.string()),
        "INTEGER[]": pa.list_(pa.int32()),
    }
    return pa.schema([(name, types[kind.split(" ")[0]]) for name, kind in TABLE_COLUMNS[table]])
