"""`plan-extract parse`: bad input is one line on stderr and a non-zero exit; good files are still
written; the summary table is printed; output is byte-identical across runs and processes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from cli_process import Result
from cli_process import run_cli as run_process_cli
from cli_process import run_in_process as run_cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "plans" / "seeds"
SEED = SEEDS / "001_d694d18c5a7d837d.txt"


def run_process(*args: str, seed: str) -> subprocess.CompletedProcess[str]:
    return run_process_cli(*args, env={**os.environ, "PYTHONHASHSEED": seed})


def _one_line_error(result: Result, code: int, words: str) -> None:
    assert result.returncode == code
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("plan.xyz", "Số: 1/KH-UBND".encode(), "unsupported file type"),
        ("fake.pdf", b"not a pdf at all", "not a valid PDF"),
    ],
)
def test_bad_file_is_one_line_and_exit_1(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _one_line_error(run_cli("parse", str(path)), 1, words)


def test_missing_file(tmp_path: Path) -> None:
    _one_line_error(run_cli("parse", str(tmp_path / "nope.md")), 1, "no such file")


def test_directory_without_plans_is_a_usage_error(tmp_path: Path) -> None:
    _one_line_error(run_cli("parse", str(tmp_path)), 2, "no plan files")


def test_several_inputs_without_out_dir_is_a_usage_error(tmp_path: Path) -> None:
    _one_line_error(run_cli("parse", str(SEED), str(SEED)), 2, "-o DIR")


def test_good_files_are_written_when_others_fail(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("parse", str(SEED), str(bad), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 2
    assert sorted(p.name for p in out.iterdir()) == ["001_d694d18c5a7d837d.txt.json"]
    assert "xã Vĩnh Phong" in result.stdout  # the summary table of what was written
    assert "131/KH-UBND" in result.stdout


def test_summary_table_lists_each_plan(tmp_path: Path) -> None:
    result = run_cli("parse", str(SEEDS), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for header in ("file", "commune", "province", "number", "date", "top-level sections"):
        assert header in result.stdout
    for seed in SEEDS.iterdir():
        assert seed.name in result.stdout
    assert "I purpose" in result.stdout and "Ninh Bình" in result.stdout


def test_same_input_same_bytes_across_processes(tmp_path: Path) -> None:
    first = run_process("parse", str(SEEDS), "-o", str(tmp_path / "a"), seed="1")
    second = run_process("parse", str(SEEDS), "-o", str(tmp_path / "b"), seed="2")
    assert first.returncode == second.returncode == 0
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 5
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_single_file_goes_to_stdout_as_json() -> None:
    import json

    result = run_cli("parse", str(SEED))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["document"]["number"] == "131/KH-UBND"
