"""A time budget for the work on one document, in the thread that does it.

The ingest workers are killed from outside when a file runs past its time; `parse`, `check`,
the web server and the library's callers (a Dask task, a thread pool) read in their own
process, where the budget interrupts the work instead: the document fails with a one-line
`TimeBudgetError` and the next one is read.

- In the main thread an alarm signal interrupts the work (it also breaks a blocking wait).
- In any other thread, where no signal arrives, a watchdog thread raises the error in the
  working thread asynchronously (`PyThreadState_SetAsyncExc`), as an alarm would.

Either way the interruption lands between two Python instructions, and repeats every second
until the budget is closed, so that a library that swallows every exception (`except
Exception`) cannot keep the work going past it. `uninterrupted()` holds it off around a call
into C that calls back into Python (pdfium's progressive renderer), where an exception raised
in the callback would be lost: such a call bounds its own time by `remaining()`.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType

from plan_extract.core.errors import InputError

_REPEAT_SECONDS = 1.0


@dataclass
class _Budget:
    seconds: float
    deadline: float
    held: int = 0  # how many `uninterrupted()` blocks are open
    lock: threading.Lock = field(default_factory=threading.Lock)
    closed: threading.Event = field(default_factory=threading.Event)


_open = threading.local()  # `budget`: the budget of the work in this thread, if any


class TimeBudgetError(InputError):
    """The document took longer than its time budget (`seconds`: by default the budget open in
    this thread, for the error the watchdog raises, which is made without arguments)."""

    def __init__(self, seconds: float | None = None) -> None:
        budget: _Budget | None = getattr(_open, "budget", None)
        if seconds is None:
            seconds = budget.seconds if budget is not None else 0.0
        super().__init__(f"took longer than {seconds:g} s to read (the time limit per file)")


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `TimeBudgetError` in the code run inside once `seconds` have passed (None: no
    budget), in whatever thread it runs."""
    if seconds is None:
        yield
        return
    budget = _Budget(seconds, time.monotonic() + seconds)
    outer: _Budget | None = getattr(_open, "budget", None)
    _open.budget = budget
    try:
        if threading.current_thread() is threading.main_thread():
            with _alarm(budget):
                yield
        else:
            with _watchdog(budget):
                yield
    finally:
        _open.budget = outer


def remaining() -> float | None:
    """Seconds left of the budget open in this thread (None: no budget)."""
    budget: _Budget | None = getattr(_open, "budget", None)
    return None if budget is None else max(0.0, budget.deadline - time.monotonic())


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold off the budget's interruption of this thread for the code inside (it must bound
    its own time by `remaining()`); a budget that ran out meanwhile interrupts right after."""
    budget: _Budget | None = getattr(_open, "budget", None)
    if budget is None:
        yield
        return
    main = threading.current_thread() is threading.main_thread()
    with budget.lock:
        budget.held += 1
        if main:
            signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        with budget.lock:
            budget.held -= 1
            if main and not budget.held:
                left = budget.deadline - time.monotonic()
                signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), _REPEAT_SECONDS)


@contextmanager
def _alarm(budget: _Budget) -> Iterator[None]:
    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeBudgetError(budget.seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, budget.seconds, _REPEAT_SECONDS)
    try:
        yield
    finally:
        _surely(lambda: signal.setitimer(signal.ITIMER_REAL, 0))
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _watchdog(budget: _Budget) -> Iterator[None]:
    worker = threading.get_ident()

    def watch() -> None:
        wait = budget.seconds
        while not budget.closed.wait(wait):
            with budget.lock:
                if not budget.closed.is_set() and not budget.held:
                    _raise_in(worker, TimeBudgetError)
            wait = _REPEAT_SECONDS

    watcher = threading.Thread(target=watch, name="plan-extract-time-budget", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        _surely(lambda: _close(budget, worker))
        watcher.join()


def _close(budget: _Budget, worker: int) -> None:
    with budget.lock:
        budget.closed.set()
        _raise_in(worker, None)  # an error raised but not yet met is taken back


def _surely(close: Callable[[], object]) -> None:
    """Run `close` to its end even when the budget's last interruption lands inside it (the
    work is done by then: the interruption is dropped)."""
    while True:
        try:
            close()
            return
        except TimeBudgetError:
            continue


def _raise_in(thread: int, error: type[BaseException] | None) -> None:
    """Raise `error` in `thread` at its next Python instruction (None: cancel one pending)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(error) if error is not None else None
    )
