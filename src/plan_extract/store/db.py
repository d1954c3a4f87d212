"""The store's backend-neutral API: every reading method here, in SQL both backends run (with
`$1`-style parameters, which DuckDB and psycopg's raw cursors both take); each backend
(duck.py, postgres.py) supplies its connections and its way of writing."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from plan_extract.core.contract import Plan
from plan_extract.core.errors import InputError
from plan_extract.store.faults import first_line, store_fault
from plan_extract.store.filing import file_documents
from plan_extract.store.migrations import SchemaStatus, schema_status, transaction

if TYPE_CHECKING:
    from plan_extract.store.corrections import Change, Correction, Reviewed
    from plan_extract.store.rows import PlanRows
    from plan_extract.store.staging import StagedPlan

DEFAULT_DB = Path("plans.duckdb")
Backend = Literal["duckdb", "postgresql"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PlanSummary:
    plan_id: str  # the sha256 of the file
    document_key: str | None  # shared by the plan's other formats (store/keys.py)
    path: str  # as ingested: the path, `batch.zip!folder/plan.docx`, or an upload's name
    file_name: str | None  # the original file's name, without folders
    format: str
    kind: str | None
    number: str | None
    issuer: str | None
    commune: str | None
    province: str | None
    issued: dt.date | None  # the first day of what the document gives, as precise as:
    issued_precision: str | None  # day, month or year
    title: str | None
    n_targets: int
    n_units: int
    n_tasks: int
    n_deadlines: int
    n_warnings: int


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    plan_id: str | None  # the sha256 of the file, when it could be read
    reason: str
    parser_version: str
    failed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Committed:
    """A plan the store has committed: `stored`, or found already held from this parser
    version (another writer got there first) and left as it was."""

    plan_id: str
    stored: bool


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    types: list[str] = field(default_factory=list)  # DuckDB's type names: VARCHAR, INTEGER[]...
    rows: list[tuple[Any, ...]] = field(default_factory=list)


class Store(ABC):
    """An open store, DuckDB or PostgreSQL: the same tables, views and methods on both.

    `stage` hands over one parsed plan and `flush` commits whatever is still held back; both
    return the plans they committed, exactly once per content hash whoever else writes. (DuckDB
    commits each plan at once, as a staged record moved into the tables in batches; PostgreSQL
    writes plans into the tables in one transaction per batch.)"""

    backend: Backend
    location: str  # what to show: the DuckDB path, or the URL without its password
    pending: int = 0  # plans handed over and not yet in the tables
    upgraded_from: SchemaStatus | None = None  # set when opening upgraded the store
    # Only this process writes (DuckDB): no other writer can insert the same row meanwhile,
    # so an insert needs no `ON CONFLICT` guard (filing.py).
    one_writer: bool = False
    # The plans a person waits for are best packed as JSON (`staging.pack_json`), which the
    # database reads itself (PostgreSQL), rather than as Arrow records (`staging.pack`).
    takes_json: bool = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def read(self, operation: Callable[[Any], T]) -> T:
        """`operation(connection)` on a connection to read with (`execute(sql, params)` gives a
        cursor); PostgreSQL runs it again when the connection is lost on the way."""

    # --- reading ---------------------------------------------------------------------------

    def plan(self, plan_id: str) -> Plan | None:
        """The stored plan, exactly as the parser returned it; None when not held."""
        rows = self._rows("SELECT plan_json FROM plans WHERE plan_id = $1", [plan_id])
        return Plan.model_validate_json(rows[0][0]) if rows else None

    def plans(self) -> list[PlanSummary]:
        """Every stored plan, by path."""
        fields = ", ".join(PlanSummary.__slots__)
        rows = self._rows(f"SELECT {fields} FROM plans ORDER BY path, plan_id")
        return [PlanSummary(*row) for row in rows]

    def lines(self, plan_id: str) -> list[tuple[int, str]]:
        """The plan's normalized text: (1-based line number, text), the numbers items cite."""
        rows = self._rows(
            "SELECT line, text FROM lines WHERE plan_id = $1 ORDER BY line", [plan_id]
        )
        return [(int(number), str(text)) for number, text in rows]

    def failures(self) -> list[Failure]:
        rows = self._rows(
            "SELECT path, plan_id, reason, parser_version, failed_at FROM failures ORDER BY path"
        )
        return [Failure(*row) for row in rows]

    def parser_versions(self) -> dict[str, str]:
        """plan_id → the parser version it was stored with."""
        rows = self._rows("SELECT plan_id, parser_version FROM plans")
        return {str(pid): str(version) for pid, version in rows}

    def count_plans(self) -> int:
        """How many plans are stored (it changes whenever any writer adds one)."""
        return int(self._rows("SELECT count(*) FROM plans")[0][0])

    # --- corrections: a reviewer's layer over the parser's output (corrections.py) -----------

    def corrections(self, plan_id: str) -> list[Correction]:
        """Every change made to the plan, undone ones too, in the order made."""
        from plan_extract.store.corrections import COLUMNS, Correction

        rows = self._rows(
            f"SELECT {COLUMNS} FROM corrections WHERE plan_id = $1 ORDER BY position", [plan_id]
        )
        return [Correction.from_row(row) for row in rows]

    def corrections_by_plan(self) -> dict[str, list[Correction]]:
        """Every plan's changes, in one query (for many plans at once: a province)."""
        from plan_extract.store.corrections import COLUMNS, Correction

        found: dict[str, list[Correction]] = {}
        for row in self._rows(f"SELECT {COLUMNS} FROM corrections ORDER BY plan_id, position"):
            found.setdefault(str(row[0]), []).append(Correction.from_row(row))
        return found

    def reviewed(
        self,
        plan_id: str,
        machine: Plan | None = None,
        corrections: Sequence[Correction] | None = None,
    ) -> Reviewed | None:
        """The plan's effective values: the parser's plan with the reviewers' corrections
        applied, and which items were reviewed (None when the plan is not held). Whatever shows
        or exports a plan's values reads them here; `machine` and `corrections`, when the
        caller holds them already (`corrections_by_plan`)."""
        from plan_extract.store.corrections import apply

        machine = machine or self.plan(plan_id)
        if machine is None:
            return None
        if corrections is None:
            corrections = self.corrections(plan_id)
        return apply(plan_id, machine, corrections, lambda: dict(self.lines(plan_id)))

    def correct(self, plan_id: str, change: Change, author: str) -> Correction:
        """Record one change (checked against the plan as reviewed so far); `InputError` when
        it cannot be made."""
        from plan_extract.store.corrections import ADDED, anchor, check_change, encode, old_value

        reviewed = self.reviewed(plan_id)
        if reviewed is None:
            raise InputError(f"no plan {plan_id}")
        lines = dict(self.lines(plan_id))
        value = check_change(change, reviewed, lines)
        before = old_value(change, reviewed)
        line, span, source = anchor(change, reviewed, lines)
        version = reviewed.machine.source.parser_version

        def insert(con: Any) -> int:
            with transaction(con):
                found = con.execute(
                    "SELECT coalesce(max(position), 0) FROM corrections WHERE plan_id = $1",
                    [plan_id],
                ).fetchone()
                position = int(found[0]) + 1
                item_id = f"added-{position}" if change.field == ADDED else change.item_id
                con.execute(
                    "INSERT INTO corrections VALUES "
                    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, NULL, NULL)",
                    [
                        plan_id,
                        position,
                        change.item_kind,
                        item_id,
                        change.field,
                        encode(before),
                        encode(value),
                        line,
                        span[0] if span else None,
                        span[1] if span else None,
                        source,
                        version,
                        author,
                        now(),
                    ],
                )
            return position

        position = self.write(insert)
        return self.corrections(plan_id)[position - 1]

    def undo(self, plan_id: str, position: int, author: str) -> Correction:
        """Undo one change (kept, marked undone by `author`); `InputError` when there is no
        such change or it is undone already."""
        found = [c for c in self.corrections(plan_id) if c.position == position]
        if not found or not found[0].active:
            raise InputError(f"no change {position} to undo in plan {plan_id}")
        self.write(
            lambda con: con.execute(
                "UPDATE corrections SET undone_by = $1, undone_at = $2 "
                "WHERE plan_id = $3 AND position = $4 AND undone_at IS NULL",
                [author, now(), plan_id, position],
            )
        )
        return self.corrections(plan_id)[position - 1]

    def header_corrected(self) -> set[str]:
        """The plans whose header has a change in force (their commune, number or date)."""
        from plan_extract.store.corrections import IN_HEADER_CORRECTED

        rows = self._rows(f"SELECT plan_id FROM plans WHERE {IN_HEADER_CORRECTED}")
        return {str(row[0]) for row in rows}

    def corrections_version(self) -> int:
        """Grows with every change and every undo (rows are never deleted): what was computed
        from the corrections at one version stays true until the next."""
        row = self._rows("SELECT count(*) + count(undone_at) FROM corrections")[0]
        return int(row[0])

    def schema(self) -> SchemaStatus:
        """Where the store's schema stands against this package (see migrations.py)."""
        return self.read(schema_status)

    def query(
        self, sql: str, parameters: Sequence[Any] | None = None, *, ours: bool = False
    ) -> QueryResult:
        """Run one SQL statement (parameters as `$1`, `$2`, ...); a mistake in it is an
        `InputError` with the database's message. A statement of plan-extract's own (`ours`)
        that fails says what is wrong with the store instead (a table gone, pages corrupted)."""

        def run(con: Any) -> QueryResult:
            cursor = con.execute(sql, list(parameters or []))
            description = cursor.description or []
            rows = [tuple(row) for row in cursor.fetchall()] if description else []
            types = [self.type_name(column) for column in description]
            return QueryResult([column[0] for column in description], types, rows)

        try:
            return self.read(run)
        except self.sql_errors() as exc:
            if ours:
                raise store_fault(self.location, exc, "reading the store failed") from exc
            raise InputError(f"query failed: {first_line(exc)}") from exc

    def _rows(self, sql: str, parameters: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.query(sql, parameters, ours=True).rows

    @abstractmethod
    def type_name(self, column: Any) -> str:
        """A result column's type as DuckDB names it (VARCHAR, INTEGER[], DOUBLE, ...)."""

    @abstractmethod
    def sql_errors(self) -> type[Exception] | tuple[type[Exception], ...]:
        """The driver's errors for a statement the database refused."""

    # --- writing ---------------------------------------------------------------------------

    @abstractmethod
    def write(self, operation: Callable[[Any], T]) -> T:
        """`operation(connection)` on a connection to write with, for the tables the
        applications keep beside the plans (the web page's jobs, accounts and sessions); one
        statement commits on its own, several go in `migrations.transaction(con)`."""

    def save(self, rows: PlanRows) -> None:
        """Store one plan now, in the tables."""
        from plan_extract.store.staging import pack

        self.store_now([pack(rows)])

    @abstractmethod
    def stage(self, plan: StagedPlan) -> list[Committed]:
        """Hand over one parsed plan; returns the plans this call committed (from here a crash
        cannot lose them)."""

    @abstractmethod
    def store_now(
        self, plans: Sequence[StagedPlan], also: Callable[[Any], object] | None = None
    ) -> None:
        """Store the plans in the tables now (with whatever was handed over before them), and
        run `also(connection)` in the same transaction: the web page writes its jobs' final
        states with the plans it stored, in one write (one commit for several uploads)."""

    def store_filed(
        self, plans: Sequence[StagedPlan], also: Callable[[Any], object] | None = None
    ) -> None:
        """Commit the plans, each filed under its document, and run `also(connection)` in the
        same transaction (the web page: its jobs' final states): from here a crash cannot
        lose them, and every read finds them. A shared DuckDB store commits their records
        only, and moves them into the tables after (duck.py)."""

        def file_then_also(con: Any) -> None:
            file_stored(con, plans, exclusive=self.one_writer)
            if also is not None:
                also(con)

        self.store_now(plans, file_then_also)

    @abstractmethod
    def flush(self) -> list[Committed]:
        """Commit what is held back and bring every committed plan into the tables (filed,
        those `store_filed` committed)."""

    def holds_back(self) -> bool:
        """Whether plans handed over or committed wait for `flush` to reach the tables."""
        return self.pending > 0

    @abstractmethod
    def record_failure(self, path: str, plan_id: str | None, reason: str) -> None:
        """Keep a file that could not be stored, with why (replacing its earlier failure)."""

    def unfinished(self) -> int:
        """Plans committed by an ingest that stopped before moving them into the tables."""
        return 0

    def set_threads(self, threads: int) -> None:  # noqa: B027  (only DuckDB has any)
        """The database's own worker threads, where it has any to set (DuckDB)."""


def file_stored(con: Any, plans: Sequence[StagedPlan], exclusive: bool) -> None:
    """The plans just stored, filed under their documents (filing.py), in the caller's
    transaction; `exclusive`: `Store.one_writer`."""
    if plans:
        stored = [plan.filed() for plan in plans]
        file_documents(con, now(), exclusive=exclusive, stored=stored)


def now() -> dt.datetime:
    """The time stored for a failure: UTC, without a zone (both backends' TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def iter_rows(table: Any) -> Iterator[tuple[Any, ...]]:
    """An Arrow table's rows as tuples, column by column (far faster than `to_pylist`)."""
    return zip(*(column.to_pylist() for column in table.columns), strict=True)
