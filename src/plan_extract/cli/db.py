"""`plan-extract db status` and `db upgrade`: the store's schema version, and bringing it to this
package's (never by rebuilding it: see plan_extract.store.migrations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, Group, PlanTyper, app, say

if TYPE_CHECKING:
    from plan_extract.store import Store

db_app = PlanTyper(
    name="db",
    help="The store's schema: where it stands, and upgrading it.",
    cls=Group,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(db_app)


@db_app.command()
def status(db: DbOption = DEFAULT_DB) -> None:
    """Say which schema version the store is at, what an upgrade would apply, and what it holds.
    Changes nothing."""
    from plan_extract.store import open_store

    with open_store(db, read_only=True, check_schema=False) as store:
        schema = store.schema()
        typer.echo(f"store: {store.location} ({describe_backend(store)})")
        typer.echo(schema.describe())
        if schema.version and not schema.pending:
            failures = store.query("SELECT count(*) FROM failures").rows[0][0]
            typer.echo(f"plans: {store.count_plans()}, failures: {failures}")
    if schema.pending or schema.version > schema.latest:
        raise typer.Exit(1)


@db_app.command()
def upgrade(db: DbOption = DEFAULT_DB) -> None:
    """Apply the migrations the store lacks, each in one transaction (created when missing)."""
    from plan_extract.store import open_store

    with open_store(db) as store:
        said = upgrade_message(store)
        say(said or f"{store.location}: {store.schema().describe()}")


def say_upgraded(store: Store) -> None:
    """Tell (on stderr) that opening an existing store upgraded it."""
    said = upgrade_message(store)
    if said and store.upgraded_from and store.upgraded_from.version:
        say(said)


def upgrade_message(store: Store) -> str | None:
    """What opening the store changed in its schema, if anything."""
    before = store.upgraded_from
    if before is None:
        return None
    after = store.schema().version
    if before.version == 0:
        return f"{store.location}: created at schema version {after}"
    if before.version == after:
        return f"{store.location}: views and national targets refreshed"
    return f"{store.location}: upgraded from schema version {before.version} to {after}"


def describe_backend(store: Store) -> str:
    if store.backend == "duckdb":
        from plan_extract.store.duck import DuckDBStore

        assert isinstance(store, DuckDBStore)
        return f"DuckDB, storage {store.storage_version()}"
    return "PostgreSQL"
