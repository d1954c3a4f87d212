"""A task's time heading its numbered item or closing its line, in the shapes the s40 grid
checked (corpus/ANNOTATION.md, Deadlines): an item's number glued to a month and year, a part
of the month, a list of months sharing one year, a quarter with its year in brackets; and a
list of years after a label (none), in a plan for one year (2026, issued in January)."""

from __future__ import annotations

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text

_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "XÃ AN PHÚ",
    "Số: 07/KH-UBND",
    "An Phú, ngày 09 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Tuyên truyền phổ biến pháp luật năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao ý thức chấp hành pháp luật của người dân.",
    "II. NHIỆM VỤ",
]
_UNDER = ["- Công chức Tư pháp - Hộ tịch tổ chức tuyên truyền.", "- Các thôn phối hợp thực hiện."]


def _plan(lines: list[str], markdown: bool = False) -> Plan:
    return parse_text("\n".join([*_HEAD, *lines]), markdown=markdown)


def _month(month: int) -> Read:
    return ("date", (2026, month, None), None, None)


Q4: Read = ("range", (2026, 10, 1), (2026, 12, 31), None)

SHAPES: dict[str, tuple[list[str], list[Read]]] = {
    "an item's number then a month and year, alone on its line": (
        ["1. 6/2026", *_UNDER],
        [_month(6)],
    ),
    "an item's number then a two-figure month before the item's colon": (
        ["2. 10/2026: tổ chức Ngày Pháp luật tại các thôn."],
        [_month(10)],
    ),
    "the end of a month heading its item": (["1. Cuối tháng 6/2026", *_UNDER], [_month(6)]),
    "the start of a month before the item's colon": (
        ["- Đầu tháng 9/2026: tổ chức hội thi tìm hiểu pháp luật."],
        [_month(9)],
    ),
    "the middle of a month in brackets closing a task's line": (
        ["1. Rà soát tủ sách pháp luật", "- Các thôn rà soát tủ sách (giữa tháng 5/2026)."],
        [_month(5)],
    ),
    "the end of a month in brackets closing a numbered task": (
        ["1. Công chức Tư pháp rà soát các văn bản (cuối tháng 8/2026)."],
        [_month(8)],
    ),
    "two months sharing one year heading their item": (
        ["1. Tháng 6 và tháng 12/2026", *_UNDER],
        [_month(6), _month(12)],
    ),
    "two quarters sharing one year heading their item": (
        ["1. Quý II, Quý IV/2026", *_UNDER],
        [("range", (2026, 4, 1), (2026, 6, 30), None), Q4],
    ),
    "a quarter with its year in brackets heading its item": (
        ["1. Quý IV (năm 2026)", *_UNDER],
        [Q4],
    ),
    "a quarter with its year in brackets before the item's colon": (
        ["2. Quý IV (năm 2026): tổng kết công tác tuyên truyền."],
        [Q4],
    ),
    "a day with its year heading its item": (
        ["1. 15/6/2026", *_UNDER],
        [("date", (2026, 6, 15), None, None)],
    ),
    "a date glued to its dots stays a day": (
        ["1. Rà soát tủ sách pháp luật", "- Thời gian: trước ngày 15.6.2026."],
        [("date", (2026, 6, 15), None, None)],
    ),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_a_task_s_time_heading_or_closing_its_item(name: str) -> None:
    lines, expected = SHAPES[name]
    assert deadline_reads(_plan(lines)) == expected
    assert deadline_reads(_plan(lines, markdown=True)) == expected


NOT_DEADLINES: dict[str, list[str]] = {
    "years listed by semicolons after a label": [
        "1. Rà soát tủ sách pháp luật",
        "- Thời gian thực hiện: Năm 2026; Năm 2027.",
    ],
    "three years listed by semicolons after a label": [
        "1. Các thôn báo cáo; thời gian: Năm 2026; Năm 2027; Năm 2028.",
    ],
    "the end of a month reported done": [
        "1. Rà soát tủ sách pháp luật",
        "- Cuối tháng 3/2026, các thôn đã hoàn thành rà soát.",
    ],
}


@pytest.mark.parametrize("name", list(NOT_DEADLINES))
def test_times_that_bind_no_one(name: str) -> None:
    assert deadline_reads(_plan(NOT_DEADLINES[name])) == []


def test_a_list_of_months_heading_an_objective_is_a_target_s_time() -> None:
    lines = [
        "1. Rà soát tủ sách pháp luật",
        "- Thời gian thực hiện: Quý IV/2026.",
    ]
    head = [
        *_HEAD[:-1],
        "II. MỤC TIÊU",
        "1. Tháng 6 và tháng 12/2026",
        "Tỷ lệ hộ được tuyên truyền đạt 90%.",
        "III. NHIỆM VỤ",
    ]
    plan = parse_text("\n".join([*head, *lines]))
    assert deadline_reads(plan) == [Q4]


def test_a_list_of_years_joined_by_a_semicolon_before_a_clause_keeps_its_year() -> None:
    """`hoàn thành trong năm 2026; năm 2027 sơ kết`: the semicolon opens a clause, no list."""
    lines = ["1. Các thôn hoàn thành trong năm 2026; năm 2027 sơ kết."]
    assert deadline_reads(_plan(lines)) == [("year", (2026, None, None), None, None)]
