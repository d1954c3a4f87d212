"""What goes wrong with the store itself, said in one line with what to do.

The databases' own messages name their internals (a WAL file, "TransactionContext Error", an
SQLSTATE); each fault a user can meet is recognised here and said in their terms: a file or
folder that cannot be written, a full disk, a file that is not a store or is damaged, a table
of the store gone or its pages corrupted. (A store
held by another process is told where the connection is made: duck.py waits for it first.)
Nothing already stored is lost by any of them: each plan is committed on its own, and a write
that fails leaves the store as it was before it.
"""

from __future__ import annotations

from plan_extract.store.migrations import StoreError

# PostgreSQL's SQLSTATEs for a store whose tables or files are damaged: data or an index
# corrupted on disk, a table or column of the schema gone (the statements are plan-extract's own)
_DAMAGED_STATES = ("XX001", "XX002", "42P01", "42703")


def store_fault(location: str, exc: BaseException, doing: str = "the store failed") -> StoreError:
    """The database's error on the store at `location`, as the one line a user can act on
    (`doing` opens the line of an error not recognised)."""
    message = " ".join(str(exc).split())
    lower = message.lower()
    unwritable = {
        "read-only file system": "a read-only file system",
        "read-only transaction": "a read-only database",
        "permission denied": "permission denied",
    }
    why = next((said for sign, said in unwritable.items() if sign in lower), None)
    if why is not None:
        return StoreError(
            f"{location}: the store cannot be written ({why}): make it writable, or give --db "
            "a store you can write to"
        )
    if "is a directory" in lower:
        return StoreError(f"{location}: is a folder, not a store: give --db a file (plans.duckdb)")
    if "no space left" in lower or "disk is full" in lower or "disk full" in lower:
        return StoreError(
            f"{location}: the disk is full: free some space and run again (the plans already "
            "stored are kept)"
        )
    if getattr(exc, "sqlstate", None) in _DAMAGED_STATES or (
        "catalog error" in lower and "does not exist" in lower
    ):
        return StoreError(
            f"{location}: the store is damaged ({first_line(exc)[:160]}): restore it from a "
            "backup, or ingest again into a new store (another --db); it is left as it is"
        )
    if "not a valid duckdb database" in lower or "serializ" in lower or "corrupt" in lower:
        return StoreError(
            f"{location}: not a plan-extract store, or a damaged one: move it aside (or give "
            "another --db) and ingest again"
        )
    return StoreError(f"{location}: {doing}: {first_line(exc)[:200]}")


def first_line(exc: BaseException) -> str:
    """An exception's message, first line only (drivers add hints and context below it)."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
