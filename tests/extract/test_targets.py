"""Targets read from whole plans: measured nouns, ranges, rates per year, restatements."""

from __future__ import annotations

from plan_extract.core.contract import Target
from plan_extract.pipeline import parse_text


def _targets(*body: str) -> list[Target]:
    text = "\n".join(["KẾ HOẠCH", "Phát triển nông nghiệp giai đoạn 2026 - 2030", *body])
    return parse_text(text).targets


def test_a_measured_noun_after_a_figure_is_a_count_and_money_is_none() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Sản lượng cà phê nhân xuất khẩu đến năm 2030 đạt trên 40.000 tấn; giá trị xuất khẩu"
        " đạt trên 180 triệu USD.",
        "- Diện tích rừng phòng hộ đạt 2.300 ha.",
    )
    assert [(t.value, t.unit, t.comparator, t.year) for t in targets] == [
        (40000, "count", ">", 2030),
        (2300, "count", ">=", 2030),
    ]


def test_a_growth_rate_range_per_year_is_one_yearly_target_at_its_lower_bound() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Giá trị xuất khẩu tăng bình quân 08 - 10%/năm; tỷ lệ che phủ rừng đạt 45 - 47%.",
        "Quan trắc chất lượng nước mặt 04 lần/năm.",
    )
    assert [(t.value, t.unit, t.comparator, t.year, t.frequency) for t in targets] == [
        (8, "percent", ">=", None, "yearly"),
        (45, "percent", ">=", 2030, None),
    ]


def test_a_count_the_tasks_commit_to_is_a_target_an_estimate_is_not() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Nâng cao giá trị sản xuất nông nghiệp.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "1. Phát triển thủy sản",
        "Hình thành ít nhất 02 vùng nuôi tôm công nghệ cao.",
        "2. Thông tin, cảnh báo",
        "Dự kiến khoảng 1.000 thuê bao nhận tin nhắn; phát sóng trên 3 kênh truyền hình.",
    )
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(2, "count", ">=")]


def test_a_figure_restated_in_another_subsection_is_one_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "1. Mục tiêu chung",
        "- Phấn đấu đến năm 2030 diện tích rừng ngập mặn ven biển của tỉnh đạt 1.700 ha.",
        "2. Mục tiêu cụ thể",
        "- Tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 80%.",
        "- Tỷ lệ người dân có tài khoản thanh toán đạt 80%.",
        "- Diện tích rừng ngập mặn ven biển đến năm 2030 đạt 1.700 ha.",
    )
    assert [(t.value, t.unit) for t in targets] == [
        (1700, "count"),
        (80, "percent"),
        (80, "percent"),
    ]
    assert len(targets[0].also_at) == 1


def test_a_section_reviewing_what_was_done_holds_results_at_any_level() -> None:
    targets = _targets(
        "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
        "Tỷ lệ hộ dân nông thôn dùng nước sạch đạt 85%.",
        "II. MỤC TIÊU",
        "Tỷ lệ hộ dân nông thôn dùng nước sạch đạt 95%.",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Kết quả thực hiện năm 2025",
        "Tỷ lệ hồ sơ được số hóa đạt 60%.",
        "2. Nhiệm vụ năm 2026",
        "Phấn đấu tỷ lệ hồ sơ được số hóa đạt 80%.",
    )
    assert [t.value for t in targets] == [95, 80]
