"""Ingest speed and memory: a corpus of at least 1,000 distinct plans into a fresh store, with
one worker and with one per core; medians of several runs (alternating, so that load from
elsewhere on the machine weighs on both settings alike).

Set BENCH_INGEST_DOCS and BENCH_INGEST_RUNS to change the corpus size (default 1000) and the
number of runs per setting (default 5).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

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
    """Samples the resident memory of this process and all its descendants (Linux /proc) and
    keeps the peak of their sum."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self._stop.wait(self.interval)


def _tree_rss(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip()), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def ingest_once(corpus: Path, db: Path, workers: int) -> tuple[float, int]:
    """Documents per second and peak memory (bytes) of one ingest into a fresh store."""
    from plan_extract.store import ingest_paths, open_store

    db.unlink(missing_ok=True)
    with TreeMemory() as memory, open_store(db) as store:
        started = time.perf_counter()
        report = ingest_paths(store, [corpus], workers=workers)
        seconds = time.perf_counter() - started
    if report.failed or report.skipped:
        raise RuntimeError(f"benchmark corpus did not ingest cleanly: {report.summary()}")
    return report.stored / seconds, memory.peak


def run() -> None:
    from plan_extract.store.ingest import default_workers

    docs = int(os.environ.get("BENCH_INGEST_DOCS", "1000"))
    runs = int(os.environ.get("BENCH_INGEST_RUNS", "5"))
    settings = sorted({1, default_workers()})
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, docs)
        warm_up = Path(tmp) / "warm-up"
        make_corpus(warm_up, 4)
        ingest_once(warm_up, Path(tmp) / "plans.duckdb", 1)  # starts the parser fork server
        rates: dict[int, list[float]] = {w: [] for w in settings}
        peaks: dict[int, list[int]] = {w: [] for w in settings}
        for _ in range(runs):
            for workers in settings:
                rate, peak = ingest_once(corpus, Path(tmp) / "plans.duckdb", workers)
                rates[workers].append(rate)
                peaks[workers].append(peak)
    print(f"ingest: {docs} documents, median of {runs} runs per setting")
    for workers in settings:
        rate = statistics.median(rates[workers])
        peak_mib = statistics.median(peaks[workers]) / (1024 * 1024)
        print(
            f"  {workers} worker{'s' if workers > 1 else ' '}: {rate:7.1f} documents/s, "
            f"peak memory {peak_mib:6.0f} MiB (all processes)   runs: "
            + ", ".join(f"{r:.1f}" for r in rates[workers])
        )
    if len(settings) > 1:
        most = settings[-1]
        speedup = statistics.median(rates[most]) / statistics.median(rates[1])
        # each run of `most` workers next to the run of one worker just before it: the machine's
        # speed drifts less within a pair than across the whole benchmark
        paired = statistics.median(m / o for m, o in zip(rates[most], rates[1], strict=True))
        print(f"  speed-up with {most} workers: {speedup:.2f}x (paired runs: {paired:.2f}x)")


if __name__ == "__main__":
    run()
