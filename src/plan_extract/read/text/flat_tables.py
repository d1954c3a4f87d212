"""Tables flattened to one cell per line, as copying a web page's table or saving a Word file as
plain text (LibreOffice's `txt:Text`) prints them: no bar, no rule, each cell a line (or a
paragraph) of its own, a row opened by its number alone on a line. A Word file or its print
(PDF) may carry such a page's text too, one cell a paragraph: their readers rebuild it the same
way (an empty cell is then lost, and its row does not count out).

Two spellings: cells set apart by blank lines (a cell may then be hard-wrapped over several
lines; an empty cell is a line of spaces, as a page's `&nbsp;` prints), or one cell a line
with nothing between (an empty cell is a blank line). Which one the table uses, its header says:
the line after the numbering column's header (`TT`, `STT`) is blank or not.

The table is found by its header: the numbering column's, then a run of short cells each naming
a column (read.column_words), up to the first row's number (`1`, `I`); a header of two rows, as
a Word table's text prints a cell spanning columns (its other columns blank, the row below only
under it), is read as the two, and so is one whose blanks were lost, a span of years last in its
upper row (`Giai đoạn 2026 - 2030`, then `Năm 2026` ...), and one whose task header spans
the task's two columns (its group, then its detail: the rows one cell longer than the header);
where the header may stand in more
than one way, the way under which most rows count out is taken. The rows are rebuilt by the
header's width: a row is the width's count of cells from its number, and the cell after them
must be the next row's number (`2` after `1` or `1.3`; `1.1` after `1`; `1`, `2.1` or the next
figure after a group row `II`; `II` after a group's rows, `I` again after a part's letter `B`; a
dashed row `-` under any). A group row may print its number and name alone (a merged cell), and
so may a row over dashed rows; a cell of several paragraphs is one where as many paragraphs say
they go on (`;` ending the one before, a parenthesis or several words in lower case opening it)
as the row has cells too many (else as many open in lower case; else, a paragraph or two that
nothing places, the row keeps its number, task and last cell, the cells between empty and
marked `Hint.UNPLACED_CELLS`), and an empty cell or two after a row's last (a page's empty
paragraph) are none of its cells where that last cell is like its column's above (a date under
dates). Each row becomes one `TABLE_ROW` line with its cells, as
read.text.gfm gives a pipe table's, on its first line; its other lines are left blank, so that
every line keeps its number.

Precision first: a row whose cells do not count out otherwise (a cell missing, a merged cell) is
left as text, as before, and the table goes on at the first row after it that counts out again
(not a dashed one: it goes under the row left as text). So is a row whose count of cells reaches
a word in a column of figures (it lost cells and took the next row's number and name). The last
row, whose end no number marks, is taken only when the paragraph after it does not go on, its
cells printed alone are no longer than their columns' above allow, and, where it joins a cell's
paragraphs, its last cell is like its column's above (else the text after the table may have
been read as its last cell). A note in brackets after a figure (`07/02/2021 (chủ Nhật)`) prints
no words for a column of figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from plan_extract.core.text import BULLET_CLASS, BULLETS
from plan_extract.read.column_words import (
    YEAR,
    YEAR_HEADER_WORDS,
    names_a_column,
    names_the_number_column,
)
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.text.gfm import cell_text

_ARABIC = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,2}){0,2})[.)]?$")  # `1`, `1.`, `1.2`, `5.1.3`
_ROMAN = re.compile(r"^(?P<n>[IVX]{1,6})[.)]?$")
_LETTER = re.compile(r"^(?P<n>[A-H])[.)]?$")  # a part over the groups (`A`, `B`), not a numeral
_NOTE = re.compile(r"\([^()]*\)")  # a note in brackets after a value: `07/02/2021 (chủ Nhật)`
_DASH = re.compile(rf"^{BULLET_CLASS}$")  # a row under a numbered one (`-` Diện tích ...)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_NUMBER_HEADER_CHARS = 16  # `Số thứ tự` and its marks, with spaces around
_MIN_WIDTH = 3  # the numbering column and two more
_MAX_WIDTH = 16
_MAX_HEADER_CELLS = 2 * _MAX_WIDTH  # two header rows
_HEADER_WORDS = 15  # a header cell is short
_MAX_CELL_LINES = 10  # a longer paragraph is the body's, not a cell
_LOST_CELLS = 2  # the empty last cells a row may have lost (an empty cell prints nothing)
_UNPLACED = 2  # the paragraphs too many that a row may leave unplaced (a cell or two of two)
_NUMBER_AND_NAME = 2  # the cells a group row prints when its name is merged across the table
_RESYNC_ROWS = 3  # how many rows' cells are searched for the next row's number
_LONGER_BY = 2  # the last row's cell may be this many times its column's longest above ...
_LONGER_WORDS = 4  # ... and this many words more
_LIST_STOPS = ",;:"  # a cell's paragraph ending so goes on in the next
_GOES_ON_WORDS = 3  # a paragraph in lower case this long goes on from the one before
_HEADINGS = ("group", "part")  # rows that may print their number and name alone
_SPAN_YEARS = 2  # `2026 - 2030`: a span's first and last years
_SPANNING = 1  # the column whose header may span the next one too: the task's, after the number
_LIKE = 2  # a last cell like its column's above: a date under dates (`_likeness`)
_SOMEWHAT_LIKE = 1  # ... with a figure where some of them print one


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str
    lines: tuple[int, ...]  # the indices of the lines that print it (blank ones after it too)
    unplaced: bool = False  # paragraphs of the row that no cue places in a column


@dataclass(frozen=True, slots=True)
class _Number:
    """A row's number: an arabic figure numbers rows (`1`, `1.2`: `figures` (1, 2)), a roman one
    groups them, a capital letter parts the groups (`A`: (1,)), a dash marks a row under the one
    before."""

    kind: Literal["row", "group", "part", "dash"]
    figures: tuple[int, ...] = ()


def rebuilt_flat_tables(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each flattened table's rows as `TABLE_ROW` lines."""
    out = list(lines)
    index = 0
    while index < len(lines):
        rows = _table_at(lines, index) if _opens_header(lines[index]) else None
        if not rows:
            index += 1
            continue
        for row in rows:
            first, *rest = sorted({at for cell in row for at in cell.lines})
            cells = tuple(cell.text for cell in row)
            unplaced = {Hint.UNPLACED_CELLS} if any(cell.unplaced for cell in row) else set()
            out[first] = replace(
                lines[first],
                text=" | ".join(cells),
                hints=frozenset({Hint.TABLE_ROW, *unplaced}),
                cells=cells,
            )
            for at in rest:
                out[at] = replace(lines[at], text="", hints=frozenset())
        index = max(at for row in rows for cell in row for at in cell.lines) + 1
    return out


def _opens_header(line: RawLine) -> bool:
    # most lines are longer than any numbering column's header: not respelled to be compared
    return (
        len(line.text) <= _NUMBER_HEADER_CHARS
        and _free(line)
        and names_the_number_column(line.text)
    )


def _free(line: RawLine) -> bool:
    """A body line no reader has made a table row of."""
    return line.block is Block.BODY and Hint.TABLE_ROW not in line.hints


def _table_at(lines: list[RawLine], start: int) -> list[list[_Cell]] | None:
    """The rows (the header's first) of the table whose header opens on line `start`, each
    row's cells full width; None when no table opens there."""
    blank_between = start + 1 < len(lines) and not lines[start + 1].text.strip()
    cells = _paragraph_cells(lines, start) if blank_between else _line_cells(lines, start)
    first = next((i for i, cell in enumerate(cells) if _number(cell.text) is not None), 0)
    header: list[_Cell] = []
    for cell in cells[:first]:  # a header cell's second paragraph in lower case goes on
        if len(header) > 1 and cell.text[:1].islower():
            header[-1] = _joined(header[-1], cell)
        else:
            header.append(cell)
    read: list[list[list[_Cell]]] = []
    for header_rows in _header_rows(header):
        width = len(header_rows[0])
        at = first
        numbering = cells[at : at + width]
        if _numbers_columns(numbering):
            at += width
        body = _body_rows(cells[at:], width, header_rows)
        if body:
            read.append([*header_rows, *([numbering] if at > first else []), *body])
    # the way the header stands under which most rows count out, and of those the one under
    # which fewest rows leave paragraphs unplaced (the first of those)
    return max(read, key=lambda rows: (len(rows), -_unplaced_rows(rows)), default=None)


def _unplaced_rows(rows: list[list[_Cell]]) -> int:
    return sum(1 for row in rows if any(cell.unplaced for cell in row))


def _header_rows(header: list[_Cell]) -> list[list[list[_Cell]]]:
    """The ways the header's cells may stand in rows, each tried in turn: one row of cells each
    naming a column, also with the task's header spanning the next column (rows one cell
    longer); or two, as a Word table's text prints a cell spanning columns (`GIAI ĐOẠN
    2026 - 2030` over `Năm 2026` ... `Năm 2030`): the upper row's cells, the spanning cell's
    other columns empty, then the lower row's cells under them, as many as it spans."""
    named = [
        cell.text == "" or (len(cell.text.split()) <= _HEADER_WORDS and names_a_column(cell.text))
        for cell in header[1:]
    ]
    if not all(named) or not _MIN_WIDTH <= len(header) <= _MAX_HEADER_CELLS:
        return []
    ways: list[list[list[_Cell]]] = []
    if all(cell.text for cell in header) and len(header) <= _MAX_WIDTH:
        ways.append([header])
        if len(header) < _MAX_WIDTH:  # the task's header over its two columns (group, detail)
            ways.append([[*header[: _SPANNING + 1], _Cell("", ()), *header[_SPANNING + 1 :]]])
    for width in range(_MIN_WIDTH, min(len(header), _MAX_WIDTH + 1)):
        upper, lower = header[:width], header[width:]
        spans = [
            at
            for at in range(1, width - len(lower) + 1)
            if upper[at].text
            and not any(cell.text for cell in upper[at + 1 : at + len(lower)])
            and (at + len(lower) == width or upper[at + len(lower)].text)
        ]
        empty = sum(1 for cell in upper if not cell.text)
        if (
            len(lower) > 1
            and len(spans) == 1
            and empty == len(lower) - 1
            and all(cell.text for cell in lower)
        ):
            blank = _Cell("", ())
            under = [blank] * spans[0] + lower + [blank] * (width - spans[0] - len(lower))
            ways.append([upper, under])
    return [*ways, *_spanning_printed_once(header), *_years_under_a_span(header)]


def _spanning_printed_once(header: list[_Cell]) -> list[list[list[_Cell]]]:
    """A header of two rows as LibreOffice's text prints a Word table's (`txt:Text`): the
    upper row's cells each once (a cell spanning columns once, `Cơ quan thực hiện`; a cell
    spanning both rows in it), then the lower row full width, blank under the cells spanning
    both rows (the numbering column's first), naming the columns under the spanning cell in a
    run (`Chủ trì`, `Phối hợp`)."""
    for width in range(_MIN_WIDTH, min(len(header), _MAX_WIDTH + 1)):
        upper, lower = header[: len(header) - width], header[len(header) - width :]
        named = [at for at, cell in enumerate(lower) if cell.text]
        if (
            len(named) > 1
            and not lower[0].text  # the numbering column spans both rows
            and named == list(range(named[0], named[-1] + 1))
            and len(upper) == width - len(named) + 1
            and all(cell.text for cell in upper)
        ):
            span = named[0]
            blank = _Cell("", ())
            return [[[*upper[: span + 1], *[blank] * (len(named) - 1), *upper[span + 1 :]], lower]]
    return []


def _years_under_a_span(header: list[_Cell]) -> list[list[list[_Cell]]]:
    """A header of two rows whose empty cells a page or its print lost: the upper row's last
    cell names a span of years (`GIAI ĐOẠN 2026 - 2030`) and the cells after it each a year
    alone (`Năm 2026` ... `Năm 2030`), the row under it."""
    for count in range(_MIN_WIDTH - 1, len(header) - 1):
        upper, lower = header[:count], header[count:]
        if len(YEAR.findall(upper[-1].text)) == _SPAN_YEARS and all(
            len(YEAR.findall(cell.text)) == 1 and len(cell.text.split()) <= YEAR_HEADER_WORDS
            for cell in lower
        ):
            blank = _Cell("", ())
            return [[[*upper, *[blank] * (len(lower) - 1)], [*[blank] * (count - 1), *lower]]]
    return []


class _Above:
    """The rows read so far (the header's, then the body's) and, per column, what they print:
    kept as each row is added, so that a row is judged against the rows above in a step, not by
    reading them all again (a long table would cost the square of its length)."""

    def __init__(self, header: list[list[_Cell]]) -> None:
        self.printed: Counter[int] = Counter()  # numbered rows printing something in a column
        self.letters: Counter[int] = Counter()  # ... words
        self.figures: Counter[int] = Counter()  # ... a figure
        self.longest: Counter[int] = Counter()  # the most words a column's cell prints, any row
        for row in header:
            self.add(row)

    def add(self, row: list[_Cell]) -> None:
        numbered = _number(row[0].text) is not None
        for column, cell in enumerate(row):
            self.longest[column] = max(self.longest[column], len(cell.text.split()))
            if numbered and cell.text:
                self.printed[column] += 1
                self.letters[column] += _has_letters(cell.text)
                self.figures[column] += _has_figures(cell.text)

    def figures_only(self, column: int) -> bool:
        """Whether the numbered rows print something in `column`, and only figures."""
        return self.printed[column] > 0 and not self.letters[column]


def _body_rows(cells: list[_Cell], width: int, header: list[list[_Cell]]) -> list[list[_Cell]]:
    """The rows that count out, from the first row's number on (`cells[0]`)."""
    rows: list[list[_Cell]] = []
    above = _Above(header)
    at = 0
    previous: list[_Number] = []
    while at < len(cells):
        number = _number(cells[at].text)
        if number is None or not _follows(number, previous):
            break
        numbers = [*previous, number]
        found = _row_at(cells, at, width, numbers, above)
        if found is not None:
            rows.append(found[0])
            above.add(found[0])
            previous, at = numbers, at + found[1]
            continue
        resumed = _resumed(cells, at, width, numbers, above)
        if resumed is not None:  # this row is left as text: the next one follows it all the same
            previous, at = numbers, resumed
            continue
        last = _last_row(cells, at, width, numbers, above)
        if last is not None:
            rows.append(last)
        break
    return rows


def _row_at(
    cells: list[_Cell], at: int, width: int, numbers: list[_Number], above: _Above
) -> tuple[list[_Cell], int] | None:
    """The cells of the row numbered at `at` (full width) and how many printed cells it takes,
    when the next row's number follows them and its cells fit the columns of the rows `above`:
    the table's width, a group row's number and name (or a row's, over a dashed row),
    an empty cell or two after the width's (a page's empty paragraph) where the row's last cell
    is like its column's above (a date under dates, not a unit's name a lost time let in),
    or more cells than the width where as many of them go on from the cell before as there are
    too many (a cell of several paragraphs); None when the row does not count out so."""
    widths = (width, _NUMBER_AND_NAME) if numbers[-1].kind != "dash" else (width,)
    for taken in widths:
        named_alone = taken == _NUMBER_AND_NAME and numbers[-1].kind not in _HEADINGS
        if named_alone and not _dashed_at(cells, at + taken):
            continue  # a row names its parts alone only over dashed rows
        if _follows_at(cells, at + taken, numbers) and _fits(cells[at : at + taken], above):
            return cells[at : at + taken] + [_Cell("", ())] * (width - taken), taken
    for taken in range(width - 1, max(_NUMBER_AND_NAME, width - _LOST_CELLS - 1), -1):
        if _follows_at(cells, at + taken, numbers) and _lost_last(
            cells[at : at + taken], width, above
        ):
            return cells[at : at + taken] + [_Cell("", ())] * (width - taken), taken
    stray = at + width  # empty cells after the row's last (a page's `&nbsp;` paragraph)
    while stray < min(len(cells), at + width + _LOST_CELLS) and not cells[stray].text:
        stray += 1
    full = cells[at : at + width]
    if (
        stray > at + width
        and _follows_at(cells, stray, numbers)
        and _fits(full, above)
        and _like_its_column(full[-1], width - 1, above)
    ):
        return full, stray - at
    end = next(
        (
            after
            for after in range(at + width + 1, min(len(cells), at + _RESYNC_ROWS * width))
            if _follows_at(cells, after, numbers)
        ),
        None,
    )
    if end is None:
        return None
    row = _paragraphs_placed(cells[at:end], width, above)
    return (row, end - at) if row is not None and _fits(row, above) else None


def _paragraphs_placed(printed: list[_Cell], width: int, above: _Above) -> list[_Cell] | None:
    """The cells of a row printing more paragraphs than the table has columns (`printed`, from
    its number to the next row's): where as many paragraphs go on from the one before as
    there are too many, each joined to it; else where as many open in lower case (`Hội đồng` /
    `tuyển sinh`: a name the page broke; a short one too, which the rows counting out at the
    width never reach, so that a unit of measure stays its own cell); else the row's number,
    its first paragraph (the task's) and its last (the last column's: its time) with the cells
    between left empty, for which of them an extra paragraph belongs to nothing tells (`Hội
    Người cao tuổi xã` / `Hội Chữ thập đỏ xã`: one cell's two names, or a lead and a partner):
    its time still its own row's, no unit read in a role it may not have (the paragraphs
    between are none of its cells' text, their lines the row's all the same, and the row is
    marked so that its empty cells are not read as cells merged from the row above); only
    where a paragraph or two are too many, none between is a row's number, and the last
    prints something no longer than its column's cells above allow (a time, `Thường xuyên`
    too: not a stray empty paragraph, not the body's sentence). None where it may not be, or
    in a table with no column between the task's and the last."""
    for goes_on in (_goes_on, _opens_lower):
        joined = [i for i in range(2, len(printed)) if goes_on(printed[i - 1], printed[i])]
        if len(joined) == len(printed) - width:
            row: list[_Cell] = []
            for index, cell in enumerate(printed):
                if index in joined:
                    row[-1] = _joined(row[-1], cell)
                else:
                    row.append(cell)
            return row
    last, between = printed[-1], printed[2:-1]
    if (
        width <= _NUMBER_AND_NAME + 1
        or len(printed) - width > _UNPLACED
        or any(_number(cell.text) is not None for cell in between)
        or not last.text
        or len(last.text.split()) > above.longest[width - 1] * _LONGER_BY + _LONGER_WORDS
    ):
        return None
    lines = tuple(at for cell in between for at in cell.lines)
    blanks = [_Cell("", lines, unplaced=True), *[_Cell("", ())] * (width - _NUMBER_AND_NAME - 2)]
    return [printed[0], printed[1], *blanks, last]


def _fits(row: list[_Cell], above: _Above) -> bool:
    """Whether no cell of `row` prints words in a column whose cells in the rows above print
    only figures (`26.120`, `85%`): a row that lost a cell or two takes the next row's number
    and name for its last values, and the row number after them does not tell (a dashed row's
    `-` follows any)."""
    return not any(
        _has_letters(cell.text) and above.figures_only(column)
        for column, cell in enumerate(row[1:], 1)
    )


def _lost_last(row: list[_Cell], width: int, above: _Above) -> bool:
    """Whether `row`, a cell or two short of the width, lost its last cells (empty, as a
    funding, product or note column often is): no column it leaves empty prints only figures
    in the rows above (which year's value is missing nothing tells), and each cell it prints
    is like its column's above: with a figure where they all have one (`Quý IV/2026`), without
    where none has (a unit's name), so that a lost middle cell (the next column's cell
    printed under it) is not taken for a lost last one."""
    if not _fits(row, above) or any(
        above.figures_only(column) for column in range(len(row), width)
    ):
        return False
    for column, cell in enumerate(row[1:], 1):
        printed, figures = above.printed[column], above.figures[column]
        if not printed:
            return False
        if figures in (0, printed) and (figures == printed) != _has_figures(cell.text):
            return False
    return True


def _like_its_column(cell: _Cell, column: int, above: _Above) -> bool:
    """Whether `cell` prints a figure where every numbered row above prints one in `column`
    (a date under dates), or none where none does (a name under names); False where the rows
    above print nothing there or are mixed, so that nothing tells."""
    printed, figures = above.printed[column], above.figures[column]
    return (
        printed > 0 and figures in (0, printed) and (figures == printed) == _has_figures(cell.text)
    )


def _has_figures(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _has_letters(text: str) -> bool:
    """Whether `text` prints words outside a note in brackets (`07/02/2021 (chủ Nhật)` is a
    date, as its column's other cells)."""
    return any(char.isalpha() for char in _NOTE.sub("", text))


def _dashed_at(cells: list[_Cell], at: int) -> bool:
    number = _number(cells[at].text) if at < len(cells) else None
    return number is not None and number.kind == "dash"


def _follows_at(cells: list[_Cell], at: int, numbers: list[_Number]) -> bool:
    """Whether the cell at `at` is the number of the row after those numbered `numbers`."""
    number = _number(cells[at].text) if at < len(cells) else None
    return number is not None and _follows(number, numbers)


def _goes_on(before: _Cell, cell: _Cell) -> bool:
    """Whether a paragraph goes on from the one before in the same cell: the one before ends
    with a comma, semicolon or colon (a list of units, one a paragraph), this one starts with a
    parenthesis or, several words long, in lower case (a short one is a unit of measure: `ha`,
    `tấn`), or both are items of a dashed list."""
    if not before.text or not cell.text:
        return False
    return (
        before.text[-1] in _LIST_STOPS
        or cell.text[0] == "("
        or (cell.text[0].islower() and len(cell.text.split()) >= _GOES_ON_WORDS)
        or (before.text[0] in BULLETS and cell.text[0] in BULLETS)
    )


def _opens_lower(before: _Cell, cell: _Cell) -> bool:
    """Whether a paragraph goes on from the one before (`_goes_on`) or opens in lower case."""
    return _goes_on(before, cell) or (bool(before.text) and cell.text[:1].islower())


def _joined(cell: _Cell, more: _Cell) -> _Cell:
    """Two paragraphs of one cell as one text (as the Word reader joins a cell's paragraphs)."""
    return _Cell(cell_text([cell.text, more.text]), (*cell.lines, *more.lines))


def _resumed(
    cells: list[_Cell], at: int, width: int, numbers: list[_Number], above: _Above
) -> int | None:
    """Where the table goes on after the row at `at` whose cells do not count out: the next
    row's number within a few rows' cells, whose own row counts out (or is the last). Not a
    dashed row's: it goes under the row left as text, which names what it measures."""
    for next_at in range(at + 1, min(len(cells), at + _RESYNC_ROWS * width)):
        number = _number(cells[next_at].text)
        if number is None or number.kind == "dash" or not _follows(number, numbers):
            continue
        following = [*numbers, number]
        if (
            _row_at(cells, next_at, width, following, above) is not None
            or _last_row(cells, next_at, width, following, above) is not None
        ):
            return next_at
    return None


def _last_row(
    cells: list[_Cell], at: int, width: int, numbers: list[_Number], above: _Above
) -> list[_Cell] | None:
    """The cells of the row at `at` when it may be the table's last (nothing after it says
    where it ends): the width's count of cells from its number, a cell's paragraphs that go on
    from the one before joined (as in `_row_at`), the paragraph after them not going on (else
    where it ends is unknown); no next row's number within two rows' cells (else its cells did
    not count out); its cells printed alone no longer than their columns' above allow (a body
    paragraph after the table taken for its last cell is longer than a time cell); and where
    it joined paragraphs, its last cell like its column's above (a date under dates), so that
    a row that lost a cell does not end on the body's text. A paragraph opening in lower case
    goes on too (`Hội đồng` / `tuyển sinh`, `Công an` / `xã`) where the row read with it ends
    on a cell more like its column's above than the row read without it (`_likeness`: its
    time, not a partner's name). None when it may not be."""
    plain, plain_end = _last_row_read(cells, at, width, numbers, above, _goes_on, _LIKE)
    # a time column may print `Thường xuyên` beside its dates: a date somewhat like it
    lower, lower_end = _last_row_read(
        cells, at, width, numbers, above, _opens_lower, _SOMEWHAT_LIKE
    )
    if lower is None or lower_end == plain_end:
        return plain
    column = width - 1
    if plain is None or _likeness(lower[-1], column, above) > _likeness(plain[-1], column, above):
        return lower
    return plain


def _likeness(cell: _Cell, column: int, above: _Above) -> int:
    """How like its column's cells above `cell` is: `_LIKE` as every numbered row's
    (`_like_its_column`), `_SOMEWHAT_LIKE` printing a figure where some print one or none
    where none do, else 0."""
    if _like_its_column(cell, column, above):
        return _LIKE
    return _SOMEWHAT_LIKE if _has_figures(cell.text) == (above.figures[column] > 0) else 0


def _last_row_read(
    cells: list[_Cell],
    at: int,
    width: int,
    numbers: list[_Number],
    above: _Above,
    goes_on: Callable[[_Cell, _Cell], bool],
    least: int,
) -> tuple[list[_Cell] | None, int]:
    """The last row at `at` as `_last_row` reads it (None when it may not be), a paragraph
    joined to the one before where `goes_on` says so, and where its paragraphs end; where it
    joined paragraphs, its last cell at least `least` like its column's (`_likeness`)."""
    row: list[_Cell] = []
    joined: set[int] = set()  # the columns whose cell joins paragraphs
    end = at
    while end < len(cells) and len(row) < width:
        if len(row) > 1 and goes_on(row[-1], cells[end]):
            row[-1] = _joined(row[-1], cells[end])
            joined.add(len(row) - 1)
        else:
            row.append(cells[end])
        end += 1
    if len(row) < width or any(
        _follows_at(cells, after, numbers) for after in range(at + 1, end + width)
    ):
        return None, end
    if end < len(cells) and goes_on(row[-1], cells[end]):
        return None, end
    if not _fits(row, above):
        return None, end
    if joined and _likeness(row[-1], width - 1, above) < least:
        return None, end
    for column, cell in enumerate(row):
        longest = above.longest[column]
        if column not in joined and len(cell.text.split()) > longest * _LONGER_BY + _LONGER_WORDS:
            return None, end
    return row, end


def _follows(number: _Number, previous: list[_Number]) -> bool:
    """Whether `number` may come after the rows numbered `previous`: the next part (`B` after
    `A`'s rows); the next group (numbered from `I` again in a new part); the next row (`2` after
    `1` or `1.3`, `1.3` after `1.2.4`), a row's first part (`1.1` after `1`) or its next (`1.2`
    after `1.1`); a group's first row (numbered from 1 again, on from the rows before, or as
    the group's first part: `2.1` under `II`); a dashed row under any."""
    if number.kind == "dash":
        return bool(previous)
    parts = [found.figures for found in previous if found.kind == "part"]
    if number.kind == "part":
        return number.figures[0] == (parts[-1][0] if parts else 0) + 1
    since = previous[_last_part(previous) + 1 :]
    groups = [found.figures for found in since if found.kind == "group"]
    if number.kind == "group":
        return number.figures[0] == (groups[-1][0] if groups else 0) + 1
    rows = [found.figures for found in since if found.kind == "row"]
    last = rows[-1] if rows else (0,)
    heading = previous[-1] if previous and previous[-1].kind in _HEADINGS else None
    if heading is not None and number.figures in {(1,), (*heading.figures, 1)}:
        return heading.kind == "group" or number.figures == (1,)
    figures = number.figures
    return figures == (*last, 1) or any(
        figures == (*last[:at], last[at] + 1) for at in range(len(last))
    )


def _last_part(numbers: list[_Number]) -> int:
    """The index of the last part's number among `numbers` (-1 when none)."""
    return max((at for at, found in enumerate(numbers) if found.kind == "part"), default=-1)


def _number(text: str) -> _Number | None:
    """The row number a cell prints alone (`1`, `1.`, `1.2`, `II`, `-`), else None."""
    text = text.strip()
    if found := _ARABIC.match(text):
        return _Number("row", tuple(int(part) for part in found.group("n").split(".")))
    if found := _ROMAN.match(text):
        return _Number("group", (_roman(found.group("n")),))
    if found := _LETTER.match(text):
        return _Number("part", (ord(found.group("n")) - ord("A") + 1,))
    if _DASH.match(text):
        return _Number("dash")
    return None


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _numbers_columns(cells: list[_Cell]) -> bool:
    """A row numbering the columns under the header: `1`, `2`, ... in turn, or `(1)`, `(2)`."""
    return len(cells) > 1 and all(
        cell.text.strip("() ") == str(index) for index, cell in enumerate(cells, 1)
    )


def _paragraph_cells(lines: list[RawLine], start: int) -> list[_Cell]:
    """The cells from line `start` on, each a paragraph (the lines between two blank ones,
    joined), or a line of spaces between two blank ones (an empty cell); up to a line a
    reader has taken, or a paragraph too long to be a cell."""
    cells: list[_Cell] = []
    at = start
    while at < len(lines) and _free(lines[at]):
        if not lines[at].text.strip():
            if lines[at].text and _blank(lines, at - 1) and _blank(lines, at + 1):
                cells.append(_Cell("", (at,)))
            at += 1
            continue
        end = at
        while end < len(lines) and lines[end].text.strip() and _free(lines[end]):
            end += 1
        if end - at > _MAX_CELL_LINES:
            break
        text = " ".join(line.text.strip() for line in lines[at:end])
        cells.append(_Cell(text, tuple(range(at, end))))
        at = end
    return _with_blanks(cells)


def _blank(lines: list[RawLine], at: int) -> bool:
    return 0 <= at < len(lines) and lines[at].text == ""


def _line_cells(lines: list[RawLine], start: int) -> list[_Cell]:
    """The cells from line `start` on, one a line (a blank line an empty cell); up to a line
    a reader has taken."""
    cells: list[_Cell] = []
    for at in range(start, len(lines)):
        if not _free(lines[at]):
            break
        cells.append(_Cell(lines[at].text.strip(), (at,)))
    return cells


def _with_blanks(cells: list[_Cell]) -> list[_Cell]:
    """Each cell with the blank lines after it up to the next cell's first, so that a row's
    lines, blank ones included, are one span."""
    out: list[_Cell] = []
    for cell, following in zip(cells, [*cells[1:], None], strict=True):
        end = following.lines[0] if following is not None else cell.lines[-1] + 1
        out.append(_Cell(cell.text, tuple(range(cell.lines[0], end))))
    return out
