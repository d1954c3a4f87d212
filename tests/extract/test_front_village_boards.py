"""The Front's board in the villages and the Front's member organisations, as a commune's plans
name them (issue 12): `Ban công tác Mặt trận` whatever place it serves (`các thôn`, `thôn`,
`các tổ dân phố`), a body of its own beside the village it serves; the member organisations
counted where they are addressed as a whole, not where a sentence mentions them."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN NHÂN DÂN XÃ AN HÒA
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.
II. TỔ CHỨC THỰC HIỆN
{items}
"""


def _units(items: str) -> set[tuple[str, bool]]:
    """The units (canonical name, lead) of a plan whose implementation part is `items`."""
    return {(u.name, u.lead) for u in parse_text(_PLAN.format(items=items)).units}


def test_the_board_heads_its_subsection_whatever_place_it_serves() -> None:
    assert _units(
        "1. Ban công tác Mặt trận các thôn trên địa bàn xã\n- Tổ chức Ngày hội tại nhà văn hóa."
    ) == {("Ban công tác Mặt trận", True)}


def test_the_board_leads_and_the_village_head_cooperates() -> None:
    assert _units(
        "1. Ban Công tác Mặt trận thôn chủ trì, phối hợp với Trưởng thôn lập danh sách hộ gia"
        " đình văn hóa."
    ) == {("Ban công tác Mặt trận", True), ("Trưởng thôn", False)}


def test_the_board_stands_beside_the_villages_it_serves() -> None:
    assert _units(
        "1. Ban công tác Mặt trận các tổ dân phố phối hợp với các thôn tổ chức Ngày hội."
    ) == {("Ban công tác Mặt trận", True), ("Thôn", False)}


def test_the_member_organisations_count_where_addressed_not_where_mentioned() -> None:
    assert _units("1. Các tổ chức thành viên của MTTQ xã\n- Vận động hội viên tham gia.") == {
        ("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam", True)
    }
    assert not _units(
        "1. Vận động Nhân dân tham gia; các tổ chức thành viên của Mặt trận tăng cường các"
        " hoạt động thiết thực."
    )
