"""Uploads are jobs: answered at once, parsed by the warm workers, followed live by server-sent
events, kept in the store (on both backends) so that a reload or a restart shows them."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from plan_extract.store import open_store
from plan_extract.store.db import now
from plan_extract.store.pool import Job, Limits, Parsed, WorkerPool
from plan_extract.web import create_app
from plan_extract.web.app import DEFAULT_WORKERS
from plan_extract.web.backend import Backend
from plan_extract.web.schemas import JobOut
from web_live import finished_jobs, free_port, with_csrf


def _events(
    client: TestClient, job_ids: list[str], first_seen: threading.Event | None = None
) -> list[list[dict[str, Any]]]:
    """Every `jobs` event of the stream that ends once the jobs named have finished
    (`first_seen` set once the first has come)."""
    events = []
    params = {"job_id": job_ids, "until_finished": True}
    with client.stream("GET", "/api/jobs/events", params=params) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        for line in stream.iter_lines():
            if line.startswith("data: "):
                events.append(json.loads(line.removeprefix("data: ")))
                if first_seen is not None:
                    first_seen.set()
    return events


def test_an_upload_answers_at_once_and_its_jobs_are_followed_live(
    store_db: str, seeds: list[Path]
) -> None:
    first, second = seeds[:2]
    files = [
        ("files", (first.name, first.read_bytes())),
        ("files", (second.name, second.read_bytes())),
        ("files", ("copy.txt", first.read_bytes())),
        ("files", ("empty.txt", b"")),
    ]
    app = create_app(store_db)
    stream_open = threading.Event()
    with TestClient(app) as client:
        # the plans' commits wait for the stream's first event: a parse quicker than the
        # request that opens the stream would leave nothing to follow live
        group = app.state.backend._group
        commit = group._commit

        def commit_once_followed(plans: list[Any], statements: list[Any]) -> None:
            if plans:
                stream_open.wait(30)
            commit(plans, statements)

        group._commit = commit_once_followed
        response = with_csrf(client).post("/api/plans", files=files)
        assert response.status_code == 202
        jobs = response.json()["jobs"]
        assert [job["state"] for job in jobs] == ["queued", "queued", "queued", "failed"]
        assert jobs[3]["code"] == "err_empty"
        ids = [job["job_id"] for job in jobs]
        events = _events(client, ids, stream_open)
        listed = client.get("/api/plans").json()
    final = {job["job_id"]: job for job in events[-1]}
    assert [final[i]["state"] for i in ids] == ["stored", "stored", "duplicate", "failed"]
    assert final[ids[2]]["plan_id"] == final[ids[0]]["plan_id"]  # the copy is the first's plan
    assert {p["plan_id"] for p in listed} == {final[ids[0]]["plan_id"], final[ids[1]]["plan_id"]}
    seen = {job["state"] for event in events for job in event}
    assert "queued" in seen or "reading" in seen  # followed from before they finished


def test_jobs_survive_a_restart_and_those_left_unfinished_are_told(
    store_db: str, seeds: list[Path]
) -> None:
    seed = seeds[0]
    with TestClient(create_app(store_db)) as client:
        response = with_csrf(client).post(
            "/api/plans", files=[("files", (seed.name, seed.read_bytes()))]
        )
        [stored] = finished_jobs(client, [job["job_id"] for job in response.json()["jobs"]])
    with open_store(store_db) as store:  # as if a server had stopped while it read a file
        store.write(
            lambda con: con.execute(
                "INSERT INTO jobs (job_id, file_name, state, created_at, updated_at) "
                "VALUES ('00000000000000aa', 'cut.pdf', 'reading', $1, $1)",
                [now()],
            )
        )
    with TestClient(create_app(store_db)) as client:
        jobs = {job["name"]: job for job in client.get("/api/jobs").json()}
        page = client.get("/")
    assert jobs[seed.name]["state"] == "stored"
    assert jobs[seed.name]["plan_id"] == stored["plan_id"]
    assert jobs["cut.pdf"]["state"] == "failed"
    assert "upload it again" in jobs["cut.pdf"]["reason"]
    assert '"job_id": "00000000000000aa"' in page.text  # the page lists them on load


def test_an_unknown_job_is_a_404(client: TestClient) -> None:
    assert client.get("/api/jobs/" + "0" * 16).status_code == 404
    assert client.get("/api/jobs/not-a-job").status_code == 422


def test_the_server_starts_once_its_parse_workers_are_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So that the first upload after start is parsed by a warm worker, as any other."""
    started: list[int] = []
    start = WorkerPool.start

    def slow_start(pool: WorkerPool) -> None:
        time.sleep(1.0)  # slower than the rest of the app's start
        start(pool)
        started.append(len(pool._workers))

    monkeypatch.setattr(WorkerPool, "start", slow_start)
    with TestClient(create_app(tmp_path / "plans.duckdb", workers=2)):
        assert started == [2]
        assert "pyarrow.compute" in sys.modules  # what storing a plan takes, loaded too


def test_the_server_does_not_start_when_its_parse_workers_cannot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Else every upload would wait for ever for a worker."""

    def failing_start(pool: WorkerPool) -> None:
        raise RuntimeError("a parser process did not start")

    monkeypatch.setattr(WorkerPool, "start", failing_start)
    app = create_app(tmp_path / "plans.duckdb", workers=1)
    with pytest.raises(RuntimeError, match="did not start"), TestClient(app):
        pass
    assert app.state.jobs._thread is None


def test_a_pool_start_the_fork_server_refused_is_tried_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once in a while on a loaded machine the fork server refuses the connection a worker is
    started by: the start is tried once more, and the pool has all its workers."""
    new_worker = WorkerPool._new_worker
    refused: list[bool] = []

    def refused_once(pool: WorkerPool) -> Any:
        if not refused:
            refused.append(True)
            raise ConnectionRefusedError(111, "Connection refused")
        return new_worker(pool)

    monkeypatch.setattr(WorkerPool, "_new_worker", refused_once)
    with WorkerPool(2, Limits()) as pool:
        pool.start()
        assert refused == [True]
        assert pool.idle == 2


def test_serve_says_in_one_line_that_its_parse_workers_did_not_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not uvicorn's traceback and a server that serves nothing: one line, a non-zero exit."""
    from plan_extract.cli.main import main

    def refused(pool: WorkerPool) -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(WorkerPool, "start", refused)
    db = tmp_path / "plans.duckdb"
    argv = ["plan-extract", "serve", "--db", str(db), "--port", str(free_port())]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "serving" not in err
    assert err.splitlines()[-1] == (
        "plan-extract: the parse workers did not start: [Errno 111] Connection refused"
    )


def test_waiting_for_the_workers_ends_when_the_dispatcher_is_woken(root: Path) -> None:
    """A new upload is given to an idle worker at once, not when a busy one finishes."""
    scan = root / "corpus/plans/rendered/001_d694d18c5a7d837d.scan.pdf"  # seconds of OCR
    woken, wake = multiprocessing.Pipe(duplex=False)
    with WorkerPool(1, Limits()) as pool:
        pool.start()
        pool.give(Job(1, scan.name, scan.read_bytes()))
        wake.send_bytes(b"")
        assert pool.collect(600, wake=woken) == []  # woken before the scan was read
        woken.recv_bytes()
        [outcome] = pool.collect(600, wake=woken)
    assert outcome.key == 1


def test_the_workers_pack_an_upload_as_the_store_takes_it(root: Path, store_db: str) -> None:
    """On PostgreSQL an upload's plan comes from its worker as JSON, which the database reads
    itself; on DuckDB as an Arrow record."""
    backend = Backend(store_db)
    try:
        as_json = backend.takes_json
    finally:
        backend.close()
    assert as_json == store_db.startswith("postgresql://")
    seed = root / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"
    with WorkerPool(1, Limits()) as pool:
        [outcome] = pool.run([Job(1, seed.name, seed.read_bytes(), as_json=as_json)])
    assert isinstance(outcome, Parsed)
    assert bool(outcome.plan.tables_json) == as_json
    assert bool(outcome.plan.record) != as_json


def test_an_unfinished_job_is_answered_from_memory_and_a_finished_one_from_the_store(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page polls its job while a worker reads the file: no query takes the CPU or the
    store's lock from the parse meanwhile; OCR progress shows, and the final state is read."""
    scan = root / "corpus/plans/rendered/001_d694d18c5a7d837d.scan.pdf"  # seconds of OCR
    queries: list[str] = []
    rows = Backend.rows

    def counted(backend: Backend, sql: str, parameters: Any = None) -> Any:
        queries.append(sql)
        return rows(backend, sql, parameters)

    with TestClient(create_app(tmp_path / "plans.duckdb", workers=1)) as client:
        files = [("files", (scan.name, scan.read_bytes()))]
        response = with_csrf(client).post("/api/plans", files=files)
        [job] = response.json()["jobs"]
        monkeypatch.setattr(Backend, "rows", counted)
        seen = []
        while job["state"] not in ("stored", "failed", "duplicate"):
            seen.append((job["state"], job["page"]))
            assert not [sql for sql in queries if "FROM jobs" in sql]  # (the worker's: plans)
            time.sleep(0.05)
            job = client.get(f"/api/jobs/{job['job_id']}").json()
        assert job["state"] == "stored"
        assert any(state == "ocr" and page for state, page in seen)
        assert client.get(f"/api/jobs/{job['job_id']}").json() == job
        assert any("FROM jobs" in sql for sql in queries)  # once finished, from the store


def test_a_job_whose_row_cannot_be_written_leaves_nothing_behind(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker reads a file while its job's row is written: when that write fails, the upload
    says so, its parse (done or not) stores nothing, and the next upload is stored as usual."""
    execute = Backend.execute

    def refusing(backend: Backend, sql: str, *parameters: Any) -> None:
        if sql.startswith("INSERT INTO jobs"):
            raise RuntimeError("the disk is full")
        execute(backend, sql, *parameters)

    lost, kept = seeds[:2]
    app = create_app(tmp_path / "plans.duckdb", workers=1)
    with TestClient(app, raise_server_exceptions=False) as client:
        with_csrf(client)
        monkeypatch.setattr(Backend, "execute", refusing)
        response = client.post("/api/plans", files=[("files", (lost.name, lost.read_bytes()))])
        assert response.status_code == 500
        monkeypatch.setattr(Backend, "execute", execute)
        response = client.post("/api/plans", files=[("files", (kept.name, kept.read_bytes()))])
        [job] = finished_jobs(client, [response.json()["jobs"][0]["job_id"]])
        assert job["state"] == "stored"
        assert [j["name"] for j in client.get("/api/jobs").json()] == [kept.name]
        assert [p["plan_id"] for p in client.get("/api/plans").json()] == [job["plan_id"]]
        assert app.state.jobs.get(job["job_id"]) == JobOut(**job)


def test_serve_says_serving_once_its_workers_are_warm(tmp_path: Path) -> None:
    """The first upload after `serving` is a warm one: the workers are up and the port
    answers at once (it listens while they start)."""
    port = free_port()
    command = [sys.executable, "-m", "plan_extract", "serve", "--db", str(tmp_path / "s.duckdb")]
    process = subprocess.Popen([*command, "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        said = [process.stderr.readline() for _ in range(2)]
        assert "single-user mode" in said[0] and "serving" in said[1], said
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass  # no retry: it was listening when it said so
        workers = [pid for pid in _descendants(process.pid) if _is_worker(pid)]
        assert len(workers) == DEFAULT_WORKERS
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            assert client.get("/api/session").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def _descendants(pid: int) -> set[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    family = {pid}
    while more := {c for c, p in parents.items() if p in family} - family:
        family |= more
    return family - {pid}


def _is_worker(pid: int) -> bool:
    """A parse worker: forked by the pool's fork server (whose own command line says so)."""
    with contextlib.suppress(OSError):
        parent = int((Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1]).split()[1])
        return b"forkserver" in Path(f"/proc/{parent}/cmdline").read_bytes()
    return False


def test_an_event_stream_queries_the_store_once_then_applies_the_jobs_written(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job's progress (reading, OCR page n of N) is kept in memory and the jobs this server
    writes (queued, finished) are applied to the rows of the stream's first query: each event
    lists what a query gives, without one (job_rows.py), from memory (`known`: the stream's
    loop asks, with no trip to a thread); only the first event and a write whose changes are
    not known (the jobs failed at start) need a query (`queried`)."""
    from plan_extract.web.jobs import Jobs
    from plan_extract.web.uploads import Candidate, Refused

    backend = Backend(tmp_path / "plans.duckdb")
    queries: list[str] = []
    rows = Backend.rows

    def counted(self: Backend, sql: str, parameters: Any = None) -> Any:
        queries.append(sql)
        return rows(self, sql, parameters)

    monkeypatch.setattr(Backend, "rows", counted)
    try:
        jobs = Jobs(backend, workers=1)
        first, second = seeds[:2]
        [queued] = jobs.submit([Candidate(first.name, first.read_bytes())], owner=None)
        current, own = jobs.follow(), jobs.follow(owner="xa-a")
        assert current.known() is None and own.known() is None and not queries
        assert [job.state for job in current.queried()] == ["queued"]
        assert own.queried() == []
        assert len(queries) == 2
        jobs._live_state(jobs_queued(jobs, queued.job_id), "ocr", 2, 5)
        [job] = current.known() or []
        assert (job.state, job.page, job.pages) == ("ocr", 2, 5)
        jobs.submit([Candidate(second.name, second.read_bytes())], owner="xa-a")
        jobs.submit([Refused("empty.txt", "err_empty", "the file is empty")], owner="xa-b")
        jobs._update(jobs_queued(jobs, queued.job_id), "failed", reason="could not read it")
        assert len(queries) == 2  # none since the first of each stream
        seen, mine = current.known() or [], own.known() or []
        assert [job.name for job in seen] == ["empty.txt", second.name, first.name]
        assert [job.name for job in mine] == [second.name]
        assert (seen[2].state, seen[2].reason) == ("failed", "could not read it")
        assert (seen[0].state, seen[0].code) == ("failed", "err_empty")
        queried = len(queries)
        assert seen == jobs.recent() and mine == jobs.recent(owner="xa-a")
        assert len(queries) == queried + 2
        jobs._journal.record(None)  # changes not known: queried again
        assert current.known() is None
        assert current.queried() == seen
        assert len(queries) == queried + 3
    finally:
        backend.close()


def jobs_queued(jobs: Any, job_id: str) -> Any:
    """A stand-in for the dispatcher's record of a queued job whose row is written."""
    from plan_extract.web.jobs import _Queued

    job = _Queued(job_id, "x", b"", None, jobs._live[job_id])
    job.written.set()
    return job


def test_a_job_progress_is_announced_once_its_row_is_written(tmp_path: Path) -> None:
    """A worker reads a file while its job's row is written: its progress before then is kept
    but not announced (no page lists the job yet; the write's announcement shows it)."""
    from plan_extract.web.jobs import Jobs, _Queued
    from plan_extract.web.schemas import JobOut

    backend = Backend(tmp_path / "plans.duckdb")
    try:
        jobs = Jobs(backend, workers=1)
        recorded = JobOut(job_id="0" * 16, name="a.txt", state="queued")
        job = _Queued(recorded.job_id, "a.txt", b"x", None, recorded)
        jobs._live[job.job_id] = recorded
        jobs._live_state(job, "reading")
        assert jobs.changes.version == 0
        assert jobs.get(job.job_id) == recorded.model_copy(update={"state": "reading"})
        job.written.set()
        jobs._live_state(job, "ocr", 1, 3)
        assert jobs.changes.version == 1
    finally:
        backend.close()
