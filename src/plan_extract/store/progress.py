"""Ingest progress for people: a progress bar on a terminal, one log line per file elsewhere
(CI, pipes, log files), where a bar's redraws would be noise."""

from __future__ import annotations

import os
import sys
import time
from typing import IO, Any

from plan_extract.store.ingest import IngestReport, Reporter, Status


def reporter_for(stream: IO[str] = sys.stderr) -> Reporter:
    """A bar when `stream` is a terminal and CI is not set; plain lines otherwise."""
    if stream.isatty() and os.environ.get("CI", "").lower() not in ("1", "true", "yes"):
        return BarReporter(stream)
    return LogReporter(stream)


class LogReporter:
    """`[12/340] stored path (0.41 s)`, then a summary with the rate."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.total = 0
        self.done = 0
        self.started = time.monotonic()

    def start(self, total: int) -> None:
        self.total = total
        self.started = time.monotonic()
        self._say(f"ingesting {total} file{'s' if total != 1 else ''}")

    def file_done(self, name: str, status: Status, detail: str) -> None:
        self.done += 1
        self._say(f"[{self.done}/{self.total}] {status} {name} ({detail})")

    def finish(self, report: IngestReport) -> None:
        seconds = time.monotonic() - self.started
        rate = self.done / seconds if seconds > 0 else 0.0
        self._say(f"{report.summary()} in {seconds:.1f} s ({rate:.1f} files/s)")

    def _say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class BarReporter:
    """A rich progress bar (files done, rate, time left); failures printed above it."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console

        self.console = Console(file=stream)
        self.progress: Any = None
        self.task: Any = None
        self.started = time.monotonic()

    def start(self, total: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        self.started = time.monotonic()
        self.progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]} files/s"),
            TimeRemainingColumn(),
            console=self.console,
        )
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=total, rate="-")

    def file_done(self, name: str, status: Status, detail: str) -> None:
        if status == "failed":
            from rich.markup import escape

            self.console.print(
                f"[red]failed[/red] {escape(name)}: {escape(detail)}", highlight=False
            )
        elapsed = time.monotonic() - self.started
        done = self.progress.tasks[0].completed + 1
        rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
        self.progress.update(self.task, advance=1, rate=rate)

    def finish(self, report: IngestReport) -> None:
        self.progress.stop()
        seconds = time.monotonic() - self.started
        self.console.print(f"{report.summary()} in {seconds:.1f} s", markup=False, highlight=False)
