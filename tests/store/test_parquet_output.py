"""`ingest --output DIR.parquet`: one part per batch and table, the same rows as the store,
read directly by DuckDB; a rerun skips what is written, and the parts a killed run left without
their plans part are dropped so nothing is written twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from cli_process import run_in_process
from plan_extract.store import ingest_paths, open_store
from plan_extract.store.parquet import ParquetOutput
from plan_extract.store.schema import TABLE_COLUMNS


def _parquet_rows(root: Path, table: str) -> list[tuple[Any, ...]]:
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT * FROM read_parquet('{root}/{table}/*.parquet')").fetchall()
    return sorted(rows, key=repr)


def test_the_parts_hold_the_stores_rows_and_a_rerun_skips_them(seeds: Path, tmp_path: Path) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    out = tmp_path / "run.parquet"
    result = run_in_process("ingest", str(seeds), "--output", str(out), "--workers", "1")
    assert result.returncode == 1
    assert f"1 file failed (see {out}/failures)" in result.stderr
    with open_store(tmp_path / "plans.duckdb") as store:
        ingest_paths(store, [seeds], workers=1)
        for table in TABLE_COLUMNS:
            stored = sorted(store.query(f"SELECT * FROM {table}").rows, key=repr)
            assert _parquet_rows(out, table) == stored, table
    failures = _parquet_rows(out, "failures")
    assert [(Path(f[0]).name, f[2]) for f in failures] == [("empty.txt", "the file is empty")]

    (seeds / "empty.txt").unlink()
    again = run_in_process("ingest", str(seeds), "--output", str(out), "--workers", "1")
    assert again.returncode == 0, again.stderr
    assert "0 stored, 5 skipped (already held), 0 failed" in again.stderr
    assert len(list((out / "plans").glob("*.parquet"))) == 1


def test_one_part_per_batch_and_a_killed_batch_is_written_again_once(
    seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "run.parquet"
    with ParquetOutput(str(out), batch=2) as sink:
        report = ingest_paths(sink, [seeds], workers=1)
    assert report.stored == 5
    parts = sorted(path.name for path in (out / "plans").glob("*.parquet"))
    assert len(parts) == 3  # 2 + 2 + 1
    assert parts == sorted(path.name for path in (out / "lines").glob("*.parquet"))

    (out / "plans" / parts[0]).unlink()  # as if killed between its lines and its plans part
    with ParquetOutput(str(out), batch=2) as sink:
        assert (out / "lines" / parts[0]).exists() is False
        report = ingest_paths(sink, [seeds], workers=1)
    assert (report.stored, report.skipped) == (2, 3)
    plans = _parquet_rows(out, "plans")
    assert len(plans) == len({row[0] for row in plans}) == 5
    lines = _parquet_rows(out, "lines")
    assert len(lines) == len({(row[0], row[1]) for row in lines})
