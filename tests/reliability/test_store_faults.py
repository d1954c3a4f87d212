"""Store faults on DuckDB, made for real: a full disk (a 2 MiB tmpfs), a read-only file system
(the same tmpfs remounted read-only) and a damaged store file. Each is one line on stderr naming
what to do, a non-zero exit, and nothing already stored lost; `serve` refuses to start on a
store it cannot write. The file systems are mounted in a user and mount namespace of their own
(`unshare -rm`), so that neither root nor the machine's mounts are needed or touched. (A store
held by another process: tests/store/test_concurrency.py.)"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.postgres_server import UNPRIVILEGED, PostgresServer

from cli_process import run_cli

PLAN = "KẾ HOẠCH\nThực hiện chương trình\nI. MỤC TIÊU\nTỷ lệ nữ đạt {n}% vào năm 2030.\n"

SCRIPT = """
set -u
mount -t tmpfs -o size=2m tmpfs "$STORE_DIR"
db="$STORE_DIR/plans.duckdb"
count="SELECT count(*) AS n FROM plans"
run() { echo "== $1"; shift; "$@" 2>&1; echo "== exit $?"; }
run first "$PY" -m plan_extract -q ingest "$PLANS/first" --db "$db"
dd if=/dev/zero of="$STORE_DIR/filler" bs=4k 2>/dev/null
run full "$PY" -m plan_extract -q ingest "$PLANS/more" --db "$db"
rm "$STORE_DIR/filler"
run after-full "$PY" -m plan_extract query "$count" --format csv --db "$db"
mount -o remount,ro "$STORE_DIR"
run read-only "$PY" -m plan_extract -q ingest "$PLANS/more" --db "$db"
run serve timeout 60 "$PY" -m plan_extract serve --db "$db" --port 8791
run after-read-only "$PY" -m plan_extract query "$count" --format csv --db "$db"
"""


@pytest.fixture(scope="module")
def faults(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[str], int]]:
    """Each step of the script: (its output lines, its exit code)."""
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is needed to mount a small file system")
    root = tmp_path_factory.mktemp("faults")
    for folder, numbers in (("first", range(1, 3)), ("more", range(3, 9))):
        (root / folder).mkdir()
        for n in numbers:
            (root / folder / f"plan-{n}.txt").write_text(PLAN.format(n=n), encoding="utf-8")
    (root / "store").mkdir()
    done = subprocess.run(
        ["unshare", "-rm", "bash", "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
        env={
            "PATH": "/usr/bin:/bin",
            "PY": sys.executable,
            "PLANS": str(root),
            "STORE_DIR": str(root / "store"),
        },
    )
    assert done.returncode == 0, done.stderr
    steps: dict[str, tuple[list[str], int]] = {}
    for block in re.split(r"^== (?=\S+$)", done.stdout, flags=re.M)[1:]:
        name, *lines = block.splitlines()
        code = int(lines.pop().removeprefix("== exit "))
        steps[name] = (lines, code)
    return steps


def _one_line(step: tuple[list[str], int], expected: str) -> None:
    lines, code = step
    assert code == 1, lines
    assert len(lines) == 1 and expected in lines[0], lines
    assert lines[0].startswith("plan-extract: ") and "Traceback" not in lines[0]


def test_a_full_disk_is_one_line_and_loses_nothing(
    faults: dict[str, tuple[list[str], int]],
) -> None:
    assert faults["first"] == ([], 0)
    _one_line(faults["full"], "the disk is full: free some space and run again")
    assert faults["after-full"] == (["n", "2"], 0)  # the two plans stored before it


def test_a_read_only_store_is_one_line_and_serve_refuses_it(
    faults: dict[str, tuple[list[str], int]],
) -> None:
    _one_line(faults["read-only"], "the store cannot be written (a read-only file system)")
    _one_line(faults["serve"], "the store cannot be written (a read-only file system)")
    assert faults["after-read-only"] == (["n", "2"], 0)


def test_a_damaged_store_file_is_one_line_and_is_left_as_it_was(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN.format(n=1), encoding="utf-8")
    db = tmp_path / "plans.duckdb"
    assert run_cli("-q", "ingest", str(plan), "--db", str(db)).returncode == 0
    damaged = db.read_bytes()[:4096] + b"\xff" * 8192 + db.read_bytes()[12288:]
    db.write_bytes(damaged)
    for command in (["ingest", str(plan)], ["query", "SELECT 1"], ["export"]):
        done = run_cli("-q", *command, "--db", str(db))
        lines = done.stderr.splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert "not a plan-extract store, or a damaged one: move it aside" in lines[0], lines
    assert db.read_bytes() == damaged


def test_a_read_only_postgresql_store_is_one_line_and_loses_nothing(tmp_path: Path) -> None:
    import psycopg

    server = PostgresServer()
    server.start()
    try:
        url = server.new_database()
        plans = [tmp_path / f"plan-{n}.txt" for n in (1, 2)]
        for n, plan in enumerate(plans, start=1):
            plan.write_text(PLAN.format(n=n), encoding="utf-8")
        assert run_cli("-q", "ingest", str(plans[0]), "--db", url).returncode == 0
        with psycopg.connect(url, autocommit=True) as con:
            name = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
            con.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        done = run_cli("-q", "ingest", str(plans[1]), "--db", url)
        lines = done.stderr.splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert "the store cannot be written (a read-only database)" in lines[0], lines
        count = run_cli("query", "SELECT count(*) AS n FROM plans", "--format", "csv", "--db", url)
        assert count.stdout.split() == ["n", "1"], count.stderr
    finally:
        server.remove()


@contextlib.contextmanager
def _small_file_system(size: str, owner: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted for the test (as root: CI and this machine run as root), owned
    by `owner` (the PostgreSQL server's user); unmounted and removed at the end."""
    if os.geteuid() != 0:
        pytest.fail("mounting a small file system for PostgreSQL's tablespace needs root")
    user = pwd.getpwnam(owner)
    folder = Path(tempfile.mkdtemp(prefix="plan-extract-small-"))
    options = f"size={size},mode=0700,uid={user.pw_uid},gid={user.pw_gid}"
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def _fill(folder: Path) -> Path:
    """A file that takes every free byte of the file system `folder` is on."""
    filler = folder / "filler"
    chunk = b"\0" * (1 << 20)
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(chunk)
                stream.flush()
        except OSError:
            pass
    return filler


def _plans(folder: Path, numbers: range, lines: int = 0) -> Path:
    folder.mkdir()
    body = "".join(f"Nội dung thứ {i} của kế hoạch.\n" for i in range(lines))
    for n in numbers:
        (folder / f"plan-{n}.txt").write_text(PLAN.format(n=n) + body, encoding="utf-8")
    return folder


def _count(url: str) -> list[str]:
    done = run_cli("query", "SELECT count(*) AS n FROM plans", "--format", "csv", "--db", url)
    return done.stdout.split()


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    yield server
    server.remove()


def test_a_full_disk_under_postgresql_is_one_line_and_loses_nothing(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    import psycopg

    first = _plans(tmp_path / "first", range(1, 3))
    more = _plans(tmp_path / "more", range(3, 9), lines=3000)  # pages the full disk cannot add
    with _small_file_system("24m", UNPRIVILEGED) as small:
        with psycopg.connect(postgres.url(), autocommit=True) as con:
            con.execute(f"CREATE TABLESPACE small LOCATION '{small}'")
            con.execute("CREATE DATABASE on_small TABLESPACE small")
        url = postgres.url("on_small")
        try:
            assert run_cli("-q", "ingest", str(first), "--db", url).returncode == 0
            filler = _fill(small)
            done = run_cli("-q", "ingest", str(more), "--db", url)
            filler.unlink()
            lines = done.stderr.splitlines()
            assert done.returncode == 1 and len(lines) == 1, done.stderr
            assert "the disk is full: free some space and run again" in lines[0], lines
            assert _count(url) == ["n", "2"]
            assert run_cli("-q", "ingest", str(more), "--db", url).returncode == 0
            assert _count(url) == ["n", "8"]
        finally:
            with psycopg.connect(postgres.url(), autocommit=True) as con:
                con.execute("DROP DATABASE on_small WITH (FORCE)")
                con.execute("DROP TABLESPACE small")


def test_a_damaged_postgresql_store_is_one_line_and_keeps_what_it_can(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    import psycopg

    url = postgres.new_database()
    assert run_cli("-q", "ingest", str(_plans(tmp_path / "first", range(1, 3))), "--db", url)
    more = _plans(tmp_path / "more", range(3, 5))
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP TABLE targets CASCADE")  # and the view on it
    for command in (["ingest", str(more)], ["export", "-o", str(tmp_path / "out")]):
        done = run_cli("-q", *command, "--db", url)
        lines = done.stderr.splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert "the store is damaged (" in lines[0] and "targets" in lines[0], lines
        assert "restore it from a backup" in lines[0], lines
    assert _count(url) == ["n", "2"]


def test_a_corrupt_postgresql_relation_is_one_line(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    import psycopg

    url = postgres.new_database()
    assert run_cli("-q", "ingest", str(_plans(tmp_path / "first", range(1, 3))), "--db", url)
    with psycopg.connect(url, autocommit=True) as con:
        relation = con.execute("SELECT pg_relation_filepath('targets')").fetchone()[0]  # type: ignore[index]
        con.execute("CHECKPOINT")
    postgres.stop()
    path = postgres.data / relation
    path.write_bytes(b"\xff" * path.stat().st_size)
    postgres.start()
    done = run_cli("-q", "ingest", str(_plans(tmp_path / "more", range(3, 5))), "--db", url)
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "the store is damaged (" in lines[0] and "restore it from a backup" in lines[0], lines
    assert _count(url) == ["n", "2"]
