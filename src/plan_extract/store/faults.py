"""What goes wrong with the store file itself, said in one line with what to do.

DuckDB's own messages name its internals (a WAL file, a lock's PID, "TransactionContext
Error"); each fault a user can meet is recognised here and said in their terms: a file or
folder that cannot be written, a full disk, a store held open by another process, a file that
is not a store or is damaged. Nothing already stored is lost by any of them: each plan is
committed on its own, and a write that fails leaves the file as it was before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from plan_extract.core.errors import PlanExtractError

_PID = re.compile(r"\(PID (\d+)\)")


class StoreError(PlanExtractError):
    """The store cannot be opened or written; the message says what to do."""


def store_fault(path: Path, exc: Exception) -> StoreError:
    """DuckDB's error on the store at `path`, as the one line a user can act on."""
    message = " ".join(str(exc).split())
    lower = message.lower()
    if "conflicting lock" in lower or "could not set lock" in lower:
        pid = _PID.search(message)
        holder = f"another process (PID {pid.group(1)})" if pid else "another process"
        return StoreError(
            f"{path}: the store is in use by {holder}: stop it (a `plan-extract serve` or "
            "`ingest` on the same --db) and run again"
        )
    if "read-only file system" in lower or "permission denied" in lower:
        why = "read-only file system" if "read-only" in lower else "permission denied"
        return StoreError(
            f"{path}: the store cannot be written ({why}): make it writable, or give --db a "
            "file in a folder you can write to"
        )
    if "is a directory" in lower:
        return StoreError(f"{path}: is a folder, not a store: give --db a file (plans.duckdb)")
    if "no space left" in lower or "disk is full" in lower:
        return StoreError(
            f"{path}: the disk is full: free some space and run again (the plans already "
            "stored are kept)"
        )
    if "not a valid duckdb database" in lower or "serializ" in lower or "corrupt" in lower:
        return StoreError(
            f"{path}: not a plan-extract store, or a damaged one: move it aside (or give "
            "another --db) and ingest again"
        )
    return StoreError(f"{path}: the store failed: {message[:200]}")


@contextmanager
def store_faults(path: Path) -> Iterator[None]:
    """DuckDB's errors inside, as `StoreError`s on the store at `path`."""
    import duckdb

    try:
        yield
    except duckdb.Error as exc:
        raise store_fault(path, exc) from exc
