"""Progress of a command over many files, for people: a bar on a terminal, nothing elsewhere (a
pipe, a log, CI), where a bar's redraws would be noise; with `-v`, a line per file with its
time, on a terminal or not. Every command that works through files calls `track`."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TypeVar

from plan_extract.cli.app import Verbosity, verbosity

T = TypeVar("T")


def interactive(stream: IO[str]) -> bool:
    """A person is watching `stream`: a terminal, and not a CI job."""
    return stream.isatty() and os.environ.get("CI", "").lower() not in ("1", "true", "yes")


def track(items: Sequence[T], label: str, name: Callable[[T], str] = str) -> Iterator[T]:
    """Yield each item; meanwhile, on stderr: a bar (done/total, elapsed, time left) when more
    than one item is worked through on a terminal, unless `-q`; with `-v`, one line per item
    once done: `check [3/40] plans/a.docx 0.42 s`. Messages the caller writes to stderr
    meanwhile appear above the bar."""
    total = len(items)
    level = verbosity()
    show_bar = level != Verbosity.QUIET and total > 1 and interactive(sys.stderr)
    if not show_bar and level != Verbosity.VERBOSE:
        yield from items
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True, highlight=False)
    progress = Progress(
        TextColumn(escape(label)),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not show_bar,
    )
    with progress:
        task = progress.add_task(label, total=total)
        for number, item in enumerate(items, 1):
            started = time.monotonic()
            yield item
            if level == Verbosity.VERBOSE:
                seconds = time.monotonic() - started
                line = f"{label} [{number}/{total}] {name(item)} {seconds:.2f} s"
                console.print(line, markup=False, soft_wrap=True)
            progress.advance(task)
