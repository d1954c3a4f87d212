"""PDF files: the text layer in reading order, OCR for pages without a usable one.

pypdfium2 opens the file first: it tells an encrypted or damaged file from a good one quickly
and gives the page count and sizes, so a "PDF bomb" (thousands of pages, a page kilometres
wide) is refused before any real work. pdfium then gives each page's characters with their
boxes and fonts, grouped into words here (fake-bold duplicates removed); pdfplumber finds the
ruled tables of the pages that have rules from their paths (`ruling`); `page_layout` turns the
pages into lines.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from plan_extract.core.contract import Warning
from plan_extract.core.errors import InputError
from plan_extract.read.legacy import score_vietnamese
from plan_extract.read.model import RawDocument
from plan_extract.read.options import ReadLimits, ReadOptions
from plan_extract.read.pdf.bare_calls import (
    bare,
    char_origins,
    loose_boxes,
    per_item,
    pointer_to,
    text_objects,
)
from plan_extract.read.pdf.cells import Box, Table, any_in_tables, laid_out
from plan_extract.read.pdf.fonts import UNKNOWN, FontTranslator
from plan_extract.read.pdf.glyph_votes import (
    cast_votes,
    decipher,
    has_placeholders,
    new_votes,
    solve,
)
from plan_extract.read.pdf.ocr_glyphs import mend_ocr_glyphs
from plan_extract.read.pdf.ocr_tones import retone_ocr_lines
from plan_extract.read.pdf.page_layout import (
    EDGE_BAND,
    Page,
    Word,
    text_of,
    to_raw_lines,
)
from plan_extract.read.pdf.render_budget import RenderBudget
from plan_extract.read.pdf.ruling import Edge, find_tables, page_edges
from plan_extract.read.text.flat_tables import rebuilt_flat_tables

if TYPE_CHECKING:
    from plan_extract.read.pdf.ocr import OcrResult

MAX_CHARS_PER_PAGE = 60000
MIN_TEXT_CHARS = 20  # fewer characters than this on a page: no text layer, a scan
MAX_ANNOTATIONS = 1000  # a page's annotations looked at: a form has a few dozen fields


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


def _drawn(chars: Sequence[str]) -> tuple[Any, Sequence[str]]:
    """The indices of the characters that print (not a space, not pdfium's NUL), a numpy
    array, and those characters, found for the whole page at once: the characters' code
    points looked up in a table of the blank ones, the printed ones kept as one text."""
    import numpy

    text = chars if isinstance(chars, str) else "".join(chars)
    if len(text) != len(chars):  # a glyph read as several characters (a ligature)
        drawn = [at for at, char in enumerate(chars) if not (char.isspace() or char == "\x00")]
        return numpy.array(drawn, dtype=numpy.int64), [chars[at] for at in drawn]
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    blank = _blank_table()
    at = numpy.flatnonzero(~blank[numpy.minimum(codes, len(blank) - 1)])
    return at, codes[at].tobytes().decode("utf-32-le", "surrogatepass")


LAST_BLANK = 0x3000  # no code point past the ideographic space is a space (`str.isspace`)


@cache
def _blank_table() -> Any:
    """For each code point up to the last space and one past it, whether it is blank: a space
    or NUL (pdfium's character for a glyph it cannot name)."""
    import numpy

    table = numpy.array([chr(code).isspace() for code in range(LAST_BLANK + 2)])
    table[0] = True
    return table


_FAKE_BOLD_REACH = 6  # characters looked back at for the same glyph drawn again


def _drawn_again(drawn: list[int], printed: Sequence[str], sides: Any) -> set[int]:
    """The indices of fake-bold duplicates: a character printed again within 1.5 points of
    the same character among the last few kept (`sides`: the characters' lefts, tops, rights
    and bottoms, numpy's rows). Most pages have none; none is possible unless some character
    is that near one a few places before it, which numpy finds for all characters at once,
    so that only the pages where such a pair is the same character go through the characters
    one by one."""
    import numpy

    xs, ys = sides[0], sides[1]
    if not any(
        printed[at] == printed[at - back]
        for back in range(1, _FAKE_BOLD_REACH + 1)
        for at in (
            back
            + numpy.flatnonzero(
                (numpy.abs(xs[back:] - xs[:-back]) < 1.5)
                & (numpy.abs(ys[back:] - ys[:-back]) < 1.5)
            )
        ).tolist()
    ):
        return set()
    lefts, tops = xs.tolist(), ys.tolist()
    again: set[int] = set()
    recent: deque[tuple[str, float, float]] = deque(maxlen=_FAKE_BOLD_REACH)
    for index, char, left, top in zip(drawn, printed, lefts, tops, strict=True):
        if any(
            seen == char and abs(x - left) < 1.5 and abs(y - top) < 1.5 for seen, x, y in recent
        ):
            again.add(index)
        else:
            recent.append((char, left, top))
    return again


def _text_words(textpage: Any, height: float, fonts: FontTranslator) -> list[Word]:
    """The page's words from pdfium's text layer: characters grouped at spaces and gaps, with
    fake-bold duplicates (the same glyph printed again a hair to the side) removed. pdfium
    itself drops a whole string drawn twice. pdfium has no bulk call for boxes or fonts: the
    text comes in one call per page, the characters' boxes and the words' text objects from
    one call each made in C's loop (`map` over `bare_calls`' functions), and the characters
    are grouped for the whole page at once (`_grouped`)."""
    import pypdfium2.raw as pdfium_c

    count = min(textpage.count_chars(), MAX_CHARS_PER_PAGE)
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: one call per character instead
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    raw = textpage.raw  # the bare handle: calls given it skip pypdfium2's conversion
    chars = fonts.translate(raw, text)
    indices, printed = _drawn(chars)
    drawn = indices.tolist()
    sides = loose_boxes(raw, drawn)  # lefts, tops, rights, bottoms: y upwards
    sides[1::2] = height - sides[1::2]  # y downwards, as the page is read
    spans = _grouped(drawn, printed, sides, _drawn_again(drawn, printed, sides), indices)
    return _words(raw, spans, height)


# a word's first character's index, its text, and its box: x0, x1, top, bottom
Span = tuple[int, str, float, float, float, float]
Boxes = list[list[float]]  # the characters' lefts, tops, rights and bottoms


class Spans(NamedTuple):
    """A page's words as columns (`Span`'s fields): the first characters' indices, the texts,
    and the boxes' sides, numpy arrays but for the texts."""

    firsts: Any
    texts: list[str]
    x0s: Any
    x1s: Any
    tops: Any
    bottoms: Any


def as_columns(spans: list[Span]) -> Spans:
    import numpy

    firsts, texts, x0s, x1s, tops, bottoms = zip(*spans, strict=True) if spans else ([],) * 6
    array = numpy.array
    return Spans(
        array(firsts, dtype=numpy.int64),
        list(texts),
        *(array(side, dtype=numpy.float64) for side in (x0s, x1s, tops, bottoms)),
    )


def _grouped(
    drawn: list[int], printed: Sequence[str], sides: Any, again: set[int], indices: Any = None
) -> Spans:
    """The characters grouped into words. pdfium's spaces part them into runs, which the
    gaps and line changes `_gathered` looks for rarely part further. Its test is made for all
    characters at once (numpy) against the character before instead of the word's box so far:
    that box reaches at least as far right, as high and as low, so its gap is no wider and the
    height they share no smaller, and a run that passes this test is one word for `_gathered`
    too. The few runs that fail it go through `_gathered`, one by one; a box pdfium gives as
    not-a-number sends the whole page there. `indices`: `drawn` as a numpy array, where the
    caller has it already."""
    import numpy

    kept = [at for at, index in enumerate(drawn) if index not in again] if again else None
    if not drawn or kept == [] or numpy.isnan(sides).any():
        return as_columns(_gathered(drawn, printed, sides.tolist(), again))
    if indices is None:
        indices = numpy.array(drawn, dtype=numpy.int64)
    runs = numpy.cumsum(numpy.diff(indices, prepend=-2) != 1)
    boxes, shown, position = sides, printed, indices
    if kept is not None:  # the duplicates left out, each kept character's run as it was
        runs, sides, shown = runs[kept], sides[:, kept], [printed[at] for at in kept]
        position = numpy.array(kept, dtype=numpy.int64)  # among all characters
    lefts, tops, rights, bottoms = sides
    opens = numpy.diff(runs, prepend=-1) != 0  # a run starts
    starts = numpy.flatnonzero(opens)
    heights = bottoms - tops
    shared = numpy.minimum(bottoms[1:], bottoms[:-1]) - numpy.maximum(tops[1:], tops[:-1])
    split = numpy.zeros(len(shown), dtype=bool)
    split[1:] = (lefts[1:] - rights[:-1] > 0.35 * heights[1:]) | (shared <= 0.5 * heights[1:])
    split &= ~opens
    ends = [*starts[1:].tolist(), len(shown)]
    x0s, y0s = numpy.minimum.reduceat(sides[:2], starts, axis=1)  # lefts and tops
    x1s, y1s = numpy.maximum.reduceat(sides[2:], starts, axis=1)  # rights and bottoms
    if not split.any():
        firsts = indices[position[starts]] if kept is not None else position[starts]
        return Spans(firsts, _texts(shown, starts.tolist(), ends), x0s, x1s, y0s, y1s)
    doubtful = numpy.logical_or.reduceat(split, starts).tolist()
    at_start = position[starts].tolist() if kept is not None else starts.tolist()
    spans: list[Span] = []
    for run, (first, end) in enumerate(zip(starts.tolist(), ends, strict=True)):
        at = at_start[run]
        if doubtful[run]:  # the run may part inside: its characters one by one, duplicates too
            stop = (kept[end - 1] if kept is not None else end - 1) + 1
            spans += _gathered(drawn[at:stop], printed[at:stop], boxes[:, at:stop].tolist(), again)
        else:
            box = x0s[run].item(), x1s[run].item(), y0s[run].item(), y1s[run].item()
            spans.append((drawn[at], "".join(shown[first:end]), *box))
    return as_columns(spans)


def _texts(shown: Sequence[str], starts: list[int], ends: list[int]) -> list[str]:
    """The texts of the runs of `shown` characters from each start to its end: slices of their
    text, where each is one character."""
    text = shown if isinstance(shown, str) else "".join(shown)
    if len(text) != len(shown):  # a glyph read as several characters
        return ["".join(shown[start:end]) for start, end in zip(starts, ends, strict=True)]
    # a comprehension's slices: `map` over `slice` objects and `str.__getitem__` costs twice
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def _gathered(
    drawn: list[int], printed: Sequence[str], boxes: Boxes, again: set[int]
) -> list[Span]:
    """The characters grouped one by one: a word ends at pdfium's spaces, at a gap wider than
    a third of the character's height, or where the next character leaves the word's line."""
    lefts, tops, rights, bottoms = boxes
    spans: list[Span] = []
    first, parts, x0, x1, y0, y1 = -1, [""], 0.0, 0.0, 0.0, 0.0
    previous = -2
    for index, char, left, top, right, bottom in zip(
        drawn, printed, lefts, tops, rights, bottoms, strict=True
    ):
        if index != previous + 1 and first >= 0:  # pdfium's spaces between: a word ends
            spans.append((first, "".join(parts), x0, x1, y0, y1))
            first = -1
        previous = index
        if again and index in again:
            continue
        # the next word at a gap, or off the word's line: the two share less than half the
        # shorter one's height (fonts of one line differ in ascent, so tops do not line up);
        # min and max written out, as the builtins cost a call each
        if first >= 0:
            shared = (y1 if y1 < bottom else bottom) - (y0 if y0 > top else top)
            shorter = y1 - y0 if y1 - y0 < bottom - top else bottom - top
            if left - x1 > 0.35 * (bottom - top) or shared <= 0.5 * shorter:
                spans.append((first, "".join(parts), x0, x1, y0, y1))
                first = -1
            else:
                parts.append(char)
                if left < x0:
                    x0 = left
                if right > x1:
                    x1 = right
                if top < y0:
                    y0 = top
                if bottom > y1:
                    y1 = bottom
                continue
        first, parts, x0, x1, y0, y1 = index, [char], left, right, top, bottom
    if first >= 0:
        spans.append((first, "".join(parts), x0, x1, y0, y1))
    return spans


def _words(raw: Any, spans: Spans, height: float) -> list[Word]:
    """The words of the spans, with their fonts' style and their heights bounded."""
    import numpy

    bolds, italics, sizes = _TextObjectFonts(raw).of_all(spans.firsts)
    tops, bottoms = spans.tops, spans.bottoms
    tall = numpy.flatnonzero((sizes > 0) & (bottoms - tops > 1.25 * sizes)).tolist()
    if tall:
        tops, bottoms = tops.copy(), bottoms.copy()
        baselines = char_origins(raw, spans.firsts[tall].tolist())
        for at, origin in zip(tall, baselines, strict=True):
            if origin is not None:
                tops[at], bottoms[at] = _bounded_height(height - origin, sizes[at].item())
    return list(
        map(
            Word,
            spans.texts,
            spans.x0s.tolist(),
            spans.x1s.tolist(),
            tops.tolist(),
            bottoms.tolist(),
            bolds,
            italics,
        )
    )


_FIELD_KEYS = {20: b"V", 3: b"Contents"}  # a form field's value, a free-text note's text
_MAX_FIELD_CHARS = 200


def form_field_words(pdf_page: Any) -> list[Word]:
    """The words a page shows in form fields and free-text notes, where they show: an office
    system may stamp a plan's number and date there (`Số: [1105]/KH-UBND`) and leave the text
    layer blank, and pdfium's text layer leaves them out. Each value is spread over its box,
    so that layout puts it in its line; hidden ones are not shown, so not read."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    page, height = pdf_page.raw, float(pdf_page.get_height())
    rect = pdfium_c.FS_RECTF()
    words: list[Word] = []
    for index in range(min(pdfium_c.FPDFPage_GetAnnotCount(page), MAX_ANNOTATIONS)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        try:
            key = _FIELD_KEYS.get(pdfium_c.FPDFAnnot_GetSubtype(annot))
            if key is None or pdfium_c.FPDFAnnot_GetFlags(annot) & pdfium_c.FPDF_ANNOT_FLAG_HIDDEN:
                continue
            size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
            if size <= 2 or not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFAnnot_GetStringValue(
                annot, key, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size
            )
            value = buffer.raw[: size - 2].decode("utf-16-le", "replace")[:_MAX_FIELD_CHARS]
            words += _spread(value, rect.left, rect.right, height - rect.top, height - rect.bottom)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return words


def _spread(text: str, left: float, right: float, top: float, bottom: float) -> list[Word]:
    """`text`'s words over the box from `left` to `right`, each as wide as its characters."""
    tokens = text.split()
    if not tokens or right <= left:
        return []
    step = (right - left) / max(len(" ".join(tokens)), 1)
    words, x = [], left
    for token in tokens:
        words.append(Word(token, x, x + step * len(token), min(top, bottom), max(top, bottom)))
        x += step * (len(token) + 1)
    return words


def _bounded_height(baseline: float, size: float) -> tuple[float, float]:
    """The top and bottom of a word whose box is much taller than its font size `size` (a font
    whose descriptor claims a huge ascent and descent, as Word writes for its CID subsets): the
    usual extent of a Latin font around the first character's `baseline`, so that words of all
    fonts measure alike (line grouping and column gaps depend on word heights)."""
    return baseline - 0.7 * size, baseline + 0.22 * size


class _TextObjectFonts:
    """Bold and italic (from the font's weight, flags and name) and size of a character's
    font: the style looked up once per font (pdfium gives a character its font's name, flags
    and weight), the font and the size asked of pdfium once per text object (both are the
    object's), the characters' text objects for all at once."""

    def __init__(self, textpage: Any) -> None:
        self.textpage = textpage
        self.name = ctypes.create_string_buffer(128)
        self.by_font: dict[int, tuple[bool, bool]] = {}

    def of_all(self, indices: Any) -> tuple[list[bool], list[bool], Any]:
        """The bold, the italic and the size (a numpy array) of the character at each of
        `indices` (a numpy array): a character in the same text object as the one before it
        has its font and size; one without a text object is looked up alone."""
        import numpy

        font_of = bare("FPDFTextObj_GetFont", ctypes.c_void_p, ctypes.c_void_p)
        size_of = per_item("FPDFText_GetFontSize", ctypes.c_double)
        objects = text_objects(self.textpage, indices.tolist())
        new = objects == 0
        new[:1] = True
        new[1:] |= objects[1:] != objects[:-1]
        heads = numpy.flatnonzero(new)
        firsts = indices[heads].tolist()
        fonts = map(font_of, objects[heads].tolist())
        sizes = list(map(size_of, repeat(pointer_to(self.textpage), len(firsts)), firsts))
        bolds, italics = [], []
        by_font = self.by_font
        for index, font in zip(firsts, fonts, strict=True):
            style = by_font.get(font) if font is not None else None
            if style is None:
                style = self._look_up(index)
                if font is not None:
                    by_font[font] = style
            bolds.append(style[0])
            italics.append(style[1])
        head = numpy.cumsum(new) - 1  # each character's text object's first
        bold, italic = numpy.array(bolds, dtype=bool), numpy.array(italics, dtype=bool)
        size = numpy.array(sizes, dtype=numpy.float64)
        return bold[head].tolist(), italic[head].tolist(), size[head]

    def _look_up(self, index: int) -> tuple[bool, bool]:
        import pypdfium2.raw as pdfium_c

        flags = ctypes.c_int()
        size = pdfium_c.FPDFText_GetFontInfo(
            self.textpage, index, self.name, 128, ctypes.byref(flags)
        )
        name = self.name.value[: max(size - 1, 0)].decode("latin-1").lower()
        weight = pdfium_c.FPDFText_GetFontWeight(self.textpage, index)
        bold = weight >= 600 or any(mark in name for mark in ("bold", "black", "heavy"))
        italic = "italic" in name or "oblique" in name or bool(flags.value & 64)
        return bold, italic


def _has_rules(pdf_page: Any) -> bool:
    """Enough drawn paths on the page (four among its own objects) to hold a ruled table.
    The objects are looked at through pdfium's bare functions: pypdfium2's `get_objects`
    builds a Python object for each, and a page may have hundreds."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFPage_CountObjects(pdf_page.raw)
    page = pointer_to(pdf_page.raw)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    get_object = per_item("FPDFPage_GetObject", ctypes.c_void_p)
    get_type = bare("FPDFPageObj_GetType", ctypes.c_int, ctypes.c_void_p)
    paths = 0
    for index in range(count):
        page_object = get_object(page, index)
        if not page_object:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        if get_type(page_object) == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths == 4:
                return True
    return False


def _ruled_tables(found: list[Any], words: list[Word], height: float) -> list[Table]:
    """Of pdfplumber's tables `found` on a page, those drawn as tables (at least two columns,
    and two rows unless the table heads the page): bbox and its cells' boxes (None where a
    merged cell continues). The cells' text comes from the page's words, read like the rest of
    the page (fonts without a Unicode map included)."""
    tables = []
    for table in found:
        rows = [list(row.cells) for row in table.rows]
        if max(len(row) for row in rows) < 2:
            continue
        if len(rows) >= 2 or _heads_page(table.bbox, words, height):
            tables.append((table.bbox, rows))
    return tables


def _heads_page(bbox: Box, words: list[Word], height: float) -> bool:
    """A ruled box with nothing above it but the page's running lines (a page number, a
    running head, within the top edge band): the rest of a table row that the page break
    cut, its first part the last row on the page before. A row standing alone in the text
    (a boxed note, a header set in a box) is not taken for a table."""
    top = bbox[1]
    return not any(word.bottom <= top and word.top >= EDGE_BAND * height for word in words)


def reads_as_text(words: list[Word]) -> bool:
    """Whether the words read as Vietnamese: fonts without a Unicode map give "(cid:72)" or
    letters of other scripts, which OCR reads better."""
    text = text_of(words)
    if text.count("(cid:") + text.count(UNKNOWN) > 0.02 * max(len(words), 1):
        return False
    return score_vietnamese(text) > -0.01


def enough_text(words: list[Word]) -> bool:
    """Enough characters for a page's text layer: fewer, a scan's (a stamped page number)."""
    return len(text_of(words).replace(" ", "")) >= MIN_TEXT_CHARS


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's text layer words, its size, whether it has enough rules for a table, and if
    so its edges (`ruling.page_edges`: None where pdfplumber is to read them)."""

    words: list[Word]
    width: float
    height: float
    ruled: bool
    edges: list[Edge] | None = None


class PdfReader:
    def __init__(self, data: bytes, options: ReadOptions) -> None:
        self.data = data
        self.ocr = options.ocr
        self.read_already: dict[int, OcrResult] = {}
        for result in options.pages_read:
            self.read_already[result.page.number - 1] = result
        self.document = open_pdfium(data, options.limits)
        self.render_budget = RenderBudget(options.limits)
        self.fonts = FontTranslator(data)
        self.warnings: list[Warning] = []
        self._plumber: Any = None

    def read(self) -> RawDocument:
        import pypdfium2 as pdfium

        try:
            count = len(self.document)
            texts = [self.page_text(index) for index in range(count)]
            words = [text.words for text in texts]
            ocr = self.identify_glyphs(words)
            pages = [self.page(index, words[index], texts[index]) for index in range(count)]
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
        lines = retone_ocr_lines(mend_ocr_glyphs(to_raw_lines(read)))
        if not any(line.text for line in lines):
            hint = " (it is scanned: use --ocr auto)" if self.ocr == "never" else ""
            raise InputError(f"the PDF has no readable text{hint}")
        return RawDocument(
            format="pdf",
            lines=rebuilt_flat_tables(lines),
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

    def loaded(self, indices: list[int]) -> Iterator[tuple[int, Any]]:
        """The pages at `indices` with their numbers, each loaded as it is asked for and
        closed when the next one is."""
        for index in indices:
            pdf_page = self.document[index]
            try:
                yield index + 1, pdf_page
            finally:
                pdf_page.close()

    def read_by_ocr(self, indices: list[int]) -> dict[int, OcrResult]:
        """The pages' OCR results: the ones given read already (`ReadOptions.pages_read`),
        the others read now."""
        done = {index: self.read_already[index] for index in indices if index in self.read_already}
        missing = [index for index in indices if index not in done]
        if not missing:
            return done
        from plan_extract.read.pdf.ocr import ocr_pages

        self.render_budget.check_document([self.document.get_page_size(i) for i in missing])
        results = ocr_pages(self.loaded(missing), self.render_budget, len(missing))
        return done | {result.page.number - 1: result for result in results}

    def pages_for_ocr(self, start: int, stop: int) -> list[int]:
        """The indices among pages [start, stop) that `read` gives to OCR: the pages whose
        glyphs it identifies by OCR, and the pages without a usable text layer."""
        if self.ocr == "never":
            return []
        chosen = []
        for index in range(start, min(stop, len(self.document))):
            text = self.page_text(index)
            if has_placeholders(text.words) or self.wants_ocr(index, text.words, text):
                chosen.append(index)
        return chosen

    def wants_ocr(self, index: int, words: list[Word], text: PageText) -> bool:
        """Whether page `index` of these text layer words (`text.words` with the glyphs OCR
        identified) is read by OCR, OCR allowed: where they do not read as text, or are too few
        for a page and none lies in a ruled table. A table's rules drawn as paths tell a page
        made from a text, whatever its cells print (the last row of a table that a page break
        carried over, one word of a name): a scan's rules are pixels."""
        if self.ocr == "always" or not reads_as_text(words):
            return True
        if enough_text(words):
            return False
        return not (text.ruled and any_in_tables(words, self.tables(index, words, text)))

    def identify_glyphs(self, words: list[list[Word]]) -> dict[int, OcrResult]:
        """Replaces, in `words`, the glyphs of fonts without a Unicode map by the letters OCR of
        their pages votes for (`glyph_votes`), page after page until every glyph is known;
        returns the OCR results, reused for pages that stay unreadable."""
        ciphered = [index for index, page in enumerate(words) if has_placeholders(page)]
        if not ciphered:
            return {}
        ocr: dict[int, OcrResult] = {}
        votes = new_votes()
        if self.ocr == "never":
            solution = solve(votes, self.fonts.origins)  # what the fonts' structure tells
        else:
            from plan_extract.read.pdf.ocr import ocr_stream

            self.render_budget.check_document([self.document.get_page_size(i) for i in ciphered])
            for result in ocr_stream(self.loaded(ciphered), self.render_budget, tables=False):
                index = result.page.number - 1
                ocr[index] = result
                page = result.page
                seen = [word for line in page.lines for s in line.segments for word in s.words]
                cast_votes(words[index], seen, votes)
                solution = solve(votes, self.fonts.origins)
                if len(solution) == len(self.fonts.origins):  # every glyph known
                    break
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

    def page_text(self, index: int) -> PageText:
        """What the page's text layer gives, the page loaded once for it all."""
        pdf_page = self.document[index]
        try:
            width, height = pdf_page.get_size()
            words: list[Word] = []
            if self.ocr != "always":
                textpage = pdf_page.get_textpage()
                try:
                    words = _text_words(textpage, float(height), self.fonts)
                finally:
                    textpage.close()
                words += form_field_words(pdf_page)
            ruled = bool(words) and _has_rules(pdf_page)
            edges = page_edges(pdf_page) if ruled else None
        finally:
            pdf_page.close()
        return PageText(words, float(width), float(height), ruled, edges)

    def page(self, index: int, words: list[Word], text: PageText) -> Page | None:
        """The page from its text layer words (`words`: `text.words` with the glyphs OCR
        identified); None when it is to be read by OCR."""
        number = index + 1
        width, height = text.width, text.height
        if self.wants_ocr(index, words, text):
            if self.ocr != "never":
                if words:
                    self.warn("pdf_text_layer_unusable", number, "text layer unreadable; OCR used")
                return None
            code = "pdf_text_layer_unusable" if words else "pdf_page_without_text"
            self.warn(code, number, "no readable text layer, and OCR is off")
        page = Page(number=number, width=float(width), height=float(height))
        tables = self.tables(index, words, text) if words and text.ruled else []
        page.lines = laid_out(words, tables, number)
        return page

    def tables(self, index: int, words: list[Word], text: PageText) -> list[Table]:
        """The page's ruled tables, from its edges as pdfium gives them, or as pdfplumber's
        page parse does where pdfium measures the page otherwise."""
        try:
            if text.edges is not None:
                return _ruled_tables(find_tables(text.edges), words, text.height)
            page = self.plumber_page(index)
            return _ruled_tables(page.find_tables(), words, float(page.height))
        except InputError:
            raise
        except Exception as exc:  # pdfminer raises many kinds on a malformed file
            raise InputError(f"not a readable PDF ({type(exc).__name__})") from exc

    def plumber_page(self, index: int) -> Any:
        """The page as pdfplumber reads it (tables), the file opened once."""
        import pdfplumber

        try:
            if self._plumber is None:
                self._plumber = pdfplumber.open(io.BytesIO(self.data))
            return self._plumber.pages[index]
        except Exception as exc:  # pdfminer raises many kinds on a malformed file
            raise InputError(f"not a readable PDF ({type(exc).__name__})") from exc
