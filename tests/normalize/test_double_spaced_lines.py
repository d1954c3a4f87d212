"""A converter that sets every line as a paragraph of its own puts a blank line after each line,
also after a line cut mid-sentence: its blank lines say nothing about where paragraphs end. Such
a text joins as the same lines without the blank lines do: a line opening with a capital goes on
with a line cut at a comma or a joining word (data/cut_lines.yaml), and an element (a
bullet, a numbered heading, a title in capitals, a basis item `Căn cứ ...`) stands alone.

The signal: almost every line is followed by a blank line, and the text read without them cuts
its paragraphs (many lines go on in lower case: joining.cuts_paragraphs). A Markdown text with a
paragraph a line and blank lines between (no line going on in lower case) is not one.

Grid: the shapes (a cut at a comma, at a joining word; a title in capitals, a basis item, a
numbered heading after a cut-free line) × hard-wrapped at 60, 72, 100 columns × `.txt`, `.md`,
CRLF. Expected results written before running the parser.
"""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes
from plan_paragraphs import PARAGRAPHS

_NEXT = "- Các thôn báo cáo kết quả về Ủy ban nhân dân xã."

# (lines as the converter gives them, the lines they must read as)
SHAPES = {
    "cut at a joining word": (
        ["- Hội Nông dân xã chủ trì, phối hợp với", "Ủy ban Mặt trận Tổ quốc Việt Nam xã;"],
        ["- Hội Nông dân xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã;"],
    ),
    "cut at a comma": (
        [
            "- Trong năm 2025, Sở Y tế đã phối hợp với Hội Liên hiệp Phụ nữ tỉnh,",
            "Tỉnh Đoàn tổ chức 20 lớp tập huấn;",
        ],
        [
            "- Trong năm 2025, Sở Y tế đã phối hợp với Hội Liên hiệp Phụ nữ tỉnh, "
            "Tỉnh Đoàn tổ chức 20 lớp tập huấn;"
        ],
    ),
    "title in capitals": (
        ["- Tổ chức tuyên truyền sâu rộng trong nhân dân", "NHIỆM VỤ TRỌNG TÂM NĂM 2026"],
        ["- Tổ chức tuyên truyền sâu rộng trong nhân dân", "NHIỆM VỤ TRỌNG TÂM NĂM 2026"],
    ),
    "basis item": (
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025,",
            "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026;",
        ],
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025,",
            "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026;",
        ],
    ),
    "numbered heading": (
        ["Các thôn phối hợp thực hiện theo", "III. TỔ CHỨC THỰC HIỆN"],
        ["Các thôn phối hợp thực hiện theo", "III. TỔ CHỨC THỰC HIỆN"],
    ),
}
_CONTEXTS = [
    (60, "txt", "\n"),
    (72, "txt", "\n"),
    (100, "txt", "\n"),
    (72, "md", "\n"),
    (72, "txt", "\r\n"),
]
_IDS = ["wrapped at 60", "wrapped at 72", "wrapped at 100", ".md", "CRLF"]


def _lines(lines: list[str], width: int, ext: str, end: str) -> list[str]:
    wrapped = [piece for line in PARAGRAPHS * 3 for piece in textwrap.wrap(line, width)]
    text = (end * 2).join([*wrapped, *lines, _NEXT]) + end
    return [line.text for line in normalize(read_text_bytes(text.encode(), ext)).lines]


@pytest.mark.parametrize(("width", "ext", "end"), _CONTEXTS, ids=_IDS)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_double_spaced_text_joins_as_without_its_blank_lines(
    shape: str, width: int, ext: str, end: str
) -> None:
    given, expected = SHAPES[shape]
    assert _lines(given, width, ext, end)[-len(expected) - 1 :] == [*expected, _NEXT]


@pytest.mark.parametrize("ext", ["txt", "md"])
def test_a_paragraph_a_line_keeps_its_blank_lines(ext: str) -> None:
    """Whole paragraphs, a blank line between: a line cut at a comma is the author's."""
    given = [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025,",
        "Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
    ]
    text = "\n\n".join([*PARAGRAPHS * 3, *given, _NEXT]) + "\n"
    lines = [line.text for line in normalize(read_text_bytes(text.encode(), ext)).lines]
    assert lines[-3:] == [*given, _NEXT]
