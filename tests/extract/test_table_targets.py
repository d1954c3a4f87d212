"""Targets from the indicator tables of the appendices: one per row and planned year, in the unit
printed; result and money columns and rows measuring money give none; a planned value the body
states already is the body's target."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plan_extract.core.contract import Target
from plan_extract.extract import extract, nlp
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.read.model import Hint
from plan_extract.structure import build_structure

BODY = [
    "KẾ HOẠCH",
    "Phát triển cây công nghiệp giai đoạn 2026 - 2030",
    "I. MỤC TIÊU",
    "Sản lượng chè búp tươi đến năm 2030 đạt 90.000 tấn.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Sở Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch.",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "Lê Văn B",
    "PHỤ LỤC 01",
]
ROWS = [
    ("TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Kế hoạch năm 2030"),
    ("1", "Chè", "", "", "", ""),
    ("-", "Diện tích", "Ha", "6.132", "6.500", "8.000"),
    ("-", "Sản lượng chè búp tươi", "Tấn", "56.182", "64.213", "90.000"),
    ("-", "Giá trị sản xuất", "Tỷ đồng", "1.200", "1.300", "1.500"),
    ("2", "Tỷ lệ diện tích chè đạt chứng nhận", "%", "20", "25", "40"),
]


def _targets() -> list[Target]:
    lines = [Line(number=n, text=t, source_lines=(n,)) for n, t in enumerate(BODY, 1)]
    for number, cells in enumerate(ROWS, len(BODY) + 1):
        lines.append(
            Line(
                number=number,
                text=" | ".join(cells),
                source_lines=(number,),
                hints=frozenset({Hint.TABLE_ROW}),
                cells=cells,
            )
        )
    doc = NormalizedDocument(format="docx", lines=lines)
    return extract(doc, build_structure(doc)).targets


def test_an_indicator_table_gives_a_target_per_row_and_planned_year() -> None:
    targets = _targets()
    found = [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in targets]
    assert found == [
        ("Sản lượng chè búp tươi", 90000, "count", ">=", 2030),
        ("Chè - Diện tích", 6500, "count", ">=", 2026),
        ("Chè - Diện tích", 8000, "count", ">=", 2030),
        ("Chè - Sản lượng chè búp tươi", 64213, "count", ">=", 2026),
        ("Tỷ lệ diện tích chè đạt chứng nhận", 25, "percent", ">=", 2026),
        ("Tỷ lệ diện tích chè đạt chứng nhận", 40, "percent", ">=", 2030),
    ]
    assert [t.id for t in targets] == [f"t{i}" for i in range(1, 7)]


def test_a_planned_value_the_body_states_is_the_body_target_restated() -> None:
    body = _targets()[0]
    row = len(BODY) + 4  # the row of `Sản lượng chè búp tươi`
    assert body.also_at == [row]
    assert [again.line for again in body.restatements] == [row]


def test_each_table_target_cites_its_cell() -> None:
    for target in _targets()[1:]:
        line = " | ".join(ROWS[target.line - len(BODY) - 1])
        assert target.span is not None
        assert line[target.span[0] : target.span[1]] == target.text
        assert target.text.replace(".", "") == f"{target.value:g}"


def test_the_rows_domain_texts_are_parsed_in_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each row's domain is read from its table's title and its indicator: one batch (one Doc,
    one pass of the matchers) for the document's rows, not one per row."""
    batches: list[list[str]] = []
    parse_batch = nlp._parse_batch

    def recorded(lines: list[str]) -> Iterator[nlp.LineParse]:
        batches.append(list(lines))
        return parse_batch(lines)

    monkeypatch.setattr(nlp, "_parse_batch", recorded)
    targets = _targets()
    indicators = [
        "Chè - Diện tích",
        "Chè - Sản lượng chè búp tươi",
        "Chè - Giá trị sản xuất",
        "Tỷ lệ diện tích chè đạt chứng nhận",
    ]
    holding = [b for b in batches if any(t.endswith(i) for t in b for i in indicators)]
    assert len(holding) == 1
    assert all(any(t.endswith(i) for t in holding[0]) for i in indicators)
    assert len(targets) == 6
