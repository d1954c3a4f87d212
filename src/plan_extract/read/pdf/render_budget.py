"""The bounds on rendering PDF pages for OCR: pixels per page and per document, and seconds per
page, so that no page, however large or costly to draw, takes unbounded memory or time.

A page is rendered at the resolution OCR asks for unless that would exceed the pixel budget of a
page: the resolution is then lowered, and a page too large even at `MIN_OCR_DPI` is refused, as
is a document whose pages together would exceed the pixel budget of a document. Rendering goes
through pdfium's progressive renderer, which asks after every few drawing operations whether to
go on: a page whose content stream would take longer than `max_render_seconds` to draw (a
million full-page fills) is stopped there and refused. Each refusal is one `InputError` in
words. The reader calls `RenderBudget.check_document` with the sizes of the pages OCR is to
read; the OCR code (`ocr.py`) then calls `RenderBudget.check_render_budget` and
`RenderBudget.render` once per page; one budget serves one document.
"""

from __future__ import annotations

import ctypes
import math
import time
from dataclasses import dataclass
from typing import Any

from plan_extract.core.budget import TimeBudgetError, remaining, uninterrupted
from plan_extract.core.errors import InputError
from plan_extract.read.options import ReadLimits

MIN_OCR_DPI = 150  # below this Tesseract misreads Vietnamese diacritics: refuse instead
POINTS_PER_INCH = 72


class RenderBudgetError(InputError):
    """A page, or the document's pages together, over a render budget."""


@dataclass(slots=True)
class RenderBudget:
    """The pixels and seconds left to render the pages of one document for OCR."""

    limits: ReadLimits
    pixels_spent: int = 0

    def check_document(self, sizes: list[tuple[float, float]]) -> None:
        """`RenderBudgetError` before any page is drawn when the pages (their sizes in points),
        each at the least resolution OCR reads, would exceed the pixel budget of a document."""
        least = sum(
            min(_pixels(width, height, MIN_OCR_DPI), self.limits.max_page_pixels)
            for width, height in sizes
        )
        if self.pixels_spent + least > self.limits.max_document_pixels:
            raise RenderBudgetError(
                f"the pages to read by OCR are too large together ({least / 1e9:.1f} gigapixels "
                f"at least; the limit of a document is "
                f"{self.limits.max_document_pixels / 1e9:.1f})"
            )

    def check_render_budget(self, page: Any, dpi: float, number: int) -> float:
        """The resolution to render page `number` (a pypdfium2 page) at: `dpi`, or lower when
        `dpi` would exceed the page's pixel budget; `RenderBudgetError` when even
        `MIN_OCR_DPI` would, or when the document's budget has no room left for the page. The
        pixels are counted as spent."""
        width, height = page.get_size()
        inches = max(width, 1.0) * max(height, 1.0) / POINTS_PER_INCH**2
        fits = math.sqrt(self.limits.max_page_pixels / inches)
        if fits < MIN_OCR_DPI:
            raise RenderBudgetError(
                f"page {number} is too large to read by OCR ({width / POINTS_PER_INCH:.0f} x "
                f"{height / POINTS_PER_INCH:.0f} inches; at most "
                f"{self.limits.max_page_pixels / 1e6:.0f} megapixels a page at {MIN_OCR_DPI} dpi)"
            )
        dpi = min(dpi, math.floor(fits))
        pixels = _pixels(width, height, dpi)
        if self.pixels_spent + pixels > self.limits.max_document_pixels:
            raise RenderBudgetError(
                f"the pages to read by OCR are too large together (page {number} goes past "
                f"{self.limits.max_document_pixels / 1e9:.1f} gigapixels, the limit of a "
                "document)"
            )
        self.pixels_spent += pixels
        return dpi

    def render(self, page: Any, scale: float, number: int) -> Any:
        """Page `number` as a grayscale PIL image at `scale`, drawn by pdfium's progressive
        renderer and stopped once it has taken `max_render_seconds`: `RenderBudgetError`
        then."""
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        width, height = page.get_size()
        columns, rows = math.ceil(width * scale), math.ceil(height * scale)
        bitmap = pdfium.PdfBitmap.new_native(columns, rows, pdfium_c.FPDFBitmap_Gray)
        try:
            bitmap.fill_rect((255, 255, 255, 255), 0, 0, columns, rows)
            self._draw(page, bitmap, number)
            return bitmap.to_pil()  # on the bitmap's buffer, which Python keeps
        finally:
            bitmap.close()

    def _draw(self, page: Any, bitmap: Any, number: int) -> None:
        import pypdfium2.raw as pdfium_c

        seconds = self.limits.max_render_seconds
        left = remaining()
        deadline = time.monotonic() + (seconds if left is None else min(seconds, left))
        pause = pdfium_c.IFSDK_PAUSE(version=1)
        pause.NeedToPauseNow = type(pause.NeedToPauseNow)(_past(deadline))
        flags = pdfium_c.FPDF_GRAYSCALE | pdfium_c.FPDF_ANNOT
        columns, rows = bitmap.width, bitmap.height
        with uninterrupted():  # pdfium calls back into Python: the time budget waits outside
            try:
                status = pdfium_c.FPDF_RenderPageBitmap_Start(
                    bitmap, page, 0, 0, columns, rows, 0, flags, ctypes.byref(pause)
                )
                while status == pdfium_c.FPDF_RENDER_TOBECONTINUED and time.monotonic() < deadline:
                    status = pdfium_c.FPDF_RenderPage_Continue(page, ctypes.byref(pause))
            finally:
                pdfium_c.FPDF_RenderPage_Close(page)
        if status == pdfium_c.FPDF_RENDER_TOBECONTINUED:
            if remaining() == 0.0:
                raise TimeBudgetError
            raise RenderBudgetError(
                f"page {number} takes longer than {seconds:g} s to draw for OCR (the limit per "
                "page)"
            )
        if status == pdfium_c.FPDF_RENDER_FAILED:
            raise InputError(f"page {number} of the PDF cannot be drawn for OCR")


def _pixels(width: float, height: float, dpi: float) -> int:
    scale = dpi / POINTS_PER_INCH
    return math.ceil(width * scale) * math.ceil(height * scale)


def _past(deadline: float) -> Any:
    """pdfium's question "pause now?": yes once `deadline` has passed. It must not raise (a
    ctypes callback's exception is printed and lost), so it only reads the clock."""

    def need_to_pause(_pause: Any) -> int:
        return int(time.monotonic() > deadline)

    return need_to_pause
