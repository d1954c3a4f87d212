"""Scans read page by page: a page is rendered while Tesseract reads the ones before it, one
page waiting rendered for a free process; no more images are held than there are Tesseract
processes and the one rendered ahead; results come in page order; glyph identification stops
OCR once every glyph of the document is known."""

from __future__ import annotations

import os
import threading
import time
import weakref
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from plan_extract.read import read_path
from plan_extract.read.options import ReadLimits
from plan_extract.read.pdf import ocr
from plan_extract.read.pdf.page_layout import Page
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


class _Sheet:
    """A stand-in for a pdfium page: its size only (its image is a stand-in too)."""

    def get_size(self) -> tuple[float, float]:
        return 595.0, 842.0


def _until(condition: Any, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_ocr_stream_renders_one_page_ahead_of_the_tesseract_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both processes busy, the next page waits rendered (a process done starts it at once);
    no more than that; a later page read first frees its process for the next page while the
    first is still read; the results still come in page order."""
    rendered: list[int] = []
    done = {number: threading.Event() for number in range(1, 7)}

    def render(pdf_page: Any, number: int, budget: RenderBudget) -> tuple[Any, float]:
        rendered.append(number)
        return object(), 1.0

    def read(number: int, size: tuple[float, float], *rest: Any) -> ocr.OcrResult:
        assert done[number].wait(10)
        return ocr.OcrResult(page=Page(number=number, width=size[0], height=size[1]), confidence=90)

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(ocr, "check_tesseract", lambda: None)
    monkeypatch.setattr(ocr, "render_page", render)
    monkeypatch.setattr(ocr, "_read_image", read)
    pages = ((number, _Sheet()) for number in range(1, 7))
    numbers: list[int] = []
    reader = threading.Thread(
        target=lambda: numbers.extend(
            result.page.number for result in ocr.ocr_stream(pages, RenderBudget(ReadLimits()))
        )
    )
    reader.start()
    try:
        assert _until(lambda: len(rendered) == 3)  # pages 1 and 2 read, page 3 waiting
        time.sleep(0.2)
        assert rendered == [1, 2, 3]
        done[2].set()  # page 3 is read in page 2's stead, page 4 rendered to wait
        assert _until(lambda: len(rendered) == 4)
        time.sleep(0.2)
        assert rendered == [1, 2, 3, 4] and numbers == []  # page 1 is still read
    finally:
        for event in done.values():
            event.set()
        reader.join(10)
    assert numbers == [1, 2, 3, 4, 5, 6]
