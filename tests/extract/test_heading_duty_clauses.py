"""A unit heading whose duties run on after its colon (issue 12): `3. UBND các xã, phường: Chủ
trì ... . Chỉ đạo Phòng Kinh tế ...`. Each clause after the first reads as it would on a line
of its own under the heading: a clause assigning work to bodies (`chỉ đạo X`, `X chủ trì`)
gives them a task of it, bodies that only cooperate (`Sở Tài chính phối hợp thực hiện`)
cooperate in the heading's task; a clause naming no body is not cut from the heading's task."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text
from plan_heads import COMMUNE_IMPLEMENTATION, PROVINCE, plan_head

_PROVINCE = plan_head(
    PROVINCE,
    "Quan trắc môi trường nuôi trồng thủy sản giai đoạn 2026 - 2030",
    "Chủ động cảnh báo môi trường.",
    "II. TỔ CHỨC THỰC HIỆN",
)


def _units(plan: Plan) -> list[tuple[str, bool]]:
    return sorted((unit.name, unit.lead) for unit in plan.units)


# (head, the heading and its duties on one line, units)
SHAPES = [
    pytest.param(
        _PROVINCE,
        "3. UBND các xã, phường: Chủ trì triển khai Kế hoạch trên địa bàn. Chỉ đạo Phòng "
        "Kinh tế phổ biến kết quả quan trắc đến người nuôi.",
        [("Phòng Kinh tế", True), ("Ủy ban nhân dân các xã, phường, đặc khu", True)],
        id="province_sentence_directing_an_office",
    ),
    pytest.param(
        COMMUNE_IMPLEMENTATION,
        "2. Phòng Văn hóa - Xã hội: Chủ trì, phối hợp với Trạm Y tế xã tổ chức truyền thông; "
        "chỉ đạo Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia.",
        [
            ("Hội Liên hiệp Phụ nữ", True),
            ("Phòng Văn hóa - Xã hội", True),
            ("Trạm Y tế xã", False),
        ],
        id="commune_clause_after_a_semicolon_directing_an_association",
    ),
    pytest.param(
        _PROVINCE,
        "1. Sở Y tế: Chủ trì tổ chức tập huấn cho cán bộ y tế cơ sở. Sở Tài chính bố trí "
        "kinh phí thực hiện.",
        [("Sở Tài chính", True), ("Sở Y tế", True)],
        id="province_sentence_with_its_own_subject",
    ),
    pytest.param(
        _PROVINCE,
        "1. Sở Y tế: Chủ trì tổ chức tập huấn; Sở Tài chính, Sở Nội vụ phối hợp thực hiện.",
        [("Sở Nội vụ", False), ("Sở Tài chính", False), ("Sở Y tế", True)],
        id="province_bodies_that_only_cooperate_in_the_heading_task",
    ),
]


@pytest.mark.parametrize(("head", "joined", "units"), SHAPES)
def test_a_heading_duty_clause_reads_as_a_line_of_its_own(
    head: str, joined: str, units: list[tuple[str, bool]]
) -> None:
    assert _units(parse_text(head + joined + "\n")) == sorted(units)


def test_the_heading_task_keeps_its_line_and_a_clause_task_points_at_its_clause() -> None:
    joined = (
        "3. UBND các xã, phường: Chủ trì triển khai Kế hoạch. Chỉ đạo Phòng Kinh tế phổ biến "
        "kết quả."
    )
    plan = parse_text(_PROVINCE + joined + "\n")
    spans = {tuple(task.lead): joined[task.span[0] : task.span[1]] for task in plan.tasks}
    assert spans == {
        ("uy-ban-nhan-dan-cac-xa-phuong-dac-khu",): joined,
        ("phong-kinh-te",): "Chỉ đạo Phòng Kinh tế phổ biến kết quả.",
    }


@pytest.mark.parametrize(
    "joined",
    [
        # generic nouns name no body, after a cooperation word or a request word
        "1. Sở Y tế: Chủ trì tổ chức tập huấn. Phối hợp với các cơ quan liên quan kiểm tra "
        "định kỳ; chỉ đạo các cơ sở y tế thực hiện nghiêm.",
        # the issuer a report goes to is no unit, and the heading keeps one task
        "1. Sở Y tế: Chủ trì tổ chức tập huấn. Báo cáo kết quả về Ủy ban nhân dân tỉnh trước "
        "ngày 15/12.",
    ],
)
def test_precision_a_clause_naming_no_body_adds_no_unit_nor_task(joined: str) -> None:
    plan = parse_text(_PROVINCE + joined + "\n")
    assert _units(plan) == [("Sở Y tế", True)]
    assert len(plan.tasks) == 1
