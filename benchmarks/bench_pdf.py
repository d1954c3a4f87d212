"""PDF speed and memory: pages per second for text PDFs (reading alone, and the whole parse) and
for scans (OCR), medians of RUNS runs after a warm-up, and peak resident memory.

Text PDFs are read on one core (the reader is single-threaded); OCR runs one single-threaded
Tesseract per core, so its rate is reported with the number of cores it had.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parents[1]
RENDERED = ROOT / "corpus" / "plans" / "rendered"


def _pages_per_second(paths: list[Path], work: Callable[[Path], object], pages: int) -> float:
    start = time.perf_counter()
    for path in paths:
        work(path)
    return pages / (time.perf_counter() - start)


def _median_rate(paths: list[Path], work: Callable[[Path], object]) -> tuple[float, int]:
    from plan_extract.read import read_path

    pages = sum(read_path(path)[0].pages or 0 for path in paths)  # also the warm-up
    rates = [_pages_per_second(paths, work, pages) for _ in range(RUNS)]
    return statistics.median(rates), pages


def run() -> None:
    from plan_extract.pipeline import parse_path
    from plan_extract.read import read_path

    texts = sorted(p for p in RENDERED.glob("*.pdf") if not p.name.endswith(".scan.pdf"))
    scans = sorted(RENDERED.glob("*.scan.pdf"))
    read_rate, text_pages = _median_rate(texts, read_path)
    parse_rate, _ = _median_rate(texts, parse_path)
    scan_rate, scan_pages = _median_rate(scans, read_path)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"bench_pdf: {len(texts)} text PDFs ({text_pages} pages), {len(scans)} scans "
        f"({scan_pages} pages), {RUNS} runs"
    )
    print(f"  text PDF, read: median {read_rate:.1f} pages/s (one core)")
    print(f"  text PDF, whole parse: median {parse_rate:.1f} pages/s (one core)")
    print(f"  scan, OCR: median {scan_rate:.2f} pages/s ({os.cpu_count()} cores)")
    print(
        f"  peak memory: {own:.0f} MiB (this process), {children:.0f} MiB (largest child process)"
    )


if __name__ == "__main__":
    run()
