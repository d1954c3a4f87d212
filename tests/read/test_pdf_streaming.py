"""Scans read page by page: a page is rendered while Tesseract reads the ones before it, no more
images are held than there are Tesseract processes (and the one being rendered), results come
in page order; glyph identification stops OCR once every glyph of the document is known."""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from plan_extract.read import read_path
from plan_extract.read.options import ReadLimits
from plan_extract.read.pdf import ocr
from plan_extract.read.pdf.render_budget import RenderBudget

ROOT = Path(__file__).resolve().parents[2]
SCAN = ROOT / "corpus" / "plans" / "rendered" / "001_d694d18c5a7d837d.scan.pdf"
LAO_CAI = ROOT / "corpus" / "plans" / "real" / "laocai-1105-kh-dkt-2026.pdf"


@pytest.mark.slow
def test_ocr_stream_holds_few_images_and_yields_pages_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alive: list[int] = [0]
    most: list[int] = [0]

    def gone() -> None:
        alive[0] -= 1

    def counted_render(pdf_page: Any, number: int, budget: RenderBudget) -> tuple[Any, float]:
        image, scale = render(pdf_page, number, budget)
        alive[0] += 1
        most[0] = max(most[0], alive[0])
        weakref.finalize(image, gone)
        return image, scale

    render = ocr.render_page
    monkeypatch.setattr(ocr, "render_page", counted_render)
    document = pdfium.PdfDocument(SCAN)
    count = 5
    pages = ((index + 1, document[index]) for index in range(count))
    budget = RenderBudget(ReadLimits())
    numbers = [result.page.number for result in ocr.ocr_stream(pages, budget)]
    assert numbers == list(range(1, count + 1))
    assert most[0] <= (os.cpu_count() or 1) + 1  # reading all first held all 5 (2 cores)
    assert alive[0] == 0  # every image let go once read


@pytest.mark.slow
def test_glyph_identification_stops_once_every_glyph_is_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[int] = []
    read_image = ocr._read_image

    def counted(number: int, *rest: Any) -> ocr.OcrResult:
        read.append(number)
        return read_image(number, *rest)

    monkeypatch.setattr(ocr, "_read_image", counted)
    doc, _ = read_path(LAO_CAI)
    assert doc.pages == 6 and "pdf_glyphs_read_by_ocr" in {w.code for w in doc.warnings}
    assert "Số: 1105/KH-ĐKT" in [line.text for line in doc.lines]
    assert len(read) < doc.pages  # every page has unnamed glyphs; fewer were read by OCR
