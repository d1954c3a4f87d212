"""A small pool of parsing processes with a time and a memory limit per file.

`concurrent.futures.ProcessPoolExecutor` breaks as a whole when one worker dies, and cannot stop
one task that runs too long. Here each worker is a process of its own with a pipe: a file that
runs past its time limit gets its worker killed; a worker that dies (over its memory limit, or a
crash in a C library) is recorded against the file it held; either way a fresh worker takes its
place and the batch goes on. Workers only parse; the results come back packed (staging.py) for
the one process that writes the store.

Two ways to use it: `run(jobs)` for a batch (ingest), or, for a long-lived pool fed over time
(the web page's uploads), `start()` the workers warm, `give` a job to each `idle` one and
`collect` the outcomes as they come; a pool made with `on_progress` also hears how far each
file has got (`Progress`, e.g. OCR page 3 of 10) while it is parsed.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from plan_extract.core.progress import listening
from plan_extract.core.quiet import quiet_libraries
from plan_extract.read import ReadOptions
from plan_extract.store.staging import StagedPlan

DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY_MB = 4096


@dataclass(frozen=True, slots=True)
class Limits:
    """Per file: wall-clock seconds, and the memory (address space, MiB) a worker may take on
    top of the loaded parser it starts with (None: no limit)."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int | None = DEFAULT_MEMORY_MB


@dataclass(frozen=True, slots=True)
class Job:
    """A file to parse; or, with `pages`, only the OCR of its pages [start, stop) (a cluster
    reads a long scan's page ranges on several workers, read/pdf/ranges.py). `pages_read` are
    its pages read so already, which the parse takes in place of OCR of its own. `location`:
    where a cluster's workers may read the same bytes themselves (a path or URL). `as_json`:
    its plan packed as JSON (`staging.pack_json`), for a store that `takes_json`."""

    key: int
    name: str
    data: bytes
    pages: tuple[int, int] | None = None
    pages_read: tuple[Any, ...] = ()
    location: str | None = None
    as_json: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    key: int
    plan: StagedPlan
    seconds: float


@dataclass(frozen=True, slots=True)
class Failed:
    key: int
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    """How far the worker has got with a job: `done` of `total` steps of `stage`."""

    key: int
    stage: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class PagesRead:
    """A page range's OCR results (read/pdf/ocr.py's `OcrResult`s), for the job's parse."""

    key: int
    pages: tuple[Any, ...]


Outcome = Parsed | Failed | PagesRead


def _context() -> BaseContext:
    """Workers start from a small fork server, never by forking the writer (it holds DuckDB's
    threads); the server imports the parser once, so a replacement worker starts at once."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["plan_extract.store.warm"])
    return context


_READY = "ready"
_START_SECONDS = 120.0
_EXIT_NO_MEMORY = 86  # a worker's exit code when it ran out of memory outside a parse


def _worker_main(
    conn: Connection, memory_mb: int | None, options: ReadOptions, progress: bool = False
) -> None:
    """Parse the jobs the pipe brings until it closes (with `progress`, sending `Progress`
    messages before each job's outcome). Memory runs out where it will (receiving a large file,
    building its rows, sending them back): anywhere outside a parse, the worker exits with a
    code that says so."""
    try:
        _serve(conn, memory_mb, options, progress)
    except MemoryError:
        os._exit(_EXIT_NO_MEMORY)
    except OSError:  # the parent is gone (killed or interrupted): nobody to answer to
        os._exit(0)


def _serve(conn: Connection, memory_mb: int | None, options: ReadOptions, progress: bool) -> None:
    _die_with_parent()
    quiet_libraries()  # the workers share the command's stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if memory_mb is not None:
        import resource

        limit = _address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from plan_extract.read.pdf.ranges import ocr_page_range
    from plan_extract.store.staging import parse_to_staged
    from plan_extract.store.warm import warm_worker

    warm_worker()
    conn.send(_READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        started = time.perf_counter()
        outcome: Outcome
        tell = functools.partial(_tell, conn, job.key)
        try:
            with listening(tell) if progress else contextlib.nullcontext():
                if job.pages is not None:
                    start, stop = job.pages
                    outcome = PagesRead(job.key, ocr_page_range(job.data, start, stop, options))
                else:
                    given = replace(options, pages_read=job.pages_read)
                    plan = parse_to_staged(job.data, job.name, given, job.as_json)
                    outcome = Parsed(job.key, plan, time.perf_counter() - started)
        except MemoryError:
            outcome = Failed(job.key, _out_of_memory(memory_mb))
        except RecursionError:
            outcome = Failed(job.key, "the document nests too deeply to read")
        except Exception as exc:  # one bad file never stops a batch: report it, go on
            outcome = Failed(job.key, _reason(exc))
        conn.send(outcome)


def _tell(conn: Connection, key: int, stage: str, done: int, total: int) -> None:
    conn.send(Progress(key, stage, done, total))


def _address_space() -> int:
    """This process's address space in bytes (Linux), 0 where it cannot be read."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _out_of_memory(memory_mb: int | None) -> str:
    return f"ran out of memory (the limit is {memory_mb} MiB)"


def _reason(exc: Exception) -> str:
    from plan_extract.core.errors import PlanExtractError

    if isinstance(exc, PlanExtractError):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the parent dies (even by SIGKILL)."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


class _Worker:
    def __init__(
        self, context: BaseContext, limits: Limits, options: ReadOptions, progress: bool
    ) -> None:
        parent_end, child_end = context.Pipe()
        self.conn = parent_end
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child_end, limits.memory_mb, options, progress),
            daemon=True,
        )
        self.process.start()
        child_end.close()
        if not (self.conn.poll(_START_SECONDS) and self.conn.recv() == _READY):
            self.kill()
            raise RuntimeError("a parser process did not start")
        self.job: Job | None = None
        self.deadline = 0.0

    def give(self, job: Job, seconds: float) -> None:
        self.job = job
        self.deadline = time.monotonic() + seconds
        with contextlib.suppress(OSError):  # a worker that died: the pool sees it and says why
            self.conn.send(job)

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(timeout=1)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """`run(jobs)` yields one outcome per job, in the order they finish; or `give` and
    `collect` (see the module's docstring)."""

    def __init__(
        self,
        workers: int,
        limits: Limits,
        options: ReadOptions | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("at least one worker is needed")
        self.size = workers
        self.limits = limits
        self.options = options or ReadOptions()
        self.on_progress = on_progress
        self._context = _context()
        self._workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        pending = iter(jobs)
        while True:
            self._fill(pending)
            if not self._busy():
                return
            outcomes = self.collect()
            self._fill(pending)  # workers parse the next files while the caller stores these
            yield from outcomes

    def start(self) -> None:
        """Start every worker now (each loads nothing: it is forked warm), not on first use. A
        start that failed (the fork server refused the connection, once in a while on a loaded
        machine, or a worker died before it was ready) is tried once more, afresh: the fork
        server is started again when it is gone."""
        try:
            self._start_workers()
        except (OSError, EOFError, RuntimeError):
            self.close()
            self._start_workers()

    def _start_workers(self) -> None:
        while len(self._workers) < self.size:
            self._workers.append(self._new_worker())

    @property
    def idle(self) -> int:
        """How many more jobs `give` takes now."""
        return self.size - len(self._busy())

    def give(self, job: Job) -> None:
        """Have an idle worker parse `job` (there must be one: see `idle`)."""
        if not self.idle:
            raise RuntimeError("no idle worker")
        self._idle_worker().give(job, self.limits.seconds)

    def collect(
        self, timeout: float | None = None, wake: Connection | None = None
    ) -> list[Outcome]:
        """The outcomes finished within `timeout` seconds (None: until one is, or a worker
        runs past its time), or by when `wake` has something to read (the caller has more
        work to give); [] at once when no worker is busy."""
        busy = self._busy()
        if not busy:
            return []
        until_deadline = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        wait_for = until_deadline if timeout is None else min(timeout, until_deadline)
        waited: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        wait(waited + ([wake] if wake is not None else []), wait_for)
        return [o for o in map(self._check, busy) if o is not None]

    def _fill(self, pending: Iterator[Job]) -> None:
        """Give every idle worker its next job, while there are jobs."""
        while len(self._busy()) < self.size:
            job = next(pending, None)
            if job is None:
                return
            self._idle_worker().give(job, self.limits.seconds)

    def _busy(self) -> list[_Worker]:
        return [w for w in self._workers if w.job is not None]

    def _idle_worker(self) -> _Worker:
        for worker in self._workers:
            if worker.job is None:
                return worker
        worker = self._new_worker()
        self._workers.append(worker)
        return worker

    def _new_worker(self) -> _Worker:
        return _Worker(self._context, self.limits, self.options, self.on_progress is not None)

    def _check(self, worker: _Worker) -> Outcome | None:
        """The worker's outcome if it has one; replaces a worker that died or ran too long."""
        job = worker.job
        assert job is not None
        while worker.conn.poll():
            try:
                message: Outcome | Progress = worker.conn.recv()
            except (EOFError, OSError):
                return self._replace(worker, Failed(job.key, self._death(worker)))
            if isinstance(message, Progress):
                if self.on_progress is not None:
                    self.on_progress(message)
                continue
            worker.job = None
            return message
        if not worker.process.is_alive():
            return self._replace(worker, Failed(job.key, self._death(worker)))
        if time.monotonic() >= worker.deadline:
            seconds = self.limits.seconds
            return self._replace(worker, Failed(job.key, f"took longer than {seconds:g} s"))
        return None

    def _replace(self, worker: _Worker, failure: Failed) -> Failed:
        worker.kill()
        self._workers.remove(worker)
        return failure

    def _death(self, worker: _Worker) -> str:
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        if code == _EXIT_NO_MEMORY:
            return _out_of_memory(self.limits.memory_mb)
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            if -code in (signal.SIGKILL, signal.SIGTERM):
                return f"the parser process was killed ({name}) while it read the file"
            return f"the parser process crashed ({name}) while it read the file"
        return f"the parser process stopped unexpectedly (exit code {code})"
