"""`plan-extract ingest` as staff run it: bad files among good ones, and a killed run resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from cli_process import deep_folder, stop_after_stored
from plan_extract.core.contract import Plan
from plan_extract.store import open_store


def _plain_env() -> dict[str, str]:
    return {**os.environ, "CI": "true"}


def test_bad_files_are_listed_with_their_reason_and_exit_1(
    seeds: Path,
    tmp_path: Path,
    run_cli: Callable[..., subprocess.CompletedProcess[str]],
    pdf_bomb: Callable[[], bytes],
) -> None:
    (seeds / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a word document at all")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "bomb.pdf").write_bytes(pdf_bomb())
    db = tmp_path / "plans.duckdb"
    result = run_cli(
        "ingest",
        str(seeds),
        "--db",
        str(db),
        "--timeout",
        "20",
        "--memory-mb",
        "1024",
        env=_plain_env(),
    )
    assert result.returncode == 1
    assert "3 files failed" in result.stderr
    assert "Traceback" not in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    failures = dict(con.execute("SELECT path, reason FROM failures").fetchall())
    assert sorted(Path(p).name for p in failures) == ["bomb.pdf", "corrupt.docx", "empty.txt"]
    assert all(reason for reason in failures.values())
    assert failures[str(seeds / "empty.txt")] == "the file is empty"
    stored = [
        Path(p).name for (p,) in con.execute("SELECT path FROM plans ORDER BY path").fetchall()
    ]
    assert stored == sorted(p.name for p in seeds.glob("*.txt") if p.name != "empty.txt")
    con.close()


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT])
def test_a_stopped_ingest_resumes_and_stores_every_plan_exactly_once(
    stop: signal.Signals, tmp_path: Path, distinct_copies: Callable[[Path, int], list[Path]]
) -> None:
    folder = deep_folder(tmp_path)
    files = distinct_copies(folder, 40)
    db = tmp_path / "plans.duckdb"
    command = [sys.executable, "-m", "plan_extract", "ingest", str(folder)]
    command += ["--db", str(db), "--workers", "2"]
    returncode, rest = stop_after_stored(command, _plain_env(), 10, stop)
    assert returncode == (130 if stop == signal.SIGINT else -signal.SIGKILL)
    assert "Traceback" not in rest

    # Every plan reported stored is committed: in the tables, or staged for them.
    con = duckdb.connect(str(db))
    committed = "SELECT plan_id FROM plans UNION SELECT plan_id FROM staged_plans"
    (held,) = con.execute(f"SELECT count(*) FROM ({committed})").fetchone() or (0,)
    con.close()
    assert 10 <= held < len(files)
    with open_store(db, read_only=True) as store:  # a reader finishes the staged ones first
        assert len(store.plans()) == held

    again = subprocess.run(command, capture_output=True, text=True, env=_plain_env(), check=False)
    assert again.returncode == 0, again.stderr
    assert f"{len(files) - held} stored, {held} skipped" in again.stderr

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT path, plan_id, n_lines, n_sections, plan_json FROM plans").fetchall()
    assert sorted(path for path, *_ in rows) == sorted(str(p) for p in files)
    assert len({plan_id for _, plan_id, *_ in rows}) == len(files)
    line_counts = dict(con.execute("SELECT plan_id, count(*) FROM lines GROUP BY ALL").fetchall())
    section_counts = dict(
        con.execute("SELECT plan_id, count(*) FROM sections GROUP BY ALL").fetchall()
    )
    for _, plan_id, n_lines, n_sections, plan_json in rows:
        assert Plan.model_validate_json(plan_json).source.sha256 == plan_id
        assert line_counts[plan_id] == n_lines
        assert section_counts.get(plan_id, 0) == n_sections
    duplicated = con.execute(
        "SELECT count(*) FROM (SELECT plan_id, line FROM lines GROUP BY ALL HAVING count(*) > 1)"
    ).fetchone()
    assert duplicated == (0,)
    con.close()


def test_missing_paths_fail_and_empty_folders_are_a_usage_error(
    tmp_path: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    db = str(tmp_path / "plans.duckdb")
    missing = run_cli("ingest", str(tmp_path / "nope.txt"), "--db", db, env=_plain_env())
    assert missing.returncode == 1
    assert "no such file" in missing.stderr and "1 file failed" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run_cli("ingest", str(tmp_path / "empty"), "--db", db, env=_plain_env())
    assert empty.returncode == 2
    assert empty.stderr == "plan-extract: no plan files found in the paths given\n"
