"""A task table's role cell whose text a wrap cut before its end, the next line opening with a
capital (corpus/ANNOTATION.md, units: "a member a line, or a name cut by the conversion, is one
list"): a line stopping on a word no name or item ends with (`và`, `của`, `với`), a comma or a
dash between two parts was cut there (data/cut_lines.yaml), and the next line goes on with it,
as read.text.gfm.cell_text already joins a line opening in lower case. The grid: the cuts (after
`và` inside a name and between two bodies, after `của` inside a collective's name, after `phối
hợp với` before the partner, after a comma, at a name's dash) and the cell's separate items
that stay apart (two names each whole on its line, two after a `;`) × the tables a plan prints
(a Markdown table, its lines parted by `<br>`; an HTML table, by `<br>` or `<p>`; a Word table,
by soft line breaks or paragraphs) × the column (the lead's, the partners'). Each case's units
were written down before the parser ran. A name cut after its head noun (`Ban` / `Chỉ đạo
xã`) is left: no convention tells it from two items."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from date_lines import plan_2026, word_table_2026
from plan_extract.core.contract import Plan

_TASKS = "II. NHIỆM VỤ"
_HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
_ROW = ["1", "Khám sức khỏe cho người cao tuổi", "Trạm Y tế xã", "Công an xã", "Quý II/2026"]
_COLUMN, _PARTNER = "column", "partner"  # a body in the column's role, a partner wherever

# the cell as printed (a line break where the wrap cut it) and the bodies it names, by role
_SHAPES: dict[str, tuple[str, set[tuple[str, str]]]] = {
    "a_name_cut_after_va": (
        "Văn phòng Hội đồng nhân dân và\nỦy ban nhân dân xã",
        {("Văn phòng HĐND và UBND", _COLUMN)},
    ),
    "two_bodies_cut_after_va": (
        "Hội Nông dân xã và\nHội Cựu chiến binh xã",
        {("Hội Nông dân", _COLUMN), ("Hội Cựu chiến binh", _COLUMN)},
    ),
    "a_collective_cut_after_cua": (
        "Các tổ chức thành viên của\nMặt trận Tổ quốc Việt Nam xã",
        {("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam", _COLUMN)},
    ),
    "a_partner_cut_after_voi": (
        "Hội Nông dân xã phối hợp với\nHội Liên hiệp Phụ nữ xã",
        {("Hội Nông dân", _COLUMN), ("Hội Liên hiệp Phụ nữ", _PARTNER)},
    ),
    "two_bodies_cut_after_a_comma": (
        "Hội Nông dân xã,\nHội Cựu chiến binh xã",
        {("Hội Nông dân", _COLUMN), ("Hội Cựu chiến binh", _COLUMN)},
    ),
    "a_name_cut_at_its_dash": ("Phòng Văn hóa -\nXã hội", {("Phòng Văn hóa - Xã hội", _COLUMN)}),
    # a cell's separate items: each stays a unit of its own
    "two_names_each_whole": (
        "Phòng Văn hóa - Xã hội\nHội Cựu chiến binh xã",
        {("Phòng Văn hóa - Xã hội", _COLUMN), ("Hội Cựu chiến binh", _COLUMN)},
    ),
    "two_bodies_after_a_semicolon": (
        "Hội Nông dân xã;\nHội Cựu chiến binh xã",
        {("Hội Nông dân", _COLUMN), ("Hội Cựu chiến binh", _COLUMN)},
    ),
}


def _markdown(rows: list[list[str]]) -> Plan:
    lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |" for row in rows]
    return plan_2026([_TASKS, lines[0], "|" + "---|" * len(rows[0]), *lines[1:]], markdown=True)


def _html(rows: list[list[str]], cell: Callable[[str], str]) -> Plan:
    lines = ["<tr>" + "".join(f"<td>{cell(c)}</td>" for c in row) + "</tr>" for row in rows]
    return plan_2026([_TASKS, "<table>", *lines, "</table>"], markdown=True)


def _html_breaks(rows: list[list[str]]) -> Plan:
    return _html(rows, lambda text: text.replace("\n", "<br>"))


def _html_paragraphs(rows: list[list[str]]) -> Plan:
    return _html(rows, lambda text: "".join(f"<p>{part}</p>" for part in text.split("\n")))


def _word(rows: list[list[str]]) -> Plan:
    """A Word table whose cells' lines are parted by soft line breaks (`<w:br/>`)."""
    return word_table_2026(_TASKS, rows)


def _word_paragraphs(rows: list[list[str]]) -> Plan:
    """A Word table whose cells' lines are paragraphs of their own."""
    return word_table_2026(_TASKS, rows, paragraphs=True)


_TABLES: dict[str, Callable[[list[list[str]]], Plan]] = {
    "markdown": _markdown,
    "html_breaks": _html_breaks,
    "html_paragraphs": _html_paragraphs,
    "word": _word,
    "word_paragraphs": _word_paragraphs,
}
_COLUMNS = {"lead": 2, "partner": 3}


def _grid() -> list[object]:
    cases: list[object] = []
    for shape, (cell, bodies) in _SHAPES.items():
        for table in _TABLES:
            for column, index in _COLUMNS.items():
                row = list(_ROW)
                row[index] = cell
                # the other role cell's body, as the row prints it
                other = ("Công an xã", False) if column == "lead" else ("Trạm Y tế xã", True)
                leads = column == "lead"
                named = {(name, leads and role == _COLUMN) for name, role in bodies}
                case_id = f"{shape}-{table}-{column}"
                cases.append(pytest.param(table, row, named | {other}, id=case_id))
    return cases


@pytest.mark.parametrize(("table", "row", "expected"), _grid())
def test_a_role_cell_cut_before_its_end_reads_as_printed_whole(
    table: str, row: list[str], expected: set[tuple[str, bool]]
) -> None:
    plan = _TABLES[table]([_HEADER, row])
    assert {(u.name, u.lead) for u in plan.units} == expected
