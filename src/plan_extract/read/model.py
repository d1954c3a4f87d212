"""The read stage's output: a document as lines with layout hints, whatever its format."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from plan_extract.core.contract import SourceFormat, Warning


class Hint(StrEnum):
    """What the layout said about a line, before any meaning is given to it."""

    BOLD = "bold"
    ITALIC = "italic"
    CENTERED = "centered"
    ALL_CAPS = "all_caps"
    HEADING = "heading"  # a Markdown heading mark or a Word heading style; level in heading_level
    TABLE_ROW = "table_row"  # cells in `cells`; text is the cells joined by " | "
    LIST_ITEM = "list_item"
    PAGE_START = "page_start"  # first line of a new page (PDF, or a page break in Word)
    OCR = "ocr"  # read by OCR from the page's image: a letter may be misread
    WRAPPED = "wrapped"  # text: the line before ran to the text's wrap width (a hard wrap)
    EMPHASIS_RUNS_ON = "emphasis_runs_on"  # Markdown: an emphasis span left open runs on here
    # a table row whose cells between its first two and its last the reader could not place (a
    # flattened table's cell of several paragraphs): they print nothing, and no cell was merged
    UNPLACED_CELLS = "unplaced_cells"


class Block(StrEnum):
    """Where a line stood on the page when the layout shows it (two-column header and footer)."""

    BODY = "body"
    HEADER_LEFT = "header_left"  # issuer block, top left
    HEADER_RIGHT = "header_right"  # national motto, place and date, top right
    FOOTER_LEFT = "footer_left"  # Nơi nhận, bottom left
    FOOTER_RIGHT = "footer_right"  # signature block, bottom right


@dataclass(slots=True, unsafe_hash=True)
class RawLine:
    """One line of the input. `source_line` is 1-based: the line in a text file, the paragraph
    (or table row) in a Word file, the running line number in a PDF. Never changed once made
    (a changed line is a new one: `changed`, or `dataclasses.replace` off the hot paths), but
    not `frozen`: a plan's reading makes about a thousand lines, and a frozen dataclass is made
    five times slower (its fields set through `object.__setattr__`); hashed by its fields as a
    frozen one is."""

    text: str
    source_line: int
    page: int | None = None
    hints: frozenset[Hint] = frozenset()
    heading_level: int | None = None
    cells: tuple[str, ...] | None = None
    block: Block = Block.BODY
    # A table cell printed as a line of its own (the Markdown tables of the converted plans):
    # the `|` lines since the previous cell of its table, 1 for the next cell of a row, one more
    # for each empty cell in between and for the end of a row; 0 for the first cell of a table.
    # The structure stage puts the cells back into rows and columns from it.
    cell_gap: int | None = None

    def changed(
        self,
        *,
        text: str | None = None,
        hints: frozenset[Hint] | None = None,
        heading_level: int | None = None,
        block: Block | None = None,
    ) -> RawLine:
        """The line with the fields given changed, the others kept (None keeps a field: a
        heading level is set here, never taken away). A reading makes thousands of changed lines
        a plan; `dataclasses.replace` costs several times this constructor call."""
        return RawLine(
            self.text if text is None else text,
            self.source_line,
            self.page,
            self.hints if hints is None else hints,
            self.heading_level if heading_level is None else heading_level,
            self.cells,
            self.block if block is None else block,
            self.cell_gap,
        )


@dataclass(slots=True)
class RawDocument:
    """A document's lines. `paragraph_lines`: each line is a whole paragraph as the layout set
    it (a Word paragraph, a PDF's visual lines joined by the reader), so that normalization
    never reads a blank line or a line's length as a sign of a hard wrap; text files keep their
    lines as typed (False). `markdown_marks`: a text that uses Markdown's marks, whose lines
    join into paragraphs as Markdown's do, whatever the file is called. `blank_lines`: the
    text has a blank line between two of its lines (a converter or a copy-paste may drop them
    all; normalize then parts paragraphs by their sentences)."""

    format: SourceFormat
    lines: list[RawLine]
    pages: int | None = None
    warnings: list[Warning] = field(default_factory=list)
    paragraph_lines: bool = False
    markdown_marks: bool = False
    blank_lines: bool = True
