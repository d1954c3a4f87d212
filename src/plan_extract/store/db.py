"""The store: one DuckDB file holding every ingested plan, its items and the failures."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan_extract.core.contract import Plan
from plan_extract.core.errors import InputError
from plan_extract.core.version import __version__
from plan_extract.store.faults import StoreError, store_faults
from plan_extract.store.schema import PLAN_TABLES, STORE_VERSION, ddl

if TYPE_CHECKING:
    from plan_extract.store.rows import PlanRows
    from plan_extract.store.staging import StagedPlan

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
        with store_faults(self.path):
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        self.pending = 0  # plans staged since the last flush
        if not read_only:
            try:
                with store_faults(self.path):
                    self._con.execute(ddl())
                    self._con.execute(
                        "INSERT OR REPLACE INTO store_meta VALUES ('store_version', ?)",
                        [STORE_VERSION],
                    )
                    from plan_extract.store.national import refresh_national_targets

                    refresh_national_targets(self._con)
                self.flush()  # what an interrupted ingest left staged
            except StoreError:
                self._con.close()
                raise

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

    def save(self, rows: PlanRows) -> None:
        """Store one plan now: stage it and move it into the tables."""
        from plan_extract.store.staging import pack

        self.stage(pack(rows))
        self.flush()

    def stage(self, plan: StagedPlan) -> None:
        """Commit one plan on its own, with one statement: from here a crash cannot lose it.
        Its rows reach the tables at the next `flush` (at the latest when the store is next
        opened for writing)."""
        with store_faults(self.path):
            self._con.execute(
                "INSERT INTO staged_plans VALUES (?, ?, ?)",
                [plan.plan_id, plan.path, plan.record],
            )
        self.pending += 1

    def flush(self) -> None:
        """Move every staged plan into the tables, in one transaction: for each plan all its
        rows, replacing an older copy of it (same sha256) and its recorded failure, or none."""
        with store_faults(self.path):
            self._move_staged()
        self.pending = 0

    def _move_staged(self) -> None:
        from plan_extract.store.staging import unpack

        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            staged = con.execute(
                "SELECT DISTINCT ON (plan_id) plan_id, record FROM staged_plans ORDER BY plan_id"
            ).fetchall()
            if staged:
                ids = "(SELECT plan_id FROM staged_plans)"
                for table in PLAN_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE plan_id IN {ids}")
                con.execute(
                    f"DELETE FROM failures WHERE sha256 IN {ids} "
                    "OR path IN (SELECT path FROM staged_plans)"
                )
                tables = unpack([row[0] for row in staged], [row[1] for row in staged])
                for table, rows in tables.items():
                    if rows.num_rows:
                        con.from_arrow(rows).insert_into(table)
                con.execute("DELETE FROM staged_plans")
            con.execute("COMMIT")
        except BaseException:
            _roll_back(con)
            raise

    def record_failure(self, path: str, sha256: str | None, reason: str) -> None:
        """Keep a file that could not be stored, with why (replacing its earlier failure)."""
        con = self._con
        with store_faults(self.path):
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("DELETE FROM failures WHERE path = ?", [path])
                now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                con.execute(
                    "INSERT INTO failures VALUES (?, ?, ?, ?, ?)",
                    [path, sha256, reason, __version__, now],
                )
                con.execute("COMMIT")
            except BaseException:
                _roll_back(con)
                raise

    def unfinished(self) -> int:
        """Plans committed by an ingest that stopped before moving them into the tables."""
        import duckdb

        try:
            return int(self._scalar("SELECT count(*) FROM staged_plans"))
        except duckdb.CatalogException:  # a store made before staging existed
            return 0

    def set_threads(self, threads: int) -> None:
        """DuckDB's worker threads: one while ingesting leaves the cores to the parsers."""
        with store_faults(self.path):
            self._con.execute(f"SET threads = {int(threads)}")

    def _scalar(self, sql: str) -> Any:
        row = self._con.execute(sql).fetchone()
        return row[0] if row else None


def _roll_back(con: Any) -> None:
    """Undo the open transaction; after a failed commit (a full disk) there may be none left
    to undo, which is no further fault."""
    import duckdb

    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")
