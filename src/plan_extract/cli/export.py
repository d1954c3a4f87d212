"""`plan-extract export`: the store's tables as CSV, Parquet, an XLSX workbook, or its plans as
JSON Lines; with `--province`, the workbook a province office sends upward."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, app, fail

DEFAULT_PROFILE = "gender-equality-commune"  # the commune plans' check, as the web page's


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", help="csv, parquet, xlsx or jsonl (one plan a line).")
    ] = "csv",
    out: Annotated[
        Path,
        typer.Option("-o", "--out", help="Folder to write into (or a .xlsx / .jsonl file name)."),
    ] = Path("export"),
    province: Annotated[
        str | None,
        typer.Option(
            help="A province's code (two digits, e.g. 91): the workbook its office sends upward "
            "(xlsx only): its plans, targets, units, deadlines, the national comparison, the "
            "communes without a plan and the incomplete plans, in Vietnamese.",
        ),
    ] = None,
    profile: Annotated[
        str,
        typer.Option(help="With --province: the check profile that finds incomplete plans."),
    ] = DEFAULT_PROFILE,
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
    if province is not None:
        _check_province(province, format, profile)
    if out.exists() and not out.is_dir() and not one_file:
        raise fail(f"{out} exists and is not a folder (-o names the folder to write into)", 2)
    with open_store(db, read_only=True) as store:
        if province is not None:
            from plan_extract.store.workbook import write_province_workbook

            target = out if one_file else out / f"province-{province}.xlsx"
            written = [write_province_workbook(store, province, profile, target)]
        else:
            written = export_tables(store, format, out)  # type: ignore[arg-type]
    for path in written:
        typer.echo(str(path))


def _check_province(province: str, format: str, profile: str) -> None:
    from plan_extract.check.profile import BUILTIN_PROFILES
    from plan_extract.structure.places import province_communes

    if format != "xlsx":
        raise fail("--province writes a workbook: use --format xlsx", 2)
    if not province_communes(province):
        raise fail(f"--province: no province has the code {province!r} (two digits, e.g. 91)", 2)
    if profile not in BUILTIN_PROFILES and not Path(profile).is_file():
        raise fail(f"--profile: no built-in profile or file {profile!r}", 2)
