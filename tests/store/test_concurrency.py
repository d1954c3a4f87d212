"""Several processes on one store. PostgreSQL: two ingests, the server and a query loop at once
store each plan once and nobody sees an error or half a plan; a killed ingest and a restarted
server lose nothing and double nothing. DuckDB: readers get in while the server runs, and a
second writer gets a one-line error."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from benchmarks.postgres_server import PostgresServer

from cli_process import deep_folder, stop_after_stored
from plan_extract.store import StoreError, ingest_paths, open_store
from plan_extract.store.ingest import IngestReport, Status
from plan_extract.store.postgres import PostgresStore
from web_live import finished_jobs, live_server, with_csrf

Copies = Callable[[Path, int], list[Path]]

# Readers never see half a plan: every stored plan has as many lines and sections as it says.
HALF_PLANS = (
    "SELECT count(*) FROM plans p WHERE "
    "n_lines <> (SELECT count(*) FROM lines l WHERE l.plan_id = p.plan_id) "
    "OR n_sections <> (SELECT count(*) FROM sections s WHERE s.plan_id = p.plan_id)"
)


def _ingest_command(folder: Path, db: str, workers: int = 1) -> list[str]:
    return [sys.executable, "-m", "plan_extract", "ingest", str(folder), "--db", db,
            "--workers", str(workers)]  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "CI": "true"}


def _summary(stderr: str) -> tuple[int, int, int]:
    found = re.search(r"(\d+) stored, (\d+) skipped \(already held\), (\d+) failed", stderr)
    assert found, stderr
    stored, skipped, failed = (int(n) for n in found.groups())
    return stored, skipped, failed


def _assert_each_plan_once(db: str, files: list[Path]) -> None:
    with open_store(db, read_only=True) as store:
        paths = sorted(summary.path for summary in store.plans())
        assert paths == sorted(str(path) for path in files)
        assert store.query(HALF_PLANS).rows == [(0,)]
        duplicated = store.query(
            "SELECT count(*) FROM (SELECT plan_id, line FROM lines "
            "GROUP BY plan_id, line HAVING count(*) > 1) AS d"
        ).rows
        assert duplicated == [(0,)]


@pytest.mark.slow
def test_two_ingests_a_server_and_a_query_loop_on_one_postgresql_database(
    postgres: PostgresServer, tmp_path: Path, distinct_copies: Copies
) -> None:
    files = distinct_copies(tmp_path / "plans", 30)
    db = postgres.new_database()
    open_store(db).close()  # the server below creates it too; here it is made once, first
    errors: list[str] = []
    rounds = 0
    stop = threading.Event()

    def query_loop(base: str) -> None:
        nonlocal rounds
        while not stop.is_set():
            try:
                with urllib.request.urlopen(f"{base}/api/plans", timeout=30) as response:
                    listed = len(json.loads(response.read()))
                with open_store(db, read_only=True) as store:
                    half = store.query(HALF_PLANS).rows[0][0]
                    held = store.count_plans()
                if half:
                    errors.append(f"{half} plans seen half written")
                if listed > len(files) or held > len(files):
                    errors.append(f"more plans than files: {listed}, {held}")
                rounds += 1
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")

    with live_server(db) as base:  # type: ignore[arg-type]
        loop = threading.Thread(target=query_loop, args=(base,))
        loop.start()
        ingests = [
            subprocess.Popen(
                _ingest_command(tmp_path / "plans", db),
                stderr=subprocess.PIPE,
                text=True,
                env=_env(),
            )
            for _ in range(2)
        ]
        outputs = [process.communicate(timeout=600)[1] for process in ingests]
        stop.set()
        loop.join()
        with urllib.request.urlopen(f"{base}/api/plans", timeout=30) as response:
            # the list gives each plan once, with its files (copies may share a document)
            listed = sum(len(plan["files"]) for plan in json.loads(response.read()))
    assert [process.returncode for process in ingests] == [0, 0], outputs
    assert all("Traceback" not in output for output in outputs)
    summaries = [_summary(output) for output in outputs]
    assert sum(stored for stored, _, _ in summaries) == len(files)  # each plan stored once
    assert all(stored + skipped == len(files) for stored, skipped, _ in summaries)
    assert errors == []
    assert rounds >= 3
    assert listed == len(files)
    _assert_each_plan_once(db, files)


@pytest.mark.slow
def test_a_killed_ingest_resumes_on_postgresql_and_stores_every_plan_once(
    postgres: PostgresServer, tmp_path: Path, distinct_copies: Copies
) -> None:
    folder = deep_folder(tmp_path)
    files = distinct_copies(folder, 30)
    db = postgres.new_database()
    command = _ingest_command(folder, db, workers=2)
    returncode, _ = stop_after_stored(command, _env(), 8, signal.SIGKILL)
    assert returncode == -signal.SIGKILL
    with open_store(db, read_only=True) as store:
        held = store.count_plans()
        assert store.query(HALF_PLANS).rows == [(0,)]
    assert 8 <= held < len(files)  # everything said stored is committed

    again = subprocess.run(command, capture_output=True, text=True, env=_env(), check=False)
    assert again.returncode == 0, again.stderr
    assert _summary(again.stderr) == (len(files) - held, held, 0)
    _assert_each_plan_once(db, files)


class _Restarter:
    """A reporter that, once `after` plans are stored, runs `action` on a thread of its own (so
    the ingest goes on meanwhile, with transactions in flight)."""

    def __init__(self, after: int, action: Callable[[], None]) -> None:
        self.after = after
        self.stored = 0
        self.thread = threading.Thread(target=action)

    def start(self, total: int) -> None:
        pass

    def file_done(self, name: str, status: Status, detail: str) -> None:
        self.stored += status == "stored"
        if self.stored == self.after:
            self.thread.start()

    def finish(self, report: IngestReport) -> None:
        pass


@pytest.mark.slow
def test_a_postgresql_restart_during_an_ingest_is_ridden_out(
    postgres: PostgresServer, tmp_path: Path, distinct_copies: Copies
) -> None:
    files = distinct_copies(tmp_path / "plans", 30)
    db = postgres.new_database()
    restarter = _Restarter(after=5, action=postgres.restart)
    with open_store(db) as store:
        report = ingest_paths(store, [tmp_path / "plans"], workers=2, reporter=restarter)
    restarter.thread.join()
    assert (report.stored, report.skipped, report.failed) == (len(files), 0, 0)
    _assert_each_plan_once(db, files)


@pytest.mark.slow
def test_postgresql_gone_for_good_stops_the_ingest_with_one_line_losing_nothing(
    postgres: PostgresServer, tmp_path: Path, distinct_copies: Copies
) -> None:
    files = distinct_copies(tmp_path / "plans", 30)
    db = postgres.new_database()
    stopper = _Restarter(after=5, action=postgres.stop)
    store = PostgresStore(db, retry_seconds=3)
    try:
        with pytest.raises(StoreError) as stopped:
            ingest_paths(store, [tmp_path / "plans"], workers=2, reporter=stopper)
    finally:
        stopper.thread.join()
        postgres.start()
        store.close()
    message = str(stopped.value)
    assert "\n" not in message
    assert "lost the connection to PostgreSQL" in message and "run the command again" in message
    with open_store(db, read_only=True) as reopened:
        assert reopened.count_plans() >= stopper.stored >= 5  # what was said stored is there
        assert reopened.query(HALF_PLANS).rows == [(0,)]
    assert len(files) > stopper.stored


def test_duckdb_readers_get_in_while_the_server_runs_and_a_second_writer_is_told(
    tmp_path: Path, seeds: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    db = tmp_path / "plans.duckdb"
    with open_store(db) as store:
        ingest_paths(store, [seeds / "000_0617497f5d51b358.txt"], workers=1)
    with live_server(db) as base:
        read = run_cli("query", "SELECT count(*) AS plans FROM plans", "--db", str(db))
        assert read.returncode == 0, read.stderr
        assert read.stdout.splitlines()[2].strip() == "1"
        exported = run_cli("export", "-o", str(tmp_path / "export"), "--db", str(db))
        assert exported.returncode == 0, exported.stderr
        writer = run_cli("ingest", str(seeds), "--db", str(db), env=_env())
        assert writer.returncode == 1
        assert writer.stderr.count("\n") == 1
        assert "the store is in use by another process (PID" in writer.stderr
        assert "Traceback" not in writer.stderr
        upload = (seeds / "001_d694d18c5a7d837d.txt").read_bytes()
        with httpx.Client(base_url=base, timeout=60) as client:
            response = with_csrf(client).post("/api/plans", files=[("files", ("a.txt", upload))])
            assert response.status_code == 202
            [job] = finished_jobs(client, [response.json()["jobs"][0]["job_id"]])
        assert job["state"] == "stored"
        again = run_cli("query", "SELECT count(*) AS plans FROM plans", "--db", str(db))
        assert again.stdout.splitlines()[2].strip() == "2"


def test_two_duckdb_writers_colliding_get_a_one_line_error(
    tmp_path: Path, distinct_copies: Copies
) -> None:
    distinct_copies(tmp_path / "plans", 3)
    db = str(tmp_path / "plans.duckdb")
    # The first writer holds the store open until told to close it (stdin ends), so the second
    # arrives while it writes, however fast the machine.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_WRITER, db],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "open"
    second = subprocess.run(
        _ingest_command(tmp_path / "plans", db), capture_output=True, text=True, env=_env(),
        check=False,
    )  # fmt: skip
    holder.stdin.close()
    assert holder.wait(timeout=120) == 0
    assert second.returncode == 1
    assert second.stderr.count("\n") == 1
    assert second.stderr.startswith("plan-extract: ")
    assert "the store is in use by another process" in second.stderr
    assert "Traceback" not in second.stderr
    after = subprocess.run(
        _ingest_command(tmp_path / "plans", db), capture_output=True, text=True, env=_env(),
        check=False,
    )  # fmt: skip
    assert after.returncode == 0, after.stderr
    assert _summary(after.stderr) == (3, 0, 0)


HOLD_A_WRITER = """
import sys
from plan_extract.store import open_store
with open_store(sys.argv[1]):
    print("open", flush=True)
    sys.stdin.read()
"""
