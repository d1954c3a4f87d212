"""A time budget for the work on one document, in the process that does it.

The ingest workers are killed from outside when a file runs past its time; `parse`, `check`
and the library's callers read in their own process, where an alarm interrupts the work
instead: the document fails with a one-line error and the next one is read. The alarm repeats
every second until the budget is closed, so that a library that swallows every exception
(`except Exception`) cannot keep the work going past it.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from plan_extract.core.errors import InputError

_REPEAT_SECONDS = 1.0


class TimeBudgetError(InputError):
    """The document took longer than its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s to read (the time limit per file)")


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `TimeBudgetError` in the code run inside once `seconds` have passed (None: no
    budget). Only the main thread receives signals: elsewhere the budget is not kept."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeBudgetError(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
