"""A long PDF read in page ranges (read/pdf/ranges.py, what a cluster runs on several workers):
the ranges' OCR results, given to the whole read, make the document a single read makes, and
that read then runs no OCR of its own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from files_helpers import SCAN, make_pdf, scan_of
from plan_extract.core.errors import InputError
from plan_extract.read import ReadOptions, read_bytes
from plan_extract.read.pdf import ocr
from plan_extract.read.pdf.ranges import ocr_page_range, page_count


@pytest.mark.slow
def test_ranges_read_apart_give_the_document_of_one_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data, options = scan_of(3), ReadOptions()
    whole = read_bytes(data, "scan.pdf", options)
    ranges = [ocr_page_range(data, 0, 2, options), ocr_page_range(data, 2, 3, options)]
    assert [[r.page.number for r in pages] for pages in ranges] == [[1, 2], [3]]

    def no_ocr(pages: object) -> None:
        raise AssertionError("OCR ran though every page was given")

    monkeypatch.setattr(ocr, "ocr_pages", no_ocr)
    given = replace(options, pages_read=(*ranges[0], *ranges[1]))
    assembled = read_bytes(data, "scan.pdf", given)
    assert assembled == whole
    assert len(whole.lines) > 20


def test_a_text_pdf_has_no_page_for_ocr_and_its_page_count_is_known() -> None:
    data = (SCAN.parent / "001_d694d18c5a7d837d.pdf").read_bytes()  # its text layer reads well
    assert page_count(data, ReadOptions()) == 9
    assert ocr_page_range(data, 0, 9, ReadOptions()) == ()
    assert ocr_page_range(make_pdf([[(72, 700, "x", "F1")]]), 0, 1, ReadOptions(ocr="never")) == ()


def test_what_is_no_readable_pdf_has_no_page_count_and_its_range_fails_in_one_line() -> None:
    assert page_count(b"plain text", ReadOptions()) is None
    assert page_count(b"%PDF-1.7\n%%EOF garbage", ReadOptions()) is None
    with pytest.raises(InputError, match="not a readable PDF"):
        ocr_page_range(b"%PDF-1.7\n%%EOF garbage", 0, 1, ReadOptions())
