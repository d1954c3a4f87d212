"""The shapes a province's or department's plan gives its responsible units outside tables, one
fragment each: lettered and bulleted items, a unit heading over its duties, bodies sharing one
duty, collectives, a steering committee's parts, a công văn's paragraphs, the bodies a task
section's sentences name, names after the 07/2025 reform and names missing from the lexicon."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 41/KH-UBND
Khánh Hòa, ngày 9 tháng 4 năm 2024
KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Giảm số ca mắc trong cộng đồng.
"""


def _implementation(*lines: str) -> str:
    """Lines under the implementation section of a province's plan."""
    return "\n".join([_PROVINCE_PLAN + "II. TỔ CHỨC THỰC HIỆN", *lines]) + "\n"


def _tasks(*lines: str) -> str:
    """Lines under the task section of a province's plan."""
    return "\n".join([_PROVINCE_PLAN + "II. NHIỆM VỤ, GIẢI PHÁP", *lines]) + "\n"


_DEPARTMENT_PLAN = """UBND TỈNH KHÁNH HÒA
SỞ NỘI VỤ
Số: 7/KH-SNV
Khánh Hòa, ngày 9 tháng 4 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ.
II. TỔ CHỨC THỰC HIỆN
"""

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 210/UBND-KGVX
V/v phòng, chống sốt xuất huyết
Khánh Hòa, ngày 9 tháng 4 năm 2024
Kính gửi:
- Các sở, ban, ngành, đoàn thể tỉnh;
- UBND các huyện, thị xã, thành phố.
Để chủ động phòng bệnh, Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan giám sát ổ dịch.
2. Ủy ban nhân dân tỉnh đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động nhân dân diệt lăng quăng.
3. UBND các huyện, thị xã, thành phố tổ chức ra quân vệ sinh môi trường.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn C
"""

_LETTER_OF_ITEMS = _LETTER.replace(
    "1. Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan giám sát ổ dịch.\n"
    "2. Ủy ban nhân dân tỉnh đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động nhân dân diệt lăng"
    " quăng.\n"
    "3. UBND các huyện, thị xã, thành phố tổ chức ra quân vệ sinh môi trường.\n",
    "1. Sở Tài chính cân đối kinh phí mua hóa chất.\n"
    "2. Công an tỉnh khẩn trương xử lý tin giả về dịch bệnh.\n"
    "3. Các hộ gia đình vệ sinh quanh nhà.\n",
)

SHAPES = [
    pytest.param(
        _implementation(
            "a. Sở Y tế",
            "- Hướng dẫn các cơ sở điều trị.",
            "b. Sở Tài chính",
            "- Cân đối kinh phí.",
        ),
        [("Sở Y tế", True), ("Sở Tài chính", True)],
        id="letters_with_a_full_stop_head_their_duties",
    ),
    pytest.param(
        _implementation(
            "a) Sở Giáo dục và Đào tạo: lồng ghép nội dung phòng bệnh vào giờ sinh hoạt lớp.",
            "b) Ban Dân tộc tỉnh: phổ biến cách phòng bệnh ở vùng đồng bào.",
        ),
        [("Sở Giáo dục và Đào tạo", True), ("Ban Dân tộc", True)],
        id="letters_with_a_parenthesis_and_a_colon",
    ),
    pytest.param(
        _implementation(
            "+ Sở Công Thương: bình ổn giá hóa chất diệt muỗi.",
            "* Bộ Chỉ huy Quân sự tỉnh: điều lực lượng phun hóa chất khi có dịch.",
            "- Bảo hiểm xã hội tỉnh: thanh toán chi phí khám chữa bệnh.",
        ),
        [
            ("Sở Công Thương", True),
            ("Bộ Chỉ huy Quân sự tỉnh", True),
            ("Bảo hiểm xã hội tỉnh", True),
        ],
        id="bullets_of_every_kind_open_a_unit_s_duty",
    ),
    pytest.param(
        _implementation(
            "1. Sở Y tế",
            "a) Chủ trì theo dõi diễn biến dịch.",
            "b) Phối hợp với Công an tỉnh xử lý cơ sở vi phạm.",
            "2. Cục Thống kê tỉnh",
            "Cung cấp số liệu dân số theo địa bàn.",
        ),
        [("Sở Y tế", True), ("Công an tỉnh", False), ("Thống kê tỉnh", True)],
        id="a_unit_heading_then_its_duties_as_items",
    ),
    pytest.param(
        _implementation(
            "3. Sở Tài chính, Sở Kế hoạch và Đầu tư: bố trí vốn cho chương trình.",
        ),
        [("Sở Kế hoạch và Đầu tư", True), ("Sở Tài chính", True)],
        id="bodies_sharing_one_duty",
    ),
    pytest.param(
        _implementation(
            "4. Các Sở, ban, ngành, đoàn thể tỉnh",
            "- Xây dựng kế hoạch của ngành.",
            "5. UBND các huyện, thị xã, thành phố",
            "- Ra quân diệt lăng quăng.",
        ),
        [
            ("Các sở, ban, ngành", True),
            ("Các tổ chức chính trị - xã hội", True),
            ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
        ],
        id="the_collectives_of_a_province_before_the_reform",
    ),
    # the press addressed as a whole heads its subsection; as partners in a sentence, none
    pytest.param(
        _implementation(
            "6. Các cơ quan báo chí tỉnh",
            "- Đưa tin về diễn biến dịch.",
            "7. Sở Y tế",
            "- Phối hợp với các cơ quan báo chí cung cấp thông tin.",
        ),
        [("Các cơ quan báo chí", True), ("Sở Y tế", True)],
        id="the_press_as_a_whole",
    ),
    # the head of the steering committee stands for it, as a head stands for his body
    pytest.param(
        _implementation(
            "1. Trưởng Ban Chỉ đạo",
            "Điều hành chung.",
            "2. Các thành viên Ban Chỉ đạo",
            "Theo dõi địa bàn được phân công.",
            "3. Tổ giúp việc",
            "Tổng hợp báo cáo.",
        ),
        [
            ("Ban Chỉ đạo", True),
            ("Các thành viên Ban Chỉ đạo", True),
            ("Tổ giúp việc", True),
        ],
        id="a_steering_committee_s_head_members_and_working_group",
    ),
    pytest.param(
        _implementation("- Trưởng Ban Chỉ đạo chủ trì giao ban hằng tháng."),
        [("Ban Chỉ đạo", True)],
        id="the_steering_committee_s_head_opening_an_assignment",
    ),
    pytest.param(
        _LETTER,
        [
            ("Sở Y tế", True),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", True),
            ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
        ],
        id="a_letter_s_paragraphs_assigning_work",
    ),
    pytest.param(
        _implementation(
            "Chủ tịch UBND tỉnh giao cho Sở Nông nghiệp và Môi trường chủ trì tiêu độc khử trùng"
            " chuồng trại.",
        ),
        [("Sở Nông nghiệp và Môi trường", True)],
        id="the_authority_s_request_with_giao_cho",
    ),
    # a letter's numbered paragraphs give the work: a body and a verb, an adverb of urgency
    # before it; people addressed are no body
    pytest.param(
        _LETTER_OF_ITEMS,
        [("Sở Tài chính", True), ("Công an tỉnh", True)],
        id="a_letter_s_items_opening_with_a_body_and_a_verb",
    ),
    pytest.param(
        _tasks("1. Công tác kiểm tra", "Sở Công Thương khẩn trương kiểm tra giá thuốc."),
        [("Sở Công Thương", True)],
        id="an_adverb_of_urgency_before_the_body_s_verb",
    ),
    pytest.param(
        _tasks(
            "1. Công tác truyền thông",
            "Sở Văn hóa, Thể thao và Du lịch chủ trì treo băng rôn; Đài Phát thanh và Truyền"
            " hình tỉnh phát thông điệp phòng bệnh.",
        ),
        [("Sở Văn hóa, Thể thao và Du lịch", True), ("Đài Phát thanh và Truyền hình", True)],
        id="a_clause_after_a_semicolon_of_an_assigning_sentence",
    ),
    pytest.param(
        _tasks(
            "1. Công tác truyền thông",
            "Sở Y tế chủ trì giám sát; các hộ gia đình thực hiện vệ sinh quanh nhà.",
        ),
        [("Sở Y tế", True)],
        id="a_clause_after_a_semicolon_naming_no_body_of_the_lexicon",
    ),
    pytest.param(
        _implementation(
            "1. Sở Du lịch - cơ quan thường trực Ban Chỉ đạo phát triển du lịch tỉnh",
            "- Kiểm tra các khu du lịch.",
        ),
        [("Sở Du lịch", True)],
        id="a_name_missing_from_the_lexicon_ends_before_its_role",
    ),
    pytest.param(
        _implementation(
            "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Thống kê tỉnh, Công an tỉnh"
            " rà soát số hộ chăn nuôi.",
        ),
        [("Công an tỉnh", False), ("Sở Nông nghiệp và Môi trường", True), ("Thống kê tỉnh", False)],
        id="the_statistics_office_after_the_reform_in_a_list",
    ),
    pytest.param(
        _implementation(
            "1. Sở Dân tộc và Tôn giáo",
            "- Vận động chức sắc tôn giáo.",
            "2. Báo và Phát thanh, Truyền hình tỉnh",
            "- Đưa tin.",
            "3. UBND các xã, phường, đặc khu",
            "- Tổ chức ra quân.",
        ),
        [
            ("Sở Dân tộc và Tôn giáo", True),
            ("Báo và Phát thanh, Truyền hình tỉnh", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
        ],
        id="names_after_the_reform",
    ),
    pytest.param(
        _implementation(
            "1. Sở Y tế chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh, Báo Khánh Hòa tổ chức"
            " truyền thông.",
        ),
        [("Báo Khánh Hòa", False), ("Hội Chữ thập đỏ tỉnh", False), ("Sở Y tế", True)],
        id="partners_missing_from_the_lexicon_found_by_their_head_noun",
    ),
    # a partner whose name neither the lexicon nor a head noun reads is named by none, and the
    # list goes on past it
    pytest.param(
        _implementation(
            "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với FPT Khánh Hòa, CMC Khánh"
            " Hòa, Công an tỉnh triển khai nền tảng số.",
        ),
        [("Công an tỉnh", False), ("Sở Khoa học và Công nghệ", True)],
        id="partners_after_names_nobody_reads",
    ),
    pytest.param(
        _implementation(
            "1. Sở Y tế chủ trì, phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Sở"
            " Tài chính tổ chức hội thảo.",
        ),
        # the name with a plural inside is the lexicon's now; the partner after it is read still
        [
            ("Liên hiệp các Hội Khoa học và Kỹ thuật", False),
            ("Sở Tài chính", False),
            ("Sở Y tế", True),
        ],
        id="a_partner_after_a_name_with_a_plural_inside",
    ),
    # a body named by a campaign keeps the campaign's quoted title in its name, though the
    # phrase (`vận động`) and the title (`xây dựng`) hold role words (issue 12)
    pytest.param(
        _implementation(
            "1. Ban Chỉ đạo cuộc vận động “Toàn dân chung tay xây dựng phường sạch đẹp” phường"
            " chủ trì, phối hợp với Công an phường tổ chức ra quân.",
        ),
        [
            (
                "Ban Chỉ đạo cuộc vận động “Toàn dân chung tay xây dựng phường sạch đẹp” phường",
                True,
            ),
            ("Công an xã", False),
        ],
        id="a_body_named_by_a_campaign_s_quoted_title",
    ),
    pytest.param(
        _implementation(
            "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Chỉ đạo phong trào"
            ' "Toàn dân rèn luyện thân thể theo gương Bác Hồ" tỉnh tổ chức hội thao.',
        ),
        [
            (
                'Ban Chỉ đạo phong trào "Toàn dân rèn luyện thân thể theo gương Bác Hồ" tỉnh',
                False,
            ),
            ("Sở Văn hóa, Thể thao và Du lịch", True),
        ],
        id="a_partner_named_by_a_campaign_s_quoted_title",
    ),
    # a title whose quotation is left open: where the name ends cannot be told, none is read
    pytest.param(
        _implementation(
            "1. Ban Chỉ đạo cuộc vận động “Toàn dân giữ gìn vệ sinh môi trường xã chủ trì tổng"
            " kết.",
        ),
        [],
        id="a_campaign_s_title_left_open_names_no_body",
    ),
    # the steering body for natural disasters of a level, opening a sentence under a heading
    pytest.param(
        _implementation(
            "1. Ủy ban nhân dân các huyện, thị xã, thành phố",
            "- Khắc phục hậu quả sau mưa lũ.",
            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện tổ chức thống kê"
            " thiệt hại.",
        ),
        [
            ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
            ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn", True),
        ],
        id="the_steering_body_for_natural_disasters",
    ),
    # `xã hội` ("social") inside a name is no level word: the name is not cut after `xã`
    pytest.param(
        _implementation(
            "1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trung tâm Công tác xã"
            " hội tỉnh tổ chức tư vấn cho trẻ em.",
            "2. Trung tâm Bảo trợ xã hội tỉnh tiếp nhận, chăm sóc đối tượng.",
        ),
        [
            ("Sở Lao động - Thương binh và Xã hội", True),
            ("Trung tâm Công tác xã hội tỉnh", False),
            ("Trung tâm Bảo trợ xã hội tỉnh", True),
        ],
        id="a_name_holding_the_word_xa_hoi",
    ),
    # the province's station printed without its dash
    pytest.param(
        _implementation(
            "3. Đài Phát thanh Truyền hình tỉnh, Báo Khánh Hòa tăng cường thời lượng tuyên truyền."
        ),
        [("Báo Khánh Hòa", True), ("Đài Phát thanh và Truyền hình", True)],
        id="the_province_s_station_without_its_dash",
    ),
    # departments listed under one head after `giao`, by abbreviations too, the list ended by
    # `theo chức năng, nhiệm vụ`; the committee of a city by its short name asks as well
    pytest.param(
        _implementation(
            "Ủy ban nhân dân tỉnh giao các sở: NN&PTNT, Tài chính, KH&ĐT theo chức năng, nhiệm"
            " vụ tham mưu hoàn thiện cơ chế hỗ trợ.",
            "UBND TP giao Sở Xây dựng chủ trì, phối hợp với Sở Nội vụ kiểm tra công trình.",
        ),
        [
            ("Sở Kế hoạch và Đầu tư", True),
            ("Sở Nông nghiệp và Môi trường", True),
            ("Sở Tài chính", True),
            ("Sở Nội vụ", False),
            ("Sở Xây dựng", True),
        ],
        id="a_request_s_list_under_one_head_then_its_duty",
    ),
    # a numbered sentence: the name missing from the lexicon runs on into what the body does
    # (`mở chuyên mục ...`), where it ends cannot be told; a name ending at its level word is one
    pytest.param(
        _implementation(
            "3. Báo Khánh Hòa mở chuyên mục hỏi đáp về dịch bệnh.",
            "4. Hội Người cao tuổi tỉnh.",
        ),
        [("Hội Người cao tuổi tỉnh", True)],
        id="a_name_running_into_its_sentence_is_none",
    ),
    # a clause after `;` opening with `phối hợp với`: its partners cooperate in the task of the
    # subject before it; with no subject before it, none
    pytest.param(
        _implementation(
            "1. Sở Y tế chủ trì tổ chức tập huấn cho nhân viên y tế; phối hợp với Sở Giáo dục và"
            " Đào tạo kiểm tra bếp ăn trường học.",
            "2. Tập huấn cho cán bộ; phối hợp với Bệnh viện Đa khoa tỉnh khám sức khỏe.",
        ),
        [("Sở Giáo dục và Đào tạo", False), ("Sở Y tế", True)],
        id="partners_after_a_semicolon_cooperate_with_the_subject_before",
    ),
    # an abbreviation the lexicon lacks: the list is not read
    pytest.param(
        _implementation(
            "Ủy ban nhân dân tỉnh giao các sở: NN&PTNT, QH-XD theo chức năng, nhiệm vụ tham"
            " mưu hoàn thiện cơ chế hỗ trợ."
        ),
        [],
        id="a_list_under_one_head_with_an_unknown_abbreviation",
    ),
    pytest.param(
        _implementation(
            "1. Tổ chức khám sức khỏe cho học sinh.",
            "a) Cơ quan chủ trì:",
            "- Sở Y tế;",
            "- Sở Giáo dục và Đào tạo.",
            "b) Cơ quan phối hợp:",
            "- Sở Tài chính;",
            "- UBND các xã, phường.",
        ),
        [
            ("Sở Y tế", True),
            ("Sở Giáo dục và Đào tạo", True),
            ("Sở Tài chính", False),
            ("Ủy ban nhân dân các xã, phường, đặc khu", False),
        ],
        id="a_role_label_alone_gives_its_role_to_the_bullets_under_it",
    ),
    # the same labels printed without their colons (a national plan's `a) Cơ quan chủ trì`)
    pytest.param(
        _tasks(
            "1. Tổ chức khám sức khỏe cho học sinh.",
            "2. Cơ quan chủ trì, phối hợp",
            "a) Cơ quan chủ trì",
            "- Sở Y tế; Sở Giáo dục và Đào tạo.",
            "b) Cơ quan phối hợp",
            "- Sở Tài chính.",
        ),
        [
            ("Sở Giáo dục và Đào tạo", True),
            ("Sở Y tế", True),
            ("Sở Tài chính", False),
        ],
        id="a_role_label_alone_without_its_colon_gives_its_role_to_the_bullets",
    ),
    # a label with words of its own after it is no label over bullets
    pytest.param(
        _tasks(
            "1. Tổ chức khám sức khỏe cho học sinh.",
            "a) Cơ quan chủ trì tổ chức khám định kỳ",
            "- Sở Tài chính.",
        ),
        [],
        id="a_role_phrase_with_words_after_it_is_no_label_without_its_colon",
    ),
    # a bullet naming no body the lexicon or the naming pattern knows does not end the label's
    # bullets: those after it still take its role, up to the next label
    pytest.param(
        _tasks(
            "1. Tổ chức khám sức khỏe cho học sinh.",
            "a) Cơ quan chủ trì:",
            "- Ban Chỉ đạo quốc gia.",
            "- Sở Y tế; Sở Giáo dục và Đào tạo.",
            "b) Cơ quan phối hợp:",
            "- Sở Tài chính.",
        ),
        [
            ("Sở Giáo dục và Đào tạo", True),
            ("Sở Y tế", True),
            ("Sở Tài chính", False),
        ],
        id="a_bullet_naming_no_known_body_keeps_the_role_label_over_the_next",
    ),
    pytest.param(
        _tasks(
            "1. Tuyên truyền về phòng bệnh.",
            "- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
            "- Đơn vị phối hợp:",
            "+ Báo Khánh Hòa;",
            "+ Đài Phát thanh và Truyền hình tỉnh.",
            "2. Phun hóa chất diệt muỗi.",
            "- Sở Tài chính cân đối kinh phí.",
        ),
        [
            ("Sở Văn hóa, Thể thao và Du lịch", True),
            ("Báo Khánh Hòa", False),
            ("Đài Phát thanh và Truyền hình", False),
            ("Sở Tài chính", True),
        ],
        id="a_cooperating_label_alone_joins_the_lead_label_before_it",
    ),
    pytest.param(
        _LETTER.replace(
            "3. UBND các huyện, thị xã, thành phố tổ chức ra quân vệ sinh môi trường.",
            "3. Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh khẩn trương bàn giao"
            " mặt bằng.",
        ),
        [
            ("Sở Y tế", True),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", True),
            ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", True),
        ],
        id="a_project_board_named_by_its_kind_s_abbreviation",
    ),
    pytest.param(
        _DEPARTMENT_PLAN + "1. Văn phòng Sở\n- Tổng hợp.\n2. Thanh tra Sở\n- Kiểm tra.\n",
        [("Văn phòng Sở", True), ("Thanh tra Sở", True)],
        id="a_department_s_own_offices",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_the_units_a_shape_assigns_work_to(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(u.name, u.lead) for u in parse_text(text).units] == expected
