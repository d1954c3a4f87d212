"""Issue 12 (units' recall): the assignment shapes of the genre × the contexts a plan puts them
in, in a commune's and a province's plan: `do X chủ trì (thực hiện)`, `X chủ trì, phối hợp với
Y`, `Giao X chủ trì`, `X là cơ quan thường trực`, unit headings of bodies missing from the
lexicon, the role columns of task tables and the collectives addressed as a whole
(corpus/ANNOTATION.md, units). Each case's units were written down before the parser ran."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import COMMUNE_2026 as _COMMUNE
from unit_plans import PROVINCE_2026 as _PROVINCE
from unit_plans import under_implementation as _implementation
from unit_plans import under_task as _tasks

_DECISION = """ỦY BAN NHÂN DÂN
XÃ VĨNH PHONG
Số: 15/QĐ-UBND
Vĩnh Phong, ngày 9 tháng 4 năm 2026
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch thực hiện bình đẳng giới năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VĨNH PHONG
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện bình đẳng giới năm 2026.
"""


def _table(plan: str, *rows: str) -> str:
    """A task table's rows (nội dung | cơ quan chủ trì | cơ quan phối hợp | thời gian)."""
    header = (
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|"
    )
    tail = "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai theo kế hoạch."
    return "\n".join([plan + "II. NHIỆM VỤ CỤ THỂ\n", header, *rows, "", tail]) + "\n"


_CENTRE = "Trung tâm Văn hóa - Thể thao xã"  # a commune's body missing from the lexicon
_WOMEN = "Hội Liên hiệp Phụ nữ"
_YOUTH = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
_DIGITAL = "Sở Khoa học và Công nghệ"

GRID = [
    # `do X chủ trì (thực hiện)` closing a commune's task clause: X leads, its partners cooperate
    pytest.param(
        _tasks(
            _COMMUNE, "Tuyên truyền trên loa truyền thanh do " + _CENTRE + " chủ trì thực hiện."
        ),
        [(_CENTRE, True)],
        id="do_in_a_paragraph",
    ),
    pytest.param(
        _tasks(
            _COMMUNE,
            "- Tổ chức hội thi tìm hiểu pháp luật do Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp"
            " với Đoàn Thanh niên xã thực hiện.",
        ),
        [(_WOMEN, True), (_YOUTH, False)],
        id="do_in_a_bullet_with_a_partner",
    ),
    pytest.param(
        _tasks(
            _COMMUNE,
            "a) Tổ chức giải bóng chuyền nữ do " + _CENTRE + " chủ trì, phối hợp với Hội Liên"
            " hiệp Phụ nữ xã tổ chức thực hiện.",
        ),
        [(_CENTRE, True), (_WOMEN, False)],
        id="do_in_a_lettered_item",
    ),
    pytest.param(
        _tasks(_COMMUNE, "- Số liệu do Trạm Y tế xã cung cấp được tổng hợp vào báo cáo."),
        [],
        id="do_naming_a_source_assigns_nothing",
    ),
    # `X chủ trì, phối hợp với Y` opening a sentence
    pytest.param(
        _tasks(
            _COMMUNE,
            _CENTRE + " chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức các hoạt động thể thao.",
        ),
        [(_CENTRE, True), (_YOUTH, False)],
        id="lead_missing_from_the_lexicon_in_a_paragraph",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "- " + _DIGITAL + " chủ trì, phối hợp với Bưu điện tỉnh hướng dẫn người dân sử dụng"
            " dịch vụ công trực tuyến.",
        ),
        [(_DIGITAL, True), ("Bưu điện tỉnh", False)],
        id="partner_by_its_head_and_level_in_a_bullet",
    ),
    pytest.param(
        _tasks(
            _COMMUNE,
            "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với " + _CENTRE + ", Trạm Y tế xã và Hội"
            " Liên hiệp Phụ nữ xã tổ chức truyền thông.",
        ),
        [
            ("Phòng Văn hóa - Xã hội", True),
            (_CENTRE, False),
            ("Trạm Y tế xã", False),
            (_WOMEN, False),
        ],
        id="a_dash_inside_a_partner_s_name_opens_no_clause",
    ),
    pytest.param(
        _tasks(
            _COMMUNE,
            "- Phòng Kinh tế chủ trì, phối hợp với " + _CENTRE + ", Bưu điện xã tổ chức"
            " truyền thông.",
        ),
        [("Phòng Kinh tế", True), (_CENTRE, False), ("Bưu điện xã", False)],
        id="a_dash_inside_a_partner_s_name_before_a_head_and_level",
    ),
    # `Giao X chủ trì`
    pytest.param(
        _tasks(_COMMUNE, "Giao " + _CENTRE + " chủ trì tổ chức giải bóng đá nữ."),
        [(_CENTRE, True)],
        id="giao_in_a_paragraph",
    ),
    pytest.param(
        _tasks(
            _COMMUNE,
            "- Giao Hội Liên hiệp Phụ nữ xã chủ trì, " + _CENTRE + " phối hợp thực hiện.",
        ),
        [(_WOMEN, True), (_CENTRE, False)],
        id="giao_then_a_partner_after_the_comma",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "Giao Bưu điện tỉnh chủ trì, phối hợp với " + _DIGITAL + " triển khai dịch vụ bưu"
            " chính công ích.",
        ),
        [("Bưu điện tỉnh", True), (_DIGITAL, False)],
        id="giao_a_head_and_level",
    ),
    # `X là cơ quan thường trực`
    pytest.param(
        _implementation(
            _COMMUNE,
            "1. Phòng Văn hóa - Xã hội là cơ quan thường trực, có trách nhiệm tham mưu UBND xã"
            " triển khai Kế hoạch.",
        ),
        [("Phòng Văn hóa - Xã hội", True)],
        id="standing_body_heading",
    ),
    pytest.param(
        _implementation(
            _COMMUNE,
            _CENTRE + " là cơ quan thường trực của Ban Tổ chức, tham mưu tổ chức Đại hội thể"
            " dục thể thao xã.",
        ),
        [(_CENTRE, True)],
        id="standing_body_missing_from_the_lexicon",
    ),
    pytest.param(
        _implementation(
            _PROVINCE, "1. Sở Nội vụ - cơ quan thường trực", "- Tham mưu UBND tỉnh triển khai."
        ),
        [("Sở Nội vụ", True)],
        id="standing_body_after_a_dash",
    ),
    # unit headings of bodies missing from the lexicon, in the implementation section
    pytest.param(
        _implementation(
            _COMMUNE,
            "1. Phòng Văn hóa - Xã hội",
            "- Tham mưu UBND xã triển khai Kế hoạch.",
            "2. " + _CENTRE,
            "- Tổ chức các hoạt động văn hóa, thể thao.",
            "3. Hội Liên hiệp Phụ nữ xã",
            "- Vận động hội viên tham gia.",
        ),
        [("Phòng Văn hóa - Xã hội", True), (_CENTRE, True), (_WOMEN, True)],
        id="numbered_headings",
    ),
    pytest.param(
        _implementation(
            _PROVINCE,
            "1. Bưu điện tỉnh",
            "- Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.",
            "2. Ngân hàng Chính sách xã hội tỉnh",
            "- Bố trí vốn vay.",
        ),
        [("Bưu điện tỉnh", True), ("Ngân hàng Chính sách xã hội", True)],
        id="a_post_office_and_a_bank",
    ),
    pytest.param(
        _implementation(
            _COMMUNE,
            "1. " + _CENTRE + ": tổ chức các hoạt động văn hóa, thể thao cho phụ nữ.",
            "2. Trạm Y tế xã: khám sức khỏe định kỳ.",
        ),
        [(_CENTRE, True), ("Trạm Y tế xã", True)],
        id="headings_running_into_their_duties",
    ),
    pytest.param(
        _implementation(
            _COMMUNE,
            "1. Các cơ quan chuyên môn",
            "a) Phòng Văn hóa - Xã hội",
            "- Tham mưu.",
            "b) " + _CENTRE,
            "- Tổ chức các hoạt động thể thao.",
        ),
        [("Phòng Văn hóa - Xã hội", True), (_CENTRE, True)],
        id="lettered_headings_under_a_group",
    ),
    pytest.param(
        _implementation(
            _COMMUNE,
            "1. Trách nhiệm của Phòng Văn hóa - Xã hội",
            "- Tham mưu.",
            "2. Trách nhiệm của " + _CENTRE,
            "- Tổ chức các hoạt động thể thao.",
        ),
        [("Phòng Văn hóa - Xã hội", True), (_CENTRE, True)],
        id="headings_naming_a_body_s_duties",
    ),
    pytest.param(
        _COMMUNE + "II. KẾT QUẢ THỰC HIỆN NĂM 2025\nNăm 2025, " + _CENTRE + " đã tổ chức 12 buổi"
        " tuyên truyền.\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n- Tham mưu.\n",
        [("Phòng Văn hóa - Xã hội", True)],
        id="a_body_in_a_review_of_the_past_is_no_unit",
    ),
    pytest.param(
        _DECISION + "Điều 2. Chánh Văn phòng HĐND và UBND xã, Giám đốc " + _CENTRE + ", Trưởng"
        " Trạm Y tế xã và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết"
        " định này.\n",
        [("Văn phòng HĐND và UBND", True), (_CENTRE, True), ("Trạm Y tế xã", True)],
        id="a_decision_s_executing_clause",
    ),
    # the role columns of task tables
    pytest.param(
        _table(
            _COMMUNE,
            "| 1 | Tổ chức hội thi | " + _CENTRE + " | Đoàn Thanh niên xã | Quý II/2026 |",
            "| 2 | Hỗ trợ vay vốn | Ngân hàng Chính sách xã hội | Hội Liên hiệp Phụ nữ xã, Bưu"
            " điện xã | Năm 2026 |",
        ),
        [
            (_CENTRE, True),
            (_YOUTH, False),
            ("Ngân hàng Chính sách xã hội", True),
            (_WOMEN, False),
            ("Bưu điện xã", False),
        ],
        id="table_columns_with_bodies_missing_from_the_lexicon",
    ),
    pytest.param(
        _table(
            _PROVINCE,
            "| 1 | Phủ sóng di động | " + _DIGITAL + " | UBND các phường, xã; Các doanh nghiệp"
            " cung cấp dịch vụ viễn thông | Năm 2026 |",
        ),
        [
            (_DIGITAL, True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", False),
            ("Các doanh nghiệp cung cấp dịch vụ viễn thông", False),
        ],
        id="a_group_whose_words_hold_a_head_noun_in_lower_case",
    ),
    # collectives addressed as a whole (corpus/ANNOTATION.md, units: collective addressees)
    pytest.param(
        _implementation(
            _PROVINCE,
            "1. Sở Nội vụ",
            "- Tham mưu.",
            "2. Các sở, ban, ngành tỉnh",
            "- Triển khai theo chức năng.",
            "3. Thủ trưởng các cơ quan, đơn vị",
            "- Quán triệt.",
            "4. UBND các xã, phường",
            "- Xây dựng kế hoạch.",
        ),
        [
            ("Sở Nội vụ", True),
            ("Các sở, ban, ngành", True),
            ("Các cơ quan, đơn vị", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
        ],
        id="collectives_heading_subsections",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "a) Rà soát thủ tục hành chính.",
            "Cơ quan chủ trì: Sở Nội vụ.",
            "Cơ quan phối hợp: Các sở, ban, ngành tỉnh; UBND các xã, phường.",
        ),
        [
            ("Sở Nội vụ", True),
            ("Các sở, ban, ngành", False),
            ("Ủy ban nhân dân các xã, phường, đặc khu", False),
        ],
        id="collectives_in_a_label_list",
    ),
    pytest.param(
        _implementation(
            _PROVINCE,
            "1. Sở Nội vụ",
            "- Tham mưu.",
            "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ triển khai thực hiện.",
            "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc thực hiện.",
        ),
        [("Sở Nội vụ", True)],
        id="collectives_a_sentence_addresses_to_everybody_are_no_units",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GRID)
def test_the_units_a_shape_assigns_work_to(text: str, expected: list[tuple[str, bool]]) -> None:
    found = [(u.name, u.lead) for u in parse_text(text, markdown="|" in text).units]
    assert sorted(found) == sorted(expected)
