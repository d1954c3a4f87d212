"""Tables saved as tab-separated rows, as Word's "Save as Plain Text" writes a table: a row a line,
its cells split by tabs (an empty cell is an empty run between two tabs). A cell of two
paragraphs breaks its row over two lines (`...\\tCông an tỉnh` then `Sở Xây dựng\\tQuý II`):
the lines whose tabs add up to a whole row's are one row, the cell broken across them one cell
of two parts. A merged cell is written once, so that its row has fewer cells: a header cell
spanning the columns that the row below names one by one (`Đơn vị thực hiện` over `Chủ trì`,
`Phối hợp`) is followed by empty cells for them, as the Word reader places a spanning cell; any
other short row (a group's name, a title across the table) is filled out at its end.

A tab is no table by itself: a table is two rows or more of three cells or more (a row of two
cells is a list item after its number or bullet, or a label and its value), or two rows of
the two-column layout table of the header (issuer | motto) or the closing (Nơi nhận |
signature: Word's one row of many paragraphs a cell prints its one tab between the last
recipient and the signature's first line, which are left as they are); a tab before
a line's text indents it, and lines whose first cell is empty in every row are indented text.
"""

from __future__ import annotations

from plan_extract.read.layout_cues import has_motto, is_recipients_label, is_signature_start
from plan_extract.read.text.gfm import PipeRows, cell_parts

_TAB = "\t"
_MIN_CELLS = 3
_MIN_ROWS = 2


def is_tab_row(text: str) -> bool:
    """A line with a tab after its first text: tabs before it indent a paragraph (but for an
    empty first cell, a row has one after its text too)."""
    return _TAB in text.lstrip()


def tab_table(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """The tab-separated table whose first row opens at line `start`: its rows (each row's
    offset from `start` and its cells' parts) and how many lines it takes; None when none
    starts there."""
    if not is_tab_row(lines[start]):
        return None
    end = start
    while end < len(lines) and lines[end].strip():
        if not is_tab_row(lines[end]) and not (end + 1 < len(lines) and is_tab_row(lines[end + 1])):
            break  # a line without a tab goes on a broken row only when a row follows it
        end += 1
    width = max(line.count(_TAB) for line in lines[start:end]) + 1
    rows = _rows(lines, start, end, width)
    whole = sum(1 for _, row in rows if len(row) == width)
    texts = [part for _, row in rows for cell in row for part in cell]
    layout = any(is_recipients_label(text) or is_signature_start(text) for text in texts)
    if whole < _MIN_ROWS or not (layout or has_motto("\n".join(texts)) or width >= _MIN_CELLS):
        return None
    if not any(row[0] for _, row in rows):
        return None  # the tab before each line's text indents it: no column
    below = [row for _, row in rows[1:]] + [[]]
    return [
        (offset - start, _spread(row, under, width))
        for (offset, row), under in zip(rows, below, strict=True)
    ], end - start


def _rows(lines: list[str], start: int, end: int, width: int) -> list[tuple[int, list[list[str]]]]:
    """The rows of lines `start` to `end`, each with the line it opens on: a line with the
    width's tabs is a row; the lines whose tabs add up to the width are one, broken at a cell's
    paragraph; a line without a tab after a row is its last cell's next paragraph; lines that
    do not add up are rows of their own."""
    rows: list[tuple[int, list[list[str]]]] = []
    pending: list[int] = []  # lines of a row not yet whole
    for index in range(start, end):
        if not pending and rows and not is_tab_row(lines[index]):
            rows[-1][1][-1].extend(cell_parts(lines[index]))  # the last cell's next paragraph
            continue
        if pending and sum(lines[at].count(_TAB) for at in [*pending, index]) > width - 1:
            rows.extend((at, _cells([lines[at]])) for at in pending)
            pending = []
        pending.append(index)
        if sum(lines[at].count(_TAB) for at in pending) == width - 1:
            rows.append((pending[0], _cells([lines[at] for at in pending])))
            pending = []
    rows.extend((at, _cells([lines[at]])) for at in pending)
    return rows


def _cells(row_lines: list[str]) -> list[list[str]]:
    """A row's cells, each as its parts: the last cell of a line and the first of the next are
    one cell broken at a paragraph."""
    cells: list[list[str]] = []
    for number, text in enumerate(row_lines):
        pieces = [cell_parts(piece) for piece in text.split(_TAB)]
        if number and cells:
            cells[-1] = cells[-1] + pieces[0]
            pieces = pieces[1:]
        cells.extend(pieces)
    return cells


def _spread(row: list[list[str]], below: list[list[str]], width: int) -> list[list[str]]:
    """A row `width` cells wide: a short row over a whole one whose named cells are one run
    (the rest empty, merged from above) has the cell over the run's first span the run."""
    missing = width - len(row)
    named = [at for at, cell in enumerate(below) if cell]
    if missing > 0 and len(below) == width and named:
        first, last = named[0], named[-1]
        if last - first == missing and len(named) == missing + 1 and first < len(row):
            return [*row[: first + 1], *([] for _ in range(missing)), *row[first + 1 :]]
    return row + [[] for _ in range(missing)]
