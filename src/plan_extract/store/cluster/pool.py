"""The client's side of a cluster ingest: connect to a Dask scheduler (or start a LocalCluster
of N workers), then run the jobs as tasks, never more than a bounded window of them in flight
(back-pressure: the caller's generator reads the next file only when a task has finished).

A file's bytes travel inside its task, through the scheduler, never scattered to a worker
ahead: the scheduler keeps a task until it finishes, so a worker that dies loses no input and
its task runs elsewhere (scattered data dies with its worker, and the task with it). The window
bounds what the scheduler holds: two tasks per worker thread, each at most the input limit."""

from __future__ import annotations

import contextlib
import logging
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
_CONNECT_SECONDS = 30
_IN_FLIGHT_PER_THREAD = 2  # one task running and one waiting on each worker thread


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
    address: str, limits: Limits, options: ReadOptions | None = None
) -> Iterator[ClusterPool]:
    """A `ClusterPool` on the scheduler at `address`, or on a LocalCluster for `local:N` (its
    workers' memory limit is the per-file one: the nanny restarts a worker past it)."""
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
        _check_workers(client, address)
        yield ClusterPool(client, limits, options or ReadOptions())


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


def _check_workers(client: Client, address: str) -> None:
    """A one-line error, before any file is sent, when no worker comes or a worker cannot run
    the parser."""
    from plan_extract.store.cluster.tasks import can_start_parsers

    try:
        client.wait_for_workers(1, timeout=_CONNECT_SECONDS)
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

    def __init__(self, client: Client, limits: Limits, options: ReadOptions) -> None:
        self.client = client
        self.limits = limits
        self.options = options

    def in_flight(self) -> int:
        """How many tasks may be submitted and unfinished at once: a few per worker thread."""
        threads: int = sum(self.client.nthreads().values())
        return max(2, _IN_FLIGHT_PER_THREAD * threads)

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        from distributed import as_completed

        from plan_extract.store.cluster.tasks import parse_job

        pending = iter(jobs)
        keys: dict[Future[Outcome], int] = {}
        finished = as_completed()

        def submit_next() -> None:
            job = next(pending, None)
            if job is None:
                return
            with warnings.catch_warnings():  # the bytes go with the task, large or not
                warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
                future = self.client.submit(
                    parse_job, job.key, job.name, job.data, self.limits, self.options,
                    retries=1, pure=False,
                )  # fmt: skip
            keys[future] = job.key
            finished.add(future)

        for _ in range(self.in_flight()):
            submit_next()
        for future in finished:
            outcome = _outcome(keys.pop(future), future)
            future.release()
            submit_next()
            yield outcome


def _outcome(key: int, future: Future[Outcome]) -> Outcome:
    if future.status == "finished":
        result: Outcome = future.result()
        return result
    if future.status == "error":
        return Failed(key, _task_failure(future.exception()))
    raise ClusterError("lost the Dask scheduler; what was stored is kept: run the ingest again")


def _task_failure(exc: BaseException | None) -> str:
    """Why a task failed after its retry: its worker died each time, or it raised."""
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return "the Dask workers running it died twice (it may need more memory than a worker has)"
    return f"the task failed on the cluster: {type(exc).__name__}: {_first_line(exc)}"


def _first_line(exc: BaseException | None) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
