"""Tables typed in plain text without a pipe table's delimiter row: pandoc's grid tables
(read.text.grid), its simple and multiline tables (read.text.dash_columns), tab-separated
rows (read.text.tab_rows) and rows whose cells are joined by bars (read.text.joined_rows). Each
becomes what a pipe table becomes (read.text.gfm.table_lines): a `TABLE_ROW` line a row, cited
by the row's first line, the table's other lines left blank, or a layout table's cells in the
header or footer blocks; so a text with one reads as Markdown, whatever it is called
(read.text.markdown.looks_like_markdown).
"""

from __future__ import annotations

from collections.abc import Callable

from plan_extract.read.model import Hint, RawLine
from plan_extract.read.text.dash_columns import dash_table
from plan_extract.read.text.gfm import PipeRows, table_lines
from plan_extract.read.text.grid import grid_table
from plan_extract.read.text.joined_rows import joined_table
from plan_extract.read.text.tab_rows import tab_table

Reader = Callable[[list[str], int], "tuple[PipeRows, int] | None"]
_READERS: tuple[Reader, ...] = (grid_table, dash_table, tab_table, joined_table)


def has_typed_table(lines: list[str]) -> bool:
    """Whether a typed table starts on any of `lines`."""
    return any(_table_at(lines, index) is not None for index in _openings(lines))


def typed_tables(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each typed table's rows as `TABLE_ROW` lines (read.text.gfm.table_lines);
    the rows of a table already read (a pipe table's) are no other table's."""
    texts = ["" if Hint.TABLE_ROW in line.hints else line.text for line in lines]
    out: list[RawLine] = []
    done = 0  # the lines up to here are out
    for index in _openings(texts):
        if index < done:
            continue
        found = _table_at(texts, index)
        if found is not None:
            rows, used = found
            out.extend(lines[done:index])
            out.extend(table_lines(lines[index : index + used], rows))
            done = index + used
    return out + lines[done:] if done else lines


def _openings(texts: list[str]) -> list[int]:
    """The lines a table may open on, in order: those holding what a table's first line holds
    (a grid's corner, a run of dashes, a tab, a bar after the header's first cell), and each
    line above a run of dashes (a simple table's header)."""
    marked = [at for at, text in enumerate(texts) if "--" in text or "\t" in text or "+" in text]
    joined = [at for at, text in enumerate(texts) if "|" in text.lstrip()[1:]]
    return sorted({at for mark in marked for at in (mark - 1, mark) if at >= 0} | set(joined))


def _table_at(texts: list[str], index: int) -> tuple[PipeRows, int] | None:
    for reader in _READERS:
        found = reader(texts, index)
        if found is not None:
            return found
    return None
