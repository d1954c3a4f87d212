"""Parts above the Roman sections (`PHẦN I`, `Phần thứ hai`, `A.`, `Chương I`): the top level
of the section tree, while the extractors read the kinds of the plan's sections under them."""

from __future__ import annotations

from plan_extract import parse_text
from plan_extract.check import check_plan, load_profile
from plan_extract.compare.national import national_catalog

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 14/KH-UBND
Tân Lập, ngày 5 tháng 2 năm 2026
KẾ HOẠCH
Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026
"""

PARTS = (
    HEAD
    + """PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2025
1. Kết quả đạt được
Thu nhập bình quân đạt 60 triệu đồng, tỷ lệ hộ nghèo còn 2%.
PHẦN II: NHIỆM VỤ, GIẢI PHÁP NĂM 2026
I. MỤC TIÊU
Phấn đấu tỷ lệ hộ nghèo giảm còn 1,5%.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế chủ trì, phối hợp với Công an xã tổ chức thực hiện.
Trên đây là Kế hoạch của UBND xã Tân Lập.
"""
)


def test_parts_labelled_phan_are_the_top_level_and_hold_the_roman_sections() -> None:
    plan = parse_text(PARTS)
    assert [(s.id, s.number, s.title, s.kind) for s in plan.sections] == [
        ("I", "I", "KẾT QUẢ THỰC HIỆN NĂM 2025", "results"),
        ("II", "II", "NHIỆM VỤ, GIẢI PHÁP NĂM 2026", "tasks"),
    ]
    assert [c.id for c in plan.sections[1].children] == ["II.I", "II.II"]
    assert [c.number for c in plan.sections[0].children] == ["1"]


def test_the_extractors_read_the_kinds_of_the_sections_under_a_part() -> None:
    plan = parse_text(PARTS)
    # the objectives under PHẦN II give the target; the review under PHẦN I gives none
    assert [(t.value, t.comparator) for t in plan.targets] == [(1.5, "<=")]
    units = {u.name: u.lead for u in plan.units}
    assert units.get("Phòng Kinh tế") is True
    assert "Công an xã" in units


def test_an_ordinal_part_takes_its_title_from_the_line_under_it() -> None:
    text = (
        HEAD
        + """Phần thứ nhất
ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025
I. Về kinh tế
Nội dung đánh giá.
PHẦN THỨ HAI
NHIỆM VỤ TRỌNG TÂM NĂM 2026
I. MỤC TIÊU
Nội dung.
"""
    )
    plan = parse_text(text)
    assert plan.document.title == "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"
    assert [(s.number, s.title, s.kind) for s in plan.sections] == [
        ("I", "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025", "results"),
        ("II", "NHIỆM VỤ TRỌNG TÂM NĂM 2026", "tasks"),
    ]


def test_capital_letters_above_the_roman_sections_are_the_top_level() -> None:
    text = (
        HEAD
        + """A. KẾT QUẢ THỰC HIỆN NĂM 2025
I. Về kinh tế
Nội dung.
B. NHIỆM VỤ NĂM 2026
I. MỤC TIÊU
Nội dung.
C. TỔ CHỨC THỰC HIỆN
Nội dung.
"""
    )
    plan = parse_text(text)
    assert [(s.number, s.kind) for s in plan.sections] == [
        ("A", "results"),
        ("B", "tasks"),
        ("C", "implementation"),
    ]
    assert [c.id for c in plan.sections[1].children] == ["B.I"]


def test_capital_letters_under_a_roman_section_or_alone_are_no_level() -> None:
    under = HEAD + "I. MỤC TIÊU\nA. CHỈ TIÊU CHUNG\nB. CHỈ TIÊU RIÊNG\nII. NHIỆM VỤ\nNội dung.\n"
    assert [s.number for s in parse_text(under).sections] == ["I", "II"]
    alone = HEAD + "A. KẾT QUẢ\nI. MỤC TIÊU\nNội dung.\nII. NHIỆM VỤ\nNội dung.\n"
    assert [s.number for s in parse_text(alone).sections] == ["I", "II"]
    skipped = HEAD + "A. KẾT QUẢ\nNội dung.\nC. NHIỆM VỤ\nNội dung.\nI. MỤC TIÊU\nNội dung.\n"
    assert [s.number for s in parse_text(skipped).sections] == ["I"]


def test_chapters_hold_their_items() -> None:
    text = (
        HEAD
        + """Chương I
QUY ĐỊNH CHUNG
Nội dung.
Chương II
NHIỆM VỤ CỤ THỂ
Mục 1. THU GOM
Nội dung.
Mục 2. XỬ LÝ
Nội dung.
"""
    )
    plan = parse_text(text)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("I", "QUY ĐỊNH CHUNG"),
        ("II", "NHIỆM VỤ CỤ THỂ"),
    ]
    assert [(c.number, c.title) for c in plan.sections[1].children] == [
        ("1", "THU GOM"),
        ("2", "XỬ LÝ"),
    ]


def test_a_sentence_opening_with_a_part_word_is_no_heading() -> None:
    text = (
        HEAD
        + "I. MỤC TIÊU\nPhần thứ hai của kế hoạch nêu các giải pháp.\nII. NHIỆM VỤ\nNội dung.\n"
    )
    assert [s.number for s in parse_text(text).sections] == ["I", "II"]


def test_a_review_part_keeps_its_figures_out_of_the_targets_under_any_heading() -> None:
    text = (
        HEAD
        + """PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2025
I. Về kinh tế
Tỷ lệ hộ nghèo còn 2%.
PHẦN II. NHIỆM VỤ NĂM 2026
I. Về kinh tế
Phấn đấu tỷ lệ hộ nghèo giảm còn 1,5%.
"""
    )
    plan = parse_text(text)
    # the plan's sections under a part carry their kind as top-level ones do
    assert [c.kind for s in plan.sections for c in s.children] == ["other", "other"]
    assert [(t.value, t.section) for t in plan.targets] == [(1.5, "II.I")]


def test_the_check_finds_the_sections_of_a_kind_under_a_part() -> None:
    findings = check_plan(parse_text(PARTS), load_profile("generic-plan"), national_catalog(), "en")
    missing = {f.rule.id for f in findings if f.rule.id.startswith("section.")}
    assert "section.objectives" not in missing
    assert "section.implementation" not in missing
    assert "section.funding" in missing  # the plan has none: still reported


UNNUMBERED = (
    HEAD
    + """MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật cho nhân dân.
NỘI DUNG
1. Tuyên truyền các luật mới.
TỔ CHỨC THỰC HIỆN
Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức tuyên truyền.
Trên đây là Kế hoạch của UBND xã Tân Lập.
"""
)


def test_headings_in_capitals_without_numbers_are_the_top_level_of_a_plan_that_numbers_none() -> (
    None
):
    plan = parse_text(UNNUMBERED)
    assert [(s.id, s.number, s.title, s.kind) for s in plan.sections] == [
        ("1", "", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
        ("2", "", "NỘI DUNG", "tasks"),
        ("3", "", "TỔ CHỨC THỰC HIỆN", "implementation"),
    ]
    assert [c.id for c in plan.sections[1].children] == ["2.1"]
    assert {u.name for u in plan.units if u.lead} >= {"Công an xã"}


def test_capitals_without_numbers_are_no_headings_beside_numbered_ones_or_alone() -> None:
    numbered = HEAD + "I. MỤC TIÊU\nNội dung.\nNỘI DUNG\nNội dung.\nII. NHIỆM VỤ\nNội dung.\n"
    assert [s.number for s in parse_text(numbered).sections] == ["I", "II"]
    alone = HEAD + "NỘI DUNG\nTuyên truyền các luật mới.\nCác thôn triển khai.\n"
    assert parse_text(alone).sections == []


def test_a_title_in_capitals_over_several_lines_is_no_heading() -> None:
    text = """Số: 14/KH-UBND
Tân Lập, ngày 5 tháng 2 năm 2026
KẾ HOẠCH
TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM
NHIỆM VỤ CỦA XÃ TÂN LẬP NĂM 2026
Căn cứ Kế hoạch số 7/KH-UBND ngày 1/2/2026 của UBND tỉnh;
MỤC ĐÍCH, YÊU CẦU
Nội dung.
TỔ CHỨC THỰC HIỆN
Nội dung.
"""
    plan = parse_text(text)
    assert plan.document.title == (
        "TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM NHIỆM VỤ CỦA XÃ TÂN LẬP NĂM 2026"
    )
    assert [s.title for s in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]


def test_capitals_without_numbers_after_the_first_arabic_heading_are_no_level() -> None:
    text = HEAD + "1. MỤC TIÊU\nNội dung.\nNỘI DUNG\nNội dung.\nTỔ CHỨC THỰC HIỆN\nNội dung.\n"
    assert [s.number for s in parse_text(text).sections] == ["1"]


def test_bold_headings_without_numbers_count_like_capitals() -> None:
    text = (
        "Số: 16/KH-UBND\n\nTân Lập, ngày 5 tháng 2 năm 2026\n\n**KẾ HOẠCH**\n\n"
        "**Tuyên truyền pháp luật năm 2026**\n\n"
        "Căn cứ Kế hoạch số 7/KH-UBND ngày 1/2/2026 của UBND tỉnh;\n\n"
        "**Mục đích, yêu cầu**\n\nNâng cao hiểu biết pháp luật.\n\n"
        "**Tổ chức thực hiện**\n\nCông an xã chủ trì tuyên truyền.\n"
    )
    plan = parse_text(text, markdown=True)
    assert [(s.number, s.title, s.kind) for s in plan.sections] == [
        ("", "Mục đích, yêu cầu", "purpose"),
        ("", "Tổ chức thực hiện", "implementation"),
    ]
    # without the marks, the same words in lower case are text
    assert parse_text(text.replace("**", "")).sections == []
