"""`store_now`: a plan in the tables at once with one more statement in the same transaction (the
web page's job state), on both backends; and a shared DuckDB store holding the file for writing
from one write to the next, then giving it back to readers of other processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from plan_extract.store import StoreError, duck, open_store
from plan_extract.store.rows import PlanRows, parse_to_rows
from plan_extract.store.schema import PLAN_TABLES, TABLE_COLUMNS
from plan_extract.store.staging import StagedPlan, pack, pack_json


@pytest.fixture(name="staged", scope="module")
def staged_fixture(root: Path) -> list[StagedPlan]:
    paths = sorted((root / "corpus/plans/seeds").glob("*.txt"))[:3]
    return [pack(parse_to_rows(path.read_bytes(), path.name)) for path in paths]


def test_a_plan_and_its_statement_are_stored_together_or_not_at_all(
    staged: list[StagedPlan], store_db: str
) -> None:
    first, second = staged[:2]
    retitle = "UPDATE plans SET title = 'from also' WHERE plan_id = $1"
    with open_store(store_db) as store:
        store.store_now([first], lambda con: con.execute(retitle, [first.plan_id]))
        assert store.query("SELECT plan_id, title FROM plans").rows == [
            (first.plan_id, "from also")
        ]

        def refuse(con: Any) -> None:
            con.execute(retitle, [second.plan_id])  # the plan is in the tables by now
            raise RuntimeError("the job's statement failed")

        with pytest.raises(RuntimeError):
            store.store_now([second], refuse)
        assert store.count_plans() == 1
        lines = store.query("SELECT count(*) FROM lines WHERE plan_id = $1", [second.plan_id])
        assert lines.rows == [(0,)]


def test_a_statement_the_database_refuses_stores_nothing_and_the_next_write_is_stored(
    staged: list[StagedPlan], store_db: str
) -> None:
    """The transaction is rolled back on the connection it ran on, which the store takes again
    for its next write: that write stores its plans as before."""
    first, second = staged[:2]
    with open_store(store_db) as store:
        with pytest.raises((StoreError, store.sql_errors())):  # PostgreSQL's, in one line
            store.store_now([first], lambda con: con.execute("SELECT CAST($1 AS INTEGER)", ["x"]))
        assert store.count_plans() == 0
        lines = store.query("SELECT count(*) FROM lines WHERE plan_id = $1", [first.plan_id])
        assert lines.rows == [(0,)]
        store.store_now([first, second])
        assert store.count_plans() == 2


READ_ONCE = """
import sys, duckdb
try:
    duckdb.connect(sys.argv[1], read_only=True).close()
except duckdb.IOException:
    print("held")
else:
    print("read")
"""


def _read_from_another_process(db: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", READ_ONCE, str(db)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_a_shared_duckdb_store_writes_through_one_connection_then_gives_the_file_back(
    staged: list[StagedPlan],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    duckdb_opens: list[bool],
) -> None:
    db = tmp_path / "plans.duckdb"
    open_store(db).close()
    monkeypatch.setattr(duck, "WRITE_HOLD_SECONDS", 5.0)
    opened = duckdb_opens
    opened.clear()  # the connections from now on: the store's, kept open
    store = open_store(db, keep_open=False)
    try:
        assert opened == [False, True]  # upgraded, then read-only: readers get in
        assert _read_from_another_process(db) == "read"
        for count, plan in enumerate(staged, 1):
            store.store_now([plan])
            assert store.count_plans() == count  # read through the same connection
        assert opened == [False, True, False]  # one connection for writing, for every plan
        threads = store.query("SELECT current_setting('threads')").rows
        assert threads == [(duck.SHARED_WRITE_THREADS,)]  # its workers take the cores
        assert _read_from_another_process(db) == "held"

        deadline = time.monotonic() + 60
        while _read_from_another_process(db) == "held":  # released once no write came for 5 s
            assert time.monotonic() < deadline
        assert opened == [False, True, False, True]  # read-only again at once, not on a read
        assert _read_from_another_process(db) == "read"
        assert store.count_plans() == len(staged)
        assert opened == [False, True, False, True]
    finally:
        store.close()


COUNT_PLANS = """
import sys, duckdb
try:
    con = duckdb.connect(sys.argv[1], read_only=True)
except duckdb.IOException:
    print("held")
else:
    print(con.execute("SELECT count(*) FROM plans").fetchone()[0])
"""


def test_a_shared_duckdb_store_takes_its_file_again_without_a_new_database(
    staged: list[StagedPlan], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each time the server gives the file back and takes it again (its first upload after
    start, or after an idle second), the file is attached to the one in-memory database the
    store made (a new DuckDB database loads its extensions: ~20 ms of CPU each time); between
    writes another process reads every plan written; a write that failed leaves the next one
    to store as before."""
    import duckdb

    db = tmp_path / "plans.duckdb"
    open_store(db).close()
    monkeypatch.setattr(duck, "WRITE_HOLD_SECONDS", 0.05)
    made: list[str] = []
    connect = duckdb.connect

    def counting_connect(database: str, *args: Any, **kwargs: Any) -> Any:
        made.append(database)
        return connect(database, *args, **kwargs)

    monkeypatch.setattr(duckdb, "connect", counting_connect)

    def read_elsewhere() -> str:
        done = subprocess.run(
            [sys.executable, "-c", COUNT_PLANS, str(db)], capture_output=True, text=True
        )
        return done.stdout.strip()

    store = open_store(db, keep_open=False)
    try:
        first, second, third = staged
        for count, plan in enumerate((first, second), 1):
            store.store_now([plan])
            deadline = time.monotonic() + 60
            while (seen := read_elsewhere()) == "held":  # given back once no write came
                assert time.monotonic() < deadline
            assert seen == str(count)
            assert store.count_plans() == count
        with pytest.raises((StoreError, duckdb.Error)):
            store.store_now([third], lambda con: con.execute("SELECT CAST($1 AS INTEGER)", ["x"]))
        store.store_now([third])
        assert store.count_plans() == 3
    finally:
        store.close()
    assert read_elsewhere() == "3"
    assert made == [":memory:"]  # one database for every open of the file


def _plan_rows(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(store.query(f"SELECT * FROM {table}").rows, key=repr) for table in PLAN_TABLES
    }


def test_store_now_writes_the_rows_the_staged_path_writes(
    staged: list[StagedPlan], tmp_path: Path
) -> None:
    """The server's direct write (no `staged_plans` round trip) leaves the same rows as an
    ingest's staged records moved in a batch; plans staged before it are moved in with it."""
    first, second, third = staged
    with open_store(tmp_path / "staged.duckdb") as batch:  # held open: plans are staged
        for plan in staged:
            batch.stage(plan)
        batch.flush()
        expected = _plan_rows(batch)
    with open_store(tmp_path / "direct.duckdb") as direct:
        direct.stage(first)
        assert direct.pending == 1  # staged, not yet in the tables
        direct.store_now([second])
        direct.store_now([third])
        assert direct.query("SELECT count(*) FROM staged_plans").rows == [(0,)]
        assert _plan_rows(direct) == expected


def test_store_now_replaces_an_older_copy_and_its_failure(
    staged: list[StagedPlan], store_db: str
) -> None:
    plan = staged[0]
    with open_store(store_db) as store:
        store.store_now([plan])
        stored = _plan_rows(store)
        older = "UPDATE plans SET parser_version = '0.0.1' WHERE plan_id = $1"
        store.write(lambda con: con.execute(older, [plan.plan_id]))  # as an older parser's
        store.record_failure(plan.path, None, "unreadable before")
        store.record_failure("other.txt", plan.plan_id, "the same bytes, failed before")
        store.store_now([plan])
        assert _plan_rows(store) == stored
        assert store.failures() == []


def _filed_plans(store: Any) -> list[tuple[Any, ...]]:
    return store.query("SELECT plan_id FROM plans JOIN document_files USING (plan_id)").rows


def _on_disk(store: Any, sql: str) -> Any:
    """What is committed, read past the store's move (which its reads make first): what a
    crash would leave."""
    return store._writing(lambda con: con.execute(sql).fetchall())


_STAGED_AND_STORED = "SELECT (SELECT count(*) FROM staged_plans), (SELECT count(*) FROM plans)"


def test_a_shared_duckdb_store_commits_a_plan_as_its_record_then_moves_it(
    staged: list[StagedPlan], tmp_path: Path
) -> None:
    """The server's commit (`store_filed`): the records and the job's statement, one
    transaction; the next read moves them first, leaving the rows `store_now` leaves, filed
    under their documents."""
    first, second = staged[:2]
    with open_store(tmp_path / "direct.duckdb") as direct:
        direct.store_now([first, second])
        expected = _plan_rows(direct)
    store = open_store(tmp_path / "shared.duckdb", keep_open=False)
    try:
        retitle = "UPDATE store_meta SET value = 'job' WHERE key = $1"
        store.write(lambda con: con.execute("INSERT INTO store_meta VALUES ('job', 'queued')"))
        store.store_filed([first, second], lambda con: con.execute(retitle, ["job"]))
        assert _on_disk(store, _STAGED_AND_STORED) == [(2, 0)]
        assert _on_disk(store, "SELECT value FROM store_meta WHERE key = 'job'") == [("job",)]
        assert _plan_rows(store) == expected
        assert sorted(_filed_plans(store)) == sorted([(first.plan_id,), (second.plan_id,)])
        assert _on_disk(store, _STAGED_AND_STORED) == [(0, 2)]
    finally:
        store.close()


def test_a_write_moves_what_is_committed_first(staged: list[StagedPlan], tmp_path: Path) -> None:
    """A write after `store_filed` (here a failure recorded for the same file) comes after its
    move, as it came after the commit."""
    plan = staged[0]
    store = open_store(tmp_path / "plans.duckdb", keep_open=False)
    try:
        store.store_filed([plan])
        store.record_failure(plan.path, plan.plan_id, "later")
        assert _on_disk(store, _STAGED_AND_STORED) == [(0, 1)]
        assert [f.reason for f in store.failures()] == ["later"]
    finally:
        store.close()


def _refuse(*_: Any, **__: Any) -> None:
    raise RuntimeError("stopped here")


@pytest.mark.parametrize("reopened_as", [{"read_only": True}, {"keep_open": False}])
@pytest.mark.parametrize("step", ["in its commit", "before its move", "in its move"])
def test_a_plan_committed_as_its_record_survives_a_crash_at_every_step(
    staged: list[StagedPlan],
    tmp_path: Path,
    step: str,
    reopened_as: dict[str, bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stopped in the commit: nothing of it stored; after the commit (before or in the move):
    the store opened next (a reader, or the server again) holds it in the tables, filed under
    its document."""
    plan = staged[0]
    db = tmp_path / "plans.duckdb"
    store = open_store(db, keep_open=False)
    try:
        if step == "in its commit":
            with pytest.raises(RuntimeError):
                store.store_filed([plan], _refuse)
        else:
            store.store_filed([plan])
        if step == "in its move":
            monkeypatch.setattr(duck, "file_stored", _refuse)
            with pytest.raises(RuntimeError):
                store.flush()
            with pytest.raises(RuntimeError):  # a read cannot go without it
                store.count_plans()
            assert _on_disk(store, _STAGED_AND_STORED) == [(1, 0)]  # rolled back
            monkeypatch.undo()
    finally:
        store.close()  # as a crash: the plan is not moved by anything of this process
    with open_store(db, **reopened_as) as reopened:
        committed = step != "in its commit"
        assert reopened.unfinished() == 0
        assert _filed_plans(reopened) == ([(plan.plan_id,)] if committed else [])


# Values JSON must escape or cannot hold: on PostgreSQL an upload's item rows go as JSON
# (postgres.py's `_insert_items`), an ingest's by binary COPY.
_TEXTS = ['say "cấp xã"', "back\\slash", "two\nlines\ttab", "'quoted'", "🙂", ""]
_FLOATS = [float("nan"), float("inf"), float("-inf"), 0.1 + 0.2, 5e-324, -0.0]
_LISTS: list[list[str | None] | None] = [['a"b', None, "c\\d"], [], None, ["{x,y}", "NULL"]]


def _awkward(rows: PlanRows) -> PlanRows:
    """The plan with its targets' texts and values, and its units' mentions, made awkward."""
    tables = dict(rows.tables)
    tables["targets"] = [
        _with(row, "targets", text=text, value=value, also_at=[1, None] if n % 2 else [])
        for n, (row, text, value) in enumerate(
            zip(rows.tables["targets"], _TEXTS, _FLOATS, strict=False)
        )
    ]
    tables["units"] = [
        _with(row, "units", mentions=mentions)
        for row, mentions in zip(rows.tables["units"], _LISTS, strict=False)
    ]
    return PlanRows(rows.plan_id, rows.path, tables)


def _with(row: tuple[Any, ...], table: str, **values: Any) -> tuple[Any, ...]:
    names = [name for name, _ in TABLE_COLUMNS[table]]
    return tuple(values.get(name, value) for name, value in zip(names, row, strict=True))


def test_postgresql_stores_an_upload_as_an_ingest_stores_it(root: Path, postgres: Any) -> None:
    path = root / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"  # 6 targets, 8 units
    rows = _awkward(parse_to_rows(path.read_bytes(), path.name))
    assert len(rows.tables["targets"]) >= len(_FLOATS)
    assert len(rows.tables["units"]) >= len(_LISTS)
    plan = pack(rows)
    with open_store(postgres.new_database()) as ingest:
        ingest.stage(plan)
        ingest.flush()  # by COPY
        by_copy = _plan_rows(ingest)
    # as an Arrow record (converted to JSON by the server's process), and as the web page's
    # workers pack it for PostgreSQL (JSON)
    for uploaded in (plan, pack_json(rows)):
        with open_store(postgres.new_database()) as upload:
            upload.store_now([uploaded])  # one statement, JSON
            by_statement = _plan_rows(upload)
            for table in ("plans", "targets", "units"):
                names = ", ".join(f'"{name}"' for name, _ in TABLE_COLUMNS[table])
                stored = upload.query(f"SELECT {names} FROM {table} ORDER BY 2").rows
                given = sorted(rows.tables[table], key=lambda row: str(row[1]))
                assert repr(stored) == repr(given)  # repr: NaN is NaN, -0.0 is not 0.0
        assert repr(by_statement) == repr(by_copy)


def test_postgresql_sends_an_uploads_statements_in_one_pipeline(
    staged: list[StagedPlan], postgres: Any
) -> None:
    """An upload's write (the plan, its filing, the job's statement, the COMMIT) is sent as one
    pipeline: the server is waited on only where a result is read, not once per statement."""
    from psycopg import pq

    modes: list[pq.PipelineStatus] = []
    with open_store(postgres.new_database()) as store:
        store.store_filed([staged[0]], lambda con: modes.append(con.pgconn.pipeline_status))
        assert modes == [pq.PipelineStatus.ON]
        assert store.count_plans() == 1
        filed = store.query("SELECT plan_id FROM document_files").rows
        assert filed == [(staged[0].plan_id,)]
