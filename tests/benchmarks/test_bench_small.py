"""`make bench` at the small size (BENCH_SMALL=1), so that it cannot rot: it completes and prints
every figure of issue 15 with its baseline and ratio. No timing is asserted: the figures of a
shared CI machine mean nothing; `make bench` on a quiet one gives them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIGURES = (
    "text parse",
    "start-up, parse one.txt",
    "start-up, --help",
    "start-up, parse --help",
    "PDF text layer",
    "scan OCR",
    "ingest duckdb, 2 workers (wall)",
    "ingest duckdb, 2 workers (CPU-seconds per plan)",
    "ingest postgresql, 2 workers (wall)",
    "web, warm upload",
    "web, first upload after start",
    "web, upload after",
)
FIGURE = re.compile(r"ours [\d.e+-]+ .+, baseline \(.+\) [\d.e+-]+ .+: ratio [\d.]+x")


@pytest.mark.slow
def test_make_bench_runs_small_and_prints_every_figure_with_baseline_and_ratio() -> None:
    env = {**os.environ, "BENCH_SMALL": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for name in FIGURES:
        line = next((line for line in lines if line.strip().startswith(name)), None)
        assert line is not None, f"no figure {name!r} in:\n{done.stdout}"
        assert FIGURE.search(line), line
    assert re.search(r"scan memory, 4 pages: peak \d+ MiB", done.stdout), done.stdout
