"""How far a long step has got, for whoever listens: the web page shows "OCR page 3 of 10".

A stage reports `(stage, done, total)` through `report`; nothing listens by default, and then a
report costs one lookup. The parsing worker of the store's pool listens while it parses one file
and sends each report back to the process that gave it the file (store/pool.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

Listener = Callable[[str, int, int], None]

_listeners: list[Listener] = []


def report(stage: str, done: int, total: int) -> None:
    """`done` of `total` steps of `stage` (e.g. "ocr": pages read) are finished."""
    for listener in _listeners:
        listener(stage, done, total)


@contextlib.contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Have `listener` called with every report made until the block ends."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)
