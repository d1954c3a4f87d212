"""Ingest speed and memory: a corpus of at least 1,000 distinct plans into a fresh store, with
one worker and with two, into DuckDB and into PostgreSQL (a private server started for
the benchmark, as in the tests); medians of several runs (alternating settings and backends, so
that load from elsewhere on the machine weighs on all alike).

The issue-15 figure: two workers against one, in wall time and in CPU-seconds per plan (of
this process and every process below it, parser workers included), so that it holds on a busy
machine: when other work takes the cores, wall time suffers but CPU-seconds per plan do not.

Set BENCH_INGEST_DOCS and BENCH_INGEST_RUNS to change the corpus size (default 1000, 20 with
BENCH_SMALL) and the number of runs per setting (default 5); BENCH_INGEST_BACKENDS=duckdb to
leave PostgreSQL out.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.postgres_server import PostgresServer
from benchmarks.process_tree import family, tree_cpu_seconds
from benchmarks.ratio import Figure, report, runs, small

if TYPE_CHECKING:
    from plan_extract.store.staging import StagedPlan

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("corpus/plans/seeds/*.txt", "corpus/plans/real/*.md")


def make_corpus(folder: Path, count: int) -> list[Path]:
    """`count` distinct plan files: the seed and real Markdown plans repeated, each copy with a
    comment line carrying its index (so each has its own sha256)."""
    sources = sorted(path for pattern in SOURCES for path in ROOT.glob(pattern))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        source = sources[index % len(sources)]
        path = folder / f"{index:05d}-{source.name}"
        path.write_bytes(source.read_bytes() + f"\n<!-- copy {index} -->\n".encode())
        paths.append(path)
    return paths


class TreeMemory:
    """Samples the resident memory of a process (this one unless `root` is given) and all its
    descendants (Linux /proc) and keeps the peak of their sum; apart, the peaks of that process
    alone and of its descendants."""

    def __init__(self, interval: float = 0.05, root: int | None = None) -> None:
        self.interval = interval
        self.root = root if root is not None else os.getpid()
        self.peak = 0
        self.own = 0
        self.descendants = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = self.root
        while not self._stop.is_set():
            total, own = _tree_rss(me), _tree_rss(me, children_too=False)
            self.peak = max(self.peak, total)
            self.own = max(self.own, own)
            self.descendants = max(self.descendants, total - own)
            self._stop.wait(self.interval)


def _tree_rss(root: int, children_too: bool = True) -> int:
    """Resident bytes of process `root`, with its living descendants' unless `children_too` is
    false; 0 for a process that has ended."""
    return sum(map(_rss, family(root) if children_too else {root}))


def _rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # the process has ended
        return 0
    kilobytes = (int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    return 1024 * next(kilobytes, 0)  # none for a process that has ended but is not yet waited for


def ingest_once(corpus: Path, db: str, workers: int) -> tuple[float, int, float]:
    """Documents per second, peak memory (bytes) and CPU-seconds per document of one ingest
    into a fresh store (the memory and CPU of this process and its workers: a PostgreSQL
    server's own are not counted)."""
    from plan_extract.store import ingest_paths, open_store

    me = os.getpid()
    with TreeMemory() as memory, open_store(db) as store:
        cpu = tree_cpu_seconds(me)
        started = time.perf_counter()
        report = ingest_paths(store, [corpus], workers=workers)
        seconds = time.perf_counter() - started
        cpu = tree_cpu_seconds(me) - cpu
    if report.failed or report.skipped:
        raise RuntimeError(f"benchmark corpus did not ingest cleanly: {report.summary()}")
    return report.stored / seconds, memory.peak, cpu / report.stored


def write_once(staged: list[StagedPlan], db: str) -> float:
    """Milliseconds of the writer's wall time per plan: committing already parsed plans as an
    ingest does, the single writing process's share of it."""
    from plan_extract.store import open_store

    with open_store(db) as store:
        started = time.perf_counter()
        for plan in staged:
            store.stage(plan)
        store.flush()
        seconds = time.perf_counter() - started
    return 1000 * seconds / len(staged)


class FreshStores:
    """A new, empty store per run: a DuckDB file in `folder`, or a database on a private
    PostgreSQL server (started on first use)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.server: PostgresServer | None = None

    def __enter__(self) -> FreshStores:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.server is not None:
            self.server.remove()

    def new(self, backend: str) -> str:
        if backend == "duckdb":
            db = self.folder / "plans.duckdb"
            db.unlink(missing_ok=True)
            return str(db)
        if self.server is None:
            self.server = PostgresServer()
            self.server.start()
        return self.server.new_database()


def run() -> None:
    from plan_extract.store.staging import parse_to_staged

    docs = int(os.environ.get("BENCH_INGEST_DOCS", "20" if small() else "1000"))
    rounds = int(os.environ.get("BENCH_INGEST_RUNS", str(runs())))
    backends = os.environ.get("BENCH_INGEST_BACKENDS", "duckdb,postgresql").split(",")
    settings = [(b, w) for w in (1, 2) for b in backends]  # issue 15: two workers against one
    rates: dict[tuple[str, int], list[float]] = {s: [] for s in settings}
    peaks: dict[tuple[str, int], list[int]] = {s: [] for s in settings}
    cpus: dict[tuple[str, int], list[float]] = {s: [] for s in settings}
    with (
        tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp,
        FreshStores(Path(tmp)) as fresh,
    ):
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, docs)
        warm_up = Path(tmp) / "warm-up"
        make_corpus(warm_up, 4)
        for backend in backends:  # starts the parser fork server (and the PostgreSQL server)
            ingest_once(warm_up, fresh.new(backend), 1)
        for _ in range(rounds):
            for backend, workers in settings:
                rate, peak, cpu = ingest_once(corpus, fresh.new(backend), workers)
                rates[backend, workers].append(rate)
                peaks[backend, workers].append(peak)
                cpus[backend, workers].append(cpu)
        staged = [
            parse_to_staged(path.read_bytes(), str(path)) for path in sorted(corpus.iterdir())[:200]
        ]
        writes: dict[str, list[float]] = {b: [] for b in backends}
        for _ in range(rounds):
            for backend in backends:
                writes[backend].append(write_once(staged, fresh.new(backend)))
    print(f"ingest: {docs} documents, median of {rounds} runs per setting")
    for backend, workers in settings:
        rate = statistics.median(rates[backend, workers])
        peak_mib = statistics.median(peaks[backend, workers]) / (1024 * 1024)
        cpu_ms = 1000 * statistics.median(cpus[backend, workers])
        print(
            f"  {backend:10} {workers} worker{'s' if workers > 1 else ' '}: {rate:7.1f} "
            f"documents/s, {cpu_ms:5.0f} CPU-ms per plan, peak memory {peak_mib:6.0f} MiB "
            "(client processes)   runs: " + ", ".join(f"{r:.1f}" for r in rates[backend, workers])
        )
    for backend in backends:
        most = max(w for b, w in settings if b == backend)
        if most > 1:
            name = f"ingest {backend}, {most} workers (wall)"
            one, many = rates[backend, 1], rates[backend, most]
            report(Figure(name, "1 worker", "documents/s", one, many, 1.8))
            name = f"ingest {backend}, {most} workers (CPU-seconds per plan)"
            one_cpu, many_cpu = cpus[backend, 1], cpus[backend, most]
            report(Figure(name, "1 worker", "s", one_cpu, many_cpu, 1.11, False))
    for backend in backends:
        print(
            f"  {backend:10} writer: {statistics.median(writes[backend]):.1f} ms per plan "
            f"(wall, {len(staged)} parsed plans committed)"
        )
    if len(backends) > 1:
        for workers in sorted({w for _, w in settings}):
            # each PostgreSQL run next to the DuckDB run just before it
            paired = statistics.median(
                p / d
                for p, d in zip(
                    rates[backends[1], workers], rates[backends[0], workers], strict=True
                )
            )
            print(f"  {backends[1]} / {backends[0]}, {workers} worker(s): {paired:.2f}x (paired)")


if __name__ == "__main__":
    run()
