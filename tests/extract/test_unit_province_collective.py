"""The provinces' committees as a whole printed without `trực thuộc Trung ương` (`Chủ tịch UBND
các tỉnh, thành phố`) are the national collective `Ủy ban nhân dân các tỉnh, thành phố trực
thuộc Trung ương` (corpus/ANNOTATION.md, units), not a body `Ủy ban nhân dân các tỉnh` cut at
the comma; a công điện's named provinces after the colon (`Chủ tịch UBND các tỉnh, thành phố:
Quảng Ninh, Hải Phòng, ...`) are not all provinces, and neither are those it refers back to
(`... các tỉnh, thành phố nêu trên`): no unit there. A collective in common nouns heading an
item ends before the Party's verb of direction (`2. Các cấp ủy Đảng lãnh đạo, chỉ đạo ...`)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ

Số: 310/QĐ-TTg

Hà Nội, ngày 12 tháng 5 năm 2026

QUYẾT ĐỊNH
Phê duyệt Đề án phát triển nghề muối

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án phát triển nghề muối.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. {clause}
"""

_CABLE = """THỦ TƯỚNG CHÍNH PHỦ

Số: 77/CĐ-TTg

Hà Nội, ngày 20 tháng 8 năm 2026

CÔNG ĐIỆN
Về việc chủ động ứng phó áp thấp nhiệt đới

Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:

{items}
"""

_PLAN = """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH

KẾ HOẠCH
Phòng, chống tác hại của rượu, bia năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân.

II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn.
{item}
"""

_PROVINCES = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"

_CASES: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (
        "the_executing_clause_without_trực_thuộc_Trung_ương",
        _DECISION.format(
            clause="Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các"
            " tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./."
        ),
        [("Các bộ", True), ("Các cơ quan ngang bộ", True), (_PROVINCES, True)],
    ),
    (
        "the_short_form_opening_an_item_of_the_cable",
        _CABLE.format(
            items="1. Ủy ban nhân dân các tỉnh, thành phố chỉ đạo lực lượng tại chỗ sẵn sàng"
            " sơ tán dân.\n\n2. Bộ Quốc phòng chủ trì bố trí lực lượng cứu hộ."
        ),
        [(_PROVINCES, True), ("Bộ Quốc phòng", True)],
    ),
    (
        "the_provinces_the_cable_refers_back_to",
        _CABLE.format(
            items="1. Chủ tịch UBND các tỉnh, thành phố nêu trên căn cứ diễn biến chủ động"
            " cho học sinh nghỉ học.\n\n2. Bộ Quốc phòng chủ trì bố trí lực lượng cứu hộ."
        ),
        [("Bộ Quốc phòng", True)],
    ),
    (
        "named_provinces_after_the_colon",
        _CABLE.format(
            items="1. Chủ tịch UBND các tỉnh, thành phố: Thanh Hóa, Nghệ An, Hải Phòng:\n\n"
            "a) Kêu gọi tàu thuyền vào nơi tránh trú.\n\n"
            "2. Bộ Quốc phòng chủ trì bố trí lực lượng cứu hộ."
        ),
        [("Bộ Quốc phòng", True)],
    ),
    (
        "named_provinces_after_the_colon_run_into_their_duty",
        _CABLE.format(
            items="1. Chủ tịch UBND các tỉnh, thành phố: Thanh Hóa, Nghệ An chỉ đạo sơ tán"
            " dân.\n\n2. Bộ Quốc phòng chủ trì bố trí lực lượng cứu hộ."
        ),
        [("Bộ Quốc phòng", True)],
    ),
    (
        "one_kind_of_place_still_names_its_members",
        _PLAN.format(item="2. Ủy ban nhân dân các xã: Giao Thủy, Hải Hậu\n- Tuyên truyền."),
        [
            ("Sở Y tế", True),
            ("Sở Tài chính", False),
            ("Ủy ban nhân dân xã Giao Thủy", True),
            ("Ủy ban nhân dân xã Hải Hậu", True),
        ],
    ),
    (
        "the_party_committees_before_their_verb_of_direction",
        _PLAN.format(item="2. Các cấp ủy Đảng lãnh đạo, chỉ đạo việc thực hiện kế hoạch."),
        [("Sở Y tế", True), ("Sở Tài chính", False), ("Các cấp ủy Đảng", True)],
    ),
    (
        "the_party_committee_s_executive_leading_is_no_assignment",
        _PLAN.format(item="- Ban Chấp hành Đảng bộ xã lãnh đạo việc thực hiện."),
        [("Sở Y tế", True), ("Sở Tài chính", False)],
    ),
    (
        "the_leaders_of_a_body_as_an_object",
        _PLAN.format(item="2. Sở Nội vụ báo cáo lãnh đạo UBND tỉnh kết quả thực hiện."),
        [("Sở Y tế", True), ("Sở Tài chính", False), ("Sở Nội vụ", True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, units, id=case) for case, text, units in _CASES]
)
def test_provinces_collective_and_party_verbs(text: str, expected: list[tuple[str, bool]]) -> None:
    units = parse_text(text).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)
