"""The Front's board in the villages and the Front's member organisations, as a commune's plans
name them (issue 12): `Ban công tác Mặt trận` whatever place it serves (`các thôn`, `thôn`,
`các tổ dân phố`), a body of its own beside the village it serves; the member organisations
counted where they are addressed as a whole, not where a sentence mentions them."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN NHÂN DÂN XÃ AN HÒA
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.
II. TỔ CHỨC THỰC HIỆN
{items}
"""

# each plan's implementation items, and the units they name (canonical name, lead)
_SHAPES = {
    "the_board_heading_its_subsection": (
        "1. Ban công tác Mặt trận các thôn trên địa bàn xã\n"
        "- Tổ chức Ngày hội tại nhà văn hóa thôn.",
        {("Ban công tác Mặt trận", True)},
    ),
    "the_board_leading_and_the_village_head_cooperating": (
        "1. Ban Công tác Mặt trận thôn chủ trì, phối hợp với Trưởng thôn lập danh sách hộ"
        " gia đình văn hóa.",
        {("Ban công tác Mặt trận", True), ("Trưởng thôn", False)},
    ),
    "the_board_beside_the_villages_it_serves": (
        "1. Ban công tác Mặt trận các tổ dân phố phối hợp với các thôn tổ chức Ngày hội.",
        {("Ban công tác Mặt trận", True), ("Thôn", False)},
    ),
    "the_member_organisations_addressed": (
        "1. Các tổ chức thành viên của MTTQ xã\n- Vận động hội viên tham gia Ngày hội.",
        {("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam", True)},
    ),
    "the_member_organisations_only_mentioned": (
        "1. Vận động Nhân dân tham gia; các tổ chức thành viên của Mặt trận tăng cường các"
        " hoạt động thiết thực.",
        set(),
    ),
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_the_fronts_village_boards_and_members(shape: str) -> None:
    items, expected = _SHAPES[shape]
    units = parse_text(_PLAN.format(items=items)).units
    assert {(u.name, u.lead) for u in units} == expected
