"""Ingesting files: read and checksum in this process, parse in the worker pool, commit each
plan as soon as it is parsed."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from plan_extract.core.errors import InputError, UsageError, printable
from plan_extract.core.version import __version__
from plan_extract.read import ReadOptions
from plan_extract.store.db import Committed, Store
from plan_extract.store.pool import Failed, Job, Limits, Outcome, Parsed, WorkerPool
from plan_extract.store.staging import StagedPlan

Status = Literal["stored", "skipped", "failed"]


class Readable(Protocol):
    """Something to ingest: a name to show and store, its bytes, and where another machine may
    read them too (a path or URL; None: only here)."""

    @property
    def name(self) -> str: ...

    @property
    def location(self) -> str | None: ...

    def read(self, max_bytes: int) -> bytes: ...


@dataclass(frozen=True, slots=True)
class InMemory:
    name: str
    data: bytes
    location: str | None = None

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


class Parsers(Protocol):
    """What parses the jobs: the local `WorkerPool`, or a Dask cluster (store/cluster/); one
    outcome per job, in the order they finish."""

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]: ...


class Sink(Protocol):
    """Where parsed plans go: a `Store`, or Parquet parts (parquet.py)."""

    def parser_versions(self) -> dict[str, str]: ...

    def record_failure(self, path: str, sha256: str | None, reason: str) -> None: ...

    def stage(self, plan: StagedPlan) -> list[Committed]: ...

    def flush(self) -> list[Committed]: ...

    def set_threads(self, threads: int) -> None: ...


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
    store: Sink,
    inputs: Sequence[Readable],
    workers: int | None = None,
    limits: Limits | None = None,
    options: ReadOptions | None = None,
    reporter: Reporter | None = None,
    parsers: Parsers | None = None,
) -> IngestReport:
    """Ingest every input; one failure never stops the others. `parsers` (the caller opens and
    closes it) parses instead of a local pool of `workers` processes."""
    options = options or ReadOptions()
    reporter = reporter or SilentReporter()
    report = IngestReport()
    held = store.parser_versions()
    pending: dict[int, tuple[str, str]] = {}  # job key → (name, sha256)
    copies: dict[str, list[str]] = {}  # sha256 being parsed → names of the same bytes since
    fates: dict[str, tuple[str, str | None]] = {}  # sha256 parsed → (name, why it failed)

    def fail(name: str, sha256: str | None, reason: str) -> None:
        store.record_failure(name, sha256, reason)
        report.failures.append(FailedFile(name, reason))
        reporter.file_done(name, "failed", reason)

    def skip(name: str, sha256: str, detail: str) -> None:
        report.skipped += 1
        report.plan_ids.append(sha256)
        reporter.file_done(name, "skipped", detail)

    def same_as(name: str, sha256: str, first: str, reason: str | None) -> None:
        """A copy of a file parsed before: it fares as that file did."""
        if reason is None:
            skip(name, sha256, f"the same file as {first}")
        else:
            fail(name, sha256, f"{reason} (the same file as {first})")

    def jobs() -> Iterator[Job]:
        for key, item in enumerate(inputs):
            name = printable(item.name)
            try:
                data = item.read(options.max_bytes)
            except InputError as exc:
                fail(name, None, str(exc))
                continue
            sha256 = hashlib.sha256(data).hexdigest()
            if held.get(sha256) == __version__:
                skip(name, sha256, "already held")
            elif sha256 in fates:
                first, reason = fates[sha256]
                same_as(name, sha256, first, reason)
            elif sha256 in copies:  # its fate is the first copy's, known when that one is
                copies[sha256].append(name)
            else:
                copies[sha256] = []
                pending[key] = (name, sha256)
                yield Job(key, name, data, location=item.location)

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
        with contextlib.ExitStack() as stack:
            if parsers is None:
                local = WorkerPool(workers or default_workers(), limits or Limits(), options)
                parsers = stack.enter_context(local)
            for outcome in parsers.run(jobs()):
                name, sha256 = pending.pop(outcome.key)
                if isinstance(outcome, Failed):
                    fail(name, sha256, outcome.reason)
                    fates[sha256] = (name, outcome.reason)
                elif isinstance(outcome, Parsed):  # (a page range's OCR is a parser's own)
                    awaiting[sha256] = (name, f"{outcome.seconds:.2f} s")
                    settle(store.stage(outcome.plan))
                    fates[sha256] = (name, None)
                for copy in copies.pop(sha256):
                    same_as(copy, sha256, *fates[sha256])
        settle(store.flush())
    except KeyboardInterrupt:
        settle(store.flush())  # what was parsed is kept; say how far it got
        _file_documents(store)
        reporter.finish(report)
        raise
    finally:
        store.set_threads(default_workers())
    _file_documents(store)
    reporter.finish(report)
    return report


def _file_documents(sink: Sink) -> None:
    """File the plans stored under their documents (documents.py); a store only, not Parquet."""
    if isinstance(sink, Store):
        from plan_extract.store.documents import file_new

        file_new(sink)


def ingest_paths(
    store: Sink,
    paths: Iterable[str | Path],
    workers: int | None = None,
    limits: Limits | None = None,
    options: ReadOptions | None = None,
    reporter: Reporter | None = None,
    parsers: Parsers | None = None,
) -> IngestReport:
    """Ingest plan files, folders and .zip archives, and URLs as strings (`workers` defaults to
    one per core);
    `UsageError` when the paths hold no plan file at all."""
    from plan_extract.read.inputs import find_inputs

    inputs = list(find_inputs(paths))
    if not inputs:
        raise UsageError("no plan files found in the paths given")
    return ingest(store, inputs, workers, limits, options, reporter, parsers)


def ingest_bytes(store: Store, data: bytes, name: str, limits: Limits | None = None) -> str:
    """Ingest one file held in memory (an upload); returns its plan_id. `name` is the original
    file name (the upload's own, `batch.zip!plan.docx` for a member), kept as the plan's `path`,
    `file_name` and `source.path` (its type is judged by the content first, the name second). A
    file that cannot be parsed is recorded in `failures` and raises `InputError` with the
    reason."""
    report = ingest(store, [InMemory(name, data)], workers=1, limits=limits)
    if report.failures:
        raise InputError(f"{name}: {report.failures[0].reason}")
    return report.plan_ids[0]
