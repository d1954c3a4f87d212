"""Every extracted item carries its line and the span of its words in that line, and the plan
can carry the normalized lines, so no consumer searches the text again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan_extract.cli.main import app
from plan_extract.core.contract import Plan, Span
from plan_extract.core.text import squash
from plan_extract.output.json import plan_to_json
from plan_extract.pipeline import parse_path, parse_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds").glob("*.txt"))


def words(plan: Plan, line: int, span: Span | None) -> str:
    assert plan.lines is not None and span is not None
    text = plan.lines[line - 1].text
    assert 0 <= span[0] <= span[1] <= len(text)
    return squash(text[span[0] : span[1]])


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_item_text_is_the_words_of_its_span(path: Path) -> None:
    plan = parse_path(path, with_lines=True)
    assert plan.lines is not None
    assert [line.number for line in plan.lines] == list(range(1, len(plan.lines) + 1))
    items = [*plan.targets, *plan.tasks, *plan.deadlines]
    assert plan.tasks and plan.units  # every seed assigns work (targets: 001 and 002)
    for item in items:
        assert words(plan, item.line, item.span) == item.text, item.id
    for funding in plan.funding:
        assert funding.line is not None
        assert words(plan, funding.line, funding.span) == funding.text
    for target in plan.targets:
        assert sorted({again.line for again in target.restatements}) == target.also_at
    for unit in plan.units:
        assert unit.occurrences, unit.name
        for where in unit.occurrences:
            assert words(plan, where.line, where.span) in unit.mentions


def test_restatements_carry_the_span_of_the_restated_clause() -> None:
    plan = parse_path(next(p for p in SEEDS if p.name.startswith("001")), with_lines=True)
    restated = [t for t in plan.targets if t.restatements]
    assert restated
    for target in restated:
        for again in target.restatements:
            assert f"{target.value:g}" in words(plan, again.line, again.span)


PLAN = "\n".join(
    [
        "I. MỤC TIÊU",
        "Phấn đấu đến năm 2030 đạt 90% thôn có mô hình truyền thông.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Trưởng thôn",
        "- Phối hợp tổ chức thông tin, tuyên truyền đến từng hộ; báo cáo trước ngày 15/12/2026.",
        "2. Trung tâm Phát triển quỹ đất tỉnh:",
        "- Chủ trì rà soát quỹ đất.",
        "Trên đây là Kế hoạch, phấn đấu đạt 95% thôn có mô hình.",
    ]
)


def test_a_unit_span_is_its_words_never_part_of_a_longer_word() -> None:
    plan = parse_text(PLAN, with_lines=True)
    assert plan.lines is not None
    head = next(u for u in plan.units if u.name == "Trưởng thôn")
    assert [(o.line, words(plan, o.line, o.span)) for o in head.occurrences] == [(4, "Trưởng thôn")]
    line = plan.lines[1].text  # `thôn` and, further on, `thông`
    for unit in plan.units:
        for where in unit.occurrences:
            if where.line == 2:
                start, end = where.span
                assert line[start:end].casefold() == "thôn"
                assert not line[end : end + 1].isalpha()


def test_a_unit_missing_from_the_lexicon_is_found_where_its_heading_names_it() -> None:
    plan = parse_text(PLAN, with_lines=True)
    unknown = next(u for u in plan.units if not u.in_lexicon)
    assert unknown.name == "Trung tâm Phát triển quỹ đất tỉnh"
    assert [(o.line, words(plan, o.line, o.span)) for o in unknown.occurrences] == [
        (6, unknown.name)
    ]


def test_a_figure_of_the_closing_is_no_target() -> None:
    plan = parse_text(PLAN)
    assert [(t.value, t.line) for t in plan.targets] == [(90, 2)]
    assert [(d.line, d.text) for d in plan.deadlines] == [(5, "trước ngày 15/12/2026")]


def test_lines_are_in_the_json_only_when_asked_for(tmp_path: Path) -> None:
    plan = parse_text(PLAN)
    assert plan.lines is None and "lines" not in json.loads(plan_to_json(plan))
    source = tmp_path / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", str(source), "--with-lines"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [line["number"] for line in data["lines"]] == list(range(1, 9))
    assert data["lines"][3] == {
        "number": 4,
        "text": "1. Trưởng thôn",
        "source_lines": [4],
        "page": None,
    }
    deadline = data["deadlines"][0]
    start, end = deadline["span"]
    assert data["lines"][deadline["line"] - 1]["text"][start:end] == "trước ngày 15/12/2026"
    plain = CliRunner().invoke(app, ["parse", str(source)])
    assert "lines" not in json.loads(plain.output)
