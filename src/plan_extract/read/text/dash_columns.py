"""Pandoc's simple and multiline tables, as `pandoc -t markdown` or `-t plain` prints a table
whose cells hold one paragraph each: the columns are given by runs of dashes under the header.

    TT  Nhiệm vụ            Cơ quan chủ trì
    --  ------------------  ---------------
    1   Tập huấn cán bộ     Sở Y tế

A simple table (above) prints a row a line and ends at a blank line (or a line of runs); a
multiline table opens with a rule across it above the header and closes with one, its rows
separated by blank lines and each cell's text wrapped within its column: its lines run on, but
for a hard line break (`\\` at a line's end) that parts it as a grid cell's does
(read.text.grid.cell_paragraphs). Without a header, both open and close with a line of runs.
A line of runs alone, or a rule over text with no line of runs under it, is no table: it stays
the typed rule it is (read.layout_cues.is_typed_rule).
"""

from __future__ import annotations

import re

from plan_extract.read.text.gfm import PipeRows
from plan_extract.read.text.grid import cell_paragraphs

_RUNS = re.compile(r"^\s*-{2,}(?: +-{2,})+\s*$")  # two columns at least
_RULE = re.compile(r"^\s*-{3,}\s*$")
_RUN = re.compile(r"-+")
_MAX_HEADER_LINES = 4  # a header cell wrapped in a narrow column

Columns = list[tuple[int, int]]  # each column's run of dashes: where it starts, where it ends


def is_column_runs(text: str) -> bool:
    """A line of runs of dashes giving two columns or more (`----  ------  ----`)."""
    return "- " in text and _RUNS.match(text) is not None


def dash_table(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """The simple or multiline table starting at line `start` (its rule, its header or, without
    a header, its line of runs): its rows (each row's offset from `start`, its cells' parts)
    and how many lines it takes; None when none starts there."""
    text = lines[start]
    if _RULE.match(text):
        return _multiline(lines, start)
    if is_column_runs(text) and (start == 0 or not lines[start - 1].strip()):
        return _headless(lines, start)
    if text.strip() and start + 1 < len(lines) and is_column_runs(lines[start + 1]):
        return _simple(lines, start)
    return None


def _multiline(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """A multiline table with its header: a rule, the header's lines, a line of runs."""
    runs = start + 1
    last = min(len(lines), start + 2 + _MAX_HEADER_LINES)
    while runs < last and lines[runs].strip() and not is_column_runs(lines[runs]):
        runs += 1
    if runs >= last or not is_column_runs(lines[runs]) or runs == start + 1:
        return None
    columns = _columns(lines[runs])
    header = _row(lines[start + 1 : runs], columns)
    if sum(1 for cell in header if cell) < len(columns) // 2 + 1:
        return None  # text over a rule, not a table's header naming its columns
    body = _blocks(lines, runs + 1, _RULE)
    if body is None:
        return None
    rows, end = body
    found: PipeRows = [(1, header)]
    found.extend((first - start, _row(lines[first:last], columns)) for first, last in rows)
    return found, end - start + 1


def _headless(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """A table without a header between two lines of runs: a row a line (simple) or rows
    separated by blank lines (multiline)."""
    columns = _columns(lines[start])
    body = _blocks(lines, start + 1, _RUNS)
    if body is None:
        return None
    rows, end = body
    if len(rows) == 1:
        rows = [(at, at + 1) for at in range(rows[0][0], rows[0][1])]  # a simple table's lines
    return [(first - start, _row(lines[first:last], columns)) for first, last in rows], (
        end - start + 1
    )


def _simple(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """A simple table with its header: the header line, its line of runs, a row a line up to a
    blank line (or a closing line of runs)."""
    columns = _columns(lines[start + 1])
    header = _row([lines[start]], columns)
    if sum(1 for cell in header if cell) < len(columns) // 2 + 1:
        return None
    end = start + 2
    while end < len(lines) and lines[end].strip() and not is_column_runs(lines[end]):
        end += 1
    if end == start + 2:
        return None
    rows: PipeRows = [(0, header)]
    rows.extend((at - start, _row([lines[at]], columns)) for at in range(start + 2, end))
    closed = end < len(lines) and is_column_runs(lines[end])
    return rows, end - start + (1 if closed else 0)


def _blocks(
    lines: list[str], start: int, closing: re.Pattern[str]
) -> tuple[list[tuple[int, int]], int] | None:
    """The runs of lines from `start` up to the line `closing` matches (its index returned):
    each a row; None when a table's rows end with no closing line."""
    rows: list[tuple[int, int]] = []
    first: int | None = None
    for index in range(start, len(lines)):
        text = lines[index]
        if closing.match(text) and (first is not None or rows):
            if first is not None:
                rows.append((first, index))
            return rows, index
        if not text.strip():
            if first is not None:
                rows.append((first, index))
            elif not rows:
                return None
            first = None
        elif first is None:
            first = index
    return None


def _columns(runs: str) -> Columns:
    return [(match.start(), match.end()) for match in _RUN.finditer(runs)]


def _row(row_lines: list[str], columns: Columns) -> list[list[str]]:
    """A row's cells, each as its parts: the lines' text between the column cuts, run on."""
    cells: list[list[str]] = [[] for _ in columns]
    for text in row_lines:
        cuts = [0, *(_cut(text, left, right) for left, right in _gaps(columns)), len(text)]
        for column in range(len(columns)):
            segment = text[cuts[column] : cuts[column + 1]].strip()
            if segment:
                cells[column].append(segment)
    return [cell_paragraphs(cell, list_items=False) for cell in cells]


def _gaps(columns: Columns) -> list[tuple[int, int]]:
    """The space between each two columns' runs: from where one ends to where the next starts."""
    return [(columns[at][1], columns[at + 1][0]) for at in range(len(columns) - 1)]


def _cut(text: str, left: int, right: int) -> int:
    """Where a line's text passes from one column to the next: the first space in the gap
    between their runs (a right-aligned cell may start before its run does)."""
    for at in range(left, right + 1):
        if at >= len(text) or text[at] == " ":
            return at
    return right
