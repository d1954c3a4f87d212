"""PDF files: the text layer in reading order (pdfplumber), OCR for pages without a usable one.

pypdfium2 opens the file first: it tells an encrypted or damaged file from a good one quickly
and gives the page count and sizes, so a "PDF bomb" (thousands of pages, a page kilometres
wide) is refused before any real work. pdfplumber then gives each page's words with their
fonts (fake-bold doubled characters removed with `dedupe_chars`) and ruled tables;
`page_layout` turns the pages into lines.
"""

from __future__ import annotations

import contextlib
import io
from typing import TYPE_CHECKING, Any

from plan_extract.core.contract import Warning
from plan_extract.core.errors import InputError
from plan_extract.read.legacy import score_vietnamese
from plan_extract.read.model import RawDocument
from plan_extract.read.options import ReadLimits, ReadOptions
from plan_extract.read.pdf.fonts import UNKNOWN, FontTranslator
from plan_extract.read.pdf.glyph_votes import (
    cast_votes,
    decipher,
    has_placeholders,
    new_votes,
    solve,
)
from plan_extract.read.pdf.page_layout import Page, Word, build_lines, table_line, to_raw_lines

if TYPE_CHECKING:
    from plan_extract.read.pdf.ocr import OcrResult

MAX_CHARS_PER_PAGE = 60000
MIN_TEXT_CHARS = 20  # fewer characters than this on a page: no text layer, a scan


def open_pdfium(data: bytes, limits: ReadLimits) -> Any:
    """The document as pypdfium2 sees it; InputError for encrypted, damaged or oversized."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError("the PDF is encrypted and needs a password") from exc
        raise InputError("not a readable PDF (damaged or truncated)") from exc
    try:
        _check_pages(document, limits)
    except pdfium.PdfiumError as exc:  # a page tree that loops, or lies about its pages
        document.close()
        raise InputError("not a readable PDF (its page tree is damaged)") from exc
    except InputError:
        document.close()
        raise
    return document


def _check_pages(document: Any, limits: ReadLimits) -> None:
    count = len(document)
    if count == 0:
        raise InputError("the PDF has no pages")
    if count > limits.max_pages:
        raise InputError(f"the PDF has too many pages ({count}; the limit is {limits.max_pages})")
    for index in range(count):
        width, height = document.get_page_size(index)
        if width > limits.max_page_side or height > limits.max_page_side:
            raise InputError(f"page {index + 1} of the PDF is implausibly large")


def _text_words(pdf_page: Any, fonts: FontTranslator) -> list[Word]:
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
    chars = fonts.translate(textpage, text)
    rect = pdfium_c.FS_RECTF()
    font = ctypes.create_string_buffer(128)
    words: list[Word] = []
    word: list[Any] = []  # [first index, text, x0, x1, top, bottom]
    recent: list[tuple[str, float, float]] = []

    def flush() -> None:
        if word:
            bold, italic = _font_style(textpage, word[0], font)
            top, bottom = _bounded_height(textpage, word[0], word[4], word[5], height)
            words.append(Word(word[1], word[2], word[3], top, bottom, bold, italic))
            word.clear()

    for index, char in enumerate(chars):
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
        if word:
            # the next word at a gap, or off the word's line: the two share less than half the
            # shorter one's height (fonts of one line differ in ascent, so tops do not line up)
            shared = min(bottom, word[5]) - max(top, word[4])
            if left - word[3] > 0.35 * (bottom - top) or shared <= 0.5 * min(
                bottom - top, word[5] - word[4]
            ):
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


def _bounded_height(
    textpage: Any, index: int, top: float, bottom: float, page_height: float
) -> tuple[float, float]:
    """The word's top and bottom, unless its box is much taller than its font size (a font
    whose descriptor claims a huge ascent and descent, as Word writes for its CID subsets):
    then the usual extent of a Latin font around the first character's baseline, so that words
    of all fonts measure alike (line grouping and column gaps depend on word heights)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    if size <= 0 or bottom - top <= 1.25 * size:
        return top, bottom
    x, y = ctypes.c_double(), ctypes.c_double()
    if not pdfium_c.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y)):
        return top, bottom
    baseline = page_height - y.value
    return baseline - 0.7 * size, baseline + 0.22 * size


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


Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def _ruled_tables(plumber_page: Any) -> list[tuple[Box, list[list[Box | None]]]]:
    """Tables drawn with rules (at least two rows and two columns): bbox and its cells' boxes
    (None where a merged cell continues). The cells' text comes from the page's words, read
    like the rest of the page (fonts without a Unicode map included)."""
    tables = []
    for table in plumber_page.dedupe_chars().find_tables():
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            tables.append((table.bbox, rows))
    return tables


def _cell_text(words: list[Word], cell: Box | None, page: int) -> str:
    if cell is None:
        return ""
    lines = build_lines([word for word in words if _inside(word, cell)], page)
    return " ".join(line.text for line in lines)


def _inside(word: Word, bbox: Box) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def text_layer_usable(words: list[Word]) -> bool:
    """Enough characters, and they read as Vietnamese: fonts without a Unicode map give
    "(cid:72)" or letters of other scripts, which OCR reads better."""
    text = " ".join(word.text for word in words)
    if len(text.replace(" ", "")) < MIN_TEXT_CHARS:
        return False
    if text.count("(cid:") + text.count(UNKNOWN) > 0.02 * max(len(words), 1):
        return False
    return score_vietnamese(text) > -0.01


class PdfReader:
    def __init__(self, data: bytes, options: ReadOptions) -> None:
        self.data = data
        self.ocr = options.ocr
        self.read_already: dict[int, OcrResult] = {}
        for result in options.pages_read:
            self.read_already[result.page.number - 1] = result
        self.document = open_pdfium(data, options.limits)
        self.fonts = FontTranslator(data)
        self.warnings: list[Warning] = []
        self._plumber: Any = None

    def read(self) -> RawDocument:
        import pypdfium2 as pdfium

        try:
            count = len(self.document)
            words = [
                [] if self.ocr == "always" else _text_words(self.document[index], self.fonts)
                for index in range(count)
            ]
            ocr = self.identify_glyphs(words)
            pages = [self.page(index, words[index]) for index in range(count)]
            scans = [index for index, page in enumerate(pages) if page is None]
            ocr.update(self.read_by_ocr([index for index in scans if index not in ocr]))
            for index in scans:
                pages[index] = ocr[index].page
                self.warnings.extend(ocr[index].warnings)
        except pdfium.PdfiumError as exc:
            raise InputError(f"a page of the PDF cannot be read ({exc})") from exc
        finally:
            self.close()
        read = [page for page in pages if page is not None]
        lines = to_raw_lines(read)
        if not any(line.text for line in lines):
            hint = " (it is scanned: use --ocr auto)" if self.ocr == "never" else ""
            raise InputError(f"the PDF has no readable text{hint}")
        return RawDocument(
            format="pdf",
            lines=lines,
            pages=len(read),
            warnings=self.warnings,
            paragraph_lines=True,
        )

    def close(self) -> None:
        """Let go of both libraries' hold on the file; pdfplumber reads its pages' dictionaries
        as it closes, which a damaged file makes fail: nothing is left to report then."""
        if self._plumber is not None:
            with contextlib.suppress(Exception):
                self._plumber.close()
        self.document.close()

    def read_by_ocr(self, indices: list[int]) -> dict[int, OcrResult]:
        """The pages' OCR results: the ones given read already (`ReadOptions.pages_read`),
        the others read now."""
        done = {index: self.read_already[index] for index in indices if index in self.read_already}
        missing = [index for index in indices if index not in done]
        if not missing:
            return done
        from plan_extract.read.pdf.ocr import ocr_pages

        results = ocr_pages([(index + 1, self.document[index]) for index in missing])
        return done | {result.page.number - 1: result for result in results}

    def pages_for_ocr(self, start: int, stop: int) -> list[int]:
        """The indices among pages [start, stop) that `read` gives to OCR: the pages whose
        glyphs it identifies by OCR, and the pages without a usable text layer."""
        if self.ocr == "never":
            return []
        chosen = []
        for index in range(start, min(stop, len(self.document))):
            words = [] if self.ocr == "always" else _text_words(self.document[index], self.fonts)
            if has_placeholders(words) or self.wants_ocr(words):
                chosen.append(index)
        return chosen

    def wants_ocr(self, words: list[Word]) -> bool:
        """Whether a page of these text layer words (its glyphs identified) is read by OCR,
        OCR allowed."""
        return self.ocr == "always" or not text_layer_usable(words)

    def identify_glyphs(self, words: list[list[Word]]) -> dict[int, OcrResult]:
        """Replaces, in `words`, the glyphs of fonts without a Unicode map by the letters OCR of
        their pages votes for (`glyph_votes`); returns the OCR results, reused for pages that
        stay unreadable."""
        ciphered = [index for index, page in enumerate(words) if has_placeholders(page)]
        if not ciphered:
            return {}
        ocr = self.read_by_ocr(ciphered) if self.ocr != "never" else {}
        votes = new_votes()
        for index, result in ocr.items():
            seen = [word for line in result.page.lines for s in line.segments for word in s.words]
            cast_votes(words[index], seen, votes)
        solution = solve(votes, self.fonts.origins)
        for index in ciphered:
            words[index] = decipher(words[index], solution)
        if solution:
            self.warnings.append(
                Warning(
                    code="pdf_glyphs_read_by_ocr",
                    message=f"{len(solution)} glyphs of fonts without a Unicode map identified "
                    "by OCR of their pages",
                )
            )
        return ocr

    def warn(self, code: str, number: int, message: str) -> None:
        self.warnings.append(Warning(code=code, message=f"page {number}: {message}"))

    def page(self, index: int, words: list[Word]) -> Page | None:
        """The page from its text layer words; None when it is to be read by OCR."""
        pdf_page = self.document[index]
        number = index + 1
        width, height = pdf_page.get_size()
        if self.wants_ocr(words):
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
        for (x0, top, x1, bottom), cells in tables:
            rows = [[_cell_text(words, cell, number) for cell in row] for row in cells]
            step = (bottom - top) / len(rows)
            for row_index, row in enumerate(rows):
                row_top = top + row_index * step
                if any(row):
                    page.lines.append(table_line(row, row_top, row_top + step, x0, x1, number))
        page.lines.sort(key=lambda line: line.top)
        return page

    def tables(self, index: int) -> list[tuple[Box, list[list[Box | None]]]]:
        import pdfplumber

        try:
            if self._plumber is None:
                self._plumber = pdfplumber.open(io.BytesIO(self.data))
            return _ruled_tables(self._plumber.pages[index])
        except Exception as exc:  # pdfminer raises many kinds on a malformed file
            raise InputError(f"not a readable PDF ({type(exc).__name__})") from exc
