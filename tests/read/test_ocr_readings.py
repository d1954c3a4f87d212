"""What OCR reads from a scan that print does not say: a heading number's point read as a
letter (read/pdf/ocr_numbers), specks read as signs (read/pdf/ocr), confused tone marks
(read/pdf/ocr_tones)."""

from __future__ import annotations

from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.pdf.ocr import is_speck
from plan_extract.read.pdf.ocr_numbers import mend_heading_points
from plan_extract.read.pdf.ocr_tones import retone, retone_ocr_lines

HEADING = frozenset({Hint.OCR, Hint.ALL_CAPS})


def _lines(*texts: str, hints: frozenset[Hint] = HEADING) -> list[RawLine]:
    return [RawLine(text=text, source_line=n, hints=hints) for n, text in enumerate(texts, 1)]


def _texts(lines: list[RawLine]) -> list[str]:
    return [line.text for line in mend_heading_points(lines)]


def test_a_point_read_as_an_l_after_a_heading_number_is_set_back() -> None:
    lines = _lines("IL MỤC ĐÍCH", "IIL NỘI DUNG", "I. KINH PHÍ", "ILLINOIS", "XL. KHÁC")
    assert _texts(lines) == ["I. MỤC ĐÍCH", "II. NỘI DUNG", "I. KINH PHÍ", "ILLINOIS", "XL. KHÁC"]


def test_only_headings_read_by_ocr_in_capitals_in_the_body_are_mended() -> None:
    typed = _lines("IL MỤC ĐÍCH", hints=frozenset({Hint.ALL_CAPS}))
    assert _texts(typed) == ["IL MỤC ĐÍCH"]
    footer = [RawLine(text="IL NƠI", source_line=1, hints=HEADING, block=Block.FOOTER_LEFT)]
    assert _texts(footer) == ["IL NƠI"]


def test_specks_read_as_signs_or_lone_accents_are_no_words() -> None:
    assert is_speck("&", 14.0) and is_speck("€)", 30.0)
    assert is_speck("ˆ", 58.0) and is_speck("`", 94.0)  # an accent alone, however sure
    assert not is_speck("&", 90.0)  # printed, and read with confidence
    assert not is_speck("-", 20.0) and not is_speck("+", 20.0)  # a list's mark
    assert not is_speck("x.", 16.0) and not is_speck("8", 10.0) and not is_speck("Ệ", 5.0)
    # a mark far flatter than the page's print, read with low confidence: a rule, not text
    assert is_speck("x.", 16.0, height=0.25) and is_speck("mm", 40.0, height=0.3)
    assert not is_speck("x.", 80.0, height=0.25) and not is_speck("x.", 16.0, height=0.6)


def test_a_tone_mark_ocr_confuses_is_set_back_by_the_word_it_makes() -> None:
    assert retone("triến khai Đề án, chuyến đổi số") == "triển khai Đề án, chuyển đổi số"
    assert retone("các cơ quan, tố chức có liên quan") == "các cơ quan, tổ chức có liên quan"
    assert retone("a) Xác định cụ thế nội dung") == "a) Xác định cụ thể nội dung"
    assert retone("VỀ THÚC ĐẤY TẠO LẬP") == "VỀ THÚC ĐẨY TẠO LẬP"  # capitals stay capitals
    assert retone("PHỤC VỤ CHUYẾN ĐỐI SỐ") == "PHỤC VỤ CHUYỂN ĐỔI SỐ"  # two side by side


def test_words_that_make_known_words_and_names_are_left_as_read() -> None:
    for text in ("đối số của hàm", "Nguyễn Thị Ngọc Điệp", "Sở Tư pháp, Sở Nội vụ", "khai thị"):
        assert retone(text) == text


def test_only_lines_read_by_ocr_are_retoned() -> None:
    typed = RawLine(text="triến khai", source_line=1)
    scanned = RawLine(text="triến khai", source_line=2, hints=frozenset({Hint.OCR}))
    assert [line.text for line in retone_ocr_lines([typed, scanned])] == [
        "triến khai",
        "triển khai",
    ]
