"""Tables whose bars stand on the cells' own lines, as some legal databases convert a page: a
cell's last line ends with its bar (`Cơ quan chủ trì |`), a row opens with a bar alone or on
its first cell's line (`| 1`), or a whole row stands on one line without a delimiter row under
it (`Số: 12/KH-UBND | Hòa Bình, ngày 3 tháng 3 năm 2026 |`, `| 1 | Tập huấn | Sở Y tế |`).

Each bar is put on a line of its own, so that these tables read as the converted pages' tables
with a bar alone between cells (read.text.markdown): one bar between two cells of a row, two at
a row's end. A line printing two cells or more is a whole row: when it opens without its bar,
the bar is added, so that its first cell starts a row. A line printing one cell and the bar
after it is split only in a table whose rows open with a bar (else nothing tells where a row
ends). The text after a cell's bar is the next cell only when it ends with a bar of its own
the same way: else the table ended there, and a blank line says so (the text is the body's).

A web page's table copied as text may print a row's cells with a bar between them and the
row's closing bar alone on the next line (`VĂN PHÒNG CHÍNH PHỦ ... | CỘNG HÒA XÃ HỘI ...`,
then `|`): that line is a whole row as well.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plan_extract.read.model import Hint, RawLine

_BAR = "|"
_ROW_NUMBER = re.compile(r"^(?P<n>\d{1,3})\.?$")  # a row's number in the numbering column
_MIN_HEADER_CELLS = 3  # a task table's header names this many columns at least
_MAX_CELL_LINES = 8  # a cell's lines before the one ending with its bar


def bars_on_their_own_lines(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each bar standing beside a cell's text split off to a line of its own."""
    lines = _rows_opened_by_their_numbers(lines)
    out: list[RawLine] = []
    rows_open_with_bars = False  # since the last blank line
    after_cell_bar = False  # the last line out is the bar split off a cell's end
    row_closed_below = False  # the last line split is a row whose closing bar is a line alone
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            rows_open_with_bars = False
        elif text == _BAR or text.startswith(_BAR):
            rows_open_with_bars = True
        closed_below = _row_closed_below(lines, index)
        if Hint.TABLE_ROW in line.hints or not (closed_below or _splits(text, rows_open_with_bars)):
            ended = after_cell_bar and text and _BAR not in text
            if ended and not _cell_goes_on(lines, index, rows_open_with_bars):
                out.append(replace(line, text="", hints=frozenset()))  # the table ended there
            out.append(line)
            after_cell_bar = row_closed_below and text == _BAR
            row_closed_below = False
            continue
        out.extend(_split(line))
        after_cell_bar = text.endswith(_BAR)
        row_closed_below = closed_below
    return out


def _row_closed_below(lines: list[RawLine], index: int) -> bool:
    """Whether line `index` prints a row's cells with a bar between them, not after the last
    (`Số: 12/KH-UBND | Hà Nội, ngày ...`), and its closing bar alone on the next line."""
    text = lines[index].text.strip()
    if index + 1 >= len(lines) or lines[index + 1].text.strip() != _BAR:
        return False
    if Hint.TABLE_ROW in lines[index].hints or text.startswith(_BAR) or text.endswith(_BAR):
        return False
    return _BAR in text.replace("\\|", "")


def _rows_opened_by_their_numbers(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with a bar alone opening each row of a table whose cells each end with a bar
    and whose rows open with none (nothing else tells its rows apart): the row is found by its
    number, `1 |`, `2 |` ... in turn, the header being the one-line cells just above the first,
    and each row having as many cells as the header; a table whose cells do not all count out
    so is left as it is."""
    opened: set[int] = set()
    for index, line in enumerate(lines):
        if _cell_text(line) == "1" and index not in opened:
            opened.update(_numbered_table(lines, index))
    if not opened:
        return lines
    out: list[RawLine] = []
    for index, line in enumerate(lines):
        if index in opened:
            out.append(replace(line, text=_BAR, hints=frozenset()))
        out.append(line)
    return out


def _numbered_table(lines: list[RawLine], first: int) -> list[int]:
    """The lines opening the header and each row of the table whose row numbered 1 is on
    line `first` (none when the cells do not count out)."""
    start = first
    while start > 0 and _cell_text(lines[start - 1]) not in (None, "1"):
        start -= 1
    width = first - start
    if width < _MIN_HEADER_CELLS:
        return []
    openers = [start]
    cells = _cells_from(lines, first)
    number = 1
    while len(cells) >= width:
        found = _ROW_NUMBER.match(_cell_text(lines[cells[0][-1]]) or "")
        if found is None or int(found.group("n")) != number:
            break
        openers.append(cells[0][0])
        cells = cells[width:]
        number += 1
    return openers if number > 1 and not cells else []  # every cell in a row


def _cells_from(lines: list[RawLine], index: int) -> list[list[int]]:
    """The cells from line `index` on, each as its lines' indices: lines without a bar, then
    the one ending with the cell's bar; up to a blank line or any other line."""
    cells: list[list[int]] = []
    cell: list[int] = []
    for at in range(index, len(lines)):
        text = lines[at].text.strip()
        if not text or (_BAR in text and _cell_text(lines[at]) is None):
            break
        cell.append(at)
        if _cell_text(lines[at]) is not None:
            cells.append(cell)
            cell = []
        elif len(cell) > _MAX_CELL_LINES:
            break
    return cells


def _cell_text(line: RawLine) -> str | None:
    """The text of a line printing one cell and the bar after it (`Sở Y tế |`), else None."""
    text = line.text.strip()
    if Hint.TABLE_ROW in line.hints or text.count(_BAR) != 1 or not text.endswith(_BAR):
        return None
    return None if text.endswith("\\|") else text[:-1].strip() or None


def _splits(text: str, rows_open_with_bars: bool) -> bool:
    """Whether a line prints table cells with their bars: a bar at its edge beside text (a bar
    inside a sentence is no table's, nor is an escaped one); one cell before its bar only in a
    table whose rows open with a bar."""
    if text == _BAR or not text:
        return False
    if text.startswith(_BAR):
        return True
    if not text.endswith(_BAR) or text.endswith("\\|"):
        return False
    return text.count(_BAR) > 1 or rows_open_with_bars


def _cell_goes_on(lines: list[RawLine], index: int, rows_open_with_bars: bool) -> bool:
    """Whether the text line at `index`, after a cell's bar, opens the next cell: the first line
    from it that is blank or holds a bar is one cell's last line (`phối hợp |`)."""
    for line in lines[index:]:
        text = line.text.strip()
        if not text:
            return False
        if _BAR in text:
            return _cell_text(line) is not None and rows_open_with_bars
    return False


def _split(line: RawLine) -> list[RawLine]:
    """A line's cells and bars, each a line (the cells keep the line's hints; an escaped bar
    `\\|` is text)."""
    segments = line.text.replace("\\|", "\0").split(_BAR)
    texts = [segment.replace("\0", _BAR).strip() for segment in segments]
    bar = replace(line, text=_BAR, hints=frozenset())
    out: list[RawLine] = []
    if texts[0] and sum(1 for text in texts if text) > 1:
        out.append(bar)  # a whole row printed without its opening bar
    for index, text in enumerate(texts):
        if index:
            out.append(bar)
        if text:
            out.append(replace(line, text=text))
    return out
