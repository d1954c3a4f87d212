"""A scan's title and its first heading that OCR read as one line are split again."""

from __future__ import annotations

import pytest

from plan_extract.normalize import normalize
from plan_extract.read.model import Hint, RawDocument, RawLine

_CAPS_OCR = frozenset({Hint.OCR, Hint.ALL_CAPS})


def _texts(title_line: str, hints: frozenset[Hint] = _CAPS_OCR) -> list[str]:
    raw = [
        RawLine("KẾ HOẠCH", 1, page=1, hints=hints),
        RawLine(title_line, 2, page=1, hints=hints),
        RawLine("1. Mục đích: giữ rừng đầu nguồn.", 3, page=1, hints=frozenset({Hint.OCR})),
    ]
    document = normalize(RawDocument("pdf", raw, pages=1, paragraph_lines=True))
    return [line.text for line in document.lines]


@pytest.mark.parametrize("numeral", ["L", "l.", "1.", "|", "I."])
def test_the_first_heading_read_on_the_titles_line_is_split_off(numeral: str) -> None:
    texts = _texts(f"BẢO VỆ RỪNG PHÒNG HỘ NĂM 2026 {numeral} MỤC ĐÍCH, YÊU CẦU")
    assert texts[1:3] == ["BẢO VỆ RỪNG PHÒNG HỘ NĂM 2026", "I. MỤC ĐÍCH, YÊU CẦU"]


@pytest.mark.parametrize(
    ("line", "hints"),
    [
        # typed text: the line is as printed
        ("BẢO VỆ RỪNG PHÒNG HỘ NĂM 2026 L MỤC ĐÍCH, YÊU CẦU", frozenset({Hint.ALL_CAPS})),
        # no kind phrase after the letter: a title naming a phase
        ("BẢO VỆ RỪNG PHÒNG HỘ GIAI ĐOẠN I TRÊN ĐỊA BÀN XÃ", _CAPS_OCR),
        # too few words before it to be a title
        ("NĂM L MỤC ĐÍCH, YÊU CẦU", _CAPS_OCR),
    ],
)
def test_a_line_without_a_merged_heading_stays_whole(line: str, hints: frozenset[Hint]) -> None:
    assert _texts(line, hints)[1] == line
