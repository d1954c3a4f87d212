"""The client's side of a cluster ingest: connect to a Dask scheduler (or start a LocalCluster
of N workers), then run the jobs as tasks, never more than a bounded window of them in flight
(back-pressure: the caller's generator reads the next file only when a task has finished).

A file of `FETCH_BYTES` or more that the workers can see (a path on a shared file system, a
URL) is read by a worker through fsspec (`tasks.fetch`, checked against the sha256 the
client's skip used); another one's bytes travel inside its task, through the scheduler, never
scattered to a worker ahead: the scheduler keeps a task until it finishes, so a worker that
dies loses no input and its task runs elsewhere (scattered data dies with its worker, and the
task with it). When the workers cannot read a file where the client found it, the client
sends the bytes of that file and of every later one of the same protocol. The window bounds
what the scheduler holds: two parse or OCR tasks per worker thread, each at most the input
limit.

A PDF longer than `range_pages` pages is read as several tasks: its pages' OCR in ranges, on
whichever workers are free, then one parse that takes them (tasks.py). A cluster left with no
worker for `worker_wait` seconds ends the run with a one-line error: what was stored is kept,
and the rerun skips it."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import signal
import time
import warnings
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from plan_extract.core.errors import MissingToolError, PlanExtractError, UsageError
from plan_extract.read import ReadOptions
from plan_extract.store.pool import Failed, Job, Limits, Outcome

if TYPE_CHECKING:
    from distributed import Client, Future

MISSING_EXTRA = "--cluster needs the optional Dask extra: pip install 'plan-extract[cluster]'"
LOCAL = "local:"
RANGE_PAGES = 16  # about half a minute of OCR on one core: long enough to outweigh a task's cost
WORKER_WAIT_SECONDS = 120.0
FETCH_BYTES = 1024 * 1024  # a smaller file rides in its task: one task, not a read and a parse
_CONNECT_SECONDS = 30
_IN_FLIGHT_PER_THREAD = 2  # one task running and one waiting on each worker thread
_POLL_SECONDS = 1.0


class ClusterError(PlanExtractError):
    """The cluster cannot be reached or cannot run plan-extract's tasks."""


def local_workers(address: str) -> int | None:
    """N for `local:N`; None for a scheduler address (`tcp://host:8786`); a usage error for
    anything else."""
    if address.startswith(LOCAL):
        count = address.removeprefix(LOCAL)
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--cluster local:N needs a number of workers N >= 1, not {address!r}")
        return int(count)
    if "://" not in address:
        raise UsageError(
            f"--cluster takes local:N or a scheduler address tcp://host:port, not {address!r}"
        )
    return None


@contextlib.contextmanager
def open_cluster(
    address: str,
    limits: Limits,
    options: ReadOptions | None = None,
    range_pages: int | None = None,
    worker_wait: float | None = None,
) -> Iterator[ClusterPool]:
    """A `ClusterPool` on the scheduler at `address`, or on a LocalCluster for `local:N` (its
    workers' memory limit is the per-file one: the nanny restarts a worker past it);
    `range_pages` and `worker_wait` as `ClusterPool`'s, None for their defaults."""
    range_pages = range_pages or RANGE_PAGES
    worker_wait = worker_wait or WORKER_WAIT_SECONDS
    workers = local_workers(address)
    try:
        import dask
        import distributed
    except ImportError as exc:
        raise MissingToolError(MISSING_EXTRA) from exc
    # Workers start parser processes (so not daemonic); a task whose worker died is run once
    # more elsewhere, then recorded as failed. The scheduler and nannies of a LocalCluster run
    # here and read this for as long as the cluster lives (a nanny restarting a worker too).
    settings = {"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 1}
    with contextlib.ExitStack() as stack:
        stack.enter_context(dask.config.set(settings))
        if workers is None:
            client = stack.enter_context(_connect(distributed, address))
        else:
            memory = f"{limits.memory_mb}MiB" if limits.memory_mb else None
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    memory_limit=memory,
                    host="127.0.0.1",
                    dashboard_address=":0",  # any free port: several runs on one machine
                    silence_logs=logging.CRITICAL,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
            stack.callback(_end_local_workers, client)
        _check_workers(client, address, worker_wait)
        yield ClusterPool(client, limits, options or ReadOptions(), range_pages, worker_wait)


def _end_local_workers(client: Client) -> None:
    """Kill the LocalCluster's worker processes, whose results are all in: closing them one
    by one, each waiting for its parser process, took seconds; the parsers die with them."""
    with contextlib.suppress(Exception):  # a cluster already gone has nothing left to end
        for pid in client.run(os.getpid, nanny=False).values():
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def _connect(distributed: Any, address: str) -> Iterator[Client]:
    try:
        client = distributed.Client(address, timeout=_CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address}: {_first_line(exc)}"
        ) from exc
    with client:
        yield client


def _check_workers(client: Client, address: str, worker_wait: float) -> None:
    """A one-line error, before any file is sent, when no worker comes or a worker cannot run
    the parser."""
    from plan_extract.store.cluster.tasks import can_start_parsers

    try:
        client.wait_for_workers(1, timeout=max(worker_wait, _CONNECT_SECONDS))
        able = client.run(can_start_parsers)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"the Dask cluster at {address} has no worker ready: {_first_line(exc)}"
        ) from exc
    except Exception as exc:  # a worker without plan-extract fails to load the check itself
        raise ClusterError(
            f"the Dask workers at {address} cannot run plan-extract (install it on them): "
            f"{_first_line(exc)}"
        ) from exc
    if not all(able.values()):
        raise ClusterError(
            f"the Dask workers at {address} may not start parser processes: start them with "
            "DASK_DISTRIBUTED__WORKER__DAEMON=False"
        )


class ClusterPool:
    """`run(jobs)` yields one outcome per job, in the order they finish, like `WorkerPool`."""

    def __init__(
        self,
        client: Client,
        limits: Limits,
        options: ReadOptions,
        range_pages: int = RANGE_PAGES,
        worker_wait: float = WORKER_WAIT_SECONDS,
    ) -> None:
        self.client = client
        self.limits = limits
        self.options = options
        self.range_pages = range_pages
        self.worker_wait = worker_wait
        self.unseen: set[str] = set()  # the protocols whose files the workers cannot read
        self.fetch_bytes = FETCH_BYTES

    def in_flight(self) -> int:
        """How many tasks may be submitted and unfinished at once: a few per worker thread."""
        threads: int = sum(self.client.nthreads().values())
        return max(2, _IN_FLIGHT_PER_THREAD * threads)

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        from plan_extract.store.cluster.tasks import UnseenError

        pending = iter(jobs)
        running: dict[Future[Outcome], tuple[Job, int]] = {}  # job's last task → job, tasks
        window = self.in_flight()
        while True:
            while sum(tasks for _, tasks in running.values()) < window:
                job = next(pending, None)
                if job is None:
                    break
                future, tasks = self._submit(job)
                running[future] = (job, tasks)
            if not running:
                return
            for future in self._some_finished(list(running)):
                job, _ = running.pop(future)
                if future.status == "error" and isinstance(future.exception(), UnseenError):
                    self.unseen.add(_protocol(job.location))  # send the bytes from now on
                    future, tasks = self._submit(job)
                    running[future] = (job, tasks)
                    continue
                outcome = _outcome(job.key, future)
                future.release()
                yield outcome

    def _submit(self, job: Job) -> tuple[Future[Outcome], int]:
        """The job's tasks: one parse, or a long PDF's page ranges and the parse that takes
        them, its bytes read by a worker where the workers see it; its last task and how many
        of them parse or OCR (what the window counts)."""
        from plan_extract.read.pdf.ranges import page_count
        from plan_extract.store.cluster import tasks

        submit = self._task
        data: bytes | Future[bytes] = job.data
        if self._workers_read(job):
            sha256 = hashlib.sha256(job.data).hexdigest()
            data = submit(tasks.fetch, job.location, sha256, self.options.max_bytes)
        pages = page_count(job.data, self.options)
        if pages is None or pages <= self.range_pages or self.options.ocr == "never":
            return submit(tasks.parse_job, job.key, job.name, data, *self._setting), 1
        if isinstance(data, bytes):
            data = submit(tasks.given, data)
        ranges = [
            submit(tasks.read_pages, job.key, job.name, data, start,
                   min(start + self.range_pages, pages), *self._setting)
            for start in range(0, pages, self.range_pages)
        ]  # fmt: skip
        last = submit(tasks.assemble, job.key, job.name, data, *self._setting, *ranges)
        return last, len(ranges) + 1

    def _workers_read(self, job: Job) -> bool:
        """Whether a worker reads the file itself: one it can see, large enough that a read
        costs less than its bytes' way through the scheduler (a small file rides in its task)."""
        return (
            job.location is not None
            and len(job.data) >= self.fetch_bytes
            and _protocol(job.location) not in self.unseen
        )

    @property
    def _setting(self) -> tuple[Limits, ReadOptions]:
        return self.limits, self.options

    def _task(self, function: Any, *args: Any) -> Future[Any]:
        """`function(*args)` as a task: retried once (its worker died), never taken for another
        with the same arguments, its bytes sent with it, large or not."""
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
            return self.client.submit(function, *args, retries=1, pure=False)

    def _some_finished(self, futures: list[Future[Outcome]]) -> set[Future[Outcome]]:
        """The futures among these that have finished, once one has; `ClusterError` after
        `worker_wait` seconds with no worker in the cluster (lost, and none come back)."""
        from distributed import wait

        alone_since: float | None = None
        while True:
            try:
                finished = wait(futures, timeout=_POLL_SECONDS, return_when="FIRST_COMPLETED")
                return set(finished.done)
            except TimeoutError:
                pass
            try:
                workers = len(self.client.nthreads())
            except OSError as exc:
                raise ClusterError(
                    f"lost the Dask scheduler ({_first_line(exc)}); {_KEPT}"
                ) from exc
            now = time.monotonic()
            alone_since = None if workers else alone_since or now
            if alone_since is not None and now - alone_since >= self.worker_wait:
                raise ClusterError(
                    f"the Dask cluster has had no worker for {self.worker_wait:g} s; {_KEPT}"
                )


_KEPT = "what was stored is kept: run the ingest again"


def _protocol(location: str | None) -> str:
    """`s3` for `s3://bucket/plan.pdf`; `file` for a path."""
    return location.split("://", 1)[0] if location and "://" in location else "file"


def _outcome(key: int, future: Future[Outcome]) -> Outcome:
    if future.status == "finished":
        result: Outcome = future.result()
        return result
    if future.status == "error":
        return Failed(key, _task_failure(future.exception()))
    raise ClusterError(f"lost the Dask scheduler; {_KEPT}")


def _task_failure(exc: BaseException | None) -> str:
    """Why a task failed after its retry: its worker died each time, or it raised."""
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return "the Dask workers running it died twice (it may need more memory than a worker has)"
    return f"the task failed on the cluster: {type(exc).__name__}: {_first_line(exc)}"


def _first_line(exc: BaseException | None) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
