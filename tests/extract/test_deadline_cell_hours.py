"""A grid of a schedule's time cell whose range ends at an hour of its last day (`Từ 15/7 đến
17h00', ngày 21/7/2026`, `Từ ngày 02/3 đến 17 giờ ngày 20/3/2026`: a timetable of enrolment or
of an election prints the hour the work closes): one range, as the same words give in a
sentence (dates.yaml TIME_OF_DAY; corpus/ANNOTATION.md: a task table's time cell reads as a
sentence does), not the end's day alone. Each shape in the places a plan prints a time: a
Markdown table's `Thời gian thực hiện` cell, a `Thời gian hoàn thành` cell of a Word table, a
`Thời gian thực hiện:` label and a task's bullet (a commune plan for 2026). The controls, a
day closing at an hour (`Trước 17 giờ ngày 25/7/2026`) and two hours of one day (`Từ 7 giờ 30
đến 11 giờ ngày 15/6/2026`), give the day. What each gives was written before the parser ran."""

from __future__ import annotations

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads, plan_2026, word_table_2026
from plan_extract.core.contract import Plan

_TASKS = "II. NHIỆM VỤ"
_TASK = "Tiếp nhận hồ sơ đăng ký của thí sinh"


def _plan(place: str, cell: str) -> Plan:
    """The commune plan for 2026 with the time `cell` printed in `place`."""
    if place == "word table":
        rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"]]
        return word_table_2026(_TASKS, [*rows, ["1", _TASK, "Trường THCS", cell]])
    lines, markdown = {
        "markdown table": (
            [
                "| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |",
                "|---|---|---|---|",
                f"| 1 | {_TASK} | Trường THCS | {cell} |",
            ],
            True,
        ),
        "label": ([f"1. {_TASK}.", f"- Thời gian thực hiện: {cell}."], False),
        "bullet": ([f"- Trường THCS {_TASK.lower()} {cell[0].lower()}{cell[1:]}."], False),
    }[place]
    return plan_2026([_TASKS, *lines], markdown=markdown)


SHAPES: dict[str, tuple[str, list[Read]]] = {
    "an hour with minutes and a comma": (
        "Từ 15/7 đến 17h00', ngày 21/7/2026",
        [("range", (2026, 7, 15), (2026, 7, 21), None)],
    ),
    "an hour in words": (
        "Từ ngày 02/3 đến 17 giờ ngày 20/3/2026",
        [("range", (2026, 3, 2), (2026, 3, 20), None)],
    ),
    "both ends with their year": (
        "Từ ngày 15/7/2026 đến 17 giờ 00 ngày 23/7/2026",
        [("range", (2026, 7, 15), (2026, 7, 23), None)],
    ),
    "a day closing at an hour": (
        "Trước 17 giờ ngày 25/7/2026",
        [("date", (2026, 7, 25), None, None)],
    ),
    "two hours of one day": (
        "Từ 7 giờ 30 đến 11 giờ ngày 15/6/2026",
        [("date", (2026, 6, 15), None, None)],
    ),
}

_PLACES = ["markdown table", "word table", "label", "bullet"]


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_range_ends_at_an_hour_of_its_last_day(shape: str, place: str) -> None:
    cell, expected = SHAPES[shape]
    assert deadline_reads(_plan(place, cell)) == expected
