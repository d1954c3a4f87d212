"""The store: many plans in one embedded DuckDB file, for queries, comparison and the web page.

Python API (stable; the web page and the commands use it)::

    from plan_extract.store import ingest_bytes, ingest_paths, open_store, Limits

    with open_store("plans.duckdb") as store:                 # created when missing
        report = ingest_paths(store, [Path("plans/"), Path("batch.zip")], workers=2)
        report.stored, report.skipped, report.failed        # counts; report.failures: list
        plan_id = ingest_bytes(store, data, "upload.docx")    # one file in memory → its plan_id
        store.plans()            # list[PlanSummary]: plan_id, path, format, number, commune, ...
        store.plan(plan_id)      # the Plan exactly as parsed, or None
        store.lines(plan_id)     # [(line, text)]: the normalized text items cite by line
        store.failures()         # list[Failure]: path, sha256, reason, parser_version, failed_at
        store.query("SELECT ...")  # QueryResult(columns, rows)

    open_store(path, read_only=True)   # for readers while nobody writes

`plan_id` is the sha256 of the input file's bytes. Each plan is committed on its own as soon as
it is parsed (staged as one compressed record) and moved into the tables with others in batches
(see staging.py), so an interrupted ingest keeps every plan it finished; a file already held
(same sha256, same parser version) is skipped. Parsing happens in worker processes with a time
and memory limit per file (`Limits`); only the calling process writes to the database.

Tables: plans, sections, targets, units, tasks, deadlines, funding, warnings, lines, failures,
national_targets; views: target_comparison (plan × target × national milestone), unit_roles.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from plan_extract.store.db import DEFAULT_DB, Failure, PlanSummary, QueryResult, Store
from plan_extract.store.faults import StoreError
from plan_extract.store.ingest import IngestReport, ingest_bytes, ingest_paths
from plan_extract.store.pool import Limits

__all__ = [
    "DEFAULT_DB",
    "Failure",
    "IngestReport",
    "Limits",
    "PlanSummary",
    "QueryResult",
    "Store",
    "StoreError",
    "ingest_bytes",
    "ingest_paths",
    "open_store",
]


def open_store(path: str | Path = DEFAULT_DB, read_only: bool = False) -> Store:
    """Open (or create) the store at `path`. A reader first finishes what an interrupted ingest
    left staged, when nobody else has the store open for writing."""
    if not read_only:
        return Store(path)
    store = Store(path, read_only=True)
    if store.unfinished():
        store.close()
        with contextlib.suppress(StoreError):  # somebody writes: read what is in the tables
            Store(path).close()  # opening for writing moves the staged plans in
        store = Store(path, read_only=True)
    return store
