"""Unit headings run together with their duties (issue 12): a numbered item of the
implementation naming bodies (`3. Phòng Văn hóa - Xã hội`), its duties on the same line as
bullets (` - Chủ trì ...`), lettered parts (` a) ...`) or sentences (`. Phối hợp với ...`),
as converted legal-database pages and drafters print them. Each must give the units its
heading and parts give on lines of their own; a province, a commune and a city plan, one
fragment each."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text
from plan_heads import COMMUNE_IMPLEMENTATION, PROVINCE, plan_head

_PROVINCE = plan_head(
    PROVINCE,
    "Chuyển đổi số tỉnh Quảng Trị giai đoạn 2026 - 2030",
    "Phát triển chính quyền số.",
    "II. TỔ CHỨC THỰC HIỆN",
)


def _units(plan: Plan) -> list[tuple[str, bool]]:
    return sorted((unit.name, unit.lead) for unit in plan.units)


# (head, the items on lines of their own, the same items run together, units)
SHAPES = [
    pytest.param(
        _PROVINCE,
        [
            "**1. Sở Tài chính** (cơ quan chủ trì)",
            "- Chủ trì tổng hợp nhu cầu kinh phí thực hiện Kế hoạch.",
            "- Phối hợp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc hướng dẫn các đơn vị.",
        ],
        "**1. Sở Tài chính** (cơ quan chủ trì) - Chủ trì tổng hợp nhu cầu kinh phí thực "
        "hiện Kế hoạch. - Phối hợp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc hướng dẫn các "
        "đơn vị.",
        [("Sở Quy hoạch - Kiến trúc", False), ("Sở Tài chính", True), ("Sở Xây dựng", False)],
        id="province_heading_then_bullets_a_dashed_name_kept_whole",
    ),
    pytest.param(
        _PROVINCE,
        [
            "1. Ban Quản lý các khu công nghệ cao và khu công nghiệp",
            "Tổ chức triển khai xây dựng hạ tầng 5G theo quy hoạch.",
            "Phối hợp với Sở Khoa học và Công nghệ, Sở Xây dựng hướng dẫn các doanh nghiệp.",
        ],
        "1. Ban Quản lý các khu công nghệ cao và khu công nghiệp. Tổ chức triển khai xây dựng "
        "hạ tầng 5G theo quy hoạch. Phối hợp với Sở Khoa học và Công nghệ, Sở Xây dựng hướng "
        "dẫn các doanh nghiệp.",
        [
            ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", True),
            ("Sở Khoa học và Công nghệ", False),
            ("Sở Xây dựng", False),
        ],
        id="province_heading_then_sentences_a_cooperation_without_subject",
    ),
    pytest.param(
        _PROVINCE,
        [
            "**2. Các doanh nghiệp công nghệ số**",
            "a) Các doanh nghiệp viễn thông ưu tiên đầu tư nâng cấp hạ tầng số.",
            "b) Tham gia đào tạo kỹ năng số cho người dân.",
        ],
        "**2. Các doanh nghiệp công nghệ số**. a) Các doanh nghiệp viễn thông ưu tiên đầu tư "
        "nâng cấp hạ tầng số. b) Tham gia đào tạo kỹ năng số cho người dân.",
        [("Các doanh nghiệp công nghệ số", True), ("Các doanh nghiệp viễn thông", True)],
        id="province_heading_then_lettered_parts_one_with_its_own_subject",
    ),
    pytest.param(
        COMMUNE_IMPLEMENTATION,
        [
            "8. Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã",
            "- Phối hợp tuyên truyền, vận động hội viên thực hiện bình đẳng giới.",
            "- Hội Liên hiệp Phụ nữ xã: Duy trì mô hình hỗ trợ nạn nhân bị bạo lực.",
        ],
        "8. Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã - Phối hợp "
        "tuyên truyền, vận động hội viên thực hiện bình đẳng giới. - Hội Liên hiệp Phụ nữ xã: "
        "Duy trì mô hình hỗ trợ nạn nhân bị bạo lực.",
        [
            ("Các tổ chức chính trị - xã hội", True),
            ("Hội Liên hiệp Phụ nữ", True),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", True),
        ],
        id="commune_heading_then_a_nested_unit_heading",
    ),
    pytest.param(
        COMMUNE_IMPLEMENTATION,
        [
            "2. Trách nhiệm thực hiện",
            "- Hội đồng Thi đua - Khen thưởng xã phân công rõ trách nhiệm các thành viên.",
            "- Đề nghị Ủy ban Mặt trận Tổ quốc xã phát huy vai trò vận động Nhân dân.",
        ],
        "2. Trách nhiệm thực hiện - Hội đồng Thi đua - Khen thưởng xã phân công rõ trách "
        "nhiệm các thành viên. - Đề nghị Ủy ban Mặt trận Tổ quốc xã phát huy vai trò vận động "
        "Nhân dân.",
        [("Hội đồng Thi đua - Khen thưởng", True), ("Ủy ban Mặt trận Tổ quốc Việt Nam", True)],
        id="commune_implementation_item_its_bullets_opening_with_bodies",
    ),
    pytest.param(
        _PROVINCE,
        [
            "**7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải và "
            "công nghệ thông tin trên địa bàn tỉnh**",
            "- Chủ động phối hợp triển khai các nền tảng số phục vụ quản lý hạ tầng giao thông.",
            "- Đề xuất sáng kiến, giải pháp công nghệ phù hợp thực tiễn.",
        ],
        "**7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải và công "
        "nghệ thông tin trên địa bàn tỉnh** - Chủ động phối hợp triển khai các nền tảng số "
        "phục vụ quản lý hạ tầng giao thông. - Đề xuất sáng kiến, giải pháp công nghệ phù hợp "
        "thực tiễn.",
        [("Các doanh nghiệp hoạt động trong lĩnh vực xây dựng", True)],
        id="province_long_heading_of_a_body_missing_from_the_lexicon_then_bullets",
    ),
    pytest.param(
        _PROVINCE,
        [
            "**8. Đề nghị Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh, Hiệp hội doanh nghiệp "
            "tỉnh**",
            "- Đẩy mạnh tập huấn, học tập mô hình sản xuất tiên tiến.",
        ],
        "**8. Đề nghị Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh, Hiệp hội doanh nghiệp "
        "tỉnh** - Đẩy mạnh tập huấn, học tập mô hình sản xuất tiên tiến.",
        [
            ("Hiệp hội doanh nghiệp tỉnh", True),
            ("Hội Nông dân", True),
            ("Liên minh Hợp tác xã tỉnh", True),
        ],
        id="province_request_heading_a_body_missing_from_the_lexicon_then_a_bullet",
    ),
    pytest.param(
        _PROVINCE,
        [
            "**12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền**",
            "- Xây dựng kế hoạch phát triển kinh tế - xã hội của xã.",
        ],
        "**12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền** - Xây dựng kế hoạch phát triển "
        "kinh tế - xã hội của xã.",
        [("Ủy ban nhân dân xã Gia Thuận", True), ("Ủy ban nhân dân xã Tân Điền", True)],
        id="province_heading_naming_members_then_a_bullet",
    ),
]


@pytest.mark.parametrize(("head", "lines", "joined", "units"), SHAPES)
def test_a_unit_heading_run_together_reads_as_on_lines_of_its_own(
    head: str, lines: list[str], joined: str, units: list[tuple[str, bool]]
) -> None:
    apart = parse_text(head + "\n\n".join(lines) + "\n")
    together = parse_text(head + joined + "\n")
    assert _units(apart) == sorted(units)
    assert _units(together) == sorted(units)


def test_a_task_of_a_part_points_at_the_part_in_its_line() -> None:
    joined = "1. Sở Tài chính - Chủ trì tổng hợp kinh phí. - Phối hợp với Sở Xây dựng thẩm định."
    plan = parse_text(_PROVINCE + joined + "\n")
    texts = {task.text for task in plan.tasks}
    assert "Phối hợp với Sở Xây dựng thẩm định." in texts
    line = (_PROVINCE + joined).split("\n").index(joined) + 1
    for task in plan.tasks:
        assert task.line == line
        assert joined[task.span[0] : task.span[1]] == task.text


@pytest.mark.parametrize(
    "joined",
    [
        # a task heading, no body named before its parts
        "1. Tổ chức hội nghị tổng kết - Thời gian: quý IV. - Thành phần: đại biểu các xã.",
        # a sentence whose subject is a body, not a heading naming it
        "2. Sở Y tế hướng dẫn các xã. Tổ chức kiểm tra định kỳ.",
    ],
)
def test_precision_an_item_that_names_no_body_alone_is_not_cut(joined: str) -> None:
    together = parse_text(_PROVINCE + joined + "\n")
    assert all(not unit.name.startswith("Tổ chức") for unit in together.units)
    assert _units(together) in ([], [("Sở Y tế", True)])


def test_precision_a_heading_run_into_its_text_by_a_space_names_no_shorter_body() -> None:
    """`7. X Nghiên cứu ...; Đào tạo ...`: where the heading ends cannot be told (a space
    before the text); the part after the semicolon makes the heading no longer than its
    line would allow, so no body is cut from the names (`Liên hiệp các Hội Khoa học`)."""
    joined = (
        "7. Liên hiệp các Hội Khoa học và Kỹ thuật Nghiên cứu, tư vấn, phản biện chính sách, "
        "giải pháp công nghệ; Đào tạo, bồi dưỡng nhân lực khoa học và công nghệ."
    )
    together = parse_text(_PROVINCE + joined + "\n")
    assert "Liên hiệp các Hội Khoa học" not in {unit.name for unit in together.units}


def test_a_heading_list_under_one_head_noun_is_not_cut_at_a_dash_inside_a_member() -> None:
    # `Lao động - Thương binh và Xã hội` is one member of the list under `Các Sở`: its dash
    # opens no part (the item gave `Sở Lao động` and lost the other members)
    joined = (
        "1. Các Sở: Lao động - Thương binh và Xã hội, Giáo dục và Đào tạo, Tài chính: "
        "Tiếp tục thực hiện các nhiệm vụ được giao."
    )
    plan = parse_text(_PROVINCE + joined + "\n")
    assert _units(plan) == [
        ("Sở Giáo dục và Đào tạo", True),
        ("Sở Lao động - Thương binh và Xã hội", True),
        ("Sở Tài chính", True),
    ]
