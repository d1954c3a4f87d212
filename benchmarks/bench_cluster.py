"""A simulated national run: N distinct plans (text, DOCX and scans mixed) ingested with the
local pool and with `--cluster local:2`, side by side; prints plans/s, the scheduler's overhead
per task, the peak memory of the client (which is the writer too) and of the workers, and the
OCR cost per scanned page that the README's national estimate starts from.

BENCH_CLUSTER_DOCS (default 20000: the full national simulation; 9 with BENCH_SMALL, and CI runs
it tiny in a test), BENCH_CLUSTER_WORKERS (default 2) and BENCH_CLUSTER_RUNS (default 3: the two
ways alternate, and the medians are printed) change the run.
"""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_ingest import TreeMemory, make_corpus
from benchmarks.ratio import small

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "corpus/plans/rendered/001_d694d18c5a7d837d.docx"
SCAN = ROOT / "corpus/plans/rendered/001_d694d18c5a7d837d.scan.pdf"
SCAN_PAGES = 2  # each scan copy: the first pages of the corpus's scan
MIX = (("txt", 6), ("docx", 2), ("scan", 1))  # of every 9 plans


@dataclass(frozen=True)
class Run:
    plans_per_second: float
    client_peak: int  # bytes: this process, the client and the writer
    workers_peak: int  # bytes: every process below it (Dask workers, parser processes)


@dataclass(frozen=True)
class Figures:
    docs: int
    local: Run
    cluster: Run
    overhead_ms: float  # the scheduler's round trip per task, over a no-op task
    seconds_per_scan_page: float


def make_mixed_corpus(folder: Path, count: int) -> list[Path]:
    """`count` distinct plans: text copies (bench_ingest's), DOCX copies with a part of their
    own, and short scans (PDF images) with a trailing comment of their own."""
    cycle = [kind for kind, share in MIX for _ in range(share)]
    kinds = [cycle[index % len(cycle)] for index in range(count)]
    texts = iter(make_corpus(folder, kinds.count("txt")))
    scan = _short_scan()
    paths = []
    for index, kind in enumerate(kinds):
        if kind == "txt":
            paths.append(next(texts))
            continue
        path = folder / f"{index:05d}-{kind}.{'docx' if kind == 'docx' else 'pdf'}"
        if kind == "docx":
            path.write_bytes(DOCX.read_bytes())
            with zipfile.ZipFile(path, "a") as docx:
                docx.writestr("customXml/copy.txt", f"copy {index}")
        else:
            path.write_bytes(scan + f"\n%copy {index}\n".encode())
        paths.append(path)
    return paths


def _short_scan() -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(SCAN.read_bytes())
    short = pdfium.PdfDocument.new()
    short.import_pages(source, list(range(SCAN_PAGES)))
    buffer = io.BytesIO()
    short.save(buffer)
    return buffer.getvalue()


def ingest_once(corpus: Path, db: Path, cluster: str | None, workers: int) -> Run:
    from plan_extract.store import Limits, ingest_paths, open_store
    from plan_extract.store.cluster import open_cluster

    with TreeMemory(interval=0.1) as memory:
        if cluster is None:
            with open_store(db) as store:
                started = time.perf_counter()
                report = ingest_paths(store, [corpus], workers=workers)
                seconds = time.perf_counter() - started
        else:
            with open_cluster(cluster, Limits()) as pool, open_store(db) as store:
                started = time.perf_counter()
                report = ingest_paths(store, [corpus], parsers=pool)
                seconds = time.perf_counter() - started
    if report.failed or report.skipped:
        raise RuntimeError(f"the benchmark corpus did not ingest cleanly: {report.summary()}")
    return Run(report.stored / seconds, memory.own, memory.descendants)


def scheduler_overhead_ms(workers: int, tasks: int = 200) -> float:
    """Milliseconds per task of submitting no-op tasks through a LocalCluster and gathering
    them as the ingest does (bounded window, as_completed): the cluster's own cost per plan."""
    from distributed import Client, LocalCluster, as_completed

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        client.submit(_noop, -1, pure=False).result()  # the workers have started
        started = time.perf_counter()
        window = as_completed([client.submit(_noop, i, pure=False) for i in range(2 * workers)])
        submitted = 2 * workers
        for _ in window:
            if submitted < tasks:
                window.add(client.submit(_noop, submitted, pure=False))
                submitted += 1
        seconds = time.perf_counter() - started
    return 1000 * seconds * workers / tasks


def _noop(index: int) -> int:
    return index


def seconds_per_scan_page(corpus: Path, samples: int = 2) -> float:
    """The parse of a scan copy, in this process, divided by its pages (OCR dominates it)."""
    from plan_extract.store.staging import parse_to_staged

    scans = sorted(corpus.glob("*-scan.pdf"))[:samples]
    times = []
    for path in scans:
        started = time.perf_counter()
        parse_to_staged(path.read_bytes(), str(path))
        times.append((time.perf_counter() - started) / SCAN_PAGES)
    return statistics.median(times)


def measure(docs: int, workers: int = 2, runs: int = 1) -> Figures:
    """The local pool and the cluster, `runs` times each, alternating (the machine's speed
    drifts): the median of each figure."""
    locals_, clusters = [], []
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_mixed_corpus(corpus, docs)
        for index in range(runs):
            db = Path(tmp) / f"{index}"
            locals_.append(ingest_once(corpus, db.with_suffix(".local.duckdb"), None, workers))
            cluster = f"local:{workers}"
            clusters.append(
                ingest_once(corpus, db.with_suffix(".cluster.duckdb"), cluster, workers)
            )
        overhead = scheduler_overhead_ms(workers)
        per_page = seconds_per_scan_page(corpus)
    return Figures(docs, _median(locals_), _median(clusters), overhead, per_page)


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(run.plans_per_second for run in runs),
        int(statistics.median(run.client_peak for run in runs)),
        int(statistics.median(run.workers_peak for run in runs)),
    )


def report(figures: Figures, workers: int) -> str:
    mib = 1024 * 1024
    lines = [f"simulated national run: {figures.docs} plans (text, DOCX, scans 6:2:1), medians"]
    for name, run in (("local pool", figures.local), (f"local:{workers}", figures.cluster)):
        lines.append(
            f"  {name:11} {run.plans_per_second:6.2f} plans/s, peak memory: client and writer "
            f"{run.client_peak / mib:5.0f} MiB, workers {run.workers_peak / mib:5.0f} MiB"
        )
    ratio = figures.cluster.plans_per_second / figures.local.plans_per_second
    lines.append(f"  cluster against the local pool: {ratio:.2f}x")
    lines.append(f"  scheduler overhead: {figures.overhead_ms:.1f} ms per task")
    lines.append(f"  OCR: {figures.seconds_per_scan_page:.2f} s per scanned page (one core)")
    return "\n".join(lines)


def run() -> None:
    docs = int(os.environ.get("BENCH_CLUSTER_DOCS", "9" if small() else "20000"))
    workers = int(os.environ.get("BENCH_CLUSTER_WORKERS", "2"))
    runs = int(os.environ.get("BENCH_CLUSTER_RUNS", "3"))
    print(report(measure(docs, workers, runs), workers))
