"""Rows whose number cell is empty that are no continuation rows (normalize.table_rows): each
opens a task of its own under a number cell merged from the row above (as qd-ubnd-2820's
appendix prints them: a task and its own lead under one number), so each keeps its own task,
units and time, in each way a plan prints a table (tests/role_cell_tables.py). A lead cell
merged over two rows leads both (corpus/ANNOTATION.md). What each row gives was written before
the parser ran."""

from __future__ import annotations

import pytest

from date_lines import DeadlineRead, deadline_reads
from role_cell_tables import HEADER, TABLES

ROWS = [
    ["1", "Khám sức khỏe cho người cao tuổi", "Trạm Y tế xã", "Công an xã", "Quý II/2026"],
    # its task, its lead and partners; its time merged from the row above
    ["", "Tập huấn kỹ năng chăm sóc người cao tuổi", "Hội Người cao tuổi xã", "Trạm Y tế xã", ""],
    # its task and its lead only
    ["", "Rà soát danh sách người cao tuổi", "Công an xã", "", ""],
    # its task, partners and time; its lead merged from the row above
    ["", "Vận động người cao tuổi tham gia bảo hiểm y tế", "", "Hội Nông dân xã", "Tháng 6/2026"],
    ["2", "Cập nhật dữ liệu người cao tuổi", "Hội Cựu chiến binh xã", "Công an xã", "Quý IV/2026"],
]
# each task's lead and partners, by the ids the lexicon gives them
UNITS: dict[str, tuple[set[str], set[str]]] = {
    "Khám": ({"tram-y-te-xa"}, {"cong-an-xa"}),
    "Tập huấn": ({"hoi-nguoi-cao-tuoi-xa"}, {"tram-y-te-xa"}),
    "Rà soát": ({"cong-an-xa"}, set()),
    "Vận động": ({"cong-an-xa"}, {"hoi-nong-dan"}),
    "Cập nhật": ({"hoi-cuu-chien-binh"}, {"cong-an-xa"}),
}
DEADLINES: list[DeadlineRead] = [
    ("range", (2026, 4, 1), (2026, 6, 30), None),
    ("date", (2026, 6, None), None, None),
    ("range", (2026, 10, 1), (2026, 12, 31), None),
]


@pytest.mark.parametrize("table", list(TABLES))
def test_a_row_opening_its_own_task_is_not_glued_to_the_row_above(table: str) -> None:
    plan = TABLES[table]([HEADER, *ROWS])
    read = {
        opening: (set(task.lead), set(task.cooperating))
        for task in plan.tasks
        for opening in UNITS
        if task.text.startswith(opening)
    }
    assert read == UNITS
    assert deadline_reads(plan) == DEADLINES
