"""`export` for researchers: Parquet typed as the store holds it (lists as lists, the date of
issue as a date with its precision), the normalized lines and the national targets exported,
`--format jsonl` one plan a line; the same files from DuckDB and from PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from benchmarks.postgres_server import PostgresServer

from plan_extract.core.contract import Plan
from plan_extract.store import ingest_paths, open_store
from plan_extract.store.national import national_target_rows

CliRun = Callable[..., subprocess.CompletedProcess[str]]
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ("001_d694d18c5a7d837d.txt", "004_84ecff9abd92b8a3.txt")  # a full date; a month only


@pytest.fixture(scope="module")
def stores(
    tmp_path_factory: pytest.TempPathFactory, postgres: PostgresServer
) -> Iterator[dict[str, str]]:
    """Two seed plans in a DuckDB file and in a PostgreSQL database."""
    folder = tmp_path_factory.mktemp("plans")
    for name in SEEDS:
        (folder / name).write_bytes((ROOT / "corpus" / "plans" / "seeds" / name).read_bytes())
    dbs = {"duckdb": str(tmp_path_factory.mktemp("duck") / "plans.duckdb")}
    dbs["postgresql"] = postgres.new_database()
    for db in dbs.values():
        with open_store(db) as store:
            assert ingest_paths(store, [folder], workers=1).stored == len(SEEDS)
    yield dbs


def _export(db: str, fmt: str, out: Path, run_cli: CliRun) -> Path:
    result = run_cli("export", "--format", fmt, "-o", str(out), "--db", db)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_parquet_keeps_lists_as_lists_and_dates_as_dates(
    stores: dict[str, str], backend: str, tmp_path: Path, run_cli: CliRun
) -> None:
    out = _export(stores[backend], "parquet", tmp_path / "parquet", run_cli)
    tasks = pq.read_table(out / "tasks.parquet")
    for column in ("lead", "cooperating", "deadlines"):
        assert tasks.schema.field(column).type == pa.list_(pa.string()), column
    units = pq.read_table(out / "units.parquet")
    assert units.schema.field("mentions").type == pa.list_(pa.string())
    assert units.schema.field("sections").type == pa.list_(pa.string())
    assert pq.read_table(out / "targets.parquet").schema.field("also_at").type == pa.list_(
        pa.int32()
    )
    with open_store(stores[backend], read_only=True) as store:
        leads = store.query("SELECT lead FROM tasks ORDER BY plan_id, id").rows
        n_lines = store.query("SELECT count(*) FROM lines").rows[0][0]
    assert tasks.column("lead").to_pylist() == [list(lead) for (lead,) in leads]
    assert any(len(lead) > 1 for (lead,) in leads)  # a list of several names, not one string

    plans = pq.read_table(out / "plans.parquet")
    assert plans.schema.field("issued").type == pa.date32()
    assert "plan_json" not in plans.schema.names
    issued = {
        Path(path).name: (date, precision)
        for path, date, precision in zip(
            plans.column("path").to_pylist(),
            plans.column("issued").to_pylist(),
            plans.column("issued_precision").to_pylist(),
            strict=True,
        )
    }
    assert issued == {
        SEEDS[0]: (dt.date(2026, 5, 22), "day"),
        SEEDS[1]: (dt.date(2026, 5, 1), "month"),  # `tháng 5 năm 2026`: the day is blank
    }

    lines = pq.read_table(out / "lines.parquet")
    assert lines.num_rows == n_lines > 100
    assert lines.schema.names == ["plan_id", "line", "text", "page"]
    national = pq.read_table(out / "national_targets.parquet")
    assert national.num_rows == len(national_target_rows())
    assert {"target_comparison", "failures"} <= {p.stem for p in out.iterdir()}


def test_parquet_is_the_same_from_either_backend(
    stores: dict[str, str], tmp_path: Path, run_cli: CliRun
) -> None:
    duck = _export(stores["duckdb"], "parquet", tmp_path / "duck", run_cli)
    pg = _export(stores["postgresql"], "parquet", tmp_path / "pg", run_cli)
    names = sorted(path.name for path in duck.iterdir())
    assert names == sorted(path.name for path in pg.iterdir())
    for name in names:
        assert pq.read_table(pg / name).equals(pq.read_table(duck / name)), name


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_jsonl_holds_one_plan_a_line_as_parse_writes_it(
    stores: dict[str, str], backend: str, tmp_path: Path, run_cli: CliRun
) -> None:
    folder = _export(stores[backend], "jsonl", tmp_path / "out", run_cli)
    lines = (folder / "plans.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(SEEDS)
    with open_store(stores[backend], read_only=True) as store:
        for line in lines:
            plan = Plan.model_validate_json(line)
            assert store.plan(plan.source.sha256) == plan
    assert [Path(json.loads(line)["source"]["path"]).name for line in lines] == list(SEEDS)
    named = _export(stores[backend], "jsonl", tmp_path / "all.jsonl", run_cli)
    assert named.read_text(encoding="utf-8").splitlines() == lines


def test_csv_joins_lists_and_writes_dates_in_iso_form(
    stores: dict[str, str], tmp_path: Path, run_cli: CliRun
) -> None:
    out = _export(stores["duckdb"], "csv", tmp_path / "csv", run_cli)
    plans = (out / "plans.csv").read_text(encoding="utf-8-sig")
    assert ",2026-05-22,day," in plans and ",2026-05-01,month," in plans
    assert "; " in (out / "tasks.csv").read_text(encoding="utf-8-sig")
    assert (out / "lines.csv").exists() and (out / "national_targets.csv").exists()


def test_a_bad_export_format_is_a_usage_error(stores: dict[str, str], run_cli: CliRun) -> None:
    result = run_cli("export", "--format", "feather", "--db", stores["duckdb"])
    assert result.returncode == 2
    assert "csv, parquet, xlsx or jsonl" in result.stderr
