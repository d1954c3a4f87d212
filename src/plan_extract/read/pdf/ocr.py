"""OCR of PDF pages with Tesseract's Vietnamese model, rendered by pypdfium2 at 200-300 dpi.

Tesseract reads printed text best at 200-300 dpi; the words come back with their boxes,
which `page_layout` treats like a text layer's. A page whose mean word confidence is low gets
a warning, since what is read from it may be wrong.
"""

from __future__ import annotations

import os
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from plan_extract.core.contract import Warning
from plan_extract.core.errors import MissingToolError
from plan_extract.core.progress import report
from plan_extract.read.pdf.page_layout import Page, Word, build_lines
from plan_extract.read.pdf.render_budget import RenderBudget

DPI = 300
MIN_DPI = 200
LANGUAGE = "vie"
LOW_CONFIDENCE = 80.0
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"


# characters Tesseract's Vietnamese model reads in place of the ones printed
_OCR_CONFUSIONS = str.maketrans({"\u2044": "/", "\u2215": "/"})
SPECK_CONFIDENCE = 50.0
_LIST_MARKS = frozenset("-+•*")
_ACCENTS = frozenset({"Lm", "Sk", "Mn"})  # modifier letters, spacing and combining marks


def is_speck(text: str, confidence: float) -> bool:
    """A word read from a speck of the scan, not from print: an accent standing alone (`ˆ`,
    `` ` ``), or signs with no letter or digit (`&`, `€)`) read with low confidence. A list's
    dash or plus, alone before its item, is print."""
    if text in _LIST_MARKS:
        return False
    if all(unicodedata.category(ch) in _ACCENTS for ch in text):
        return True
    printed = any(
        ch.isdigit() or (ch.isalpha() and unicodedata.category(ch) != "Lm") for ch in text
    )
    return not printed and confidence < SPECK_CONFIDENCE


@dataclass(slots=True)
class OcrResult:
    page: Page
    confidence: float
    warnings: list[Warning] = field(default_factory=list)


@cache
def check_tesseract() -> None:
    """MissingToolError unless Tesseract and its Vietnamese data are installed."""
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise MissingToolError(f"scanned pages need Tesseract OCR: {INSTALL}") from exc
    if LANGUAGE not in languages:
        raise MissingToolError(f"Tesseract has no Vietnamese model ('vie'): {INSTALL}")


def page_dpi(pdf_page: Any) -> int | None:
    """A scanned page's own resolution, kept within what Tesseract reads well (no upscaling,
    which only slows it); None when no image covers the page (vector text drawn without a
    usable text layer, perhaps with a stamp)."""
    import pypdfium2.raw as pdfium_c

    width, height = pdf_page.get_size()
    native = []
    for image in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= 0.5 * width * height:  # a page image, not a stamp
            native.append(image.get_px_size()[0] / max(right - left, 1.0) * 72)
    if not native:
        return None
    return int(min(max(max(native), MIN_DPI), DPI))


def render_page(pdf_page: Any, number: int, budget: RenderBudget) -> tuple[Any, float]:
    """The page as a grayscale image and its scale. A scan is rendered at its own resolution
    and its specks removed (3-pixel median filter); vector text at 300 dpi, unfiltered, since
    the filter would erase thin diacritics. Within the document's render budget: a lower
    resolution for a page too large, `RenderBudgetError` past the budget."""
    from PIL import ImageFilter

    dpi = page_dpi(pdf_page)
    scale = budget.check_render_budget(pdf_page, dpi or DPI, number) / 72
    image = budget.render(pdf_page, scale, number)
    if dpi is not None:
        image = image.filter(ImageFilter.MedianFilter(3))
    return image, scale


def ocr_page(pdf_page: Any, number: int, budget: RenderBudget) -> OcrResult:
    """OCR of one page: rendered within `budget`, read by Tesseract, its image let go."""
    check_tesseract()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image, scale = render_page(pdf_page, number, budget)
    return _read_image(number, pdf_page.get_size(), image, scale)


def ocr_stream(pdf_pages: Iterable[tuple[int, Any]], budget: RenderBudget) -> Iterator[OcrResult]:
    """OCR of several pages, streamed: each page is rendered (one after the other: pdfium is
    not thread-safe) while Tesseract processes read the ones before it, one per core, each
    single-threaded; no more pages wait rendered than there are Tesseract processes, and each
    image is let go once read, so memory stays flat however many pages there are. Results come
    in page order; `pdf_pages` may load each page as it is asked for. Each page is rendered
    within the document's render `budget`. Stopping early (leaving the loop) cancels the reads
    not yet started."""
    check_tesseract()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    workers = max(1, os.cpu_count() or 1)
    pending: deque[Future[OcrResult]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for number, pdf_page in pdf_pages:
                image, scale = render_page(pdf_page, number, budget)
                pending.append(pool.submit(_read_image, number, pdf_page.get_size(), image, scale))
                del image
                while len(pending) >= workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def ocr_pages(
    pdf_pages: Iterable[tuple[int, Any]], budget: RenderBudget, total: int
) -> list[OcrResult]:
    """OCR of several pages (`ocr_stream`), all read, each reported as read (`total` pages)
    to whoever watches the progress (a web upload's job)."""
    report("ocr", 0, total)
    results: list[OcrResult] = []
    for result in ocr_stream(pdf_pages, budget):
        results.append(result)
        report("ocr", len(results), total)
    return results


def _read_image(number: int, size: tuple[float, float], image: Any, scale: float) -> OcrResult:
    import pytesseract

    data = pytesseract.image_to_data(
        image, lang=LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    words: list[Word] = []
    confidences: list[float] = []
    for index, text in enumerate(data["text"]):
        text = str(text).strip().translate(_OCR_CONFUSIONS)
        confidence = float(data["conf"][index])
        if not text or confidence < 0 or is_speck(text, confidence):
            continue
        left, top = float(data["left"][index]), float(data["top"][index])
        words.append(
            Word(
                text=text,
                x0=left / scale,
                x1=(left + float(data["width"][index])) / scale,
                top=top / scale,
                bottom=(top + float(data["height"][index])) / scale,
                ocr=True,
            )
        )
        confidences.append(confidence)
    page = Page(number=number, width=float(size[0]), height=float(size[1]))
    page.lines = build_lines(words, number)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    result = OcrResult(page=page, confidence=mean)
    if words and mean < LOW_CONFIDENCE:
        result.warnings.append(
            Warning(
                code="ocr_low_confidence",
                message=f"page {number}: OCR confidence {mean:.0f}%; check the text read",
            )
        )
    return result
