"""A heading, then its targets (domain.md, the parts of the document: `2. Mục tiêu cụ thể`, then
the targets by field; corpus/ANNOTATION.md, targets). The lines a plan puts right under a
numbered heading that is a whole title × the forms a text comes in (.txt and .md, as typed,
hard-wrapped at 30 and 60 columns, CRLF). Expected, written before the parser ran: the heading
keeps its title, the line under it (also one opening with a figure: `100% hồ sơ ...`, `05 mô
hình ...`) is a target of the plan's year; a line cut before its figure after a comparator
(`... thấp còi dưới` / `15%.`) keeps the comparator; and every range, count and number in words
reads as one target (`từ 60 - 70%` → 60 `>=`, `ít nhất hai câu lạc bộ` → 2), in an indicator
table of the appendix as in a sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from plan_extract.core.contract import Section
from plan_extract.evaluate.variants import hard_wrapped
from plan_extract.pipeline import parse_bytes

HEAD = ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 12/KH-UBND", "An Bình, ngày 10 tháng 01 năm 2026"]
TITLE = ["KẾ HOẠCH", "Thực hiện công tác gia đình năm 2026"]
Expected = tuple[float, str, str, int]
SECOND = "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%."
OWN_GOAL: Expected = (97, "percent", ">=", 2026)

HEADINGS = [
    "2. Chỉ tiêu cụ thể",
    "2. Mục tiêu cụ thể đến năm 2026",
    "2. Các chỉ tiêu chủ yếu năm 2026",
    "2.1. Chỉ tiêu về kinh tế",
    "b) Chỉ tiêu",
    "II. CHỈ TIÊU CỤ THỂ",
]
FIRST_LINES: list[tuple[str, Expected]] = [
    ("100% hồ sơ được giải quyết đúng hạn.", (100, "percent", ">=", 2026)),
    ("95% hộ gia đình được tuyên truyền về bình đẳng giới;", (95, "percent", ">=", 2026)),
    ("05 mô hình câu lạc bộ được thành lập mới.", (5, "count", ">=", 2026)),
    ("- Tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 80%;", (80, "percent", ">=", 2026)),
]
Form = Callable[[str], str]
FORMS: dict[str, Form] = {
    "as typed": lambda text: text,
    "wrapped at 30": lambda text: hard_wrapped(text, 30),
    "wrapped at 60": lambda text: hard_wrapped(text, 60),
    "crlf": lambda text: text.replace("\n", "\r\n"),
}


def _titles(sections: list[Section]) -> list[tuple[str, str]]:
    return [item for s in sections for item in [(s.number, s.title), *_titles(s.children)]]


def _found(
    text: str, suffix: str
) -> tuple[list[tuple[float, str, str, int | None]], list[tuple[str, str]]]:
    plan = parse_bytes(text.encode("utf-8"), "plan" + suffix)
    targets: list[tuple[float, str, str, int | None]] = sorted(
        (t.value, t.unit, t.comparator, t.year) for t in plan.targets
    )
    return targets, _titles(plan.sections)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("first", "expected"), FIRST_LINES)
@pytest.mark.parametrize("heading", HEADINGS)
def test_the_line_under_a_heading_is_its_first_target_not_its_title(
    heading: str, first: str, expected: Expected, form: str, suffix: str
) -> None:
    lines = [*HEAD, *TITLE, "I. MỤC TIÊU", "1. Mục tiêu chung", "Nâng cao nhận thức.", heading,
             first, SECOND, "III. NHIỆM VỤ, GIẢI PHÁP", "1. Tuyên truyền."]  # fmt: skip
    targets, titles = _found(FORMS[form]("\n".join(lines)), suffix)
    number, title = heading.split(" ", 1)
    assert (number.rstrip(".)"), title) in titles
    assert targets == sorted([expected, OWN_GOAL])


OBJECTIVES: list[tuple[str, list[Expected]]] = [
    ("Tỷ lệ lao động qua đào tạo đạt từ 60 - 70%.", [(60, "percent", ">=", 2026)]),
    ("Tỷ lệ hộ dùng nước sạch đạt từ 60% đến 70%.", [(60, "percent", ">=", 2026)]),
    ("Thành lập ít nhất 05 mô hình câu lạc bộ gia đình phát triển bền vững.",
     [(5, "count", ">=", 2026)]),
    ("Tỷ lệ người dân hài lòng với dịch vụ hành chính công trên 90%.",
     [(90, "percent", ">", 2026)]),
    ("Số lượt người được truyền thông về bình đẳng giới không dưới 2.000 lượt người.",
     [(2000, "count", ">=", 2026)]),
    ("Thành lập ít nhất hai câu lạc bộ phòng, chống bạo lực gia đình.", [(2, "count", ">=", 2026)]),
    ("Phấn đấu có ít nhất mười thôn đạt chuẩn văn hóa.", [(10, "count", ">=", 2026)]),
    ("Duy trì tối thiểu một câu lạc bộ tư vấn pháp lý cho phụ nữ.", [(1, "count", ">=", 2026)]),
    ("Tỷ lệ hộ nghèo giảm còn dưới 2%; tỷ lệ hộ cận nghèo giảm còn 3,5%.",
     [(2, "percent", "<", 2026), (3.5, "percent", "<=", 2026)]),
    ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 15%.",
     [(15, "percent", "<", 2026)]),
    ("Tỷ lệ hộ nghèo đa chiều không vượt quá 2% theo chuẩn mới.", [(2, "percent", "<=", 2026)]),
    ("Mỗi năm tổ chức một hội nghị tổng kết công tác gia đình.", []),
    ("Tổ chức khoảng 20 buổi truyền thông tại các thôn.", []),
    ("Hai bên phối hợp chặt chẽ để đạt mục tiêu.", []),
]  # fmt: skip
GENERAL = "Xây dựng gia đình no ấm."
RESTATED = "Phấn đấu tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 90%."  # in the tasks again: one target


def _objective_places(sentence: str) -> dict[str, list[str]]:
    tasks = ["II. NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường tuyên truyền.", f"- {RESTATED}"]
    return {
        "objectives": [*HEAD, *TITLE, "I. MỤC TIÊU", "1. Mục tiêu chung", GENERAL,
                       "2. Mục tiêu cụ thể", f"- {sentence}", f"- {RESTATED}", *tasks],
        "nested": [*HEAD, *TITLE, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", GENERAL,
                   "2. Mục tiêu", f"- {sentence}", f"- {RESTATED}", "3. Yêu cầu",
                   "Bám sát thực tiễn.", *tasks],
        "prose": [*HEAD, *TITLE, "I. MỤC TIÊU", sentence, RESTATED, *tasks],
        "sub-bullet": [*HEAD, *TITLE, "I. MỤC TIÊU", "2. Mục tiêu cụ thể", "a) Về gia đình",
                       f"+ {sentence}", f"+ {RESTATED}", *tasks],
    }  # fmt: skip


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("form", ["as typed", "wrapped at 60", "crlf"])
@pytest.mark.parametrize("place", ["objectives", "nested", "prose", "sub-bullet"])
@pytest.mark.parametrize(("sentence", "expected"), OBJECTIVES)
def test_ranges_counts_and_numbers_in_words_read_as_one_target_each(
    sentence: str, expected: list[Expected], place: str, form: str, suffix: str
) -> None:
    text = FORMS[form]("\n".join(_objective_places(sentence)[place]))
    targets, _ = _found(text, suffix)
    assert targets == sorted([*expected, (90, "percent", ">=", 2026)])


APPENDIX = [
    "I. MỤC TIÊU", "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc.", "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tăng cường tuyên truyền.",
    "Trên đây là Kế hoạch thực hiện công tác gia đình năm 2026 của UBND xã.", "Nơi nhận:",
    "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "", "PHỤ LỤC",
    "CHỈ TIÊU CÔNG TÁC GIA ĐÌNH NĂM 2026",
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND xã)", "",
    "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |", "|---|---|---|---|",
]  # fmt: skip
ROWS: list[tuple[str, Expected]] = [
    ("Tỷ lệ lao động qua đào tạo | % | 60 - 70", (60, "percent", ">=", 2026)),
    ("Tỷ lệ lao động qua đào tạo | % | 60% - 70%", (60, "percent", ">=", 2026)),
    ("Tỷ lệ lao động qua đào tạo | % | từ 60 đến 70", (60, "percent", ">=", 2026)),
    ("Số lượt khách du lịch | Lượt | 1.000 - 1.200", (1000, "count", ">=", 2026)),
    ("Tỷ lệ người dân hài lòng | % | trên 90", (90, "percent", ">", 2026)),
    ("Số câu lạc bộ gia đình phát triển bền vững | Câu lạc bộ | ít nhất 05",
     (5, "count", ">=", 2026)),
    ("Tỷ lệ hộ nghèo | % | dưới 2", (2, "percent", "<", 2026)),
]  # fmt: skip


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("form", ["as typed", "crlf"])
@pytest.mark.parametrize(("row", "expected"), ROWS)
def test_an_indicator_tables_range_is_its_lower_bound(
    row: str, expected: Expected, form: str, suffix: str
) -> None:
    lines = [*HEAD, *TITLE, *APPENDIX, f"| 1 | {row} |", ""]
    targets, _ = _found(FORMS[form]("\n".join(lines)), suffix)
    assert targets == [expected]
