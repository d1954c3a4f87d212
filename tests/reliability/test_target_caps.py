"""The bounds on targets (figures per line, candidates per plan) say what they leave unread: the
plan's warnings (in its JSON) give how many and where, and `parse` says it on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CliRunner
from plan_extract.extract.targets import MAX_CANDIDATES, MAX_FIGURES_PER_LINE
from plan_extract.pipeline import parse_text

HEAD = "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện năm 2026\nI. MỤC TIÊU\n"
HEAD_LINES = HEAD.count("\n")


def _wide_line(figures: int) -> str:
    return "Tỷ lệ " + ", ".join(f"{i}%" for i in range(1, figures + 1)) + ".\n"


def _many_lines(count: int) -> str:
    return "".join(f"- Tỷ lệ nữ đạt {i % 90 + 1}% vào năm 2030.\n" for i in range(count))


def test_figures_past_a_lines_bound_are_counted_on_their_line() -> None:
    plan = parse_text(HEAD + _wide_line(MAX_FIGURES_PER_LINE + 30))
    unread = [w for w in plan.warnings if w.code == "target_figures_not_read"]
    assert [(w.line, w.message.split(": ", 1)[1].split()[0]) for w in unread] == [
        (HEAD_LINES + 1, "30")
    ]
    assert len(plan.targets) == MAX_FIGURES_PER_LINE


def test_targets_past_a_plans_bound_are_counted_with_the_line_they_stop_at() -> None:
    plan = parse_text(HEAD + _many_lines(MAX_CANDIDATES + 40))
    unread = [w for w in plan.warnings if w.code == "targets_not_read"]
    first_unread = HEAD_LINES + MAX_CANDIDATES + 1
    assert [w.line for w in unread] == [first_unread]
    assert f"the figures of 40 lines from line {first_unread} on" in unread[0].message
    assert len(plan.targets) == MAX_CANDIDATES


def test_a_plan_within_the_bounds_has_no_such_warning() -> None:
    plan = parse_text(HEAD + _wide_line(MAX_FIGURES_PER_LINE) + _many_lines(20))
    assert not [w for w in plan.warnings if w.code.endswith("not_read")]
    assert len(plan.targets) == MAX_FIGURES_PER_LINE + 20


def test_parse_says_it_on_stderr_and_in_the_json(run_cli: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "wide.txt"
    source.write_text(HEAD + _wide_line(MAX_FIGURES_PER_LINE + 5), encoding="utf-8")
    done = run_cli("parse", str(source))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"plan-extract: {source}: warning: line {HEAD_LINES + 1}: 5 figures past the first "
        f"{MAX_FIGURES_PER_LINE} of a line were not read as targets"
    ]
    codes = [warning["code"] for warning in json.loads(done.stdout)["warnings"]]
    assert "target_figures_not_read" in codes
    quiet = run_cli("-q", "parse", str(source))
    assert quiet.returncode == 0 and quiet.stderr == ""
