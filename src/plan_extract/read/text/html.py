"""HTML inside a text file, as converters leave it in Markdown: tables (`<table>`), which pandoc's
and other writers print for a table with merged cells or cells of several paragraphs, and the
inline marks around the text (`<strong>`, `<br>`, `<p align="center">`, `<sup>1</sup>`).

A table becomes what read.text.gfm gives for a pipe table: one `TABLE_ROW` line per row with its
cells, or, for the layout tables of an official document (issuer | motto, Nơi nhận |
signature), its cells' parts in the header or footer blocks. A merged cell is printed once, as
the Word reader prints one: a cell spanning columns (`colspan`) in its first column, the others
empty; a cell spanning rows (`rowspan`) in its first row, the rows below empty in its columns.
A table of one column (a page wrapped in a table) is no table: its cells are body text. A
table inside a cell gives its text to the cell, as in Word; a `<caption>` is a paragraph before
the table.

Outside tables, the tags are dropped and what they said kept as hints: a line wholly in
`<strong>`/`<b>` is `BOLD`, one in a centred paragraph `CENTERED`, one in `<h1>`-`<h6>` a
`HEADING`. A block element (`<p>`, `<div>`, a heading) is a paragraph of its own and `<br>` a
line break, whatever lines the file prints them on, and a paragraph (`<p>`, `<li>`, a heading)
is one line however the file wraps it (Word's and LibreOffice's HTML wrap at 80 columns); a
list item prints its bullet or number as a browser does (`- `, `2.`, `b.`, `IV.`); a footnote
mark (`<sup>1</sup>`, a link to `#_ftn1`) is dropped, a unit's exponent (`m<sup>2</sup>`)
kept. Nothing inside `<head>`, `<script>`, `<style>` or a comment is read; a word after a `<`
(`<tên đơn vị>`) is text. Every line keeps the source line its text starts on; a line the HTML
does not touch is kept as it is.

The tags are read by the standard library's `html.parser`, which knows how tags nest, what an
entity (`&nbsp;`, `&amp;`, `&#7845;`) stands for, and where a comment ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from plan_extract.core.numerals import to_roman
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.text.gfm import cell_text, table_lines

_ELEMENTS = (
    "a|b|blockquote|br|center|col|colgroup|div|em|font|h[1-6]|hr|i|li|ol|p|script|span|strong"
    "|style|sub|sup|table|tbody|td|tfoot|th|thead|tr|u|ul"
)
# a tag of an element this module reads, or a comment: the text holds HTML
_HTML_MARK = re.compile(rf"<(?:/?(?:{_ELEMENTS})(?=[\s/>])[^<>]*>|!--)", re.IGNORECASE)
_BLOCKS = frozenset(
    {"p", "div", "center", "blockquote", "ul", "ol", "li", "hr", "table"}
    | {f"h{level}" for level in range(1, 7)}
)
# a block whose text is one paragraph however many lines the file wraps it over
_PARAGRAPHS = frozenset({"p", "li"} | {f"h{level}" for level in range(1, 7)})
_CELL_BREAKS = frozenset({"br", "p", "div", "li", "hr"})  # they open a new part of a cell
_BOLD = frozenset({"strong", "b"})
_SKIPPED = frozenset({"script", "style", "head", "title"})  # no text of the page
_HEADING = re.compile(r"^h([1-6])$")
# an element's name as HTML and Word's HTML spell them (`td`, `o:p`, `st1:place`); a word of
# the text after a `<` is none
_TAG_NAME = re.compile(r"^[a-z][a-z0-9]*(?::[a-z][a-z0-9]*)?$")
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_EXPONENT_BASE = re.compile(r"(?<![^\W\d_])[kcdm]?m$")  # m², km², cm³: a unit's power
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")  # `&nbsp;`, `&#7841;`
_FOOTNOTE_LINK = re.compile(r"^#_?ftn", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^[0-9]{1,6}$")  # a list's `start`, an item's `value`
_MAX_ROMAN = 3999
_MAX_SPAN = 64  # a colspan or rowspan beyond this is a typing slip, not a table that wide
_SPAN = re.compile(r"^[0-9]{1,4}$")


def has_html(text: str) -> bool:
    """Whether a text holds tags of the elements this module reads (or a comment)."""
    return _HTML_MARK.search(text) is not None


def html_marks(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with their HTML read: tables as `TABLE_ROW` lines (or a layout table's parts in
    their blocks), the other tags dropped and kept as hints. Lines already read as a table or
    placed in a block keep their place; their cells lose any tag."""
    if not any("<" in line.text and has_html(line.text) for line in lines):  # most texts
        return lines
    fed = [line.text if _is_text(line) else "" for line in lines]
    reader = _Reader(len(lines))
    reader.feed("\n".join(fed))
    reader.close()
    reader.touched.update(index for index, text in enumerate(fed) if _ENTITY.search(text))
    out: list[RawLine] = []
    for index, line in enumerate(lines):
        if not _is_text(line):
            out.append(_cells_without_tags(line))
        elif index not in reader.touched:
            out.append(line)
        else:
            out.extend(_emit(reader.items.get(index, []), line, lines))
    return out


def _is_text(line: RawLine) -> bool:
    """A line read as text still: not a table row nor a layout table's part."""
    return Hint.TABLE_ROW not in line.hints and line.block is Block.BODY


def _cells_without_tags(line: RawLine) -> RawLine:
    """A table row or layout part (read.text.gfm) whose cells print inline tags or entities:
    without them."""
    if not has_html(line.text) and not _ENTITY.search(line.text):
        return line
    cells = tuple(_plain_text(cell) for cell in line.cells) if line.cells is not None else None
    text = " | ".join(cells) if cells is not None else _plain_text(line.text)
    return replace(line, text=text, cells=cells)


def _plain_text(fragment: str) -> str:
    """A fragment's text without its tags, its entities read, its white space squashed; its
    lines (a `<p>`, a `<br>`) joined as a cell's paragraphs are."""
    reader = _Reader(fragment.count("\n") + 1)
    reader.feed(fragment)
    reader.close()
    texts = [
        item.text
        for index in sorted(reader.items)
        for item in reader.items[index]
        if isinstance(item, _Segment) and item.text
    ]
    return cell_text(texts)


@dataclass
class _Segment:
    """A line of text as the HTML sets it: its runs of text, with whether each is bold."""

    runs: list[tuple[str, bool]] = field(default_factory=list)
    centred: bool = False
    heading: int | None = None
    after_break: bool = False  # a block or a `<br>` opened it on its line
    label: str = ""  # a list item's bullet or number, as the browser prints it
    blank: bool = False  # the blank line after a paragraph (a `<br>` leaves none)

    @property
    def text(self) -> str:
        text = " ".join("".join(text for text, _ in self.runs).split())
        return f"{self.label} {text}" if self.label and text else text

    @property
    def bold(self) -> bool:
        letters = [bold for text, bold in self.runs if text.strip()]
        return bool(letters) and all(letters)


@dataclass
class _Cell:
    parts: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)
    columns: int = 1
    rows: int = 1
    open_part: bool = False
    label: str = ""  # a list item's bullet or number, for the part it opens

    def add(self, index: int, text: str) -> None:
        if not text:
            return
        if self.open_part and self.parts:
            at, before = self.parts[-1]
            self.parts[-1] = (at, before + text)
        else:
            if self.label:
                text, self.label = f"{self.label} {text.lstrip()}", ""
            self.parts.append((index, text))
            self.open_part = True


@dataclass
class _Table:
    start: int  # the line index of `<table>`
    rows: list[list[_Cell]] = field(default_factory=list)
    cell: _Cell | None = None
    caption: _Cell = field(default_factory=_Cell)  # the table's title (`<caption>`)


@dataclass
class _List:
    ordered: bool
    kind: str = "1"  # how an ordered list numbers its items: 1, a, A, i, I
    next: int = 1

    def label(self, value: str | None) -> str:
        """The next item's label (`-`, `2.`, `b.`, `IV.`); `value` an item's own number."""
        if not self.ordered:
            return "-"
        if value is not None and _ITEM_NUMBER.match(value.strip()):
            self.next = int(value)
        number, self.next = self.next, self.next + 1
        if self.kind in ("a", "A") and 1 <= number <= 26:
            letter = chr(ord("a") + number - 1)
            return f"{letter.upper() if self.kind == 'A' else letter}."
        if self.kind in ("i", "I") and 1 <= number <= _MAX_ROMAN:
            roman = to_roman(number)
            return f"{roman.lower() if self.kind == 'i' else roman}."
        return f"{number}."


@dataclass
class _Grid:
    """A finished table: its rows, full width, each cell as its parts."""

    rows: list[tuple[int, list[list[tuple[int, str]]]]]

    @property
    def width(self) -> int:
        return max((len(cells) for _, cells in self.rows), default=0)


class _Reader(HTMLParser):
    """Collects, per line index of the text fed, what stands there: segments of text and the
    tables that start there; `touched` the indices the HTML changes."""

    def __init__(self, count: int) -> None:
        super().__init__(convert_charrefs=True)
        self.count = count
        self.items: dict[int, list[_Segment | _Grid]] = {}
        self.touched: set[int] = set()
        self.bold = 0
        self.blocks: list[tuple[str, bool]] = []  # the open blocks: tag, centres its text
        self.lists: list[_List] = []
        self.heading: int | None = None
        self.skipped = 0
        self.sup_start: tuple[int, int] | None = None  # where a `<sup>`'s text starts
        self.footnote_link = 0
        self.tables: list[_Table] = []
        self.segment: _Segment | None = None
        self.segment_line = -1

    # --- where things stand -------------------------------------------------------------

    def _index(self) -> int:
        return min(self.getpos()[0] - 1, self.count - 1)

    def _touch(self, first: int, text: str) -> None:
        self.touched.update(range(first, min(first + text.count("\n"), self.count - 1) + 1))

    # --- tags ---------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        index = self._index()
        self._touch(index, self.get_starttag_text() or "")
        if not _TAG_NAME.match(tag):  # `<tên đơn vị>`, a blank to fill in: text, no tag
            self.handle_data(self.get_starttag_text() or "")
            return
        values = {name: value or "" for name, value in attrs}
        if tag in _SKIPPED:
            self.skipped += 1
        elif tag == "table":
            if self.blocks and self.blocks[-1][0] == "p":  # a table closes an open paragraph
                self.blocks.pop()
            self._break(index, paragraph=True)
            self.tables.append(_Table(start=index))
        elif self.tables and tag == "caption":
            self.tables[-1].cell = self.tables[-1].caption
        elif self.tables and tag == "tr":
            self.tables[-1].rows.append([])
            self.tables[-1].cell = None
        elif self.tables and tag in ("td", "th"):
            self._open_cell(values)
        elif self.tables and self.tables[-1].cell is not None and tag in _CELL_BREAKS:
            self.tables[-1].cell.open_part = False
            if tag == "li":  # as the Word reader prints a list paragraph in a cell
                self.tables[-1].cell.label = self._item_label(values)
        elif tag in _BLOCKS or tag == "br":
            if tag not in ("br", "hr"):
                self._open_block(tag, values)
            heading = _HEADING.match(tag)
            if heading:
                self.heading = int(heading.group(1))
            self._break(index, paragraph=tag != "br")
            if tag in ("ol", "ul"):
                start = values.get("start", "1")
                self.lists.append(
                    _List(
                        tag == "ol",
                        values.get("type", "1"),
                        int(start) if _ITEM_NUMBER.match(start) else 1,
                    )
                )
            elif tag == "li" and self.segment is not None:
                self.segment.label = self._item_label(values)
        if tag in _BOLD:
            self.bold += 1
        elif tag == "sup":
            self.sup_start = (index, len(self._current_text(index)))
        elif tag == "a" and _FOOTNOTE_LINK.match(values.get("href", "")):
            self.footnote_link += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not _TAG_NAME.match(tag):
            self.handle_starttag(tag, attrs)
        elif tag in ("br", "hr"):
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
        else:
            self._touch(self._index(), self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        index = self._index()
        self.touched.add(index)
        if not _TAG_NAME.match(tag):
            self.handle_data(f"</{tag}>")
            return
        if tag in _SKIPPED:
            self.skipped = max(self.skipped - 1, 0)
        elif tag == "table" and self.tables:
            self._close_table(index)
        elif self.tables and tag in ("td", "th", "caption"):
            self.tables[-1].cell = None
        elif self.tables and self.tables[-1].cell is not None and tag in _CELL_BREAKS:
            self.tables[-1].cell.open_part = False
        elif tag in _BLOCKS and tag != "table":
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            self._close_block(tag)
            if _HEADING.match(tag):
                self.heading = None
            self._break(index, paragraph=True)
        if tag in _BOLD:
            self.bold = max(self.bold - 1, 0)
        elif tag == "sup":
            self._drop_footnote_mark(index)
        elif tag == "a" and self.footnote_link:
            self.footnote_link -= 1

    def handle_comment(self, data: str) -> None:
        self._touch(self._index(), f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self._touch(self._index(), decl)

    def unknown_decl(self, data: str) -> None:  # Word's `<![if !supportLists]>`
        self._touch(self._index(), data)

    def handle_pi(self, data: str) -> None:
        self._touch(self._index(), data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A marked section `html.parser` knows (`<![CDATA[...]]>`, Word's `<![if ...]>`), or
        one it does not (`<![foo[`), which it would fail on: read as HTML5 reads it, a comment
        to the next `>`."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            if end < 0:
                return -1
            if report:
                self.unknown_decl(self.rawdata[i + 3 : end])
            return end + 1

    # --- text ---------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        index = self._index()
        inside = bool(self.tables or self.skipped or self.bold or self.blocks or self.heading)
        if inside:
            self._touch(index, data)
        if self.skipped or self.footnote_link:
            return
        for offset, piece in enumerate(data.split("\n")):
            at = min(index + offset, self.count - 1)
            if self.tables:
                if self.tables[-1].cell is not None:  # a line's end inside a cell is a space
                    self.tables[-1].cell.add(at, f" {piece}" if offset else piece)
                continue
            if offset and self._in_paragraph():  # a wrap inside a paragraph is a space
                if not piece.strip() and offset < data.count("\n"):  # a blank line ends it
                    self._break(at, paragraph=True)
                    continue
                piece = f" {piece}"
            self._text_segment(at).runs.append((piece, self.bold > 0))

    def _current_text(self, index: int) -> str:
        if self.tables:
            cell = self.tables[-1].cell
            return cell.parts[-1][1] if cell is not None and cell.parts and cell.open_part else ""
        return "".join(text for text, _ in self._text_segment(index).runs)

    def _item_label(self, values: dict[str, str]) -> str:
        return (self.lists or [_List(ordered=False)])[-1].label(values.get("value"))

    def _centred(self) -> bool:
        return bool(self.blocks and self.blocks[-1][1])

    def _in_paragraph(self) -> bool:
        return bool(self.blocks and self.blocks[-1][0] in _PARAGRAPHS)

    def _open_block(self, tag: str, values: dict[str, str]) -> None:
        """A block opened; a paragraph left open (`</p>` may be left out) closed by the next."""
        if self.blocks and self.blocks[-1][0] == "p" and tag in _PARAGRAPHS | {"div", "table"}:
            self.blocks.pop()
        if self.blocks and self.blocks[-1][0] == "li" and tag == "li":  # `</li>` left out
            self.blocks.pop()
        self.blocks.append((tag, _centres(values) or self._centred()))

    def _close_block(self, tag: str) -> None:
        """The block `tag` closed, with the blocks left open inside it; a stray end tag closes
        nothing."""
        for depth in range(len(self.blocks) - 1, -1, -1):
            if self.blocks[depth][0] == tag:
                del self.blocks[depth:]
                return

    def _text_segment(self, index: int) -> _Segment:
        if self.segment is None or (self.segment_line != index and not self._in_paragraph()):
            self.segment = _Segment(centred=self._centred(), heading=self.heading)
            self.segment_line = index
            self.items.setdefault(index, []).append(self.segment)
        return self.segment

    def _break(self, index: int, *, paragraph: bool) -> None:
        """A new line from here on; after a paragraph's end, a blank line."""
        if self.tables:
            return
        self.segment = None
        if paragraph:
            self.items.setdefault(index, []).append(_Segment(after_break=True, blank=True))
        self.segment = _Segment(centred=self._centred(), heading=self.heading, after_break=True)
        self.segment_line = index
        self.items.setdefault(index, []).append(self.segment)

    def _drop_footnote_mark(self, index: int) -> None:
        """The text since `<sup>` dropped unless it is a unit's exponent (`m<sup>2</sup>`)."""
        if self.sup_start is None or self.sup_start[0] != index:
            self.sup_start = None
            return
        start = self.sup_start[1]
        self.sup_start = None
        if self.tables:
            cell = self.tables[-1].cell
            if cell is None or not cell.parts:
                return
            at, text = cell.parts[-1]
            if not _EXPONENT_BASE.search(text[:start]):
                cell.parts[-1] = (at, text[:start])
            return
        segment = self._text_segment(index)
        text = "".join(piece for piece, _ in segment.runs)
        if not _EXPONENT_BASE.search(text[:start]):
            kept: list[tuple[str, bool]] = []
            length = 0
            for piece, bold in segment.runs:
                kept.append((piece[: max(start - length, 0)], bold))
                length += len(piece)
            segment.runs = kept

    # --- tables -------------------------------------------------------------------------

    def _open_cell(self, values: dict[str, str]) -> None:
        table = self.tables[-1]
        if not table.rows:
            table.rows.append([])
        table.cell = _Cell(columns=_span(values.get("colspan")), rows=_span(values.get("rowspan")))
        table.rows[-1].append(table.cell)

    def _close_table(self, index: int) -> None:
        table = self.tables.pop()
        grid = _Grid(_placed(table.rows))
        if self.tables:  # a table inside a cell: its text is the cell's, as in Word
            cell = self.tables[-1].cell
            if cell is not None:
                for _, cells in grid.rows:
                    for parts in cells:
                        for at, text in parts:
                            cell.open_part = False
                            cell.add(at, text)
                cell.open_part = False
            return
        for _, text in table.caption.parts:  # the title, as a paragraph before the table
            self.items.setdefault(table.start, []).append(_Segment(runs=[(text, False)]))
        if table.caption.parts:
            self.items[table.start].append(_Segment(blank=True))
        if grid.width >= 2:
            self.items.setdefault(table.start, []).append(grid)
        else:  # a table of one column wraps text: its parts are body lines
            for _, cells in grid.rows:
                for parts in cells:
                    for at, text in parts:
                        self.items.setdefault(at, []).append(_Segment(runs=[(text, False)]))
        self._break(index, paragraph=True)


def _centres(values: dict[str, str]) -> bool:
    return values.get("align", "").lower() == "center" or bool(
        _CENTRED_STYLE.search(values.get("style", ""))
    )


def _span(value: str | None) -> int:
    """A `colspan` or `rowspan`: 1 when missing, no number or past any table's size."""
    span = (value or "").strip()
    return int(span) if _SPAN.match(span) and 1 <= int(span) <= _MAX_SPAN else 1


def _placed(
    rows: list[list[_Cell]],
) -> list[tuple[int, list[list[tuple[int, str]]]]]:
    """The rows' cells in their grid columns: a merged cell's text in its first row and column,
    the others it covers empty; rows without any text left out (as the Word reader does)."""
    covered: dict[int, int] = {}  # column -> rows still covered by a cell merged from above
    out: list[tuple[int, list[list[tuple[int, str]]]]] = []
    for cells in rows:
        placed: list[list[tuple[int, str]]] = []
        below: dict[int, int] = {}
        for cell in cells:
            while covered.get(len(placed)):
                placed.append([])
            if cell.rows > 1:
                below.update(
                    dict.fromkeys(range(len(placed), len(placed) + cell.columns), cell.rows - 1)
                )
            parts = [(at, " ".join(text.split())) for at, text in cell.parts]
            placed.append([(at, text) for at, text in parts if text])
            placed.extend([] for _ in range(cell.columns - 1))
        while any(column >= len(placed) for column, left in covered.items() if left):
            placed.append([])
        covered = {column: left - 1 for column, left in covered.items() if left > 1} | below
        firsts = [parts[0][0] for parts in placed if parts]
        if firsts:  # cited by the line its text starts on
            out.append((min(firsts), placed))
    return out


def _emit(items: list[_Segment | _Grid], line: RawLine, lines: list[RawLine]) -> list[RawLine]:
    """The lines a touched input line gives: its segments as lines (a paragraph's end as one
    blank line), its tables' lines; a blank line when it gives none."""
    out: list[RawLine] = []
    for item in items:
        if isinstance(item, _Grid):
            anchors = [lines[index] for index, _ in item.rows]
            rows = [
                (offset, [[text for _, text in parts] for parts in cells])
                for offset, (_, cells) in enumerate(item.rows)
            ]
            out.extend(table_lines(anchors, rows))
            continue
        text = item.text
        if not text and (not item.blank or (out and not out[-1].text)):
            continue  # a break's empty rest, or a second blank line
        hints = set(line.hints - {Hint.WRAPPED} if item.after_break or out else line.hints)
        if text and item.bold:
            hints.add(Hint.BOLD)
        if text and item.label == "-":
            hints.add(Hint.LIST_ITEM)
        if text and item.centred:
            hints.add(Hint.CENTERED)
        level = line.heading_level
        if text and item.heading is not None:
            hints.add(Hint.HEADING)
            level = item.heading
        out.append(replace(line, text=text, hints=frozenset(hints), heading_level=level))
    return out or [replace(line, text="", hints=frozenset())]
