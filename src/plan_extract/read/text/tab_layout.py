"""The layout tables of a plain-text file saved from Word ("Save as Plain Text"): the borderless
tables of the header (issuer | motto, number | place and date) and of the closing (`Nơi nhận` |
signature) print each row as one line, its cells split by tabs (`ỦY BAN NHÂN DÂN<TAB>CỘNG HÒA
XÃ HỘI ...`, `Nơi nhận:<TAB>KT. CHỦ TỊCH`), a cell empty on the left as a line that starts with
a tab.

Those lines become the header or footer blocks, the left column's parts first and then the right
column's, as the pipe-table reader (gfm.py) gives a Markdown layout table, so that the structure
stage reads them the same whatever printed them. The header is the run of tabbed lines from the
first row whose cells print the motto; the closing starts at
a row of two cells whose first is `Nơi nhận` or a signature's first line (`TM.`, `KT.`, ...)
and runs over the next lines while a tabbed line follows within a few lines; an untabbed line in
it is a left cell wrapped or a recipient printed alone on its row.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plan_extract.core.text import BULLET_CLASS
from plan_extract.read.column_words import names_a_column
from plan_extract.read.layout_cues import has_motto, is_recipients_label, is_signature_start
from plan_extract.read.model import Block, RawLine

_TABS = re.compile(r"\t+")
_BULLET = re.compile(rf"^\s*{BULLET_CLASS}\s")
# a row of the closing's table is rarely more than this many lines below the previous one
# (a recipient printed alone, the blank lines left for the signature)
_MAX_GAP = 6
_HEADER_CELLS = 3  # a table's header row after the closing: this many cells or more ...
_NAMED_CELLS = 2  # ... of which this many name a column


def apply_tab_layout(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with a tab-columned header and closing set as their blocks (see the module's
    doc)."""
    return _closing_set(_header_set(lines))


def _header_set(lines: list[RawLine]) -> list[RawLine]:
    start = next((index for index, line in enumerate(lines) if _opens_header(line.text)), None)
    if start is None:
        return lines
    end = start
    while end + 1 < len(lines) and "\t" in lines[end + 1].text:
        end += 1
    return _columns(lines, start, end, (Block.HEADER_LEFT, Block.HEADER_RIGHT))


def _opens_header(text: str) -> bool:
    return _row_first_cell(text) is not None and has_motto(text)


def _row_first_cell(text: str) -> str | None:
    """The first cell of a row of two cells or more, tabs between them; None for any other line
    (most have no tab, and are not split)."""
    if "\t" not in text:
        return None
    first, *rest = (cell.strip() for cell in _TABS.split(text))
    return first if first and any(rest) else None


def _closing_set(lines: list[RawLine]) -> list[RawLine]:
    start = next((index for index, line in enumerate(lines) if _opens_closing(line.text)), None)
    if start is None:
        return lines
    end = _extend(lines, start)
    return _columns(lines, start, end, (Block.FOOTER_LEFT, Block.FOOTER_RIGHT))


def _columns(
    lines: list[RawLine], start: int, end: int, blocks: tuple[Block, Block]
) -> list[RawLine]:
    """`lines` with those from `start` to `end` set as a table of two columns: the left cells'
    lines first, then the right ones'."""
    gap = _TABS.search(lines[start].text)
    width = len(gap.group()) if gap else 1  # the tabs between the columns
    left: list[RawLine] = []
    right: list[RawLine] = []
    for line in lines[start : end + 1]:
        text = line.text
        indent = len(text) - len(text.lstrip("\t"))
        if 0 < indent < width:  # a left cell indented, not a right one
            text = text.lstrip("\t")
        cells = [cell.strip() for cell in _TABS.split(text)]
        first, rest = cells[0], [cell for cell in cells[1:] if cell]
        if first:
            left.append(replace(line, text=first, block=blocks[0], hints=frozenset()))
        right.extend(replace(line, text=cell, block=blocks[1], hints=frozenset()) for cell in rest)
    return [*lines[:start], *left, *right, *lines[end + 1 :]]


def _opens_closing(text: str) -> bool:
    """A row of two cells, the left one `Nơi nhận` or a signature's first line; a line that
    only starts with a tab is indented, no row."""
    first = _row_first_cell(text)
    if first is None:
        return False
    return is_recipients_label(first) or is_signature_start(first)


def _is_table_header(text: str) -> bool:
    """A row of three cells or more, two of them naming a column: no row of the closing's
    two columns (recipients | signature)."""
    cells = [cell.strip() for cell in _TABS.split(text) if cell.strip()]
    named = sum(1 for cell in cells if names_a_column(cell))
    return len(cells) >= _HEADER_CELLS and named >= _NAMED_CELLS


def _extend(lines: list[RawLine], start: int) -> int:
    """The last line of the closing that opens at `start`: the last tabbed line reached from it
    by steps of at most `_MAX_GAP` lines, up to the header row of a table (an appendix's task
    table after the signature: `STT<TAB>Nội dung nhiệm vụ<TAB>Cơ quan chủ trì ...`), and the
    recipients printed alone on their rows just under it (`- Lưu: VT.` after the signature's
    last row)."""
    end = start
    index = start + 1
    while index < len(lines) and index - end <= _MAX_GAP:
        if _is_table_header(lines[index].text):
            break
        if "\t" in lines[index].text:
            end = index
        index += 1
    while end + 1 < len(lines) and _BULLET.match(lines[end + 1].text):
        end += 1
    return end
