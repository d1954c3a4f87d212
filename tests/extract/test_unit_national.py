"""The bodies of a national plan: the addressees of the Prime Minister's executing clause
(`Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, ...`), the provinces' committees as a whole,
a ministry missing from the lexicon whose name ends with its department's fields
(`Bộ Văn hóa, Thể thao và Du lịch | chú trọng ...`), and the central committees of the Front and
the mass organisations (`Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam`, `Trung ương Đoàn`).
The provinces' committees printed without `trực thuộc Trung ương` are the same collective
(corpus/ANNOTATION.md, units), not `Ủy ban nhân dân các tỉnh` cut at the comma; a công điện's
named provinces after the colon, or those it refers back to (`nêu trên`), are not all provinces:
no unit. A collective heading an item ends before the Party's verbs of direction (`2. Các cấp
ủy Đảng lãnh đạo, chỉ đạo ...`)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/QĐ-TTg

Hà Nội, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển du lịch cộng đồng

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. {clause}
"""

_PLAN = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Phát triển du lịch cộng đồng

I. MỤC ĐÍCH, YÊU CẦU
Phát triển du lịch cộng đồng bền vững.

II. TỔ CHỨC THỰC HIỆN
{item}
"""

_CABLE = """THỦ TƯỚNG CHÍNH PHỦ

Số: 77/CĐ-TTg

Hà Nội, ngày 20 tháng 8 năm 2026

CÔNG ĐIỆN
Về việc chủ động ứng phó áp thấp nhiệt đới

Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:

{items}
"""

_PROVINCE_PLAN = """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH

KẾ HOẠCH
Phòng, chống tác hại của rượu, bia năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân.

II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn.
{item}
"""

_PROVINCES = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
_CULTURE = "Bộ Văn hóa, Thể thao và Du lịch"

# (case, the text, the units it names with their lead flags)
_CASES: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (
        "the_executing_clause_s_addressees",
        _DECISION.format(
            clause="Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính"
            " phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu"
            " trách nhiệm thi hành Quyết định này./."
        ),
        [
            ("Các bộ", True),
            ("Các cơ quan ngang bộ", True),
            ("Các cơ quan thuộc Chính phủ", True),
            (_PROVINCES, True),
        ],
    ),
    (
        "the_ministers_without_the_plural_article_are_the_ministries",
        _DECISION.format(
            clause="Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,"
            " Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách"
            " nhiệm thi hành Quyết định này./."
        ),
        [
            ("Các bộ", True),
            ("Các cơ quan ngang bộ", True),
            ("Các cơ quan thuộc Chính phủ", True),
            (_PROVINCES, True),
        ],
    ),
    (
        "a_minister_named_by_his_ministry_is_no_collective",
        _DECISION.format(
            clause="Bộ trưởng Bộ Tài chính, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân"
            " dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết"
            " định này./."
        ),
        [("Các cơ quan ngang bộ", True), (_PROVINCES, True)],
    ),
    (
        "one_person_s_two_titles_are_no_collective",
        _DECISION.format(
            clause="Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Chủ tịch Ủy ban nhân dân các"
            " tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./."
        ),
        [("Văn phòng Chính phủ", True), (_PROVINCES, True)],
    ),
    (
        "the_ministers_heading_a_numbered_item",
        _PLAN.format(
            item="1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh,"
            " thành phố:\na) Khẩn trương rà soát thủ tục hành chính."
        ),
        [("Các bộ", True), ("Các cơ quan ngang bộ", True), (_PROVINCES, True)],
    ),
    (
        "the_provinces_committees_heading_a_subsection",
        _PLAN.format(
            item="1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
            "Xây dựng kế hoạch của địa phương."
        ),
        [(_PROVINCES, True)],
    ),
    (
        "a_ministry_s_name_ends_with_its_department_s_fields",
        _PLAN.format(
            item="1. Yêu cầu Bộ Văn hóa, Thể thao và Du lịch chú trọng xây dựng doanh nghiệp"
            " du lịch lành mạnh."
        ),
        [(_CULTURE, True)],
    ),
    (
        "a_ministry_heading_a_subsection_keeps_its_whole_name",
        _PLAN.format(item="1. Bộ Văn hóa, Thể thao và Du lịch\nHướng dẫn các địa phương."),
        [(_CULTURE, True)],
    ),
    (
        "a_field_s_own_lower_case_words_stay",
        _PLAN.format(item="1. Bộ Giao thông vận tải chủ trì kiểm tra các tuyến đường."),
        [("Bộ Giao thông vận tải", True)],
    ),
    (
        "the_front_s_central_committee_is_the_front",
        _PLAN.format(
            item="1. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chủ trì, phối hợp với"
            " các tổ chức chính trị - xã hội tuyên truyền về du lịch cộng đồng."
        ),
        [("Ủy ban Mặt trận Tổ quốc Việt Nam", True), ("Các tổ chức chính trị - xã hội", False)],
    ),
    (
        "a_mass_organisation_s_central_committee_is_the_organisation",
        _PLAN.format(
            item="1. Đề nghị Trung ương Hội Cựu chiến binh Việt Nam, Trung ương Đoàn Thanh niên"
            " Cộng sản Hồ Chí Minh vận động hội viên, đoàn viên tham gia."
        ),
        [("Hội Cựu chiến binh", True), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", True)],
    ),
    # printed without `trực thuộc Trung ương`; a công điện's named provinces, or those it refers
    # back to, are no unit; a collective before the Party's verbs of direction (a province's plan)
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
        _PROVINCE_PLAN.format(
            item="2. Ủy ban nhân dân các xã: Giao Thủy, Hải Hậu\n- Tuyên truyền."
        ),
        [
            ("Sở Y tế", True),
            ("Sở Tài chính", False),
            ("Ủy ban nhân dân xã Giao Thủy", True),
            ("Ủy ban nhân dân xã Hải Hậu", True),
        ],
    ),
    (
        "the_party_committees_before_their_verb_of_direction",
        _PROVINCE_PLAN.format(item="2. Các cấp ủy Đảng lãnh đạo, chỉ đạo việc thực hiện kế hoạch."),
        [("Sở Y tế", True), ("Sở Tài chính", False), ("Các cấp ủy Đảng", True)],
    ),
    (
        "the_party_committee_s_executive_leading_is_no_assignment",
        _PROVINCE_PLAN.format(item="- Ban Chấp hành Đảng bộ xã lãnh đạo việc thực hiện."),
        [("Sở Y tế", True), ("Sở Tài chính", False)],
    ),
    (
        "the_leaders_of_a_body_as_an_object",
        _PROVINCE_PLAN.format(item="2. Sở Nội vụ báo cáo lãnh đạo UBND tỉnh kết quả thực hiện."),
        [("Sở Y tế", True), ("Sở Tài chính", False), ("Sở Nội vụ", True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, units, id=case) for case, text, units in _CASES]
)
def test_the_bodies_of_a_national_plan(text: str, expected: list[tuple[str, bool]]) -> None:
    units = parse_text(text).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)
