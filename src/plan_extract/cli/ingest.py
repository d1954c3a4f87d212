"""`plan-extract ingest`: plan files, folders and .zip archives into the store."""

from __future__ import annotations

from typing import Annotated

import typer

from plan_extract.cli.app import (
    DEFAULT_DB,
    DbOption,
    OcrOption,
    Verbosity,
    app,
    fail,
    read_options,
    verbosity,
)
from plan_extract.cli.db import say_upgraded


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Plan files, folders or .zip archives; or URLs of files or folders that fsspec "
            "reads (s3://bucket/plans/, needs the cluster extra)."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Parser processes (default: one per core).")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds allowed per file.")] = 300.0,
    memory_mb: Annotated[
        int, typer.Option("--memory-mb", help="Memory allowed per parser process, in MiB.")
    ] = 4096,
    ocr: OcrOption = "auto",
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Parse on a Dask cluster: local:N (N local workers) or a scheduler address "
            "tcp://host:8786 (needs the cluster extra).",
        ),
    ] = None,
    range_pages: Annotated[
        int | None,
        typer.Option(
            "--range-pages",
            help="On a cluster, a PDF of more pages than this is read by OCR in ranges of this "
            "many pages, each a task of its own (default 16).",
        ),
    ] = None,
    worker_wait: Annotated[
        float | None,
        typer.Option(
            "--worker-wait",
            help="On a cluster, the seconds to wait while it has no worker before stopping; "
            "what was stored is kept (default 120).",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            help="Write partitioned Parquet to this folder or URL (DIR.parquet) instead of the "
            "store.",
        ),
    ] = None,
) -> None:
    """Parse plans in parallel and store them; files already stored are skipped."""
    import contextlib
    import sys

    from plan_extract.store import Limits, ingest_paths, open_store
    from plan_extract.store.ingest import Parsers, SilentReporter, Sink
    from plan_extract.store.progress import reporter_for

    if workers is not None and workers < 1:
        raise fail("--workers must be at least 1", 2)
    if timeout <= 0 or memory_mb < 64:
        raise fail("--timeout must be positive and --memory-mb at least 64", 2)
    if (range_pages is not None and range_pages < 1) or (
        worker_wait is not None and worker_wait <= 0
    ):
        raise fail("--range-pages must be at least 1 and --worker-wait positive", 2)
    if cluster is not None and workers is not None:
        raise fail("--workers is for the local pool: a cluster has its own workers", 2)
    options = read_options(ocr)
    limits = Limits(timeout, memory_mb)
    quiet = verbosity() == Verbosity.QUIET
    reporter = SilentReporter() if quiet else reporter_for(sys.stderr)
    with contextlib.ExitStack() as stack:
        parsers: Parsers | None = None
        if cluster is not None:
            from plan_extract.store.cluster import open_cluster

            parsers = stack.enter_context(
                open_cluster(cluster, limits, options, range_pages, worker_wait)
            )
        sink: Sink
        if output is not None:
            from plan_extract.store.parquet import ParquetOutput

            sink = stack.enter_context(ParquetOutput(output))
            where = f"{output}/failures"
        else:
            store = stack.enter_context(open_store(db))
            say_upgraded(store)
            sink, where = store, f"the failures table in {store.location}"
        report = ingest_paths(sink, paths, workers, limits, options, reporter, parsers)
    if report.failed:
        raise fail(f"{report.failed} file{'s' if report.failed != 1 else ''} failed (see {where})")
