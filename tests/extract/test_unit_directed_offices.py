"""A province's regulation read whole: the district's office of labour, invalids and social
affairs named with its dash (`Phòng Lao động - Thương binh và Xã hội`, one office, never cut
at the dash), a centrally-run city's treasury printed with `Thành phố`, and the bodies a
clause's subject directs (`... có trách nhiệm chỉ đạo Phòng ..., UBND các xã lập danh sách`,
`UBND các huyện chỉ đạo Phòng ... phối hợp ...`) given the work when a verb follows them."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_REGULATION = """ỦY BAN NHÂN DÂN
TỈNH AN HÒA

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY ĐỊNH
Về việc tặng quà cho người có công với cách mạng

Chương III
TỔ CHỨC THỰC HIỆN

Điều 5. Trách nhiệm của các cơ quan
{item}
"""

_DISTRICTS = "Ủy ban nhân dân các huyện, thị xã, thành phố"
_OFFICE = "Phòng Lao động - Thương binh và Xã hội"

# (case, the article's item, the units it names with their lead flags)
_CASES: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (
        "the_district_office_is_one_name_across_its_dash",
        "1. Phòng Lao động - Thương binh và Xã hội huyện lập danh sách đối tượng.",
        [(_OFFICE, True)],
    ),
    (
        "the_city_treasury_is_the_province_s",
        "1. Kho bạc Nhà nước Thành phố kiểm soát chi theo quy định.",
        [("Kho bạc Nhà nước khu vực", True)],
    ),
    (
        "bodies_directed_with_a_verb_after_them_lead",
        "1. Ủy ban nhân dân các huyện có trách nhiệm chỉ đạo Phòng Lao động - Thương binh và"
        " Xã hội, Ủy ban nhân dân các xã lập danh sách đối tượng.",
        [(_DISTRICTS, True), (_OFFICE, True), ("Ủy ban nhân dân các xã, phường, đặc khu", True)],
    ),
    (
        "a_body_directed_without_a_verb_is_no_unit",
        "1. Ủy ban nhân dân các huyện có trách nhiệm chỉ đạo Phòng Lao động - Thương binh và"
        " Xã hội.",
        [(_DISTRICTS, True)],
    ),
    (
        "a_generic_noun_directed_names_no_unit",
        "1. Ủy ban nhân dân các huyện có trách nhiệm chỉ đạo các phòng chuyên môn thực hiện.",
        [(_DISTRICTS, True)],
    ),
    # the request word right after the subject, no role word between (`chỉ đạo` is both)
    (
        "bodies_directed_right_after_the_subject_lead",
        "1. Ủy ban nhân dân các huyện chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp"
        " với Kho bạc Nhà nước Thành phố rà soát danh sách đối tượng.",
        [(_DISTRICTS, True), (_OFFICE, True), ("Kho bạc Nhà nước khu vực", False)],
    ),
    (
        "a_body_directed_right_after_the_subject_without_a_verb_is_no_unit",
        "1. Ủy ban nhân dân các huyện chỉ đạo Phòng Lao động - Thương binh và Xã hội.",
        [(_DISTRICTS, True)],
    ),
]


@pytest.mark.parametrize(("item", "expected"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES])
def test_the_units_of_a_regulation_s_article(item: str, expected: list[tuple[str, bool]]) -> None:
    plan = parse_text(_REGULATION.format(item=item))
    assert sorted((u.name, u.lead) for u in plan.units) == sorted(expected)
