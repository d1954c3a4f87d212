"""A long PDF read in page ranges, on several machines at once (a cluster splits a long scan so
that one file does not hold one worker for an hour): `ocr_page_range` OCRs the pages of a range
that a whole read gives to OCR; the whole read, given those results as
`ReadOptions.pages_read`, then uses them in place of OCR of its own. Each page is read by OCR
alone in either case, so the document is byte for byte the one a single read gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan_extract.core.errors import InputError
from plan_extract.read.bounds import describe, one_error
from plan_extract.read.options import ReadOptions
from plan_extract.read.pdf import PDF_SIGNATURE
from plan_extract.read.pdf.reader import PdfReader, open_pdfium

if TYPE_CHECKING:
    from plan_extract.read.pdf.ocr import OcrResult


def page_count(data: bytes, options: ReadOptions) -> int | None:
    """The PDF's number of pages; None for anything else, or a PDF its read refuses (that read
    then says why)."""
    if not data.startswith(PDF_SIGNATURE):
        return None
    try:
        document = open_pdfium(data, options.limits)
    except InputError:
        return None
    try:
        return len(document)
    finally:
        document.close()


def ocr_page_range(
    data: bytes, start: int, stop: int, options: ReadOptions
) -> tuple[OcrResult, ...]:
    """The OCR results of the pages (0-based) of [start, stop) that a whole read of the PDF
    gives to OCR, in page order; `InputError` when the PDF cannot be read."""
    with one_error(lambda exc: f"not a readable PDF file ({describe(exc)})"):
        reader = PdfReader(data, options)
        try:
            indices = reader.pages_for_ocr(start, stop)
            read = reader.read_by_ocr(indices)
        finally:
            reader.close()
        return tuple(read[index] for index in indices)
