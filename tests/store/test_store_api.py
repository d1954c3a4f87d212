"""The Python API the commands and the web page use: ingest, fetch, list, skip, replace; on
both backends (`store_db`)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from plan_extract.core.errors import InputError
from plan_extract.core.version import __version__
from plan_extract.pipeline import parse_bytes_with_lines, parse_path
from plan_extract.store import Limits, ingest_bytes, ingest_paths, open_store
from plan_extract.store.schema import ITEM_TABLES


def test_ingest_then_fetch_gives_back_the_parsed_plan(seeds: Path, store_db: str) -> None:
    with open_store(store_db) as store:
        report = ingest_paths(store, [seeds], workers=2)
        assert (report.stored, report.skipped, report.failed) == (5, 0, 0)
        summaries = store.plans()
        assert [Path(s.path).name for s in summaries] == sorted(p.name for p in seeds.iterdir())
        for summary in summaries:
            expected = parse_path(summary.path)
            assert summary.plan_id == expected.source.sha256
            assert store.plan(summary.plan_id) == expected
            _, doc = parse_bytes_with_lines(Path(summary.path).read_bytes(), summary.path)
            assert store.lines(summary.plan_id) == [(line.number, line.text) for line in doc.lines]
        assert store.plan("0" * 64) is None


def test_a_second_ingest_skips_what_is_held(seeds: Path, store_db: str) -> None:
    with open_store(store_db) as store:
        ingest_paths(store, [seeds], workers=1)
        again = ingest_paths(store, [seeds, seeds / "001_d694d18c5a7d837d.txt"], workers=1)
        assert (again.stored, again.skipped, again.failed) == (0, 6, 0)
        assert len(store.plans()) == 5


def test_a_plan_parsed_by_another_parser_version_is_replaced(seeds: Path, store_db: str) -> None:
    with open_store(store_db) as store:
        ingest_paths(store, [seeds], workers=1)
        store.query("UPDATE plans SET parser_version = '0.0.1'")
        report = ingest_paths(store, [seeds], workers=1)
        assert report.stored == 5
        counts = store.query(
            "SELECT count(*), count(DISTINCT plan_id), min(parser_version) FROM plans"
        ).rows
        assert counts == [(5, 5, __version__)]
        lines = store.query("SELECT count(*), count(DISTINCT plan_id || ':' || line) FROM lines")
        assert lines.rows[0][0] == lines.rows[0][1] > 0


def test_zip_members_are_ingested_and_bombs_refused(
    seeds: Path, tmp_path: Path, store_db: str
) -> None:
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(seeds.iterdir())[:2]:
            out.write(path, f"plans/{path.name}")
        out.writestr("bomb.txt", b"\0" * (20 * 1024 * 1024))
        out.writestr("notes.png", b"not a plan")
    with open_store(store_db) as store:
        report = ingest_paths(store, [archive], workers=1)
        assert report.stored == 2
        assert [f.path for f in report.failures] == [f"{archive}!bomb.txt"]
        assert "zip bomb" in report.failures[0].reason
        paths = [s.path for s in store.plans()]
        assert all(p.startswith(f"{archive}!plans/") for p in paths)
        assert [f.reason for f in store.failures()] == [report.failures[0].reason]


def test_a_file_past_its_time_limit_is_failed_and_the_batch_goes_on(
    seeds: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (seeds / "001_d694d18c5a7d837d.txt").rename(folder / "good.txt")
    (folder / "slow.txt").write_text("Nội dung kế hoạch dài.\n" * 400_000, encoding="utf-8")
    with open_store(tmp_path / "plans.duckdb") as store:
        report = ingest_paths(store, [folder], workers=1, limits=Limits(seconds=8))
        assert report.stored == 1
        assert [(Path(f.path).name, f.reason) for f in report.failures] == [
            ("slow.txt", "took longer than 8 s")
        ]


def test_a_file_past_its_memory_limit_is_failed_and_the_batch_goes_on(
    seeds: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (seeds / "001_d694d18c5a7d837d.txt").rename(folder / "good.txt")
    (folder / "big.txt").write_text("Nội dung kế hoạch dài.\n" * 1_500_000, encoding="utf-8")
    with open_store(tmp_path / "plans.duckdb") as store:
        report = ingest_paths(store, [folder], workers=2, limits=Limits(seconds=120, memory_mb=100))
        assert report.stored == 1
        assert [Path(f.path).name for f in report.failures] == ["big.txt"]
        assert "memory" in report.failures[0].reason


def test_ingest_bytes_returns_the_plan_id_or_raises_the_reason(seeds: Path, store_db: str) -> None:
    data = (seeds / "000_0617497f5d51b358.txt").read_bytes()
    with open_store(store_db) as store:
        plan_id = ingest_bytes(store, data, "upload.txt")
        plan = store.plan(plan_id)
        assert plan is not None and plan.source.path == "upload.txt"
        with pytest.raises(InputError, match="empty"):
            ingest_bytes(store, b"", "empty.txt")
        assert [f.path for f in store.failures()] == ["empty.txt"]


def test_tables_join_on_plan_id_and_counts_agree(seeds: Path, store_db: str) -> None:
    with open_store(store_db) as store:
        ingest_paths(store, [seeds], workers=2)
        for table in ITEM_TABLES:
            orphans = store.query(
                f"SELECT count(*) FROM {table} t "
                "WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.plan_id = t.plan_id)"
            ).rows
            assert orphans == [(0,)], table
        (lines,) = store.query("SELECT sum(n_lines) FROM plans").rows[0]
        assert int(lines) == store.query("SELECT count(*) FROM lines").rows[0][0] > 0


def test_a_failure_is_replaced_by_its_plan_once_the_file_reads(
    tmp_path: Path, seeds: Path, store_db: str
) -> None:
    plan = tmp_path / "later.txt"
    plan.write_bytes(b"")
    with open_store(store_db) as store:
        assert ingest_paths(store, [plan], workers=1).failed == 1
        assert ingest_paths(store, [plan], workers=1).failed == 1  # recorded once per path
        assert [f.path for f in store.failures()] == [str(plan)]
        plan.write_bytes((seeds / "000_0617497f5d51b358.txt").read_bytes())
        assert ingest_paths(store, [plan], workers=1).stored == 1
        assert store.failures() == []


def test_read_only_open_of_a_missing_store_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such store"):
        open_store(tmp_path / "none.duckdb", read_only=True)
