"""The store's suite runs on both backends: `store_db` is a fresh DuckDB file or a fresh database
on a private PostgreSQL server started for the session (benchmarks/postgres_server.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.postgres_server import PostgresServer

BACKENDS = ("duckdb", "postgresql")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture(params=BACKENDS)
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each backend: a DuckDB path or a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "plans.duckdb")
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()
