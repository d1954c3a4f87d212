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
xã`, `Trung tâm` / `Y tế huyện`) is one name too: a head noun alone names no body
(data/cut_lines.yaml `lone_heads`), as its own line or after another body's."""

from __future__ import annotations

import pytest

from role_cell_tables import COLUMNS, OTHER_BODY, TABLES, plan_with_row, row_with

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
    "a_board_cut_after_its_head": ("Ban\nChỉ đạo xã", {("Ban Chỉ đạo xã", _COLUMN)}),
    "an_office_cut_after_its_head": ("Phòng\nKinh tế", {("Phòng Kinh tế", _COLUMN)}),
    "a_centre_cut_after_its_head": ("Trung tâm\nY tế huyện", {("Trung tâm Y tế huyện", _COLUMN)}),
    "an_association_cut_after_its_head": ("Hội\nNông dân xã", {("Hội Nông dân", _COLUMN)}),
    "a_head_cut_after_another_body": (
        "Phòng Kinh tế\nBan\nChỉ đạo xã",
        {("Phòng Kinh tế", _COLUMN), ("Ban Chỉ đạo xã", _COLUMN)},
    ),
    # a cell's separate items: each stays a unit of its own
    "a_board_whole_before_a_body": (
        "Ban Chỉ đạo xã\nHội Nông dân xã",
        {("Ban Chỉ đạo xã", _COLUMN), ("Hội Nông dân", _COLUMN)},
    ),
    "two_names_each_whole": (
        "Phòng Văn hóa - Xã hội\nHội Cựu chiến binh xã",
        {("Phòng Văn hóa - Xã hội", _COLUMN), ("Hội Cựu chiến binh", _COLUMN)},
    ),
    "two_bodies_after_a_semicolon": (
        "Hội Nông dân xã;\nHội Cựu chiến binh xã",
        {("Hội Nông dân", _COLUMN), ("Hội Cựu chiến binh", _COLUMN)},
    ),
}


def _grid() -> list[object]:
    cases: list[object] = []
    for shape, (cell, bodies) in _SHAPES.items():
        for table in TABLES:
            for column in COLUMNS:
                leads = column == "lead"
                named = {(name, leads and role == _COLUMN) for name, role in bodies}
                expected = named | {OTHER_BODY[column]}
                case_id = f"{shape}-{table}-{column}"
                cases.append(pytest.param(table, row_with(cell, column), expected, id=case_id))
    return cases


@pytest.mark.parametrize(("table", "row", "expected"), _grid())
def test_a_role_cell_cut_before_its_end_reads_as_printed_whole(
    table: str, row: list[str], expected: set[tuple[str, bool]]
) -> None:
    plan = plan_with_row(table, row)
    assert {(u.name, u.lead) for u in plan.units} == expected
