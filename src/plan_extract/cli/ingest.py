"""`plan-extract ingest`: plan files, folders and .zip archives into the store."""

from __future__ import annotations

from pathlib import Path
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
    paths: Annotated[list[Path], typer.Argument(help="Plan files, folders or .zip archives.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Parser processes (default: one per core).")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds allowed per file.")] = 300.0,
    memory_mb: Annotated[
        int, typer.Option("--memory-mb", help="Memory allowed per parser process, in MiB.")
    ] = 4096,
    ocr: OcrOption = "auto",
) -> None:
    """Parse plans in parallel and store them; files already stored are skipped."""
    import sys

    from plan_extract.store import Limits, ingest_paths, open_store
    from plan_extract.store.ingest import SilentReporter
    from plan_extract.store.progress import reporter_for

    if workers is not None and workers < 1:
        raise fail("--workers must be at least 1", 2)
    if timeout <= 0 or memory_mb < 64:
        raise fail("--timeout must be positive and --memory-mb at least 64", 2)
    options = read_options(ocr)
    quiet = verbosity() == Verbosity.QUIET
    reporter = SilentReporter() if quiet else reporter_for(sys.stderr)
    with open_store(db) as store:
        say_upgraded(store)
        report = ingest_paths(store, paths, workers, Limits(timeout, memory_mb), options, reporter)
    if report.failed:
        raise fail(
            f"{report.failed} file{'s' if report.failed != 1 else ''} failed "
            f"(see the failures table in {store.location})"
        )
