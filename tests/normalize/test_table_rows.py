"""normalize.table_rows: which row goes on with the row above, and the cells joined."""

from __future__ import annotations

import pytest

from plan_extract.normalize.table_rows import row_continues, row_joined

ABOVE = ("1", "Tuyên truyền trên loa truyền thanh", "Hội Chữ thập", "Công an xã", "Quý II/2026")

CONTINUES = [
    ("", "", "đỏ xã", "", ""),  # a name cut across the rows
    ("", "", "", "Hội Nông dân xã", ""),  # a partner more
    ("", "Người cao tuổi tại gia đình", "", "", ""),  # the task's words wrapped
    ("", "", "", "", ""),
]
OWN_ROWS = [
    ("", "Rà soát danh sách", "Công an xã", "", ""),  # its task and its own lead
    ("", "Rà soát danh sách", "", "Đoàn Thanh niên xã", "Tháng 6/2026"),  # under a merged lead
    ("", "", "Công an xã", "", "Quý IV/2026"),  # its own lead and time
    ("2", "", "đỏ xã", "", ""),  # a number of its own
]


@pytest.mark.parametrize("row", CONTINUES)
def test_a_continuation_row_goes_on_with_the_row_above(row: tuple[str, ...]) -> None:
    assert row_continues(ABOVE, row)


@pytest.mark.parametrize("row", OWN_ROWS)
def test_a_row_of_its_own_does_not(row: tuple[str, ...]) -> None:
    assert not row_continues(ABOVE, row)


def test_no_row_goes_on_with_the_header() -> None:
    header = ("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian")
    assert not row_continues(header, CONTINUES[0])


def test_the_cells_join_as_a_cells_parts() -> None:
    joined = row_joined(ABOVE, ("", "", "đỏ xã", "Hội Nông dân xã", ""))
    assert joined[2:4] == ("Hội Chữ thập đỏ xã", "Công an xã; Hội Nông dân xã")
    assert joined[4] == "Quý II/2026"
