"""The command line as a shell user meets it: `-h`, help with types as words, `--quiet` and
`--verbose` anywhere on the line, a progress bar on a terminal only, and text from files shown
as written in every table (`[dự thảo]` keeps its brackets)."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

import factory
from cli_process import run_cli
from plan_extract.cli.app import app
from plan_extract.cli.main import main
from plan_extract.output.json import plan_to_json

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str) -> int:
    """The entry point in this process (its output read through pytest's capture)."""
    old = sys.argv
    sys.argv = ["plan-extract", *args]
    try:
        main()
    except SystemExit as exited:
        return exited.code if isinstance(exited.code, int) else 1
    finally:
        sys.argv = old
    return 0


def help_text(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = run_main(*args)
    out = capsys.readouterr().out
    assert code == 0, out
    return out


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_h_is_help_and_types_read_as_words(
    command: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = [command] if command else []
    long = help_text(capsys, *prefix, "--help")
    assert help_text(capsys, *prefix, "-h") == long
    assert "Usage: plan-extract" in long
    shown = re.findall(r"<[a-z][\w\[\], |]*>", long)
    assert shown == [], f"types as Python annotations: {shown}"


def test_help_names_the_types_of_values(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys, "check", "-h")
    assert "Usage: plan-extract check [OPTIONS] FILES..." in text
    assert re.search(r"files\.\.\.\s+PATH\.\.\.", text)
    assert re.search(r"--profile\s+TEXT", text)
    assert re.search(r"-h, --help\s+Show this message", text)  # a flag shows no type
    assert re.search(r"--port INTEGER", help_text(capsys, "serve", "-h"))
    assert re.search(r"--min-f1 \[FIELD=\]NUMBER", help_text(capsys, "eval", "-h"))
    assert re.search(r"-q, --quiet\s+Say nothing", help_text(capsys, "-h"))


def test_a_group_lists_each_command_with_the_whole_first_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not cut at the first full stop or at the width, as click would."""
    text = " ".join(help_text(capsys, "db", "-h").split())
    assert "what an upgrade would apply, and what it holds. Changes nothing." in text
    text = " ".join(help_text(capsys, "-h").split())
    assert "per split (the gold file's folder) and overall. export" in text


HELP_IMPORTS = """
import sys
from plan_extract.cli.main import main
sys.argv = ["plan-extract", *sys.argv[1:]]
try:
    main()
except SystemExit as exited:
    assert exited.code == 0, exited.code
print(" ".join(sorted({name.split(".")[0] for name in sys.modules} & {"rich", "pydantic"})))
"""


@pytest.mark.parametrize("args", [["-h"], ["parse", "-h"], ["db", "status", "-h"]])
def test_help_imports_neither_rich_nor_pydantic(args: list[str]) -> None:
    """They took `--help` past its 0.3 s (issue 15): typer's rich help, and the pydantic
    TypeAdapter typer builds to coerce the `--help` flag not given."""
    command = [sys.executable, "-c", HELP_IMPORTS, *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Usage: plan-extract" in result.stdout
    assert result.stdout.splitlines()[-1] == ""


@pytest.fixture(name="plans")
def plans_fixture(tmp_path: Path) -> Path:
    """Two plans as JSON (quick to load): one passes, one lacks its signer."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.json").write_text(plan_to_json(factory.plan()), encoding="utf-8")
    unsigned = factory.plan(document=factory.document(signer=None))
    (folder / "b.json").write_text(plan_to_json(unsigned), encoding="utf-8")
    return folder


def test_quiet_says_only_what_fails_and_verbose_times_each_file(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_main("check", str(plans), "--lang", "en")
    normal = capsys.readouterr()
    assert code == 1 and "a.json: PASS" in normal.out and "1/2 plans pass" in normal.out
    assert normal.err == ""

    code = run_main("check", str(plans), "--lang", "en", "-q")  # after the command
    quiet = capsys.readouterr()
    assert code == 1 and quiet.err == ""
    assert quiet.out.splitlines() == [
        f"{plans / 'b.json'}: FAIL",
        f"  {plans / 'b.json'}:1: error [doc.signer] The signer's position and name are missing",
    ]

    code = run_main("--verbose", "check", str(plans), "--lang", "en")
    verbose = capsys.readouterr()
    assert code == 1 and verbose.out == normal.out
    lines = verbose.err.splitlines()
    assert [re.sub(r"\d+\.\d\d s$", "T s", line) for line in lines] == [
        f"check [1/2] {plans / 'a.json'} T s",
        f"check [2/2] {plans / 'b.json'} T s",
    ]


def test_quiet_compare_lists_nothing_it_wrote(
    plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_main("compare", str(plans), "-o", str(tmp_path / "out"), "-q")
    said = capsys.readouterr()
    assert code == 0 and said.out == "" and said.err == ""
    assert (tmp_path / "out" / "report.html").is_file()


def on_a_terminal(*args: str, ci: bool = False) -> str:
    """Run the command with stderr on a pseudo-terminal (stdout a pipe), in a CI job or not
    (whatever the environment running the tests); what it drew there."""
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"COLUMNS": "300", "TERM": "xterm"}
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "plan_extract", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env | ({"CI": "true"} if ci else {}),
    )
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the command closed the terminal: it has ended
            break
        if not chunk:
            break
        drawn += chunk
    process.communicate(timeout=120)
    os.close(leader)
    return drawn.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_only(plans: Path) -> None:
    drawn = on_a_terminal("check", str(plans), "--format", "json")
    assert "check" in drawn and "━" in drawn and "/2" in drawn
    assert "━" not in on_a_terminal("check", str(plans), "--format", "json", ci=True)
    assert "━" not in on_a_terminal("-q", "check", str(plans), "--format", "json")
    piped = run_cli("check", str(plans), "--format", "json")
    assert piped.stderr == ""


def test_a_message_during_the_bar_gets_a_line_of_its_own(plans: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    args = ("compare", str(plans), str(missing), "-o", str(tmp_path / "out"))
    drawn = on_a_terminal(*args)
    lines = re.split(r"[\r\n]+", re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", drawn))
    assert f"plan-extract: {missing}: no such file" in lines


def test_text_from_files_keeps_its_brackets_in_tables(tmp_path: Path) -> None:
    plan = tmp_path / "[dự thảo] kế hoạch.txt"
    plan.write_bytes((ROOT / "corpus/plans/seeds/001_d694d18c5a7d837d.txt").read_bytes())
    result = run_cli("parse", str(plan), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "[dự thảo] kế hoạch.txt" in result.stdout
    checked = run_cli("check", str(plan), "--lang", "en")
    assert f"{plan}: " in checked.stdout


def test_ingest_failures_on_the_bar_keep_their_brackets() -> None:
    from plan_extract.store.ingest import IngestReport
    from plan_extract.store.progress import BarReporter

    stream = io.StringIO()
    reporter = BarReporter(stream)
    reporter.start(1)
    reporter.file_done("[dự thảo] kế hoạch.docx", "failed", "not a plan [red]really[/red]")
    reporter.finish(IngestReport())
    assert "failed [dự thảo] kế hoạch.docx: not a plan [red]really[/red]" in stream.getvalue()
