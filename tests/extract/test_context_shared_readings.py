"""The extractors' context asks the structure stage, not a copy of it: the section kind of a
document without a section tree, the plan's years, the sections holding a line."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import DateParts, DocumentMeta, Section
from plan_extract.extract.context import build_context
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.model import Structure


def _document(*texts: str) -> NormalizedDocument:
    lines = [Line(number=n, text=text, source_lines=(n,)) for n, text in enumerate(texts, 1)]
    return NormalizedDocument(format="txt", lines=lines)


def test_without_a_section_tree_headings_get_the_section_trees_kinds() -> None:
    doc = _document(
        "I. NỘI DUNG BÁO CÁO",
        "Số liệu về cán bộ nữ.",
        "II. CHẾ ĐỘ BÁO CÁO",
        "Báo cáo hằng quý.",
    )
    context = build_context(doc, Structure(document=DocumentMeta(), sections=[]))
    assert [line.kind for line in context.lines] == ["tasks", "tasks", "reporting", "reporting"]


def test_plan_years_from_the_head_when_the_title_states_none() -> None:
    doc = _document(
        "KẾ HOẠCH",
        "Thực hiện Chiến lược quốc gia về bình đẳng giới",
        "Căn cứ Chiến lược thực hiện từ năm 2021 đến năm 2030;",
        "I. MỤC TIÊU",
    )
    meta = DocumentMeta(title="Thực hiện Chiến lược quốc gia về bình đẳng giới")
    context = build_context(doc, Structure(document=meta, sections=[]))
    assert context.plan_years == (2021, 2030)


def test_a_due_year_in_the_title_ends_the_plan_when_there_is_no_period() -> None:
    doc = _document("KẾ HOẠCH", "Phát triển hạ tầng số ĐẾN NĂM 2030", "I. MỤC TIÊU")
    meta = DocumentMeta(title="Phát triển hạ tầng số ĐẾN NĂM 2030")
    context = build_context(doc, Structure(document=meta, sections=[]))
    assert context.plan_years == (None, 2030)  # where it starts, a due year does not say


def test_a_span_opening_a_sentence_of_the_head_is_the_plan_period() -> None:
    doc = _document(
        "Giai đoạn 2026 - 2030, tỉnh phấn đấu tỷ lệ hộ dùng nước sạch đạt 95%.",
        "Chương trình giai đoạn 2027 - 2029 đặt mục tiêu 80% xã có nhà văn hóa.",
    )
    context = build_context(doc, Structure(document=DocumentMeta(), sections=[]))
    assert context.plan_years == (2026, 2030)


def test_a_span_after_a_figure_of_its_sentence_is_not_the_plan_period() -> None:
    # the span says what the figure before it measures (the poverty line's period), and the
    # 12 of `12 xã` before the other span is a figure too
    doc = _document(
        "Năm 2027 giảm tỷ lệ hộ nghèo 1,2% theo chuẩn nghèo giai đoạn 2022 - 2025.",
        "Hỗ trợ 12 xã thuộc chương trình giai đoạn 2021 - 2025.",
    )
    context = build_context(doc, Structure(document=DocumentMeta(), sections=[]))
    assert context.plan_years == (2027, 2027)


def test_a_plan_without_a_period_runs_in_its_year_of_issue() -> None:
    doc = _document("KẾ HOẠCH", "Tổ chức hội thi văn nghệ", "I. NHIỆM VỤ")
    meta = DocumentMeta(kind="ke_hoach", issued=DateParts.of(2026, 3, 2))
    context = build_context(doc, Structure(document=meta, sections=[]))
    assert context.plan_years == (2026, 2026)


def test_a_text_without_a_documents_header_has_no_year_of_issue() -> None:
    # a news page: the date read as its issue is the page's (`Thứ ba, ngày 24/04/2012`), which
    # gives no year to a month its prose prints without one
    doc = _document("Đại hội điểm cấp huyện", "Dự kiến trong tháng 11 đại hội xong cấp huyện.")
    meta = DocumentMeta(kind="unknown", issued=DateParts.of(2012, 4, 24))
    context = build_context(doc, Structure(document=meta, sections=[]))
    assert context.plan_years == (None, None)


def test_ancestors_are_the_structures_sections_at_a_line() -> None:
    child = Section(id="I.1", number="1", title="Mục tiêu chung", level=2, lines=(2, 3))
    top = Section(
        id="I",
        number="I",
        title="MỤC TIÊU",
        kind="objectives",
        level=1,
        lines=(1, 3),
        children=[child],
    )
    doc = _document("I. MỤC TIÊU", "1. Mục tiêu chung", "Tỷ lệ nữ đạt 30%.")
    structure = Structure(document=DocumentMeta(), sections=[top], body=(1, 3))
    context = build_context(doc, structure)
    assert context.ancestors(3) == structure.sections_at(3) == [top, child]
    assert context.by_number[3].section == child


@pytest.mark.parametrize(
    "head",
    [
        # a council's term after its sitting names who meets
        ("HĐND xã An Phú khóa XXI, nhiệm kỳ 2021 - 2026 thông qua 23 chỉ tiêu năm 2026",),
        # a span in brackets inside a sentence belongs to the criteria it names
        (
            "Năm 2026, phấn đấu tăng trưởng từ 10% trở lên.",
            "Tỷ lệ xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí giai đoạn 2026-2030) đạt 15%.",
        ),
    ],
)
def test_a_span_that_belongs_to_something_else_is_not_the_plan_period(
    head: tuple[str, ...],
) -> None:
    context = build_context(_document(*head), Structure(document=DocumentMeta(), sections=[]))
    assert context.plan_years == (2026, 2026)
