"""pdfium's per-character functions called for many characters at once (`bare_calls`, through
bare C types) give what pypdfium2's own bindings give one call at a time."""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from plan_extract.read.pdf.bare_calls import (
    char_origins,
    loose_boxes,
    per_item,
    pointer_to,
    text_objects,
)
from plan_extract.read.pdf.reader import _TextObjectFonts

PDF = Path(__file__).resolve().parents[2] / "corpus/plans/rendered/004_84ecff9abd92b8a3.pdf"


def test_boxes_and_text_objects_in_bulk_are_those_of_single_calls() -> None:
    document = pdfium.PdfDocument(PDF.read_bytes())
    try:
        page = document[0]
        textpage = page.get_textpage()
        raw = textpage.raw
        indices = list(range(0, textpage.count_chars(), 3))
        assert len(indices) > 100
        rect = pdfium_c.FS_RECTF()
        single = []
        for index in indices:
            assert pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(rect))
            single.append((rect.left, rect.top, rect.right, rect.bottom))
        columns = loose_boxes(raw, indices)
        assert columns.shape == (4, len(indices))
        assert [tuple(box) for box in columns.T.tolist()] == single
        objects = [pdfium_c.FPDFText_GetTextObject(raw, index) for index in indices]
        addresses = [ctypes.cast(handle, ctypes.c_void_p).value for handle in objects]
        assert text_objects(raw, indices).tolist() == [a or 0 for a in addresses]
        assert any(addresses)
        x, y = ctypes.c_double(), ctypes.c_double()
        baselines = []
        for index in indices:
            found = pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(x), ctypes.byref(y))
            baselines.append(y.value if found else None)
        assert char_origins(raw, indices) == baselines and len(set(baselines)) > 5
        assert char_origins(raw, [textpage.count_chars() + 5]) == [None]  # past the last
        assert loose_boxes(raw, []).shape == (4, 0) and char_origins(raw, []) == []
        textpage.close()
        page.close()
    finally:
        document.close()


def test_a_character_without_a_box_keeps_the_one_before_it() -> None:
    """`loose_boxes` asks pdfium without a result: a character pdfium gives no box (an index
    past the last) is found again, and keeps the box before it (none before: zeros)."""
    document = pdfium.PdfDocument(PDF.read_bytes())
    try:
        page = document[0]
        textpage = page.get_textpage()
        raw, past = textpage.raw, textpage.count_chars() + 5
        first = loose_boxes(raw, [0]).T.tolist()[0]
        boxes = loose_boxes(raw, [past, 0, past, past + 1]).T.tolist()
        assert boxes == [[0.0] * 4, first, first, first] and first != [0.0] * 4
        textpage.close()
        page.close()
    finally:
        document.close()


def test_an_int_and_a_handle_passed_untyped_reach_pdfium_as_they_are() -> None:
    """`per_item`: an int is passed as the C int it is, and `pointer_to` a handle as its
    address, for every character of a page, the last one too; and pdfium answers an index
    past the last as it does when typed."""
    document = pdfium.PdfDocument(PDF.read_bytes())
    try:
        page = document[0]
        textpage = page.get_textpage()
        raw = textpage.raw
        unicode_of = per_item("FPDFText_GetUnicode", ctypes.c_uint)
        count = textpage.count_chars()
        indices = [*range(count), count, count + 1000]
        untyped = list(map(unicode_of, [pointer_to(raw)] * len(indices), indices))
        assert untyped == [pdfium_c.FPDFText_GetUnicode(raw, index) for index in indices]
        assert "".join(map(chr, untyped[:count])) == textpage.get_text_range(0, count)
        textpage.close()
        page.close()
    finally:
        document.close()


@pytest.mark.parametrize(
    "pdf", [PDF, PDF.parents[1] / "real/laocai-1105-kh-dkt-2026.pdf"], ids=["rendered", "word"]
)
def test_fonts_and_sizes_asked_once_per_text_object_are_each_character_s(pdf: Path) -> None:
    """`_TextObjectFonts` asks a text object's first character for its font and size: every
    character of the object has them (a PDF from LibreOffice, one from Word with CID fonts)."""
    document = pdfium.PdfDocument(pdf.read_bytes())
    sizes: set[float] = set()
    try:
        for page in document:
            textpage = page.get_textpage()
            raw = textpage.raw
            indices = list(range(0, textpage.count_chars(), 2))
            bold, italic, size = _TextObjectFonts(raw).of_all(numpy.array(indices))
            one_by_one = _TextObjectFonts(raw)
            for at, index in enumerate(indices):
                style = one_by_one._look_up(index)
                assert (bold[at], italic[at]) == style
                assert size[at] == pdfium_c.FPDFText_GetFontSize(raw, index)
            sizes.update(size.tolist())
            textpage.close()
            page.close()
    finally:
        document.close()
    assert len(sizes) > 1
