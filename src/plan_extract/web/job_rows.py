"""The `jobs` rows a page's event stream shows, kept up to date from the writes of jobs this
server committed, instead of a query after each.

Every write of jobs (an upload's jobs queued, a job's final state) is recorded here once it has
committed, as the columns it wrote (`JobJournal`); a stream that has the rows of its first
query applies the changes recorded since (`merged`), which gives the rows that query would give
now: on DuckDB each query takes the store's lock and about a millisecond from the parse and the
commit an upload waits for, two per upload. A stream that fell more than `KEEP` writes behind,
or a write whose changes are unknown (jobs marked failed at start), queries again. Jobs written
by another process (another server on the same PostgreSQL) show when a page connects.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from typing import Any

# The columns of `jobs` a page is shown (and the order the rows are listed by: created_at)
COLUMNS = (
    "job_id",
    "file_name",
    "state",
    "page",
    "pages",
    "plan_id",
    "reason",
    "reason_code",
    "reason_params",
    "owner",
    "commune_code",
    "created_at",
)
KEEP = 1000  # writes remembered: a stream further behind queries again

JobRow = dict[str, Any]
# A job's id and the columns a write set (a new job's row: every column)
Change = tuple[str, dict[str, Any]]


def new_row(**values: Any) -> JobRow:
    """A new job's row: the columns given, the others NULL."""
    row = dict.fromkeys(COLUMNS)
    row.update(values)
    return row


class JobJournal:
    """The changes of the writes of jobs this server committed, counted."""

    def __init__(self) -> None:
        self.count = 0  # writes recorded so far
        self._entries: deque[list[Change] | None] = deque(maxlen=KEEP)
        self._lock = threading.Lock()

    def record(self, changes: Iterable[Change] | None) -> None:
        """A write committed, with the changes it made (None: unknown, query again)."""
        with self._lock:
            self._entries.append(None if changes is None else list(changes))
            self.count += 1

    def since(self, seen: int) -> tuple[int, list[Change] | None]:
        """The count now and the changes written after the first `seen` writes; None when
        they are not all known (a query answers)."""
        with self._lock:
            behind = self.count - seen
            if seen < 0 or behind > len(self._entries):
                return self.count, None
            entries = list(self._entries)[len(self._entries) - behind :]
            count = self.count
        if any(entry is None for entry in entries):
            return count, None
        return count, [change for entry in entries for change in entry or ()]


def merged(
    rows: list[JobRow],
    changes: list[Change],
    owner: str | None,
    job_ids: list[str] | None,
    limit: int,
) -> list[JobRow]:
    """The rows of a query (`owner`'s jobs only when given, the `job_ids` only when given, else
    the latest `limit`, newest first) after the changes: what the same query gives now."""
    found = {row["job_id"]: row for row in rows}
    for job_id, values in changes:
        row = found.get(job_id)
        if row is not None:
            found[job_id] = {**row, **values}
        elif "created_at" in values and _wanted(job_id, values, owner, job_ids):  # a new job
            found[job_id] = new_row(**{**values, "job_id": job_id})
    ordered = sorted(found.values(), key=lambda row: (row["created_at"], row["job_id"]))
    ordered.reverse()
    return ordered if job_ids else ordered[:limit]


def _wanted(
    job_id: str, values: dict[str, Any], owner: str | None, job_ids: list[str] | None
) -> bool:
    return (owner is None or values.get("owner") == owner) and (not job_ids or job_id in job_ids)
