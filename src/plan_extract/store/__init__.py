"""The store: many plans in one database, for queries, comparison and the web page: an embedded
DuckDB file (the default) or a PostgreSQL server (a shared office server), with the same tables,
keys, views and Python API.

Python API (stable; the web page and the commands use it)::

    from plan_extract.store import ingest_bytes, ingest_paths, open_store, Limits

    with open_store("plans.duckdb") as store:     # or "postgresql://user@host/db"
        report = ingest_paths(store, [Path("plans/"), Path("batch.zip")], workers=2)
        report.stored, report.skipped, report.failed        # counts; report.failures: list
        plan_id = ingest_bytes(store, data, "plan.docx")      # one file in memory → its plan_id
        store.plans()            # list[PlanSummary]: plan_id, document_key, path, file_name, ...
        store.plan(plan_id)      # the Plan exactly as parsed, or None
        store.lines(plan_id)     # [(line, text)]: the normalized text items cite by line
        store.failures()         # list[Failure]: path, plan_id, reason, parser_version, failed_at
        store.query("SELECT ... WHERE plan_id = $1", [plan_id])  # QueryResult(columns, rows)
        store.schema()           # SchemaStatus: the schema version against this package's
        store.correct(plan_id, Change("target", "t1", "value", 75), "thu")  # a reviewer's change
        store.undo(plan_id, 1, "lan")       # undone, kept
        store.reviewed(plan_id)  # Reviewed: .plan (the effective values), .machine, flags

    open_store(db, read_only=True)     # for readers
    open_store(db, keep_open=False)    # DuckDB: hold the file only while using it (the server)

`plan_id` is the sha256 of the input file's bytes, under that one name in every table (the plan
JSON's `source.sha256`); `document_key` is shared by one plan's formats (.txt, .docx, .pdf, a
scan: see keys.py), so counts of documents group by it. `ingest_bytes` takes the original file
name (an upload's own name): it is kept as `path` and `file_name` and in the plan's
`source.path`, whatever the bytes' format. Each plan is committed on its own as soon as
it is parsed, so an interrupted ingest keeps every plan it finished; a file already held (same
sha256, same parser version) is skipped. Parsing happens in worker processes with a time and
memory limit per file (`Limits`); only the calling process writes to the database. How each
backend writes and shares: duck.py, postgres.py; the schema's versions: migrations.py.

Tables: plans, sections, targets, units, unit_mentions, tasks, deadlines, funding, warnings, lines,
failures, documents, document_files, document_events, national_targets; corrections (the
reviewers' changes, a layer over the parser's output: corrections.py); views: target_comparison
(plan × target × national milestone), unit_roles, plan_documents (each file's document and
whether it represents it: documents.py, which also replaces files and deletes documents). The
tables and views hold the parser's output; whatever shows a plan's values to people reads them
through `Store.reviewed` (a correction belongs to one file, its plan_id: the document shows the
corrections of the file that represents it).
"""

from __future__ import annotations

from pathlib import Path

from plan_extract.store.db import DEFAULT_DB, Failure, PlanSummary, QueryResult, Store
from plan_extract.store.ingest import IngestReport, ingest_bytes, ingest_paths
from plan_extract.store.migrations import SchemaStatus, StoreError
from plan_extract.store.pool import Limits
from plan_extract.store.rows import issued_iso

__all__ = [
    "DB_ENV",
    "DEFAULT_DB",
    "Failure",
    "IngestReport",
    "Limits",
    "PlanSummary",
    "QueryResult",
    "SchemaStatus",
    "Store",
    "StoreError",
    "ingest_bytes",
    "ingest_paths",
    "issued_iso",
    "open_store",
]

DB_ENV = "PLAN_EXTRACT_DB"  # where the commands find the store when --db is not given


def open_store(
    db: str | Path = DEFAULT_DB,
    read_only: bool = False,
    keep_open: bool = True,
    check_schema: bool = True,
) -> Store:
    """Open the store `db`: a DuckDB file (created when missing) or a `postgresql://` URL (the
    database must exist; its tables are created). Opening for writing upgrades an older schema
    (`store.upgraded_from` then says from what); a reader of an outdated store is told to run
    `plan-extract db upgrade` (unless `check_schema` is False: `db status` reads any). On
    DuckDB a reader first finishes what an interrupted ingest left staged, when nobody else has
    the store open for writing."""
    from plan_extract.store.postgres import is_postgres_url

    if is_postgres_url(str(db)):
        from plan_extract.store.postgres import PostgresStore

        return PostgresStore(str(db), read_only=read_only, check_schema=check_schema)
    from plan_extract.store.duck import DuckDBStore

    return DuckDBStore(db, read_only, keep_open, check_schema=check_schema)
