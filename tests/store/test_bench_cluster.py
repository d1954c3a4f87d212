"""The simulated national run (benchmarks/bench_cluster.py) at a tiny size, so it cannot rot:
its mixed corpus is distinct plans of the three kinds, and both runs store every one."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from benchmarks.bench_cluster import make_mixed_corpus, measure, report


def test_the_mixed_corpus_is_distinct_plans_of_three_kinds(tmp_path: Path) -> None:
    paths = make_mixed_corpus(tmp_path, 18)
    assert len({hashlib.sha256(path.read_bytes()).digest() for path in paths}) == 18
    suffixes = sorted(path.suffix for path in paths)
    assert (suffixes.count(".docx"), suffixes.count(".pdf")) == (4, 2)


@pytest.mark.slow
def test_the_benchmark_runs_both_ways_and_reports_its_figures() -> None:
    figures = measure(docs=9, workers=2)  # raises unless both runs store every plan
    assert figures.local.plans_per_second > 0 and figures.cluster.plans_per_second > 0
    assert figures.cluster.workers_peak > 0 and figures.cluster.client_peak > 0
    assert 0 < figures.overhead_ms < 1000
    assert figures.seconds_per_scan_page > 0
    printed = report(figures, 2)
    assert "plans/s" in printed and "ms per task" in printed and "per scanned page" in printed
