"""A grid of the months a report's figures cover (`báo cáo bổ sung các số liệu từ tháng 1/2027
đến tháng 6/2027`): the data a report covers, no deadline (corpus/ANNOTATION.md, Deadlines: not
a task's time, `số liệu trong năm 2026`), as `số liệu từ ngày ...` was already. Each shape in
the places a plan or a công văn puts it: a bullet of its reporting section, a sentence of a
paragraph, hard-wrapped at 60 columns (a plan for 2027). The controls keep the deadline the
same sentence sets (`... trước ngày 15/7/2027`) and a task that runs from a month. What each
gives was written before the parser ran."""

from __future__ import annotations

import textwrap

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads
from plan_extract.pipeline import parse_text

_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "XÃ PHÚ LỘC",
    "Số: 12/KH-UBND",
    "Phú Lộc, ngày 08 tháng 01 năm 2027",
    "KẾ HOẠCH",
    "Chăm sóc sức khỏe người cao tuổi năm 2027",
    "IV. TỔ CHỨC THỰC HIỆN",
]

SHAPES: dict[str, tuple[str, list[Read]]] = {
    "two months of the year": (
        "Đợt II, các thôn báo cáo bổ sung các số liệu từ tháng 1/2027 đến tháng 6/2027",
        [],
    ),
    "a month to a month's end": (
        "Các thôn tổng hợp số liệu từ tháng 3/2027 đến hết tháng 9/2027 để báo cáo Ủy ban nhân"
        " dân xã",
        [],
    ),
    "two quarters": (
        "Trạm Y tế xã báo cáo số liệu từ Quý I/2027 đến Quý II/2027 theo mẫu",
        [],
    ),
    "the figures' months and the day the report is due": (
        "Các thôn báo cáo số liệu từ tháng 1/2027 đến tháng 6/2027 về Ủy ban nhân dân xã trước"
        " ngày 15/7/2027",
        [("date", (2027, 7, 15), None, None)],
    ),
    "a task that runs from a month": (
        "Trạm Y tế xã tổ chức khám sức khỏe cho người cao tuổi từ tháng 3/2027 đến tháng 5/2027",
        [("range", (2027, 3, None), (2027, 5, None), None)],
    ),
}


def _lines(place: str, sentence: str) -> list[str]:
    if place == "bullet":
        return [f"- {sentence}."]
    if place == "paragraph":
        return [f"Ủy ban nhân dân xã giao nhiệm vụ như sau. {sentence}."]
    return textwrap.wrap(f"- {sentence}.", width=60)


@pytest.mark.parametrize("place", ["bullet", "paragraph", "wrapped at 60"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_months_a_report_covers_are_no_deadline(shape: str, place: str) -> None:
    sentence, expected = SHAPES[shape]
    plan = parse_text("\n".join([*_HEAD, *_lines(place, sentence)]))
    assert deadline_reads(plan) == expected
