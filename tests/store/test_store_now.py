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

from plan_extract.store import duck, open_store
from plan_extract.store.rows import parse_to_rows
from plan_extract.store.schema import PLAN_TABLES
from plan_extract.store.staging import StagedPlan, pack


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
