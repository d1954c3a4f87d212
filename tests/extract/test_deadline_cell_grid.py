"""A grid of the shapes a task table prints its time cell in, each in the tables a plan prints
(a Markdown pipe table in the body and in an appendix after the signature, a Word table, the
converted pages' one-cell-a-line table) and under each title a time column takes; and of a
task's time line (`Thời gian thực hiện: ...`) on its own line and run into the task's line
(a plan for 2026, issued in January; corpus/ANNOTATION.md, Appendices, Tables in the body and
Deadlines). Expectations written before the parser ran."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads, plan_2026, word_table_2026
from plan_extract.core.contract import Plan

_TASKS = "II. NHIỆM VỤ"
_COLUMNS = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
_SIGNATURE = ["Nơi nhận:", "- Như trên;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]
_APPENDIX = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ", "(Kèm theo Kế hoạch số 12/KH-UBND)"]


def _row(cell: str) -> list[str]:
    return ["1", "Rà soát danh sách người cao tuổi", "Trạm Y tế xã", "Công an xã", cell]


def _pipe(rows: list[list[str]]) -> list[str]:
    """A Markdown pipe table; a cell's lines joined by `<br>`."""
    lines = ["| " + " | ".join(cell.replace("\n", "<br>") for cell in row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def _bars(rows: list[list[str]]) -> list[str]:
    """The converted pages' table: a bar alone before each cell and at a row's end, a cell's
    lines each on a line of its own."""
    lines: list[str] = []
    for row in rows:
        for cell in row:
            lines.extend(["|", *cell.split("\n")])
        lines.append("|")
    return lines


def _body_pipe(rows: list[list[str]]) -> Plan:
    return plan_2026([_TASKS, *_pipe(rows)], markdown=True)


def _appendix_pipe(rows: list[list[str]]) -> Plan:
    lines = [_TASKS, "1. Rà soát danh sách.", *_SIGNATURE, *_APPENDIX, *_pipe(rows)]
    return plan_2026(lines, markdown=True)


def _bars_table(rows: list[list[str]]) -> Plan:
    return plan_2026([_TASKS, *_bars(rows)], markdown=True)


def _word(rows: list[list[str]]) -> Plan:
    return word_table_2026(_TASKS, rows)


TABLES: dict[str, Callable[[list[list[str]]], Plan]] = {
    "body pipe": _body_pipe,
    "appendix pipe": _appendix_pipe,
    "word": _word,
    "bars": _bars_table,
}

Q1: Read = ("range", (2026, 1, 1), (2026, 3, 31), None)
Q2: Read = ("range", (2026, 4, 1), (2026, 6, 30), None)
Q3: Read = ("range", (2026, 7, 1), (2026, 9, 30), None)
Q4: Read = ("range", (2026, 10, 1), (2026, 12, 31), None)
JUNE: Read = ("date", (2026, 6, None), None, None)
DECEMBER: Read = ("date", (2026, 12, None), None, None)
YEAR: Read = ("year", (2026, None, None), None, None)

# a time cell as printed, and what it gives
CELLS: dict[str, list[Read]] = {
    "Quý II/2026": [Q2],
    "Quý II năm 2026": [Q2],
    "Tháng 6/2026": [JUNE],
    "Tháng 6 năm 2026": [JUNE],
    "6/2026": [JUNE],
    "Năm 2026": [YEAR],
    "2026": [YEAR],
    "Từ tháng 3 đến tháng 6/2026": [("range", (2026, 3, None), (2026, 6, None), None)],
    "Trước 30/6/2026": [("date", (2026, 6, 30), None, None)],
    "6 tháng đầu năm 2026": [("range", (2026, 1, 1), (2026, 6, 30), None)],
    "Quý III, IV/2026": [Q3, Q4],
    "Quý I và Quý II/2026": [Q1, Q2],
    # a cell hard-wrapped: at a date's slash or dash, before its year, after a joining word
    "Quý II/\n2026": [Q2],
    "Tháng 6-\n9/2026": [("range", (2026, 6, None), (2026, 9, None), None)],
    "Năm\n2026": [YEAR],
    "Quý II năm\n2026": [Q2],
    "Trước\n30/6/2026": [("date", (2026, 6, 30), None, None)],
    "Tháng 6/2026 và\ntháng 12/2026": [JUNE, DECEMBER],
    "Quý II/2026\n(sơ kết)": [Q2],
    "Tháng 9/2026 (tổng kết)": [("date", (2026, 9, None), None, None)],
    "Quý 2/2026": [Q2],
    "Trong Quý II/2026": [Q2],
    "Hoàn thành trong Quý II/2026": [Q2],
    "Trước ngày 30/6/2026": [("date", (2026, 6, 30), None, None)],
    "Tháng 6, 12/2026": [JUNE, DECEMBER],
    "Tháng 6 và tháng 12/2026": [JUNE, DECEMBER],
    "Tháng 6/2026\nTháng 12/2026": [JUNE, DECEMBER],
    "Quý II/2026 và thường xuyên": [Q2],
    "Năm 2026 và các năm tiếp theo": [YEAR],
    "Tháng 3/2026 - Tháng 9/2026": [("range", (2026, 3, None), (2026, 9, None), None)],
    "Tháng 3 - 9/2026": [("range", (2026, 3, None), (2026, 9, None), None)],
    "Từ tháng 3/2026": [("range", (2026, 3, None), None, None)],
    "Quý IV/2025 - Quý II/2026": [("range", (2025, 10, 1), (2026, 6, 30), None)],
    "Trước ngày 20 hằng tháng": [("recurring", (None, None, 20), None, "monthly")],
    "Hằng năm (trước ngày 15/12)": [("recurring", (None, 12, 15), None, "yearly")],
    # no deadline: no date, a span of whole years, no year printed, a result
    "Hằng năm": [],
    "Hàng năm": [],
    "Thường xuyên": [],
    "Định kỳ hằng quý": [],
    "2026 - 2030": [],
    "Giai đoạn 2026-2030": [],
    "Trước ngày 30/6": [],
    "Cả năm": [],
    "Năm 2025 đã đạt": [],
    "Quý III/2025 (đã hoàn thành)": [],
    "Theo tiến độ": [],
    "Năm 2026-2027": [],
    "Đã hoàn thành năm 2025": [],
    "Quý II": [],
    "Cuối năm": [],
}


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.parametrize("cell", list(CELLS))
def test_time_cell(table: str, cell: str) -> None:
    assert deadline_reads(TABLES[table]([_COLUMNS, _row(cell)])) == CELLS[cell]


TITLES = ["Thời gian thực hiện", "Thời gian hoàn thành", "Tiến độ", "Thời hạn", "Thời gian"]


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("cell", "expected"), [("Quý II/2026", [Q2]), ("Thường xuyên", [])])
def test_time_column_title(table: str, title: str, cell: str, expected: list[Read]) -> None:
    rows = [[*_COLUMNS[:-1], title], _row(cell)]
    assert deadline_reads(TABLES[table](rows)) == expected


_TASK = "1. Rà soát danh sách người cao tuổi"
# a cell's shape as a label's value under its task: read as the cell is, but a time without its
# year takes the one-year plan's (a sentence's rule; a table may list several years' work)
_AS_LABEL: dict[str, list[Read]] = {
    "Trước ngày 30/6": [("date", (2026, 6, 30), None, None)],
    "Quý II": [Q2],
}
_CELL_ONLY = {"Tháng 6/2026\nTháng 12/2026"}  # a date a line: a cell's list


@pytest.mark.parametrize("cell", [cell for cell in CELLS if cell not in _CELL_ONLY])
def test_cell_shape_as_a_label(cell: str) -> None:
    lines = [_TASKS, _TASK + ".", *f"- Thời gian thực hiện: {cell}.".split("\n")]
    assert deadline_reads(plan_2026(lines)) == _AS_LABEL.get(cell, CELLS[cell])


# a task's time line, and what it gives
TIME_LINES: dict[str, list[Read]] = {
    "Thời gian thực hiện: Quý III/2026": [Q3],
    "Thời gian: Trong năm 2026": [YEAR],
    "Thời gian hoàn thành: trước ngày 30/9/2026": [("date", (2026, 9, 30), None, None)],
    "Tiến độ thực hiện: Quý III/2026": [Q3],
    "Thời hạn hoàn thành: Tháng 9/2026": [("date", (2026, 9, None), None, None)],
    "Thời gian thực hiện: Quý II/2026 và thường xuyên": [Q2],
    "Thời gian thực hiện: Thường xuyên": [],
    "Thời gian thực hiện: Năm 2025 đã đạt": [],
}
PLACES: dict[str, Callable[[str], list[str]]] = {
    "own line": lambda line: [_TASK + ".", f"- {line}."],
    "after a full stop": lambda line: [f"{_TASK}. {line}."],
    "after a semicolon": lambda line: [f"{_TASK}; {line}."],
    "after a dash": lambda line: [f"{_TASK} - {line}."],
    "a plus under a bullet": lambda line: [_TASK + ".", "- Trạm Y tế xã chủ trì.", f"+ {line}."],
    "in a unit's duty": lambda line: [
        "1. Trạm Y tế xã: rà soát danh sách người cao tuổi.",
        f"{line}.",
    ],
}


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("line", list(TIME_LINES))
def test_time_line(place: str, line: str) -> None:
    assert deadline_reads(plan_2026([_TASKS, *PLACES[place](line)])) == TIME_LINES[line]


# a part of the year without its year (printed only in the plan's title): nothing invented;
# a time in a task's closing brackets or after its lead, hard-wrapped inside: the time
LINES: dict[str, tuple[list[str], list[Read]]] = {
    "giữa năm, no year": ([_TASK + " (giữa năm)."], []),
    "cuối năm, no year": ([_TASK + " vào cuối năm."], []),
    "đầu năm, no year, after a label": ([_TASK + ".", "- Thời gian thực hiện: Đầu năm."], []),
    "(cuối / Quý II/2026). wrapped": ([_TASK + " (cuối", "Quý II/2026)."], [Q2]),
    "(Quý II/ / 2026). wrapped": ([_TASK + " (Quý II/", "2026)."], [Q2]),
    "(cuối / năm 2026). wrapped": ([_TASK + " (cuối", "năm 2026)."], [YEAR]),
    "giữa năm 2026 in brackets": ([_TASK + " (giữa năm 2026)."], [YEAR]),
    "(Tháng / 6/2026). wrapped": ([_TASK + " (Tháng", "6/2026)."], [JUNE]),
    "hoàn thành trong / Quý III/2026. wrapped": (
        [_TASK + ", hoàn thành trong", "Quý III/2026."],
        [Q3],
    ),
    "trước / Ngày 30/9/2026. wrapped": (
        [_TASK + ", hoàn thành trước", "Ngày 30/9/2026."],
        [("date", (2026, 9, 30), None, None)],
    ),
    "a task, then a time heading a line: no wrap": (
        [_TASK, "Quý III/2026: sơ kết công tác."],
        [Q3],
    ),
}


@pytest.mark.parametrize(("lines", "expected"), LINES.values(), ids=LINES.keys())
def test_line(lines: list[str], expected: list[Read]) -> None:
    assert deadline_reads(plan_2026([_TASKS, *lines])) == expected
