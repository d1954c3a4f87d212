"""`plan-extract export`: the store's tables as CSV, Parquet or an XLSX workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, app, fail


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="csv, parquet or xlsx.")] = "csv",
    out: Annotated[
        Path, typer.Option("-o", "--out", help="Folder to write into (or a .xlsx file name).")
    ] = Path("export"),
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write plans, sections, targets, units, tasks, deadlines, funding, warnings, failures and
    the national comparison: one file per table (csv, parquet) or one sheet each (xlsx)."""
    from plan_extract.store import open_store
    from plan_extract.store.export import export_tables

    if format not in ("csv", "parquet", "xlsx"):
        raise fail(f"--format must be csv, parquet or xlsx, not {format!r}", 2)
    workbook = format == "xlsx" and out.suffix.lower() == ".xlsx"
    if out.exists() and not out.is_dir() and not workbook:
        raise fail(f"{out} exists and is not a folder (-o names the folder to write into)", 2)
    with open_store(db, read_only=True) as store:
        written = export_tables(store, format, out)  # type: ignore[arg-type]
    for path in written:
        typer.echo(str(path))
