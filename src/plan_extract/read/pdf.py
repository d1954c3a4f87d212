"""PDF files: the text layer in reading order (pdfplumber), OCR for pages without a usable one.

pypdfium2 opens the file first: it tells an encrypted or damaged file from a good one quickly
and gives the page count and sizes, so a "PDF bomb" (thousands of pages, a page kilometres
wide) is refused before any real work. pdfplumber then gives each page's words with their
fonts (fake-bold doubled characters removed with `dedupe_chars`) and ruled tables;
`page_layout` turns the pages into lines.
"""

from __future__ import annotations

import io
from typing import Any

from plan_extract.errors import InputError
from plan_extract.models import Warning
from plan_extract.read import OcrMode
from plan_extract.read.legacy import score_vietnamese
from plan_extract.read.model import RawDocument
from plan_extract.read.page_layout import Page, Word, build_lines, table_line, to_raw_lines

MAX_PAGES = 500
MAX_PAGE_SIDE = 14400.0  # points: 200 inches, PDF's own limit for a page side
MAX_CHARS_PER_PAGE = 60000
MIN_TEXT_CHARS = 20  # fewer characters than this on a page: no text layer, a scan


def open_pdfium(data: bytes) -> Any:
    """The document as pypdfium2 sees it; InputError for encrypted, damaged or oversized."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError("the PDF is encrypted and needs a password") from exc
        raise InputError("not a readable PDF (damaged or truncated)") from exc
    count = len(document)
    if count == 0:
        raise InputError("the PDF has no pages")
    if count > MAX_PAGES:
        raise InputError(f"the PDF has too many pages ({count}; the limit is {MAX_PAGES})")
    for index in range(count):
        width, height = document.get_page_size(index)
        if width > MAX_PAGE_SIDE or height > MAX_PAGE_SIDE:
            raise InputError(f"page {index + 1} of the PDF is implausibly large")
    return document


def _text_words(pdf_page: Any) -> list[Word]:
    """The page's words from pdfium's text layer: characters grouped at spaces and gaps, with
    fake-bold duplicates (the same glyph printed again a hair to the side) removed. pdfium
    itself drops a whole string drawn twice; the font is looked up once per word."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    textpage = pdf_page.get_textpage()
    height = float(pdf_page.get_height())
    count = min(textpage.count_chars(), MAX_CHARS_PER_PAGE)
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: one call per character instead
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    font = ctypes.create_string_buffer(128)
    words: list[Word] = []
    word: list[Any] = []  # [first index, text, x0, x1, top, bottom]
    recent: list[tuple[str, float, float]] = []

    def flush() -> None:
        if word:
            bold, italic = _font_style(textpage, word[0], font)
            words.append(Word(word[1], word[2], word[3], word[4], word[5], bold, italic))
            word.clear()

    for index, char in enumerate(text):
        if char.isspace() or char == "\x00":  # pdfium's generated characters are spaces
            flush()
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(rect))
        left, right, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
        duplicate = False
        for seen, x, y in recent:
            if seen == char and abs(x - left) < 1.5 and abs(y - top) < 1.5:
                duplicate = True
                break
        if duplicate:
            continue
        recent = [*recent[-5:], (char, left, top)]
        if word and (left - word[3] > 0.35 * (bottom - top) or abs(top - word[4]) > 4):
            flush()
        if word:
            word[1] += char
            word[2], word[3] = min(word[2], left), max(word[3], right)
            word[4], word[5] = min(word[4], top), max(word[5], bottom)
        else:
            word.extend([index, char, left, right, top, bottom])
    flush()
    textpage.close()
    return words


def _font_style(textpage: Any, index: int, font: Any) -> tuple[bool, bool]:
    """Bold and italic, from the font's weight, flags and name (`font`: a 128-byte buffer)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    flags = ctypes.c_int()
    size = pdfium_c.FPDFText_GetFontInfo(textpage, index, font, 128, ctypes.byref(flags))
    name = font.value[: max(size - 1, 0)].decode("latin-1").lower()
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    bold = weight >= 600 or any(mark in name for mark in ("bold", "black", "heavy"))
    italic = "italic" in name or "oblique" in name or bool(flags.value & 64)
    return bold, italic


def _has_rules(pdf_page: Any) -> bool:
    """Enough drawn paths on the page to hold a ruled table."""
    import pypdfium2.raw as pdfium_c

    paths = pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1)
    return sum(1 for _ in zip(range(4), paths, strict=False)) >= 4


def _ruled_tables(
    plumber_page: Any,
) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """Tables drawn with rules (at least two rows and two columns): bbox and cell texts."""
    tables = []
    for table in plumber_page.dedupe_chars().find_tables():
        rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            tables.append((table.bbox, rows))
    return tables


def _inside(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def text_layer_usable(words: list[Word]) -> bool:
    """Enough characters, and they read as Vietnamese: fonts without a Unicode map give
    "(cid:72)" or letters of other scripts, which OCR reads better."""
    text = " ".join(word.text for word in words)
    if len(text.replace(" ", "")) < MIN_TEXT_CHARS:
        return False
    if text.count("(cid:") > 0.02 * max(len(words), 1):
        return False
    return score_vietnamese(text) > -0.01


class PdfReader:
    def __init__(self, data: bytes, ocr: OcrMode) -> None:
        self.data = data
        self.ocr = ocr
        self.document = open_pdfium(data)
        self.warnings: list[Warning] = []
        self._plumber: Any = None

    def read(self) -> RawDocument:
        import pypdfium2 as pdfium

        try:
            pages = [self.page(index) for index in range(len(self.document))]
            scans = [
                (index + 1, self.document[index]) for index, p in enumerate(pages) if p is None
            ]
            if scans:
                from plan_extract.read.ocr import ocr_pages

                for result in ocr_pages(scans):
                    pages[result.page.number - 1] = result.page
                    self.warnings.extend(result.warnings)
        except pdfium.PdfiumError as exc:
            raise InputError(f"a page of the PDF cannot be read ({exc})") from exc
        finally:
            if self._plumber is not None:
                self._plumber.close()
            self.document.close()
        read = [page for page in pages if page is not None]
        lines = to_raw_lines(read)
        if not any(line.text for line in lines):
            hint = " (it is scanned: use --ocr auto)" if self.ocr == "never" else ""
            raise InputError(f"the PDF has no readable text{hint}")
        return RawDocument(format="pdf", lines=lines, pages=len(read), warnings=self.warnings)

    def warn(self, code: str, number: int, message: str) -> None:
        self.warnings.append(Warning(code=code, message=f"page {number}: {message}"))

    def page(self, index: int) -> Page | None:
        """The page from its text layer; None when it is to be read by OCR."""
        pdf_page = self.document[index]
        number = index + 1
        width, height = pdf_page.get_size()
        words = [] if self.ocr == "always" else _text_words(pdf_page)
        if self.ocr == "always" or not text_layer_usable(words):
            if self.ocr != "never":
                if words:
                    self.warn("pdf_text_layer_unusable", number, "text layer unreadable; OCR used")
                return None
            code = "pdf_text_layer_unusable" if words else "pdf_page_without_text"
            self.warn(code, number, "no readable text layer, and OCR is off")
        page = Page(number=number, width=float(width), height=float(height))
        tables = self.tables(index) if words and _has_rules(pdf_page) else []
        kept = [word for word in words if not any(_inside(word, box) for box, _ in tables)]
        page.lines = build_lines(kept, number)
        for (x0, top, x1, bottom), rows in tables:
            step = (bottom - top) / len(rows)
            for row_index, row in enumerate(rows):
                row_top = top + row_index * step
                if any(row):
                    page.lines.append(table_line(row, row_top, row_top + step, x0, x1, number))
        page.lines.sort(key=lambda line: line.top)
        return page

    def tables(self, index: int) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
        import pdfplumber

        try:
            if self._plumber is None:
                self._plumber = pdfplumber.open(io.BytesIO(self.data))
            return _ruled_tables(self._plumber.pages[index])
        except Exception as exc:  # pdfminer raises many kinds on a malformed file
            raise InputError(f"not a readable PDF ({type(exc).__name__})") from exc


def read_pdf(data: bytes, ocr: OcrMode) -> RawDocument:
    return PdfReader(data, ocr).read()
