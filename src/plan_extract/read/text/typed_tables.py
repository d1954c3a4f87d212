"""Tables typed in plain text without a pipe table's delimiter row: pandoc's grid tables
(read.text.grid), its simple and multiline tables (read.text.dash_columns) and tab-separated
rows (read.text.tab_rows). Each becomes what a pipe table becomes (read.text.gfm.table_lines):
a `TABLE_ROW` line a row, cited by the row's first line, the table's other lines left blank,
or a layout table's cells in the header or footer blocks; so a text with one reads as
Markdown, whatever it is called (read.text.markdown.looks_like_markdown).
"""

from __future__ import annotations

from collections.abc import Callable

from plan_extract.read.model import Hint, RawLine
from plan_extract.read.text.dash_columns import dash_table, is_column_runs
from plan_extract.read.text.gfm import PipeRows, table_lines
from plan_extract.read.text.grid import grid_table
from plan_extract.read.text.tab_rows import tab_table

Reader = Callable[[list[str], int], "tuple[PipeRows, int] | None"]
_READERS: tuple[Reader, ...] = (grid_table, dash_table, tab_table)
_OPENERS = ("+", "-", "\t")  # what the first line of a table holds, but a simple table's header


def has_typed_table(lines: list[str]) -> bool:
    """Whether a typed table starts on any of `lines`."""
    return any(_table_at(lines, index) is not None for index in range(len(lines)))


def typed_tables(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each typed table's rows as `TABLE_ROW` lines (read.text.gfm.table_lines);
    the rows of a table already read (a pipe table's) are no other table's."""
    texts = ["" if Hint.TABLE_ROW in line.hints else line.text for line in lines]
    out: list[RawLine] = []
    index = 0
    while index < len(lines):
        found = _table_at(texts, index)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        rows, used = found
        out.extend(table_lines(lines[index : index + used], rows))
        index += used
    return out


def _table_at(texts: list[str], index: int) -> tuple[PipeRows, int] | None:
    text = texts[index]
    opens = any(mark in text for mark in _OPENERS)
    if not opens and not (index + 1 < len(texts) and is_column_runs(texts[index + 1])):
        return None
    for reader in _READERS:
        found = reader(texts, index)
        if found is not None:
            return found
    return None
