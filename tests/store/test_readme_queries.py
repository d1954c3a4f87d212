"""The README's researcher queries give the same rows on DuckDB and on PostgreSQL, and the DuckDB
file opens in a DuckDB 1.2 client (a separate environment with duckdb 1.2 from PyPI, made once
under .tools/) which gives the same rows again."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.postgres_server import PostgresServer

from plan_extract.store import ingest_paths, open_store

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / ".tools" / "duckdb-1.2"


def readme_queries() -> list[str]:
    """The statements of the README's block of researcher queries."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("A researcher's queries:", 1)[1].split("```sql", 1)[1].split("```")[0]
    text = "\n".join(line for line in block.splitlines() if not line.startswith("--"))
    return [statement.strip() for statement in text.split(";") if statement.strip()]


@pytest.fixture(scope="module")
def stores(
    tmp_path_factory: pytest.TempPathFactory, postgres: PostgresServer
) -> Iterator[tuple[str, str]]:
    """The seeds, and a copy of one whose POL-1 target is weaker than the national one, in a
    DuckDB file and in a PostgreSQL database."""
    folder = tmp_path_factory.mktemp("plans")
    for seed in sorted((ROOT / "corpus" / "plans" / "seeds").glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    weaker = (folder / "002_4110c3e47bfbcba1.txt").read_text(encoding="utf-8")
    assert "đạt 75%" in weaker
    (folder / "weaker.txt").write_text(weaker.replace("đạt 75%", "đạt 70%"), encoding="utf-8")
    duck = str(tmp_path_factory.mktemp("duck") / "plans.duckdb")
    pg = postgres.new_database()
    for db in (duck, pg):
        with open_store(db) as store:
            assert ingest_paths(store, [folder], workers=2).stored == 6
    yield duck, pg


def _rows(db: str, sql: str) -> list[tuple[Any, ...]]:
    with open_store(db, read_only=True) as store:
        return store.query(sql).rows


def test_the_readme_queries_give_the_same_rows_on_both_backends(stores: tuple[str, str]) -> None:
    duck, pg = stores
    queries = readme_queries()
    assert len(queries) == 4
    for sql in queries:
        assert _rows(duck, sql) == _rows(pg, sql), sql
    below = _rows(duck, queries[0])
    assert [(row[3], row[4]) for row in below] == [(70.0, 2030)]
    assert all(_rows(duck, sql) for sql in queries)  # none is empty: each was put to the test


@pytest.fixture(scope="session")
def duckdb_12_client() -> Path:
    """A Python with duckdb 1.2 (not the project's): made with uv, once, under .tools/."""
    python = CLIENT / "bin" / "python"
    if not python.exists():
        uv = ROOT / ".tools" / "bin" / "uv"
        subprocess.run([str(uv), "venv", "-q", "--python", sys.executable, str(CLIENT)], check=True)
        subprocess.run(
            [str(uv), "pip", "install", "-q", "--python", str(python), "duckdb==1.2.*"],
            check=True,
        )
    return python


def test_a_duckdb_1_2_client_reads_the_file(
    stores: tuple[str, str], duckdb_12_client: Path
) -> None:
    duck, _ = stores
    script = (
        "import duckdb, json, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "queries = json.loads(sys.stdin.read())\n"
        "print(json.dumps([duckdb.__version__] + [con.sql(q).fetchall() for q in queries]))\n"
    )
    queries = [*readme_queries(), "SELECT count(*) FROM plans", "SELECT count(*) FROM lines"]
    result = subprocess.run(
        [str(duckdb_12_client), "-c", script, duck],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    version, *answers = json.loads(result.stdout)
    assert re.match(r"1\.2\.", version)
    for sql, rows in zip(queries, answers, strict=True):
        assert [tuple(row) for row in rows] == _rows(duck, sql), sql
