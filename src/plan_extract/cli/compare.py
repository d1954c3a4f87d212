"""`plan-extract compare`: plans side by side and against the national targets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import Verbosity, app, fail, say, verbosity


@app.command()
def compare(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Plan files, their JSON (from parse), folders or .zip archives."),
    ],
    out: Annotated[
        Path, typer.Option("-o", "--out", help="Folder for the tables and the HTML report.")
    ],
) -> None:
    """Compare plans across communes and against the national targets.

    Writes the targets, indicators and units tables (CSV, Parquet, one XLSX) and report.html.
    """
    from plan_extract.cli.progress import track
    from plan_extract.compare import NamedPlan, write_comparison
    from plan_extract.compare.national import national_catalog
    from plan_extract.compare.plans import load_one, plan_inputs

    items = plan_inputs(inputs)
    if not items:
        raise fail("no plan files found in the paths given", 2)
    if out.exists() and not out.is_dir():
        raise fail(f"{out} exists and is not a folder", 2)
    plans = []
    failed = 0
    for item in track(items, "compare", lambda item: item.name):
        loaded = load_one(item)
        if loaded.plan is None:
            failed += 1
            say(f"{loaded.name}: {loaded.failure}")
        else:
            plans.append(NamedPlan(loaded.name, loaded.plan))
    written = write_comparison(plans, national_catalog(), out)
    if verbosity() != Verbosity.QUIET:
        for path in written:
            typer.echo(str(path))
    if failed:
        raise typer.Exit(1)
