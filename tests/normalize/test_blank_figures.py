"""A paragraph may open with a figure; across a blank line, a figure continues only a cut line.

A blank line ends a paragraph; a line after it goes on with the line above only when no
paragraph can open so (in lower case, a date's figures: a page break or a wrap cut the
sentence). A paragraph may open with a figure (`6 tháng đầu năm, ...`, `100% điểm đến ...`)
under a headline without a final mark, so across a blank line a figure continues only a line
cut before its end (a comma, a joining word). With no blank line between, it goes on as
before (`Kiểm tra mỗi năm` / `3- 4 lần.` is one wrapped sentence), also after a comparator
(`... dưới` / `15%.`), but not under a numbered heading that is a whole title (`2. Chỉ tiêu cụ
thể` / `100% hồ sơ ...`: the heading's first target).

Grid: lines written for the test (a headline without a final mark, or a line cut before its
end, then a line opening with a figure) × where the pair sits (under a numbered heading, in a
bullet, after a bold or italic headline) × blank line between or not × `.txt` / `.md` ×
hard-wrapped at 60 and 72 columns or a paragraph a line. Expected results written before
running the parser.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes
from plan_paragraphs import CLOSING, PARAGRAPHS

# (first line, second line, whether they are one line across a blank line)
PAIRS = {
    "plain headline": ("Kết quả nổi bật trong năm qua", "6 tháng đầu năm, toàn xã đạt 95%.", False),
    "numbered headline": ("2. Kết quả nổi bật", "6 tháng đầu năm, toàn xã đạt 95%.", False),
    "bullet headline": ("- Du lịch và dịch vụ", "100% điểm đến du lịch dùng mã QR.", False),
    "italic headline": ("*- Du lịch và dịch vụ*", "100% điểm đến du lịch dùng mã QR.", False),
    "bold headline": ("**Kết quả nổi bật**", "6 tháng đầu năm, toàn xã đạt 95%.", False),
    "cut at a comma": ("Phấn đấu đến hết năm 2026,", "100% thôn có nhà văn hóa.", True),
    "cut at a joining word": ("Nâng tỷ lệ hộ dùng nước sạch của", "02 thôn còn lại lên 95%.", True),
    "bullet cut at a comma": ("- Phấn đấu đến năm 2030,", "100% hộ dùng nước sạch.", True),
    "cut before a date": ("Các thôn gửi báo cáo trước ngày", "30/9/2026.", True),
    # a target cut before its figure, after the word the figure follows (cut_lines.yaml)
    "cut before a target's level": (
        "Phấn đấu đến cuối năm 2026, tỷ lệ hộ nghèo còn",
        "3,5% theo chuẩn mới.",
        True,
    ),
    "cut before a rate reached": (
        "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt",
        "95% dân số.",
        True,
    ),
    "cut before a share": (
        "Lao động nữ trong các doanh nghiệp chiếm",
        "45% tổng số lao động.",
        True,
    ),
}
# Where the pair sits: the lines before it.
PLACES = {
    "under a numbered heading": ["II. KẾT QUẢ THỰC HIỆN"],
    "after a paragraph": ["Năm qua, xã đã triển khai đồng bộ các nhiệm vụ được giao."],
}


def _markdown_free(line: str) -> str:
    return line.strip("*")


def _document(pair: str, place: str, blank: bool, width: int | None) -> str:
    """The plan's text: paragraphs (hard-wrapped at `width`, or a line each), the place's lines,
    the pair (a blank line between or not), a closing paragraph; blank lines part the
    paragraphs."""
    first, second, _ = PAIRS[pair]
    body = [*PARAGRAPHS * 3, *PLACES[place]]  # enough lines to show a wrap width
    lines = [
        "\n".join(textwrap.wrap(paragraph, width=width)) if width else paragraph
        for paragraph in body
    ]
    between = "\n\n" if blank else "\n"
    return "\n\n".join([*lines, f"{first}{between}{second}", CLOSING]) + "\n"


def _lines(text: str, fmt: str) -> list[str]:
    raw = read_text_bytes(text.encode(), "md" if fmt == "md" else "txt")
    return [line.text for line in normalize(raw).lines]


def _expected(pair: str, fmt: str) -> list[str]:
    first, second, joined = PAIRS[pair]
    if fmt == "md":
        first = _markdown_free(first)
    return [f"{first} {second}"] if joined else [first, second]


# Each pair in `.md`, and in `.txt` unless it has Markdown's emphasis
_FORMATS = [
    (pair, fmt)
    for pair, (first, _, _) in PAIRS.items()
    for fmt in ("txt", "md")
    if fmt == "md" or "*" not in first
]


@pytest.mark.parametrize("width", [None, 60, 72])
@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("pair", "fmt"), _FORMATS)
def test_across_a_blank_line_a_figure_continues_only_a_line_cut_before_its_end(
    pair: str, fmt: str, place: str, width: int | None
) -> None:
    lines = _lines(_document(pair, place, blank=True, width=width), fmt)
    expected = _expected(pair, fmt)
    assert lines[-len(expected) - 1 :] == [*expected, CLOSING]


# With no blank line between, a line without a final mark goes on with the next opening with
# a figure then a lower-case word, as before (a wrap's cut: `Kiểm tra mỗi năm` / `3- 4 lần.`).
NO_BLANK = [
    ("Kiểm tra mỗi năm", "3- 4 lần.", True),
    ("Kết quả nổi bật trong năm qua", "6 tháng đầu năm, toàn xã đạt 95%.", True),
    ("Phấn đấu đến hết năm 2026,", "100% thôn có nhà văn hóa.", True),
    # a target cut before its figure after a comparator (cut_lines.yaml, figure_leads)
    ("- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới", "15%.", True),
    ("- Tỷ lệ hộ nghèo đa chiều không vượt quá", "2%;", True),
    # under a numbered heading that is a whole title, a figure opens its first target
    ("2. Chỉ tiêu cụ thể", "100% hồ sơ được giải quyết đúng hạn.", False),
    ("2. Mục tiêu cụ thể đến năm 2026", "05 mô hình câu lạc bộ được thành lập mới.", False),
    ("b) Chỉ tiêu", "95% hộ gia đình được tuyên truyền;", False),
    ("II. CHỈ TIÊU CỤ THỂ", "80% phụ nữ được tư vấn pháp lý.", False),
    # but a heading cut before its figure, and an item citing a document, go on
    ("2. Phấn đấu tỷ lệ hộ nghèo giảm còn", "2% vào cuối năm.", True),
    ("2. Thông tư 05/2022/TT-BNNPTNT ngày", "25 tháng 7 năm 2022 của Bộ Nông nghiệp.", True),
    ("a) Thời gian thi đua chia thành", "02 đợt: đợt 1 từ tháng 3 đến tháng 6.", True),
]


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize(("first", "second", "joined"), NO_BLANK)
def test_with_no_blank_line_between_a_figure_joins_as_before(
    first: str, second: str, joined: bool, fmt: str
) -> None:
    text = "\n".join([*PARAGRAPHS, first, second, CLOSING]) + "\n"
    expected = [f"{first} {second}"] if joined else [first, second]
    assert _lines(text, fmt)[-len(expected) - 1 :] == [*expected, CLOSING]
