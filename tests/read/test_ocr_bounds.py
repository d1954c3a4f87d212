"""Tesseract's own processes are bounded (read/pdf/ocr.py): each within an address-space limit
(`ReadLimits.max_ocr_process_mb`, set by `prlimit` before it starts) and within the time left
of the document's budget; past either, one `InputError` in words, never a stuck wait. Each page
read by Tesseract's process gives the words pytesseract's own call gives."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from plan_extract.core.budget import TimeBudgetError, time_budget
from plan_extract.core.errors import InputError
from plan_extract.read.options import ReadLimits
from plan_extract.read.pdf import ocr
from plan_extract.read.pdf.render_budget import RenderBudget

SCAN = Path(__file__).resolve().parents[2] / "corpus/plans/rendered/001_d694d18c5a7d837d.scan.pdf"


def _first_page(limits: ReadLimits) -> ocr.OcrResult:
    document = pdfium.PdfDocument(SCAN)
    try:
        return ocr.ocr_page(document[0], 1, RenderBudget(limits))
    finally:
        document.close()


@pytest.mark.slow
def test_a_page_reads_as_pytesseract_reads_it() -> None:
    import pytesseract

    document = pdfium.PdfDocument(SCAN)
    try:
        image, _ = ocr.render_page(document[0], 1, RenderBudget(ReadLimits()))
    finally:
        document.close()
    ours = ocr._tesseract_words(image, 1, ReadLimits(), None)
    theirs = pytesseract.image_to_data(
        image, lang=ocr.LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    assert len(ours["text"]) > 50
    assert ours["text"] == [str(text) for text in theirs["text"]]
    assert ours["conf"] == [str(c) for c in theirs["conf"]]
    assert ours["left"] == [str(x) for x in theirs["left"]]


@pytest.mark.slow
def test_tesseract_past_its_memory_limit_is_one_error_in_words() -> None:
    with pytest.raises(InputError, match=r"Tesseract could not read page 1 \(within 8 MiB\)"):
        _first_page(ReadLimits(max_ocr_process_mb=8))


@pytest.mark.slow
def test_tesseract_past_the_time_budget_is_the_budgets_error() -> None:
    document = pdfium.PdfDocument(SCAN)
    try:
        pages = [(number, document[number - 1]) for number in (1, 2, 3)]
        with pytest.raises(TimeBudgetError), time_budget(0.3):
            list(ocr.ocr_stream(pages, RenderBudget(ReadLimits())))
    finally:
        document.close()
