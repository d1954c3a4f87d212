"""Tables printed a row a run of text, its cells joined by bars with no bar opening the row, as
some converters and web pages' copies print a Word table (`STT | Nhiệm vụ | Cơ quan chủ trì |`,
then `1 | Tập huấn cán bộ | Sở Y tế |`): the bar closing the row may be left out too, and a row
longer than the page's width is cut over several lines wherever the line ran out (in a cell,
or just before a bar).

Nothing but its header tells such a table from text holding bars, so the header decides: its
first cell is the numbering column's (`TT`, `STT`) and each of the others names a column
(read.column_words); it may be cut over lines too, up to the line opening the first row. Its
cells give the table's width, and whether its rows end with a bar. Each row opens with its
number (`1`, `1.2`, `II`, `a`, `-`) and a bar, and takes the lines that follow until its bars
count out to the header's (a cut joined with a space); a group's row may print its number and
name alone (a merged cell), on one line with a row opening after it. Without the closing bar,
a row's count is out at its last bar: a line after it goes on its last cell only where a row
opens after such lines (else it is the text after the table). A row whose bars run over the
header's ends the table before it (precision first: its cells cannot be told apart), and so
does a blank line or a line opening no row.

The rows are given as a pipe table's (read.text.gfm.table_lines), so that the table reads as
any other; a text holding one reads as Markdown (read.text.typed_tables).
"""

from __future__ import annotations

import re

from plan_extract.core.text import BULLET_CLASS
from plan_extract.read.column_words import names_a_column, names_the_number_column
from plan_extract.read.text.gfm import PipeRows, cell_parts

_BAR = "|"
# a row's number, the bar after it: `1 |`, `1.2. |`, `II |`, `a) |`, `- |`
_ROW_OPENING = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,6}|[a-z]|[A-H]|" + BULLET_CLASS + r")[.)]?\s*\|"
)
# a group's or a part's number (`II`, `B`): its row may print its name alone, merged across
_HEADING = re.compile(r"^\s*(?:[IVX]{1,6}|[A-H])[.)]?\s*\|")
_NUMBER_AND_NAME = 2
_MIN_CELLS = 3  # the numbering column and two more
_MAX_HEADER_LINES = 4  # a header cut over lines
_MAX_ROW_LINES = 12  # a long row cut over lines


def joined_table(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """The table of joined rows whose header opens at line `start`: its rows (each row's offset
    from `start`, its cells' parts) and how many lines it takes; None when none starts there."""
    header = _header(lines, start)
    if header is None:
        return None
    cells, used, closed = header
    width = len(cells)
    rows: PipeRows = [(0, [cell_parts(cell) for cell in cells])]
    at = start + used
    while at < len(lines) and _opens_row(lines[at]):
        row = _row(lines, at, width, closed)
        if row is None:
            break
        row_cells, taken = row
        rows.append((at - start, [cell_parts(cell) for cell in row_cells]))
        at += taken
    if len(rows) < 2:
        return None
    return rows, at - start


def _opens_row(text: str) -> bool:
    return _ROW_OPENING.match(text) is not None


def _header(lines: list[str], start: int) -> tuple[list[str], int, bool] | None:
    """The header's cells, the lines it takes, and whether it ends with a bar."""
    first = lines[start].strip()
    if not first or first.startswith(_BAR) or _BAR not in first:
        return None
    if not names_the_number_column(first.split(_BAR, 1)[0]):
        return None
    end = start + 1
    while end < len(lines) and not _opens_row(lines[end]):
        if end - start == _MAX_HEADER_LINES or not lines[end].strip():
            return None
        end += 1
    text = " ".join(line.strip() for line in lines[start:end])
    closed = text.endswith(_BAR)
    cells = _split(text, closed)
    if len(cells) < _MIN_CELLS or not all(names_a_column(cell) for cell in cells[1:]):
        return None
    return cells, end - start, closed


def _split(text: str, closed: bool) -> list[str]:
    cells = [" ".join(cell.split()) for cell in text.split(_BAR)]
    return cells[:-1] if closed else cells


def _row(lines: list[str], start: int, width: int, closed: bool) -> tuple[list[str], int] | None:
    """The row opening at line `start`: its cells and the lines it takes; None when its bars do
    not count out to the header's."""
    bars = width if closed else width - 1
    heading = _merged_heading(lines, start, closed)
    if heading is not None:
        return heading + [""] * (width - len(heading)), 1
    end = start
    count = 0
    while count < bars:
        if end == len(lines) or end - start == _MAX_ROW_LINES or not lines[end].strip():
            return None
        count += lines[end].count(_BAR)
        end += 1
    text = " ".join(line.strip() for line in lines[start:end])
    if count > bars or (closed and not text.endswith(_BAR)):
        return None
    if not closed:
        end = _last_cell_end(lines, end)
        text = " ".join(line.strip() for line in lines[start:end])
    return _split(text, closed), end - start


def _merged_heading(lines: list[str], start: int, closed: bool) -> list[str] | None:
    """A group's row printing its number and name alone (`II | Kiểm tra, giám sát |`), a row
    opening on the line after it: its two cells."""
    text = lines[start].strip()
    if not _HEADING.match(text) or (closed and not text.endswith(_BAR)):
        return None
    cells = _split(text, closed)
    following = start + 1
    if len(cells) != _NUMBER_AND_NAME or following == len(lines):
        return None
    return cells if _opens_row(lines[following]) else None


def _last_cell_end(lines: list[str], end: int) -> int:
    """Where a row without a closing bar ends: its last line, or the lines after it that go on
    its last cell when a row opens right after them."""
    after = end
    while after < len(lines) and after - end < _MAX_ROW_LINES and lines[after].strip():
        if _opens_row(lines[after]):
            return after
        if _BAR in lines[after]:
            break
        after += 1
    return end
