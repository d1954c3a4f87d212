"""The uploads' write path: writes arriving together commit once (group commit), one alone at
once; parsed plans finished together are stored in one transaction; filing looks up only the
files just stored; and what an upload reports stored survives the server's crash."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from benchmarks.live_server import running_server
from fastapi.testclient import TestClient

from plan_extract.core.version import __version__
from plan_extract.store import open_store
from plan_extract.store.db import now
from plan_extract.store.documents import file_new
from plan_extract.store.filing import file_documents
from plan_extract.store.migrations import transaction
from plan_extract.store.pool import Failed, Parsed
from plan_extract.store.staging import StagedPlan, parse_to_staged
from plan_extract.web import create_app
from plan_extract.web import jobs as jobs_module
from plan_extract.web.backend import Backend
from plan_extract.web.group_commit import GroupCommit, Statement, Write
from plan_extract.web.jobs import Jobs
from plan_extract.web.uploads import Candidate
from web_live import finished_jobs, with_csrf


def _staged(seeds: list[Path], count: int) -> list[StagedPlan]:
    return [parse_to_staged(path.read_bytes(), path.name) for path in seeds[:count]]


def test_a_write_alone_commits_at_once() -> None:
    committed: list[list[Statement]] = []
    group = GroupCommit(lambda plans, statements: committed.append(statements))
    assert group.write([Write(statements=[("one", [])])]) == [None]
    assert committed == [[("one", [])]] and group.commits == 1


def test_writes_arriving_while_a_commit_runs_commit_together() -> None:
    """The first write commits alone; the four that arrive while its commit waits for the
    disk are committed by one more transaction, not four."""
    entered, release = threading.Event(), threading.Event()
    committed: list[list[str]] = []

    def commit(plans: list[StagedPlan], statements: list[Statement]) -> None:
        entered.set()
        release.wait(10)
        committed.append([sql for sql, _ in statements])

    group = GroupCommit(commit)
    errors: dict[str, Any] = {}

    def write(name: str) -> None:
        errors[name] = group.write([Write(statements=[(name, [])])])

    first = threading.Thread(target=write, args=("first",))
    first.start()
    assert entered.wait(10)
    others = [threading.Thread(target=write, args=(f"w{n}",)) for n in range(4)]
    for thread in others:
        thread.start()
    while len(group._waiting) < 4:  # all four queued behind the running commit
        threading.Event().wait(0.01)
    release.set()
    for thread in [first, *others]:
        thread.join(10)
    assert group.commits == 2
    assert committed[0] == ["first"] and sorted(committed[1]) == ["w0", "w1", "w2", "w3"]
    assert all(error == [None] for error in errors.values())


def test_a_write_the_store_refuses_fails_alone() -> None:
    def commit(plans: list[StagedPlan], statements: list[Statement]) -> None:
        if any(sql == "bad" for sql, _ in statements):
            raise RuntimeError("refused")

    group = GroupCommit(commit)
    good, bad, other = (Write(statements=[(sql, [])]) for sql in ("good", "bad", "other"))
    errors = group.write([good, bad, other])
    assert [type(error) for error in errors] == [type(None), RuntimeError, type(None)]
    assert group.commits == 4  # together, then each alone


def test_plans_finished_together_are_stored_in_one_commit(store_db: str, seeds: list[Path]) -> None:
    """Two parsed plans and a failed file, finished in one round of the workers: one
    transaction stores both plans, files them under their documents and settles the three
    jobs."""
    backend = Backend(store_db)
    jobs = Jobs(backend, workers=1)
    try:
        names = [path.name for path in seeds[:2]] + ["broken.txt"]
        data = [path.read_bytes() for path in seeds[:2]] + [b"x"]
        answers = jobs.submit([Candidate(n, d) for n, d in zip(names, data, strict=True)], None)
        queued = [job for _ in answers if (job := jobs._queue.get_nowait()) is not None]
        plans = _staged(seeds, 2)
        outcomes: list[Any] = [Parsed(0, plans[0], 0.1), Parsed(1, plans[1], 0.1)]
        outcomes.append(Failed(2, "the file is not a plan"))
        commits = backend._group.commits
        jobs._finish([(job, outcome, []) for job, outcome in zip(queued, outcomes, strict=True)])
        assert backend._group.commits == commits + 1
        states = [jobs.get(answer.job_id) for answer in answers]
        assert [(s.state if s else None) for s in states] == ["stored", "stored", "failed"]
        stored = {row[0] for row in backend.rows("SELECT plan_id FROM document_files")}
        assert stored == {plan.plan_id for plan in plans}
    finally:
        backend.close()


def test_filing_by_key_files_only_the_plans_named(store_db: str, seeds: list[Path]) -> None:
    """`file_documents(stored=...)` reads the files named, not every plan: another plan
    stored unfiled stays so until a full filing, which files it as before."""
    first, second = _staged(seeds, 2)
    with open_store(store_db) as store:
        store.store_now([first, second])

        def file_first(con: Any) -> int:
            with transaction(con):
                return file_documents(
                    con, now(), exclusive=store.one_writer, stored=[first.filed()]
                )

        assert store.write(file_first) == 1
        assert store.write(file_first) == 0  # filed already
        filed = store.query("SELECT plan_id FROM document_files").rows
        assert filed == [(first.plan_id,)]
        assert file_new(store) == 1
        filed = store.query("SELECT plan_id FROM document_files ORDER BY plan_id").rows
        assert filed == sorted([(first.plan_id,), (second.plan_id,)])


def test_what_an_upload_reports_stored_survives_a_crash(store_db: str, seeds: list[Path]) -> None:
    """The server is killed (SIGKILL: nothing is flushed or closed) as soon as its jobs read
    stored: the store opened afterwards holds every plan reported stored, filed, with its
    job's state."""
    uploads = seeds[:3]
    with running_server(store_db) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        files = [("files", (path.name, path.read_bytes())) for path in uploads]
        response = with_csrf(client).post("/api/plans", files=files)
        ids = [job["job_id"] for job in response.json()["jobs"]]
        reported = finished_jobs(client, ids)
        os.kill(live.process.pid, signal.SIGKILL)
        live.process.wait(30)
    assert [job["state"] for job in reported] == ["stored"] * len(uploads)
    with open_store(store_db, read_only=True) as store:
        plans = {row[0] for row in store.query("SELECT plan_id FROM plans").rows}
        filed = {row[0] for row in store.query("SELECT plan_id FROM document_files").rows}
        states = dict(store.query("SELECT job_id, state FROM jobs").rows)
    assert {job["plan_id"] for job in reported} <= plans & filed
    assert states == dict.fromkeys(ids, "stored")


@pytest.mark.parametrize("count", [1, 3])
def test_store_now_stores_each_plan_of_a_group(
    store_db: str, seeds: list[Path], count: int
) -> None:
    plans = _staged(seeds, count)
    with open_store(store_db) as store:
        store.store_now(plans)
        lines = store.query("SELECT plan_id, count(*) FROM lines GROUP BY plan_id").rows
        store.store_now(plans[:1])  # again: replaced by itself, not doubled
        stored = store.query("SELECT plan_id FROM plans ORDER BY plan_id").rows
        again = store.query("SELECT plan_id, count(*) FROM lines GROUP BY plan_id").rows
    assert stored == sorted((plan.plan_id,) for plan in plans)
    assert sorted(again) == sorted(lines) and len(lines) == count


def test_files_uploaded_together_commit_once_and_a_lone_one_waits_for_nothing(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a long gathering moment, two files uploaded together are stored by one commit;
    a file parsed while no other is commits at once all the same (the upload's jobs are one
    more commit each time)."""
    monkeypatch.setattr(jobs_module, "GATHER_SECONDS", 60.0)
    app = create_app(tmp_path / "plans.duckdb", workers=2)
    with TestClient(app) as client:
        with_csrf(client)
        group = app.state.backend._group
        started, commits = time.monotonic(), group.commits
        files = [("files", (path.name, path.read_bytes())) for path in seeds[:1]]
        ids = [job["job_id"] for job in client.post("/api/plans", files=files).json()["jobs"]]
        assert [job["state"] for job in finished_jobs(client, ids)] == ["stored"]
        assert time.monotonic() - started < 60 and group.commits == commits + 2
        commits = group.commits
        files = [("files", (path.name, path.read_bytes())) for path in seeds[1:3]]
        ids = [job["job_id"] for job in client.post("/api/plans", files=files).json()["jobs"]]
        assert [job["state"] for job in finished_jobs(client, ids)] == ["stored", "stored"]
        assert group.commits == commits + 2


def test_a_plan_committed_is_read_from_the_tables_before_it_is_moved(
    store_db: str, seeds: list[Path]
) -> None:
    """A shared DuckDB store commits an upload's plan as its record and moves it after its
    job is told (`flush`): a read before the move finds it all the same, filed, with its job's
    statement (PostgreSQL stores it in the tables at once)."""
    [plan] = _staged(seeds, 1)
    backend = Backend(store_db)
    try:
        backend.execute("INSERT INTO store_meta VALUES ('job', 'queued')")
        job = ("UPDATE store_meta SET value = 'stored' WHERE key = 'job'", [])
        [error] = backend.commit([Write(plans=[plan], statements=[job])])
        assert error is None
        assert backend.plan(plan.plan_id) is not None
        filed = backend.rows("SELECT plan_id FROM document_files")
        assert filed == [(plan.plan_id,)]
        assert [s.plan_id for s in backend.summaries()] == [plan.plan_id]
        assert backend.rows("SELECT value FROM store_meta WHERE key = 'job'") == [("stored",)]
        backend.flush()  # nothing left to move
        assert backend.rows("SELECT count(*) FROM plans") == [(1,)]
    finally:
        backend.close()


def test_a_staged_plan_files_as_its_stored_row(store_db: str, seeds: list[Path]) -> None:
    """What filing reads from a staged plan (`filed`) is what its `plans` row holds."""
    plans = _staged(seeds, 5)
    columns = "plan_id, document_key, commune_code, issuer, format"
    with open_store(store_db) as store:
        store.store_now(plans)
        rows = store.query(f"SELECT {columns} FROM plans ORDER BY plan_id").rows
    assert rows == sorted(plan.filed() for plan in plans)
    assert any(plan.commune_code for plan in plans) and any(plan.issuer for plan in plans)


def test_an_upload_asks_what_the_store_holds_without_opening_it_for_writing(
    tmp_path: Path, seeds: list[Path], duckdb_opens: list[bool]
) -> None:
    """On a shared DuckDB store, the upload's question (the versions held of its files) is
    asked on the read-only connection: its files go to the workers at once, and the file is
    opened for writing by the jobs' row, while they are parsed (first upload after start, or
    after an idle second)."""
    [plan] = _staged(seeds, 1)
    opened = duckdb_opens
    backend = Backend(tmp_path / "plans.duckdb")
    try:
        assert opened == [False, True]  # upgraded, then read-only
        assert backend.held_versions([plan.plan_id]) == {}
        assert opened == [False, True]
        [error] = backend.commit([Write(plans=[plan])])
        assert error is None and opened == [False, True, False]
        assert backend.held_versions([plan.plan_id]) == {plan.plan_id: __version__}
        assert opened == [False, True, False]  # while it is held: through that connection
    finally:
        backend.close()
