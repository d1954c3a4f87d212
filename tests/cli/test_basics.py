from __future__ import annotations

from pathlib import Path

from cli_process import run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("plan-extract ")


def test_missing_file_is_one_line_error(tmp_path: Path) -> None:
    result = run_cli("parse", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_parse_and_ingest_refuse_an_unknown_ocr_mode_in_one_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("KẾ HOẠCH\nVề bình đẳng giới\nI. MỤC TIÊU\nNội dung.\n", encoding="utf-8")
    for command in ("parse", "ingest"):
        result = run_cli(command, "--ocr", "sometimes", str(plan))
        assert result.returncode == 2, command
        assert result.stderr == (
            "plan-extract: --ocr must be auto, always or never, not 'sometimes'\n"
        ), command
