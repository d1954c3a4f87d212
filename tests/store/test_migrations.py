"""The versioned schema: migrations reach exactly the tables the code writes, an older store is
upgraded in place (its data kept, all or nothing), a newer one refused, and `db status` /
`db upgrade` say so; on both backends."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from plan_extract.store import StoreError, open_store
from plan_extract.store.migrations import latest_version, migrations
from plan_extract.store.postgres import is_postgres_url
from plan_extract.store.schema import TABLE_COLUMNS

CliRun = Callable[..., subprocess.CompletedProcess[str]]
_PG_TYPES = {"varchar": "VARCHAR", "int4": "INTEGER", "float8": "DOUBLE", "bool": "BOOLEAN",
             "_varchar": "VARCHAR[]", "_int4": "INTEGER[]", "bytea": "BLOB",
             "timestamp": "TIMESTAMP"}  # fmt: skip


@contextmanager
def _raw(db: str) -> Iterator[Any]:
    """A plain driver connection, outside the store (autocommit on PostgreSQL)."""
    if is_postgres_url(db):
        import psycopg

        with psycopg.connect(db, autocommit=True) as con:
            yield con
    else:
        import duckdb

        con = duckdb.connect(db)
        try:
            yield con
        finally:
            con.close()


def _columns(db: str) -> dict[str, list[tuple[str, str]]]:
    postgres = is_postgres_url(db)
    kind = "udt_name" if postgres else "data_type"
    with _raw(db) as con:
        rows = con.execute(
            f"SELECT table_name, column_name, {kind} FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
    columns: dict[str, list[tuple[str, str]]] = {}
    for table, column, type_name in rows:
        columns.setdefault(table, []).append(
            (column, _PG_TYPES[type_name] if postgres else type_name)
        )
    return columns


def _legacy_store(db: str) -> None:
    """A store as plan-extract made it before migrations: the tables of migration 1, its views,
    `store_version` 1 in store_meta, and one plan with two lines."""
    with _raw(db) as con:
        for statement in migrations()[0].statements:
            con.execute(statement)
        con.execute("CREATE VIEW unit_roles AS SELECT * FROM units")
        con.execute("INSERT INTO store_meta VALUES ('store_version', '1')")
        values = ", ".join(["'p1'", "'a.txt'", "'txt'", "NULL", "'0.0.1'", "'1'"] + ["NULL"] * 17)
        con.execute(f"INSERT INTO plans VALUES ({values}, {', '.join(['0'] * 8)}, '{{}}')")
        con.execute("INSERT INTO lines VALUES ('p1', 1, 'one', NULL), ('p1', 2, 'two', NULL)")


def test_migrations_make_exactly_the_tables_the_code_writes(store_db: str) -> None:
    with open_store(store_db) as store:
        assert store.upgraded_from is not None and store.upgraded_from.version == 0
        assert store.schema().current
        applied = store.query("SELECT version, name FROM schema_migrations ORDER BY version").rows
    assert applied == [(m.version, m.name) for m in migrations()]
    columns = _columns(store_db)
    for table, declared in TABLE_COLUMNS.items():
        assert columns[table] == [(name, kind.split(" ")[0]) for name, kind in declared], table
    with open_store(store_db) as again:
        assert again.upgraded_from is None  # nothing to do the second time


def test_an_older_store_is_upgraded_in_place_keeping_its_data(store_db: str) -> None:
    _legacy_store(store_db)
    with open_store(store_db) as store:
        assert store.upgraded_from is not None and store.upgraded_from.version == 1
        assert store.schema().version == latest_version()
        assert store.lines("p1") == [(1, "one"), (2, "two")]
        assert store.query("SELECT count(*) FROM unit_roles").rows == [(0,)]
        with pytest.raises(Exception, match=r"(?i)duplicate|constraint"):  # the new unique keys
            store.query("INSERT INTO lines VALUES ('p1', 2, 'again', NULL)")


def test_a_failed_upgrade_changes_nothing(store_db: str) -> None:
    _legacy_store(store_db)
    with _raw(store_db) as con:  # rows the unique keys of migration 2 refuse
        con.execute("INSERT INTO lines VALUES ('p1', 2, 'twice', NULL)")
    with pytest.raises(StoreError, match="schema 2 \\(unique_keys\\) failed, nothing was changed"):
        open_store(store_db)
    with open_store(store_db, read_only=True, check_schema=False) as store:
        assert store.schema().version == 1
        assert store.query("SELECT count(*) FROM lines").rows == [(3,)]


def test_a_store_newer_than_the_package_is_refused(store_db: str) -> None:
    open_store(store_db).close()
    with _raw(store_db) as con:
        con.execute("INSERT INTO schema_migrations VALUES (99, 'future', now(), '9.9')")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="schema version 99, newer than this plan-extract"):
            open_store(store_db, read_only=read_only)


def test_db_status_and_upgrade(store_db: str, run_cli: CliRun) -> None:
    _legacy_store(store_db)
    before = run_cli("db", "status", "--db", store_db)
    assert before.returncode == 1
    assert f"schema version 1 of {latest_version()}; to apply: 0002 unique_keys" in before.stdout
    upgraded = run_cli("db", "upgrade", env={**os.environ, "PLAN_EXTRACT_DB": store_db})
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from schema version 1 to {latest_version()}" in upgraded.stderr
    after = run_cli("db", "status", "--db", store_db)
    assert after.returncode == 0, after.stderr
    assert "(up to date); views and national targets current" in after.stdout
    assert "plans: 1, failures: 0" in after.stdout


def test_a_reader_of_an_older_store_is_told_to_upgrade_it(store_db: str) -> None:
    _legacy_store(store_db)
    if is_postgres_url(store_db):
        with pytest.raises(StoreError, match="run `plan-extract db upgrade`"):
            open_store(store_db, read_only=True)
        return
    with open_store(store_db, read_only=True) as store:  # DuckDB: nobody writes, so it upgrades
        assert store.schema().current
        assert store.lines("p1") == [(1, "one"), (2, "two")]
