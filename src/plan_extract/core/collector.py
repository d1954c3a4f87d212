"""Fewer garbage collections while a document is parsed.

A parse makes and drops hundreds of thousands of small containers (a line's tokens and hits,
the lines, the items' models). Reference counting frees nearly all of them, but CPython's
collector also counts every one made and walks its youngest generation each time 700 more are
alive than were freed, the older generations every 10 and 100 such walks, through whatever is
alive then: the document's own lists of tens of thousands of tuples, walked again and again.
That was 7% of the CPU of a warm text parse (bench_parse's 25 plans: 95 ms of a 1.3 s pass in
the collector; 14 ms with the youngest generation walked every 20 000). Within
`fewer_collections` it is: reference cycles are still collected, later.

The thresholds are the process's (CPython has one set): the first of scopes open at once
(threads parsing side by side) raises the youngest's, the last one closed restores what they
were. A process that turned collection off by a threshold of 0 keeps it off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

YOUNG_THRESHOLD = 20_000  # allocations between two walks of the youngest generation


@dataclass
class _Scopes:
    open: int = 0
    saved: tuple[int, ...] = ()
    lock: threading.Lock = field(default_factory=threading.Lock)


_scopes = _Scopes()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The youngest generation walked every `YOUNG_THRESHOLD` allocations in the code run
    inside (never more often than the process had it)."""
    with _scopes.lock:
        if _scopes.open == 0:
            _scopes.saved = gc.get_threshold()
            young, *older = _scopes.saved
            if young:
                gc.set_threshold(max(young, YOUNG_THRESHOLD), *older)
        _scopes.open += 1
    try:
        yield
    finally:
        with _scopes.lock:
            _scopes.open -= 1
            if _scopes.open == 0:
                gc.set_threshold(*_scopes.saved)
