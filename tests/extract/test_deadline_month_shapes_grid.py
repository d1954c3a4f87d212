"""A grid of the ways a plan names a time inside a month or from a quarter (days of one month
without their year, a count of the month's first days, a quarter's first month, a month in
words, a start run to the end of a year, lists and spans in a task table's time cell), each in
the places a plan puts it: a task's bullet, a `Thời gian thực hiện:` line, a task table's
`Thời gian hoàn thành` cell, a bullet hard-wrapped at 60 and at 72 columns, an article of the
decision issuing the plan (corpus/ANNOTATION.md, Deadlines; a plan for 2026, issued in
January). What each gives was written before the parser ran; the negatives give none."""

from __future__ import annotations

import textwrap

import pytest

from date_lines import DECISION_HEAD_2026, deadline_reads, plan_2026
from date_lines import DeadlineRead as Read
from plan_extract.pipeline import parse_text

_TASKS = "II. NHIỆM VỤ"
_BULLET = "- Các thôn phối hợp với Trạm Y tế xã tổ chức tập huấn cho cán bộ thôn"
_TABLE = [
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |",
    "|---|---|---|---|",
]
# a commune's decision issuing its plan for 2026: an article sets a time as a plan's line does
_DECISION = [
    *DECISION_HEAD_2026,
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chăm sóc sức khỏe người cao tuổi năm 2026.",
]
_IN_FORCE = "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."


def _wrapped(prose: str, width: int) -> list[str]:
    """The task's bullet hard-wrapped at `width` columns, as a PDF's text layer prints it."""
    return textwrap.wrap(f"{_BULLET} {prose}.", width=width)


def _reads(place: str, prose: str, cell: str) -> list[Read]:
    """The deadlines read with the shape in `place`: `prose` inside a sentence, `cell` as a
    table cell or a label's value."""
    if place == "decision":
        article = f"Điều 2. Giao Trạm Y tế xã tổ chức tập huấn cho cán bộ thôn {prose}."
        return deadline_reads(parse_text("\n".join([*_DECISION, article, _IN_FORCE])))
    lines, markdown = {
        "bullet": ([f"{_BULLET} {prose}."], False),
        "label": (["1. Tập huấn cán bộ thôn.", f"- Thời gian thực hiện: {cell}."], False),
        "cell": ([*_TABLE, f"| 1 | Tập huấn cán bộ thôn | Trạm Y tế xã | {cell} |"], True),
        "wrapped at 60": (_wrapped(prose, 60), False),
        "wrapped at 72": (_wrapped(prose, 72), False),
    }[place]
    return deadline_reads(plan_2026([_TASKS, *lines], markdown=markdown))


AUG_10_12: Read = ("range", (2026, 8, 10), (2026, 8, 12), None)
JUNE: Read = ("date", (2026, 6, None), None, None)
Q2_TO_YEAR_END: Read = ("range", (2026, 4, 1), (2026, None, None), None)
_PROSE = ["bullet", "label", "wrapped at 60", "wrapped at 72", "decision"]
_ALL = [*_PROSE, "cell"]

# a shape: its words in a sentence, its words as a cell or a label's value, the places it is
# read in, and what it gives there (a task table's cell without its year gives none: the table
# may list several years' work)
SHAPES: dict[str, tuple[str, str, list[str], list[Read]]] = {
    "days of one month, a dash, no year": (
        "vào ngày 10-12 tháng 8",
        "Ngày 10-12 tháng 8",
        _PROSE,
        [AUG_10_12],
    ),
    "days of one month, a spaced dash, no year": (
        "trong các ngày 10 - 12 tháng 8",
        "Các ngày 10 - 12 tháng 8",
        _PROSE,
        [AUG_10_12],
    ),
    "days of one month, slashed, no year": (
        "vào ngày 10 - 12/8",
        "Ngày 10 - 12/8",
        _PROSE,
        [AUG_10_12],
    ),
    "days of one month, no year, in a cell": ("", "Ngày 10-12 tháng 8", ["cell"], []),
    "days of one month with the year": (
        "vào ngày 10-12 tháng 8 năm 2026",
        "Ngày 10-12 tháng 8 năm 2026",
        _ALL,
        [AUG_10_12],
    ),
    "a count of the month's first days": (
        "hoàn thành trong 10 ngày đầu tháng 6/2026",
        "10 ngày đầu tháng 6/2026",
        _ALL,
        [JUNE],
    ),
    "a count of the month's last days, the year in words": (
        "chậm nhất trong 10 ngày cuối tháng 6 năm 2026",
        "10 ngày cuối tháng 6 năm 2026",
        _ALL,
        [JUNE],
    ),
    "a quarter's first month": (
        "trong tháng đầu Quý III/2026",
        "Tháng đầu Quý III/2026",
        _ALL,
        [("date", (2026, 7, None), None, None)],
    ),
    "a quarter's last month": (
        "hoàn thành trước tháng cuối của Quý IV năm 2026",
        "Tháng cuối của Quý IV năm 2026",
        _ALL,
        [("date", (2026, 12, None), None, None)],
    ),
    "a month in words": ("trong tháng Sáu năm 2026", "Tháng Sáu năm 2026", _ALL, [JUNE]),
    "a month in two words": (
        "chậm nhất trong tháng Mười Hai năm 2026",
        "Tháng Mười Hai năm 2026",
        _ALL,
        [("date", (2026, 12, None), None, None)],
    ),
    "a day of a month in words": (
        "trước ngày 15 tháng Sáu năm 2026",
        "Trước ngày 15 tháng Sáu năm 2026",
        _ALL,
        [("date", (2026, 6, 15), None, None)],
    ),
    "words after the month word that spell no month": (
        "trong Tháng hành động năm 2026",
        "",
        ["bullet", "wrapped at 60", "wrapped at 72", "decision"],
        [],
    ),
    "a cited document's date, its month in words": (
        "theo Kế hoạch số 15/KH-UBND ngày 10 tháng Sáu năm 2026",
        "Theo Kế hoạch số 15/KH-UBND ngày 10 tháng Sáu năm 2026",
        _ALL,
        [],
    ),
    "a lunar month's name: no day of the calendar": (
        "vào tháng Giêng năm 2026",
        "",
        ["bullet", "wrapped at 60", "wrapped at 72", "decision"],
        [],
    ),
    "a quarter to the end of a year": (
        "từ Quý II/2026 đến hết năm 2026",
        "Quý II/2026 đến hết năm 2026",
        _ALL,
        [Q2_TO_YEAR_END],
    ),
    "a month to the end of a year": (
        "từ tháng 5/2026 đến hết năm 2026",
        "Từ tháng 5/2026 đến hết năm 2026",
        _ALL,
        [("range", (2026, 5, None), (2026, None, None), None)],
    ),
    "quarters of one year": (
        "từ Quý II đến Quý IV năm 2026",
        "Từ Quý II đến Quý IV năm 2026",
        _ALL,
        [("range", (2026, 4, 1), (2026, 12, 31), None)],
    ),
    "two quarters, one year": (
        "trong Quý II, III/2026",
        "Quý II, III/2026",
        _ALL,
        [
            ("range", (2026, 4, 1), (2026, 6, 30), None),
            ("range", (2026, 7, 1), (2026, 9, 30), None),
        ],
    ),
    "two months every year": (
        "vào tháng 6 và tháng 12 hằng năm",
        "Tháng 6 và tháng 12 hằng năm",
        _ALL,
        [
            ("recurring", (None, 6, None), None, "yearly"),
            ("recurring", (None, 12, None), None, "yearly"),
        ],
    ),
    "a span of whole years": ("trong năm 2026-2027", "Năm 2026-2027", _ALL, []),
    "a horizon after a month": ("từ tháng 11/2026 đến năm 2030", "", _PROSE[:1] + _PROSE[2:4], []),
    "a cited document's date": (
        "theo Kế hoạch số 15/KH-UBND ngày 10 tháng 6 năm 2026",
        "Theo Kế hoạch số 15/KH-UBND ngày 10 tháng 6 năm 2026",
        _ALL,
        [],
    ),
    "the period a report covers": (
        "và báo cáo số liệu tính từ tháng 5/2026 đến hết năm 2026",
        "",
        ["bullet", "wrapped at 60", "wrapped at 72"],
        [],
    ),
}

_GRID = [
    pytest.param(
        place,
        prose,
        cell,
        expected,
        id=f"{shape} / {place}",
    )
    for shape, (prose, cell, places, expected) in SHAPES.items()
    for place in places
]


@pytest.mark.parametrize(("place", "prose", "cell", "expected"), _GRID)
def test_shape_in_place(place: str, prose: str, cell: str, expected: list[Read]) -> None:
    assert _reads(place, prose, cell) == expected


def test_a_target_from_a_quarter_to_the_end_of_a_year() -> None:
    """In the objectives, a start run to the end of a year is a target's time, binding no one."""
    lines = ["- Từ Quý II/2026 đến hết năm 2026, 100% người cao tuổi được khám sức khỏe."]
    assert deadline_reads(plan_2026(lines)) == []


def test_a_start_to_the_end_of_a_year_in_a_target_s_clause() -> None:
    """In a task section too, a clause holding a target figure keeps its time a target's."""
    lines = [_TASKS, "- Từ tháng 5/2026 đến hết năm 2026, tỷ lệ người cao tuổi được khám đạt 95%."]
    assert deadline_reads(plan_2026(lines)) == []
