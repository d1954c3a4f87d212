"""What a Dask worker runs: one job through a local `WorkerPool` of one parser process, kept
for the worker thread's life. So a file on a cluster gets the limits it gets on one machine
(killed past its time limit, its own address-space limit) and a parser that crashes takes
down its parser process, never the Dask worker; the reasons recorded are the local pool's.
A long scan comes as page ranges read by OCR (`read_pages`), then one parse of the whole file
that takes their pages (`assemble`). A file the workers can read themselves is read by one of
them (`fetch`), not sent."""

from __future__ import annotations

import hashlib
import multiprocessing
import threading

from plan_extract.read import ReadOptions
from plan_extract.store.pool import Failed, Job, Limits, Outcome, PagesRead, WorkerPool

_held = threading.local()


def parse_job(key: int, name: str, data: bytes, limits: Limits, options: ReadOptions) -> Outcome:
    """Parse one file on this worker thread's parser process; the job comes in parts so that
    Dask hands over `data` computed by another task (a long scan's bytes)."""
    return _run(Job(key, name, data), limits, options)


def read_pages(
    key: int, name: str, data: bytes, start: int, stop: int, limits: Limits, options: ReadOptions
) -> Outcome:
    """The OCR of the file's pages [start, stop) that its parse gives to OCR."""
    return _run(Job(key, name, data, pages=(start, stop)), limits, options)


def assemble(
    key: int, name: str, data: bytes, limits: Limits, options: ReadOptions, *ranges: Outcome
) -> Outcome:
    """Parse the file with its page ranges' OCR results; the first range that failed fails it."""
    for outcome in ranges:
        if isinstance(outcome, Failed):
            return outcome
    pages = tuple(page for r in ranges if isinstance(r, PagesRead) for page in r.pages)
    return _run(Job(key, name, data, pages_read=pages), limits, options)


def given(data: bytes) -> bytes:
    """The bytes of a file whose page ranges run as several tasks: held once on a worker
    (recomputed from the scheduler's copy when that worker dies), not once per range."""
    return data


class UnseenError(Exception):
    """The worker cannot read the file where the client found it (another machine's path, a
    file changed since): the client sends its bytes instead."""


def fetch(location: str, sha256: str, max_bytes: int) -> bytes:
    """The file's bytes, read by this worker through fsspec: the bytes the client checksummed,
    or `UnseenError`."""
    from plan_extract.core.errors import InputError
    from plan_extract.read.inputs import read_url

    try:
        data = read_url(location, max_bytes)
    except InputError as exc:
        raise UnseenError(f"{location}: {exc}") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UnseenError(f"{location}: not the bytes the client read")
    return data


def _run(job: Job, limits: Limits, options: ReadOptions) -> Outcome:
    """The job on this worker thread's parser process (started on first use)."""
    pool: WorkerPool | None = getattr(_held, "pool", None)
    if pool is None or (pool.limits, pool.options) != (limits, options):
        if pool is not None:
            pool.close()
        pool = _held.pool = WorkerPool(1, limits, options)
    return next(iter(pool.run([job])))


def can_start_parsers() -> bool:
    """Whether this worker may start parser processes: a daemonic process (a Dask worker
    under a nanny with `distributed.worker.daemon` left True) may not."""
    return not multiprocessing.current_process().daemon
