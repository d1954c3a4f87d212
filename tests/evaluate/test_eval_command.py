"""`plan-extract eval`: per split and overall, the bars, the JSON output, and bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_process import run_cli
from plan_extract.cli.main import app

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "gold" / "seeds"
SEED_002 = SEEDS / "002_4110c3e47bfbcba1.yaml"


@pytest.fixture
def two_splits(tmp_path: Path) -> Path:
    """A gold tree with two splits holding the same seed (its source found under corpus/)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus" / "plans" / "seeds", corpus / "plans" / "seeds")
    for split in ("first", "second"):
        (corpus / "gold" / split).mkdir(parents=True)
        shutil.copy(SEED_002, corpus / "gold" / split)
    return corpus / "gold"


def test_text_output_per_split_and_overall(two_splits: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(two_splits)])
    assert result.exit_code == 0, result.output
    assert "== split first: 1 document(s) ==" in result.output
    assert "== split second: 1 document(s) ==" in result.output
    assert "== all splits: 2 document(s) ==" in result.output
    for field in ("targets", "units", "deadlines", "header", "sections", "header.basis"):
        assert f"\n{field} " in result.output, field
    assert "attribute accuracy: comparator 1.00" in result.output


def test_json_output_counts_every_field(two_splits: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(two_splits), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert sorted(data["splits"]) == ["first", "second"]
    one = data["splits"]["first"]["fields"]
    overall = data["overall"]["fields"]
    assert data["overall"]["documents"] == 2
    for field in ("targets", "units", "deadlines", "header", "sections", "header.title"):
        assert overall[field]["gold"] == 2 * one[field]["gold"] > 0, field
        assert overall[field]["f1"] == 1.0
    assert one["targets"]["gold"] == 16


def test_a_file_given_twice_is_scored_once(two_splits: Path) -> None:
    first = two_splits / "first"
    result = CliRunner().invoke(app, ["eval", str(first), str(first / SEED_002.name)])
    assert "== split first: 1 document(s) ==" in result.output
    assert "all splits" not in result.output


@pytest.mark.parametrize(
    ("bars", "code"),
    [
        (["0.95"], 0),
        (["units=1.0", "header.title=1.0"], 0),
        (["1.01"], 1),
        (["0.5", "sections=1.01"], 1),
    ],
)
def test_bars(bars: list[str], code: int) -> None:
    args = ["eval", str(SEED_002)]
    for bar in bars:
        args += ["--min-f1", bar]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == code, result.output
    if code:
        assert "F1 below the bar" in result.stderr


def test_a_wrong_gold_item_lowers_the_score_under_the_bar(tmp_path: Path) -> None:
    text = SEED_002.read_text(encoding="utf-8").replace("value: 60,", "value: 61,", 1)
    assert "value: 61," in text
    changed = tmp_path / "corpus" / "gold" / "x" / SEED_002.name
    changed.parent.mkdir(parents=True)
    changed.write_text(text, encoding="utf-8")
    shutil.copytree(ROOT / "corpus" / "plans" / "seeds", tmp_path / "corpus" / "plans" / "seeds")
    result = CliRunner().invoke(app, ["eval", str(changed), "--min-f1", "targets=1.0"])
    assert result.exit_code == 1
    assert "targets 0.94 < 1.0" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--min-f1", "lots"], "--min-f1 takes a number"),
        (["--min-f1", "colour=0.5"], "no field 'colour'"),
        (["--format", "xml"], "--format must be text or json"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], words: str) -> None:
    result = CliRunner().invoke(app, ["eval", str(SEED_002), *args])
    assert result.exit_code == 2
    assert words in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not: [valid", "not a valid gold file"),
        ("source: x.txt\ntargets: [{value: 1}]\n", "document: Field required"),
    ],
)
def test_a_bad_gold_file_is_one_line(tmp_path: Path, content: str, words: str) -> None:
    gold = tmp_path / "bad.yaml"
    gold.write_text(content, encoding="utf-8")
    result = run_cli("eval", str(gold))
    assert result.returncode == 1
    assert words in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_missing_path_is_one_line(tmp_path: Path) -> None:
    result = run_cli("eval", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "no such gold file or folder" in result.stderr


def test_a_plan_the_parser_refuses_is_scored_as_nothing_found(two_splits: Path) -> None:
    """One unreadable source never stops the evaluation: the others are scored, it counts as
    every gold item missed, and the report names it with the parser's reason."""
    corpus = two_splits.parent
    (corpus / "plans" / "broken").mkdir()
    (corpus / "plans" / "broken" / "002.txt").write_bytes(b"")
    second = two_splits / "second" / SEED_002.name
    text = second.read_text(encoding="utf-8")
    second.write_text(
        text.replace(
            "source: plans/seeds/002_4110c3e47bfbcba1.txt", "source: plans/broken/002.txt"
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", str(two_splits), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    first, broken = data["splits"]["first"], data["splits"]["second"]
    assert first["fields"]["targets"]["f1"] == 1.0 and first["unread"] == {}
    assert list(broken["unread"]) == [SEED_002.stem]
    for field in ("targets", "units", "deadlines", "header", "sections"):
        counts = broken["fields"][field]
        assert counts["gold"] == first["fields"][field]["gold"] > 0, field
        assert (counts["found"], counts["right"], counts["recall"]) == (0, 0, 0.0), field
    text_report = CliRunner().invoke(app, ["eval", str(two_splits)]).output
    assert f"not read, scored as nothing found: {SEED_002.stem}: " in text_report
