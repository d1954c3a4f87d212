"""`plan-extract export`: the store's tables as CSV, Parquet, an XLSX workbook, or its plans as
JSON Lines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, app, fail


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", help="csv, parquet, xlsx or jsonl (one plan a line).")
    ] = "csv",
    out: Annotated[
        Path,
        typer.Option("-o", "--out", help="Folder to write into (or a .xlsx / .jsonl file name)."),
    ] = Path("export"),
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write plans, sections, targets, units, tasks, deadlines, funding, warnings, lines, the
    national comparison, the national targets and failures: one file per table (csv, parquet:
    lists as lists, dates as dates), one sheet each (xlsx), or every plan's JSON (jsonl)."""
    from plan_extract.store import open_store
    from plan_extract.store.export import EXPORT_FORMATS, export_tables

    if format not in EXPORT_FORMATS:
        raise fail(f"--format must be csv, parquet, xlsx or jsonl, not {format!r}", 2)
    one_file = out.suffix.lower() == {"xlsx": ".xlsx", "jsonl": ".jsonl"}.get(format)
    if out.exists() and not out.is_dir() and not one_file:
        raise fail(f"{out} exists and is not a folder (-o names the folder to write into)", 2)
    with open_store(db, read_only=True) as store:
        written = export_tables(store, format, out)  # type: ignore[arg-type]
    for path in written:
        typer.echo(str(path))
