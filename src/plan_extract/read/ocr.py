"""OCR of a PDF page with Tesseract's Vietnamese model, rendered by pypdfium2 at 300 dpi.

Tesseract reads printed text best at about 300 dpi; the words come back with their boxes,
which `page_layout` treats like a text layer's. A page whose mean word confidence is low gets
a warning, since what is read from it may be wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from plan_extract.errors import MissingToolError
from plan_extract.models import Warning
from plan_extract.read.page_layout import Page, Word, build_lines

DPI = 300
LANGUAGE = "vie"
LOW_CONFIDENCE = 80.0
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"


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


def ocr_page(pdf_page: Any, number: int) -> OcrResult:
    import pytesseract

    check_tesseract()
    scale = DPI / 72
    width, height = pdf_page.get_size()
    image = pdf_page.render(scale=scale, grayscale=True).to_pil()
    data = pytesseract.image_to_data(
        image, lang=LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    words: list[Word] = []
    confidences: list[float] = []
    for index, text in enumerate(data["text"]):
        text = str(text).strip()
        confidence = float(data["conf"][index])
        if not text or confidence < 0:
            continue
        left, top = float(data["left"][index]), float(data["top"][index])
        words.append(
            Word(
                text=text,
                x0=left / scale,
                x1=(left + float(data["width"][index])) / scale,
                top=top / scale,
                bottom=(top + float(data["height"][index])) / scale,
            )
        )
        confidences.append(confidence)
    page = Page(number=number, width=float(width), height=float(height))
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
