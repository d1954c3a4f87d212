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


def test_an_average_rate_without_per_year_is_yearly_and_names_no_later_rate() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Tốc độ tăng trưởng bình quân của ngành giai đoạn 2026 - 2030 khoảng 6 - 7%.",
        "Giá trị sản xuất tăng trưởng bình quân đạt 5%, tỷ lệ cơ giới hóa đạt 80%.",
    )
    assert [(t.value, t.unit, t.year, t.frequency) for t in targets] == [
        (6, "percent", None, "yearly"),
        (5, "percent", None, "yearly"),
        (80, "percent", 2030, None),
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


def test_over_a_large_figure_commits_to_it_over_a_few_places_it_does_not() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Đến năm 2030 thu hút trên 1,2 triệu lượt khách; cung ứng trên 7.800 tấn chè búp.",
        "- Giới thiệu sản phẩm trên 5 sàn thương mại điện tử; đăng tin trên 2 trang thông tin.",
    )
    assert [(t.value, t.unit, t.comparator, t.year) for t in targets] == [
        (1200000, "count", ">", 2030),
        (7800, "count", ">", 2030),
    ]


def test_over_a_large_figure_in_the_tasks_is_a_target_after_a_strive_cue_only() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Nâng cao giá trị sản xuất nông nghiệp.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "1. Phát triển du lịch: phấn đấu đón trên 2,4 triệu lượt khách.",
        "2. Cơ giới hóa: triển khai máy cấy trên 1.500 ha lúa.",
    )
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(2400000, "count", ">")]


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


def test_one_line_stating_a_figure_twice_in_a_text_without_sections_gives_two_targets() -> None:
    text = "\n".join(
        [
            "Tỷ lệ hoàn thành cấp trung học phổ thông đạt 95%, tỷ lệ chuyển cấp từ trung học"
            " cơ sở lên trung học phổ thông đạt 95%.",
            "Tỷ lệ học sinh được học 2 buổi/ngày đạt 90%.",
            "Tỷ lệ học sinh tiểu học được học 2 buổi/ngày đạt 90%.",
        ]
    )
    assert [t.value for t in parse_text(text).targets] == [95, 95, 90]


def test_a_figure_counted_at_a_date_or_measured_against_the_target_is_a_result() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Tính đến ngày 30/9/2025, tỷ lệ lao động tham gia bảo hiểm xã hội đạt 38%.",
        "Tỷ lệ bao phủ bảo hiểm y tế thấp hơn 5,25% so với chỉ tiêu được giao.",
        "Đến ngày 30/6/2027, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.",
    )
    assert [t.value for t in targets] == [95]


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


def test_a_paragraph_opened_by_a_past_year_goes_on_reviewing_to_its_end() -> None:
    """Outside the objectives, the later sentences of a paragraph whose first sentence tells a
    year before the plan (or a date of one) review it too, unless they set a year of the plan
    or a STRIVE cue; a paragraph opened otherwise, and the objectives, are read sentence by
    sentence."""
    targets = _targets(
        "I. NHIỆM VỤ",
        "Năm 2024 toàn tỉnh đã trồng 900 ha rừng. Tỷ lệ che phủ rừng ở mức 41%, tỷ lệ xã có"
        " chợ đạt 70%. Phấn đấu tỷ lệ che phủ rừng đạt 45%.",
        "Tính đến 31/12/2024, toàn tỉnh có 50 trạm. Tỷ lệ dân số dùng nước sạch đạt 88%."
        " Đến năm 2028, tỷ lệ dân số dùng nước sạch đạt 95%.",
        "Tuyên truyền pháp luật. Tỷ lệ người dân được phổ biến pháp luật đạt 90%.",
        "II. MỤC TIÊU",
        "Năm 2024 toàn tỉnh đã trồng 900 ha rừng. Tỷ lệ hộ dùng điện đạt 99%.",
    )
    assert [(t.value, t.year) for t in targets] == [(45, 2030), (95, 2028), (90, 2030), (99, 2030)]


def test_a_change_from_a_baseline_is_one_target_due_in_the_later_year() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Nâng tỷ lệ đô thị hóa từ 45% năm 2025 lên 52% năm 2029.",
        "- Giảm tỷ lệ hộ nghèo từ 4,5% xuống còn 2%.",
        "- Tỷ lệ lao động có việc làm từ 70% trở lên.",
        "- Thu nhập bình quân tăng 1,5 lần so với năm 2025.",
    )
    assert [(t.value, t.unit, t.comparator, t.year) for t in targets] == [
        (52, "percent", ">=", 2029),
        (2, "percent", "<=", 2030),
        (70, "percent", ">=", 2030),
        (1.5, "ratio", ">=", 2030),
    ]


def test_a_range_printing_its_unit_twice_is_one_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Tỷ lệ lao động qua đào tạo đạt 60% - 70%; tỷ lệ che phủ rừng từ 50% đến 52%.",
    )
    assert [(t.value, t.comparator) for t in targets] == [(60, ">="), (50, ">=")]


def test_funding_shares_and_lines_labelled_as_results_give_no_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Kinh phí: ngân sách tỉnh 70%, ngân sách xã 30%.",
        "- Kết quả năm 2025: tỷ lệ hộ nghèo còn 3,1%, giảm 1,2% so với năm 2024.",
        "- Đến nay, 85% số thôn đã có nhà văn hóa.",
        "- Thu ngân sách trên địa bàn tăng bình quân 10%/năm.",
    )
    assert [(t.value, t.frequency) for t in targets] == [(10, "yearly")]


def test_the_objectives_count_any_measured_noun_but_not_places_reached_or_estimates() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Trồng mới 500 ha rừng; cứng hóa 120 km đường giao thông nông thôn.",
        "- Thu hút 500.000 lượt khách du lịch.",
        "- Nhân rộng mô hình tại 40 xã, phường; dự kiến khoảng 300 hộ tham gia.",
        "- Nâng cấp hạ tầng (cho phép truyền dữ liệu 10 Gbps).",
    )
    assert [(t.value, t.unit) for t in targets] == [
        (500, "count"),
        (120, "count"),
        (500000, "count"),
    ]


def test_a_year_follows_its_own_figure_and_a_heading_naming_one_year_sets_it() -> None:
    targets = _targets(
        "I. MỤC TIÊU NĂM 2027",
        "- Tỷ lệ hộ dùng nước sạch đạt 85%.",
        "II. MỤC TIÊU ĐẾN NĂM 2030",
        "- Tỷ lệ trạm y tế có bác sĩ đạt 80% vào năm 2028 và 95% vào năm 2030.",
    )
    assert [(t.value, t.year) for t in targets] == [(85, 2027), (80, 2028), (95, 2030)]


def test_objectives_nested_under_the_purpose_section_give_targets() -> None:
    targets = _targets(
        "I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU",
        "1. Mục đích",
        "Nâng cao nhận thức của người dân về an toàn giao thông.",
        "2. Mục tiêu",
        "- Giảm số vụ tai nạn giao thông từ 5% trở lên mỗi năm.",
        "- 100% trường học tổ chức tuyên truyền.",
    )
    assert [(t.value, t.frequency) for t in targets] == [(5, "yearly"), (100, None)]


def test_a_bullet_opening_with_a_figure_is_no_part_of_the_heading_above() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Phát triển toàn diện.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Phát triển chính quyền số",
        "- 100% các cơ quan sử dụng văn bản điện tử.",
    )
    assert [(t.value, t.text) for t in targets] == [
        (100, "100% các cơ quan sử dụng văn bản điện tử")
    ]


def test_the_domain_comes_from_the_nearest_field_sub_heading_else_what_is_measured() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "1. Phát triển kinh tế số đến năm 2030",
        "a) Mục tiêu chung",
        "(1) Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 70%.",
        "2. Mục tiêu cụ thể",
        "- Thủy sản",
        "Hình thành ít nhất 03 vùng nuôi tôm công nghệ cao.",
        "- Công dân số",
        "Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 100%.",
        "II. NHIỆM VỤ",
        "1. Phát triển kinh tế số và xã hội số",
        "Phấn đấu tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt 95%.",
    )
    assert [(t.value, t.domain) for t in targets] == [
        (70, "economy"),
        (3, "economy"),
        (100, "health"),
        (95, "governance"),
    ]


def test_a_count_in_the_tasks_is_a_target_when_a_strive_cue_opens_its_clause() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Phát triển toàn diện.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Phát triển sản xuất",
        "- Phấn đấu mỗi năm thu hút 200 lao động vào làm việc tại các khu công nghiệp.",
        "- Chỉ tiêu: trồng mới 300 ha rừng.",
        "- Xây dựng 10 mô hình trình diễn.",
        "- Triển khai hiệu quả mục tiêu của 3 chương trình mục tiêu quốc gia.",
    )
    assert [(t.value, t.unit, t.frequency) for t in targets] == [
        (200, "count", "yearly"),
        (300, "count", None),
    ]


def test_a_lettered_item_naming_a_reference_year_sets_no_year() -> None:
    text = "\n".join(
        [
            "KẾ HOẠCH",
            "Thực hiện chương trình giảm nghèo bền vững năm 2026",
            "I. MỤC TIÊU",
            "1. Chỉ tiêu cụ thể",
            "a) Tỷ lệ hộ nghèo đa chiều giảm 1,5% so với cuối năm 2025; riêng tỷ lệ hộ nghèo"
            " dân tộc thiểu số giảm trên 3%.",
            "b) Hỗ trợ sửa chữa 500 căn nhà cho hộ nghèo.",
        ]
    )
    targets = parse_text(text).targets
    assert [(t.value, t.year) for t in targets] == [(1.5, 2026), (3, 2026), (500, 2026)]


def test_a_multiplier_scales_a_count_and_money_is_never_a_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Đến năm 2030 đón ít nhất 4 triệu lượt khách quốc tế, 12 triệu lượt khách nội địa;"
        " tổng thu từ du lịch đạt 30 nghìn tỷ đồng.",
        "- Sản lượng lúa đạt 1,2 triệu tấn; kim ngạch xuất khẩu đạt 2 tỉ USD.",
        "- Tổng vốn đầu tư của chương trình là 5.000 tỷ đồng.",
    )
    assert [(t.value, t.unit, t.domain) for t in targets] == [
        (4000000, "count", "economy"),
        (12000000, "count", "economy"),
        (1200000, "count", "economy"),  # `sản lượng`: output
    ]


def test_a_count_breaking_down_an_earlier_count_is_no_second_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Có ít nhất 40 hợp tác xã ứng dụng công nghệ số, trong đó có 10 hợp tác xã kiểu mới.",
    )
    assert [(t.value, t.unit) for t in targets] == [(40, "count")]


def test_a_due_year_leading_a_sentence_holds_for_its_later_clauses() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Phấn đấu đến năm 2028, 90% trạm y tế có bác sĩ; 70% hộ dân có nhà tiêu hợp vệ sinh.",
        "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98% vào năm 2027; 95% xã đạt tiêu chí y tế.",
    )
    assert [(t.value, t.year) for t in targets] == [(90, 2028), (70, 2028), (98, 2027), (95, 2030)]


def test_an_age_is_a_figure_right_after_do_tuoi_not_one_further_on() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Huy động 40% trẻ trong độ tuổi nhà trẻ và 95% trẻ trong độ tuổi mẫu giáo đến trường;"
        " tỷ lệ đi học đúng độ tuổi đạt 99%.",
        "Phụ nữ trong độ tuổi 15 - 49 được tư vấn sức khỏe sinh sản.",
    )
    assert [t.value for t in targets] == [40, 95, 99]


def test_the_plans_own_objectives_and_indicators_counted_are_no_targets() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Kế hoạch xác định 4 mục tiêu cụ thể với 12 chỉ tiêu; phấn đấu 85% xã đạt chuẩn.",
    )
    assert [(t.value, t.unit) for t in targets] == [(85, "percent")]


def test_an_increase_after_a_programme_named_by_a_decrease_is_no_decrease() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Thực hiện mục tiêu giảm nghèo bền vững, thu nhập của hộ nghèo tăng 1,8 lần.",
        "Giảm tỷ lệ hộ cận nghèo 2%/năm.",
    )
    assert [(t.value, t.comparator) for t in targets] == [(1.8, ">="), (2, "<=")]


def test_a_section_of_last_years_results_gives_no_target() -> None:
    targets = _targets(
        "I. KẾT QUẢ NĂM 2025",
        "Tỷ lệ học sinh đi học đúng độ tuổi đạt 98,5%; 100% trường có nước sạch.",
        "II. MỤC TIÊU",
        "Tỷ lệ học sinh đi học đúng độ tuổi đạt 99%.",
    )
    assert [t.value for t in targets] == [99]


def test_an_indicator_label_names_the_field_and_so_nam_a_reference_year() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Tỷ số giới tính khi sinh: 108,5 số bé trai/100 bé gái;",
        "- Giảm số người mắc bệnh lao: 12% so năm 2025.",
    )
    assert [(t.value, t.unit, t.domain, t.year) for t in targets] == [
        (108.5, "per_100_girls", "health", 2030),
        (12, "percent", "other", 2030),
    ]


def test_each_label_of_a_list_names_what_its_own_figure_measures() -> None:
    """`- label: figure` items are siblings: an item's label is no sub-heading over the next
    item (the first label's field word no longer colours the whole list), a figure inside a
    label is part of what is measured, and a label is the target's indicator."""
    targets = _targets(
        "I. MỤC TIÊU",
        "- Tỷ lệ lao động nữ có việc làm mới: 45%;",
        "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ: 97%;",
        "- Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần: 90%.",
    )
    assert [(t.value, t.unit, t.domain, t.indicator) for t in targets] == [
        (45, "percent", "economy", "Tỷ lệ lao động nữ có việc làm mới"),
        (97, "percent", "health", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
        (90, "percent", "health", "Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần"),
    ]


def test_a_frequency_in_the_label_makes_its_value_recur() -> None:
    """`- label hằng năm: figure`: the label names what recurs, so its value is a yearly
    target without a year (a count too, as a recurring count of the objectives); a label
    naming no frequency keeps the plan's year, and a clause naming its own year keeps it."""
    targets = _targets(
        "I. MỤC TIÊU",
        "- Tỷ lệ hộ dân tham gia bảo hiểm xã hội tự nguyện hằng năm: từ 30% trở lên;",
        "- Sản lượng chè búp tươi bình quân mỗi năm: 12.000 tấn;",
        "- Tỷ lệ trường học đạt chuẩn quốc gia: 60%;",
        "- Tỷ lệ hộ dân dùng nước sạch hằng năm: đến năm 2028 đạt 95%.",
    )
    assert [(t.value, t.unit, t.year, t.frequency) for t in targets] == [
        (30, "percent", None, "yearly"),
        (12000, "count", None, "yearly"),
        (60, "percent", 2030, None),
        (95, "percent", 2028, None),  # the year its own clause states
    ]


def test_a_name_ending_in_a_numbering_word_does_not_number_the_figure_after_it() -> None:
    """`Mẫu 02` numbers a form, but the `mẫu` of `nông thôn mới kiểu mẫu` ends a name: the
    share after it is a target."""
    targets = _targets(
        "I. MỤC TIÊU",
        "- Tỷ lệ ấp đạt chuẩn nông thôn mới 60%; tỷ lệ ấp đạt chuẩn nông thôn mới kiểu mẫu 15%.",
        "- Các xã báo cáo theo Mẫu 02 kèm theo.",
    )
    assert [(t.value, t.unit, t.year) for t in targets] == [
        (60, "percent", 2030),
        (15, "percent", 2030),
    ]


def test_a_label_naming_a_national_indicator_links_the_figure_after_it() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Tỷ số giới tính khi sinh: dưới 108 bé trai/100 bé gái;",
        "- Tỷ lệ lao động nữ có việc làm mới: 45%.",
    )
    assert [(t.value, t.domain, t.national_indicator) for t in targets] == [
        (108, "health", "HEA-1"),
        (45, "economy", None),  # women at work, not the share of them in agriculture
    ]


def test_a_field_label_naming_only_its_year_stays_the_sub_heading_of_the_items_below() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Về y tế: đến năm 2030 phấn đấu",
        "+ 100% thôn, tổ dân phố có nhân viên hoạt động thường xuyên.",
        "- Tỷ lệ nữ đại biểu Hội đồng nhân dân xã: 35%;",
        "+ 100% thôn, tổ dân phố có nhân viên hoạt động thường xuyên.",
    )
    assert [(t.value, t.domain) for t in targets] == [
        (100, "health"),
        (35, "politics"),
        (100, "other"),
    ]


def test_an_objective_label_naming_its_field_after_the_colon_heads_its_targets() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Mục tiêu 2: Bảo đảm bình đẳng giới trong tiếp cận các dịch vụ chăm sóc sức khỏe.",
        "+ Chỉ tiêu 1: 100% thôn có cộng tác viên hoạt động thường xuyên.",
        "- Mục tiêu 3: Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông.",
        "+ Chỉ tiêu 1: 100% thôn được cấp tài liệu hỏi đáp về giới.",
    )
    assert [(t.value, t.domain) for t in targets] == [(100, "health"), (100, "communication")]


def test_a_bare_year_after_a_due_word_is_the_year_the_target_is_due() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Đến năm 2027 đạt 70% và đến 2030 đạt 90% người bị bạo lực gia đình được hỗ trợ.",
    )
    assert [(t.value, t.year) for t in targets] == [(70, 2027), (90, 2030)]


def test_shares_under_a_dash_numbered_heading_of_main_indicators_are_targets() -> None:
    """`2- Các chỉ tiêu chủ yếu` opens the objectives as `2.` would: the shares and counts its
    items list without a cue are targets, each `100%` its own; a review section stays results."""
    targets = _targets(
        "1- Kết quả thực hiện các chỉ tiêu năm 2025",
        "(1) Tỷ lệ hộ dùng nước sạch đạt 90%.",
        "2- Các chỉ tiêu chủ yếu đến năm 2030",
        "(1) Cơ cấu kinh tế: nông nghiệp 55%; dịch vụ 30%; công nghiệp 15%.",
        "(2) Tổng đàn bò đạt 2.400 con.",
        "(3) Tỷ lệ thôn đạt chuẩn văn hóa: 100%.",
        "(4) Tỷ lệ trường học đạt chuẩn an toàn: 100%.",
    )
    assert [(t.value, t.unit, t.year) for t in targets] == [
        (55, "percent", 2030),
        (30, "percent", 2030),
        (15, "percent", 2030),
        (2400, "count", 2030),
        (100, "percent", 2030),
        (100, "percent", 2030),
    ]


def test_a_plan_without_sections_reads_its_counts_as_the_tasks_do() -> None:
    targets = parse_text(
        "\n".join(
            [
                "Theo kế hoạch, năm 2026 tỉnh phấn đấu:",
                "- Có ít nhất 12 xã đạt chuẩn nông thôn mới nâng cao;",
                "- Tổ chức 05 hội nghị tập huấn cho cán bộ xã;",
                "- Giảm tỷ lệ trẻ sơ sinh nhẹ cân (dưới 2.500 gam) xuống dưới 8%.",
                "Ban Chỉ đạo đề ra mục tiêu nâng cao chất lượng dịch vụ du lịch. Phấn đấu năm"
                " 2026, đón được 600.000 lượt khách tham quan du lịch, trong đó khách quốc tế là"
                " 50.000 lượt khách, khách nội địa: 550.000 lượt khách.",
            ]
        )
    ).targets
    assert [(t.value, t.unit, t.comparator) for t in targets] == [
        (12, "count", ">="),
        (8, "percent", "<"),
        (600000, "count", ">="),
    ]


def test_a_year_closing_a_figures_comma_part_is_that_figures_not_the_next() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Tỷ lệ hợp tác xã có lãi chiếm khoảng 40-45% tổng số hợp tác xã vào năm 2027, phấn đấu"
        " đạt 60% vào năm 2029.",
    )
    assert [(t.value, t.year) for t in targets] == [(40, 2027), (60, 2029)]


def test_a_count_qualifying_what_a_change_brings_down_is_no_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Giảm số thôn có dưới 03 điểm sinh hoạt cộng đồng xuống dưới 12 thôn.",
        "Duy trì ít nhất 02 thôn kiểu mẫu, nâng số thôn đạt chuẩn lên 15 thôn.",
    )
    assert [(t.value, t.comparator) for t in targets] == [(12, "<"), (2, ">="), (15, ">=")]


def test_a_count_over_a_population_is_a_rate_target_and_the_population_none() -> None:
    # a plan without sections: the rate needs no comparator of its own, as a share would not
    listed = _targets(
        "Phấn đấu đến năm 2028 đạt 30 giường bệnh trên 10.000 dân, 12 bác sĩ trên 10.000 dân."
    )
    assert [(t.value, t.unit, t.year) for t in listed] == [(30, "count", 2028), (12, "count", 2028)]
    objectives = _targets("I. MỤC TIÊU", "Đến năm 2030 có 14 bác sĩ trên 1 vạn dân.")
    assert [(t.value, t.unit, t.year) for t in objectives] == [(14, "count", 2030)]


def test_a_frequency_inside_a_part_names_its_figure_one_opening_a_part_names_all_after() -> None:
    """A frequency inside a comma part stating its own figure names that figure, not a later
    part's (the later figure is due in the plan's last year); one opening the clause names
    each figure after it."""
    targets = _targets(
        "I. MỤC TIÊU",
        "- Giảm tỷ suất sinh bình quân hằng năm 0,3‰, tỷ lệ sinh con thứ ba giảm xuống dưới 12%.",
        "- Hằng năm, 100% cán bộ được tập huấn, 90% hộ gia đình được tuyên truyền.",
    )
    assert [(t.value, t.unit, t.year, t.frequency) for t in targets] == [
        (0.3, "per_1000", None, "yearly"),
        (12, "percent", 2030, None),
        (100, "percent", None, "yearly"),
        (90, "percent", None, "yearly"),
    ]


def test_a_bracket_after_a_figure_restates_it_unless_it_names_a_measure_of_its_own() -> None:
    """A bracket following a figure of its clause breaks it down or restates it (no target in
    it), unless it names what its own figure measures."""
    targets = _targets(
        "I. MỤC TIÊU",
        "- Giảm tỷ lệ hộ nghèo xuống còn 3 - 4% năm 2030 (bình quân mỗi năm giảm 01 - 1,5%).",
        "- Có ít nhất 20 xã đạt chuẩn nông thôn mới nâng cao (ít nhất 35%).",
        "- Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái (tốc độ tăng tỷ số giới tính khi"
        " sinh không quá 0,3%).",
    )
    assert [(t.value, t.unit, t.year, t.frequency) for t in targets] == [
        (3, "percent", 2030, None),
        (20, "count", 2030, None),
        (109, "per_100_girls", 2030, None),
        (0.3, "percent", 2030, None),
    ]


def test_a_news_headline_figure_restated_by_the_body_is_one_target() -> None:
    """A news page's headline states a figure that its body restates in other words: one
    target, at the headline; a list item opening a text without a header is no headline."""
    news = "\n".join(
        [
            "Năm 2027 nâng tỷ lệ hộ dân dùng nước sạch lên 85%",
            "Tỉnh đặt chỉ tiêu cấp nước năm 2027.",
            "Theo đó, phấn đấu đưa nước sạch về cho 85% số hộ ở nông thôn trong năm 2027.",
        ]
    )
    targets = parse_text(news).targets
    assert [(t.value, t.line, t.also_at) for t in targets] == [(85, 1, [3])]
    listed = "\n".join(
        [
            "- Tỷ lệ trường học đạt chuẩn quốc gia năm 2027 đạt 85%",
            "- Tỷ lệ xã có chợ đạt chuẩn năm 2027 đạt 85%",
        ]
    )
    assert len(parse_text(listed).targets) == 2


def test_a_result_opener_governs_every_clause_to_its_sentence_end() -> None:
    """`Tính đến hết năm 2025, A; B` and `Sau 5 năm, A, B` count results in every clause after
    the opener; a clause setting its own due year still states a target, as does the next
    sentence."""
    targets = _targets(
        "I. MỤC TIÊU",
        "Tính đến hết năm 2025, số trạm y tế đạt 40 trạm; số xã có chợ đạt 12 xã; đến năm 2030"
        " số trạm đạt 60 trạm.",
        "Sau 5 năm, tỷ lệ xã đạt chuẩn tăng lên 60%, tỷ lệ hộ nghèo giảm bình quân 2%/năm. Tỷ lệ"
        " hộ dùng nước sạch đạt 95%.",
    )
    assert [(t.value, t.year) for t in targets] == [(60, 2030), (95, 2030)]


def test_a_paragraph_opened_by_the_term_just_ended_reviews_it() -> None:
    """A congress's news page: the term ending where the new one begins (`Nhiệm kỳ 2020 -
    2025,` before a term of 2025 - 2030) opens a review, its later sentences are results; the
    targets set for the new term stay."""
    text = "\n".join(
        [
            "Đại hội đại biểu Đảng bộ xã An Phú lần thứ I, nhiệm kỳ 2025 - 2030",
            "Nhiệm kỳ 2020 - 2025, xã An Phú đạt được nhiều kết quả quan trọng. Cụ thể, tỷ lệ"
            " hộ nghèo giảm bình quân 1,8%/năm; thu ngân sách tăng bình quân 9%/năm.",
            "Nhiệm kỳ 2025 - 2030, Đảng bộ xã phấn đấu tỷ lệ hộ nghèo giảm bình quân 1%/năm.",
        ]
    )
    assert [(t.value, t.frequency) for t in parse_text(text).targets] == [(1, "yearly")]


def test_a_headline_restating_a_result_of_the_body_is_a_result() -> None:
    text = "\n".join(
        [
            "Thu ngân sách xã An Phú tăng bình quân 9%/năm",
            "Đảng bộ xã An Phú vừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
            "Nhiệm kỳ 2020 - 2025, xã An Phú đạt được nhiều kết quả quan trọng. Cụ thể, thu"
            " ngân sách tăng bình quân 9%/năm.",
            "Nhiệm kỳ 2025 - 2030, xã phấn đấu tỷ lệ lao động qua đào tạo đạt 70%.",
        ]
    )
    assert [t.value for t in parse_text(text).targets] == [70]


def test_a_sentence_opened_by_trong_do_breaks_down_the_count_before_it() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Tổng sản lượng lương thực đạt 52.000 tấn. Trong đó: sản lượng lúa 45.000 tấn, ngô"
        " 7.000 tấn. Trồng mới 300 ha rừng.",
    )
    assert [t.value for t in targets] == [52000, 300]


def test_the_review_a_line_opens_goes_on_in_the_next_line_only() -> None:
    """`Nhiệm kỳ qua, ...` opening a line: the next line (a paragraph the page broke off) states
    results too, its figures and its zero; the line after it is read again as any line."""
    text = "\n".join(
        [
            "Đại hội đại biểu Đảng bộ xã An Phú lần thứ I, nhiệm kỳ 2025 - 2030",
            "Nhiệm kỳ qua, công tác xây dựng Đảng của Đảng bộ xã có nhiều chuyển biến tích cực.",
            "Kinh tế tăng trưởng khá; giá trị sản xuất tăng bình quân hàng năm 8,6%. Xã không"
            " còn hộ nghèo, tỷ lệ hộ cận nghèo dưới 0,3%.",
            "Thu ngân sách tăng bình quân hàng năm 10%.",
        ]
    )
    assert [(t.value, t.frequency) for t in parse_text(text).targets] == [(10, "yearly")]


def test_a_change_from_a_present_state_keeps_its_target_not_its_baseline() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Giảm tổn thất sau thu hoạch từ trên 20% hiện nay xuống dưới 10%.",
    )
    assert [(t.value, t.comparator) for t in targets] == [(10, "<")]


def test_annual_crops_name_no_frequency() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Diện tích gieo trồng cây hàng năm được tưới đạt 95%.",
    )
    assert [(t.value, t.frequency) for t in targets] == [(95, None)]


def test_the_members_a_congress_s_delegates_stand_for_are_no_target() -> None:
    text = "\n".join(
        [
            "Đại hội đại biểu Đảng bộ xã An Phú lần thứ I, nhiệm kỳ 2025 - 2030",
            "Dự Đại hội có các đồng chí lãnh đạo tỉnh và các đại biểu đại diện cho hơn 900 đảng"
            " viên trong toàn Đảng bộ.",
            "Đại hội đặt mục tiêu đến năm 2030, tỷ lệ lao động qua đào tạo đạt 70%.",
        ]
    )
    assert [t.value for t in parse_text(text).targets] == [70]


def test_a_review_of_a_past_year_goes_on_over_the_paragraphs_after_it() -> None:
    """A year-end session's page: `Năm 2025, ...` opens the review, the paragraphs after it go
    on with its results (no figure a target) until one names the plan's year."""
    text = "\n".join(
        [
            "Xã An Phú thống nhất mục tiêu, nhiệm vụ năm 2026",
            "Năm 2025, tình hình kinh tế - xã hội của xã tiếp tục ổn định.",
            "Tổng giá trị sản xuất ước đạt 1.000 tỷ đồng; sản lượng lương thực 8.868 tấn.",
            "Lĩnh vực văn hóa - xã hội có nhiều kết quả: 100% thôn đạt chuẩn văn hóa, 95% người"
            " dân tham gia bảo hiểm y tế.",
            "Năm 2026, xã phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.",
        ]
    )
    assert [(t.value, t.year) for t in parse_text(text).targets] == [(96, 2026)]


def test_a_mid_year_review_in_the_plans_own_year_holds_results() -> None:
    """The months of a year gone by (`6 tháng đầu năm 2026`) opening a paragraph's first
    sentence, or before its opening comma, review them, in the plan's own year too: the figures
    after them are results, unless their sentence strives or sets its year (`Năm 2026, ...
    phấn đấu`); in the objectives the months are read as any words."""
    targets = _targets(
        "I. NHIỆM VỤ",
        "Tỉnh: 6 tháng đầu năm 2026 đạt nhiều kết quả tích cực. Tốc độ giải ngân vốn đầu tư công"
        " đạt 46,66%, cao hơn mức trung bình của cả nước.",
        "Trong 9 tháng đầu năm 2026, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.",
        "Năm 2026, tỉnh phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%.",
        "II. MỤC TIÊU",
        "Trong 6 tháng đầu năm 2026, tỷ lệ hộ dùng nước sạch đạt 90%.",
    )
    assert [(t.value, t.year) for t in targets] == [(95, 2026), (90, 2026)]


def test_a_count_of_the_plans_own_indicators_is_no_target_even_committed() -> None:
    """`phấn đấu đạt 17 chỉ tiêu` counts the plan's indicators: no target, while the figures of
    the indicators it lists are; a count of other tasks committed to stays one."""
    targets = _targets(
        "I. MỤC TIÊU",
        "Năm 2026, phấn đấu đạt 17 chỉ tiêu, trong đó tỷ lệ hộ nghèo giảm còn dưới 0,07%.",
        "Phấn đấu hoàn thành ít nhất 05 nhiệm vụ khoa học và công nghệ cấp tỉnh.",
    )
    assert [(t.value, t.unit) for t in targets] == [(0.07, "percent"), (5, "count")]


def test_a_numbered_item_after_a_review_paragraph_is_read_as_any_line() -> None:
    text = "\n".join(
        [
            "Xã An Phú thống nhất mục tiêu, nhiệm vụ năm 2026",
            "Năm 2025, tình hình kinh tế - xã hội của xã tiếp tục ổn định.",
            "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.",
        ]
    )
    assert [t.value for t in parse_text(text).targets] == [96]


def test_the_year_opening_a_line_is_the_year_of_its_figures() -> None:
    text = "\n".join(
        [
            "Kỳ họp thứ Tư, HĐND phường An Phú",
            "Ngày 23/12, HĐND phường khóa X, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp cuối năm 2025.",
            "Năm 2026, phường phấn đấu thực hiện các chỉ tiêu: tỷ lệ hộ nghèo giảm còn 0,8%;"
            " tỷ lệ người tham gia bảo hiểm y tế đạt trên 95%.",
        ]
    )
    assert [(t.value, t.year) for t in parse_text(text).targets] == [(0.8, 2026), (95, 2026)]


def test_a_comparator_after_a_recurring_count_s_noun_commits_to_it_in_the_tasks() -> None:
    # `từ` alone commits to nothing (`từ 5 xã`); `trở lên` after the noun and its word does when
    # the count recurs (a yearly quota), not in a condition
    targets = _targets(
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "Hàng năm kết nạp từ 25 đảng viên mới trở lên; tuyên truyền tại 5 xã.",
        "Nếu có từ 02 địa phương trở lên bằng điểm nhau thì xét số tài khoản mở mới.",
    )
    assert [(t.value, t.comparator, t.frequency) for t in targets] == [(25, ">=", "yearly")]


def test_a_year_end_sitting_s_page_plans_the_year_after_it() -> None:
    """A news page of a council's year-end sitting (`kỳ họp thường lệ cuối năm 2025`) votes the
    plan of 2026: `Năm 2025, ...` opens a review whose later sentences are results, and a figure
    stated with no year is due in 2026."""
    review = "Năm 2025, tình hình kinh tế của xã ổn định. Tỷ lệ hộ nghèo còn 0,58%."
    for sitting in ("kỳ họp thường lệ cuối năm 2025", "kỳ họp thứ Tư (kỳ họp cuối năm 2025)"):
        page = f"HĐND xã An Phú tổ chức {sitting}\n{review}\nXã phấn đấu hộ nghèo dưới 0,5%."
        found = parse_text(page).targets
        assert [(t.value, t.year) for t in found] == [(0.5, 2026)], sitting


def test_a_span_a_review_names_is_no_period_of_the_page_s_plan() -> None:
    """`kết quả thực hiện ... 5 năm 2021 - 2025` names the span reviewed, not the plan's
    (corpus/ANNOTATION.md, `period`): the figures of the plan of 2026 are due in 2026; a span
    the page states as the plan's own (`giai đoạn 2026 - 2030, ...`) still is its period."""
    report = (
        "Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025 và 5 năm"
        " 2021-2025; dự kiến kế hoạch năm 2026 của tỉnh đặt nhiều mục tiêu."
    )
    page = f"Tỉnh Bình An đặt mục tiêu cho năm 2026\n{report}\nTỉnh phấn đấu tăng trưởng đạt 9%."
    assert [(t.value, t.year) for t in parse_text(page).targets] == [(9, 2026)]
    own = "Giai đoạn 2026 - 2030, tỉnh tập trung phát triển kinh tế số."
    page = f"Tỉnh Bình An đặt mục tiêu\n{own}\nTỉnh phấn đấu tăng trưởng đạt 9%."
    assert [(t.value, t.year) for t in parse_text(page).targets] == [(9, 2030)]


def test_a_year_end_meeting_s_page_plans_the_year_it_turns_to() -> None:
    """A page of a Party committee's year-end meeting (`hội nghị tổng kết nhiệm vụ năm 2025 và
    triển khai nhiệm vụ năm 2026`): the year after `tổng kết` is the year reviewed, the plan's is
    2026, so `Năm 2025, ...` opens a review; an award for the work of that year and the span up to
    it (`năm 2025 và 5 năm liền 2021 - 2025`) states no period of the plan."""
    review = "Năm 2025, xã đạt nhiều kết quả quan trọng. Tỷ lệ hộ nghèo giảm còn 0,48%."
    award = "Đảng ủy trao khen thưởng các tập thể hoàn thành xuất sắc nhiệm vụ năm 2025"
    for meeting in (
        "hội nghị tổng kết nhiệm vụ chính trị năm 2025 và triển khai nhiệm vụ năm 2026",
        "Hội nghị tổng kết nhiệm vụ chính trị năm 2025, triển khai nhiệm vụ năm 2026",
    ):
        for span in ("", " và 5 năm liền 2021 - 2025"):
            page = "\n".join(
                [
                    f"Sáng 6/1/2026, Đảng ủy xã An Phú tổ chức {meeting}.",
                    f"{award}{span}.",
                    review,
                    "Năm 2026, xã phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.",
                ]
            )
            found = [(t.value, t.year) for t in parse_text(page).targets]
            assert found == [(97, 2026)], (meeting, span)


def test_a_term_named_in_a_past_year_s_review_is_no_period_of_the_sitting_s_plan() -> None:
    """`Năm 2025, năm đầu tiên thực hiện Nghị quyết ... nhiệm kỳ 2025 - 2030, ...` on a page of a
    year-end sitting: the sentence's span is its year, the term belongs to the resolution; the
    plan the sitting votes is 2026's, so the review's figure is no target."""
    page = "\n".join(
        [
            "HĐND xã An Phú tổ chức kỳ họp thường lệ cuối năm 2025",
            "Năm 2025, năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030,"
            " xã đã tập trung lãnh đạo; tỷ lệ trường đạt chuẩn quốc gia đạt 80%.",
            "Năm 2026, xã phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.",
        ]
    )
    assert [(t.value, t.year) for t in parse_text(page).targets] == [(95, 2026)]


def test_a_paragraph_opened_by_a_past_term_or_a_result_opener_reviews_all_of_it() -> None:
    """`Nhiệm kỳ 2020 - 2025, ...` reviews its own sentence after the comma too, and `Nhiệm kỳ
    vừa qua, ...` the sentences after its own; a dated opening (`Ngày 20/12/2024,`) tells when,
    it reviews nothing."""
    title = "Đại hội đại biểu Đảng bộ xã An Phú lần thứ I, nhiệm kỳ 2025 - 2030"
    goal = "Đại hội đặt mục tiêu đến năm 2030, tỷ lệ lao động qua đào tạo đạt 70%."
    for review in (
        "Nhiệm kỳ 2020 - 2025, Đảng bộ đạt nhiều kết quả; tỷ lệ hộ nghèo giảm xuống còn 6,2%.",
        "Nhiệm kỳ vừa qua, Đảng bộ hoàn thành các chỉ tiêu. Tỷ lệ đảng viên hoàn thành tốt"
        " nhiệm vụ bình quân đạt 93%.",
    ):
        targets = parse_text("\n".join([title, review, goal])).targets
        assert [t.value for t in targets] == [70], review
    dated = "Ngày 20/12/2024, Đảng bộ xác định tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 93%."
    assert [t.value for t in parse_text("\n".join([title, dated])).targets] == [93]


def test_a_figure_in_a_quoted_name_is_no_target() -> None:
    text = "\n".join(
        [
            "Ủy ban nhân dân phường An Phú vừa ra mắt mô hình “Phường, tổ dân phố kiểu mẫu - 100%"
            " bao phủ bảo hiểm y tế (BHYT)” và triển khai kế hoạch, góp phần nâng cao tỷ lệ bao"
            " phủ BHYT toàn dân.",
            "Phường đặt mục tiêu đến năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt hơn 98%.",
        ]
    )
    assert [(t.value, t.year) for t in parse_text(text).targets] == [(98, 2026)]


def test_a_due_year_until_the_end_of_a_year_leads_its_sentence() -> None:
    """`đến hết năm 2025` is due, as `đến năm 2025` is: it sets the year of the clauses after
    it, not the period's end."""
    text = "\n".join(
        [
            "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.",
            "Theo kế hoạch, đến hết năm 2025 các cơ quan huyện; Ủy ban nhân dân các xã có lãnh đạo"
            " chủ chốt là nữ đạt 60%.",
        ]
    )
    assert [(t.value, t.year) for t in parse_text(text).targets] == [(60, 2025)]


def test_a_headline_restates_one_figure_of_a_line_not_its_like_figures() -> None:
    text = "\n".join(
        [
            "Tối thiểu 80% trẻ em suy dinh dưỡng được bổ sung vi chất",
            "Năm 2025, tỉnh phấn đấu: tối thiểu 80% trẻ em suy dinh dưỡng được bổ sung vi chất."
            " Tối thiểu 80% phụ nữ mang thai được cung cấp viên đa vi chất.",
        ]
    )
    assert [t.value for t in parse_text(text).targets] == [80, 80]


def test_a_share_of_the_target_achieved_is_no_striving_cue_in_a_review() -> None:
    """`đạt 100,3% chỉ tiêu ...`, `so với chỉ tiêu giao` measure what a review achieved: the
    `chỉ tiêu` in them does not turn the sentence to the plan."""
    lines = [
        "Kỳ họp thứ Tư (kỳ họp thường lệ cuối năm 2025) của HĐND phường An Phú",
        "Năm 2025, phường hoàn thành 12/12 chỉ tiêu chủ yếu. Trong đó, thu ngân sách đạt 681,8%"
        " so với chỉ tiêu giao; tỷ lệ lao động qua đào tạo đạt 78,2%, đạt 100,3% chỉ tiêu nghị"
        " quyết giao; tỷ lệ hộ nghèo giảm còn 0,88%.",
        "Năm 2026, phường phấn đấu tỷ lệ hộ nghèo giảm còn 0,8%.",
    ]
    assert [(t.value, t.year) for t in parse_text("\n".join(lines)).targets] == [(0.8, 2026)]


def test_a_label_opened_by_a_decrease_gives_its_figure_at_most() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Giảm số trẻ em suy dinh dưỡng thấp còi: 10% so với năm 2025;",
        "- Tỷ lệ xã hoàn thành mục tiêu giảm nghèo: 100%;",
        "- Tỷ lệ trẻ em được tiêm chủng đầy đủ: 97%.",
    )
    assert [(t.value, t.comparator) for t in targets] == [(10, "<="), (100, ">="), (97, ">=")]


def test_an_average_rate_in_the_label_makes_its_figure_yearly() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "(6) Tỷ lệ hộ cận nghèo giảm bình quân/năm: trên 2%.",
        "(7) Tỷ lệ hộ nghèo giảm bình quân 1,5% trong giai đoạn.",
        "(8) Tỷ lệ lao động qua đào tạo: trên 70%.",
    )
    assert [(t.value, t.comparator, t.year, t.frequency) for t in targets] == [
        (2, ">", None, "yearly"),
        (1.5, "<=", None, "yearly"),
        (70, ">", 2030, None),
    ]


def test_items_of_one_numbered_list_are_distinct_targets_without_sections() -> None:
    # a page with no document's header nor sections: `(7)` and `(8)` share most of their words
    # and their figure, yet are two items of one list; the same figure of another list (a
    # restatement further down, numbered anew) is still the first one said again
    text = "\n".join(
        [
            "Các chỉ tiêu chủ yếu của xã đến năm 2030",
            "(6) Tỷ lệ hộ dùng nước sạch: 95%.",
            "(7) Tỷ lệ thôn, bản đạt chuẩn văn hóa: 100%.",
            "(8) Tỷ lệ thôn, bản, trường học đạt chuẩn an toàn về an ninh trật tự: 100%.",
            "Nhiệm vụ trọng tâm",
            "(1) Giữ vững tỷ lệ thôn, bản đạt chuẩn văn hóa: 100%.",
        ]
    )
    targets = parse_text(text).targets
    assert [(t.value, t.line) for t in targets] == [(95, 2), (100, 3), (100, 4)]
    assert targets[1].also_at == [6]


def test_the_share_of_a_vote_adopting_the_plan_is_no_target() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Với 93,8% số đại biểu có mặt biểu quyết tán thành, HĐND xã đã thông qua kế hoạch.",
        "Kế hoạch được thông qua với 24 đại biểu tán thành, chiếm 92,3% tổng số đại biểu.",
        "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.",
    )
    assert [(t.value, t.unit) for t in targets] == [(95, "percent")]


def test_the_initials_of_family_violence_name_the_family_s_field() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "Phấn đấu 85% người bị BLGĐ được hỗ trợ, tư vấn kịp thời.",
    )
    assert [(t.value, t.domain) for t in targets] == [(85, "family")]


def test_an_average_word_before_the_change_or_before_the_figure_makes_a_yearly_rate() -> None:
    targets = _targets(
        "I. MỤC TIÊU",
        "- Chỉ số giá tiêu dùng bình quân tăng khoảng 4%.",
        "- Tốc độ tăng năng suất lao động bình quân khoảng 6,5%.",
        "- Tỷ lệ lấp đầy các cụm công nghiệp bình quân đạt 70%.",
        "- Tốc độ tăng thu nhập bình quân đầu người đạt 9%.",
    )
    assert [(t.value, t.comparator, t.year, t.frequency) for t in targets] == [
        (4, "=", None, "yearly"),
        (6.5, "=", None, "yearly"),
        (70, ">=", 2030, None),
        (9, ">=", 2030, None),
    ]


def test_a_list_after_the_plan_s_count_of_its_indicators_names_targets() -> None:
    text = "\n".join(
        [
            "HĐND tỉnh thông qua kế hoạch phát triển kinh tế - xã hội năm 2026",
            "Kỳ họp đã thông qua 20 chỉ tiêu chủ yếu năm 2026, trong đó: tổng sản phẩm trên địa"
            " bàn tăng 9%; kim ngạch xuất khẩu tăng 11%.",
            "Kỳ họp nghe báo cáo: thu ngân sách tăng 7%; xã hoàn thành 15/17 chỉ tiêu, trong đó"
            " thu ngân sách vượt dự toán; sản lượng lúa tăng 3%.",
        ]
    )
    targets = parse_text(text).targets
    assert [(t.value, t.unit, t.year) for t in targets] == [
        (9, "percent", 2026),
        (11, "percent", 2026),
    ]
