"""A dash before a figure opens a bullet (`- 100% các xã ...`), whatever word follows the figure.

A dash before a lower-case word at a line's start is a compound's cut by a wrap (`kinh tế` /
`- xã hội`); one before a figure is a range's second half after a figure (`giai đoạn 2026` /
`- 2030 của xã`, `bình quân 05` / `- 06%/năm`, `đạt 60%` / `- 70% ...`: corpus/ANNOTATION.md,
targets, ranges), unless a year ends the line and no year follows (a range runs from a year to
a year), else a list's item: no compound opens with a figure. Grid: a line without a final
mark, then a dash line (a figure's bullet, a compound's dash, a range's second figure) × how
the text spaces its lines (a paragraph a line; blank lines between paragraphs, none between the
pair; cut paragraphs with no blank line; hard-wrapped at 60 and 72, the pair after a line that
ran to the width). Expected results written before running the parser.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes
from plan_paragraphs import CLOSING, PARAGRAPHS

# (first line, second line, whether they are one line)
PAIRS = {
    "a figure's bullet after a title": (
        "Các chỉ tiêu chủ yếu về xây dựng nông thôn mới",
        "- 100% các xã đạt chuẩn nông thôn mới;",
        False,
    ),
    "a figure's bullet after a year": (
        "Các chỉ tiêu chủ yếu đến năm 2030",
        "- 100% các xã đạt chuẩn nông thôn mới;",
        False,
    ),
    "a count's bullet after a title": (
        "Các chỉ tiêu chủ yếu về văn hóa",
        "- 02 thôn còn lại có nhà văn hóa;",
        False,
    ),
    "a compound's dash": ("Thúc đẩy phát triển kinh tế", "- xã hội của xã.", True),
    "a range's year": ("Kế hoạch giai đoạn 2026", "- 2030 của xã được ban hành.", True),
    "a rate's range": ("Tốc độ tăng bình quân 05", "- 06%/năm trong giai đoạn.", True),
    "a range printing its unit twice": ("Tỷ lệ hộ dùng nước sạch đạt 60%", "- 70% số hộ.", True),
}
# Lines that ran to a hard wrap's width (60, 72), the pair's first line in a wrapped text
_FULL_LINES = {
    60: "Các chỉ tiêu chủ yếu về xây dựng nông thôn mới của cả xã gồm",
    72: "Các chỉ tiêu chủ yếu về xây dựng nông thôn mới kiểu mẫu của toàn xã gồm",
}
_CUT = [  # a text whose lines are pieces of paragraphs, with no blank line
    "Ủy ban nhân dân xã triển khai đồng bộ các nhiệm vụ,",
    "giải pháp nhằm nâng cao đời sống vật chất",
    "và tinh thần của nhân dân trên địa bàn xã.",
    "Các thôn chủ động xây dựng kế hoạch cụ thể,",
    "phân công rõ người, rõ việc, rõ thời gian",
    "hoàn thành và kết quả đầu ra của từng nhiệm vụ.",
]
SPACINGS = ["a paragraph a line", "blank lines", "cut paragraphs", "wrapped at 60", "wrapped at 72"]


def _document(first: str, second: str, spacing: str) -> str:
    """The plan's text in the spacing, the pair last before a closing sentence."""
    if spacing == "a paragraph a line":
        return "\n".join([*PARAGRAPHS, first, second, CLOSING]) + "\n"
    if spacing == "blank lines":
        return "\n\n".join([*PARAGRAPHS, f"{first}\n{second}", CLOSING]) + "\n"
    if spacing == "cut paragraphs":
        return "\n".join([*_CUT, *_CUT, first, second, CLOSING]) + "\n"
    width = int(spacing.rsplit(" ", 1)[1])
    wrapped = [line for text in PARAGRAPHS * 3 for line in textwrap.wrap(text, width=width)]
    return "\n".join([*wrapped, first, second, CLOSING]) + "\n"


@pytest.mark.parametrize("spacing", SPACINGS)
@pytest.mark.parametrize("pair", list(PAIRS))
def test_a_dash_before_a_figure_opens_a_bullet_a_dash_before_a_word_goes_on(
    pair: str, spacing: str
) -> None:
    first, second, joined = PAIRS[pair]
    if spacing.startswith("wrapped") and first.startswith("Các chỉ tiêu chủ yếu về xây"):
        first = _FULL_LINES[int(spacing.rsplit(" ", 1)[1])]  # the bullet follows a full line
    raw = read_text_bytes(_document(first, second, spacing).encode(), "txt")
    lines = [line.text for line in normalize(raw).lines]
    expected = [f"{first} {second}"] if joined else [first, second]
    assert lines[-len(expected) - 1 :] == [*expected, CLOSING]
