"""Uploads as an officer sees them (issues 15 and 17): a warm upload against the parse itself,
and the first upload after the server starts against a warm one.

Each round starts `plan-extract serve` (its default warm parse workers) on an empty store,
DuckDB and then PostgreSQL (a private server started for the run, benchmarks/postgres_server.py;
one new database a round), waits until it answers, and uploads the plan as the page does: a
multipart `POST /api/plans`, then the job's states from the server-sent events the page
listens to (`/api/jobs/events`), timed from the POST until the event that shows the job
`stored`. Its first upload is the first after start; the warm uploads follow, alternating with
the baseline: the same bytes parsed (`parse_bytes`) in a warm process of its own that does
nothing else, which runs beside the server, so both share the machine's load alike. Last, one
upload after a pause (a DuckDB store gives its file back to other processes after an idle
second: an officer's usual upload), against the server's warm ones. Each upload is a
different file (a line numbering it is appended), so none is a duplicate.

Wall time on a machine shared by others is noisy, so the CPU time is reported too: for an
upload, the CPU seconds of the server's whole process tree (the server, its fork server and
parse workers; on PostgreSQL, the database server's processes too: the work of storing is
theirs) from the POST until the event; for the parse, the CPU seconds of its process.

Run alone: `python -m benchmarks.web_upload [FILE ...]` (the seed and kh-ubnd-157 by default;
`BENCH_UPLOAD_BACKENDS=duckdb` for one backend).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from benchmarks.live_server import running_server
from benchmarks.postgres_server import PostgresServer
from benchmarks.process_tree import tree_cpu_seconds
from benchmarks.ratio import Figure, report, runs, small

ROOT = Path(__file__).resolve().parent.parent
PLANS = (
    ROOT / "corpus/plans/seeds/001_d694d18c5a7d837d.txt",
    ROOT / "corpus/plans/real/kh-ubnd-157-3a2db039af8c2d05.md",
)
FINISHED = ("stored", "duplicate", "failed")
START_SECONDS = 300.0
WAIT_SECONDS = 120.0
# Longer than a shared DuckDB store holds the file for writing after a write (duck.py's
# WRITE_HOLD_SECONDS, 1 s): an officer's upload after a pause, the usual case.
IDLE_SECONDS = 1.5
BACKENDS = ("duckdb", "postgresql")

# The baseline: a warm process that parses the bytes it is told to, one line a request.
PARSER = r"""
import json, sys, time
from pathlib import Path
from plan_extract.pipeline import parse_bytes
data = Path(sys.argv[1]).read_bytes()
name = Path(sys.argv[1]).name
parse_bytes(data, name)  # warm
print("ready", flush=True)
for line in sys.stdin:
    body = data + f"\nBan {int(line)}.\n".encode()
    wall, cpu = time.perf_counter(), time.process_time()
    parse_bytes(body, name)
    print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]), flush=True)
"""


def numbered(data: bytes, index: int) -> bytes:
    """The plan's bytes as the `index`-th upload (as PARSER numbers them)."""
    return data + f"\nBan {index}.\n".encode()


@dataclass
class Server:
    """`plan-extract serve` on loopback, with a client that listens to its job events."""

    process: subprocess.Popen[bytes]
    client: httpx.Client
    database_pid: int | None  # the PostgreSQL server's, whose processes store the plans
    events: queue.Queue[list[dict[str, Any]]] = field(default_factory=queue.Queue)

    def listen(self) -> None:
        """Read the page's event stream (all jobs) in a thread, each `jobs` event queued."""
        ready = threading.Event()

        def read() -> None:
            with (
                contextlib.suppress(httpx.HTTPError),
                self.client.stream("GET", "/api/jobs/events", timeout=None) as stream,
            ):
                ready.set()
                event = ""
                for line in stream.iter_lines():
                    if line.startswith("event: "):
                        event = line[7:]
                    elif line.startswith("data: ") and event == "jobs":
                        self.events.put(json.loads(line[6:]))

        threading.Thread(target=read, daemon=True).start()
        ready.wait(WAIT_SECONDS)
        self.events.get(timeout=WAIT_SECONDS)  # the jobs as they stand when it connects

    def upload(self, name: str, data: bytes) -> tuple[float, float]:
        """Wall and server CPU seconds from the POST until an event shows the job stored."""
        cpu = self.cpu()
        started = time.perf_counter()
        response = self.client.post("/api/plans", files=[("files", (name, data))])
        [job_id] = [job["job_id"] for job in response.json()["jobs"]]
        while True:
            jobs = {job["job_id"]: job for job in self.events.get(timeout=WAIT_SECONDS)}
            job = jobs.get(job_id)
            if job is not None and job["state"] in FINISHED:
                break
        wall = time.perf_counter() - started
        assert job["state"] == "stored", job
        return wall, self.cpu() - cpu

    def cpu(self) -> float:
        pids = [self.process.pid, *([self.database_pid] if self.database_pid else [])]
        return tree_cpu_seconds(*pids)


@contextlib.contextmanager
def serving(db: Path | str, database_pid: int | None = None) -> Iterator[Server]:
    with (
        running_server(db, START_SECONDS) as live,
        httpx.Client(base_url=live.url, timeout=WAIT_SECONDS) as client,
    ):
        client.headers["X-CSRF-Token"] = client.get("/api/session").json()["csrf_token"]
        server = Server(live.process, client, database_pid)
        server.listen()
        yield server


@contextlib.contextmanager
def parser(plan: Path) -> Iterator[subprocess.Popen[str]]:
    command = [sys.executable, "-c", PARSER, str(plan)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "ready"
        yield process
    finally:
        process.kill()
        process.wait()


def parse_once(process: subprocess.Popen[str], index: int) -> tuple[float, float]:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{index}\n")
    process.stdin.flush()
    wall, cpu = json.loads(process.stdout.readline())
    return float(wall), float(cpu)


@dataclass
class Samples:
    parse: list[float] = field(default_factory=list)
    parse_cpu: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    warm_cpu: list[float] = field(default_factory=list)
    first: list[float] = field(default_factory=list)
    warm_medians: list[float] = field(default_factory=list)
    idle: list[float] = field(default_factory=list)


@contextlib.contextmanager
def stores(backend: str) -> Iterator[Iterator[tuple[Path | str, int | None]]]:
    """New empty stores of the backend, one each time asked: (where, the database server's
    pid or None)."""
    if backend == "duckdb":
        with tempfile.TemporaryDirectory(prefix="bench-upload-") as folder:
            yield ((Path(folder) / f"store-{n}.duckdb", None) for n in itertools.count())
        return
    database = PostgresServer()
    try:
        database.start()
        pid = int((database.data / "postmaster.pid").read_text().split()[0])
        yield ((database.new_database(), pid) for _ in itertools.count())
    finally:
        database.remove()


def measure(plan: Path, starts: int, rounds: int, backend: str = "duckdb") -> Samples:
    """`starts` servers, each: its first upload, then `rounds` of parse and warm upload, then
    one upload after `IDLE_SECONDS` without any."""
    data = plan.read_bytes()
    samples = Samples()
    numbers = itertools.count(1)
    with parser(plan) as baseline, stores(backend) as new_stores:
        for _ in range(starts):
            db, database_pid = next(new_stores)
            with serving(db, database_pid) as server:
                first, _ = server.upload(plan.name, numbered(data, next(numbers)))
                warm = []
                for _ in range(rounds):
                    index = next(numbers)
                    wall, cpu = parse_once(baseline, index)
                    samples.parse.append(wall)
                    samples.parse_cpu.append(cpu)
                    wall, cpu = server.upload(plan.name, numbered(data, index))
                    warm.append(wall)
                    samples.warm_cpu.append(cpu)
                time.sleep(IDLE_SECONDS)
                idle, _ = server.upload(plan.name, numbered(data, next(numbers)))
                samples.first.append(first)
                samples.warm.extend(warm)
                samples.warm_medians.append(statistics.median(warm))
                samples.idle.append(idle)
    return samples


def upload_figures(
    plans: tuple[Path, ...] | None = None, backends: tuple[str, ...] = BACKENDS
) -> list[Figure]:
    figures = []
    for backend, plan in itertools.product(backends, plans or (PLANS[:1] if small() else PLANS)):
        s = measure(plan, runs(), 2 if small() else 6, backend)
        what = plan.name[:11] + ("" if backend == "duckdb" else ", PostgreSQL")
        figures += [
            Figure(f"web, warm upload ({what})", "its parse", "s", s.parse, s.warm, 1.5, False),
            Figure(
                f"web, warm upload CPU, server tree ({what})",
                "its parse's CPU",
                "s",
                s.parse_cpu,
                s.warm_cpu,
                None,
                False,
            ),
            Figure(
                f"web, first upload after start ({what})",
                "a warm upload (median of its server's)",
                "s",
                s.warm_medians,
                s.first,
                2,
                False,
            ),
            Figure(
                f"web, upload after {IDLE_SECONDS:g} s idle ({what})",
                "a warm upload (median of its server's)",
                "s",
                s.warm_medians,
                s.idle,
                None,
                False,
            ),
        ]
    return figures


def main() -> None:
    plans = tuple(Path(arg) for arg in sys.argv[1:]) or None
    backends = tuple(os.environ.get("BENCH_UPLOAD_BACKENDS", ",".join(BACKENDS)).split(","))
    print(f"load: {os.getloadavg()}", flush=True)
    for figure in upload_figures(plans, backends):
        report(figure)
    print(f"load: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
