"""Normalization and structure speed on the seeds and real plans (medians of 7 runs).

Also the one-time cost of loading underthesea's normalization table (read directly, without
importing underthesea) next to what importing underthesea itself would cost.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def _median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    command = [sys.executable, "-c", code]
    runs = [subprocess.run(command, capture_output=True, text=True, check=True) for _ in range(5)]
    return statistics.median(float(result.stdout) for result in runs)


def _bench_corpus(label: str, pattern: str) -> None:
    from plan_extract.normalize import normalize
    from plan_extract.read import read_path
    from plan_extract.structure import build_structure

    raws = [read_path(path)[0] for path in sorted(ROOT.glob(pattern))]
    docs = [normalize(raw) for raw in raws]
    for doc in docs:
        build_structure(doc)  # warm the caches (data files, unit lists)
    norm = _median_seconds(lambda: [normalize(raw) for raw in raws])
    struct = _median_seconds(lambda: [build_structure(doc) for doc in docs])
    count = len(raws)
    print(
        f"bench_normalize {label}: {count} docs; normalize {norm / count * 1000:.1f} ms/doc; "
        f"structure {struct / count * 1000:.1f} ms/doc; {count / (norm + struct):.0f} docs/s"
    )


def run() -> None:
    from plan_extract.core.text import _tables

    _bench_corpus("seeds", "corpus/plans/seeds/*.txt")
    _bench_corpus("real", "corpus/plans/real/*.md")

    def load() -> None:
        _tables.cache_clear()
        _tables()

    table = _median_seconds(load)
    library = _import_seconds("import underthesea")
    print(
        f"bench_normalize tone table: read directly {table * 1000:.1f} ms; "
        f"import underthesea {library:.2f} s"
    )


if __name__ == "__main__":
    run()
