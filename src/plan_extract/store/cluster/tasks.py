"""What a Dask worker runs: one job through a local `WorkerPool` of one parser process, kept
for the worker thread's life. So a file on a cluster gets the limits it gets on one machine
(killed past its time limit, its own address-space limit) and a parser that crashes takes
down its parser process, never the Dask worker; the reasons recorded are the local pool's."""

from __future__ import annotations

import multiprocessing
import threading

from plan_extract.read import ReadOptions
from plan_extract.store.pool import Job, Limits, Outcome, WorkerPool

_held = threading.local()


def parse_job(key: int, name: str, data: bytes, limits: Limits, options: ReadOptions) -> Outcome:
    """Parse one file on this worker thread's parser process (started on first use); the job
    comes in parts so that Dask hands over `data` sent ahead to the worker (scattered)."""
    pool: WorkerPool | None = getattr(_held, "pool", None)
    if pool is None or (pool.limits, pool.options) != (limits, options):
        if pool is not None:
            pool.close()
        pool = _held.pool = WorkerPool(1, limits, options)
    return next(iter(pool.run([Job(key, name, data)])))


def can_start_parsers() -> bool:
    """Whether this worker may start parser processes: a daemonic process (a Dask worker
    under a nanny with `distributed.worker.daemon` left True) may not."""
    return not multiprocessing.current_process().daemon
