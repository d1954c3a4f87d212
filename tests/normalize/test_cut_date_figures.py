"""A date in words cut at its month's word goes on with the month's figure on the next line.

A date in words runs day, month, year (`ngày 15 tháng 5 năm 2026`, `ngày 10-12 tháng 8`); a
wrap after the month's word (`vào ngày 10-12 tháng` / `8. Các chi hội ...`) leaves the month's
figure first on the next line, where it looks like a list's number: the two are one line. Not
after `hằng tháng`, `6 tháng` (no day before the word), nor after a line that ends a sentence
(`... năm 2026.` / `3. Các thôn ...`), nor before a figure no month has (`13.`): those open an
item. A date cut from its lead (`hoàn thành trong` / `Quý III/2026.`) goes on as before.

Grid: lines written for the test (a date in words cut at its month's word, a date cut from its
lead; and, to stay apart, lines ending with a count of months, a monthly or yearly time, or a
sentence's end, then a numbered item) × where the pair sits (under a numbered heading, after a
paragraph) × blank lines between paragraphs or none × `.txt` / `.md` × LF / CRLF ×
hard-wrapped at 60 and 72 columns or a paragraph a line. Expected results written before
running the parser.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes

# (first line, second line, whether they are one line)
PAIRS = {
    "month's figure, range of days": (
        "- Hội Nông dân xã tổ chức hội thi vào ngày 10-12 tháng",
        "8. Các chi hội đăng ký trước.",
        True,
    ),
    "month's figure, one day": (
        "Các thôn gửi danh sách về Ủy ban nhân dân xã trước ngày 15 tháng",
        "9. Trạm Y tế xã tổng hợp kết quả.",
        True,
    ),
    "month's figure, padded": (
        "- Tổ chức ra quân đồng loạt vào ngày 05 tháng",
        "02. Các thôn báo cáo kết quả.",
        True,
    ),
    "quarter after its lead": (
        "- Công an xã phối hợp các thôn tổ chức tuần tra từ",
        "Quý II/2026 đến hết năm 2026.",
        True,
    ),
    "month after its lead": (
        "- Các thôn rà soát danh sách, hoàn thành trong",
        "Tháng 6/2026.",
        True,
    ),
    "monthly days": (
        "- Các chi hội sinh hoạt định kỳ vào ngày 01-05 hằng tháng",
        "2. Hội Nông dân xã hướng dẫn nội dung.",
        False,
    ),
    "count of months": (
        "- Kiểm tra kết quả thực hiện sau 6 tháng",
        "3. Các thôn tổ chức thực hiện kế hoạch.",
        False,
    ),
    "sentence's end": (
        "- Báo cáo kết quả trước ngày 15 tháng 12 năm 2026.",
        "3. Các thôn tổ chức thực hiện kế hoạch.",
        False,
    ),
    "yearly": (
        "- Các thôn tổ chức sơ kết hằng năm",
        "2. Hội Nông dân xã hướng dẫn nội dung.",
        False,
    ),
    "no month's figure": (
        "- Báo cáo kết quả trước ngày 15 tháng",
        "13. Các thôn tổ chức thực hiện kế hoạch.",
        False,
    ),
}
# Where the pair sits: the lines before it.
PLACES = {
    "under a numbered heading": ["II. NHIỆM VỤ VÀ GIẢI PHÁP"],
    "after a paragraph": ["Năm qua, xã đã hoàn thành các nhiệm vụ."],
}
_PARAGRAPHS = [
    "Ủy ban nhân dân xã triển khai đồng bộ các nhiệm vụ, giải pháp nhằm nâng cao đời sống "
    "vật chất và tinh thần của nhân dân trên địa bàn xã trong năm 2026.",
    "Các thôn chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian "
    "hoàn thành và kết quả đầu ra của từng nhiệm vụ được giao.",
    "Phòng Văn hóa - Xã hội tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã theo quy định.",
]
_CLOSE = "Các thôn báo cáo kết quả về Ủy ban nhân dân xã."


def _document(pair: str, place: str, blank: bool, width: int | None, newline: str) -> str:
    """The plan's text: paragraphs (hard-wrapped at `width`, or a line each), the place's lines,
    the pair, a closing paragraph; paragraphs parted by blank lines or not."""
    first, second, _ = PAIRS[pair]
    body = [*_PARAGRAPHS * 3, *PLACES[place]]
    lines = [
        "\n".join(textwrap.wrap(paragraph, width=width)) if width else paragraph
        for paragraph in body
    ]
    between = "\n\n" if blank else "\n"
    text = between.join([*lines, f"{first}\n{second}", _CLOSE]) + "\n"
    return text.replace("\n", newline)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("width", [None, 60, 72])
@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("pair", list(PAIRS))
def test_a_date_cut_at_its_month_word_goes_on_with_the_month_figure(
    pair: str, place: str, fmt: str, blank: bool, width: int | None, newline: str
) -> None:
    raw = read_text_bytes(_document(pair, place, blank, width, newline).encode(), fmt)
    lines = [line.text for line in normalize(raw).lines]
    first, second, joined = PAIRS[pair]
    expected = [f"{first} {second}"] if joined else [first, second]
    assert lines[-len(expected) - 1 :] == [*expected, _CLOSE]
