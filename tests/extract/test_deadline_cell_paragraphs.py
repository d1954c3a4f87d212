"""A grid of task tables (STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành) whose cells
hold more than one paragraph, in the shapes that bring such a table to the reader: a Markdown
pipe table with `<br>` in its cells, one whose cell's later lines are continuation rows (the
number cell empty, only the cells that go on printed), pandoc's grid table, a web page's table
copied as text (a cell a paragraph, or a cell a line: read.text.flat_tables) and a Word table
(a cell's paragraphs, or a continuation row). corpus/ANNOTATION.md: a task table gives each
dated time cell's deadline and its row's units in their roles; `Hằng năm` and `Thường xuyên`
are no deadline.

Each row's deadline and units must come from its own row: a cell's extra paragraph must not
push the row's cells one column on (a partner read as the lead, a unit as the time). Where the
flattened text cannot tell which cell an extra paragraph belongs to (two names each opening
with a capital, one a paragraph), the row still gives its time (its last cell, like the times
above it) but no unit it cannot place (precision first). What each row gives was written
before the parser ran (a table whose every row prints one paragraph more than its header
has cells reads as one whose task header spans two columns: a row printing no more is in
it, as in the pages read)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest

from date_lines import (
    HEAD_2026,
    DeadlineRead,
    deadline_reads,
    plan_2026,
    word_table_2026,
    word_table_bytes_2026,
)
from files_helpers import soffice_convert
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes, parse_text

_TASKS = "II. NHIỆM VỤ"
_HEADER = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]
_AFTER = ["III. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai thực hiện Kế hoạch này."]

# each row: its number, then its cells, each cell's paragraphs
Row = tuple[str, list[list[str]]]
ROWS: list[Row] = [
    (
        "1",
        [
            ["Khám sức khỏe định kỳ cho người cao tuổi"],
            ["Trạm Y tế xã"],
            ["Hội Người cao tuổi xã", "Hội Chữ thập đỏ xã"],
            ["Quý II/2026"],
        ],
    ),
    (
        "2",
        [
            ["Tập huấn kỹ năng chăm sóc", "Người cao tuổi tại gia đình"],
            ["Hội Người cao tuổi xã"],
            ["Trạm Y tế xã"],
            ["Tháng 6/2026"],
        ],
    ),
    (
        "3",
        [
            ["Tuyên truyền trên hệ thống loa truyền thanh"],
            ["Hội Chữ thập", "đỏ xã"],
            ["Đoàn Thanh niên xã"],
            ["Hằng năm"],
        ],
    ),
    (
        "4",
        [
            ["Vận động người cao tuổi tham gia bảo hiểm y tế"],
            ["Hội Cựu chiến binh xã"],
            ["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"],
            ["Thường xuyên"],
        ],
    ),
    (
        "5",
        [
            ["Rà soát danh sách người cao tuổi"],
            ["Công an xã"],
            ["Hội Cựu chiến binh xã"],
            ["Trước 30/6/2026"],
        ],
    ),
    (
        "6",
        [
            ["Cập nhật dữ liệu người cao tuổi"],
            ["Công an", "xã"],
            ["Hội Cựu chiến binh xã"],
            ["Quý IV/2026"],
        ],
    ),
]

DEADLINES: list[DeadlineRead] = [
    ("range", (2026, 4, 1), (2026, 6, 30), None),
    ("date", (2026, 6, None), None, None),
    ("date", (2026, 6, 30), None, None),
    ("range", (2026, 10, 1), (2026, 12, 31), None),
]
# each row's lead and partners, by the ids the lexicon gives them
UNITS: dict[str, tuple[set[str], set[str]]] = {
    "Khám": ({"tram-y-te-xa"}, {"hoi-nguoi-cao-tuoi-xa", "hoi-chu-thap-do-xa"}),
    "Tập huấn": ({"hoi-nguoi-cao-tuoi-xa"}, {"tram-y-te-xa"}),
    "Tuyên truyền": ({"hoi-chu-thap-do-xa"}, {"doan-thanh-nien-cong-san-ho-chi-minh"}),
    "Vận động": ({"hoi-cuu-chien-binh"}, {"hoi-lien-hiep-phu-nu", "hoi-nong-dan"}),
    "Rà soát": ({"cong-an-xa"}, {"hoi-cuu-chien-binh"}),
    "Cập nhật": ({"cong-an-xa"}, {"hoi-cuu-chien-binh"}),
}
# the rows whose extra paragraph no cue places (two capitals) in the flattened shapes
_UNPLACED = {"Khám", "Tập huấn", "Vận động"}


def _markdown_br() -> Plan:
    lines = [f"| {' | '.join(_HEADER)} |", "|---|---|---|---|---|"]
    lines += [f"| {n} | {' | '.join('<br>'.join(c) for c in cells)} |" for n, cells in ROWS]
    return plan_2026(["", _TASKS, "", *lines, "", *_AFTER], markdown=True)


def _markdown_continued() -> Plan:
    header, *rows = _continued_rows()
    lines = [f"| {' | '.join(header)} |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return plan_2026(["", _TASKS, "", *lines, "", *_AFTER], markdown=True)


def _continued_rows() -> list[list[str]]:
    """The table's rows, each row's later paragraphs printed as continuation rows (the number
    cell empty, only the cells that go on printed)."""
    rows = [_HEADER]
    for number, cells in ROWS:
        depth = max(len(cell) for cell in cells)
        for at in range(depth):
            printed = [cell[at] if at < len(cell) else "" for cell in cells]
            rows.append([number if at == 0 else "", *printed])
    return rows


def _html_continued() -> Plan:
    """An HTML table in a text file, each row's later paragraphs continuation rows."""
    rows = ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _continued_rows()]
    return plan_2026(["", _TASKS, "", "<table>", *rows, "</table>", "", *_AFTER], markdown=True)


@cache
def _pdf_continued() -> Plan:
    """The Word table of continuation rows as LibreOffice prints it to PDF (converted once)."""
    with TemporaryDirectory() as folder:
        word = Path(folder) / "plan.docx"
        word.write_bytes(word_table_bytes_2026(_TASKS, _continued_rows()))
        pdf = soffice_convert(word, "pdf", Path(folder))
        return parse_bytes(pdf.read_bytes(), pdf.name)


def _grid() -> Plan:
    widths = [5, 48, 24, 26, 22]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    head = "+" + "+".join("=" * (w + 2) for w in widths) + "+"

    def row_lines(cells: list[list[str]]) -> list[str]:
        texts = [[line for part in cell for line in (part, "")][:-1] for cell in cells]
        depth = max(len(text) for text in texts)
        return [
            "| "
            + " | ".join(
                (text[at] if at < len(text) else "").ljust(w)
                for text, w in zip(texts, widths, strict=True)
            )
            + " |"
            for at in range(depth)
        ]

    lines = [rule, *row_lines([[h] for h in _HEADER]), head]
    for number, cells in ROWS:
        lines += [*row_lines([[number], *cells]), rule]
    return plan_2026(["", _TASKS, "", *lines, "", *_AFTER], markdown=True)


def _flat(blank_between: bool) -> Plan:
    paragraphs = [*_HEADER]
    for number, cells in ROWS:
        paragraphs += [number, *(part for cell in cells for part in cell)]
    body = "\n\n".join(paragraphs) if blank_between else "\n".join(paragraphs)
    text = "\n".join([*HEAD_2026, _TASKS, "", body, "", *_AFTER])
    return parse_text(text)


def _word(continued: bool) -> Plan:
    if continued:
        return word_table_2026(_TASKS, _continued_rows())
    rows = [_HEADER, *([number, *("\n".join(cell) for cell in cells)] for number, cells in ROWS)]
    return word_table_2026(_TASKS, rows, paragraphs=True)


SHAPES = {
    "markdown <br>": _markdown_br,
    "markdown continuation rows": _markdown_continued,
    "grid table": _grid,
    "web table, a cell a paragraph": lambda: _flat(blank_between=True),
    "web table, a cell a line": lambda: _flat(blank_between=False),
    "word, a cell's paragraphs": lambda: _word(continued=False),
    "word, continuation rows": lambda: _word(continued=True),
    "html, continuation rows": _html_continued,
    "pdf, continuation rows": _pdf_continued,
}
_FLATTENED = {"web table, a cell a paragraph", "web table, a cell a line"}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_row_gives_its_own_time_cell(shape: str) -> None:
    assert deadline_reads(SHAPES[shape]()) == DEADLINES


# a continuation row (the number cell empty) goes on with the row above (normalize.table_rows):
# the units it goes on with are the row's, a name it cuts (`Hội Chữ thập` / `đỏ xã`) read whole
# (in the PDF, the last row `| | | xã | | |` alone on the page after: read/pdf/reader.wants_ocr)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_row_gives_only_its_own_units_in_their_roles(shape: str) -> None:
    plan = SHAPES[shape]()
    read = {
        opening: (set(task.lead), set(task.cooperating))
        for task in plan.tasks
        for opening in UNITS
        if task.text.startswith(opening)
    }
    for opening, (lead, cooperating) in UNITS.items():
        found_lead, found_cooperating = read.get(opening, (set(), set()))
        assert found_lead <= lead and found_cooperating <= cooperating, (opening, read)
        if shape not in _FLATTENED or opening not in _UNPLACED:
            assert (found_lead, found_cooperating) == (lead, cooperating), (opening, read)
