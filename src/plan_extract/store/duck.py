"""The store in one embedded DuckDB file (the default: a laptop, `make run`, CI).

DuckDB lets one process write a file, and only while no other process has it open; any number
of processes may read it together. So:

- a command that writes (`ingest`) holds the file for its whole run (`keep_open`); a second
  writer, or a reader arriving meanwhile, waits up to `BUSY_SECONDS` and then gets a one-line
  error naming the process that holds it;
- the server opens it shared (`keep_open=False`): it reads through a read-only connection,
  which other readers (`query`, `export`, a researcher's DuckDB) share with it, and opens the
  file for writing only while it writes: from a write until `WRITE_HOLD_SECONDS` pass without
  another (an upload writes its job, then its plan and the job's state a moment later; opening
  the file costs more than the writes), reading through that connection meanwhile, then
  through a read-only one again, opened as it gives the file back; a reader from elsewhere
  waits that moment out, a writer from elsewhere (`ingest`) gets the one-line error: stop the
  server first, or use PostgreSQL; these opens attach the file to an in-memory database of the
  store's own, made once (`_host`), and detach it to give the file back: a new DuckDB database
  loads its built-in extensions first (~20 ms of CPU, most of what an open cost, on every
  first upload after start or after an idle second), attaching a file reads its catalog only
  (~3 ms); detaching writes the file whole (a checkpoint) and lets go of it as closing did;
- the server commits an upload's plan as its packed record, with its job's state
  (`store_filed`: two statements and a small commit, where the nine tables' rows and their
  commit cost several times more), and moves it into the tables, filed, right after its job is
  told (`flush`); any read or write of the store before that makes the move first, and a store
  opened after a crash between the two makes it then;
- files are written in DuckDB's storage format of version 1.2 (`STORAGE_VERSION`), so every
  DuckDB client from 1.2 on opens them.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan_extract.core.errors import InputError
from plan_extract.core.version import __version__
from plan_extract.store.db import Committed, Store, T, file_stored, now
from plan_extract.store.faults import store_fault
from plan_extract.store.filing import file_documents
from plan_extract.store.migrations import StoreError, schema_status, transaction, upgrade
from plan_extract.store.schema import PLAN_TABLES

if TYPE_CHECKING:
    from plan_extract.store.staging import StagedPlan

STORAGE_VERSION = "v1.2.0"
# Staged plans are moved into the tables this many at a time (the cost of a move is mostly per
# statement, so larger batches cost less per plan; the staged plans are safe meanwhile).
MOVE_EVERY = 64
BUSY_SECONDS = 5.0
WRITE_HOLD_SECONDS = 1.0  # well within BUSY_SECONDS: readers from elsewhere wait it out
# DuckDB's threads on the server's connection for writing (shared mode): its writes are small
# (an upload's job, a plan's rows), and its parse workers take the cores; handing each
# statement's work to a second thread cost more CPU than it saved (an upload's commit: ~10%
# less CPU with one thread, as `ingest` sets while it parses).
SHARED_WRITE_THREADS = 1
# The name the shared mode attaches the file under, in its in-memory database (`_host`).
_ATTACHED = "plan_store"
_HELD_BY = re.compile(r"\(PID (\d+)\)")


def _insert_staged(con: Any, plan: StagedPlan) -> None:
    con.execute(
        "INSERT INTO staged_plans VALUES ($1, $2, $3)", [plan.plan_id, plan.path, plan.record]
    )


def _insert_plans(con: Any, plans: Sequence[StagedPlan], held: bool, failed: bool) -> None:
    """The plans' rows into the tables (one statement a table for all of them), replacing an
    older copy of each (same sha256, another parser version) and the failure recorded for its
    id or its path; `held` and `failed`: whether there may be either (False when the probe
    found none: statements fewer)."""
    from plan_extract.store.staging import unpack

    ids = [plan.plan_id for plan in plans]
    marks = _marks(len(ids))
    if held:
        sql = f"SELECT plan_id FROM plans WHERE plan_id IN ({marks})"
        older = [row[0] for row in con.execute(sql, ids).fetchall()]
        if older:
            for table in PLAN_TABLES:
                con.execute(f"DELETE FROM {table} WHERE plan_id IN ({_marks(len(older))})", older)
    if failed:
        paths = f"({_marks(len(plans), len(ids))})"
        con.execute(
            f"DELETE FROM failures WHERE plan_id IN ({marks}) OR path IN {paths}",
            [*ids, *(plan.path for plan in plans)],
        )
    _insert_rows(con, unpack(ids, [plan.record for plan in plans]))


def _probe(count: int) -> str:
    """Whether anything is staged, any of `count` plans held (another parser version's copy)
    or a failure recorded for one: one statement, where each asked apart costs one (a
    millisecond) for an answer that is nearly always no. Parameters: the ids, then the paths."""
    ids, paths = _marks(count), _marks(count, count)
    return (
        "SELECT EXISTS (SELECT 1 FROM staged_plans), "
        f"EXISTS (SELECT 1 FROM plans WHERE plan_id IN ({ids})), "
        f"EXISTS (SELECT 1 FROM failures WHERE plan_id IN ({ids}) OR path IN ({paths}))"
    )


def _marks(count: int, after: int = 0) -> str:
    return ", ".join(f"${n}" for n in range(after + 1, after + count + 1))


def _insert_rows(con: Any, tables: dict[str, Any]) -> None:
    """Each store table's Arrow rows into it. The statement reads the Arrow table by its
    Python name (`rows`, DuckDB's replacement scan): a third quicker than `from_arrow(...)
    .insert_into`, which first builds a relation."""
    for table, rows in tables.items():
        if rows.num_rows:
            con.execute(f"INSERT INTO {table} SELECT * FROM rows")


class DuckDBStore(Store):
    backend = "duckdb"
    one_writer = True

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        keep_open: bool = True,
        busy_seconds: float = BUSY_SECONDS,
        check_schema: bool = True,
    ) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self.read_only = read_only
        self.keep_open = keep_open
        self.busy_seconds = busy_seconds
        self.pending = 0
        self._lock = threading.RLock()
        self._con: Any = None
        self._host: Any = None  # shared mode: the in-memory database the file is attached to
        self._host_threads = 0  # its default number of threads (reads use them all)
        self._con_writes = False  # `_con` is open for writing (shared mode: until released)
        self._hold_until = 0.0
        self._release_timer: threading.Timer | None = None
        # committed by `store_filed` as their records, not yet in the tables (`flush`)
        self._unmoved: list[StagedPlan] = []
        if read_only and not self.path.exists():
            raise InputError(f"{self.path}: no such store (create it with `plan-extract ingest`)")
        if read_only:
            self._con = self._connect(read_only=True) if keep_open else None
            if check_schema:
                self._refuse_outdated()
            return
        self._con = self._connect(read_only=False)
        try:
            with self._faults():
                status = upgrade(self._con)
                self.upgraded_from = None if status.current else status
                self._recover_staged(self._con)
        except BaseException:
            self.close()
            raise
        if not keep_open:
            self._let_go()  # and read from now on, sharing the file with other readers
            self._con = self._connect(read_only=True)

    def close(self) -> None:
        with self._lock:
            self._let_go()
            if self._host is not None:
                self._host.close()
                self._host = None

    def _let_go(self) -> None:
        """Give the file back: its connection closed, or (shared mode) the file detached from
        the host, which stays for the next open. A host that cannot detach it (a failed
        write left it in doubt) is closed, which lets go of the file too; the next open makes
        a new one."""
        with self._lock:
            if self._release_timer is not None:
                self._release_timer.cancel()
                self._release_timer = None
            con, self._con = self._con, None
            self._con_writes = False
            if con is None:
                return
            if con is not self._host:
                con.close()
                return
            import duckdb

            try:
                con.execute("USE memory")
                con.execute(f"DETACH {_ATTACHED}")
            except duckdb.Error:
                self._host = None
                con.close()

    # --- connections -----------------------------------------------------------------------

    def read(self, operation: Callable[[Any], T]) -> T:
        with self._lock:
            self._move_unmoved()
            if self._con is None:
                self._con = self._connect(read_only=True)
            return operation(self._con)

    def write(self, operation: Callable[[Any], T]) -> T:
        return self._write(operation)

    def _write(self, operation: Callable[[Any], T]) -> T:
        with self._lock:
            self._move_unmoved()
            return self._writing(operation)

    def _writing(self, operation: Callable[[Any], T]) -> T:
        with self._lock:
            if self.read_only:
                raise StoreError(f"{self.location}: the store was opened read-only")
            if self.keep_open:
                with self._faults():
                    return operation(self._con)
            if not self._con_writes:
                self._let_go()  # one process cannot hold the file read-only and for writing at once
                self._con = self._connect(read_only=False)
                self._con_writes = True
            self._hold_until = time.monotonic() + WRITE_HOLD_SECONDS
            if self._release_timer is None:
                self._release_later(WRITE_HOLD_SECONDS)
            try:
                with self._faults():
                    return operation(self._con)
            except BaseException:
                self._let_go()  # a write that failed leaves no connection in doubt behind
                raise

    def _release_later(self, seconds: float) -> None:
        self._release_timer = threading.Timer(seconds, self._release)
        self._release_timer.daemon = True
        self._release_timer.start()

    def _release(self) -> None:
        """Shared mode: give the file back to other processes once no write came for
        `WRITE_HOLD_SECONDS`, and open it read-only again at once (readers of other processes
        share it), so that the next read, often an upload's first question, does not wait for
        it (when another process took the file meanwhile, the next read waits for it)."""
        with self._lock:
            self._release_timer = None
            if not self._con_writes:
                return
            left = self._hold_until - time.monotonic()
            if left > 0:
                self._release_later(left)
                return
            self._let_go()
            with contextlib.suppress(StoreError):
                self._con = self._connect(read_only=True, busy_seconds=0)

    @contextlib.contextmanager
    def _faults(self) -> Iterator[None]:
        """DuckDB's errors on writing (a read-only file, a full disk), as one line each."""
        import duckdb

        try:
            yield
        except duckdb.Error as exc:
            raise store_fault(self.location, exc) from exc

    def _connect(self, read_only: bool, busy_seconds: float | None = None) -> Any:
        """A connection, waiting up to `busy_seconds` (the store's when None) while another
        process holds the file."""
        import duckdb

        deadline = time.monotonic() + (self.busy_seconds if busy_seconds is None else busy_seconds)
        while True:
            try:
                return self._open(read_only)
            except duckdb.IOException as exc:
                held = _HELD_BY.search(str(exc))
                if held is None:
                    raise store_fault(self.location, exc, "cannot open the store") from exc
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.path}: the store is in use by another process (PID {held[1]}); "
                        "DuckDB lets a process write only while no other has the file open: "
                        "wait for it, or use a PostgreSQL store for concurrent work"
                    ) from exc
                time.sleep(0.05)
            except duckdb.Error as exc:
                raise store_fault(self.location, exc, "cannot open the store") from exc

    def _open(self, read_only: bool) -> Any:
        """The file opened: a connection of its own (held open), or (shared mode) attached to
        the host and made its default database, the host's threads one for writing (its
        writes are small and the parse workers take the cores), all of them for reading."""
        import duckdb

        if self.keep_open:
            config: dict[str, str | bool | int | float | list[str]] = {
                "storage_compatibility_version": STORAGE_VERSION
            }
            return duckdb.connect(str(self.path), read_only=read_only, config=config)
        if self._host is None:
            self._host = duckdb.connect(":memory:")
            [(threads,)] = self._host.execute("SELECT current_setting('threads')").fetchall()
            self._host_threads = int(threads)
        threads = self._host_threads if read_only else SHARED_WRITE_THREADS
        options = "READ_ONLY" if read_only else f"STORAGE_VERSION '{STORAGE_VERSION}'"
        location = str(self.path).replace("'", "''")
        self._host.execute(f"SET threads = {threads}")
        self._host.execute(f"ATTACH '{location}' AS {_ATTACHED} ({options})")
        self._host.execute(f"USE {_ATTACHED}")
        return self._host

    def _refuse_outdated(self) -> None:
        """A reader cannot upgrade: an outdated store is upgraded by a writer first, when none
        holds it; else the reader is told how."""
        status = self.read(schema_status)
        unfinished = status.version and not status.pending and self.unfinished()
        if status.current and not unfinished:
            return
        if status.version <= status.latest:
            self._let_go()
            with contextlib.suppress(StoreError):  # somebody writes: read what the tables hold
                DuckDBStore(self.path, busy_seconds=0).close()  # upgrades, moves staged plans in
            status = self.read(schema_status)
        if status.pending or status.version > status.latest:
            raise StoreError(f"{self.path}: the store is at {status.describe()}")

    # --- writing ---------------------------------------------------------------------------

    def stage(self, plan: StagedPlan) -> list[Committed]:
        """Commit the plan at once as one staged record (a single statement); staged plans are
        moved into the tables `MOVE_EVERY` at a time (shared: at once, the file being open for
        writing a moment only)."""
        if not self.keep_open:
            self.store_now([plan])
            return [Committed(plan.plan_id, stored=True)]
        self._write(lambda con: _insert_staged(con, plan))
        self.pending += 1
        if self.pending >= MOVE_EVERY:
            self.flush()
        return [Committed(plan.plan_id, stored=True)]

    def store_now(
        self, plans: Sequence[StagedPlan], also: Callable[[Any], object] | None = None
    ) -> None:
        """The plans' rows go straight into the tables, not through `staged_plans`: their
        records are committed with their rows in this one transaction anyway, so the round trip
        (insert, read back, delete) is only time an upload waits for."""
        plans = list({plan.plan_id: plan for plan in plans}.values())  # each once

        def store(con: Any) -> None:
            with transaction(con):
                if plans:
                    values = [*(plan.plan_id for plan in plans), *(plan.path for plan in plans)]
                    staged, held, failed = con.execute(_probe(len(plans)), values).fetchone()
                    if staged:
                        self._move_staged_rows(con)  # what was handed over before them
                    _insert_plans(con, plans, held or staged, failed or staged)
                if also is not None:
                    also(con)

        self._write(store)
        self.pending = 0

    def store_filed(
        self, plans: Sequence[StagedPlan], also: Callable[[Any], object] | None = None
    ) -> None:
        """Shared (the server): the plans' records and `also`, one transaction (two statements
        and a commit a quarter of the rows': an upload waits for these only); their rows and
        their filing follow (`flush`), before anything else reads or writes this store."""
        if self.keep_open:
            super().store_filed(plans, also)
            return

        def commit(con: Any) -> None:
            with transaction(con):
                for plan in plans:
                    _insert_staged(con, plan)
                if also is not None:
                    also(con)

        with self._lock:
            self._write(commit)
            self._unmoved += plans

    def flush(self) -> list[Committed]:
        """Move every staged plan into the tables, in one transaction: for each plan all its
        rows, replacing an older copy of it (same sha256) and its recorded failure, or none
        (those `store_filed` committed: filed too)."""
        with self._lock:
            self._move_unmoved()
            if self.keep_open or self.pending:
                self._write(self._move_staged)
        self.pending = 0
        return []

    def holds_back(self) -> bool:
        return bool(self._unmoved) or super().holds_back()

    def _move_unmoved(self) -> None:
        """What `store_filed` committed, into the tables and filed, in one transaction; a move
        that fails is tried again by the next read or write (which fail with it meanwhile: a
        read without it would not find a plan its job says is stored). Callers hold the lock."""
        if not self._unmoved:
            return
        plans = self._unmoved

        def move(con: Any) -> None:
            with transaction(con):
                self._move_staged_rows(con)
                file_stored(con, plans, exclusive=True)

        self._writing(move)
        self._unmoved = []

    def _move_staged(self, con: Any) -> None:
        with transaction(con):
            self._move_staged_rows(con)

    def _recover_staged(self, con: Any) -> None:
        """What an interrupted ingest, or a server stopped between an upload's commit and its
        move, left staged: into the tables, filed under their documents (an ingest files its
        plans as it ends, the server as it moves them)."""
        with transaction(con):
            if self._move_staged_rows(con):
                file_documents(con, now(), exclusive=True)

    def _move_staged_rows(self, con: Any) -> bool:
        """Whether any was staged."""
        from plan_extract.store.staging import unpack

        staged = con.execute(
            "SELECT DISTINCT ON (plan_id) plan_id, record FROM staged_plans ORDER BY plan_id"
        ).fetchall()
        if not staged:
            return False
        ids = "(SELECT plan_id FROM staged_plans)"
        held = con.execute(f"SELECT 1 FROM plans WHERE plan_id IN {ids} LIMIT 1").fetchall()
        if held:  # an older copy (another parser version): its rows go (a statement a table)
            for table in PLAN_TABLES:
                con.execute(f"DELETE FROM {table} WHERE plan_id IN {ids}")
        con.execute(
            f"DELETE FROM failures WHERE plan_id IN {ids} "
            "OR path IN (SELECT path FROM staged_plans)"
        )
        _insert_rows(con, unpack([row[0] for row in staged], [row[1] for row in staged]))
        con.execute("DELETE FROM staged_plans")
        return True

    def record_failure(self, path: str, plan_id: str | None, reason: str) -> None:
        def record(con: Any) -> None:
            with transaction(con):
                con.execute("DELETE FROM failures WHERE path = $1", [path])
                con.execute(
                    "INSERT INTO failures VALUES ($1, $2, $3, $4, $5)",
                    [path, plan_id, reason, __version__, now()],
                )

        self._write(record)

    def unfinished(self) -> int:
        row = self.read(lambda con: con.execute("SELECT count(*) FROM staged_plans").fetchone())
        return int(row[0])

    def set_threads(self, threads: int) -> None:
        """DuckDB's worker threads: one while ingesting leaves the cores to the parsers."""
        if self.keep_open and not self.read_only:
            self._con.execute(f"SET threads = {int(threads)}")

    # --- types -----------------------------------------------------------------------------

    def type_name(self, column: Any) -> str:
        return str(column[1])

    def sql_errors(self) -> type[Exception]:
        import duckdb

        error: type[Exception] = duckdb.Error
        return error

    def storage_version(self) -> str:
        """The DuckDB storage version the file is written in (`v1.2.0+`: clients 1.2 and up)."""
        row = self.read(
            lambda con: con.execute(
                "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()"
            ).fetchone()
        )
        return str(row[0].get("storage_version", "unknown")) if row else "unknown"
