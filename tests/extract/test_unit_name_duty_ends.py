"""A body missing from the lexicon named by an implementation heading ends before its duty: a
role phrase printed as a sentence opens after the level word closing its name or after a
plural collective in common nouns (a heading run into the line under it, a text without blank
lines), and a role verb after the phrase naming every level (`UBND các cấp | chịu trách
nhiệm ...`) ends the name as after a level word (corpus/ANNOTATION.md, units: a body's name is a
noun phrase)."""

from __future__ import annotations

import pytest

from plan_extract.evaluate.variants import without_blank_lines
from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN NHÂN DÂN XÃ AN LẠC

KẾ HOẠCH
Phòng chống tác hại của thuốc lá năm 2026

II. TỔ CHỨC THỰC HIỆN

{items}
"""

# each implementation section's items, and the units they name (name, lead)
_ITEMS = {
    "a_heading_run_into_its_duty_after_the_level_word": (
        "1. Hội Người cao tuổi xã Tổ chức tuyên truyền cho hội viên",
        {("Hội Người cao tuổi xã", True)},
    ),
    "a_collective_in_common_nouns_run_into_its_duty": (
        "1. Các khu dân cư Tuyên truyền cho nhân dân",
        {("Các khu dân cư", True)},
    ),
    "a_duty_verb_before_a_comma": (
        "1. Hội Sinh vật cảnh xã Tuyên truyền, vận động hội viên",
        {("Hội Sinh vật cảnh xã", True)},
    ),
    "a_capitalized_word_inside_the_name_before_its_level": (
        "1. Ban quản lý Xây dựng nông thôn mới xã",
        {("Ban quản lý Xây dựng nông thôn mới xã", True)},
    ),
    "a_proper_name_right_after_its_head": (
        "1. Trung tâm Hỗ trợ phát triển doanh nghiệp tỉnh",
        {("Trung tâm Hỗ trợ phát triển doanh nghiệp tỉnh", True)},
    ),
    "the_committees_of_every_level_with_their_duty": (
        "1. UBND các cấp chịu trách nhiệm triển khai kế hoạch này",
        {("Ủy ban nhân dân các cấp", True)},
    ),
    "their_chairmen": (
        "1. Chủ tịch UBND các cấp chỉ đạo thực hiện kế hoạch",
        {("Ủy ban nhân dân các cấp", True)},
    ),
    "a_lexicon_body_of_every_level": (
        "1. Hội Nông dân các cấp vận động hội viên tham gia",
        {("Hội Nông dân", True)},
    ),
    "the_party_committees_keep_their_name": ("1. Các cấp ủy Đảng", {("Các cấp ủy Đảng", True)}),
}


@pytest.mark.parametrize("shape", sorted(_ITEMS))
def test_an_unknown_name_ends_before_its_duty(shape: str) -> None:
    items, expected = _ITEMS[shape]
    units = parse_text(_PLAN.format(items=items)).units
    assert {(u.name, u.lead) for u in units} == expected


def test_headings_over_their_duties_with_and_without_blank_lines() -> None:
    items = (
        "1. Hội Người cao tuổi xã\n\nTổ chức tuyên truyền cho hội viên.\n\n"
        "2. Các khu dân cư\n\nTuyên truyền cho nhân dân.\n\n"
        "3. UBND các cấp chịu trách nhiệm triển khai kế hoạch này."
    )
    text = _PLAN.format(items=items)
    expected = {
        ("Hội Người cao tuổi xã", True),
        ("Các khu dân cư", True),
        ("Ủy ban nhân dân các cấp", True),
    }
    for printed in (text, without_blank_lines(text)):
        assert {(u.name, u.lead) for u in parse_text(printed).units} == expected
