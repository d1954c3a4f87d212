"""When a line without a final mark is continued by the next, across a blank line or not.

A blank line is a paragraph's end in every text that has them; only a line that cannot open a
paragraph crosses it: one opening in lower case, or with a date's figures (a page break or a
wrap cut the sentence). A paragraph may open with a figure (`100% điểm đến du lịch ...`,
`6 tháng đầu năm, ...`, a due year), so a line opening with one continues only a line cut
before its end (a comma, a joining word), or, in a text whose runs of lines are paragraphs,
the line above it in the same run. Grid: a headline without a final mark × the next line's
opening × blank line between or not × how the text spaces its lines.
"""

from __future__ import annotations

import pytest

from plan_extract.normalize import normalize
from plan_extract.normalize.joining import Paragraphs, paragraph_breaks
from plan_extract.read.text import read_text_bytes

HEADLINE = "Kết quả nổi bật trong năm qua"
NEXT = {
    "figure": "6 tháng đầu năm, xã đạt nhiều kết quả.",
    "lowercase": "xã đạt nhiều kết quả trong 6 tháng đầu năm.",
    "capital": "Xã đạt nhiều kết quả trong 6 tháng đầu năm.",
    "bullet": "- Xã đạt nhiều kết quả.",
    "numbering": "1. Về kinh tế",
}
_PARTED = "Câu một.\n\nCâu hai.\n\nCâu ba.\n\n"  # single-spaced, a blank line after each paragraph
_ONE_A_LINE = "Câu một.\nCâu hai.\nCâu ba.\nCâu bốn.\n"  # a paragraph a line, no blank line
_DOUBLE = "Câu một là một câu\n\ndài.\n\nCâu hai.\n\nCâu ba.\n\n"  # a blank after every line
# How the text spaces its lines: the paragraphs before the pair, the break between the pair's
# lines, and how the text parts its paragraphs.
SPACINGS: dict[str, tuple[str, str, Paragraphs]] = {
    "single, blank between": (_PARTED, "\n\n", "blank_lines"),
    "single, no blank between": (_PARTED, "\n", "blank_lines"),
    "paragraph a line, blank between": (_ONE_A_LINE, "\n\n", "lines"),
    "paragraph a line, no blank between": (_ONE_A_LINE, "\n", "lines"),
    "double-spaced": (_DOUBLE, "\n\n", "blank_lines"),
}
# Expected BEFORE running the parser: which pairs are one line.
JOINED = {
    ("figure", "single, no blank between"),  # a run of lines is one paragraph
    ("capital", "single, no blank between"),
    *(("lowercase", spacing) for spacing in SPACINGS),  # no paragraph opens in lower case
}


def _document(spacing: str, first: str, second: str) -> tuple[list[str], Paragraphs]:
    before, between, _ = SPACINGS[spacing]
    text = f"{before}{first}{between}{second}\n\nCâu cuối.\n"
    raw = read_text_bytes(text.encode(), "txt")
    parts = paragraph_breaks(raw.lines, raw.markdown_marks, raw.blank_lines)
    return [line.text for line in normalize(raw).lines], parts


@pytest.mark.parametrize("spacing", list(SPACINGS))
@pytest.mark.parametrize("opening", list(NEXT))
def test_a_headline_without_a_final_mark_joins_only_what_cannot_open_a_paragraph(
    opening: str, spacing: str
) -> None:
    lines, parts = _document(spacing, HEADLINE, NEXT[opening])
    assert parts == SPACINGS[spacing][2]
    joined = f"{HEADLINE} {NEXT[opening]}"
    expected = [joined] if (opening, spacing) in JOINED else [HEADLINE, NEXT[opening]]
    assert lines[-1 - len(expected) : -1] == expected


CUT_BEFORE_A_FIGURE = [
    ("Phấn đấu đến hết năm 2026,", "100% thôn có nhà văn hóa."),  # a comma
    ("Nâng tỷ lệ hộ dùng nước sạch của", "02 thôn còn lại lên 95%."),  # a joining word
    ("Các thôn gửi báo cáo trước ngày", "30/9/2026."),  # a date's figures
]


@pytest.mark.parametrize("spacing", list(SPACINGS))
@pytest.mark.parametrize(("first", "second"), CUT_BEFORE_A_FIGURE)
def test_a_line_cut_before_its_end_goes_on_with_a_figure_across_a_blank_line(
    first: str, second: str, spacing: str
) -> None:
    lines, _ = _document(spacing, first, second)
    assert lines[-2] == f"{first} {second}"
