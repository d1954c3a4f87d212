"""A table row printed over two rows of its table, joined: a continuation row (its number cell
empty) goes on with the row above, as a cell's paragraphs do (read.text.gfm.cell_text) — its
task's words wrapped, a partner more, a name cut across the two rows (`Hội Chữ thập` / `đỏ
xã`). The normalize stage asks it of each table row after another, whatever printed the table
(a Word or PDF table, a pipe, grid or HTML table), so that each cell reads whole in one line.

corpus/ANNOTATION.md reads a merged cell once, in the row that prints it: a row under a merged
number cell that opens a task of its own (its task and its own lead, partners or time, each
opening anew: not going on with the cell above) is a row of its own, not glued (precision
first: a task glued to the one above gives its units the wrong task). So is a row under the
header (the row above must print an item number)."""

from __future__ import annotations

import re
from functools import cache

from plan_extract.core.text import BULLET_CLASS
from plan_extract.normalize.patterns import LINE_STARTS
from plan_extract.read.text.gfm import cell_text, part_goes_on

_MIN_CELLS = 3  # the numbering column and two more
_OWN_ROW_CELLS = 2  # cells opening anew that make a row a task of its own


@cache
def _item() -> re.Pattern[str]:
    """A row's item number as the numbering column prints it: `I`, `A`, `1`, `1.1`, `a`, `-`,
    `+` (not a value: `240.000` groups thousands, `400` has three digits); the letters are those
    of lettered items (data/normalize/line_starts.yaml), in either case."""
    letters = re.escape(LINE_STARTS.load().item_letters)
    return re.compile(
        rf"^(?:[IVXL]{{1,6}}|[{letters.upper()}]|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|[{letters}]|{BULLET_CLASS}|\*)[.)]?$"
    )


def is_item_number(text: str) -> bool:
    """Whether a cell prints a row's item number (`_item`)."""
    return _item().match(text.strip()) is not None


def row_continues(above: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """Whether `row` goes on with the numbered row `above` (cells by column, the number's
    first): its number cell is empty and at most one of its cells opens anew (a cell opens
    anew where the cell above is empty or the cell does not go on with it: `part_goes_on`)."""
    if len(row) != len(above) or len(row) < _MIN_CELLS or row[0].strip():
        return False
    if not is_item_number(above[0]):
        return False
    anew = [
        cell
        for cell, up in zip(row[1:], above[1:], strict=True)
        if cell.strip() and not (up.strip() and part_goes_on(up, cell))
    ]
    return len(anew) < _OWN_ROW_CELLS


def row_joined(above: tuple[str, ...], row: tuple[str, ...]) -> tuple[str, ...]:
    """The cells of `above` each going on with the cell of `row` below it, as a cell's parts."""
    return tuple(
        cell_text([part for part in (up, cell) if part.strip()])
        for up, cell in zip(above, row, strict=True)
    )
