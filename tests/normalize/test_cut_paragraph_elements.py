"""In a text whose lines are pieces of paragraphs (a converter's hard wrap, no blank line), an
element that opens with a capital and no number is never run onto the line before it: a title
in capitals after ordinary text, a basis item `Căn cứ ...` (domain.md, Basis: sentences
beginning `Căn cứ ...`; data/normalize/line_starts.yaml `basis_openings`), and a numbered review
heading whose title ends on a phrase's last word (`2. Hạn chế, tồn tại`, data/normalize/
cut_lines.yaml `phrase_ends`) or is made of heading phrases only (`1. Mục đích, yêu cầu`, a
review's nouns `a) Tồn tại, hạn chế`: data/section_kinds.yaml `kinds`, `review_titles`) is
whole, not a sentence's first line; so is a capital letter's item in running case (`A. Mục tiêu
chung`), which also never runs onto the line before.

Grid: each element × the line before it (a prose paragraph or a bullet item without a final
stop, a line cut at a comma or at a joining word) × the text around it (hard-wrapped at 60, 72,
100 columns; CRLF line ends; named `.md`). Expected results written before running the parser:
the line before, the element and the paragraph after it, each a line of its own. Lines that do
go on (a lower-case line, a name after `với`) are the controls.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes
from plan_paragraphs import PARAGRAPHS

_AFTER = "- Các thôn rà soát hộ nghèo, báo cáo kết quả về Ủy ban nhân dân xã."

# the line before the element: none ends with a stop
BEFORES = {
    "prose without a stop": "Ủy ban nhân dân xã triển khai các nội dung của kế hoạch",
    "bullet without a stop": "- Tổ chức tuyên truyền sâu rộng trong nhân dân",
    "cut at a comma": "- Tuyên truyền trên hệ thống loa truyền thanh, bảng tin,",
    "cut at a joining word": "Các thôn phối hợp thực hiện với",
}
ELEMENTS = {
    "title in capitals": "NHIỆM VỤ TRỌNG TÂM NĂM 2026",
    "title in capitals with a comma": "MỤC ĐÍCH, YÊU CẦU",
    "basis item": "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân huyện;",
    "lettered heading": "A. Mục tiêu chung",
}
# numbered review headings, a paragraph opening with a capital after each
HEADINGS = [
    "2. Hạn chế, tồn tại",
    # a review's parts titled by its nouns (data/section_kinds.yaml `review_titles`)
    "a) Tồn tại, hạn chế",
    "b) Khó khăn, vướng mắc",
    "3. Nguyên nhân",
    "4. Bài học kinh nghiệm",
    "2.1. Ưu điểm",
    "2.2. Nhược điểm, hạn chế",
    "1. Kết quả, ưu điểm",
    "II. TỒN TẠI, HẠN CHẾ",
    "1. Mục đích, yêu cầu",
    "2. Nhiệm vụ và giải pháp",
    # a list of heading phrases whose last item follows the conjunction (issue 12)
    "2. Hạn chế, tồn tại và nguyên nhân",
    "a) Kết quả đạt được, tồn tại và hạn chế",
    "1. Thuận lợi, khó khăn và thách thức",
    "3. Tình hình hiện tại",
    # a lettered level in capital letters (`A.`, `B.`) above or under the Roman one
    "A. Mục tiêu chung",
    "B. Mục tiêu cụ thể",
]
# a heading's first line cut short is no title: the sentence goes on
CUT_ITEMS = [
    ("a) Xây dựng, tổ chức", "Câu lạc bộ phụ nữ tại các thôn."),
    ("3. Đề nghị Ủy ban Mặt trận", "Tổ quốc Việt Nam xã phối hợp thực hiện."),
    # review nouns in a sentence's first line: no list of them alone
    ("a) Tháo gỡ khó khăn, vướng mắc cho", "Hợp tác xã nông nghiệp trên địa bàn."),
    ("2. Khắc phục hạn chế, tồn tại của", "Trung tâm Dịch vụ sự nghiệp công xã."),
    # a sentence's first line cut after the conjunction, or listing no heading phrases
    ("3. Tổ chức tuyên truyền, vận động và", "Hội Nông dân xã hướng dẫn thực hiện."),
    ("b) Hạn chế, tồn tại và", "Nguyên nhân được phân tích tại Phụ lục."),
    ("1. Rà soát, cập nhật và", "Công khai danh sách hộ nghèo."),
]
_WIDTHS = [60, 72, 100]
_CONTEXTS = [*[(w, "txt", "\n") for w in _WIDTHS], (72, "txt", "\r\n"), (72, "md", "\n")]
_IDS = ["wrapped at 60", "wrapped at 72", "wrapped at 100", "CRLF", ".md"]


def _lines(lines: list[str], width: int, ext: str, end: str) -> list[str]:
    """The normalized lines of paragraphs then `lines`, all wrapped at `width`, no blank line
    anywhere."""
    wrapped = [piece for line in [*PARAGRAPHS * 3, *lines] for piece in textwrap.wrap(line, width)]
    text = end.join(wrapped) + end
    return [line.text for line in normalize(read_text_bytes(text.encode(), ext)).lines]


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize("element", list(ELEMENTS))
@pytest.mark.parametrize("before", list(BEFORES))
def test_an_element_after_a_line_without_a_stop_stands_alone(
    before: str, element: str, width: int, ext: str, end: str
) -> None:
    pair = [BEFORES[before], ELEMENTS[element], _AFTER]
    assert _lines(pair, width, ext, end)[-3:] == pair


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_review_heading_is_not_glued_to_its_paragraph(
    heading: str, width: int, ext: str, end: str
) -> None:
    lines = [heading, "Công tác tuyên truyền ở một số thôn chưa thường xuyên."]
    assert _lines(lines, width, ext, end)[-2:] == lines


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize(("head", "tail"), CUT_ITEMS)
def test_an_items_first_line_cut_short_goes_on(
    head: str, tail: str, width: int, ext: str, end: str
) -> None:
    assert _lines([head, tail, _AFTER], width, ext, end)[-2:] == [f"{head} {tail}", _AFTER]


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize(
    "lines",
    [
        ["- Hội Nông dân xã chủ trì, phối hợp với", "Ủy ban Mặt trận Tổ quốc Việt Nam xã;"],
        # a number in capitals, or one abbreviation, a wrap left alone on a line: no title
        ["- Thực hiện Nghị quyết số", "03/NQ-CP", "ngày 09/01/2025 của Chính phủ;"],
        ["- Các thôn báo cáo kết quả thực hiện về", "UBND."],
        # symbols in capitals; a title in capitals cut after a word of mixed case
        ["- Mẫu nước: nhiệt độ, độ mặn,", "N-NO3-, P-PO43-, H2S, TSS", "(tổng chất rắn lơ lửng);"],
        ["PHÁT TRIỂN HẠ TẦNG 5G, IoT TRONG CÁC KHU", "CÔNG NGHIỆP ĐẾN NĂM 2030"],
    ],
    ids=["a name", "a number", "an abbreviation", "symbols", "a title's rest"],
)
def test_a_sentence_cut_before_capitals_still_goes_on(
    lines: list[str], width: int, ext: str, end: str
) -> None:
    assert _lines([*lines, _AFTER], width, ext, end)[-2:] == [" ".join(lines), _AFTER]


# a công văn's subject line (`V/v ...`) and its addressees under it (corpus/ANNOTATION.md: a
# công văn's title is the text after `V/v`; a thông báo's addressees named at the start, `Kính
# gửi: ...`): the subject never runs into the addressee label, whatever word it ends with
SUBJECTS = [
    "V/v triển khai kế hoạch tiếp theo",
    "V/v phối hợp thực hiện với",
    "V/v tổ chức tập huấn cho cán bộ thôn,",
    "V/v báo cáo kết quả thực hiện năm 2026",
]
ADDRESSEES = ["Kính gửi: Các đơn vị.", "Kính gửi: Ủy ban nhân dân các xã, phường."]


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize("addressee", ADDRESSEES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_addressee_label_opens_its_own_line(
    subject: str, addressee: str, width: int, ext: str, end: str
) -> None:
    lines = [subject, addressee, _AFTER]
    assert _lines(lines, width, ext, end)[-3:] == lines
