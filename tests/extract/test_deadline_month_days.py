"""Days of one month with the month (and year) printed once, after the last day: `từ ngày 05 đến
ngày 20 tháng 3/2026`, `từ ngày 05 đến 20 tháng 3 năm 2026`, `ngày 10 - 12 tháng 8 năm 2026`
(corpus/ANNOTATION.md, Deadlines: `ngày 10-12 tháng 8` are days of one month; a date may be
written with `/`, `-` or `.`). Each shape in the places a plan puts a time (a plan for 2026): one
range, first day to last, never the last day alone nor the month alone; a list of such days
(`vào hai ngày 15 và 16 tháng 6 năm 2026`) one day each, and so a list of quarters printing
`quý` again before each (`quý 1 và quý 2 năm 2026`): a list shares its word and its year.
Without its year, the range takes the one-year plan's, and a task table's cell prints none (no
deadline)."""

from __future__ import annotations

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads, plan_2026

_TASKS = "II. NHIỆM VỤ"
_TABLE = [
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |",
    "|---|---|---|---|",
]
MARCH_5_TO_20: Read = ("range", (2026, 3, 5), (2026, 3, 20), None)
AUGUST_10_TO_12: Read = ("range", (2026, 8, 10), (2026, 8, 12), None)
JUNE_15: Read = ("date", (2026, 6, 15), None, None)
JUNE_16: Read = ("date", (2026, 6, 16), None, None)
Q1: Read = ("range", (2026, 1, 1), (2026, 3, 31), None)
Q2: Read = ("range", (2026, 4, 1), (2026, 6, 30), None)
Q3: Read = ("range", (2026, 7, 1), (2026, 9, 30), None)
Q4: Read = ("range", (2026, 10, 1), (2026, 12, 31), None)


def _contexts(prose: str) -> dict[str, tuple[list[str], bool]]:
    """The lines (and whether Markdown) that put `prose` in each place: a task's bullet, a
    numbered task, a unit's duty, a label's value, a time column's cell, hard-wrapped before it."""
    value = prose[0].upper() + prose[1:]
    return {
        "bullet": ([_TASKS, f"- Các thôn rà soát danh sách người cao tuổi {prose}."], False),
        "numbered": ([_TASKS, f"1. Trạm Y tế xã khám sàng lọc {prose}."], False),
        "duty": (
            ["III. TỔ CHỨC THỰC HIỆN", f"1. Trạm Y tế xã: chủ trì khám sàng lọc {prose}."],
            False,
        ),
        "label": ([_TASKS, "1. Khám sàng lọc.", f"- Thời gian thực hiện: {value}."], False),
        "cell": ([_TASKS, *_TABLE, f"| 1 | Khám sàng lọc | Trạm Y tế xã | {value} |"], True),
        "wrapped": ([_TASKS, "- Trạm Y tế xã phối hợp các thôn khám sàng lọc", f"{prose}."], False),
    }


# a shape as a sentence prints it, and what it gives (written before the parser ran)
SHAPES: dict[str, tuple[str, list[Read]]] = {
    "both day words, the month slashed": ("từ ngày 05 đến ngày 20 tháng 3/2026", [MARCH_5_TO_20]),
    "the second day word left out": ("từ ngày 05 đến 20 tháng 3 năm 2026", [MARCH_5_TO_20]),
    "the second day word left out, slashed": ("từ ngày 05 đến 20 tháng 3/2026", [MARCH_5_TO_20]),
    "tới, to the end": ("từ ngày 05 tới hết ngày 20 tháng 3 năm 2026", [MARCH_5_TO_20]),
    "a dash, spaced": ("từ ngày 05 - 20 tháng 3 năm 2026", [MARCH_5_TO_20]),
    "a dash, no từ": ("trong các ngày 10-12 tháng 8 năm 2026", [AUGUST_10_TO_12]),
    "a dash, the month slashed": ("trong các ngày 10 - 12 tháng 8/2026", [AUGUST_10_TO_12]),
    "the month and year dashed": ("trong các ngày 10-12 tháng 8-2026", [AUGUST_10_TO_12]),
    "already read: both day words, năm": (
        "từ ngày 05 đến ngày 20 tháng 3 năm 2026",
        [MARCH_5_TO_20],
    ),
    "backward: no range": ("từ ngày 20 đến ngày 05 tháng 3 năm 2026", []),
    # a list of days of one month, the month in words after the last: one day each
    "two days listed": ("vào hai ngày 15 và 16 tháng 6 năm 2026", [JUNE_15, JUNE_16]),
    "two days listed, the day word again, dashed": (
        "vào ngày 15 và ngày 16 tháng 6-2026",
        [JUNE_15, JUNE_16],
    ),
    "three days listed, slashed": (
        "trong các ngày 15, 16 và 17 tháng 6/2026",
        [JUNE_15, JUNE_16, ("date", (2026, 6, 17), None, None)],
    ),
    # quarters, `quý` printed again before each (a list all the same)
    "two Arabic quarters, quý again": ("trong quý 1 và quý 2 năm 2026", [Q1, Q2]),
    "three Arabic quarters, quý again, slashed": ("trong quý 2, quý 3 và quý 4/2026", [Q2, Q3, Q4]),
    "two Arabic quarters, quý again, dashed": ("trong quý 3 và quý 4-2026", [Q3, Q4]),
    "four days listed": (
        "vào ngày 10, ngày 12, ngày 14 và ngày 16 tháng 8 năm 2026",
        [("date", (2026, 8, day), None, None) for day in (10, 12, 14, 16)],
    ),
}


_GRID = [
    pytest.param(lines, markdown, expected, id=f"{shape} / {place}")
    for shape, (prose, expected) in SHAPES.items()
    for place, (lines, markdown) in _contexts(prose).items()
]


@pytest.mark.parametrize(("lines", "markdown", "expected"), _GRID)
def test_days_of_one_month(lines: list[str], markdown: bool, expected: list[Read]) -> None:
    assert deadline_reads(plan_2026(lines, markdown=markdown)) == expected


YEARLESS = "từ ngày 05 đến ngày 20 tháng 3"


@pytest.mark.parametrize(
    ("lines", "markdown", "expected"),
    [
        pytest.param(lines, markdown, [] if place == "cell" else [MARCH_5_TO_20], id=place)
        for place, (lines, markdown) in _contexts(YEARLESS).items()
    ],
)
def test_days_of_one_month_without_the_year(
    lines: list[str], markdown: bool, expected: list[Read]
) -> None:
    """The one-year plan's year in its prose; a task table's cell without its year, none."""
    assert deadline_reads(plan_2026(lines, markdown=markdown)) == expected
