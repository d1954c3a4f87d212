"""A commune plan of 2026 whose task table holds one row with a role cell under test, printed in
each way a plan prints a table, for the grids of tests/extract that read a role cell's units:
test_unit_role_cells.py (a cell naming a body by its holder or members), test_cell_cut_lines.py
(a cell whose text a wrap cut before its end)."""

from __future__ import annotations

from collections.abc import Callable

from date_lines import plan_2026, word_table_2026
from plan_extract.core.contract import Plan

TASKS = "II. NHIỆM VỤ"
HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
ROW = ["1", "Khám sức khỏe cho người cao tuổi", "Trạm Y tế xã", "Công an xã", "Quý II/2026"]
# the role columns: the index of each in ROW
COLUMNS = {"lead": 2, "partner": 3}
# the body the row's other role cell names, and whether it leads, by the column under test
OTHER_BODY = {"lead": ("Công an xã", False), "partner": ("Trạm Y tế xã", True)}


def _markdown(rows: list[list[str]]) -> Plan:
    """A Markdown table, a cell's lines parted by `<br>`."""
    lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |" for row in rows]
    return plan_2026([TASKS, lines[0], "|" + "---|" * len(rows[0]), *lines[1:]], markdown=True)


def _html(rows: list[list[str]], cell: Callable[[str], str]) -> Plan:
    lines = ["<tr>" + "".join(f"<td>{cell(c)}</td>" for c in row) + "</tr>" for row in rows]
    return plan_2026([TASKS, "<table>", *lines, "</table>"], markdown=True)


def _html_breaks(rows: list[list[str]]) -> Plan:
    """An HTML table in Markdown, a cell's lines parted by `<br>`."""
    return _html(rows, lambda text: text.replace("\n", "<br>"))


def _html_paragraphs(rows: list[list[str]]) -> Plan:
    """An HTML table in Markdown, a cell's lines each a `<p>`."""
    return _html(rows, lambda text: "".join(f"<p>{part}</p>" for part in text.split("\n")))


def _word(rows: list[list[str]]) -> Plan:
    """A Word table whose cells' lines are parted by soft line breaks (`<w:br/>`)."""
    return word_table_2026(TASKS, rows)


def _word_paragraphs(rows: list[list[str]]) -> Plan:
    """A Word table whose cells' lines are paragraphs of their own."""
    return word_table_2026(TASKS, rows, paragraphs=True)


TABLES: dict[str, Callable[[list[list[str]]], Plan]] = {
    "markdown": _markdown,
    "html_breaks": _html_breaks,
    "html_paragraphs": _html_paragraphs,
    "word": _word,
    "word_paragraphs": _word_paragraphs,
}


def row_with(cell: str, column: str) -> list[str]:
    """ROW with `cell` in the role `column` (`lead`, `partner`)."""
    row = list(ROW)
    row[COLUMNS[column]] = cell
    return row


def plan_with_row(table: str, row: list[str]) -> Plan:
    """The plan printing HEADER and `row` as the table `table` (a key of TABLES)."""
    return TABLES[table]([HEADER, row])
