"""A grid of the shapes a plan prints a task's time in, each in the places a plan puts it: a task
bullet, a numbered task, a `Thời gian hoàn thành` table cell, a `Thời gian thực hiện:` line, a
unit's duty, a line hard-wrapped before or inside the time (a plan for 2026, issued in January;
corpus/ANNOTATION.md, Deadlines). The negatives give none in any of them: a cited document's date
or number, an effective date, results achieved."""

from __future__ import annotations

import pytest

from date_lines import HEAD_2026, deadline_reads, plan_2026
from date_lines import DeadlineRead as Read
from plan_extract.pipeline import parse_text

_TASKS = "II. NHIỆM VỤ"
_TASK = "rà soát danh sách người cao tuổi"
_TABLE = [
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |",
    "|---|---|---|---|",
]
_WRAPPED = f"- Các thôn {_TASK} và gửi Trạm Y tế xã"


def _contexts(prose: str, cell: str) -> dict[str, tuple[list[str], bool]]:
    """The lines (and whether markdown) that put a shape in each place a plan puts a time:
    `prose` inside a sentence, `cell` opening a table cell or a label's value."""
    opening, rest = prose.rsplit(" ", 1)  # wrapped before its last word
    return {
        "bullet": ([_TASKS, f"- Các thôn {_TASK} {prose}."], False),
        "numbered": ([_TASKS, f"1. Trạm Y tế xã {_TASK} {prose}."], False),
        "cell": ([_TASKS, *_TABLE, f"| 1 | Rà soát danh sách | Trạm Y tế xã | {cell} |"], True),
        "label": (
            [_TASKS, "1. Rà soát danh sách người cao tuổi.", f"- Thời gian thực hiện: {cell}."],
            False,
        ),
        "duty": (["III. TỔ CHỨC THỰC HIỆN", f"1. Trạm Y tế xã: chủ trì {_TASK} {prose}."], False),
        "wrapped": ([_TASKS, _WRAPPED, f"{prose}."], False),
        "wrapped inside": ([_TASKS, f"{_WRAPPED} {opening}", f"{rest}."], False),
    }


SEPT_30: Read = ("date", (2026, 9, 30), None, None)
Q2: Read = ("range", (2026, 4, 1), (2026, 6, 30), None)
Q3: Read = ("range", (2026, 7, 1), (2026, 9, 30), None)

# a shape: its words inside a sentence, its words opening a cell or a label's value, and what
# it gives, written before the parser ran
SHAPES: dict[str, tuple[str, str, list[Read]]] = {
    "tới ngày": ("tới ngày 30/9/2026", "Tới ngày 30/9/2026", [SEPT_30]),
    "tới hết ngày": ("tới hết ngày 30/9/2026", "Tới hết ngày 30/9/2026", [SEPT_30]),
    "đến ngày": ("đến ngày 30/9/2026", "Đến ngày 30/9/2026", [SEPT_30]),
    "từ ngày ... tới ngày": (
        "từ ngày 01/7 tới ngày 30/9/2026",
        "Từ ngày 01/7 tới ngày 30/9/2026",
        [Q3],
    ),
    "the latest time to send, then trước ngày": (
        "(thời gian chậm nhất gửi báo cáo về Ủy ban nhân dân xã trước ngày 30/9/2026)",
        "Chậm nhất trước ngày 30/9/2026",
        [SEPT_30],
    ),
    "chậm nhất ngày": ("chậm nhất ngày 30/9/2026", "Chậm nhất ngày 30/9/2026", [SEPT_30]),
    "hoàn thành trong tháng": (
        "hoàn thành trong tháng 9/2026",
        "Hoàn thành trong tháng 9/2026",
        [("date", (2026, 9, None), None, None)],
    ),
    "trong quý ... năm": ("trong quý III năm 2026", "Trong quý III năm 2026", [Q3]),
    "the end of a quarter in brackets": ("(cuối Quý II/2026)", "Cuối Quý II/2026", [Q2]),
    "the start of a quarter in brackets": ("(đầu Quý III/2026)", "Đầu Quý III/2026", [Q3]),
    "cuối năm": ("vào cuối năm 2026", "Cuối năm 2026", [("year", (2026, None, None), None, None)]),
    "đầu năm": ("vào đầu năm 2027", "Đầu năm 2027", [("year", (2027, None, None), None, None)]),
    "giữa năm": ("vào giữa năm 2026", "Giữa năm 2026", [("year", (2026, None, None), None, None)]),
    "months across the new year": (
        "từ tháng 10 năm 2026 đến hết tháng 3 năm 2027",
        "Từ tháng 10 năm 2026 đến hết tháng 3 năm 2027",
        [("range", (2026, 10, None), (2027, 3, None), None)],
    ),
    "quarters, a dash between": (
        "(Quý III - Quý IV/2026)",
        "Quý III - Quý IV/2026",
        [("range", (2026, 7, 1), (2026, 12, 31), None)],
    ),
    "months, a dash between": (
        "(tháng 7-9/2026)",
        "Tháng 7-9/2026",
        [("range", (2026, 7, None), (2026, 9, None), None)],
    ),
    "two days, one trigger, every year": (
        "trước ngày 15/6 và ngày 15/12 hằng năm",
        "Trước ngày 15/6 và ngày 15/12 hằng năm",
        [
            ("recurring", (None, 6, 15), None, "yearly"),
            ("recurring", (None, 12, 15), None, "yearly"),
        ],
    ),
    "a day of the quarter's last month": (
        "hằng quý, trước ngày 20 của tháng cuối quý",
        "Hằng quý, trước ngày 20 của tháng cuối quý",
        [("recurring", (None, None, 20), None, "quarterly")],
    ),
    "every six months, no day": ("định kỳ 6 tháng", "Định kỳ 6 tháng", []),
    "a cited document's date": (
        "theo Quyết định số 12/2026/QĐ-UBND ngày 5/3/2026 của Ủy ban nhân dân tỉnh",
        "Theo Quyết định số 12/2026/QĐ-UBND ngày 5/3/2026",
        [],
    ),
    "a cited document's number": (
        "theo Quyết định 1/2026 của Ủy ban nhân dân tỉnh",
        "Theo Quyết định 1/2026",
        [],
    ),
    "an effective date": ("có hiệu lực kể từ ngày ký", "Kể từ ngày ký", []),
}

# a time column's cell is read as printed (a past date too, a cut-off): these in prose only
_PROSE_ONLY: dict[str, tuple[str, list[Read]]] = {
    "results achieved": ("năm 2025 đã đạt 95%", []),
    "a data cut-off, tính tới ngày": ("tính tới ngày 30/6/2026", []),
}

_GRID = [
    pytest.param(lines, markdown, expected, id=f"{shape} / {place}")
    for shape, (prose, cell, expected) in SHAPES.items()
    for place, (lines, markdown) in _contexts(prose, cell).items()
] + [
    pytest.param(lines, markdown, expected, id=f"{shape} / {place}")
    for shape, (prose, expected) in _PROSE_ONLY.items()
    for place, (lines, markdown) in _contexts(prose, prose).items()
    if place != "cell"
]


@pytest.mark.parametrize(("lines", "markdown", "expected"), _GRID)
def test_shape_in_place(lines: list[str], markdown: bool, expected: list[Read]) -> None:
    plan = plan_2026(lines, markdown=markdown)
    assert deadline_reads(plan) == expected


ITEMS: dict[str, tuple[list[str], list[Read]]] = {
    "the end of the year heading a numbered item": (
        [_TASKS, "1. Quý III/2026: sơ kết công tác.", "2. Cuối năm 2026: tổng kết công tác."],
        [Q3, ("year", (2026, None, None), None, None)],
    ),
    "the start of the year heading a task's bullet": (
        [_TASKS, "- Đầu năm 2027: tổng kết công tác chăm sóc người cao tuổi."],
        [("year", (2027, None, None), None, None)],
    ),
    "the end of the year heading a task's bullet": (
        [_TASKS, "- Cuối năm 2026: tổng kết công tác chăm sóc người cao tuổi."],
        [("year", (2026, None, None), None, None)],
    ),
    "the end of the year heading a schedule's numbered step": (
        [
            "III. TIẾN ĐỘ THỰC HIỆN",
            "3. Quý III/2026: sơ kết.",
            "4. Cuối năm 2026: tổng kết công tác.",
        ],
        [Q3, ("year", (2026, None, None), None, None)],
    ),
    "the start of the year heading a schedule's bullet": (
        ["III. TIẾN ĐỘ THỰC HIỆN", "- Đầu năm 2027: tổng kết công tác."],
        [("year", (2027, None, None), None, None)],
    ),
    "the middle of the year alone on a schedule's numbered line": (
        ["III. TIẾN ĐỘ THỰC HIỆN", "1. Giữa năm 2026", "- Sơ kết công tác."],
        [("year", (2026, None, None), None, None)],
    ),
    "a year alone heading a schedule's bullet: the plan's period": (
        ["III. TIẾN ĐỘ THỰC HIỆN", "- Năm 2026: tổng kết công tác."],
        [],
    ),
    "the end of the year heading an objective: a target's": (
        ["- Cuối năm 2026: 90% người cao tuổi được khám sức khỏe."],
        [],
    ),
    "the end of the year closing a task in brackets": (
        [_TASKS, "1. Tổng kết công tác chăm sóc người cao tuổi (cuối năm 2026)."],
        [("year", (2026, None, None), None, None)],
    ),
    "the signature's date": (
        [_TASKS, "1. Tổ chức khám sức khỏe.", "Phú Lộc, ngày 20 tháng 01 năm 2026"],
        [],
    ),
    "an article's effective date": (["Điều 2. Quyết định này có hiệu lực kể từ ngày ký."], []),
    "a document's date cited in the basis": (
        ["Căn cứ Quyết định số 12/2026/QĐ-UBND ngày 5/3/2026 của Ủy ban nhân dân tỉnh;"],
        [],
    ),
}


@pytest.mark.parametrize(("lines", "expected"), ITEMS.values(), ids=ITEMS.keys())
def test_item(lines: list[str], expected: list[Read]) -> None:
    assert deadline_reads(plan_2026(lines)) == expected


def test_plan_period_in_its_title() -> None:
    """`Kế hoạch ... giai đoạn 2026 - 2030`: the plan's own span, no deadline."""
    head = [
        *HEAD_2026[:5],
        "Chăm sóc sức khỏe người cao tuổi giai đoạn 2026 - 2030",
        *HEAD_2026[6:],
    ]
    assert deadline_reads(parse_text("\n".join([*head, _TASKS, "1. Lập danh sách."]))) == []
