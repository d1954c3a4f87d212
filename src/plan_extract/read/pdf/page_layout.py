"""From positioned words on pages (a PDF's text layer, or OCR) to the lines of a `RawDocument`.

Geometry, not wording, does the work: words are grouped into visual lines, a line is split into
segments where a wide gap separates columns, and the page's text area gives a middle. The
official layout (Nghị định 30/2020/NĐ-CP) then reads off the geometry: the two-column header
at the top of the first page (issuer left, motto and date right) runs until the first line that
spans or sits on the middle (the title); the closing block (recipients left, signature right)
starts at the recipients label or the signature's first line. Each column is emitted as its own
block. Running headers, footers and page numbers (repeated at a page's edge) are dropped, and
the visual lines of a paragraph, wrapped by the layout and across page breaks, are joined.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import insort
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from operator import attrgetter

from plan_extract.core.text import BULLET_CLASS, is_all_caps
from plan_extract.read.layout_cues import (
    continues_heading,
    is_page_number,
    is_recipients_label,
    is_signature_start,
    is_typed_rule,
    opens_heading_after_clause,
    printed_line_breaks,
    run_together_closing,
    run_together_header,
)
from plan_extract.read.model import Block, Hint, RawLine

SENTENCE_ENDS = (".", ";", ":")
NARROW_PAGE = 0.6  # of the document's text width: a page's lines in one column only
_ITEM_START = re.compile(
    r"^((?:"
    + BULLET_CLASS
    + r"|[*–])\s|\d{1,2}(\.\d{1,2})*[.)]\s|[IVXLC]{1,6}[.)]\s|[a-zđ][.)]\s|\(\d+\)\s)"
)

LINE_END_HYPHEN = "\ufffe"  # pdfium's mark for a hyphen a line ends with
_LEFT_EDGE = 0.02  # a line starting this near the text's left edge is set flush left
_APART = 2.0  # a page number is set this many times the page's common gap apart from the text
_PAGE_GAPS = 3  # a page of fewer lines has no common gap between them
_WRAPPED_MARGIN = 0.1  # a line ending this near the text's right edge was wrapped
EDGE_BAND = 0.12  # the share of a page's height at its top and bottom where running lines sit
_SLOT_NUMBERS = 2  # page numbers found in one place that show where the others stand
_SLOT_CHARACTERS = 3  # a page number misread is no longer than one (`999`)


_LETTERS_CUT = re.compile(r"[^\W\d_]-$")  # a letter, then the hyphen, ending a line (the
# last two characters of a text are all it is matched against: it needs nothing before them)


def join_lines(texts: list[str]) -> str:
    """The visual lines of one paragraph (or cell) as one text: a line that ends with a hyphen
    the layout broke it at (`06/QĐ-` / `TTg`) goes on without a space, the hyphen kept. pdfium
    marks such a hyphen; OCR, and a text layer whose glyphs were identified later, do not: a
    line ending in capitals and a hyphen before one opening with a capital is a document
    symbol cut at its hyphen (`217/2025/NĐ-` / `CP`)."""
    out = ""
    for text in texts:
        text = " ".join(text.split())
        if out.endswith(LINE_END_HYPHEN):
            out = out[:-1] + "-" + text
        elif _LETTERS_CUT.search(out[-2:]) and out[-2].isupper() and text[:1].isupper():
            out += text
        else:
            out = f"{out} {text}" if out else text
    return out.replace(LINE_END_HYPHEN, "-")


@dataclass(slots=True)
class Word:
    """A word and its box. Not frozen, though never changed (a changed word is a new one,
    `dataclasses.replace`): a text layer makes tens of thousands, and a frozen dataclass's
    construction costs four times a plain one's."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    italic: bool = False
    ocr: bool = False  # read from the page's image


@dataclass(slots=True)
class Segment:
    """A run of a line's words between column gaps. Its text is joined once, when first
    asked for: `build_lines` gathers a segment's words before anything reads it."""

    words: list[Word]
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = text_of(self.words)
        return self._text

    @property
    def bold(self) -> bool:
        return all(map(_BOLD, self.words))

    @property
    def italic(self) -> bool:
        return all(map(_ITALIC, self.words))


@dataclass(slots=True)
class Line:
    """A visual line. Its segments are final once it is built, so that its text and whether
    it is all bold are worked out once, when first asked for (the layout reads them often)."""

    segments: list[Segment]
    top: float
    bottom: float
    page: int
    number: int = 0  # running visual line number in the document, 1-based
    cells: tuple[str, ...] | None = None  # a table row
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _bold: bool | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(map(_TEXT, self.segments))
        return self._text

    @property
    def bold(self) -> bool:
        """Every segment bold."""
        if self._bold is None:
            self._bold = all(map(_BOLD, self.segments))
        return self._bold


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


# the attributes of words and segments that the layout reads of many at once: `map` over
# these costs a fraction of a generator's steps
_TEXT = attrgetter("text")
_BOLD = attrgetter("bold")
_ITALIC = attrgetter("italic")
_OCR = attrgetter("ocr")
_WORDS = attrgetter("words")


def text_of(words: Iterable[Word], separator: str = " ") -> str:
    """The words' texts joined by `separator`."""
    return separator.join(map(_TEXT, words))


def any_ocr(words: Iterable[Word]) -> bool:
    """Whether OCR read one of the words."""
    return any(map(_OCR, words))


def _all_ocr(line: Line) -> bool:
    """Whether OCR read every word of the line (OCR tells no bold)."""
    return all(map(_OCR, _words_of(line.segments)))


def _words_of(segments: Iterable[Segment]) -> Iterator[Word]:
    return itertools.chain.from_iterable(map(_WORDS, segments))


def _sorted_median(values: list[float]) -> float:
    """`statistics.median` of values already in order (the same arithmetic)."""
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2


class _Gathering:
    """The words of a line being gathered, with its typical (median) top and bottom and its
    full extent, updated as words join (the tops and bottoms kept in order, so that each
    word's joining costs an insertion, not a sort of the whole line). Started with its first
    word; min and max written out below, as the builtins cost a call each."""

    __slots__ = ("bottom", "bottoms", "high", "low", "top", "tops", "words")

    def __init__(self, word: Word) -> None:
        self.words = [word]
        self.top = self.low = word.top
        self.bottom = self.high = word.bottom
        self.tops = [word.top]
        self.bottoms = [word.bottom]

    def joins(self, word: Word) -> bool:
        """Adds the word when it belongs to the line; whether it did. It belongs when it
        overlaps the line's typical extent by half its height, or its middle falls within the
        line and it starts above the line's typical bottom (a word of small letters with
        descenders, "quy", sits lower than capitals)."""
        top = word.top  # one at a time: four at once build a tuple to unpack
        bottom = word.bottom
        line_top = self.top
        line_bottom = self.bottom
        overlap = (bottom if bottom < line_bottom else line_bottom) - (
            top if top > line_top else line_top
        )
        line_height, height = line_bottom - line_top, bottom - top
        if not overlap >= 0.5 * (height if height < line_height else line_height):  # or NaN
            middle = (top + bottom) / 2
            if not (self.low <= middle <= self.high and top < line_bottom):
                return False
        self.words.append(word)
        tops, bottoms = self.tops, self.bottoms
        if top < tops[-1]:
            insort(tops, top)
        else:  # `build_lines` gives words top first: a top goes at the end, no search needed
            tops.append(top)
        insort(bottoms, bottom)
        if top == line_top and bottom == line_bottom:
            return True  # a median joined again stays the median, within the line's extent
        count = len(tops)
        middle = count // 2  # `_sorted_median` written out for both
        if count % 2:
            self.top, self.bottom = tops[middle], bottoms[middle]
        else:
            self.top = (tops[middle - 1] + tops[middle]) / 2
            self.bottom = (bottoms[middle - 1] + bottoms[middle]) / 2
        if top < self.low:
            self.low = top
        if bottom > self.high:
            self.high = bottom
        return True


def _joined(first: Word, second: Word) -> Word:
    return replace(
        first,
        text=first.text + second.text,
        x1=max(first.x1, second.x1),
        top=min(first.top, second.top),
        bottom=max(first.bottom, second.bottom),
    )


_READING_ORDER = attrgetter("top", "x0")
_LEFT_TO_RIGHT = attrgetter("x0")
_TOP = attrgetter("top")


def build_lines(words: list[Word], page: int) -> list[Line]:
    """Words to visual lines (top to bottom), each split into column segments."""
    lines: list[_Gathering] = []
    last: _Gathering | None = None  # the line most words join: tried first, on its own
    for word in sorted(words, key=_READING_ORDER):
        if last is not None and last.joins(word):
            continue
        for line in reversed(lines[-3:-1]):
            if line.joins(word):
                break
        else:
            last = _Gathering(word)
            lines.append(last)
    out = [_line(gathering, page) for gathering in lines]
    out.sort(key=_TOP)
    return out


def _line(gathering: _Gathering, page: int) -> Line:
    """The gathered words split into segments at column gaps."""
    line_words = sorted(gathering.words, key=_LEFT_TO_RIGHT)
    heights = [w.bottom - w.top for w in line_words]
    heights.sort()
    height = _sorted_median(heights)
    column_gap, touching, tucked = max(3 * height, 24), -0.3 * height, 0.05 * height
    previous = line_words[0]  # the current segment's last word
    current = [previous]
    segments = [Segment(current)]
    for word in line_words[1:]:
        gap = word.x0 - previous.x1
        if gap > column_gap:
            current = [word]
            segments.append(Segment(current))
        elif touching < gap < tucked:  # drawn touching: one word, written out of order
            current[-1] = previous = _joined(previous, word)
            continue
        else:
            current.append(word)
        previous = word
    return Line(segments, gathering.low, gathering.high, page)


def table_line(
    cells: list[str], top: float, bottom: float, x0: float, x1: float, page: int, ocr: bool
) -> Line:
    """A table row as one line; `ocr`: its cells were read by OCR (may hold misread letters)."""
    text = " | ".join(cells)
    return Line(
        segments=[Segment([Word(text, x0, x1, top, bottom, ocr=ocr)])],
        top=top,
        bottom=bottom,
        page=page,
        cells=tuple(cells),
    )


def _edge_key(line: Line) -> str | None:
    """What a running line prints on every page, its figures masked (`Trang #`); None for a
    line of figures alone (`7.500`, `85%`): a page number is told by its own pattern, and the
    cells of a flattened table of figures open and close many pages without running."""
    text = " ".join(line.text.split()).casefold()
    if not any(char.isalpha() for char in text) and any(char.isdigit() for char in text):
        return None
    return re.sub(r"\d+", "#", text)


def drop_running_lines(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated at the top or bottom edge of several pages (of
    both pages of a two-page document: a running head, `Dự thảo lần 2`, over the header)."""
    edges: Counter[str | None] = Counter()
    for page in pages:
        for line in _edge_lines(page):
            edges[_edge_key(line)] += 1
    repeated = {
        key
        for key, count in edges.items()
        if key is not None and count >= max(2, (len(pages) + 1) // 2)
    }
    areas = text_areas(pages)
    numbers = [
        line
        for page in pages
        for line in _edge_lines(page)
        if line.cells is None and _page_number(line, page, areas[page.number])
    ]
    slot = _NumberSlot.of(numbers)
    for page in pages:
        drop = [
            line
            for line in _edge_lines(page)
            if line.cells is None
            and (
                any(line is number for number in numbers)
                or _edge_key(line) in repeated
                or (slot is not None and slot.holds_misread(line))
            )
        ]
        dropped = {id(line) for line in drop}
        page.lines = [line for line in page.lines if id(line) not in dropped]


def _page_number(line: Line, page: Page, area: TextArea) -> bool:
    """A page number, unless a bare figure set flush left as close to the line next to it as
    the page's lines commonly are: a flattened table's cell, one a paragraph (the row number
    `1` opening a page, a value `12` closing one). A page number sits in the margin, apart
    from the text (a footer's number set flush left too)."""
    if not is_page_number(line.text):
        return False
    if not line.text.strip().isdigit() or line.x0 - area.left > _LEFT_EDGE * area.width:
        return True
    gaps = [max(below.top - above.bottom, 0.0) for above, below in itertools.pairwise(page.lines)]
    at = next(index for index, other in enumerate(page.lines) if other is line)
    apart = gaps[0] if at == 0 else gaps[-1]
    return len(gaps) < _PAGE_GAPS or apart > _APART * statistics.median(gaps)


@dataclass(frozen=True, slots=True)
class _NumberSlot:
    """Where the document prints its page numbers: one place at a page's edge, the same on
    every page (centred at the top, Nghị định 30/2020/NĐ-CP). OCR may read a page's number as
    a letter or two (`Đ` for `5`, `LỘ` for `15`, with a speck): a line as short, read by OCR,
    standing in that place is that page's number, not text; left in, it cuts the paragraph or
    the table row that runs across the page break."""

    top: float
    centre: float
    height: float
    width: float

    @classmethod
    def of(cls, numbers: list[Line]) -> _NumberSlot | None:
        """The place of the page numbers found, when there are enough to show one."""
        if len(numbers) < _SLOT_NUMBERS:
            return None
        return cls(
            top=statistics.median(line.top for line in numbers),
            centre=statistics.median((line.x0 + line.x1) / 2 for line in numbers),
            height=statistics.median(line.bottom - line.top for line in numbers),
            width=max(line.x1 - line.x0 for line in numbers),
        )

    def holds_misread(self, line: Line) -> bool:
        short = len(line.segments) == 1 and len(line.text.replace(" ", "")) <= _SLOT_CHARACTERS
        return (
            short
            and _all_ocr(line)
            and abs(line.top - self.top) <= self.height / 2
            and abs((line.x0 + line.x1) / 2 - self.centre) <= self.width
        )


def _edge_lines(page: Page) -> list[Line]:
    candidates = page.lines[:1] + page.lines[1:][-1:]
    return [
        line
        for line in candidates
        if line.top < EDGE_BAND * page.height or line.bottom > (1 - EDGE_BAND) * page.height
    ]


@dataclass(frozen=True, slots=True)
class TextArea:
    left: float
    right: float

    @property
    def width(self) -> float:
        return max(self.right - self.left, 1.0)

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2

    def side(self, segment: Segment) -> Block:
        centre = (segment.x0 + segment.x1) / 2
        return Block.HEADER_LEFT if centre < self.middle else Block.HEADER_RIGHT

    def spans_middle(self, line: Line) -> bool:
        """A body line: one segment across the middle, or centred on the page (a title)."""
        if len(line.segments) != 1:
            return False
        segment = line.segments[0]
        crosses = (
            segment.x0 < self.middle - 0.15 * self.width
            and segment.x1 > self.middle + 0.15 * self.width
        )
        centre = (segment.x0 + segment.x1) / 2
        return crosses or abs(centre - self.middle) < 0.06 * self.width

    def centred(self, line: Line) -> bool:
        """Centred: equal margins on both sides, and not a full-width justified line."""
        left_margin, right_margin = line.x0 - self.left, self.right - line.x1
        return (
            left_margin > 0.01 * self.width
            and right_margin > 0.01 * self.width
            and abs(left_margin - right_margin) < 0.04 * self.width
        )


def _long_sides(lines: list[Line]) -> tuple[list[float], list[float]]:
    """The lefts and the rights of the long text lines (not a table's rows) among `lines`."""
    long_lines = [line for line in lines if line.cells is None and len(line.text) > 20]
    return [line.x0 for line in long_lines], [line.x1 for line in long_lines]


def _area_of(lefts: list[float], rights: list[float]) -> TextArea | None:
    """The area the long lines of these lefts and rights run over (a twentieth of them left
    out at each side); None for fewer than three."""
    if len(lefts) < 3:
        return None
    lefts, rights = sorted(lefts), sorted(rights)
    return TextArea(left=lefts[len(lefts) // 20], right=rights[len(rights) - 1 - len(rights) // 20])


def _extent(pages: list[Page]) -> TextArea:
    """From the leftmost line's left to the rightmost's right."""
    everything = [line for page in pages for line in page.lines]
    return TextArea(
        left=min((line.x0 for line in everything), default=0.0),
        right=max((line.x1 for line in everything), default=1.0),
    )


Areas = dict[int, TextArea]


def text_areas(pages: list[Page]) -> Areas:
    """Each page's text area (pages differ: a landscape appendix), the document's as fallback;
    also for a page whose lines run over far less than the document's width (a closing's
    left column run over onto a page of its own), whose middle is not the page's. Each page's
    long lines are measured once, for its own area and the document's. The document's is
    measured on the pages as wide as the first; a page wider (a landscape appendix after
    portrait pages) whose own long lines are too few keeps its margins, the right one from its
    own right edge: its title and the note under it are centred on that page."""
    sides = [(page, _long_sides(page.lines)) for page in pages]
    usual = [page_sides for page, page_sides in sides if page.width == pages[0].width]
    lefts = [left for page_lefts, _ in usual for left in page_lefts]
    rights = [right for _, page_rights in usual for right in page_rights]
    fallback = _area_of(lefts, rights) or _extent(pages)
    return {
        page.number: area
        if (area := _area_of(*page_sides)) and area.width >= NARROW_PAGE * fallback.width
        else _turned(fallback, page.width - pages[0].width)
        for page, page_sides in sides
    }


def _turned(area: TextArea, wider: float) -> TextArea:
    """`area` on a page `wider` points wider than the first (0 for a page as wide)."""
    return TextArea(left=area.left, right=area.right + wider)


_CUT_CELL_END = (",", ";", ":", "-", "(", "/")  # a cell never ends with these: it goes on


def join_split_rows(pages: list[Page]) -> None:
    """A table row that a page break cut in two is one row: the first row of a page, in a
    table as wide as the one that ended the page before, with nothing in its first cell (the
    row's number) and most of the other cells it prints going on (`... kinh` / `doanh; ưu
    tiên ...`, `Quý` / `IV/2026`, `Viện, Trường; Doanh nghiệp,` / `Sở, ban, ngành ...`), is
    the rest of that table's last row."""
    for before, page in itertools.pairwise(pages):
        if not before.lines or not page.lines:
            continue
        last, first = before.lines[-1], page.lines[0]
        if last.cells is None or first.cells is None or len(last.cells) != len(first.cells):
            continue
        pairs = [
            (above, text)
            for above, text in zip(last.cells[1:], first.cells[1:], strict=True)
            if text
        ]
        going_on = [text for above, text in pairs if _goes_on(above, text)]
        if first.cells[0] or 2 * len(going_on) <= len(pairs):
            continue
        cells = [" ".join(filter(None, pair)) for pair in zip(last.cells, first.cells, strict=True)]
        ocr = _read_by_ocr(last) or _read_by_ocr(first)  # its cells may hold misread letters
        before.lines[-1] = table_line(
            cells, last.top, last.bottom, last.x0, last.x1, last.page, ocr
        )
        page.lines.pop(0)


def _read_by_ocr(line: Line) -> bool:
    """Whether OCR read a word of `line` (a table row's: its one word)."""
    return any_ocr(_words_of(line.segments))


def _goes_on(above: str, text: str) -> bool:
    """A cell's text at the top of a page goes on the cell above it, cut by the break: it
    starts in lower case, or the text above ends where no cell ends (`Doanh nghiệp,`)."""
    return text[:1].islower() or above.rstrip().endswith(_CUT_CELL_END)


def to_raw_lines(pages: list[Page]) -> list[RawLine]:
    """The document's lines: header columns, body paragraphs, closing columns."""
    drop_running_lines(pages)
    join_split_rows(pages)
    lines = [line for page in pages for line in page.lines]
    for number, line in enumerate(lines, start=1):
        line.number = number
    if not lines:
        return []
    area = text_areas(pages)
    leading = _leading(lines, area)
    header_end = _header_end(lines, area, pages[0])
    out = _laid_out(lines, area, leading, header_end)
    if not any(line.block is Block.HEADER_RIGHT for line in out):
        out = _run_together(_laid_out(lines, area, leading, 0)) or out
    return _closing_run_together(out)


def _laid_out(lines: list[Line], area: Areas, leading: float, header_end: int) -> list[RawLine]:
    """The header's columns (the lines before `header_end`), the body's paragraphs and the
    closing's columns."""
    closing = _closing_range(lines, area, header_end)
    out: list[RawLine] = []
    out += _columns(lines[:header_end], area, (Block.HEADER_LEFT, Block.HEADER_RIGHT))
    if closing is None:
        out += _paragraphs(lines[header_end:], area, leading)
    else:
        start, end = closing
        out += _paragraphs(lines[header_end:start], area, leading)
        out += _columns(lines[start:end], area, (Block.FOOTER_LEFT, Block.FOOTER_RIGHT))
        out += _paragraphs(lines[end:], area, leading)
    return out


def _closing_run_together(out: list[RawLine]) -> list[RawLine]:
    """The lines with a closing printed as running text, a converter's breaks in it, cut into
    its columns (`layout_cues.run_together_closing`): from the first line that opens with the
    recipients label and prints a break, when no signature column stands apart."""
    if any(line.block is Block.FOOTER_RIGHT for line in out):
        return out
    texts = [(index, line) for index, line in enumerate(out) if line.text and line.cells is None]
    for position, (index, line) in enumerate(texts):
        if not is_recipients_label(line.text):
            continue
        closing = run_together_closing([text.text for _, text in texts[position:]])
        if closing is None:
            return out
        parts, taken = closing
        sources = [text for _, text in texts[position : position + taken]]
        laid: list[RawLine] = []
        for block, right in ((Block.FOOTER_LEFT, False), (Block.FOOTER_RIGHT, True)):
            for part in (part for part in parts if part.right is right):
                source = sources[part.source]
                hints = source.hints & {Hint.OCR} | ({Hint.CENTERED} if right else set())
                laid += [
                    replace(source, text=part.text, hints=hints, block=block),
                    RawLine(text="", source_line=source.source_line, page=source.page, block=block),
                ]
        end = texts[position + taken - 1][0] + 1
        return [*out[:index], *laid, *out[end:]]
    return out


def _run_together(out: list[RawLine]) -> list[RawLine] | None:
    """The document's lines with a header whose columns ran together (no column of it stood
    apart on the page: a text file's header printed as running text, or columns OCR read as
    one) cut into its blocks, as the columns of a laid-out header would be
    (`layout_cues.run_together_header`); None when its first paragraphs hold no such header."""
    leading = list(itertools.takewhile(lambda line: line.cells is None, out))
    leading = [line for line in leading if line.text and line.page == out[0].page]
    header = run_together_header([line.text for line in leading])
    if header is None:
        return None
    last = leading[header.taken - 1]
    out = out[next(i for i, line in enumerate(out) if line is last) + 1 :]
    if header.rest:  # the kind set on the date's line
        caps = {Hint.ALL_CAPS} if is_all_caps(header.rest, least=2) else set()
        out = [replace(last, text=header.rest, hints=last.hints & {Hint.OCR} | caps), *out]
    parts: list[RawLine] = []
    for block, right in ((Block.HEADER_LEFT, False), (Block.HEADER_RIGHT, True)):
        for part in (part for part in header.parts if part.right is right):
            source = leading[part.source]
            hints = {Hint.CENTERED} | (source.hints & {Hint.OCR})
            if is_all_caps(part.text, least=2):
                hints.add(Hint.ALL_CAPS)
            parts += [
                replace(source, text=part.text, hints=frozenset(hints), block=block),
                RawLine(text="", source_line=source.source_line, page=source.page, block=block),
            ]
    return parts + out


def _header_end(lines: list[Line], areas: Areas, first: Page) -> int:
    left_column: list[Segment] = []  # the header's left-column segments so far
    for index, line in enumerate(lines):
        area = areas[line.page]
        if line.page != first.number or line.top > 0.4 * first.height:
            return index
        line.segments = _columns_apart(line, area)
        if (
            line.cells is not None
            or area.spans_middle(line)
            or _flush_title(line, area, left_column)
        ):
            return index
        left_column += [s for s in line.segments if area.side(s) is Block.HEADER_LEFT]
    return 0


COLUMN_SPACE = 1.0  # the least gap between a header's columns, in the line's height ...
WORD_SPACES = 2.5  # ... and in the line's median gap between words


def _columns_apart(line: Line, area: TextArea) -> list[Segment]:
    """A header line read as one run of words across the middle, parted at the widest gap
    between its words when that gap stands near the middle and is far wider than the line's
    other gaps: the issuer's column and the motto's, set closer than a column gap (a long
    issuer's name filling its column) but further apart than words are. The segments as they
    are otherwise, and for a line a text layer or OCR already parted."""
    if len(line.segments) != 1 or len(line.segments[0].words) < 3:
        return line.segments
    words = line.segments[0].words
    gaps = [after.x0 - before.x1 for before, after in itertools.pairwise(words)]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    middle = (words[widest].x1 + words[widest + 1].x0) / 2
    height = statistics.median(word.bottom - word.top for word in words)
    apart = (
        gaps[widest] >= COLUMN_SPACE * height
        and gaps[widest] >= WORD_SPACES * statistics.median(gaps)
        and abs(middle - area.middle) < 0.2 * area.width
    )
    if not apart:
        return line.segments
    return [Segment(words[: widest + 1]), Segment(words[widest + 1 :])]


def _flush_title(line: Line, area: TextArea, left_column: list[Segment]) -> bool:
    """A bold line set flush at the left margin, off the centre of the header's left column
    (whose lines are centred in it): the document's kind, left-aligned, not the issuer. Read
    by OCR, which tells no bold, a line in capitals (`KẾ HOẠCH` set flush left under the
    header's table: it was read as the issuer's last line, and the title went missing); not
    when the left column's first line is set flush left too (a page printing every paragraph
    flush left, which sets no column apart: its motto in capitals is no kind)."""
    if len(line.segments) != 1 or not left_column or not _title(line):
        return False
    centre = (line.x0 + line.x1) / 2
    flush = line.x0 - area.left < 0.02 * area.width
    if not line.bold and left_column[0].x0 - area.left < 0.02 * area.width:
        return False
    centres = [(s.x0 + s.x1) / 2 for s in left_column]
    return flush and abs(centre - statistics.median(centres)) > 0.1 * area.width


def _closing_range(lines: list[Line], areas: Areas, start: int) -> tuple[int, int] | None:
    """The closing block: from the recipients label or the signature's first line (and any
    signature lines just above) to the next body paragraph, the next page, or a title centred
    on the page or set flush left with the text (an appendix's label set under the signature;
    see `_title`, `_flush_left_title`). Its lines are parted into their columns as the header's
    are (`_columns_apart`): a long recipients line filling its column runs up to the
    signature's."""
    begin = None
    for index in range(start, len(lines)):
        line = lines[index]
        area = areas[line.page]
        if line.cells is not None:
            continue
        if is_recipients_label(line.segments[0].text):
            line.segments = _columns_apart(line, area)
        left = [s for s in line.segments if area.side(s) is Block.HEADER_LEFT]
        right = [s for s in line.segments if area.side(s) is Block.HEADER_RIGHT]
        if (left and is_recipients_label(left[0].text)) or (
            right and not area.spans_middle(line) and is_signature_start(right[0].text)
        ):
            begin = index
            break
    if begin is None:
        return None
    while begin - 1 > start and _right_only(lines[begin - 1], areas[lines[begin - 1].page]):
        begin -= 1
    end = begin + 1
    while end < len(lines):
        line = lines[end]
        area = areas[line.page]
        if line.cells is None:
            line.segments = _columns_apart(line, area)
        new_page = line.page != lines[end - 1].page
        wide = line.x1 - line.x0 > 0.6 * area.width
        if (
            line.cells is not None
            or (area.spans_middle(line) and (wide or new_page or _title(line)))
            or _flush_left_title(line, area)
        ):
            break
        end += 1
    return begin, end


def _title(line: Line) -> bool:
    """A title, in bold; or, read by OCR (which tells no bold), in capitals: an appendix's
    label or title set under the signature on the same page (`PHỤ LỤC`)."""
    if line.bold:
        return True
    return _all_ocr(line) and is_all_caps(line.text, least=2)


def _flush_left_title(line: Line, area: TextArea) -> bool:
    """An appendix's label set under the closing as the body's paragraphs are, flush left with
    the text, in bold capitals (`PHỤ LỤC`): the recipients' lines, set in their column, are not
    bold, and `Nơi nhận:`, bold and flush left, opens the closing."""
    return (
        len(line.segments) == 1
        and line.bold
        and is_all_caps(line.text, least=2)
        and line.x0 - area.left <= _LEFT_EDGE * area.width
    )


def _right_only(line: Line, area: TextArea) -> bool:
    """A line of the right column only: not a body line across the middle."""
    return (
        line.cells is None
        and not area.spans_middle(line)
        and all(area.side(s) is Block.HEADER_RIGHT for s in line.segments)
    )


def _columns(lines: list[Line], areas: Areas, blocks: tuple[Block, Block]) -> list[RawLine]:
    """A two-column block: each side's words, regrouped into lines on their own (the two
    sides often differ in font size), then emitted left side first."""
    number_of: dict[int, int] = {}
    sides: dict[Block, list[Word]] = {blocks[0]: [], blocks[1]: []}
    for line in lines:
        for segment in line.segments:
            left = areas[line.page].side(segment) is Block.HEADER_LEFT
            side = blocks[0] if left else blocks[1]
            for word in segment.words:
                number_of[id(word)] = line.number
                sides[side].append(word)
    page_of = {id(word): line.page for line in lines for s in line.segments for word in s.words}
    out: list[RawLine] = []
    for block, words in sides.items():
        side_lines: list[Line] = []
        for page in sorted({page_of[id(word)] for word in words}):
            side_lines += build_lines([w for w in words if page_of[id(w)] == page], page)
        for line in side_lines:
            line.number = number_of[id(line.segments[0].words[0])]
        header = block in (Block.HEADER_LEFT, Block.HEADER_RIGHT)  # a closing: its own cut
        if header and (broken := _broken_column(side_lines, block)) is not None:
            out += broken
            continue
        pending: list[Line] = []
        for line in side_lines:
            if is_typed_rule(line.text):  # the dashes under the issuer or the motto
                out += _emit_group(pending, block)
                pending = []
                continue
            if pending and _wrapped(pending[-1], line, areas[line.page]):
                pending.append(line)
                continue
            out += _emit_group(pending, block)
            pending = [line]
        out += _emit_group(pending, block)
    return out


def _broken_column(side_lines: list[Line], block: Block) -> list[RawLine] | None:
    """A column whose cells were printed with a converter's line breaks shown (`ỦY BAN NHÂN
    DÂN<br>XÃ TÂN` / `PHÚ<br>------- <br>Số: 45/KH-` / `UBND`): its lines are where the breaks
    are, not where the print wrapped. A cell's run of lines goes on past a line whose last piece
    is cut (not a rule), and takes the line above a line opening with a cut piece; its text is
    cut at the breaks, each piece a line of its own (a rule none) from the line it starts on.
    None when no break is printed in the column."""
    if not any(printed_line_breaks(line.text) for line in side_lines):
        return None
    runs: list[list[Line]] = []
    for line in side_lines:
        if runs and _cell_goes_on(runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    out: list[RawLine] = []
    for lines in runs:
        texts = [line.text for line in lines]
        starts = [len(join_lines(texts[:count])) for count in range(len(texts))]
        text = join_lines(texts)
        position = 0
        for piece in printed_line_breaks(text) or [text]:
            position = text.find(piece, position)
            at = max(index for index, start in enumerate(starts) if start <= position)
            if not is_typed_rule(piece):
                out += _emit_group([lines[at]], block, piece)
            position += len(piece)
    return out


def _cell_goes_on(above: Line, line: Line) -> bool:
    """Whether `line` goes on with the cell printed on `above` (see `_broken_column`)."""
    if above.page != line.page:
        return False
    pieces = printed_line_breaks(above.text)
    if pieces:
        return not is_typed_rule(pieces[-1]) and not above.text.rstrip().endswith(">")
    return printed_line_breaks(line.text) is not None and not line.text.lstrip().startswith("<")


def _wrapped(previous: Line, segment: Line, area: TextArea) -> bool:
    """A column's line that continues the one above: it starts in lower case, or both are
    capitals and the one above nearly fills the column (the motto wrapped in a narrow cell)."""
    if segment.text[:1].islower():
        return True
    column = area.width / 2
    capitals = all(ch.isupper() for ch in (previous.text + segment.text) if ch.isalpha())
    return capitals and previous.x1 - previous.x0 > 0.75 * column


def _emit_group(group: list[Line], block: Block, text: str | None = None) -> list[RawLine]:
    """The group's lines as one line of the block (or as `text`, a piece of them)."""
    if not group:
        return []
    first = group[0]
    text = join_lines([line.text for line in group]) if text is None else text
    hints = _hints(text, [s for line in group for s in line.segments])
    if block is not Block.FOOTER_LEFT:  # the issuer, motto and signature are centred
        hints.add(Hint.CENTERED)
    return [
        RawLine(
            text=text,
            source_line=first.number,
            page=first.page,
            hints=frozenset(hints),
            block=block,
        ),
        RawLine(text="", source_line=first.number, page=first.page, block=block),
    ]


def _hints(text: str, segments: list[Segment]) -> set[Hint]:
    hints: set[Hint] = set()
    if all(map(_BOLD, segments)):
        hints.add(Hint.BOLD)
    if all(map(_ITALIC, segments)):
        hints.add(Hint.ITALIC)
    if is_all_caps(text, least=2):
        hints.add(Hint.ALL_CAPS)
    if any_ocr(_words_of(segments)):
        hints.add(Hint.OCR)
    return hints


def _leading(lines: list[Line], areas: Areas) -> float:
    """The space between the lines of a paragraph: the median gap under the lines that run to
    the text's right edge (wrapped, so inside a paragraph), else under any text line (most
    lines are inside a paragraph, unless most paragraphs are a line: a table printed one cell
    a paragraph, whose spacing would be taken for the leading and join its cells)."""
    gaps: list[float] = []
    wrapped: list[float] = []
    for previous, line in itertools.pairwise(lines):
        if previous.page != line.page or previous.cells is not None or line.cells is not None:
            continue
        gap = line.top - previous.bottom
        if gap < 0:
            continue
        gaps.append(gap)
        area = areas[previous.page]
        if previous.x1 >= area.right - _WRAPPED_MARGIN * area.width:
            wrapped.append(gap)
    return statistics.median(wrapped or gaps) if gaps else 0.0


def _continues(group: list[Line], line: Line, areas: Areas, leading: float) -> bool:
    """Whether `line` is the wrapped continuation of the paragraph `group` (its lines so far).
    Not across more space than the lines of a paragraph keep, by half a line: the spacing a
    paragraph is set with (before or after) parts it from the next, even a centred title from
    the line under it."""
    previous = group[-1]
    if previous.cells is not None or line.cells is not None or _ITEM_START.match(line.text):
        return False
    bold = previous.bold
    if bold != line.bold:
        return False
    if opens_heading_after_clause(previous.text, line.text) or _sentence_under_title(
        previous, line
    ):
        return False
    if line.page == previous.page:
        height = max(previous.bottom - previous.top, 1.0)
        if line.top - previous.bottom > min(1.2 * height, leading + 0.5 * height):
            return False
        capitals = is_all_caps(previous.text)  # OCR tells no bold: a capitals heading
        if (bold or capitals) and continues_heading(group[0].text, previous.text, line.text):
            return True  # a numbered heading broken by hand, however short its lines
    area, next_area = areas[previous.page], areas[line.page]
    if area.centred(previous) and next_area.centred(line):  # a centred title wrapped
        return previous.x1 - previous.x0 > 0.6 * area.width
    if previous.x1 < area.right - 0.1 * area.width and not _wrapped_ragged(previous, line, area):
        return False
    if line.x0 <= next_area.left + 0.04 * next_area.width:
        return True
    # a bold heading indented as a whole (`II. NHIỆM VỤ ...` set on two lines): the second
    # line starts under the first; a body paragraph's next line starts at the margin instead
    return bold and line.page == previous.page and abs(line.x0 - previous.x0) < 0.01 * area.width


def _wrapped_ragged(previous: Line, line: Line, area: TextArea) -> bool:
    """A line of a paragraph set flush left, its right edge ragged (a Word draft not justified),
    that ends short because the next line's first word did not fit after it: within a sentence
    (no `.`, `;` or `:` ends it) and on the same page."""
    first = line.segments[0].words[0]
    return (
        line.page == previous.page
        and not previous.text.rstrip().endswith(SENTENCE_ENDS)
        and previous.x1 + (first.x1 - first.x0) > area.right
    )


_TITLE_LETTERS = 12  # letters of a title's line in capitals, at the least


def _sentence_under_title(previous: Line, line: Line) -> bool:
    """A sentence's first line (a capital, then lower case) under a line in capitals, both read
    by OCR, which tells no bold: the title (`KẾ HOẠCH`'s subject, in capitals) ends there, and
    the body's first paragraph starts, even when the title's last line runs as wide as the
    text (kh-ubnd-0130's scan: its title ran on into the paragraph under it)."""
    return (
        _all_ocr(previous)
        and is_all_caps(previous.text, least=_TITLE_LETTERS)
        and not is_all_caps(line.text)
        and line.text[:1].isupper()
    )


def _paragraphs(lines: list[Line], areas: Areas, leading: float) -> list[RawLine]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _continues(groups[-1], line, areas, leading):
            groups[-1].append(line)
        else:
            groups.append([line])
    out: list[RawLine] = []
    previous_page: int | None = None
    for group in groups:
        first = group[0]
        text = join_lines([line.text for line in group])
        if first.cells is None and is_typed_rule(text):  # the dashes under the title: no text
            continue
        if first.cells is not None:
            hints = {Hint.TABLE_ROW} | (
                _hints(text, first.segments) & {Hint.OCR}
            )  # a scan's cells may be misread
        else:
            hints = _hints(text, [s for line in group for s in line.segments])
            if areas[first.page].centred(first):
                hints.add(Hint.CENTERED)
        if previous_page is not None and first.page != previous_page:
            hints.add(Hint.PAGE_START)
        previous_page = group[-1].page
        out.append(
            RawLine(
                text=text,
                source_line=first.number,
                page=first.page,
                hints=frozenset(hints),
                cells=first.cells,
            )
        )
        if first.cells is None:
            out.append(RawLine(text="", source_line=first.number, page=first.page))
    return out
