"""`plan-extract query`: SQL over the store, printed as a table, CSV or JSON."""

from __future__ import annotations

from typing import Annotated

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, app, fail


@app.command()
def query(
    sql: Annotated[
        str,
        typer.Argument(
            help="One SQL statement (in the dialect of the store: DuckDB or PostgreSQL)."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """Run SQL on the store: tables plans, sections, targets, units, tasks, deadlines, funding,
    warnings, lines, failures; views target_comparison, unit_roles."""
    from plan_extract.store import open_store
    from plan_extract.store.render import render_result

    if format not in ("table", "csv", "json"):
        raise fail(f"--format must be table, csv or json, not {format!r}", 2)
    if not sql.strip(" \t\r\n;"):
        raise fail("the SQL is empty: give one statement, e.g. 'SELECT count(*) FROM plans'", 2)
    with open_store(db, read_only=True) as store:
        result = store.query(sql)
    typer.echo(render_result(result, format), nl=False)  # type: ignore[arg-type]
