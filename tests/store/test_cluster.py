"""Ingest on a Dask LocalCluster (`--cluster local:2`): the same rows as the local pool for the
corpus plus bad files; the local limits per task; a killed worker's tasks run elsewhere, and a
task whose workers die twice is recorded as failed; a killed client loses nothing and doubles
nothing on the rerun. One LocalCluster serves the in-process tests (it takes long to start on a
loaded machine)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cli_process import deep_folder, stop_after_stored
from files_helpers import scan_of
from plan_extract.store import Limits, ingest_paths, open_store
from plan_extract.store.cluster import ClusterPool, open_cluster
from plan_extract.store.ingest import IngestReport, Status
from plan_extract.store.schema import TABLE_COLUMNS

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ("seeds", "real", "rendered")  # corpus/plans without the held-out split
Copies = Callable[[Path, int], list[Path]]


@pytest.fixture(scope="module")
def cluster() -> Iterator[ClusterPool]:
    with open_cluster("local:2", Limits()) as pool:
        yield pool


def _on(cluster: ClusterPool, limits: Limits) -> ClusterPool:
    return ClusterPool(cluster.client, limits, cluster.options)


def _rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted; failures without their time."""
    with open_store(db, read_only=True) as store:
        rows = {
            table: sorted(store.query(f"SELECT * FROM {table}").rows, key=repr)
            for table in TABLE_COLUMNS
        }
        rows["failures"] = sorted(
            store.query("SELECT path, plan_id, reason, parser_version FROM failures").rows
        )
    return rows


def _bad_files(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage")
    (folder / "noise.docx").write_bytes(os.urandom(4096))


def test_the_corpus_and_bad_files_give_the_local_pools_rows(
    cluster: ClusterPool, tmp_path: Path
) -> None:
    _bad_files(tmp_path / "bad")
    inputs = [tmp_path / "bad"] + [
        path
        for name in CORPUS
        for path in sorted((ROOT / "corpus" / "plans" / name).iterdir())
        if not path.name.endswith(".scan.pdf")  # OCR twice is minutes: the benchmark test has scans
    ]
    with open_store(tmp_path / "local.duckdb") as store:
        local = ingest_paths(store, inputs, workers=2)
    with open_store(tmp_path / "cluster.duckdb") as store:
        remote = ingest_paths(store, inputs, parsers=cluster)
    assert (remote.stored, remote.skipped, remote.failed) == (
        local.stored,
        local.skipped,
        local.failed,
    )
    assert local.stored >= 30 and local.failed == 3
    assert _rows(tmp_path / "cluster.duckdb") == _rows(tmp_path / "local.duckdb")


def test_a_long_scan_read_in_page_ranges_gives_the_plan_of_one_parse(
    cluster: ClusterPool, tmp_path: Path
) -> None:
    from distributed import get_task_stream
    from distributed.utils import key_split

    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(scan_of(3))
    with open_store(tmp_path / "whole.duckdb") as store:
        assert ingest_paths(store, [folder], workers=1).stored == 1
    split = ClusterPool(cluster.client, cluster.limits, cluster.options, range_pages=1)
    with get_task_stream(cluster.client) as stream, open_store(tmp_path / "split.duckdb") as store:
        assert ingest_paths(store, [folder], parsers=split).stored == 1
    tasks = [key_split(task["key"]) for task in stream.data]
    assert (tasks.count("read_pages"), tasks.count("assemble"), len(tasks)) == (3, 1, 5)
    assert tasks.count("fetch") + tasks.count("given") == 1  # its bytes, held once for the four
    assert _rows(tmp_path / "split.duckdb") == _rows(tmp_path / "whole.duckdb")  # its JSON too


def test_workers_read_the_files_they_see_and_are_sent_those_they_do_not(
    cluster: ClusterPool, tmp_path: Path, distinct_copies: Copies
) -> None:
    import fsspec
    from distributed import get_task_stream
    from distributed.utils import key_split

    on_disk = distinct_copies(tmp_path / "disk", 4)
    memory, root = fsspec.filesystem("memory"), f"/cluster-{tmp_path.name}"
    client_only = distinct_copies(tmp_path / "client-only", 7)[4:]  # 3 more, distinct
    for path in client_only:
        memory.pipe(f"{root}/{path.name}", path.read_bytes())
    inputs = [str(tmp_path / "disk"), f"memory://{root}"]  # the workers' memory has no such files
    reading = _on(cluster, cluster.limits)
    reading.fetch_bytes = 0  # small files ride in their tasks otherwise
    try:
        with open_store(tmp_path / "local.duckdb") as store:
            assert ingest_paths(store, inputs, workers=2).stored == 7
        with get_task_stream(cluster.client) as stream, open_store(tmp_path / "c.duckdb") as store:
            assert ingest_paths(store, inputs, parsers=reading).stored == 7
            paths = sorted(summary.path for summary in store.plans())
    finally:
        memory.rm(root, recursive=True)
    fetched = [task["status"] for task in stream.data if key_split(task["key"]) == "fetch"]
    assert fetched.count("OK") == 4
    # the memory:// files submitted before the first refusal came back were tried (with their
    # retry, twice at most each), then sent as bytes
    assert 1 <= fetched.count("error") <= 2 * len(client_only)
    assert reading.unseen == {"memory"}  # and the workers still read the files on disk
    assert sum(key_split(task["key"]) == "parse_job" for task in stream.data) == 7
    assert paths[:4] == sorted(str(path) for path in on_disk)
    assert paths[4:] == sorted(f"memory://{root}/{path.name}" for path in client_only)
    assert _rows(tmp_path / "c.duckdb") == _rows(tmp_path / "local.duckdb")


def test_a_task_past_its_time_or_memory_limit_is_failed_as_on_the_local_pool(
    cluster: ClusterPool, seeds: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (seeds / "001_d694d18c5a7d837d.txt").rename(folder / "good.txt")
    (folder / "big.txt").write_text("Nội dung kế hoạch dài.\n" * 1_500_000, encoding="utf-8")
    with open_store(tmp_path / "plans.duckdb") as store:
        limits = Limits(seconds=120, memory_mb=100)
        report = ingest_paths(store, [folder], parsers=_on(cluster, limits))
    assert report.stored == 1
    assert [Path(f.path).name for f in report.failures] == ["big.txt"]
    assert "memory" in report.failures[0].reason

    (folder / "big.txt").unlink()
    (folder / "slow.txt").write_text("Nội dung kế hoạch dài.\n" * 400_000, encoding="utf-8")
    with open_store(tmp_path / "plans.duckdb") as store:
        report = ingest_paths(store, [folder], parsers=_on(cluster, Limits(seconds=8)))
    assert (report.stored, report.skipped) == (0, 1)
    assert [(Path(f.path).name, f.reason) for f in report.failures] == [
        ("slow.txt", "took longer than 8 s")
    ]


class _WorkerKiller:
    """A reporter that, once `after` plans are stored, kills (SIGKILL) a worker that is running
    a task; `kills` says how many it killed that held a task."""

    def __init__(self, cluster: ClusterPool, after: int) -> None:
        self.cluster = cluster
        self.after = after
        self.stored = 0
        self.kills = 0

    def start(self, total: int) -> None:
        pass

    def file_done(self, name: str, status: Status, detail: str) -> None:
        self.stored += status == "stored"
        if self.stored == self.after:
            self.kills += _kill_a_busy_worker(self.cluster)

    def finish(self, report: IngestReport) -> None:
        pass


def _kill_a_busy_worker(
    cluster: ClusterPool, killed: set[str] | None = None, task: str = ""
) -> bool:
    """Kill a worker the scheduler says runs a task (one whose key starts with `task`), and not
    one of `killed`, which it may not have seen die yet; add it to `killed`."""
    client = cluster.client
    killed = set() if killed is None else killed
    busy = [
        address
        for address, keys in client.processing().items()
        if any(str(key).startswith(task) for key in keys)
    ]
    for address in busy:
        if address not in killed:
            pid = client.run(os.getpid, workers=[address])[address]
            os.kill(pid, signal.SIGKILL)
            killed.add(address)
            return True
    return False


def test_a_killed_workers_tasks_run_elsewhere(
    cluster: ClusterPool, tmp_path: Path, distinct_copies: Copies
) -> None:
    files = distinct_copies(tmp_path / "plans", 16)
    killer = _WorkerKiller(cluster, after=3)
    with open_store(tmp_path / "plans.duckdb") as store:
        report = ingest_paths(store, [tmp_path / "plans"], reporter=killer, parsers=cluster)
        paths = sorted(summary.path for summary in store.plans())
    assert killer.kills == 1
    assert (report.stored, report.failed) == (len(files), 0)
    assert paths == sorted(str(path) for path in files)


def test_a_task_whose_workers_die_twice_is_recorded_as_failed(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    # under the 50 MiB input limit, and minutes of parsing: long enough to be killed twice
    (folder / "slow.txt").write_text("Nội dung kế hoạch dài.\n" * 1_600_000, encoding="utf-8")
    killed: set[str] = set()

    def kill_twice() -> None:
        deadline = time.monotonic() + 300
        while len(killed) < 2 and time.monotonic() < deadline:
            # the parse itself: a worker busy reading the file again for it (its first reader
            # died with the bytes) is another task, whose death counts for that one
            _kill_a_busy_worker(cluster, killed, task="parse_job")
            time.sleep(0.2)

    limits = Limits(seconds=600, memory_mb=None)
    # a cluster of its own: two live workers, whatever the tests before left killed
    with open_cluster("local:2", limits) as cluster, open_store(tmp_path / "plans.duckdb") as store:
        killer = threading.Thread(target=kill_twice)
        killer.start()
        report = ingest_paths(store, [folder], parsers=cluster)
        failures = store.failures()
        killer.join()
    assert len(killed) == 2
    assert report.stored == 0
    assert [(Path(f.path).name, f.reason) for f in failures] == [
        ("slow.txt", "the Dask workers running it died twice (it may need more memory than a "
         "worker has)")
    ]  # fmt: skip


def test_a_killed_client_loses_nothing_and_the_rerun_doubles_nothing(
    tmp_path: Path, distinct_copies: Copies
) -> None:
    folder = deep_folder(tmp_path)
    files = distinct_copies(folder, 12)
    db = str(tmp_path / "plans.duckdb")
    command = [sys.executable, "-m", "plan_extract", "ingest", str(folder),
               "--db", db, "--cluster", "local:2"]  # fmt: skip
    env = {**os.environ, "CI": "true"}
    returncode, _ = stop_after_stored(command, env, 3, signal.SIGKILL)
    assert returncode == -signal.SIGKILL
    with open_store(db) as store:  # a writer: it finishes what the killed one left staged
        held = store.count_plans()
    assert 3 <= held < len(files)

    again = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert again.returncode == 0, again.stderr
    assert f"{len(files) - held} stored, {held} skipped (already held), 0 failed" in again.stderr
    with open_store(db, read_only=True) as store:
        assert sorted(s.path for s in store.plans()) == sorted(str(p) for p in files)
        assert store.query("SELECT count(*), count(DISTINCT plan_id) FROM plans").rows == [
            (len(files), len(files))
        ]


def _dask(*args: str) -> subprocess.Popen[bytes]:
    """`dask scheduler` or `dask worker`, in a process of its own (a cluster not started by the
    client, as on a SLURM or Kubernetes cluster), its logs discarded."""
    dask = Path(sys.executable).with_name("dask")
    return subprocess.Popen(
        [str(dask), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.kill()
    process.wait()


def test_a_cluster_that_loses_every_worker_stops_the_ingest_in_one_line_and_the_rerun_resumes(
    tmp_path: Path, distinct_copies: Copies
) -> None:
    files = distinct_copies(tmp_path / "plans", 10)
    address_file = tmp_path / "scheduler.json"
    scheduler = _dask("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                      "--scheduler-file", str(address_file))  # fmt: skip
    worker_args = ("worker", "--scheduler-file", str(address_file), "--nthreads", "1",
                   "--no-nanny", "--no-dashboard")  # fmt: skip
    worker = _dask(*worker_args)
    try:
        deadline = time.monotonic() + 120
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(address_file.read_text())["address"]
        db = str(tmp_path / "plans.duckdb")
        command = [sys.executable, "-m", "plan_extract", "ingest", str(tmp_path / "plans"),
                   "--db", db, "--cluster", address, "--worker-wait", "5"]  # fmt: skip
        env = {**os.environ, "CI": "true"}
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
        assert process.stderr is not None
        for line in process.stderr:
            if " stored " in line:  # the first plan is stored: the only worker dies
                _stop(worker)
                break
        killed = time.monotonic()
        rest = process.stderr.read()
        process.wait()
        assert time.monotonic() - killed < 60  # 5 s without a worker, then a poll: not a hang
        assert process.returncode == 1
        assert rest.strip().splitlines()[-1] == (
            "plan-extract: the Dask cluster has had no worker for 5 s; what was stored is kept: "
            "run the ingest again"
        )
        assert "Traceback" not in rest
        with open_store(db) as store:
            held = store.count_plans()
        assert 1 <= held < len(files)

        worker = _dask(*worker_args)
        again = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        assert again.returncode == 0, again.stderr
        assert (
            f"{len(files) - held} stored, {held} skipped (already held), 0 failed" in again.stderr
        )
        with open_store(db, read_only=True) as store:
            assert store.query("SELECT count(*), count(DISTINCT plan_id) FROM plans").rows == [
                (len(files), len(files))
            ]
    finally:
        _stop(worker)
        _stop(scheduler)


def test_a_scheduler_whose_workers_are_daemonic_is_refused_in_one_line(tmp_path: Path) -> None:
    import dask
    from distributed import LocalCluster

    from plan_extract.store.cluster.pool import ClusterError

    # Dask's default, set here: the module's open cluster holds `daemon: False` meanwhile
    with (
        dask.config.set({"distributed.worker.daemon": True}),
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=":0") as daemonic,
        pytest.raises(ClusterError) as refused,
        open_cluster(daemonic.scheduler_address, Limits()),
    ):
        pass
    assert str(refused.value) == (
        f"the Dask workers at {daemonic.scheduler_address} may not start parser processes: "
        "start them with DASK_DISTRIBUTED__WORKER__DAEMON=False"
    )
