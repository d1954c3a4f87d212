"""The store on a PostgreSQL server, for a province office where several people and processes
use it at once (psycopg 3, a connection pool).

- Plans are written in batches, one transaction each (at most `BATCH_PLANS` plans, and none
  held back longer than `BATCH_SECONDS` while plans keep coming): the `plans` rows first, as an
  upsert on the content hash (`plan_id`), then the item rows of the plans it wrote: an ingest's
  batch by COPY, one statement per table (the least work per row); the plans a person waits
  for (an upload's, `store_now`) in one statement for all tables, since round trips, not data,
  bound a transaction of one plan (each COPY waits on the server twice: some 16 waits a plan),
  each table's rows as JSON the server reads itself: as the web page's workers pack an upload
  (`takes_json`: staging.pack_json), no Arrow record for this process to unpack. That
  transaction's statements (with its filing and the web page's job state) go as one pipeline:
  the server is waited on where a result is read (the plans written, the documents found) and
  at the end, three waits in all where each statement and BEGIN and COMMIT waited once (eight).
  The upsert's row locks make a second writer of the same plan wait, then find it held and
  write nothing, so two ingests store each plan once; readers see a plan whole or not at all.
  A plan is reported stored only once its transaction has committed.
- A lost connection (the server restarting, a network break) is retried for `retry_seconds`;
  after that the command stops with a one-line error. A transaction that did not commit left
  nothing, and one that did is never written twice (the upsert), so nothing is lost or doubled.
- Schema upgrades take an advisory lock, so processes opening one database at once upgrade it
  once.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from plan_extract.core.version import __version__
from plan_extract.store.db import Committed, Store, T, iter_rows, now
from plan_extract.store.faults import first_line, store_fault
from plan_extract.store.migrations import StoreError, schema_status, transaction, upgrade
from plan_extract.store.schema import ITEM_TABLES, TABLE_COLUMNS

if TYPE_CHECKING:
    from plan_extract.store.staging import StagedPlan

RETRY_SECONDS = 60.0
BATCH_PLANS = 32
BATCH_SECONDS = 0.5
POOL_SIZE = 4
_CONNECT_SECONDS = 10
_UPGRADE_LOCK = 0x706C616E  # pg_advisory_xact_lock key: upgrades of one database, one at a time
# SQLSTATE classes worth another try: connection exceptions, operator intervention (shutdown,
# "cannot connect now"), transaction rollback (serialization failure, deadlock).
_RETRYABLE = ("08", "57P", "40")

_PLAN_COLUMNS = [f'"{column}"' for column, _ in TABLE_COLUMNS["plans"]]


def _upsert_plans(count: int) -> str:
    """Insert `count` plans rows, given as parameters (`_UPSERTED`)."""
    width = len(_PLAN_COLUMNS)
    rows = ", ".join(
        "(" + ", ".join(f"${row * width + n}" for n in range(1, width + 1)) + ")"
        for row in range(count)
    )
    return f"INSERT INTO plans ({', '.join(_PLAN_COLUMNS)}) VALUES {rows} {_UPSERTED}"


# A plans row replaces a copy from another parser version and leaves one from this version as
# it is; returns (plan_id, whether it was new) of each row written.
_UPSERTED = (
    "ON CONFLICT (plan_id) DO UPDATE SET "
    + ", ".join(f"{column} = EXCLUDED.{column}" for column in _PLAN_COLUMNS[1:])
    + " WHERE plans.parser_version IS DISTINCT FROM EXCLUDED.parser_version"
    " RETURNING plan_id, (xmax = 0) AS inserted"
)
# The plans rows given as one JSON array (`staging.rows_json`).
_UPSERT_JSON = (
    f"INSERT INTO plans ({', '.join(_PLAN_COLUMNS)}) SELECT {', '.join(_PLAN_COLUMNS)} "
    f"FROM json_populate_recordset(NULL::plans, $1::json) {_UPSERTED}"
)


_UPSERT_FAILURE = (
    "INSERT INTO failures VALUES ($1, $2, $3, $4, $5) ON CONFLICT (path) DO UPDATE SET "
    "plan_id = EXCLUDED.plan_id, reason = EXCLUDED.reason, "
    "parser_version = EXCLUDED.parser_version, failed_at = EXCLUDED.failed_at"
)

# PostgreSQL's type OIDs → the type names DuckDB gives the same columns (what render.py reads).
_TYPE_NAMES = {
    16: "BOOLEAN",
    17: "BLOB",
    20: "BIGINT",
    21: "SMALLINT",
    23: "INTEGER",
    25: "VARCHAR",
    700: "FLOAT",
    701: "DOUBLE",
    1043: "VARCHAR",
    1082: "DATE",
    1114: "TIMESTAMP",
    1184: "TIMESTAMP WITH TIME ZONE",
    1700: "DECIMAL",
    1000: "BOOLEAN[]",
    1007: "INTEGER[]",
    1009: "VARCHAR[]",
    1015: "VARCHAR[]",
    1016: "BIGINT[]",
    1022: "DOUBLE[]",
}


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def redacted(url: str) -> str:
    """The URL without its password, to show in messages."""
    url = re.sub(r"(://[^:/@?]*):[^@/?]*@", r"\1@", url)
    return re.sub(r"(password=)[^&]*", r"\1***", url)


class PostgresStore(Store):
    backend = "postgresql"
    takes_json = True

    def __init__(
        self,
        url: str,
        read_only: bool = False,
        pool_size: int = POOL_SIZE,
        retry_seconds: float = RETRY_SECONDS,
        check_schema: bool = True,
    ) -> None:
        import psycopg
        from psycopg_pool import ConnectionPool

        self.location = redacted(url)
        self.retry_seconds = retry_seconds
        self.pending = 0
        self._batch: dict[str, StagedPlan] = {}
        self._batch_started = 0.0
        options: dict[str, Any] = {"autocommit": True, "cursor_factory": psycopg.RawCursor}
        if read_only:
            options["options"] = "-c default_transaction_read_only=on"
        try:
            con = psycopg.connect(url, connect_timeout=_CONNECT_SECONDS, **options)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect: {first_line(exc)}") from exc
        with con:
            if read_only and check_schema:
                status = schema_status(con)
                if status.pending or status.version > status.latest:
                    raise StoreError(f"{self.location}: the store is at {status.describe()}")
            elif not read_only:
                before = self._writing(lambda: upgrade(con, _lock_upgrades))
                self.upgraded_from = None if before.current else before
        # No check when a connection is taken (a round trip each time): one the server dropped
        # fails its first statement, and `_run` tries again on another.
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=pool_size,
            kwargs=options,
            name="plan-extract",
            open=True,
        )

    def close(self) -> None:
        try:
            self.flush()  # what was handed over is committed, as on DuckDB
        finally:
            self._pool.close()

    def read(self, operation: Callable[[Any], T]) -> T:
        return self._run(operation)

    def _run(self, operation: Callable[[Any], T]) -> T:
        """`operation` on a pooled connection, again on a fresh one while the server is away."""
        import psycopg
        from psycopg_pool import PoolTimeout

        deadline = time.monotonic() + self.retry_seconds
        while True:
            try:
                wait = max(1.0, deadline - time.monotonic())
                with self._pool.connection(timeout=wait) as con:
                    return operation(con)
            except (psycopg.OperationalError, PoolTimeout) as exc:
                state = getattr(exc, "sqlstate", None) or ""
                retryable = (
                    isinstance(exc, PoolTimeout) or not state or state.startswith(_RETRYABLE)
                )
                if not retryable:
                    raise
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.location}: lost the connection to PostgreSQL for more than "
                        f"{self.retry_seconds:g} s ({first_line(exc)}); what was stored stays "
                        "stored: run the command again to finish"
                    ) from exc
                time.sleep(0.25)

    # --- writing ---------------------------------------------------------------------------

    def write(self, operation: Callable[[Any], T]) -> T:
        return self._writing(lambda: self._run(operation))

    def stage(self, plan: StagedPlan) -> list[Committed]:
        if not self._batch:
            self._batch_started = time.monotonic()
        self._batch[plan.plan_id] = plan
        self.pending = len(self._batch)
        full = len(self._batch) >= BATCH_PLANS
        if full or time.monotonic() - self._batch_started >= BATCH_SECONDS:
            return self.flush()
        return []

    def store_now(
        self, plans: Sequence[StagedPlan], also: Callable[[Any], object] | None = None
    ) -> None:
        self.flush()
        batch = sorted({plan.plan_id: plan for plan in plans}.values(), key=_by_id)
        self._writing(lambda: self._run(lambda con: _write_now(con, batch, also)))

    def flush(self) -> list[Committed]:
        batch = sorted(self._batch.values(), key=_by_id)  # one lock order
        self._batch = {}
        self.pending = 0
        if not batch:
            return []
        written = self._writing(lambda: self._run(lambda con: _write_batch(con, batch)))
        return [Committed(plan.plan_id, plan.plan_id in written) for plan in batch]

    def record_failure(self, path: str, plan_id: str | None, reason: str) -> None:
        values = [path, plan_id, reason, __version__, now()]
        self._writing(lambda: self._run(lambda con: con.execute(_UPSERT_FAILURE, values)))

    def _writing(self, write: Callable[[], T]) -> T:
        """PostgreSQL's refusal of a write (a read-only database or role, a full disk) as the
        one line that says what to do."""
        import psycopg

        try:
            return write()
        except psycopg.Error as exc:
            raise store_fault(self.location, exc) from exc

    # --- types -----------------------------------------------------------------------------

    def type_name(self, column: Any) -> str:
        return _TYPE_NAMES.get(column.type_code, "VARCHAR")

    def sql_errors(self) -> type[Exception]:
        import psycopg

        error: type[Exception] = psycopg.Error
        return error


def _by_id(plan: StagedPlan) -> str:
    return plan.plan_id


def _write_batch(con: Any, batch: list[StagedPlan]) -> set[str]:
    """Write an ingest's plans in one transaction; the ids of those written (the others were
    held). Each table's rows go by binary COPY, the least work per row (a COPY waits on the
    server twice, whatever its size)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from plan_extract.store.staging import unpack

    if not batch:
        return set()
    tables = unpack([plan.plan_id for plan in batch], [plan.record for plan in batch])
    plan_rows = [value for row in iter_rows(tables["plans"]) for value in row]
    with transaction(con):
        written = _upserted(con, _upsert_plans(len(batch)), plan_rows)
        items = {table: tables[table] for table in ITEM_TABLES}
        if len(written) < len(batch):  # some were held: their rows stay out
            keep = pa.array(sorted(written), pa.string())
            items = {
                name: rows.filter(pc.is_in(rows["plan_id"], keep)) for name, rows in items.items()
            }
        for table, rows in items.items():
            if rows.num_rows:
                _copy(con, table, rows)
        paths = [plan.path for plan in batch if plan.plan_id in written]
        con.execute(_DELETE_FAILURES, [sorted(written), paths])
    return written


def _write_now(con: Any, batch: list[StagedPlan], also: Callable[[Any], object] | None) -> None:
    """Write the plans a person waits for (an upload's) in one transaction, and `also(con)` in
    it: their plans rows, then every item table's rows and the failures in one statement, one
    wait on the server where COPY waits twice a table (some 16 waits for a plan). The rows go
    as JSON, one parameter a table, which the server reads itself (`_ALL_ITEMS`): as the worker
    wrote them (`staging.pack_json`), or from a plan's Arrow record. In a pipeline: a
    statement whose result is not read is sent without waiting for it; an error stops the
    transaction where it is read, or at its end, and rolls it back."""
    tables = [_tables_json(plan) for plan in batch]
    with con.pipeline(), transaction(con):
        if batch:
            written = _upserted(con, _UPSERT_JSON, [_joined(each[0] for each in tables)])
            kept = [
                (plan, each)
                for plan, each in zip(batch, tables, strict=True)
                if plan.plan_id in written
            ]
            paths = [plan.path for plan, _ in kept]
            items = [_joined(each[n] for _, each in kept) for n in range(1, len(TABLE_COLUMNS))]
            con.execute(_ALL_ITEMS, [sorted(written), paths, *items])
        if also is not None:
            also(con)


def _upserted(con: Any, upsert: str, parameters: list[Any]) -> set[str]:
    """Run the upsert of plans rows; the ids of the plans written (the others were held), the
    items of those an older parser wrote deleted."""
    upserted = con.execute(upsert, parameters).fetchall()
    replaced = [str(plan_id) for plan_id, new in upserted if not new]
    if replaced:  # an older parser's copies: their items go
        for table in ITEM_TABLES:
            con.execute(f"DELETE FROM {table} WHERE plan_id = ANY($1)", [replaced])
    return {str(plan_id) for plan_id, _ in upserted}


def _tables_json(plan: StagedPlan) -> tuple[str, ...]:
    """The plan's rows as JSON, one array a table in `TABLE_COLUMNS`' order."""
    from plan_extract.store.staging import rows_json, unpack

    if plan.tables_json:
        return plan.tables_json
    tables = unpack([plan.plan_id], [plan.record])
    return tuple(rows_json(table, iter_rows(tables[table])) for table in TABLE_COLUMNS)


def _joined(arrays: Iterable[str]) -> str:
    """JSON arrays as one."""
    return "[" + ",".join(array[1:-1] for array in arrays if array != "[]") + "]"


_DELETE_FAILURES = "DELETE FROM failures WHERE plan_id = ANY($1) OR path = ANY($2)"


def _all_items() -> str:
    """`_DELETE_FAILURES` with an insert of each item table's rows beside it (data-modifying
    CTEs: one statement), parameter 3 + n holding the n-th table's rows as one JSON array of
    objects (`staging.rows_json`). JSON's values reach each column through its type's input
    (numbers and strings as written, arrays as arrays), so they are stored as COPY stores
    them."""
    inserts = []
    for n, table in enumerate(ITEM_TABLES, start=3):
        names = ", ".join(f'"{column}"' for column, _ in TABLE_COLUMNS[table])
        inserts.append(
            f"{table}_rows AS (INSERT INTO {table} ({names}) "
            f"SELECT {names} FROM json_populate_recordset(NULL::{table}, ${n}::json))"
        )
    return f"WITH {', '.join(inserts)} {_DELETE_FAILURES}"


_ALL_ITEMS = _all_items()


def _copy(con: Any, table: str, rows: Any) -> None:
    """Rows of one table, by binary COPY (one statement, however many rows)."""
    columns = TABLE_COLUMNS[table]
    names = ", ".join(f'"{column}"' for column, _ in columns)
    with con.cursor().copy(f"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types([_COPY_TYPES[kind.split(" ")[0]] for _, kind in columns])
        for row in iter_rows(rows):
            copy.write_row(row)


# The store's column types (schema.TABLE_COLUMNS) as PostgreSQL names them, for binary COPY.
_COPY_TYPES = {
    "VARCHAR": "varchar",
    "INTEGER": "int4",
    "DOUBLE": "float8",
    "BOOLEAN": "bool",
    "DATE": "date",
    "VARCHAR[]": "varchar[]",
    "INTEGER[]": "int4[]",
}


def _lock_upgrades(con: Any) -> None:
    con.execute("SELECT pg_advisory_xact_lock($1)", [_UPGRADE_LOCK])
