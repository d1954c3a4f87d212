"""A heading that titles a group of subsections, each heading bodies of its own (`1. Các sở,
ban, ngành tỉnh` over `1.1. Sở Nội vụ`, `1.2. Sở Tài chính`), is the group's title: the
collective it names is no unit there (corpus/ANNOTATION.md, units: do not count); so is one
over bullets that each head a body (`- Sở Y tế: ...`). Addressed with work of its own, or over
bullets that are sentences of assignment, it still counts."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text

# a province plan's implementation section (written for this test)
PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 42/KH-UBND
Phú Yên, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
II. TỔ CHỨC THỰC HIỆN
{body}
"""


def _units(plan: Plan) -> list[tuple[str, bool]]:
    return sorted((u.name, u.lead) for u in plan.units)


CASES = [
    # the group's title over numbered subsections, each heading its body
    (
        "1. Các sở, ban, ngành tỉnh\n1.1. Sở Nội vụ\nChủ trì hướng dẫn triển khai kế hoạch.\n"
        "1.2. Sở Tài chính\nBố trí kinh phí thực hiện kế hoạch.\n"
        "2. Ủy ban nhân dân các xã, phường\nXây dựng kế hoạch thực hiện.",
        [
            ("Sở Nội vụ", True),
            ("Sở Tài chính", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
        ],
    ),
    # the same group over lettered subsections, its colon printed
    (
        "1. Các sở, ban, ngành:\na) Sở Y tế\nHướng dẫn chuyên môn.\nb) Sở Tài chính\n"
        "Bố trí kinh phí.",
        [("Sở Tài chính", True), ("Sở Y tế", True)],
    ),
    # the committees of the places, over subsections naming each place's committee
    (
        "1. Ủy ban nhân dân các xã, phường\n1.1. UBND xã Tân Hòa\nTriển khai thực hiện.\n"
        "1.2. UBND phường Bắc Sơn\nTriển khai thực hiện.",
        [("Ủy ban nhân dân phường Bắc Sơn", True), ("Ủy ban nhân dân xã Tân Hòa", True)],
    ),
    # addressed with work of its own, no subsections: the collective counts
    (
        "1. Các sở, ban, ngành tỉnh\nCăn cứ chức năng, nhiệm vụ, chủ động triển khai kế hoạch.\n"
        "2. Sở Tài chính\nBố trí kinh phí.",
        [("Các sở, ban, ngành", True), ("Sở Tài chính", True)],
    ),
    # over bullets each heading its body, as subsections do: the group's title
    (
        "1. Các sở, ban, ngành tỉnh\n- Sở Nội vụ: chủ trì hướng dẫn.\n"
        "- Sở Tài chính: bố trí kinh phí.\n2. Sở Y tế\nHướng dẫn chuyên môn.",
        [("Sở Nội vụ", True), ("Sở Tài chính", True), ("Sở Y tế", True)],
    ),
    # work of its own before such bullets: the collective counts
    (
        "1. Các sở, ban, ngành tỉnh\nChủ động triển khai kế hoạch; trong đó:\n"
        "- Sở Nội vụ: chủ trì hướng dẫn.\n- Sở Tài chính: bố trí kinh phí.",
        [("Các sở, ban, ngành", True), ("Sở Nội vụ", True), ("Sở Tài chính", True)],
    ),
    # one bullet heading no body: the collective counts
    (
        "1. Các sở, ban, ngành tỉnh\n- Sở Nội vụ: chủ trì hướng dẫn.\n"
        "- Tổ chức tập huấn cho cán bộ.",
        [("Các sở, ban, ngành", True), ("Sở Nội vụ", True)],
    ),
    # over bullets that are sentences of assignment, not headings: the collective counts
    (
        "1. Các sở, ban, ngành tỉnh\n- Sở Nội vụ chủ trì hướng dẫn.\n"
        "- Sở Tài chính bố trí kinh phí.",
        [("Các sở, ban, ngành", True), ("Sở Nội vụ", True), ("Sở Tài chính", True)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_group_heading_over_its_bodies_subsections_names_no_unit(
    body: str, expected: list[tuple[str, bool]]
) -> None:
    assert _units(parse_text(PLAN.format(body=body), "plan.txt")) == expected
