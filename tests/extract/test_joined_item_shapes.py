"""Task items whose labelled parts run together on one line (issue 12): the parts a task item
carries (`Đơn vị chủ trì: ...`, `Đơn vị phối hợp: ...`, `Thời gian thực hiện: ...`, lettered
`a) Nội dung: ... b) Đơn vị thực hiện: ...`) as one paragraph, as converted legal-database
pages and drafters print them, separated by `.`, `;`, ` - `, ` + ` or a letter; commune,
district, province and department plans, one fragment each. Each must give the units and
deadlines its parts give on lines of their own; a label that opens no clause gives nothing."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text
from plan_heads import COMMUNE, DEPARTMENT, DISTRICT, PROVINCE, plan_head

_COMMUNE = plan_head(
    COMMUNE,
    "Thực hiện công tác bình đẳng giới năm 2026",
    "Nâng cao nhận thức về bình đẳng giới.",
    "II. NHIỆM VỤ",
)

_DISTRICT = plan_head(
    DISTRICT,
    "Phòng, chống thiên tai năm 2024",
    "Chủ động ứng phó với thiên tai.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
)

_PROVINCE = plan_head(
    PROVINCE,
    "Chuyển đổi số tỉnh Quảng Trị giai đoạn 2026 - 2030",
    "Phát triển chính quyền số.",
    "II. NHIỆM VỤ TRỌNG TÂM",
)

_DEPARTMENT = plan_head(
    DEPARTMENT, "An toàn thực phẩm năm 2026", "Bảo đảm an toàn thực phẩm.", "II. NỘI DUNG THỰC HIỆN"
)


def _units(plan: Plan) -> list[tuple[str, bool]]:
    return sorted((unit.name, unit.lead) for unit in plan.units)


def _deadlines(plan: Plan) -> list[tuple[str, str | None, str | None, str | None]]:
    return sorted(
        (d.kind, d.start.iso if d.start else None, d.end.iso if d.end else None, d.recurrence)
        for d in plan.deadlines
    )


# (head, items, units, deadlines): the items as one paragraph each
SHAPES = [
    pytest.param(
        _COMMUNE,
        [
            "1. Tuyên truyền về bình đẳng giới. Đơn vị chủ trì: Công chức Văn hóa - Xã hội. "
            "Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã. Thời gian thực "
            "hiện: năm 2026."
        ],
        [
            ("Công chức Văn hóa - Xã hội", True),
            ("Hội Liên hiệp Phụ nữ", False),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", False),
        ],
        [("year", "2026", None, None)],
        id="commune_full_stops",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Tổ chức hội thi tìm hiểu pháp luật về bình đẳng giới; đơn vị chủ trì: Hội Liên "
            "hiệp Phụ nữ xã; đơn vị phối hợp: Công chức Tư pháp - Hộ tịch; thời gian thực "
            "hiện: tháng 10/2026."
        ],
        [("Hội Liên hiệp Phụ nữ", True), ("Công chức Tư pháp - Hộ tịch", False)],
        [("date", "2026-10", None, None)],
        id="commune_semicolons",
    ),
    pytest.param(
        _COMMUNE,
        [
            "2. Rà soát số liệu cán bộ nữ - Đơn vị chủ trì: Công chức Văn phòng - Thống kê - "
            "Đơn vị phối hợp: Công an xã - Thời gian thực hiện: Quý II/2026"
        ],
        [("Công chức Văn phòng - Thống kê", True), ("Công an xã", False)],
        [("range", "2026-04-01", "2026-06-30", None)],
        id="commune_dashes",
    ),
    pytest.param(
        _COMMUNE,
        [
            "3. Tập huấn kỹ năng cho cán bộ nữ + Đơn vị chủ trì: Công chức Văn hóa - Xã hội "
            "+ Đơn vị phối hợp: Trạm Y tế xã + Thời gian thực hiện: tháng 8/2026"
        ],
        [("Công chức Văn hóa - Xã hội", True), ("Trạm Y tế xã", False)],
        [("date", "2026-08", None, None)],
        id="commune_plus_marks",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Truyền thông về phòng, chống bạo lực gia đình a) Nội dung: phát thanh trên "
            "loa của xã hai kỳ mỗi tháng b) Đơn vị thực hiện: Đài truyền thanh xã c) Thời "
            "gian: từ tháng 3 đến tháng 12 năm 2026"
        ],
        [("Đài truyền thanh xã", True)],
        [("range", "2026-03", "2026-12", None)],
        id="commune_letters_without_stops",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Tổ chức sinh hoạt chuyên đề ở các ấp. Đơn vị chủ trì: Hội Liên hiệp Phụ nữ "
            "xã. Thời gian thực hiện: năm 2026.",
            "2. Kiểm tra việc thực hiện chính sách đối với lao động nữ. Đơn vị chủ trì: Công "
            "chức Văn hóa - Xã hội. Thời gian thực hiện: năm 2026.",
        ],
        [("Hội Liên hiệp Phụ nữ", True), ("Công chức Văn hóa - Xã hội", True)],
        [("year", "2026", None, None), ("year", "2026", None, None)],
        id="commune_two_items_each_on_its_line",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Triển khai Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND huyện về bình "
            "đẳng giới. Đơn vị chủ trì: Công chức Văn hóa - Xã hội. Thời gian thực hiện: năm "
            "2026."
        ],
        [("Công chức Văn hóa - Xã hội", True)],
        [("year", "2026", None, None)],
        id="commune_a_document_date_before_the_year_label",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Tuyên truyền trên mạng xã hội: - Đăng tin bài về bình đẳng giới. Đơn vị chủ "
            "trì: Công chức Văn hóa - Xã hội; thời gian thực hiện: tháng 3/2026. - Phát tờ "
            "rơi ở các ấp. Đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã; thời gian thực hiện: "
            "tháng 11/2026."
        ],
        [("Công chức Văn hóa - Xã hội", True), ("Hội Liên hiệp Phụ nữ", True)],
        [("date", "2026-03", None, None), ("date", "2026-11", None, None)],
        id="commune_two_parts_each_labelled",
    ),
    pytest.param(
        _DISTRICT,
        [
            "1. Rà soát phương án sơ tán dân. Cơ quan chủ trì: Phòng Nông nghiệp và Môi "
            "trường huyện. Cơ quan phối hợp: Công an huyện, Ban Chỉ huy Quân sự huyện. Thời "
            "gian hoàn thành: trước ngày 30/4/2024."
        ],
        [
            ("Phòng Nông nghiệp và Môi trường huyện", True),
            ("Công an huyện", False),
            ("Ban Chỉ huy Quân sự huyện", False),
        ],
        [("date", "2024-04-30", None, None)],
        id="district_full_stops",
    ),
    pytest.param(
        _DISTRICT,
        [
            "2. Diễn tập phòng, chống lụt bão; Cơ quan chủ trì: Ban Chỉ huy Quân sự huyện; "
            "Cơ quan phối hợp: Trung tâm Y tế huyện; Thời gian: Quý III/2024."
        ],
        [("Ban Chỉ huy Quân sự huyện", True), ("Trung tâm Y tế huyện", False)],
        [("range", "2024-07-01", "2024-09-30", None)],
        id="district_semicolons_with_capitals",
    ),
    pytest.param(
        _DISTRICT,
        [
            "3. Kiểm tra đê bao - Chủ trì: Ban Chỉ huy Quân sự huyện - Phối hợp: Ủy ban nhân "
            "dân các xã - Hoàn thành: tháng 5/2024"
        ],
        [
            ("Ban Chỉ huy Quân sự huyện", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", False),
        ],
        [("date", "2024-05", None, None)],
        id="district_short_labels_after_dashes",
    ),
    pytest.param(
        _DISTRICT,
        [
            "4. Mua sắm trang thiết bị cứu hộ. Đơn vị thực hiện: Ban Chỉ huy Quân sự huyện. "
            "Sản phẩm: danh mục trang thiết bị được phê duyệt. Kinh phí: ngân sách huyện. "
            "Thời gian thực hiện: tháng 6/2024."
        ],
        [("Ban Chỉ huy Quân sự huyện", True)],
        [("date", "2024-06", None, None)],
        id="district_product_and_funding_between",
    ),
    pytest.param(
        _PROVINCE,
        [
            "1. Xây dựng kho dữ liệu dùng chung của tỉnh. Cơ quan chủ trì: Sở Khoa học và "
            "Công nghệ. Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ. Thời gian thực hiện: Quý "
            "IV/2026. Sản phẩm: kho dữ liệu được đưa vào vận hành."
        ],
        [("Sở Khoa học và Công nghệ", True), ("Sở Nội vụ", False), ("Sở Tài chính", False)],
        [("range", "2026-10-01", "2026-12-31", None)],
        id="province_full_stops",
    ),
    pytest.param(
        _PROVINCE,
        [
            "2. Số hóa hồ sơ thủ tục hành chính a) Nội dung: số hóa kết quả giải quyết thủ "
            "tục hành chính còn hiệu lực. b) Cơ quan thực hiện: - Đơn vị chủ trì: Văn phòng Ủy "
            "ban nhân dân tỉnh. - Đơn vị phối hợp: Các sở, ban, ngành. c) Thời gian thực hiện: "
            "Hoàn thành trong năm 2027."
        ],
        [("Các sở, ban, ngành", False), ("Văn phòng Ủy ban nhân dân tỉnh", True)],
        [("year", "2027", None, None)],
        id="province_letters_holding_dashed_labels",
    ),
    pytest.param(
        _PROVINCE,
        [
            "3. Phát triển nền tảng học tập số. Đơn vị chủ trì: Sở Giáo dục và Đào tạo; Đơn "
            "vị phối hợp: Sở Khoa học và Công nghệ; Thời gian thực hiện: năm 2026 - 2027."
        ],
        [("Sở Giáo dục và Đào tạo", True), ("Sở Khoa học và Công nghệ", False)],
        [],
        id="province_a_span_of_years_is_no_deadline",
    ),
    pytest.param(
        _PROVINCE,
        [
            "4. Kết nối cơ sở dữ liệu đất đai với hệ thống một cửa. Chủ trì: Sở Nông nghiệp "
            "và Môi trường. Phối hợp: Sở Khoa học và Công nghệ, Ủy ban nhân dân các xã, "
            "phường. Thời gian: 6 tháng đầu năm 2027."
        ],
        [
            ("Sở Khoa học và Công nghệ", False),
            ("Sở Nông nghiệp và Môi trường", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", False),
        ],
        [("range", "2027-01-01", "2027-06-30", None)],
        id="province_short_labels_after_stops",
    ),
    pytest.param(
        _PROVINCE,
        [
            "5. Tập huấn kỹ năng số cho cán bộ, công chức; Đơn vị chủ trì thực hiện: Sở Nội "
            "vụ; Đơn vị phối hợp thực hiện: Sở Khoa học và Công nghệ; Thời gian thực hiện: "
            "hằng năm."
        ],
        [("Sở Khoa học và Công nghệ", False), ("Sở Nội vụ", True)],
        [],
        id="province_every_year_is_no_deadline",
    ),
    pytest.param(
        _DEPARTMENT,
        [
            "1. Thanh tra bếp ăn tập thể trong khu công nghiệp. Đơn vị chủ trì: Chi cục An "
            "toàn vệ sinh thực phẩm. Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật tỉnh. "
            "Thời gian thực hiện: từ tháng 4 đến tháng 6/2026."
        ],
        [
            ("Chi cục An toàn vệ sinh thực phẩm", True),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", False),
        ],
        [("range", "2026-04", "2026-06", None)],
        id="department_full_stops",
    ),
    pytest.param(
        _DEPARTMENT,
        [
            "2. Giám sát ngộ độc thực phẩm tại các lễ hội - Đơn vị chủ trì: Trung tâm Kiểm "
            "soát bệnh tật tỉnh - Đơn vị phối hợp: Các Trung tâm y tế - Thời gian hoàn thành: "
            "trước ngày 15/12/2026"
        ],
        [("Các Trung tâm y tế", False), ("Trung tâm Kiểm soát bệnh tật tỉnh", True)],
        [("date", "2026-12-15", None, None)],
        id="department_dashes",
    ),
    pytest.param(
        _DEPARTMENT,
        [
            "3. Tổng hợp kết quả kiểm tra; đơn vị thực hiện: Văn phòng Sở; thời hạn: trước "
            "ngày 20 hằng tháng."
        ],
        [("Văn phòng Sở", True)],
        [("recurring", None, None, "monthly")],
        id="department_a_monthly_day",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Tuyên truyền về bình đẳng giới a) Đơn vị chủ trì: Công chức Văn hóa - Xã hội "
            "b) Đơn vị phối hợp: Đoàn Thanh niên xã c) Thời gian thực hiện: tháng 6/2026"
        ],
        [("Công chức Văn hóa - Xã hội", True), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", False)],
        [("date", "2026-06", None, None)],
        id="commune_lettered_labels_without_stops",
    ),
    pytest.param(
        _COMMUNE,
        [
            "1. Tổ chức Ngày hội gia đình, đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã, thời gian "
            "thực hiện: tháng 6/2026.",
            "2. Rà soát hộ nghèo có phụ nữ làm chủ hộ. Đơn vị chủ trì: Công chức Văn hóa - Xã "
            "hội. Thời gian thực hiện: Trong năm 2026. - Hỗ trợ vay vốn. Đơn vị chủ trì: Hội "
            "Liên hiệp Phụ nữ xã. Thời gian thực hiện: năm 2027.",
        ],
        [("Công chức Văn hóa - Xã hội", True), ("Hội Liên hiệp Phụ nữ", True)],
        [
            ("date", "2026-06", None, None),
            ("year", "2026", None, None),
            ("year", "2027", None, None),
        ],
        id="commune_labels_after_commas_and_two_years_in_one_item",
    ),
    # an item heading its bodies run together with their duties, a role word after the names
    pytest.param(
        _PROVINCE,
        [
            "6. Sở Công Thương; Chủ trì, phối hợp với Sở Tài chính xây dựng sàn thương mại "
            "điện tử của tỉnh.",
            "7. Sở Nội vụ - Tham mưu chính sách thu hút nhân lực số.",
            "8. Công an tỉnh. Bảo đảm an ninh mạng cho các hệ thống của tỉnh.",
        ],
        [
            ("Công an tỉnh", True),
            ("Sở Công Thương", True),
            ("Sở Nội vụ", True),
            ("Sở Tài chính", False),
        ],
        [],
        id="province_unit_items_run_together_with_their_duties",
    ),
    pytest.param(
        _DEPARTMENT,
        ["1. Sở Y tế. Năm 2025 toàn tỉnh ghi nhận ít ca ngộ độc thực phẩm."],
        [],
        [],
        id="precision_a_body_then_a_sentence_without_a_role_word",
    ),
    # precision: a label that opens no clause, in quotes or brackets, or in a review, is none
    pytest.param(
        _PROVINCE.replace("II. NHIỆM VỤ TRỌNG TÂM", "II. PHẠM VI VÀ THỜI GIAN THỰC HIỆN"),
        [
            "1. Phạm vi: các cơ quan hành chính của tỉnh.",
            "2. Thời gian thực hiện: Từ nay đến hết năm 2026.",
        ],
        [],
        [],
        id="precision_the_plan_s_time_titling_a_section_of_its_opening",
    ),
    pytest.param(
        _COMMUNE.replace("II. NHIỆM VỤ", "II. KẾT QUẢ THỰC HIỆN NĂM 2025"),
        [
            "1. Tuyên truyền về bình đẳng giới. Đơn vị chủ trì: Công chức Văn hóa - Xã hội. "
            "Thời gian thực hiện: tháng 5/2025."
        ],
        [],
        [],
        id="precision_a_review_of_what_was_done",
    ),
    pytest.param(
        _PROVINCE,
        [
            "1. Rút ngắn thời gian thực hiện của dự án là mục tiêu của tỉnh; thời gian thực "
            "hiện của dự án là năm 2027 theo Quyết định phê duyệt."
        ],
        [],
        [],
        id="precision_running_prose",
    ),
    pytest.param(
        _PROVINCE,
        [
            '1. Sửa mẫu phiếu theo hướng dẫn, ghi rõ các mục "Đơn vị chủ trì: Sở Y tế" và '
            '"Thời gian thực hiện: năm 2027" trên phiếu.'
        ],
        [],
        [],
        id="precision_labels_in_quotes",
    ),
    pytest.param(
        _PROVINCE,
        [
            "1. Hoàn thiện biểu mẫu báo cáo (mục Đơn vị phối hợp: Sở Tư pháp; mục Thời gian "
            "thực hiện: năm 2027) gửi các đơn vị tham khảo."
        ],
        [],
        [],
        id="precision_labels_in_brackets",
    ),
]


@pytest.mark.parametrize(("head", "items", "units", "deadlines"), SHAPES)
def test_a_joined_item_reads_as_its_parts_on_their_own_lines(
    head: str,
    items: list[str],
    units: list[tuple[str, bool]],
    deadlines: list[tuple[str, str | None, str | None, str | None]],
) -> None:
    plan = parse_text(head + "\n".join(items) + "\n")
    assert (_units(plan), _deadlines(plan)) == (sorted(units), sorted(deadlines))
