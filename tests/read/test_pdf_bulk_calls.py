"""pdfium's per-character functions called for many characters at once (`bare_calls`, through
bare C types) give what pypdfium2's own bindings give one call at a time."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plan_extract.read.pdf.bare_calls import loose_boxes, text_objects

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
        assert text_objects(raw, indices) == addresses and any(addresses)
        textpage.close()
        page.close()
    finally:
        document.close()
