"""The render budget of OCR (read/pdf/render_budget.py): pixels per page (the resolution lowered,
else the page refused), pixels per document (refused before any page is drawn), seconds per
page (pdfium's progressive renderer stopped), and the same pixels as pdfium's plain render.
The whole hostile cases, under the memory limit, are in tests/reliability/test_hostile.py."""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from files_helpers import serialize_pdf
from plan_extract.core.budget import TimeBudgetError, time_budget
from plan_extract.read.options import ReadLimits
from plan_extract.read.pdf.render_budget import MIN_OCR_DPI, RenderBudget, RenderBudgetError

RENDERED = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "rendered"


def _pdf(side: float, pages: int = 1, content: bytes = b"") -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + page) for page in range(pages))
    stream = zlib.compress(content)
    body = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        *[body % (side, side, 3 + pages)] * pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return serialize_pdf(objects, 1)


@pytest.fixture
def opened() -> Iterator[list[Any]]:
    documents: list[Any] = []
    yield documents
    for document in documents:
        document.close()


def _pages(data: bytes, opened: list[Any]) -> list[Any]:
    document = pdfium.PdfDocument(data)
    opened.append(document)
    return [document[index] for index in range(len(document))]


def test_a_page_within_the_budget_keeps_its_resolution(opened: list[Any]) -> None:
    budget = RenderBudget(ReadLimits())
    (page,) = _pages(_pdf(612), opened)  # 8.5 inches square: 6.5 megapixels at 300 dpi
    assert budget.check_render_budget(page, 300, 1) == 300
    assert budget.pixels_spent == 2550 * 2550


def test_a_large_page_is_rendered_at_a_lower_resolution(opened: list[Any]) -> None:
    budget = RenderBudget(ReadLimits(max_page_pixels=36_000_000))
    (page,) = _pages(_pdf(30 * 72), opened)  # 30 inches square: 81 megapixels at 300 dpi
    assert budget.check_render_budget(page, 300, 1) == 200  # 36 megapixels
    image = budget.render(page, 200 / 72, 1)
    assert image.size == (6000, 6000)


def test_a_page_too_large_even_at_the_least_resolution_is_refused(opened: list[Any]) -> None:
    budget = RenderBudget(ReadLimits())
    (page,) = _pages(_pdf(14400), opened)  # 200 inches square
    with pytest.raises(RenderBudgetError, match=r"page 1 is too large to read by OCR \(200 x 200"):
        budget.check_render_budget(page, 300, 1)
    assert budget.pixels_spent == 0


def test_pages_past_the_documents_budget_are_refused(opened: list[Any]) -> None:
    limits = ReadLimits(max_document_pixels=20_000_000)
    pages = _pages(_pdf(612, pages=4), opened)  # 4 x 6.5 megapixels at 300 dpi
    budget = RenderBudget(limits)
    # 4 x 2.1 megapixels at 150 dpi: it may fit
    budget.check_document([page.get_size() for page in pages])
    for number, page in enumerate(pages[:3], 1):
        budget.check_render_budget(page, 300, number)
    with pytest.raises(RenderBudgetError, match="page 4 goes past"):
        budget.check_render_budget(pages[3], 300, 4)
    with pytest.raises(RenderBudgetError, match="too large together"):
        RenderBudget(limits).check_document(
            [page.get_size() for page in _pages(_pdf(612, pages=20), opened)]
        )


def test_a_page_that_draws_too_long_is_stopped(opened: list[Any]) -> None:
    (page,) = _pages(_pdf(612, content=b"0 0 612 792 re f\n" * 200_000), opened)
    budget = RenderBudget(ReadLimits(max_render_seconds=1))
    started = time.monotonic()
    with pytest.raises(RenderBudgetError, match="page 1 takes longer than 1 s to draw"):
        budget.render(page, 300 / 72, 1)
    assert time.monotonic() - started < 15  # on a loaded machine; it draws for minutes unbounded


def test_the_time_budget_of_the_document_stops_a_drawing_too(opened: list[Any]) -> None:
    (page,) = _pages(_pdf(612, content=b"0 0 612 792 re f\n" * 200_000), opened)
    budget = RenderBudget(ReadLimits())
    with pytest.raises(TimeBudgetError), time_budget(1):
        budget.render(page, 300 / 72, 1)


@pytest.mark.parametrize("name", ["001_d694d18c5a7d837d.scan.pdf", "001_d694d18c5a7d837d.pdf"])
def test_the_drawing_is_pdfiums_plain_render(name: str, opened: list[Any]) -> None:
    page = _pages((RENDERED / name).read_bytes(), opened)[0]
    scale = 200 / 72
    plain = page.render(scale=scale, grayscale=True).to_pil()
    assert RenderBudget(ReadLimits()).render(page, scale, 1).tobytes() == plain.tobytes()
    assert MIN_OCR_DPI < 200
