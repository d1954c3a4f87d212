"""A plan a mass organisation's board issues (issue 12 point 5): the Women's Union's standing or
executive board printed under the Union, its name abbreviated (`HỘI LHPN TỈNH X` / `BAN THƯỜNG
VỤ`), issues in the Union's name, and the Union is then the issuing authority, no unit of the
plan; a plan without an issuer block names such a board before its body in the sentence that
issues it."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_UNION = """HỘI LHPN TỈNH QUẢNG NGÃI
BAN THƯỜNG VỤ
Số: 45/KH-BTV
Quảng Ngãi, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức về bình đẳng giới.
II. TỔ CHỨC THỰC HIỆN
1. Hội LHPN tỉnh chủ trì tổ chức truyền thông.
2. Trạm Y tế xã chủ trì khám sức khỏe cho phụ nữ.
"""

_NO_BLOCK = """KẾ HOẠCH
Tiếp xúc cử tri trước kỳ họp thứ nhất năm 2026
Căn cứ quy chế phối hợp, Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Phát huy quyền làm chủ của Nhân dân.
"""


def test_the_union_s_board_issues_in_the_union_s_name_spelled_out() -> None:
    document = parse_text(_UNION).document
    assert document.issuer == "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi"
    assert document.province == "Quảng Ngãi"


def test_the_union_is_no_unit_of_its_board_s_plan() -> None:
    names = {u.name for u in parse_text(_UNION).units}
    assert "Hội Liên hiệp Phụ nữ" not in names
    assert "Trạm Y tế xã" in names


def test_the_executive_committee_is_the_union_s_board_not_an_office() -> None:
    plan = _UNION.replace(
        "HỘI LHPN TỈNH QUẢNG NGÃI\nBAN THƯỜNG VỤ", "HỘI LHPN XÃ TÂN HÒA\nBAN CHẤP HÀNH"
    )
    assert parse_text(plan).document.issuer == "Ban Chấp hành Hội Liên hiệp Phụ nữ xã Tân Hòa"


def test_a_board_named_in_the_issuing_sentence_issues_in_its_body_s_name() -> None:
    issuer = parse_text(_NO_BLOCK).document.issuer
    assert issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Bình"
