"""Tables as data (structure.model: `Table`), wherever the document prints them (the body's
task and indicator tables, an appendix's after the signature): the columns typed by their
header words (data/structure/table_columns.yaml), the rows as cells aligned to the columns,
each with the line that prints it.

A Word or PDF table gives each row as one `TABLE_ROW` line with its cells (an empty string for an
empty or spanned cell). A Markdown table of the converted plans prints one line per cell and
keeps, with each, the `|` lines before it (`Line.cell_gap`): one between two cells of a row, one
more for each empty cell and for the end of a row. The cells are put back in their columns by
that count and the table's width (its widest row), reading a gap that could be either an empty
cell or a row's end by what the numbering column says (a row starts with its item number:
`1`, `1.1`, `I`, `A`, `-`). A header over two rows (`Kế hoạch 2026` spanning `Lượng (Tấn)` and
`Giá trị (Nghìn USD)`) gives each column both parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from plan_extract.normalize.model import Line
from plan_extract.normalize.table_rows import is_item_number
from plan_extract.normalize.vocabulary import (
    alternatives,
)
from plan_extract.read.column_words import TABLE_COLUMNS, YEAR, YEAR_HEADER_WORDS
from plan_extract.read.model import Hint
from plan_extract.structure.kinds import FirstPhrase
from plan_extract.structure.model import Cell, Column, ColumnKind, Row, Table

_SPAN_YEARS = 2  # `2026 - 2030`: a span's first and last years
_NUMBERING_CELL = re.compile(r"^\(?(?P<n>\d{1,2})\)?$")  # a header row numbering the columns
_MIN_GROUPED_WIDTH = 4  # a row naming a group spans a table at least this wide
_NUMBER_AND_NAME = 2  # the cells a row naming a group prints
_REPEATED_HEADER = 3  # header cells side by side that print the header again
_HEADER_WORDS = 6  # a header cell is short
_SHORT_PHRASE = 4  # letters of a header phrase too short to be found inside words run together
_ROW_END_GAP = 2  # the bars between a row's last cell and the next row's first
_KINDS_OF_A_HEADER = 2  # a row naming this many kinds of column is a header


@cache
def _column_kinds() -> FirstPhrase[ColumnKind]:
    return FirstPhrase(TABLE_COLUMNS.load().kinds, str.casefold)


@cache
def _glued_phrases() -> tuple[dict[str, ColumnKind], re.Pattern[str]]:
    """The kinds' phrases with their spaces taken out (the short ones left out: `tt` is in
    many words run together), and one pattern of them, longest first, that finds one inside
    words run together."""
    kinds = {
        _glued(phrase): kind
        for kind, phrases in TABLE_COLUMNS.load().kinds.items()
        for phrase in phrases
        if len(_glued(phrase)) > _SHORT_PHRASE
    }
    return kinds, re.compile(alternatives(kinds))


def _glued(text: str) -> str:
    return "".join(text.casefold().split())


def _glued_or_named(header: str) -> ColumnKind | None:
    """The kind a header names first, also where OCR ran its words together (`Thờigian dự
    kiến hoàn thành` is a time, not a plan's `dự kiến`): a phrase found in the header with its
    spaces taken out, where it comes before the one found word by word."""
    named = _column_kinds().find(header)
    kinds, pattern = _glued_phrases()
    glued = pattern.search(_glued(header))
    if glued and (named is None or glued.start() < len(_glued(header.casefold()[: named[1]]))):
        return kinds[glued.group()]
    return named[0] if named else None


@cache
def _currency() -> re.Pattern[str]:
    words = alternatives(TABLE_COLUMNS.load().currencies)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def column_kind(header: str, above: str | None = None) -> tuple[ColumnKind, int | None]:
    """The kind a column's header names and the year it is for: the header's own words first,
    then those of the header above it; money wherever a currency is named; a header naming only
    a year (`Năm 2027`) is a value planned for it; one naming a span of years (`Giai đoạn 2026 -
    2030`) is for its last. A header cell's lines are one phrase (`Cơ quan` / `chủ trì`: the
    readers join a cell's paragraphs with `;`)."""
    parts = [" ".join(part.replace(";", " ").split()) for part in (header, above) if part]
    years = [found for part in parts if len(found := YEAR.findall(part)) == 1]
    spans = [found for part in parts if len(found := YEAR.findall(part)) == _SPAN_YEARS]
    year = int(years[0][0]) if years else int(max(spans[0])) if spans else None
    if any(_currency().search(part) for part in parts):
        return "money", year
    for part in parts:
        named = _glued_or_named(part)
        if named:
            return named, year
    if any(YEAR.search(part) and len(part.split()) <= YEAR_HEADER_WORDS for part in parts):
        return "planned", year
    return "other", year


def read_tables(lines: list[Line]) -> tuple[Table, ...]:
    """The tables printed on `lines`, in order: each run of table lines with a header is a
    table; a run that starts with an item number goes on with the table before it (a table the
    converter or a page cut in two)."""
    tables: list[Table] = []
    for run in _table_runs(lines):
        if tables and is_item_number(_first_text(run)):
            tables[-1] = _continued(tables[-1], run)
        elif (table := read_table(run)) is not None:
            tables.append(table)
    return tuple(tables)


def _table_runs(lines: list[Line]) -> list[list[Line]]:
    """The runs of consecutive table lines (rows printing nothing left out); a Markdown table's
    first cell starts a run of its own (its gap is 0)."""
    runs: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        if Hint.TABLE_ROW not in line.hints or line.cells is None:
            previous = None
            continue
        if not any(cell.strip() for cell in line.cells):
            continue  # a row printing nothing: the empty header row a converter sets above one
        if previous is None or line.cell_gap == 0:
            runs.append([])
        runs[-1].append(line)
        previous = line
    return runs


def _first_text(run: list[Line]) -> str:
    return (run[0].cells or ("",))[0]


def _continued(table: Table, run: list[Line]) -> Table:
    """`table` with the rows of `run`, a part of it printed as a table of its own."""
    width = len(table.columns)
    numbered_rows = table.columns[0].kind == "number"
    if _one_line_per_cell(run):
        header = {column.header.casefold() for column in table.columns if column.header}
        rows = _realigned(_place_cells(run, width, numbered_rows, header), list(table.columns))
    else:
        rows = [_row_cells(line, width) for line in run]
    more = tuple(_rows(rows, numbered_rows, run))
    return Table(table.columns, table.rows + more, (table.lines[0], run[-1].number))


@dataclass(frozen=True, slots=True)
class _Split:
    """A table's header rows (texts, full width) and its body rows (cells by column)."""

    header: list[list[str]]
    rows: list[list[Cell | None]]


def read_table(run: list[Line]) -> Table | None:
    """A table from its lines; None when it has no header."""
    one_per_cell = _one_line_per_cell(run)
    lines = _without_title_row(run, one_per_cell)
    split = _markdown_split(lines) if one_per_cell else _rows_split(lines)
    if split is None or not split.header:
        return None
    columns = _columns(split.header)
    cells = _realigned(split.rows, columns) if one_per_cell else split.rows
    rows = tuple(_rows(cells, columns[0].kind == "number", run))
    return Table(columns=columns, rows=rows, lines=(run[0].number, run[-1].number))


def _without_title_row(run: list[Line], one_per_cell: bool) -> list[Line]:
    """`run` without a first row that prints one text across the table above its header (its
    title, `DANH MỤC NHIỆM VỤ`, or a note, `Kèm theo Kế hoạch số ...`): a row of one cell over
    a row whose cells name two kinds of column or more (a header's first row prints more)."""
    if one_per_cell:  # the first cell alone in its row: the next is a row's first (gap 2+)
        if len(run) < _REPEATED_HEADER or (run[1].cell_gap or 0) < _ROW_END_GAP:
            return run
        first, below = [run[0].text], [line.text for line in _first_row(run[1:])]
    else:
        if len(run) < _REPEATED_HEADER:
            return run
        first = [text for text in run[0].cells or () if text.strip()]
        below = [text for text in run[1].cells or () if text.strip()]
    kinds = {kind for text in below if (kind := _header_word_kind(text)) is not None}
    if len(first) != 1 or len(kinds) < _KINDS_OF_A_HEADER:
        return run
    rest = run[1:]
    return [replace(rest[0], cell_gap=0), *rest[1:]] if one_per_cell else rest


def _first_row(cells: list[Line]) -> list[Line]:
    """The cells of a one-cell-a-line table's first row: those up to the first gap of two."""
    row = cells[:1]
    for line in cells[1:]:
        if (line.cell_gap or 0) != 1:
            break
        row.append(line)
    return row


def _rows(rows: list[list[Cell | None]], numbered_rows: bool, run: list[Line]) -> list[Row]:
    """The rows that print something, each marked where the reader could not place some of its
    cells (read.model `Hint.UNPLACED_CELLS` on the line that prints it)."""
    unplaced = {line.number for line in run if Hint.UNPLACED_CELLS in line.hints}
    return [
        Row(
            cells=tuple(cells),
            heading=_is_heading(cells, numbered_rows),
            unplaced=min(cell.line for cell in cells if cell is not None) in unplaced,
        )
        for cells in rows
        if any(cell is not None for cell in cells)
    ]


def _one_line_per_cell(run: list[Line]) -> bool:
    return all(line.cell_gap is not None for line in run)


def _rows_split(run: list[Line]) -> _Split:
    """Word and PDF tables: one line per row, its cells in `cells`."""
    width = max(len(line.cells or ()) for line in run)
    grid = [[_clean(text) for text in _padded(line.cells or (), width)] for line in run]
    count = _header_rows(grid)
    header = [row for row in grid[:count] if not _numbers_columns(row)]
    numbered_rows = bool(grid) and column_kind(grid[0][0])[0] == "number"
    body = [
        line
        for line, cells in zip(run[count:], grid[count:], strict=True)
        # the header printed again after a page break, or within the table shifted
        if cells not in grid[:count] and not _prints_header(cells)
    ]
    rows: list[list[Cell | None]] = []
    for index, line in enumerate(body):
        cells = _row_cells(line, width)
        above = body[index - 1] if index else None
        if numbered_rows and rows and cells[0] is None and _on_a_later_page(line, above):
            rows[-1] = _joined(rows[-1], cells)
        else:
            rows.append(cells)
    return _Split(header=_spanned(header), rows=rows)


def _prints_header(cells: list[str]) -> bool:
    """A row whose cells each name another kind of column (`Nội dung | Đơn vị thực hiện | Đơn
    vị phối hợp | ...`): the header printed again within the table, in the columns where it
    stands or shifted where a converter lost its first cell; no body row (as
    `_repeated_header` says for a one-cell-a-line table)."""
    kinds = [_header_word_kind(text) for text in cells if text]
    return len(kinds) >= _REPEATED_HEADER and None not in kinds and len(set(kinds)) == len(kinds)


def _on_a_later_page(line: Line, above: Line | None) -> bool:
    return above is not None and None not in (line.page, above.page) and line.page != above.page


def _joined(row: list[Cell | None], rest: list[Cell | None]) -> list[Cell | None]:
    """A row the page broke, its first part and the rest printed on the next page (its number
    cell empty): the lines between (the header printed again, the page's footer) part the two,
    so the normalize stage's join of a continuation row (normalize.table_rows) never sees them
    side by side. Each cell's parts joined. A cell printed in both parts is no line's text and
    reads nothing (its date may be cut in two: `6 tháng đầu` / `năm 2026`); one printed in one
    part keeps its line."""
    out: list[Cell | None] = []
    for first, second in zip(row, rest, strict=True):
        if first is None or second is None:
            out.append(first or second)
        else:
            out.append(Cell(f"{first.text} {second.text}", first.line))
    return out


def _spanned(header: list[list[str]]) -> list[list[str]]:
    """Header rows with a cell spanning columns (Word and PDF print it once, its other columns
    empty) over each column it spans: an empty cell takes the text of the cell to its left
    when the row below names that column (`Thời gian` over `Bắt đầu | Hoàn thành`)."""
    out = [list(row) for row in header]
    for upper, lower in pairwise(out):
        for index in range(1, len(upper)):
            if not upper[index] and upper[index - 1] and lower[index]:
                upper[index] = upper[index - 1]
    return out


def _row_cells(line: Line, width: int) -> list[Cell | None]:
    texts = [_clean(text) for text in _padded(line.cells or (), width)]
    return [Cell(text, line.number) if text else None for text in texts]


def _padded(cells: tuple[str, ...], width: int) -> list[str]:
    return [*cells, *[""] * width][:width]


def _header_rows(grid: list[list[str]]) -> int:
    """How many rows the header takes: the first, then those before the first row that starts
    with an item number, when the first column numbers the rows, and a row numbering the
    columns (`1 | 2 | 3 ...`), which always ends the header."""
    if not grid:
        return 0
    numbered_rows = column_kind(grid[0][0])[0] == "number"
    count = 1
    for row in grid[1:]:
        if _numbers_columns(row):
            return count + 1
        if not numbered_rows or is_item_number(row[0]):
            break
        count += 1
    return count


def _markdown_split(run: list[Line]) -> _Split | None:
    """Markdown tables: the cells back in rows and columns from the `|` lines before each."""
    fragments: list[list[Line]] = []  # runs of cells without a gap: whole rows, or their parts
    for line in run:
        if not fragments or (line.cell_gap or 1) > 1:
            fragments.append([])
        fragments[-1].append(line)
    texts = [[line.text for line in fragment] for fragment in fragments]
    count = _header_rows(texts)
    header_texts = [row for row in texts[:count] if not _numbers_columns(row)]
    body = [line for fragment in fragments[count:] for line in fragment]
    width = max((len(fragment) for fragment in fragments[count:]), default=0)
    width = max(width, len(header_texts[0]) if len(header_texts) == 1 else 0)
    if not header_texts or width == 0:
        return None
    header = _spread_header(header_texts, width)
    numbered_rows = column_kind(header[0][0])[0] == "number"
    printed = {text.casefold() for row in header_texts for text in row}
    return _Split(header=header, rows=_place_cells(body, width, numbered_rows, printed))


def _spread_header(rows: list[list[str]], width: int) -> list[list[str]]:
    """Header rows over the table's width. Each lower row prints only the columns under a
    spanning cell of the row above: under the one upper cell naming the kind its first cell
    names (`Đơn vị thực hiện` over `Chủ trì | Phối hợp`, wherever it stands), else the last
    ones: the upper row's first cells head one column each (spanning both rows), its others
    share the columns below them evenly."""
    spread = [[*rows[0], *[""] * width][:width]]
    for lower in rows[1:]:
        below = min(len(lower), width)
        single = width - below
        printed = rows[len(spread) - 1]
        anchor = _spanning_cell(printed, lower, width)
        if anchor is not None:
            after = width - anchor - below
            spread[-1] = [*printed[:anchor], *[printed[anchor]] * below, *printed[anchor + 1 :]]
            spread.append([*[""] * anchor, *lower[:below], *[""] * after])
            continue
        upper = spread[-1]
        spanning = [text for text in printed[single:] if text] or [""]
        spread[-1] = [
            *upper[:single],
            *(spanning[min(j * len(spanning) // below, len(spanning) - 1)] for j in range(below)),
        ]
        spread.append([*[""] * single, *lower[:below]])
    return spread


def _spanning_cell(upper: list[str], lower: list[str], width: int) -> int | None:
    """The one cell of `upper` that spans the cells of `lower`, all the others heading one
    column each: the only one naming the kind that `lower`'s first cell names."""
    if not lower or len(upper) - 1 + len(lower) != width:
        return None
    kind = column_kind(lower[0])[0]
    same = [i for i, text in enumerate(upper) if kind != "other" and column_kind(text)[0] == kind]
    return same[0] if len(same) == 1 else None


def _place_cells(
    cells: list[Line], width: int, numbered_rows: bool, header: set[str]
) -> list[list[Cell | None]]:
    """Each cell in its row and column, from the gaps before it (see the module's docstring).
    The header printed again within the table is left out, and the cell after it opens a row."""
    rows: list[list[Cell | None]] = []
    position = width  # past the end: the first cell opens a row
    repeated = _repeated_header(cells, header)
    for index, line in enumerate(cells):
        if index in repeated:
            position = width
            continue
        gap = line.cell_gap or 1
        item = numbered_rows and is_item_number(line.text)
        if rows and position < width and gap == 1 and position + 1 < width:
            position += 1
        elif rows and position < width and not item and position + gap < width:
            position += gap  # empty cells within the row
        else:
            trailing = max(width - 1 - position, 0)
            position = _opening_position(gap, trailing, item, numbered_rows, width)
            rows.append([None] * width)
        rows[-1][position] = Cell(_clean(line.text), line.number)
    return rows


_TIME_KINDS: frozenset[ColumnKind] = frozenset({"deadline", "start"})
_ROLE_KINDS: frozenset[ColumnKind] = frozenset({"lead", "cooperating"})


def _realigned(
    rows: list[list[Cell | None]], columns: list[Column] | tuple[Column, ...]
) -> list[list[Cell | None]]:
    """Rows of a one-cell-a-line table short of a cell merged from the row above: the
    converted pages print a cell spanning rows once, so the row under it has one cell less and
    its cells fall left, its date in a role column (`2 | Tập huấn | Sở Nội vụ | Tháng 9/2026`).
    The dated cell goes to the time column after it; which role column the row lacks nothing
    says (a lead or the partners merged), so the other cells stay where they fell."""
    kinds = [column.kind for column in columns]
    out: list[list[Cell | None]] = []
    for row in rows:
        out.append(_dated_cell_moved(row, out[-1] if out else None, kinds) or row)
    return out


def _dated_cell_moved(
    row: list[Cell | None], above: list[Cell | None] | None, kinds: list[ColumnKind]
) -> list[Cell | None] | None:
    """`row` with its one dated role cell (the column before a time column, printed in the row
    above too) and the cells after it one column right; None when the row is no such row."""
    if above is None or row[-1] is not None:
        return None
    dated = [
        index
        for index, cell in enumerate(row[:-1])
        if cell is not None and kinds[index] in _ROLE_KINDS and YEAR.search(cell.text)
    ]
    if len(dated) != 1:
        return None
    at = dated[0]
    if kinds[at + 1] not in _TIME_KINDS or above[at] is None:
        return None
    return [*row[:at], None, *row[at:-1]]


def _repeated_header(cells: list[Line], header: set[str]) -> set[int]:
    """The cells that print the header again within the table: a cell equal to a header cell
    (casefolded in `header`), or a run of cells side by side each naming another kind of column
    (`Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | ...`)."""
    found = {index for index, line in enumerate(cells) if line.text.casefold() in header}
    runs: list[list[tuple[int, ColumnKind]]] = [[]]
    for index, line in enumerate(cells):
        kind = _header_word_kind(line.text)
        run = runs[-1]
        if kind is None or kind in {k for _, k in run} or (run and line.cell_gap != 1):
            runs.append([])
        if kind is not None:
            runs[-1].append((index, kind))
    for run in runs:
        if len(run) >= _REPEATED_HEADER:
            found.update(index for index, _ in run)
    return found


def _header_word_kind(text: str) -> ColumnKind | None:
    """The kind a short cell names, as a header does (None for longer text or no kind)."""
    if len(text.split()) > _HEADER_WORDS:
        return None
    kind = column_kind(text)[0]
    return kind if kind != "other" else None


def _opening_position(gap: int, trailing: int, item: bool, numbered_rows: bool, width: int) -> int:
    """The column of the first cell of a new row: the gap less the row's end (2) is shared by
    the empty cells that end the row before (at most `trailing`) and those opening this one. An
    item number opens its row; another cell never sits in the numbering column (its number is
    merged from the row above). A gap wider than a row (bars a converter doubled) leaves the
    cell in the last column: it is still the row's."""
    leading = min(max(gap - 2 - trailing, 0), width - 1)
    return max(leading, 1) if numbered_rows and not item and width > 1 else leading


def _columns(header: list[list[str]]) -> tuple[Column, ...]:
    """Each column's header (the rows above it joined) and kind. A table of planned values
    without a task or indicator column names what is measured in its first text column."""
    width = len(header[0])
    columns: list[Column] = []
    for index in range(width):
        parts = list(dict.fromkeys(row[index] for row in header if row[index]))
        lower = parts[-1] if parts else ""
        above = " ".join(parts[:-1]) or None
        kind, year = column_kind(lower, above)
        columns.append(Column(header=" ".join(parts), kind=kind, year=year))
    kinds = {column.kind for column in columns}
    if "planned" in kinds and not kinds & {"task", "indicator"}:
        subject = next(
            (i for i, c in enumerate(columns) if c.kind in ("other", "product") and c.header),
            None,
        )
        if subject is not None:
            columns[subject] = Column(columns[subject].header, "indicator")
    return tuple(_bare_unit_column(columns))


def _bare_unit_column(columns: list[Column]) -> list[Column]:
    """A header that only says `Đơn vị` (data: `bare_unit`) is the unit of measure in a table
    of planned values, and who does the work in a task table without a lead column; else it
    names no kind."""
    kinds = {column.kind for column in columns}
    if "planned" in kinds and "measure" not in kinds:
        kind: ColumnKind = "measure"
    elif kinds & {"task", "deadline"} and "lead" not in kinds:
        kind = "lead"
    else:
        return columns
    bare = set(TABLE_COLUMNS.load().bare_unit)
    return [
        Column(c.header, kind, c.year)
        if c.kind == "other" and " ".join(c.header.replace(";", " ").split()).casefold() in bare
        else c
        for c in columns
    ]


def _is_heading(cells: list[Cell | None], numbered_rows: bool) -> bool:
    """A row that only names a group of the rows below: its number and one text."""
    printed = [cell for cell in cells if cell is not None]
    return (
        numbered_rows
        and len(cells) >= _MIN_GROUPED_WIDTH
        and cells[0] is not None
        and is_item_number(cells[0].text)
        and len(printed) == _NUMBER_AND_NAME
    )


def _numbers_columns(row: list[str]) -> bool:
    """`1 | 2 | 3 | ...` or `(1) | (2) | ...`: a header row numbering the columns."""
    numbers = [_NUMBERING_CELL.match(text) for text in row if text]
    return len(numbers) > 1 and all(
        found is not None and int(found.group("n")) == index
        for index, found in enumerate(numbers, 1)
    )


def _clean(text: str) -> str:
    return " ".join(text.split())


TABLE_COLUMNS.examples_checked_by(
    lambda data: [
        f"{e.text!r} under {e.above!r}: read {found}, expected {(e.kind, e.year)}"
        for e in data.examples
        if (found := column_kind(e.text, e.above)) != (e.kind, e.year)
    ]
)
