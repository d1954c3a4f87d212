"""Upload jobs: each uploaded file is recorded in the store's `jobs` table and parsed by a small
pool of warm worker processes (store/pool.py), outside any request and outside the store's lock.

An upload returns as soon as its files are recorded `queued`. One thread of the server, the
dispatcher, gives each queued file to an idle worker (`reading`; at once, while the job's row
is still being written: the commit waits for the disk, the parse need not), hears how far a
scan's OCR has got (`ocr`, page n of N), and commits the parsed plan (`stored`) or records why
it failed (`failed`); a file the store held from this parser version when it came, or that
this server stored since, or the same bytes as a file being parsed, is a `duplicate` of it. A
job is written to the store when it is queued and when it is finished (a stored plan, filed
under its document, and its job's state in one transaction, on a shared DuckDB store the
plan's record, moved into the tables once the pages are told: `Backend.flush`; the plans the
workers finish together, or within `GATHER_SECONDS` of each other while they parse uploads
that came together, in one; every write through the backend's group commit); between, the job as it
stands (queued, reading, OCR pages) is kept in memory, where this server answers it from.
Either way a reload, or another officer's page, shows it, and every change is announced on
`changes` for the pages listening by server-sent events. Jobs a stopped server left unfinished
are marked failed when it starts again. The workers are ready, loaded and warm, when the
server starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import multiprocessing
import queue
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from plan_extract.core.version import __version__
from plan_extract.store.db import now
from plan_extract.store.pool import Failed, Job, Limits, Progress, WorkerPool
from plan_extract.store.staging import StagedPlan
from plan_extract.web.backend import Backend
from plan_extract.web.group_commit import Statement, Write
from plan_extract.web.job_rows import COLUMNS, Change, JobJournal, JobRow, merged, new_row
from plan_extract.web.schemas import JobOut, JobState
from plan_extract.web.uploads import Candidate, Refused

FINISHED: frozenset[JobState] = frozenset({"stored", "duplicate", "failed"})
RECENT = 100  # jobs a page lists
_POLL_SECONDS = 0.1  # the longest wait for the workers before looking again (uploads wake it)
# How long a parsed plan waits for the other files being parsed, to commit with them: one
# commit for uploads that come together; a plan parsed while no other is does not wait.
GATHER_SECONDS = 0.1
# How long the plans committed wait for their pages to hear of them before moving into the
# tables (a shared DuckDB store: `_flush_once_heard`).
HEARD_SECONDS = 0.01
_INTERRUPTED = "the server stopped before this file was read: upload it again"
_COLUMNS = ", ".join(COLUMNS)
_INSERTED = ("job_id", "file_name", "owner", "state", "reason", "reason_code", "reason_params")


class Changes:
    """A counter of job changes that coroutines can wait on, bumped from any thread."""

    def __init__(self) -> None:
        self.version = 0
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def notify(self) -> None:
        with self._lock:
            self.version += 1
            waiters = list(self._waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # its loop has closed
                loop.call_soon_threadsafe(event.set)

    async def wait(self, seen: int, timeout: float) -> int:
        """The version once it differs from `seen`, or after `timeout` seconds."""
        waiter = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            if self.version != seen:
                return self.version
            self._waiters.add(waiter)
        try:  # `asyncio.timeout`: no task of its own, as `wait_for`'s on Python 3.11
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await waiter[1].wait()
        finally:
            with self._lock:
                self._waiters.discard(waiter)
        return self.version


@dataclass(slots=True)
class JobFeed:
    """One page's event stream's `Jobs.recent`: the store queried the first time only, the jobs
    this server writes since applied to those rows (job_rows.py); a change of an unfinished
    job's progress (reading, OCR page n), kept in memory, is answered without a query too, and
    so without a trip to a thread: the stream's own loop asks (`known`)."""

    journal: JobJournal
    query: Callable[[], list[JobRow]]
    shown: Callable[[JobRow], JobOut]
    owner: str | None
    job_ids: list[str] | None
    seen: int = field(default=-1, init=False)  # the journal's writes the rows have
    rows: list[JobRow] = field(default_factory=list, init=False)

    def known(self) -> list[JobOut] | None:
        """The jobs now, without a query; None when only a query tells them (`queried`): the
        first time, or after a write whose changes are unknown."""
        count, changes = self.journal.since(self.seen)
        if changes is None:
            return None
        if changes:
            self.rows = merged(self.rows, changes, self.owner, self.job_ids, RECENT)
        self.seen = count
        return [self.shown(row) for row in self.rows]

    def queried(self) -> list[JobOut]:
        """The jobs now, queried (a write meanwhile comes next)."""
        self.seen, _ = self.journal.since(-1)
        self.rows = self.query()
        return [self.shown(row) for row in self.rows]


@dataclass(slots=True)
class _Queued:
    job_id: str
    name: str
    data: bytes
    commune: str | None  # the only commune whose plan it may store (None: any)
    recorded: JobOut  # as its row in the store says it: queued
    sha256: str = field(init=False)
    held: str | None = None  # the parser version its plan was stored with when it came
    written: threading.Event = field(default_factory=threading.Event)  # its row, or failed
    lost: bool = False  # its row could not be written: nothing more is written of it

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.data).hexdigest()


class Jobs:
    """The jobs of one server: `submit` records them, `start` runs the workers."""

    def __init__(self, backend: Backend, workers: int, limits: Limits | None = None) -> None:
        self.backend = backend
        self.workers = workers
        self.limits = limits or Limits()
        self.changes = Changes()
        self._queue: queue.Queue[_Queued | None] = queue.Queue()
        # a byte for each file queued: the dispatcher, waiting for the workers, wakes at once
        self._woken, self._wake = multiprocessing.Pipe(duplex=False)
        self._live: dict[str, JobOut] = {}  # the unfinished jobs this server queued: see get
        self._live_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._starts = 0
        # the files stored here by this parser version: a copy queued since is a duplicate
        self._stored: set[str] = set()
        self._journal = JobJournal()  # each write of jobs committed: see `follow`

    # --- recording ---------------------------------------------------------------------------

    def submit(
        self, items: list[Candidate | Refused], owner: str | None, commune: str | None = None
    ) -> list[JobOut]:
        """Record the files of one upload (in one write): those to parse queued, those refused
        failed with their reason's code; returns at once. With `commune`, only that commune's
        plans are stored (a commune account's upload)."""
        stamp = now()
        rows: list[JobRow] = []
        answers: list[JobOut] = []
        queued: list[_Queued] = []
        for item in items:
            job_id = secrets.token_hex(8)
            row = new_row(job_id=job_id, file_name=item.name, owner=owner, created_at=stamp)
            rows.append(row)
            if isinstance(item, Refused):
                params = json.dumps(item.params, sort_keys=True)
                row.update(state="failed", reason=item.message, reason_code=item.code)
                row.update(reason_params=params)
                answers.append(
                    JobOut(
                        job_id=job_id,
                        name=item.name,
                        state="failed",
                        reason=item.message,
                        code=item.code,
                        params=item.params,
                        owner=owner,
                    )
                )
            else:
                row.update(state="queued")
                answers.append(JobOut(job_id=job_id, name=item.name, state="queued", owner=owner))
                queued.append(_Queued(job_id, item.name, item.data, commune, answers[-1]))
        held = self.backend.held_versions([job.sha256 for job in queued])
        with self._live_lock:
            self._live.update((job.job_id, job.recorded) for job in queued)
        # a worker reads the files while their rows are written (a commit waits for the disk)
        for job in queued:
            job.held = held.get(job.sha256)
            self._queue.put(job)
            self._wake.send_bytes(b"")
        try:
            if rows:
                self.backend.execute(
                    "INSERT INTO jobs (job_id, file_name, owner, state, reason, reason_code, "
                    "reason_params, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                    "$8, $9)",
                    *[[*(row[column] for column in _INSERTED), stamp, stamp] for row in rows],
                )
        except BaseException:
            for job in queued:
                job.lost = True
            self._forget(*(job.job_id for job in queued))
            raise
        finally:
            for job in queued:
                job.written.set()
        self._written([(row["job_id"], row) for row in rows])
        return answers

    def _update(self, job: _Queued, state: JobState, **values: Any) -> None:
        """Write a job's final state: from now on the store answers for it."""
        changes = []
        if _recorded(job):
            statement, change = _job_update(job.job_id, state, **values)
            self.backend.execute(*statement)
            changes.append(change)
        self._forget(job.job_id)
        self._written(changes)

    def _written(self, changes: list[Change] | None) -> None:
        """Jobs were written to the store (committed), with these changes (None: unknown): say
        so to the pages listening."""
        self._journal.record(changes)
        self.changes.notify()

    def _forget(self, *job_ids: str) -> None:
        with self._live_lock:
            for job_id in job_ids:
                self._live.pop(job_id, None)

    def _live_state(
        self, job: _Queued, state: JobState, page: int | None = None, pages: int | None = None
    ) -> None:
        """A queued job's progress (reading, OCR page n of N), kept in memory: the store holds
        it `queued` until it is finished (on DuckDB a write takes the file from other
        processes: one per step would hold it for as long as the file is read). Told to the
        pages once its row is written: before, none lists the job (a worker reads the file
        while its row is written), and the write's own announcement shows its progress."""
        with self._live_lock:
            live = self._live.get(job.job_id)
            if live is not None:
                update = {"state": state, "page": page, "pages": pages}
                self._live[job.job_id] = live.model_copy(update=update)
        if job.written.is_set():
            self.changes.notify()

    # --- reading -----------------------------------------------------------------------------

    def get(self, job_id: str) -> JobOut | None:
        """The job; an unfinished one of this server's from memory, without a query: a page
        polls it while a worker parses the file, and each query would take the CPU (and on
        DuckDB the store's lock) from the parse and the commit it waits for."""
        with self._live_lock:
            live = self._live.get(job_id)
        if live is not None:
            return live
        found = self.backend.rows(f"SELECT {_COLUMNS} FROM jobs WHERE job_id = $1", [job_id])
        return self._job(dict(zip(COLUMNS, found[0], strict=True))) if found else None

    def recent(self, owner: str | None = None, job_ids: list[str] | None = None) -> list[JobOut]:
        """The latest jobs (`RECENT`), newest first, or every job named; `owner`'s only when
        given (everyone's when None)."""
        return [self._job(row) for row in self._recent_rows(owner, job_ids)]

    def follow(self, owner: str | None = None, job_ids: list[str] | None = None) -> JobFeed:
        """For one page's event stream: `recent`, querying the store the first time only
        (`JobFeed`)."""
        return JobFeed(
            self._journal, lambda: self._recent_rows(owner, job_ids), self._job, owner, job_ids
        )

    def _recent_rows(self, owner: str | None, job_ids: list[str] | None) -> list[JobRow]:
        conditions, params = [], []
        if job_ids:
            marks = ", ".join(f"${n}" for n in range(1, len(job_ids) + 1))
            conditions.append(f"job_id IN ({marks})")
            params.extend(job_ids)
        if owner is not None:
            params.append(owner)
            conditions.append(f"owner = ${len(params)}")
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        limit = "" if job_ids else f" LIMIT {RECENT}"  # every job named (a .zip gives 200)
        found = self.backend.rows(
            f"SELECT {_COLUMNS} FROM jobs {where} ORDER BY created_at DESC, job_id DESC{limit}",
            params,
        )
        return [dict(zip(COLUMNS, row, strict=True)) for row in found]

    def _job(self, row: JobRow) -> JobOut:
        job_id, state, page, pages = row["job_id"], row["state"], row["page"], row["pages"]
        if state == "queued":
            with self._live_lock:
                live = self._live.get(job_id)
            if live is not None:
                state, page, pages = live.state, live.page, live.pages
        params = row["reason_params"]
        return JobOut(
            job_id=job_id,
            name=row["file_name"],
            state=state,
            page=page,
            pages=pages,
            plan_id=row["plan_id"],
            reason=row["reason"],
            code=row["reason_code"],
            params=json.loads(params) if params else {},
            owner=row["owner"],
        )

    # --- running -----------------------------------------------------------------------------

    def start(self) -> None:
        """Mark what a stopped server left unfinished, start the warm workers and the
        dispatcher (once: an app whose lifespan is entered twice, as by two test clients, has
        one dispatcher, stopped by the last `stop`). Returns once the workers are ready and
        this process has loaded what it stores a plan with, so that the first upload after
        start is as quick as any other."""
        self._starts += 1
        if self._thread is not None:
            return
        unfinished = "state IN ('queued', 'reading', 'ocr')"
        if self.backend.rows(f"SELECT 1 FROM jobs WHERE {unfinished} LIMIT 1"):
            self.backend.execute(
                "UPDATE jobs SET state = 'failed', reason = $1, updated_at = $2 "
                f"WHERE {unfinished}",
                [_INTERRUPTED, now()],
            )
            self._journal.record(None)  # which jobs it failed is not known: streams query again
        with self._live_lock:  # what a stopped dispatcher left unfinished, it failed above
            self._live.clear()
        ready = threading.Event()
        failed: list[BaseException] = []  # the workers' start, when it failed
        self._thread = threading.Thread(
            target=self._dispatch, args=(ready, failed), name="plan-jobs", daemon=True
        )
        self._thread.start()
        _load_storing()  # meanwhile the workers load the parser
        ready.wait()
        if failed:  # no worker to parse an upload: the server does not start
            self._thread.join()
            self._thread = None
            self._starts -= 1
            raise failed[0]

    def stop(self) -> None:
        self._starts = max(0, self._starts - 1)
        if self._thread is not None and not self._starts:
            self._queue.put(None)
            self._wake.send_bytes(b"")
            self._thread.join()
            self._thread = None

    def _dispatch(self, ready: threading.Event, failed: list[BaseException]) -> None:
        running: dict[int, _Queued] = {}  # pool job key → the job it parses
        followers: dict[str, list[_Queued]] = {}  # sha256 being parsed → later copies
        keys = iter(range(1 << 62))

        def on_progress(progress: Progress) -> None:
            job = running.get(progress.key)
            if job is not None and progress.stage == "ocr":
                self._live_state(job, "ocr", progress.done, progress.total)

        with WorkerPool(self.workers, self.limits, on_progress=on_progress) as pool:
            try:
                pool.start()
            except BaseException as exc:
                failed.append(exc)
                return
            finally:
                ready.set()
            stopping = False

            def give() -> None:
                """Every idle worker gets its next file (waiting for one while none runs)."""
                nonlocal stopping
                while self._woken.poll():  # a file queued from now on wakes `collect`
                    self._woken.recv_bytes()
                while not stopping and pool.idle:
                    try:
                        item = self._queue.get_nowait() if running else self._queue.get()
                    except queue.Empty:
                        return
                    if item is None:
                        stopping = True
                    else:
                        self._begin(item, pool, running, followers, next(keys))

            def collect(timeout: float) -> list[tuple[_Queued, Any]]:
                """The files parsed (their copies queued meanwhile still follow them)."""
                outcomes = pool.collect(timeout, wake=self._woken)
                return [(running.pop(outcome.key), outcome) for outcome in outcomes]

            while not (stopping and not running):
                give()
                finished = collect(_POLL_SECONDS)
                # other files being parsed (uploads that came together): what they finish
                # within the moment joins this commit; a file parsed alone commits at once
                gather_until = time.monotonic() + GATHER_SECONDS
                while finished and running and (left := gather_until - time.monotonic()) > 0:
                    give()  # the workers parse on meanwhile
                    finished += collect(left)
                if finished:
                    self._finish([(j, o, followers.pop(j.sha256, [])) for j, o in finished])
                    self._flush_once_heard()

    def _flush_once_heard(self) -> None:
        """The plans committed, into the tables (`Backend.flush`) once their pages have heard
        they are stored: the uploads wait for the commit only. Not at once: the move holds the
        interpreter's lock in bursts longer than the event takes to send (the event came 3-5 ms
        after the commit while the move ran, 0.5 ms without it). An upload queued meanwhile
        ends the wait: its first read makes the move anyway."""
        if self.backend.holds_back():
            self._woken.poll(HEARD_SECONDS)
        with contextlib.suppress(Exception):  # tried again, and told, by a read
            self.backend.flush()

    def _begin(
        self,
        job: _Queued,
        pool: WorkerPool,
        running: dict[int, _Queued],
        followers: dict[str, list[_Queued]],
        key: int,
    ) -> None:
        if job.sha256 in followers:  # the same bytes are being parsed: it fares as they do
            followers[job.sha256].append(job)
            return
        if job.held == __version__ or job.sha256 in self._stored:
            self._settle(job, self.backend.commune_of(job.sha256), "duplicate")
            return
        followers[job.sha256] = []
        running[key] = job
        # before the pages hear of it: they wait
        pool.give(Job(key, job.name, job.data, as_json=self.backend.takes_json))
        self._live_state(job, "reading")

    def _finish(self, finished: list[tuple[_Queued, Any, list[_Queued]]]) -> None:
        """Store the plans parsed (a parse and its copies: one write each) and their jobs'
        states, committed together; a write the store refused fails its jobs alone."""
        writes: list[tuple[Write, list[_Queued], StagedPlan | None, list[Change]]] = []
        for job, outcome, copies in finished:
            try:
                writes.append(self._settled(job, outcome, copies))
            except Exception as exc:  # the store refused: the jobs say so
                self._fail_all((job, *copies), exc)
        errors = self.backend.commit([write for write, _, _, _ in writes])
        written: list[Change] = []
        for (_, jobs, plan, changes), error in zip(writes, errors, strict=True):
            if error is not None:
                self._fail_all(jobs, error)
                continue
            written += changes
            if plan is not None:
                self._stored.add(plan.plan_id)
        # a job whose final state could not be written: the store's row stands
        self._forget(*(each.job_id for job, _, copies in finished for each in (job, *copies)))
        self._written(written)

    def _settled(
        self, job: _Queued, outcome: Any, copies: list[_Queued]
    ) -> tuple[Write, list[_Queued], StagedPlan | None, list[Change]]:
        """The write that settles a parsed file's jobs (its own and its copies'): the plan, to
        be stored by the first job that may store it, and each job's final state; with them,
        the jobs, the plan it stores and the jobs' changes."""
        jobs = [pending for pending in (job, *copies) if _recorded(pending)]
        updates: list[tuple[Statement, Change]] = []
        write = Write()
        if isinstance(outcome, Failed):
            self.backend.record_failure(job.name, job.sha256, outcome.reason)
            updates += [_job_update(each.job_id, "failed", reason=outcome.reason) for each in jobs]
        else:
            commune = outcome.plan.commune_code
            for pending in jobs:
                if pending.commune is not None and commune != pending.commune:
                    updates.append(_other_commune(pending, commune))
                elif not write.plans:  # the plan and its job's state in one write
                    write.plans.append(outcome.plan)
                    updates.append(_job_update(pending.job_id, "stored", plan_id=job.sha256))
                else:
                    updates.append(_job_update(pending.job_id, "duplicate", plan_id=job.sha256))
        write.statements += [statement for statement, _ in updates]
        plan = write.plans[0] if write.plans else None
        return write, jobs, plan, [change for _, change in updates]

    def _fail_all(self, jobs: Sequence[_Queued], exc: BaseException) -> None:
        """The jobs failed with the store's reason (their final state, when it can be written)."""
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        with contextlib.suppress(Exception):
            for failed in jobs:
                self._update(failed, "failed", reason=reason)
        self._forget(*(failed.job_id for failed in jobs))

    def _settle(self, job: _Queued, commune: str | None, state: JobState) -> None:
        """Say the job's file is a duplicate, unless it is another commune's plan than the one
        the job may store."""
        if job.commune is not None and commune != job.commune:
            changes = []
            if _recorded(job):
                statement, change = _other_commune(job, commune)
                self.backend.execute(*statement)
                changes.append(change)
            self._forget(job.job_id)
            self._written(changes)
            return
        self._update(job, state, plan_id=job.sha256)


def _recorded(job: _Queued) -> bool:
    """Whether the job's row is in the store (waiting for its write: a worker may have read
    the file before it was done)."""
    job.written.wait()
    return not job.lost


def _other_commune(job: _Queued, commune: str | None) -> tuple[Statement, Change]:
    """The job failed: its plan is not of the commune it may store."""
    return _job_update(
        job.job_id,
        "failed",
        reason=f"the plan is of commune {commune or '(unknown)'}, not {job.commune}",
        reason_code="err_other_commune",
    )


def _job_update(job_id: str, state: JobState, **values: Any) -> tuple[Statement, Change]:
    """The statement that sets a job's state (and other columns), with its parameters; and
    the change it makes to the job's row (job_rows.py)."""
    columns = ["state", *values, "updated_at"]
    assignments = ", ".join(f"{column} = ${n}" for n, column in enumerate(columns, 1))
    sql = f"UPDATE jobs SET {assignments} WHERE job_id = ${len(columns) + 1}"
    return (sql, [state, *values.values(), now(), job_id]), (job_id, {"state": state, **values})


def _load_storing() -> None:
    """Import what storing a parsed plan takes in this process (Arrow and its compute
    functions, by unpacking no record: a DuckDB store's), which would otherwise fall on the
    first upload."""
    from plan_extract.store.staging import unpack

    unpack([], [])
