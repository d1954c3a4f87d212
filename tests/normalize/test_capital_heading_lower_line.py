"""A heading or title in capitals is whole: a line in lower case after it is the paragraph
under it, never the rest of its title, whatever the text parts its paragraphs by. A title in
capitals goes on only with more capitals (`II. NHIỆM VỤ VÀ` / `GIẢI PHÁP`); a sentence in
running case cut before a line in lower case goes on (a page break).

Grid: each line in capitals (a numbered heading, a title without a number, a lettered heading)
× the line in lower case after it (a sentence, a bullet) × the text around it: a paragraph a
line (no blank line, lines whole: as a converter gives a Word file's paragraphs), as `.txt`
with LF or CRLF ends and as `.md`; and pieces of paragraphs hard-wrapped at 60, 72, 100
columns, CRLF, `.md`. Expected results written before running the parser: the line in
capitals, the line in lower case and the paragraph after it, each a line of its own.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes
from plan_paragraphs import PARAGRAPHS

_AFTER = "Các thôn báo cáo kết quả về Ủy ban nhân dân xã."
CAPITALS = [
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. MỤC TIÊU CHUNG",
    "NHIỆM VỤ TRỌNG TÂM NĂM 2026",
    "A. MỤC TIÊU CHUNG",
]
LOWER = [
    "tổ chức tuyên truyền sâu rộng trong nhân dân về bình đẳng giới.",
    "- tổ chức tuyên truyền sâu rộng trong nhân dân về bình đẳng giới;",
]
# the controls: a sentence in running case, or a title in capitals, cut before its end
GOES_ON = [
    ("Ủy ban nhân dân xã tổ chức tuyên truyền", "sâu rộng trong nhân dân về bình đẳng giới."),
    ("II. NHIỆM VỤ VÀ", "GIẢI PHÁP"),
]
_LINE_CONTEXTS = [("txt", "\n"), ("txt", "\r\n"), ("md", "\n")]
_LINE_IDS = ["a line each", "a line each, CRLF", "a line each, .md"]
_WIDTHS = [60, 72, 100]
_CONTEXTS = [*[(w, "txt", "\n") for w in _WIDTHS], (72, "txt", "\r\n"), (72, "md", "\n")]
_IDS = ["wrapped at 60", "wrapped at 72", "wrapped at 100", "CRLF", ".md"]


def _whole_lines(lines: list[str], ext: str, end: str) -> list[str]:
    """The normalized lines of a text of a paragraph a line, no blank line, then `lines`."""
    text = end.join([*PARAGRAPHS * 3, *lines]) + end
    return [line.text for line in normalize(read_text_bytes(text.encode(), ext)).lines]


def _wrapped_lines(lines: list[str], width: int, ext: str, end: str) -> list[str]:
    """The normalized lines of paragraphs then `lines`, all wrapped at `width`, no blank line."""
    wrapped = [piece for line in [*PARAGRAPHS * 3, *lines] for piece in textwrap.wrap(line, width)]
    text = end.join(wrapped) + end
    return [line.text for line in normalize(read_text_bytes(text.encode(), ext)).lines]


@pytest.mark.parametrize(("ext", "end"), _LINE_CONTEXTS, ids=_LINE_IDS)
@pytest.mark.parametrize("lower", LOWER)
@pytest.mark.parametrize("capitals", CAPITALS)
def test_a_lower_case_line_stands_apart_from_capitals_in_whole_lines(
    capitals: str, lower: str, ext: str, end: str
) -> None:
    lines = [capitals, lower, _AFTER]
    assert _whole_lines(lines, ext, end)[-3:] == lines


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize("lower", LOWER)
@pytest.mark.parametrize("capitals", CAPITALS)
def test_a_lower_case_line_stands_apart_from_capitals_in_cut_paragraphs(
    capitals: str, lower: str, width: int, ext: str, end: str
) -> None:
    lines = [capitals, lower, _AFTER]
    assert _wrapped_lines(lines, width, ext, end)[-3:] == lines


@pytest.mark.parametrize(("ext", "end"), _LINE_CONTEXTS, ids=_LINE_IDS)
@pytest.mark.parametrize(("head", "tail"), GOES_ON)
def test_a_line_cut_before_its_end_goes_on_in_whole_lines(
    head: str, tail: str, ext: str, end: str
) -> None:
    assert _whole_lines([head, tail, _AFTER], ext, end)[-2:] == [f"{head} {tail}", _AFTER]
