"""A body's role set off by a dash after its name (`Sở Kế hoạch và Đầu tư - cơ quan thường trực
...`), and `Ban chỉ đạo` printed in lower case inside a body's name: the body is still the one
the line gives work to, under its whole name (corpus/ANNOTATION.md, units)."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text

# a decision whose article names the bodies answerable for the plan over numbered paragraphs
# (the shape of a province's decision issuing its plan, written for this test)
DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 41/QĐ-UBND
Phú Yên, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ
ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động vì sự tiến bộ của phụ nữ.
Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:
1. {first}
2. Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
"""

PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 42/KH-UBND
Phú Yên, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Công tác dân số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng dân số.
II. TỔ CHỨC THỰC HIỆN
{line}
"""


def _units(plan: Plan) -> list[tuple[str, bool]]:
    return sorted((u.name, u.lead) for u in plan.units)


ARTICLE_ITEMS = [
    # the role after a dash, then a comma before the role word
    (
        "Sở Kế hoạch và Đầu tư - cơ quan thường trực, tham mưu Ủy ban nhân dân tỉnh chỉ đạo"
        " triển khai Kế hoạch.",
        [("Sở Kế hoạch và Đầu tư", True), ("Sở Tài chính", True)],
    ),
    # the role naming another body whose standing office it is, the role word further on
    (
        "Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ tỉnh giúp Ban"
        " tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết.",
        [("Sở Kế hoạch và Đầu tư", True), ("Sở Tài chính", True)],
    ),
    # no role word after the role: the paragraph states what the body is
    (
        "Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ tỉnh.",
        [("Sở Tài chính", True)],
    ),
]


@pytest.mark.parametrize(("first", "expected"), ARTICLE_ITEMS)
def test_a_body_s_role_after_a_dash_leaves_it_the_subject_of_an_article_s_paragraph(
    first: str, expected: list[tuple[str, bool]]
) -> None:
    assert _units(parse_text(DECISION.format(first=first))) == expected


LOWER_CASE_KIND = [
    (
        "1. Văn phòng Ban chỉ đạo công tác dân số tỉnh chủ trì theo dõi, tổng hợp kết quả.",
        [("Văn phòng Ban chỉ đạo công tác dân số tỉnh", True)],
    ),
    (
        "1. Sở Y tế chủ trì, phối hợp với Văn phòng Ban chỉ đạo tỉnh tổ chức kiểm tra.",
        [("Sở Y tế", True), ("Văn phòng Ban chỉ đạo tỉnh", False)],
    ),
    # the same name in capitals reads as it did
    (
        "1. Văn phòng Ban Chỉ đạo tỉnh chủ trì theo dõi, tổng hợp kết quả.",
        [("Văn phòng Ban Chỉ đạo tỉnh", True)],
    ),
    # the kind in lower case, its head too: no name
    ("1. Sở Y tế tham mưu thành lập ban chỉ đạo cấp xã.", [("Sở Y tế", True)]),
]


@pytest.mark.parametrize(("line", "expected"), LOWER_CASE_KIND)
def test_ban_chi_dao_in_lower_case_is_part_of_the_name_after_its_head(
    line: str, expected: list[tuple[str, bool]]
) -> None:
    assert _units(parse_text(PLAN.format(line=line))) == expected
