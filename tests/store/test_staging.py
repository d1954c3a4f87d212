"""A plan's packed record unpacks to exactly its rows, and staged plans are never lost (DuckDB
stages them; PostgreSQL writes each at once)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from plan_extract.store import open_store
from plan_extract.store.db import iter_rows
from plan_extract.store.rows import parse_to_rows
from plan_extract.store.schema import TABLE_COLUMNS
from plan_extract.store.staging import pack, pack_json, rows_json, unpack


def test_a_packed_plan_unpacks_to_the_same_rows_in_every_table(seeds: Path) -> None:
    plans = [parse_to_rows(path.read_bytes(), path.name) for path in sorted(seeds.glob("*.txt"))]
    tables = unpack([p.plan_id for p in plans], [pack(p).record for p in plans])
    assert set(tables) == set(TABLE_COLUMNS)
    for table, arrow in tables.items():
        expected = [row for plan in plans for row in plan.tables[table]]
        assert [tuple(row.values()) for row in arrow.to_pylist()] == expected, table
    assert tables["lines"].num_rows > 0 and tables["targets"].num_rows > 0


def test_a_plan_packed_as_json_holds_the_rows_its_record_holds(seeds: Path) -> None:
    """The web page's workers pack an upload to PostgreSQL as JSON (`pack_json`); a plan packed
    as Arrow reaches the same JSON in the server's process (postgres.py's `_tables_json`)."""
    for path in sorted(seeds.glob("*.txt")):
        rows = parse_to_rows(path.read_bytes(), path.name)
        as_json, as_arrow = pack_json(rows), pack(rows)
        tables = unpack([rows.plan_id], [as_arrow.record])
        from_arrow = tuple(rows_json(table, iter_rows(tables[table])) for table in TABLE_COLUMNS)
        assert as_json.tables_json == from_arrow
        assert as_json.record == b"" and as_arrow.tables_json == ()
        assert as_json.filed() == as_arrow.filed()


def test_staged_plans_reach_the_tables_when_the_store_is_opened_again(
    seeds: Path, tmp_path: Path
) -> None:
    db = tmp_path / "plans.duckdb"
    paths = sorted(seeds.glob("*.txt"))
    with open_store(db) as store:
        for path in paths:  # committed one by one, as an ingest killed before its flush leaves them
            store.stage(pack(parse_to_rows(path.read_bytes(), str(path))))
        assert store.pending == len(paths)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM staged_plans").fetchone() == (len(paths),)
    assert con.execute("SELECT count(*) FROM plans").fetchone() == (0,)
    con.close()

    with open_store(db, read_only=True) as store:  # a reader moves them in first
        assert sorted(s.path for s in store.plans()) == sorted(str(p) for p in paths)
        assert store.unfinished() == 0
        counts = store.query("SELECT count(*), count(DISTINCT plan_id) FROM lines").rows[0]
        assert counts[0] > 0 and counts[1] == len(paths)


def test_saving_a_plan_again_keeps_one_copy(seeds: Path, store_db: str) -> None:
    path = sorted(seeds.glob("*.txt"))[0]
    rows = parse_to_rows(path.read_bytes(), str(path))
    with open_store(store_db) as store:
        store.save(rows)
        store.save(rows)
        n_lines = store.query("SELECT count(*) FROM lines").rows[0][0]
        assert n_lines == len(rows.tables["lines"])
        assert store.query("SELECT count(*) FROM plans").rows[0][0] == 1
