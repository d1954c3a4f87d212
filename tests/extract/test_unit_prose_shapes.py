"""The ways a commune's or a district's plan names who does a task inside the task's own
paragraph, one numbered item a paragraph (as a converted legal-database page prints it, hard
wrapped): after what to do (`Giao ... chủ trì`), as a sentence's subject, at its end (`do ...
thực hiện`, a parenthesis), several in one paragraph, abbreviated names, and what names no
unit (the issuer, a passive source, open collectives, statements about a body)."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.pipeline import parse_text

_COMMUNE = """|
**ỦY BAN NHÂN DÂN
XÃ HÒA AN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 45/KH-UBND
|
*Hòa An, ngày 10 tháng 3 năm 2026*
|

**KẾ HOẠCH**

**Thực hiện công tác bình đẳng giới năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

Nâng cao nhận thức của cán bộ và người dân về bình đẳng giới.

**II. NHIỆM VỤ VÀ GIẢI PHÁP**

"""

_DISTRICT = _COMMUNE.replace("XÃ HÒA AN", "HUYỆN ĐỨC PHONG").replace("Hòa An,", "Đức Phong,")


def _item(paragraph: str, plan: str = _COMMUNE) -> str:
    """A plan whose task section is one numbered paragraph, hard wrapped at 72 columns."""
    return plan + textwrap.fill("1. " + paragraph, 72) + "\n"


SHAPES = [
    pytest.param(
        "Tập huấn kỹ năng khởi nghiệp cho phụ nữ nông thôn, hỗ trợ vay vốn phát triển kinh tế"
        " hộ gia đình do Hội Liên hiệp Phụ nữ xã thực hiện.",
        [("Hội Liên hiệp Phụ nữ", True)],
        id="the_body_doing_the_task_at_its_end",
    ),
    pytest.param(
        "Phổ cập kỹ năng số cho người dân do Đoàn Thanh niên xã phối hợp Hội LH Phụ nữ xã thực"
        " hiện.",
        [("Đoàn Thanh niên Cộng sản Hồ Chí Minh", True), ("Hội Liên hiệp Phụ nữ", False)],
        id="the_body_doing_the_task_and_its_partner_at_its_end",
    ),
    pytest.param(
        "Tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh (qua Sở Y tế) do Phòng Y tế huyện thực"
        " hiện.",
        [("Phòng Y tế huyện", True)],
        id="a_district_office_missing_from_the_lexicon_at_the_task_s_end",
    ),
    pytest.param(
        "Cập nhật cơ sở dữ liệu dân cư theo thông tin do Trạm Y tế xã cung cấp.",
        [],
        id="a_passive_clause_s_source_does_no_task",
    ),
    pytest.param(
        "Rà soát hồ sơ do Công an xã chuyển đến và thực hiện trách nhiệm giải trình.",
        [],
        id="the_body_before_other_words_does_not_close_the_clause",
    ),
    pytest.param(
        "Kiểm tra bếp ăn tập thể trường học (Phòng Giáo dục và Đào tạo chủ trì, phối hợp với"
        " Phòng Y tế).",
        [("Phòng Giáo dục và Đào tạo", True), ("Phòng Y tế", False)],
        id="a_parenthesis_assigning_the_task_to_bodies_missing_from_the_lexicon",
    ),
    pytest.param(
        "Gửi báo cáo về Sở Y tế (Chi cục Dân số) trước ngày 15 hằng tháng.",
        [],
        id="a_parenthesis_naming_a_part_of_a_body_assigns_nothing",
    ),
    pytest.param(
        "Tổ chức hội thi tìm hiểu pháp luật cho hội viên (giao Hội LHPN xã chủ trì, phối hợp"
        " Đoàn TNCS Hồ Chí Minh xã thực hiện).",
        [("Hội Liên hiệp Phụ nữ", True), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", False)],
        id="a_parenthesis_opening_with_a_request_word",
    ),
    pytest.param(
        "Nâng cao chất lượng hoạt động của Đài truyền thanh xã; Công chức VH-XH biên tập tin bài"
        " về bình đẳng giới.",
        [("Công chức Văn hóa - Xã hội", True)],
        id="a_body_and_its_verb_opening_a_later_clause_of_the_paragraph",
    ),
    pytest.param(
        "Phát triển hạ tầng số. Các nhà mạng viễn thông lớn đã phủ sóng 4G toàn xã.",
        [],
        id="a_statement_about_bodies_in_a_later_sentence_assigns_nothing",
    ),
    pytest.param(
        "Bảo đảm an toàn thực phẩm. Công an huyện chủ động phát hiện, xử lý vi phạm; Trung tâm Y"
        " tế huyện lấy mẫu xét nghiệm khi có ngộ độc.",
        [("Công an huyện", True), ("Trung tâm Y tế huyện", True)],
        id="district_bodies_named_with_their_level_word_opening_sentences",
    ),
    pytest.param(
        "UBND xã giao nhiệm vụ cho công chức Văn hóa – Xã hội chủ trì tổ chức các buổi nói"
        " chuyện chuyên đề.",
        [("Công chức Văn hóa - Xã hội", True)],
        id="giving_the_task_in_other_words",
    ),
    pytest.param(
        "Phân công Công chức Tư pháp - Hộ tịch hướng dẫn các tổ hòa giải; giao trách nhiệm cho"
        " Văn phòng HĐND & UBND xã tổng hợp kết quả.",
        [("Công chức Tư pháp - Hộ tịch", True), ("Văn phòng HĐND và UBND", True)],
        id="assigning_and_charging_with_the_task",
    ),
    pytest.param(
        "Hiệu trưởng các trường Mầm non, Tiểu học, THCS chỉ đạo giáo viên lồng ghép nội dung"
        " giáo dục giới tính.",
        [("Trường học", True)],
        id="the_schools_by_their_levels",
    ),
    pytest.param(
        "Hội CCB xã, Hội ND xã vận động hội viên; Đoàn TN xã thành lập đội thanh niên tình nguyện.",
        [
            ("Hội Cựu chiến binh", True),
            ("Hội Nông dân", True),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", True),
        ],
        id="mass_organizations_abbreviated",
    ),
    pytest.param(
        "Trạm Y tế xã phối hợp với Ban nhân dân các ấp tổ chức tiêm chủng mở rộng.",
        [("Trạm Y tế xã", True), ("Ấp", False)],
        id="a_partner_named_by_its_board",
    ),
    pytest.param(
        "Ủy ban nhân dân các xã, thị trấn tổ chức ký cam kết với các hộ kinh doanh; Phòng Kinh"
        " tế và Hạ tầng kiểm tra các chợ.",
        [("Ủy ban nhân dân các xã, phường, đặc khu", True), ("Phòng Kinh tế", True)],
        id="a_district_s_communes_and_its_economy_office",
    ),
    pytest.param(
        "Giao Hội Phụ nữ xã chủ trì, Đoàn Thanh niên xã phối hợp thực hiện.",
        [("Hội Liên hiệp Phụ nữ", True), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", False)],
        id="a_partner_after_the_lead_and_a_comma",
    ),
    pytest.param(
        "Giao cán bộ Văn hóa - Xã hội chủ trì, phối hợp Mặt trận và các đoàn thể tuyên truyền;"
        " công chức LĐTB&XH rà soát hộ nghèo.",
        [
            ("Công chức Văn hóa - Xã hội", True),
            ("Công chức Văn hóa - Xã hội phụ trách Lao động - Thương binh và Xã hội", True),
            ("Các tổ chức chính trị - xã hội", False),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", False),
        ],
        id="civil_servants_and_the_front_by_other_names",
    ),
    pytest.param(
        "BCH xã Đoàn phối hợp Công an xã tuyên truyền phòng chống ma túy trong học đường.",
        [("Đoàn Thanh niên Cộng sản Hồ Chí Minh", True), ("Công an xã", False)],
        id="an_executive_committee_standing_for_its_body",
    ),
    pytest.param(
        "Tuyên truyền về bình đẳng giới. Giao: Công chức Văn hóa - Xã hội chủ trì, phối hợp Đài"
        " truyền thanh xã thực hiện.",
        [("Công chức Văn hóa - Xã hội", True), ("Đài truyền thanh xã", False)],
        id="a_colon_after_the_request_word",
    ),
    pytest.param(
        "Tổ chức hội thi văn nghệ – Công chức Văn hóa - Xã hội chủ trì thực hiện.",
        [("Công chức Văn hóa - Xã hội", True)],
        id="the_body_and_its_role_word_after_a_dash",
    ),
    pytest.param(
        "Phát triển kinh tế - xã hội gắn với bình đẳng giới - Hội Nông dân xã.",
        [],
        id="a_body_after_a_dash_without_a_role_word_assigns_nothing",
    ),
    pytest.param(
        "Tổ chức tập huấn cho cán bộ, giao Trạm Y tế xã thực hiện; sửa chữa trang thiết bị, bàn"
        " giao cho Công an xã sử dụng.",
        [("Trạm Y tế xã", True)],
        id="a_request_after_a_comma",
    ),
    pytest.param(
        "Công tác phòng chống bạo lực gia đình: Công an xã nắm tình hình, hòa giải mâu thuẫn.",
        [("Công an xã", True)],
        id="a_body_and_its_verb_after_the_paragraph_s_topic_and_a_colon",
    ),
    pytest.param(
        "Thành lập Tổ công tác cấp xã; Ban Chỉ đạo cấp xã theo quy định.",
        [],
        id="a_body_after_a_semicolon_and_before_theo_is_an_object_not_a_subject",
    ),
    pytest.param(
        "Tập huấn cho cán bộ về bình đẳng giới; Công an xã theo dõi tình hình.",
        [("Công an xã", True)],
        id="a_body_after_a_semicolon_before_theo_doi_does_the_work",
    ),
    pytest.param(
        "Thành phần đoàn kiểm tra gồm: Công an xã, Trạm Y tế xã.",
        [],
        id="bodies_listed_after_a_colon_without_a_verb_assign_nothing",
    ),
    pytest.param(
        "Duy trì câu lạc bộ gia đình hạnh phúc tại các thôn, Hội Phụ nữ xã chịu trách nhiệm"
        " hướng dẫn, kiểm tra; tuyên truyền tại các thôn, ấp, Công an xã tổ chức tuần tra.",
        [("Hội Liên hiệp Phụ nữ", True), ("Công an xã", True)],
        id="a_subject_after_a_comma_that_ends_no_list_of_bodies",
    ),
    pytest.param(
        "Ngoài ra, Ủy ban nhân dân huyện yêu cầu các phòng, ban, ngành, Ủy ban nhân dân các xã,"
        " thị trấn căn cứ kế hoạch triển khai.",
        [],
        id="a_request_s_list_of_collectives_goes_on_past_its_commas",
    ),
    pytest.param(
        "Văn phòng - Thống kê xã tổng hợp số liệu; giao Tư pháp - Hộ tịch tuyên truyền pháp luật.",
        [("Công chức Văn phòng - Thống kê", True), ("Công chức Tư pháp - Hộ tịch", True)],
        id="civil_servants_by_their_titles_alone",
    ),
    pytest.param(
        "Ủy ban nhân dân huyện giao Trưởng các Phòng: Nội vụ, Văn hóa và Thông tin căn cứ chức"
        " năng, nhiệm vụ theo dõi, đôn đốc các xã thực hiện.",
        [("Phòng Nội vụ", True), ("Phòng Văn hóa và Thông tin", True)],
        id="bodies_listed_under_one_head_then_their_duty",
    ),
    pytest.param(
        "Các Phòng: Tài nguyên và Môi trường, Giáo dục và Đào tạo phối hợp với Trung tâm Y tế"
        " huyện kiểm tra vệ sinh môi trường trường học.",
        [
            ("Phòng Tài nguyên và Môi trường", True),
            ("Phòng Giáo dục và Đào tạo", True),
            ("Trung tâm Y tế huyện", False),
        ],
        id="bodies_listed_under_one_head_then_their_partner",
    ),
    pytest.param(
        "UBND xã tổ chức hội nghị sơ kết, phối hợp với các ban, ngành, đoàn thể liên quan.",
        [],
        id="the_issuer_and_an_open_collective_are_no_units",
    ),
    pytest.param(
        "Phòng Tư pháp huyện chủ trì, phối hợp với các sở, ban, ngành nêu tại Mục II rà soát"
        " thủ tục hành chính.",
        [("Phòng Tư pháp huyện", True)],
        id="a_collective_referring_back_to_a_part_s_list_is_no_unit",
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), SHAPES)
def test_the_units_a_task_paragraph_names(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    plan = _DISTRICT if "huyện" in paragraph else _COMMUNE
    units = parse_text(_item(paragraph, plan), markdown=True).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)


_NOTICE = """Về việc tổ chức kỳ thi tốt nghiệp năm 2026

Kỳ thi được tổ chức trong hai ngày 11 và 12 tháng 6 năm 2026 tại các điểm thi của tỉnh.
{opening}
1. Sở Tài chính bảo đảm kinh phí phục vụ kỳ thi.
2. Thanh tra tỉnh lập các đoàn thanh tra, kiểm tra các khâu của kỳ thi.
3. Sở Y tế cử cán bộ y tế trực tại các điểm thi.
"""


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        pytest.param(
            "Chủ tịch UBND tỉnh chỉ đạo:",
            [("Sở Tài chính", True), ("Thanh tra tỉnh", True), ("Sở Y tế", True)],
            id="the_authority_asking_above_them",
        ),
        pytest.param(
            "UBND tỉnh giao và yêu cầu các cơ quan:",
            [("Sở Tài chính", True), ("Thanh tra tỉnh", True), ("Sở Y tế", True)],
            id="the_authority_asking_the_bodies_above_them",
        ),
        pytest.param(
            "Kết quả chuẩn bị đến nay như sau:",
            [("Sở Tài chính", True)],
            id="a_report_above_them_asks_nobody",
        ),
    ],
)
def test_the_numbered_paragraphs_under_a_request_give_the_work(
    opening: str, expected: list[tuple[str, bool]]
) -> None:
    """The paragraphs under the authority's request opening with a body and its verb: the
    body leads, its verb a role word or not (`lập`, `cử`)."""
    units = parse_text(_NOTICE.format(opening=opening)).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)
