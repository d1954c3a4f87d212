"""Hard wraps: the wrap width of a text, and the lines a tool cut at it."""

from __future__ import annotations

import textwrap

from plan_extract.read.model import Hint, RawLine
from plan_extract.read.text.wraps import mark_wraps, wrap_width

_SENTENCE = (
    "Các cơ quan, đơn vị chủ động triển khai thực hiện nhiệm vụ được giao, báo cáo kết quả "
    "định kỳ hằng quý về Sở Nội vụ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh."
)


def test_the_width_of_a_hard_wrapped_text_is_found_at_each_usual_width() -> None:
    for width in (60, 72, 100):
        lines = textwrap.wrap(" ".join([_SENTENCE] * 12), width=width)
        found = wrap_width(lines)
        assert found is not None and width - 12 <= found <= width, (width, found)


def test_a_text_of_one_paragraph_per_line_has_no_width() -> None:
    """Paragraphs of many lengths, each on one line; even many of one long length are no width."""
    words = _SENTENCE.split()
    varied = [" ".join(words[: 4 + index % len(words)]) for index in range(40)]
    assert wrap_width(varied) is None
    lines = [f"{index}. Nội dung thứ {index}" if index % 3 else _SENTENCE for index in range(30)]
    assert wrap_width(lines) is None


def test_a_short_text_says_nothing_about_a_width() -> None:
    assert wrap_width(textwrap.wrap(_SENTENCE, width=40)) is None


def test_only_lines_after_a_cut_are_marked() -> None:
    paragraphs = [_SENTENCE] * 8 + ["Ngắn."]
    texts = [piece for paragraph in paragraphs for piece in textwrap.wrap(paragraph, width=72)]
    texts += ["Dòng mới sau một câu ngắn."]
    marked = mark_wraps([RawLine(text=text, source_line=n) for n, text in enumerate(texts, 1)])
    assert Hint.WRAPPED not in marked[0].hints
    assert Hint.WRAPPED in marked[1].hints
    assert Hint.WRAPPED not in marked[-1].hints  # `Ngắn.` ends far before the width
