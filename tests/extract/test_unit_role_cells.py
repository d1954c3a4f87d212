"""A task table's role cell naming a body by its office holder or its members, or a commune's
offices by their kinds (corpus/ANNOTATION.md, units: an office holder stands for his body,
`Các thành viên Ban Chỉ đạo ...` → `Ban Chỉ đạo ...`; `Các phòng, ban chuyên môn` is one
collective, as `Các sở, ban, ngành` is). The grid: the cell's shapes (the head, one member, the
members of a board named in full to its level, the kinds of offices; and the negatives: a board
named by its head noun alone, a family's members, a person, a person with his title, the bare
kinds) × the tables a plan prints (a Markdown table, a Word table as the reader gives it) × the
column (the lead's, the partners'), and a cell wrapped over two lines. Each case's units were
written down before the parser ran."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from date_lines import plan_2026, word_table_2026
from plan_extract.core.contract import Plan

_BOARD = "Ban Chỉ đạo chăm sóc người cao tuổi xã"
_KINDS = "Các phòng, ban chuyên môn"
_TASKS = "II. NHIỆM VỤ"
_HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
_ROW = ["1", "Khám sức khỏe cho người cao tuổi", "Trạm Y tế xã", "Công an xã", "Quý II/2026"]

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
}

# the readers join a cell's lines with `;`, which splits a name wrapped inside it
_WRAPPED_NAME = pytest.mark.xfail(strict=True, reason="a cell's lines are parts of their own")
_MARKS = {"the_members_wrapped": _WRAPPED_NAME}


def _markdown(rows: list[list[str]]) -> Plan:
    lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |" for row in rows]
    return plan_2026([_TASKS, lines[0], "|" + "---|" * len(rows[0]), *lines[1:]], markdown=True)


def _word(rows: list[list[str]]) -> Plan:
    return word_table_2026(_TASKS, rows)


_TABLES: dict[str, Callable[[list[list[str]]], Plan]] = {"markdown": _markdown, "word": _word}
_COLUMNS = {"lead": 2, "partner": 3}


def _grid() -> list[object]:
    cases: list[object] = []
    for shape, (cell, bodies) in _SHAPES.items():
        marks = [_MARKS[shape]] if shape in _MARKS else []
        for table in _TABLES:
            for column, index in _COLUMNS.items():
                row = list(_ROW)
                row[index] = cell
                # the other role cell's body, as the row prints it
                other = ("Công an xã", False) if column == "lead" else ("Trạm Y tế xã", True)
                expected = {(name, column == "lead") for name in bodies} | {other}
                case_id = f"{shape}-{table}-{column}"
                cases.append(pytest.param(table, row, expected, id=case_id, marks=marks))
    return cases


@pytest.mark.parametrize(("table", "row", "expected"), _grid())
def test_a_role_cell_names_the_body_its_holder_or_members_stand_for(
    table: str, row: list[str], expected: set[tuple[str, bool]]
) -> None:
    plan = _TABLES[table]([_HEADER, row])
    assert {(u.name, u.lead) for u in plan.units} == expected
