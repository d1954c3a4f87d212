"""Parse speed and memory over the bundled corpus (seeds and real Markdown plans).

Start-up (imports, data files, spaCy pipeline and matchers, underthesea's word segmenter) is
timed in a fresh interpreter, apart from per-document work, which is timed after a warm-up
parse, both as CPU time of this process (documents per second on one core, robust to other
load on the machine) and as wall time. Medians of RUNS runs.
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
    "import time; t = time.perf_counter(); c = time.process_time();"
    "from plan_extract.pipeline import parse_path;"
    "from plan_extract.extract.nlp import matchers; matchers();"
    "from plan_extract.resolve.indicators_match import words; words('khởi động');"
    "print(time.perf_counter() - t, time.process_time() - c)"
)


def _corpus() -> tuple[list[Path], list[Path]]:
    seeds = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))
    real = sorted((ROOT / "corpus/plans/real").glob("*.md"))
    return seeds, real


def _startup() -> tuple[float, float]:
    """Seconds from a fresh interpreter to a loaded pipeline: (wall, CPU)."""
    out = subprocess.run(
        [sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True, cwd=ROOT
    )
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def _rate(paths: list[Path]) -> tuple[float, float]:
    """Documents per second over `paths`: (CPU time, wall time)."""
    from plan_extract.pipeline import parse_path

    cpu, wall = time.process_time(), time.perf_counter()
    for path in paths:
        parse_path(path)
    return len(paths) / (time.process_time() - cpu), len(paths) / (time.perf_counter() - wall)


def run() -> None:
    from plan_extract.pipeline import parse_path

    seeds, real = _corpus()
    parse_path(seeds[0])  # warm-up: loads the pipeline once
    startups = [_startup() for _ in range(RUNS)]
    seed_rates = [_rate(seeds * 4) for _ in range(RUNS)]
    all_rates = [_rate(seeds + real) for _ in range(RUNS)]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in seeds + real)
    print(f"bench_parse: {len(seeds)} seeds, {len(real)} real plans ({lines} lines), {RUNS} runs")
    wall = statistics.median(s[0] for s in startups)
    cpu = statistics.median(s[1] for s in startups)
    print(
        f"  start-up (imports, data, matchers, segmenter): median {wall:.2f} s wall,"
        f" {cpu:.2f} s CPU"
    )
    for name, rates in (("seeds", seed_rates), ("seeds + real", all_rates)):
        cpu = statistics.median(r[0] for r in rates)
        wall = statistics.median(r[1] for r in rates)
        print(f"  {name}: median {cpu:.1f} docs/s per core (CPU time), {wall:.1f} docs/s wall")
    print(f"  peak memory (max RSS): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    run()
