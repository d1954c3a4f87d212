"""The time budget of one document (core/budget.py) in any thread: the main thread (an alarm),
a thread pool's thread, the web server's threads (Starlette's `run_in_threadpool`, as the upload
handler runs) and a Dask worker's threads; the budget ends where it is closed (no interruption
leaks into later work) and waits outside `uninterrupted()`."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from plan_extract.core.budget import TimeBudgetError, remaining, time_budget, uninterrupted
from plan_extract.pipeline import parse_bytes
from plan_extract.read import ReadOptions
from plan_extract.read.options import ReadLimits

BUDGET = 0.5
SLACK = 5.0  # a loaded machine (2 cores shared by many) schedules late
SLOW_TEXT = ("Nội dung kế hoạch dài.\n" * 60_000).encode("utf-8")  # ~9 s to parse, unbounded


def _busy(seconds: float) -> int:
    """Python work (an interruption lands between its instructions) for `seconds`."""
    end, count = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        count += 1
    return count


def _interrupted(work: Callable[[], Any]) -> float:
    """Seconds until `work`, run under the budget, is stopped by it."""
    started = time.monotonic()
    expected = f"took longer than {BUDGET:g} s"
    with pytest.raises(TimeBudgetError, match=expected), time_budget(BUDGET):
        work()
    return time.monotonic() - started


def _parse_slow_text() -> float:
    """Seconds until the parse of a text that takes seconds is stopped by its budget."""
    started = time.monotonic()
    options = ReadOptions(limits=ReadLimits(max_seconds=BUDGET))
    with pytest.raises(TimeBudgetError):
        parse_bytes(SLOW_TEXT, "slow.txt", options)
    return time.monotonic() - started


def test_the_main_thread_is_interrupted() -> None:
    assert BUDGET <= _interrupted(lambda: _busy(30)) < BUDGET + SLACK


def test_a_worker_thread_is_interrupted_and_then_left_alone() -> None:
    with ThreadPoolExecutor(1) as pool:
        took = pool.submit(_interrupted, lambda: _busy(30)).result()
        assert BUDGET <= took < BUDGET + SLACK
        assert pool.submit(_busy, 3 * BUDGET + 1.5).result() > 0  # nothing more raised
        assert pool.submit(remaining).result() is None


def test_work_within_its_budget_is_not_interrupted() -> None:
    def within() -> int:
        with time_budget(30):
            return _busy(BUDGET)

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(within).result() > 0
        assert pool.submit(_busy, 1.5).result() > 0


@pytest.mark.parametrize("in_thread", [False, True])
def test_uninterrupted_work_is_interrupted_right_after(in_thread: bool) -> None:
    def held() -> tuple[float, float]:
        started = time.monotonic()
        with pytest.raises(TimeBudgetError), time_budget(BUDGET):
            with uninterrupted():
                _busy(BUDGET + 1.5)
            through = time.monotonic() - started
            _busy(30)
        return through, time.monotonic() - started

    if in_thread:
        with ThreadPoolExecutor(1) as pool:
            through, took = pool.submit(held).result()
    else:
        through, took = held()
    assert through >= BUDGET + 1.5  # not interrupted while held
    assert took < through + SLACK


def test_a_parse_in_the_web_servers_threads_keeps_its_budget() -> None:
    import anyio
    from starlette.concurrency import run_in_threadpool

    async def upload() -> float:
        return await run_in_threadpool(_parse_slow_text)

    assert anyio.run(upload) < BUDGET + SLACK


@pytest.mark.slow
def test_a_parse_in_a_dask_workers_thread_keeps_its_budget() -> None:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0")
        as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        future = client.submit(_parse_slow_text, pure=False)
        assert future.result(timeout=120) < BUDGET + SLACK
