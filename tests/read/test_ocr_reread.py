"""A scan's header word Tesseract misread on the whole page, read again on its own
(read/pdf/ocr_reread). The last test reads a drawn word with Tesseract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from plan_extract.read.options import ReadLimits
from plan_extract.read.pdf.ocr import LINE, _tesseract_words
from plan_extract.read.pdf.ocr_reread import Columns, reread_doubtful

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
PAGE = (1600, 2200)  # an A4 page at about 190 dpi


def _page_words(*words: tuple[str, int, int, int, int, int]) -> Columns:
    """Tesseract's TSV columns for words given as (text, confidence, left, top, width, height)."""
    names = ("text", "conf", "left", "top", "width", "height")
    columns: Columns = {name: [] for name in (*names, "block_num", "par_num", "line_num")}
    for word in words:
        for name, value in zip(names, word, strict=True):
            columns[name].append(str(value))
        for name in ("block_num", "par_num", "line_num"):
            columns[name].append("1")
    return columns


class _Reader:
    """A line reader that answers with the given words (boxes in the enlarged cut-out) and
    keeps the size of each cut-out it was given."""

    def __init__(self, *words: tuple[str, int, int, int, int, int]) -> None:
        self.answer = _page_words(*words)
        self.sizes: list[tuple[int, int]] = []

    def __call__(self, cut: Any) -> Columns:
        self.sizes.append(cut.size)
        return self.answer


def _texts(data: Columns) -> list[str]:
    return data["text"]


def test_a_misread_header_word_is_replaced_by_its_surer_reading_alone() -> None:
    page = Image.new("L", PAGE, 255)
    data = _page_words(("ỦY", 96, 250, 200, 50, 34), ("§ố45KHUBND", 41, 400, 420, 290, 30))
    reader = _Reader(("Số:", 93, 40, 20, 92, 58), ("45/KH-UBND", 89, 150, 20, 460, 56))
    out = reread_doubtful(page, 1, data, reader)
    assert _texts(out) == ["ỦY", "Số:", "45/KH-UBND"]
    # the cut-out: the word and a margin of 0.3 of its height (10 px) each side, at twice the size
    assert reader.sizes == [((290 + 20) * 2, (30 + 20) * 2)]
    # boxes back on the page: the cut-out's origin (390, 410) plus half the enlarged box
    assert out["left"][1:] == ["410", "465"] and out["top"][1:] == ["420", "420"]
    assert out["width"][1:] == ["46", "230"] and out["line_num"][1:] == ["1", "1"]


def test_a_word_spelled_right_a_mark_or_a_word_outside_the_header_is_not_read_again() -> None:
    page = Image.new("L", PAGE, 255)
    data = _page_words(
        ("TRIỂN", 52, 300, 600, 120, 34),  # a syllable: read right, however unsure
        ("©", 10, 700, 300, 30, 34),  # no letter nor digit: a speck
        ("x.", 30, 700, 360, 30, 4),  # flatter than print: a rule
        ("KHUBND", 30, 300, 1500, 200, 34),  # below the header zone
    )
    reader = _Reader(("Số:", 93, 0, 0, 10, 10))
    assert reread_doubtful(page, 1, data, reader) == data
    assert reader.sizes == []
    garbled = _page_words(("§ố45KHUBND", 41, 400, 420, 290, 30))
    assert reread_doubtful(page, 2, garbled, reader) == garbled  # the header is page 1's
    assert reader.sizes == []


def test_a_reading_alone_no_surer_or_only_marks_keeps_the_page_s_reading() -> None:
    page = Image.new("L", PAGE, 255)
    data = _page_words(("§ố45KHUBND", 41, 400, 420, 290, 30))
    assert reread_doubtful(page, 1, data, _Reader(("Sô45KHUBND", 55, 0, 0, 500, 56))) == data
    assert reread_doubtful(page, 1, data, _Reader(("'", 90, 0, 0, 8, 20))) == data
    # a mark the margin took in from a neighbour is left out of the reading kept
    out = reread_doubtful(
        page, 1, data, _Reader(("-", 90, 0, 0, 8, 4), ("Số:", 93, 40, 20, 92, 58))
    )
    assert _texts(out) == ["Số:"]


def test_tesseract_reads_a_cut_out_word_again() -> None:
    page = Image.new("L", PAGE, 255)
    font = ImageFont.truetype(str(FONT), 36)
    ImageDraw.Draw(page).text((400, 420), "Số: 45/KH-UBND", font=font, fill=0)
    left, top, right, bottom = ImageDraw.Draw(page).textbbox(
        (400, 420), "Số: 45/KH-UBND", font=font
    )
    box = (left, top, right - left, bottom - top)
    data = _page_words(("§ố45KHUBND", 41, *box))

    def read_line(cut: Any) -> Columns:
        return _tesseract_words(cut, 1, ReadLimits(), None, LINE)

    out = reread_doubtful(page, 1, data, read_line)
    assert _texts(out) == ["Số:", "45/KH-UBND"]
    assert all(left - 5 <= int(x) <= right for x in out["left"])
