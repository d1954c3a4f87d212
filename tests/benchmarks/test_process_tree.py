"""The benchmarks' CPU measure counts what a process tree spent between two readings, also in
threads that ended and children that were waited for meanwhile (a DuckDB store's release timer
runs in a thread of its own between two uploads' readings)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.process_tree import tree_cpu_seconds

BURN = 0.3  # CPU seconds each worker spends


def _burn() -> None:
    """Spend `BURN` CPU seconds in this thread."""
    while time.thread_time() < BURN:
        pass


def test_a_thread_that_ended_between_two_readings_is_counted() -> None:
    before = tree_cpu_seconds(os.getpid())
    worker = threading.Thread(target=_burn)
    worker.start()
    worker.join()
    spent = tree_cpu_seconds(os.getpid()) - before
    assert spent >= BURN * 0.8


def test_a_living_child_and_a_child_waited_for_are_counted() -> None:
    program = f"import time\nwhile time.process_time() < {BURN}: pass\n"
    before = tree_cpu_seconds(os.getpid())
    subprocess.run([sys.executable, "-c", program], check=True)  # ended, waited for
    child = subprocess.Popen(
        [sys.executable, "-c", program + "print('done', flush=True)\ninput()\n"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "done"
        spent = tree_cpu_seconds(os.getpid()) - before  # the second child still living
    finally:
        child.communicate("\n")
    assert spent >= 2 * BURN * 0.8


def test_a_process_that_has_gone_counts_nothing() -> None:
    gone = int(Path("/proc/sys/kernel/pid_max").read_text()) + 1  # no process has it
    assert tree_cpu_seconds(gone) == 0.0
