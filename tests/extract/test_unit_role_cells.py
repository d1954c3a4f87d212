"""A task table's role cell naming a body by its office holder or its members, or a commune's
offices by their kinds (corpus/ANNOTATION.md, units: an office holder stands for his body,
`Các thành viên Ban Chỉ đạo ...` → `Ban Chỉ đạo ...`; `Các phòng, ban chuyên môn` is one
collective, as `Các sở, ban, ngành` is). The grid: the cell's shapes (the head, one member, the
members of a board named in full to its level, the kinds of offices; and the negatives: a board
named by its head noun alone, a family's members, a person, a person with his title, the bare
kinds) × the tables a plan prints (a Markdown table, its lines parted by `<br>`; a Word table,
by soft line breaks or paragraphs) × the column (the lead's, the partners'). And a cell's lines:
a name wrapped once or twice (the next line opens in lower case: one name) against a unit a
line, dashed, lettered, a unit and `và các đơn vị liên quan`, a collective wrapped after its
comma or its head, a body's line in lower case after a name closed by its level. Each case's
units were written down before the parser ran (the last two guards: after a probe)."""

from __future__ import annotations

import pytest

from role_cell_tables import COLUMNS, OTHER_BODY, plan_with_row, row_with

_BOARD = "Ban Chỉ đạo chăm sóc người cao tuổi xã"
_KINDS = "Các phòng, ban chuyên môn"

# the cell as printed (a line break where it wraps) and the bodies it names
_SHAPES: dict[str, tuple[str, set[str]]] = {
    "the_head": (f"Trưởng {_BOARD}", {_BOARD}),
    "a_member": (f"Thành viên {_BOARD}", {_BOARD}),
    "the_members": (f"Các thành viên {_BOARD}", {_BOARD}),
    "the_kinds_of_offices": (_KINDS, {_KINDS}),
    "the_kinds_wrapped": ("Các phòng,\nban chuyên môn", {_KINDS}),
    "the_members_wrapped": ("Các thành viên Ban Chỉ đạo\nchăm sóc người cao tuổi xã", {_BOARD}),
    "a_member_of_a_board_by_its_head": ("Thành viên Ban Chỉ đạo", set()),
    "the_members_of_a_board_by_its_head": ("Các thành viên Ban Chỉ đạo", set()),
    "a_family_s_members": ("Các thành viên trong gia đình", set()),
    "a_person": ("Ông Nguyễn Văn B", set()),
    "a_person_with_his_title": (f"Ông Nguyễn Văn B, thành viên {_BOARD}", set()),
    "the_bare_kinds": ("Các phòng, ban", set()),
    # a cell's lines: a name wrapped (the next line opens in lower case) or a unit a line
    "the_members_wrapped_twice": (
        "Các thành viên Ban Chỉ đạo chăm\nsóc người cao tuổi\nxã",
        {_BOARD},
    ),
    "a_name_wrapped": ("Hội Liên hiệp Phụ\nnữ xã", {"Hội Liên hiệp Phụ nữ"}),
    "a_unit_a_line": (
        "Hội Nông dân xã\nHội Cựu chiến binh xã",
        {"Hội Nông dân", "Hội Cựu chiến binh"},
    ),
    "a_dashed_unit_a_line": (
        "- Phòng Văn hóa - Xã hội\n- Hội Nông dân xã",
        {"Phòng Văn hóa - Xã hội", "Hội Nông dân"},
    ),
    "a_lettered_unit_a_line": (
        "a) Hội Nông dân xã\nb) Hội Cựu chiến binh xã",
        {"Hội Nông dân", "Hội Cựu chiến binh"},
    ),
    "a_unit_and_those_concerned": ("Hội Nông dân xã\nvà các đơn vị liên quan", {"Hội Nông dân"}),
    "the_communes_wrapped": ("UBND các xã,\nphường", {"Ủy ban nhân dân các xã, phường, đặc khu"}),
    "the_communes_wrapped_after_the_head": (
        "UBND\ncác xã, phường",
        {"Ủy ban nhân dân các xã, phường, đặc khu"},
    ),
    # a line in lower case naming a body of its own after a name closed by its level: two
    "a_unit_then_a_collective_in_lower_case": (
        "Hội Nông dân xã\ncác đoàn thể",
        {"Hội Nông dân", "Các tổ chức chính trị - xã hội"},
    ),
}


# the tables this grid prints its row in (role_cell_tables.TABLES)
_TABLES = ("markdown", "word", "word_paragraphs")


def _grid() -> list[object]:
    cases: list[object] = []
    for shape, (cell, bodies) in _SHAPES.items():
        for table in _TABLES:
            for column in COLUMNS:
                expected = {(name, column == "lead") for name in bodies} | {OTHER_BODY[column]}
                case_id = f"{shape}-{table}-{column}"
                cases.append(pytest.param(table, row_with(cell, column), expected, id=case_id))
    return cases


@pytest.mark.parametrize(("table", "row", "expected"), _grid())
def test_a_role_cell_names_the_body_its_holder_or_members_stand_for(
    table: str, row: list[str], expected: set[tuple[str, bool]]
) -> None:
    plan = plan_with_row(table, row)
    assert {(u.name, u.lead) for u in plan.units} == expected
