"""A body after a comma in a task section's item opens a clause of its own only where the
comma ends no list (corpus/ANNOTATION.md, units: `Tiếp tục duy trì câu lạc bộ tại các thôn,
Hội Phụ nữ xã chịu trách nhiệm hướng dẫn`), whatever glyph opens the item: the bullets a plan
types (`-`, `+`, docs/domain.md, "The parts of the document") and those a converter prints
(Word's text export `•`, `o`, `§`, `Ø`; a PDF's `▪`, `◦`, `●`) read the same, with or without
blank lines between the items. A comma inside the list of partners after `phối hợp với` goes
on with that list: none of its bodies leads (and, the task's subject left out, the plan's
issuer, whose lead is no unit, none is read: a task of partners alone would read as one nobody
leads)."""

from __future__ import annotations

import pytest

from plan_extract.evaluate.variants import without_blank_lines
from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
XÃ VĨNH PHONG

Số: 12/KH-UBND

Vĩnh Phong, ngày 15 tháng 5 năm 2026

KẾ HOẠCH

Truyền thông về bình đẳng giới năm 2026

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Tuyên truyền về bình đẳng giới

{glyph} {item}

{glyph} Tổ chức 02 lớp tập huấn cho cán bộ.
"""

# each item's shape, and the units it names (name, lead), as the plan's reader reads them
_ITEMS = {
    "partners_listed_after_the_cooperation_word": (
        "Phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn tổ chức các hoạt động truyền thông.",
        set(),
    ),
    "partners_of_three_after_the_cooperation_word": (
        "Phối hợp với Trạm Y tế xã, Công an xã, Hội Nông dân xã tổ chức tuyên truyền.",
        set(),
    ),
    "a_subject_after_a_comma_ending_a_place_list": (
        "Tiếp tục duy trì câu lạc bộ tại các thôn, Hội Liên hiệp Phụ nữ xã chịu trách nhiệm "
        "hướng dẫn.",
        {("Hội Liên hiệp Phụ nữ", True)},
    ),
}
_GLYPHS = {
    "dash": "-",
    "plus": "+",
    "word_bullet": "•",
    "word_circle": "o",
    "word_square": "§",
    "pdf_square": "▪",
    "pdf_circle": "◦",
    "pdf_disc": "●",
    "word_arrow": "Ø",
}


@pytest.mark.parametrize("blank_lines", [True, False], ids=["blank_lines", "no_blank_lines"])
@pytest.mark.parametrize("glyph", list(_GLYPHS.values()), ids=list(_GLYPHS))
@pytest.mark.parametrize(("item", "expected"), list(_ITEMS.values()), ids=list(_ITEMS))
def test_a_comma_in_a_bulleted_item_reads_the_same_under_any_glyph(
    item: str, expected: set[tuple[str, bool]], glyph: str, blank_lines: bool
) -> None:
    text = _PLAN.format(glyph=glyph, item=item)
    plan = parse_text(text if blank_lines else without_blank_lines(text), "plan.txt")
    assert {(unit.name, unit.lead) for unit in plan.units} == expected
