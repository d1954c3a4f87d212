"""A line cut mid-sentence goes on with the next line, even one opening with a capital; a real
element after it is never glued to it.

A plan ends a list's item with `;` or `.` and a sentence with `.`: a line ending with a comma,
or with a word that never ends a sentence (`từ`, `của`, `với`, `và`: data/cut_lines.yaml),
was cut before its end, and what follows it goes on with it though it opens with a
capital, as a name, a quarter or a body does (`Hội Liên hiệp Phụ nữ tỉnh,` / `Tỉnh Đoàn tổ chức
...`, `... từ` / `Quý II đến Quý IV năm 2026.`), in a text too short to show its wrap width.
A line that opens an element is never the rest of such a line: a bullet, a numbered item or
heading, a title in capitals, a basis item (`Căn cứ ...`), the signature (`TM. ỦY BAN NHÂN DÂN`).

Grid: each place a plan puts a sentence in (a prose paragraph, a bullet item, a numbered item,
the basis list, the recipients of `Nơi nhận:`) × its sentence cut at a comma or at a joining
word × hard-wrapped at 60, 72, 100 columns among paragraphs wrapped alike, a line a sentence,
or a short text cut only there. Expected results written before running the parser.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes
from plan_paragraphs import PARAGRAPHS

_TASKS = "II. NHIỆM VỤ"
_NEXT_ITEM = "- Các thôn báo cáo kết quả về Ủy ban nhân dân xã."
_NEXT_BASIS = "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân huyện;"

# a place: the lines before the sentence, the sentence cut at a comma and at a joining word
# (head, tail), the element after it
PLACES: dict[str, tuple[list[str], dict[str, tuple[str, str]], str]] = {
    "prose paragraph": (
        [_TASKS],
        {
            "comma": (
                "Trong năm 2025, Sở Y tế đã phối hợp với Hội Liên hiệp Phụ nữ tỉnh,",
                "Tỉnh Đoàn tổ chức 20 lớp tập huấn cho cán bộ cơ sở.",
            ),
            "joining word": (
                "Các thôn phối hợp với Trạm Y tế xã tổ chức tập huấn cho cán bộ thôn từ",
                "Quý II đến Quý IV năm 2026.",
            ),
        },
        "Các thôn báo cáo kết quả về Ủy ban nhân dân xã.",
    ),
    "bullet item": (
        [_TASKS],
        {
            "comma": (
                "- Tuyên truyền trên hệ thống loa truyền thanh, bảng tin của thôn,",
                "Trang thông tin điện tử xã và mạng xã hội;",
            ),
            "joining word": (
                "- Hội Nông dân xã chủ trì, phối hợp với",
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức hội thi;",
            ),
        },
        _NEXT_ITEM,
    ),
    "numbered item": (
        [_TASKS],
        {
            "comma": (
                "1. Trạm Y tế xã chủ trì, phối hợp với Công an xã,",
                "Ban Chỉ huy Quân sự xã kiểm tra an toàn thực phẩm.",
            ),
            "joining word": (
                "1. Các thôn tổ chức thực hiện theo hướng dẫn của",
                "Phòng Văn hóa - Xã hội xã và báo cáo kết quả.",
            ),
        },
        "2. Kinh phí thực hiện",
    ),
    "basis list": (
        [],
        {
            "comma": (
                "Căn cứ Kế hoạch liên tịch số 05/KHLT ngày 10/01/2026 của Ủy ban nhân dân huyện,",
                "Ủy ban Mặt trận Tổ quốc Việt Nam huyện về tuyên truyền năm 2026;",
            ),
            "joining word": (
                "Căn cứ Chương trình phối hợp số 02/CTPH ngày 05/01/2026 giữa UBND xã và",
                "Hội Liên hiệp Phụ nữ xã về thực hiện bình đẳng giới;",
            ),
        },
        _NEXT_BASIS,
    ),
    # `Nơi nhận:` with no signature after it is read in the body: a recipient wrapped is one
    # item, whose line is joined (domain.md: recipients, `a wrapped item joined onto one line`)
    "recipients list": (
        ["Nơi nhận:"],
        {
            "comma": (
                "- Ủy ban Mặt trận Tổ quốc Việt Nam xã,",
                "Các đoàn thể chính trị - xã hội xã;",
            ),
            "joining word": ("- Thường trực Đảng ủy và", "Hội đồng nhân dân xã;"),
        },
        "- Lưu: VT.",
    ),
}

# a line cut at a comma or a joining word, then an element: never glued to it
ELEMENTS = {
    "a bullet": ("- Tuyên truyền trên loa truyền thanh, bảng tin,", "- Tổ chức hội thi;"),
    "a numbered item": ("1. Tổ chức tuyên truyền, vận động,", "2. Kiểm tra, giám sát"),
    "a numbered heading": ("Các thôn phối hợp thực hiện theo", "III. TỔ CHỨC THỰC HIỆN"),
    "a target's entry": ("Phấn đấu đến năm 2030,", "(1) Tỷ lệ hộ nghèo giảm còn dưới 2%;"),
    "the signature": ("Các thôn báo cáo kết quả về Ủy ban nhân dân xã,", "TM. ỦY BAN NHÂN DÂN"),
}
# a headline whose last word ends with a joining word's syllable (`tồn tại`, `hiện tại`): whole,
# in a text of a line a paragraph; in a text of cut paragraphs a numbered line holding a comma
# may be a sentence's first line (joining._titled_item), a choice of its own
HEADLINE = ("2. Hạn chế, tồn tại", "Công tác tuyên truyền ở một số thôn chưa thường xuyên.")
# a basis item after one a draft ended with a comma: apart, in a text of cut paragraphs too
# (test_cut_paragraph_elements.py)
BASIS = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025,",
    "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân huyện;",
)
# a title in capitals and a capital's item: apart in a text of a line a paragraph; in a text of
# cut paragraphs a title in capitals too (test_cut_paragraph_elements.py), a capital's item in
# running case (`A. Mục tiêu chung`) still runs on after a line without a stop
TITLE = ("Các thôn phối hợp thực hiện với", "NHIỆM VỤ TRỌNG TÂM NĂM 2026")
CAPITAL_ITEM = ("Các thôn phối hợp thực hiện,", "A. Mục tiêu chung")

# a body's name after a preamble clause's comma may open the sentence naming the plan (`Để
# chủ động ...,` / `Ủy ban nhân dân xã ... xây dựng Kế hoạch ...`): kept apart in a short text,
# as on the base; a text of cut paragraphs runs a clause on into the next, as on the base
_KEPT_APART = {("basis list", "comma")}
_WIDTHS = [60, 72, 100]


def _lines(text: str) -> list[str]:
    return [line.text for line in normalize(read_text_bytes(text.encode(), "txt")).lines]


def _wrap(line: str, width: int | None) -> list[str]:
    return textwrap.wrap(line, width=width) if width else [line]


def _text(lines: list[str], width: int | None, context: str) -> str:
    """Paragraphs wrapped at `width` (enough to show the width) then `lines`, or, for a short
    text, `lines` alone; no blank line anywhere."""
    body = [] if context == "short" else [w for p in PARAGRAPHS * 3 for w in _wrap(p, width)]
    return "\n".join([*body, *lines]) + "\n"


_CONTEXTS = [(None, "a line a sentence"), *[(w, f"wrapped at {w}") for w in _WIDTHS]]


@pytest.mark.parametrize(("width", "context"), [*_CONTEXTS, (None, "short")])
@pytest.mark.parametrize("cut", ["comma", "joining word"])
@pytest.mark.parametrize("place", list(PLACES))
def test_a_cut_sentence_goes_on_before_a_capital(
    place: str, cut: str, width: int | None, context: str
) -> None:
    before, sentences, element = PLACES[place]
    head, tail = sentences[cut]
    if context == "a line a sentence":
        pair = [f"{head} {tail}"]
    elif context == "short":
        pair = [head, tail]
    else:
        pair = [*_wrap(head, width), *_wrap(tail, width)]
    lines = _lines(_text([*before, *pair, element], width, context))
    apart = (place, cut) in _KEPT_APART and context == "short"
    expected = [head, tail] if apart else [f"{head} {tail}"]
    assert lines[-len(expected) - 1 :] == [*expected, element]


@pytest.mark.parametrize(("width", "context"), [*_CONTEXTS, (None, "short")])
@pytest.mark.parametrize("shape", list(ELEMENTS))
def test_an_element_after_a_cut_line_stands_alone(
    shape: str, width: int | None, context: str
) -> None:
    head, element = ELEMENTS[shape]
    pair = [head] if context in ("short", "a line a sentence") else _wrap(head, width)
    lines = _lines(_text([_TASKS, *pair, element], width, context))
    assert lines[-2:] == [head, element]


@pytest.mark.parametrize("context", ["a line a sentence", "short"])
@pytest.mark.parametrize(
    "pair",
    [HEADLINE, BASIS, TITLE, CAPITAL_ITEM],
    ids=["headline", "basis item", "title in capitals", "capital's item"],
)
def test_a_line_a_paragraph_keeps_its_elements_apart(context: str, pair: tuple[str, str]) -> None:
    lines = _lines(_text([_TASKS, *pair], None, context))
    assert lines[-2:] == list(pair)
