"""Every command called wrongly ends in one line on stderr and a non-zero exit, never a
traceback: missing or unreadable files, bad option values, an empty query, a file where a folder
is wanted, ... A command with no case here fails the sweep, so a new command brings its own.

The calls run in this process through the entry point (`main`), for speed; tests/cli/
test_basics.py runs the entry point in a process of its own."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import typer

from plan_extract.cli.app import app
from plan_extract.cli.main import main
from plan_extract.store import open_store


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    code: int
    says: str  # a piece of the one line on stderr

    @property
    def command(self) -> str:
        return next((a for a in self.args if not a.startswith("-")), "")


def case(line: str, code: int, says: str) -> Case:
    return Case(tuple(line.split(" ")) if line else (), code, says)


CASES = [
    case("parse", 2, "parse: Missing argument 'files'"),
    case("parse missing.txt", 1, "missing.txt: no such file"),
    case("parse empty", 2, "no plan files found"),
    case("parse plan.txt --ocr sometimes", 2, "--ocr must be auto, always or never"),
    case("parse plan.txt -o file.txt", 2, "file.txt exists and is not a folder"),
    case("parse plan.txt -o file.txt/sub", 1, "file.txt/sub: Not a directory"),
    case("parse plan.txt plan.txt", 2, "several inputs need -o DIR"),
    case("parse plan.txt --nope", 2, "parse: No such option: --nope"),
    case("check", 2, "check: Missing argument 'files'"),
    case("check empty", 2, "no plan files found"),
    case("check plan.txt --format xml", 2, "--format must be one of text, json"),
    case("check plan.txt --lang fr", 2, "--lang must be vi or en"),
    case("check plan.txt --profile nope", 2, "unknown profile 'nope'"),
    case("check plan.txt --profile bad-profile.yaml", 2, "cannot read the profile"),
    case("check plan.txt --profile empty", 2, "unknown profile 'empty'"),
    case("compare plan.txt", 2, "compare: Missing option '-o'"),
    case("compare plan.txt -o file.txt", 2, "file.txt exists and is not a folder"),
    case("compare empty -o out", 2, "no plan files found"),
    case("compare missing.txt -o out", 1, "missing.txt: no such file"),
    case("eval", 2, "eval: Missing argument 'paths'"),
    case("users add ana --role boss", 2, "the role is one of admin, reviewer, commune"),
    case("users add ana --role commune", 2, "a commune account needs --commune"),
    case("users add ana --role admin", 2, "no terminal to ask the password on"),
    case("eval missing", 1, "missing: no such gold file or folder"),
    case("eval bad-gold.yaml", 1, "not a valid gold file"),
    case("eval empty", 2, "no gold files (.yaml) in empty"),
    case("eval empty --min-f1 high", 2, "--min-f1 takes a number or FIELD=NUMBER, not 'high'"),
    case("export --format pdf", 2, "--format must be csv, parquet, xlsx or jsonl"),
    case("export -o file.txt --db store.duckdb", 2, "file.txt exists and is not a folder"),
    case("export -o file.txt/sub --db store.duckdb", 1, "file.txt/sub: Not a directory"),
    case("export --db missing.duckdb", 1, "missing.duckdb: no such store"),
    case("export --db file.txt", 1, "file.txt: not a plan-extract store, or a damaged one"),
    case("ingest", 2, "ingest: Missing argument 'paths'"),
    case("ingest empty --db new.duckdb", 2, "no plan files found"),
    case("ingest plan.txt --workers 0", 2, "--workers must be at least 1"),
    case("ingest plan.txt --timeout -1", 2, "--timeout must be positive"),
    case("ingest plan.txt --workers many", 2, "Invalid value for '--workers'"),
    case("ingest plan.txt --db file.txt", 1, "file.txt: not a plan-extract store, or a damaged"),
    case("ingest plan.txt --db empty", 1, "empty: is a folder, not a store"),
    case("query", 2, "query: Missing argument 'sql'"),
    case("query  --db store.duckdb", 2, "the SQL is empty"),
    case("query ; --db store.duckdb", 2, "the SQL is empty"),
    case("query SELEC --db store.duckdb", 1, "query failed: Parser Error"),
    case("query SELECT --format xml --db store.duckdb", 2, "--format must be table, csv or json"),
    case("query SELECT --db missing.duckdb", 1, "missing.duckdb: no such store"),
    case("schema extra", 2, "schema: Got unexpected extra argument"),
    case("serve --port 0", 2, "Invalid value for '--port'"),
    case("serve --port http", 2, "Invalid value for '--port'"),
    case("serve --db empty", 1, "empty: is a folder, not a store"),
    case("db nope", 2, "No such command 'nope'"),
    case("db status --db missing.duckdb", 1, "missing.duckdb: no such store"),
    case("db upgrade --db file.txt", 1, "file.txt: not a plan-extract store, or a damaged"),
    case("query SELECT --db postgresql://nobody@/none?host=/nowhere", 1, "cannot connect"),
    case("nope", 2, "No such command 'nope'"),
    case("--nope", 2, "No such option: --nope"),
    case("-q -v schema", 2, "--quiet and --verbose cannot go together"),
]


@pytest.fixture(name="workspace")
def workspace_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files the cases name, in the folder they run in."""
    folder = tmp_path_factory.mktemp("workspace")
    (folder / "plan.txt").write_text("KẾ HOẠCH\nVề bình đẳng giới\nI. MỤC TIÊU\n", "utf-8")
    (folder / "file.txt").write_text("not a folder\n", encoding="utf-8")
    (folder / "empty").mkdir()
    (folder / "bad-profile.yaml").write_text("name: [unclosed", encoding="utf-8")
    (folder / "bad-gold.yaml").write_text("not: a: gold", encoding="utf-8")
    with open_store(folder / "store.duckdb"):
        pass
    return folder


def run_main(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["plan-extract", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    code = exited.value.code
    return code if isinstance(code, int) else 1, out, err


@pytest.mark.parametrize("bad", CASES, ids=lambda c: " ".join(c.args) or "(nothing)")
def test_a_wrong_call_is_one_line_on_stderr(
    bad: Case,
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(workspace)
    code, _, err = run_main(bad.args, capsys, monkeypatch)
    assert code == bad.code, err
    assert err.count("\n") == 1 and err.startswith("plan-extract: "), err
    assert bad.says in err
    assert "Traceback" not in err and "internal error" not in err


def test_every_command_is_swept() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    swept = {bad.command for bad in CASES}
    assert set(commands) <= swept, f"commands without a bad-argument case: {set(commands) - swept}"


def test_a_fault_of_ours_is_still_one_line_and_its_traceback_comes_with_v(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr("plan_extract.output.json.plan_json_schema", broken)
    code, _, err = run_main(("schema",), capsys, monkeypatch)
    assert code == 1
    assert err == (
        "plan-extract: internal error: RuntimeError: a bug over two lines "
        "(run again with -v for the traceback, and please report it)\n"
    )
    code, _, err = run_main(("-v", "schema"), capsys, monkeypatch)
    assert code == 1 and "Traceback" in err and "RuntimeError: a bug" in err


def test_plan_extract_alone_shows_the_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_main((), capsys, monkeypatch)
    assert code == 2 and err == ""
    assert "Usage: plan-extract [OPTIONS] COMMAND [ARGS]..." in out and "check" in out
