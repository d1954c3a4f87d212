"""`plan-extract check` and `plan-extract compare` from the command line: exit codes, formats,
plan JSON as input, and one bad file not stopping the others."""

from __future__ import annotations

import json
from pathlib import Path

import factory
from cli_process import run_cli
from plan_extract.core.contract import Plan
from plan_extract.output.json import plan_to_json


def save(folder: Path, name: str, plan: Plan) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(plan_to_json(plan), encoding="utf-8")
    return path


def test_check_exits_0_when_no_plan_has_an_error(tmp_path: Path) -> None:
    save(tmp_path / "plans", "good.json", factory.plan())
    result = run_cli("check", str(tmp_path / "plans"), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "good.json: PASS" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_check_exits_1_when_a_plan_has_an_error(tmp_path: Path) -> None:
    save(tmp_path, "good.json", factory.plan())
    bad = save(tmp_path, "bad.json", factory.plan(document=factory.document(recipients=[])))
    result = run_cli("check", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert [(p["path"], p["passed"]) for p in data["plans"]] == [
        (str(bad), False),
        (str(tmp_path / "good.json"), True),
    ]
    assert data["plans"][0]["findings"][0]["message"] == "Thiếu nơi nhận"


def test_an_unreadable_file_fails_but_the_batch_goes_on(tmp_path: Path) -> None:
    save(tmp_path, "good.json", factory.plan())
    (tmp_path / "broken.json").write_text('{"schema_version": "1.0"}', encoding="utf-8")
    result = run_cli("check", str(tmp_path), "--format", "sarif", "--lang", "en")
    assert result.returncode == 1
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["input.readable"]
    assert "not a plan JSON" in results[0]["message"]["text"]
    assert "Traceback" not in result.stderr


def test_check_usage_errors_exit_2(tmp_path: Path) -> None:
    plan = str(save(tmp_path, "good.json", factory.plan()))
    for args in (
        ["--format", "xml"],
        ["--lang", "fr"],
        ["--profile", "no-such-profile"],
    ):
        result = run_cli("check", plan, *args)
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("check", str(empty)).returncode == 2


def test_check_with_a_user_profile_file(tmp_path: Path) -> None:
    plan = str(save(tmp_path, "p.json", factory.plan(targets=[])))
    profile = tmp_path / "mine.yaml"
    profile.write_text(
        "name: mine\nextends: gender-equality-commune\ndescription: {vi: a, en: b}\nrules: []\n",
        encoding="utf-8",
    )
    result = run_cli("check", plan, "--profile", str(profile), "--format", "junit")
    assert result.returncode == 1
    assert 'name="targets.present"' in result.stdout


def test_compare_writes_tables_and_report_from_plan_json(tmp_path: Path) -> None:
    save(tmp_path / "plans", "a.json", factory.plan())
    save(tmp_path / "plans", "b.json", factory.plan(targets=[factory.target(value=50)]))
    result = run_cli("compare", str(tmp_path / "plans"), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "comparison.xlsx",
        "indicators.csv",
        "indicators.parquet",
        "report.html",
        "targets.csv",
        "targets.parquet",
        "units.csv",
        "units.parquet",
    ]
    lines = (tmp_path / "out" / "targets.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3
    # ECO-1 is due at 60 in 2030: 60 is as ambitious, 50 is not
    assert [line.rsplit(",", 1)[1] for line in lines[1:]] == ["true", "false"]


def test_compare_reports_a_bad_file_and_writes_the_rest(tmp_path: Path) -> None:
    good = save(tmp_path, "a.json", factory.plan())
    result = run_cli("compare", str(good), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "o" / "report.html").is_file()


def test_check_and_compare_take_a_thong_bao(tmp_path: Path) -> None:
    notice = factory.plan(document=factory.document(kind="thong_bao", symbol="TB-UBND"))
    save(tmp_path / "plans", "notice.json", notice)
    checked = run_cli("check", str(tmp_path / "plans"), "--format", "json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert [(p["path"], p["passed"]) for p in json.loads(checked.stdout)["plans"]] == [
        (str(tmp_path / "plans" / "notice.json"), True)
    ]
    compared = run_cli("compare", str(tmp_path / "plans"), "-o", str(tmp_path / "out"))
    assert compared.returncode == 0, compared.stderr
