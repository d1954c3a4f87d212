"""Ingesting files: read and checksum in this process, parse in the worker pool, commit each
plan as soon as it is parsed."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from plan_extract.core.errors import InputError, UsageError
from plan_extract.core.version import __version__
from plan_extract.read import ReadOptions
from plan_extract.store.db import Committed, Store
from plan_extract.store.pool import Failed, Job, Limits, WorkerPool

Status = Literal["stored", "skipped", "failed"]


class Readable(Protocol):
    """Something to ingest: a name to show and store, and its bytes."""

    @property
    def name(self) -> str: ...

    def read(self, max_bytes: int) -> bytes: ...


@dataclass(frozen=True, slots=True)
class InMemory:
    name: str
    data: bytes

    def read(self, max_bytes: int) -> bytes:
        return self.data


@dataclass(frozen=True, slots=True)
class FailedFile:
    path: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    stored: int = 0
    skipped: int = 0
    failures: list[FailedFile] = field(default_factory=list)
    plan_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return f"{self.stored} stored, {self.skipped} skipped (already held), {self.failed} failed"


class Reporter(Protocol):
    """Where progress goes: a progress bar, log lines, or nowhere."""

    def start(self, total: int) -> None: ...

    def file_done(self, name: str, status: Status, detail: str) -> None: ...

    def finish(self, report: IngestReport) -> None: ...


class SilentReporter:
    def start(self, total: int) -> None:
        pass

    def file_done(self, name: str, status: Status, detail: str) -> None:
        pass

    def finish(self, report: IngestReport) -> None:
        pass


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def ingest(
    store: Store,
    inputs: Sequence[Readable],
    workers: int | None = None,
    limits: Limits | None = None,
    options: ReadOptions | None = None,
    reporter: Reporter | None = None,
) -> IngestReport:
    """Ingest every input; one failure never stops the others."""
    options = options or ReadOptions()
    reporter = reporter or SilentReporter()
    report = IngestReport()
    held = store.parser_versions()
    pending: dict[int, tuple[str, str]] = {}  # job key → (name, sha256)
    queued: set[str] = set()

    def fail(name: str, sha256: str | None, reason: str) -> None:
        store.record_failure(name, sha256, reason)
        report.failures.append(FailedFile(name, reason))
        reporter.file_done(name, "failed", reason)

    def jobs() -> Iterator[Job]:
        for key, item in enumerate(inputs):
            try:
                data = item.read(options.max_bytes)
            except InputError as exc:
                fail(item.name, None, str(exc))
                continue
            sha256 = hashlib.sha256(data).hexdigest()
            if held.get(sha256) == __version__ or sha256 in queued:
                report.skipped += 1
                report.plan_ids.append(sha256)
                reporter.file_done(item.name, "skipped", "already held")
                continue
            queued.add(sha256)
            pending[key] = (item.name, sha256)
            yield Job(key, item.name, data)

    awaiting: dict[str, tuple[str, str]] = {}  # plan_id → (name, detail) until committed

    def settle(committed: list[Committed]) -> None:
        """Report the plans the store has committed (each reported stored is durable)."""
        for plan in committed:
            name, detail = awaiting.pop(plan.plan_id)
            report.plan_ids.append(plan.plan_id)
            if plan.stored:
                report.stored += 1
                reporter.file_done(name, "stored", detail)
            else:
                report.skipped += 1
                reporter.file_done(name, "skipped", "already held (stored meanwhile)")

    reporter.start(len(inputs))
    store.set_threads(1)
    try:
        with WorkerPool(workers or default_workers(), limits or Limits(), options) as pool:
            for outcome in pool.run(jobs()):
                name, sha256 = pending.pop(outcome.key)
                if isinstance(outcome, Failed):
                    fail(name, sha256, outcome.reason)
                    continue
                awaiting[sha256] = (name, f"{outcome.seconds:.2f} s")
                settle(store.stage(outcome.plan))
        settle(store.flush())
    except KeyboardInterrupt:
        settle(store.flush())  # what was parsed is kept; say how far it got
        reporter.finish(report)
        raise
    finally:
        store.set_threads(default_workers())
    reporter.finish(report)
    return report


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    workers: int | None = None,
    limits: Limits | None = None,
    options: ReadOptions | None = None,
    reporter: Reporter | None = None,
) -> IngestReport:
    """Ingest plan files, folders and .zip archives (`workers` defaults to one per core);
    `UsageError` when the paths hold no plan file at all."""
    from plan_extract.read.inputs import find_inputs

    inputs = list(find_inputs(Path(p) for p in paths))
    if not inputs:
        raise UsageError("no plan files found in the paths given")
    return ingest(store, inputs, workers, limits, options, reporter)


def ingest_bytes(store: Store, data: bytes, name: str, limits: Limits | None = None) -> str:
    """Ingest one file held in memory (an upload); returns its plan_id. A file that cannot be
    parsed is recorded in `failures` and raises `InputError` with the reason."""
    report = ingest(store, [InMemory(name, data)], workers=1, limits=limits)
    if report.failures:
        raise InputError(f"{name}: {report.failures[0].reason}")
    return report.plan_ids[0]
