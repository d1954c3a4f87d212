"""Parse speed and memory over the bundled corpus (seeds and real Markdown plans).

Start-up (imports, data files, spaCy pipeline and matchers) is timed in a fresh interpreter,
apart from per-document work, which is timed after a warm-up parse. Medians of RUNS runs.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parents[1]
STARTUP = (
    "import time; t = time.perf_counter();"
    "from plan_extract.pipeline import parse_path;"
    "from plan_extract.extract.nlp import matchers; matchers();"
    "print(time.perf_counter() - t)"
)


def _corpus() -> tuple[list[Path], list[Path]]:
    seeds = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))
    real = sorted((ROOT / "corpus/plans/real").glob("*.md"))
    return seeds, real


def _startup() -> float:
    out = subprocess.run(
        [sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(out.stdout.strip())


def _rate(paths: list[Path]) -> float:
    from plan_extract.pipeline import parse_path

    start = time.perf_counter()
    for path in paths:
        parse_path(path)
    return len(paths) / (time.perf_counter() - start)


def run() -> None:
    from plan_extract.pipeline import parse_path

    seeds, real = _corpus()
    parse_path(seeds[0])  # warm-up: loads the pipeline once
    startups = [_startup() for _ in range(RUNS)]
    seed_rates = [_rate(seeds) for _ in range(RUNS)]
    all_rates = [_rate(seeds + real) for _ in range(RUNS)]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in seeds + real)
    print(f"bench_parse: {len(seeds)} seeds, {len(real)} real plans ({lines} lines), {RUNS} runs")
    print(f"  start-up (imports, data, spaCy matchers): median {statistics.median(startups):.2f} s")
    print(f"  seeds: median {statistics.median(seed_rates):.1f} docs/s")
    print(f"  seeds + real: median {statistics.median(all_rates):.1f} docs/s")
    print(f"  peak memory (max RSS): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    run()
