"""A grid of the months a report's figures cover (`báo cáo ... các số liệu từ tháng 01 đến
tháng 6/2026`): the period the report covers is no deadline, only the day it is sent binds
(corpus/ANNOTATION.md, Deadlines: "Not deadlines: ... the period a report covers"; domain.md
on reporting). The controls, a task gathering or updating the figures over those months (no
report word before them, or one after them), keep their range. Each shape in the places a
plan puts a reporting clause: a task's bullet, the numbered reporting item of the
implementation section, and after a `Chế độ báo cáo:` label. What each gives was written
before the parser ran."""

from __future__ import annotations

import pytest

from date_lines import DeadlineRead, deadline_reads, plan_2026

SHAPES: dict[str, tuple[str, list[DeadlineRead]]] = {
    "a second round's figures": (
        "Đợt 2, các thôn báo cáo bổ sung các số liệu từ tháng 01/2026 đến tháng 6/2026",
        [],
    ),
    "the figures after the report, then its day": (
        "Các thôn báo cáo số liệu từ tháng 01 đến tháng 6 năm 2026 gửi về UBND xã trước ngày"
        " 10/7/2026",
        [("date", (2026, 7, 10), None, None)],
    ),
    "the figures in brackets": (
        "Các thôn gửi báo cáo (số liệu từ tháng 01/2026 đến tháng 6/2026) về UBND xã trước"
        " ngày 10/7/2026",
        [("date", (2026, 7, 10), None, None)],
    ),
    "the reported figures": (
        "Trạm Y tế xã tổng hợp số liệu báo cáo từ tháng 01/2026 đến tháng 6/2026",
        [],
    ),
    "control: gathering the figures": (
        "Trạm Y tế xã thu thập số liệu từ tháng 3/2026 đến tháng 5/2026",
        [("range", (2026, 3, None), (2026, 5, None), None)],
    ),
    "control: the report after the months": (
        "Các thôn cập nhật số liệu từ tháng 3/2026 đến tháng 5/2026 và báo cáo UBND xã",
        [("range", (2026, 3, None), (2026, 5, None), None)],
    ),
    "control: a report in the sentence before": (
        "Các thôn báo cáo UBND xã. Trạm Y tế xã thu thập số liệu từ tháng 3 đến tháng 5/2026",
        [("range", (2026, 3, None), (2026, 5, None), None)],
    ),
}

PLACES = {
    "task bullet": lambda clause: ["II. NHIỆM VỤ", f"- {clause}."],
    "reporting item": lambda clause: ["III. TỔ CHỨC THỰC HIỆN", "1. Chế độ báo cáo", f"{clause}."],
    "after a label": lambda clause: ["III. TỔ CHỨC THỰC HIỆN", f"- Chế độ báo cáo: {clause}."],
}


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_months_a_report_covers_are_no_deadline(shape: str, place: str) -> None:
    clause, expected = SHAPES[shape]
    assert deadline_reads(plan_2026(PLACES[place](clause))) == expected
