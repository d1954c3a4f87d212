"""The store's schema, versioned: numbered SQL files applied in order, a table recording them.

Why numbered SQL files and not Alembic: the store has two backends (DuckDB, PostgreSQL) and no
ORM; Alembic would bring SQLAlchemy and a third-party DuckDB dialect to run a handful of
`CREATE`/`ALTER` statements, and its autogenerate has no models to read. The files under
`sql/` (`0001_initial.sql`, `0002_unique_keys.sql`, ...) are written in the SQL both
databases read, each is applied in one transaction together with its row in
`schema_migrations`, and a test holds the migrated tables equal to `schema.TABLE_COLUMNS`.

A change of table shape is a new file with a new number, never an edit of an applied one. A
store made before migrations existed (`store_meta.store_version` = 1) is at version 1. Numbers
are distinct and applied in order, each one a store has not applied yet, even below its version:
two lines of work that each add one (0006 on one branch, 0007 on another) meet without
renumbering, and a store that got 0007 first gets 0006 when it arrives. A store
is upgraded in place (never rebuilt): by the first command that opens it for writing, or by
`plan-extract db upgrade`; `plan-extract db status` says where it stands. A store newer than
this package is refused.

A migration whose new columns are computed from what each plan already holds (its JSON and its
lines) by the package, not by SQL, names a backfill in `BACKFILLS`, run after its statements in
its transaction.

Views and the national catalog table are derived from the package, not data: they are replaced
whenever their definition changes (a fingerprint in `store_meta`), in the same transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from plan_extract.core.errors import PlanExtractError
from plan_extract.core.version import __version__
from plan_extract.store.schema import VIEWS, view_statements

_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_DERIVED_KEY = "derived"
_LEGACY_KEY = "store_version"

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL,
    applied_by VARCHAR NOT NULL
)"""


class StoreError(PlanExtractError):
    """The store cannot be opened or used as asked: newer than this package, busy, unreachable,
    or an upgrade failed."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """Where a store stands: its schema version (0: empty), the newest this package knows, the
    migrations still to apply, and whether its views and catalog are this package's."""

    version: int
    latest: int
    pending: tuple[Migration, ...]
    derived_current: bool

    @property
    def current(self) -> bool:
        return not self.pending and self.derived_current and self.version == self.latest

    def describe(self) -> str:
        if self.version > self.latest:
            return (
                f"schema version {self.version}, newer than this plan-extract knows "
                f"({self.latest}): upgrade plan-extract"
            )
        if self.pending:
            names = ", ".join(f"{m.version:04d} {m.name}" for m in self.pending)
            return (
                f"schema version {self.version} of {self.latest}; to apply: {names} "
                "(run `plan-extract db upgrade`)"
            )
        views = "current" if self.derived_current else "to refresh on the next write"
        return f"schema version {self.version} (up to date); views and national targets {views}"


def _fill_plan_columns(con: Any) -> None:
    from plan_extract.store.rows import fill_plan_columns

    fill_plan_columns(con)


def _file_documents(con: Any) -> None:
    from plan_extract.store.filing import file_documents

    file_documents(con, _now())


# migration version → what fills its new columns (tables) from the stored plans
BACKFILLS: dict[int, Callable[[Any], None]] = {4: _fill_plan_columns, 7: _file_documents}


@cache
def migrations() -> tuple[Migration, ...]:
    """Every migration shipped, by number (distinct numbers from 1)."""
    found = []
    for path in (Path(__file__).parent / "sql").iterdir():
        match = _FILE_NAME.match(path.name)
        if match:
            statements = tuple(_statements(path.read_text(encoding="utf-8")))
            found.append(Migration(int(match[1]), match[2], statements))
    found.sort(key=lambda m: m.version)
    numbers = [m.version for m in found]
    if not numbers or numbers[0] != 1 or len(set(numbers)) != len(numbers):
        raise RuntimeError("store migrations must have distinct numbers, from 1")
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1].version


def _statements(sql: str) -> Iterator[str]:
    """The statements of a migration file: `;` ends one (none appears inside our DDL)."""
    text = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    for statement in text.split(";"):
        if statement.strip():
            yield statement.strip()


@contextlib.contextmanager
def transaction(con: Any) -> Iterator[None]:
    """One transaction on a DuckDB connection or a PostgreSQL one in autocommit mode."""
    con.execute("BEGIN")
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):  # the connection may be the thing that broke
            con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def schema_status(con: Any) -> SchemaStatus:
    applied = _applied(con)
    version = max(applied, default=0)
    pending = tuple(m for m in migrations() if m.version not in applied)
    if version > latest_version():
        pending = ()
    derived = version > 0 and not pending and _meta(con, _DERIVED_KEY) == derived_fingerprint()
    return SchemaStatus(version, latest_version(), pending, derived)


def upgrade(con: Any, lock: Callable[[Any], None] | None = None) -> SchemaStatus:
    """Bring the store to this package's schema and views; returns where it stood before.
    `lock` is called first inside the transaction (PostgreSQL: an advisory lock, so that two
    processes opening one database at once upgrade it once)."""
    before = schema_status(con)
    _refuse_newer(before)
    if before.current:
        return before
    with transaction(con):
        if lock is not None:
            lock(con)
        status = schema_status(con)  # again: another process may have done it meanwhile
        _refuse_newer(status)
        con.execute(VERSION_TABLE)
        if status.version == 1 and not _applied_versions(con):  # made before migrations
            _record(con, migrations()[0])
        if status.pending or not status.derived_current:
            for view in VIEWS:
                con.execute(f"DROP VIEW IF EXISTS {view}")
        for migration in status.pending:
            try:
                for statement in migration.statements:
                    con.execute(statement)
                if migration.version in BACKFILLS:
                    BACKFILLS[migration.version](con)
            except Exception as exc:
                message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise StoreError(
                    f"upgrading the store to schema {migration.version} ({migration.name}) "
                    f"failed, nothing was changed: {message}"
                ) from exc
            _record(con, migration)
        if status.pending or not status.derived_current:
            _refresh_derived(con)
    return before


def _refuse_newer(status: SchemaStatus) -> None:
    if status.version > status.latest:
        raise StoreError(f"the store is at {status.describe()}")


def _applied(con: Any) -> set[int]:
    """The migrations the store has (a store made before migrations: the first)."""
    tables = _tables(con)
    if "schema_migrations" in tables:
        return set(_applied_versions(con))
    if "plans" in tables:
        legacy = _meta(con, _LEGACY_KEY)
        if legacy != "1":
            raise StoreError(f"the store's tables are of an unknown version ({legacy})")
        return {1}
    return set()


def _applied_versions(con: Any) -> list[int]:
    return [int(row[0]) for row in con.execute("SELECT version FROM schema_migrations").fetchall()]


def _tables(con: Any) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {str(row[0]) for row in rows}


def _meta(con: Any, key: str) -> str | None:
    if "store_meta" not in _tables(con):
        return None
    row = con.execute("SELECT value FROM store_meta WHERE key = $1", [key]).fetchone()
    return str(row[0]) if row else None


def _record(con: Any, migration: Migration) -> None:
    con.execute(
        "INSERT INTO schema_migrations VALUES ($1, $2, $3, $4)",
        [migration.version, migration.name, _now(), __version__],
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@cache
def derived_fingerprint() -> str:
    """Changes when the views' SQL or the national catalog's rows change."""
    from plan_extract.store.national import national_target_rows

    digest = hashlib.sha256()
    for part in [*view_statements(), *map(repr, national_target_rows())]:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def _refresh_derived(con: Any) -> None:
    from plan_extract.store.national import national_target_rows

    con.execute("DELETE FROM national_targets")
    rows = national_target_rows()
    placeholders = ", ".join(f"${n}" for n in range(1, len(rows[0]) + 1))
    for row in rows:
        con.execute(f"INSERT INTO national_targets VALUES ({placeholders})", list(row))
    for statement in view_statements():
        con.execute(statement)
    con.execute("DELETE FROM store_meta WHERE key = $1", [_DERIVED_KEY])
    con.execute("INSERT INTO store_meta VALUES ($1, $2)", [_DERIVED_KEY, derived_fingerprint()])
