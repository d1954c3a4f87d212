"""Pandoc's grid tables, as `pandoc -t markdown` prints a Word table whose cells hold more than
one line (a list, two paragraphs, long text wrapped in its column):

    +----+---------------+----------------+
    | TT | Nhiệm vụ      | Cơ quan chủ trì|
    +====+===============+================+
    | 1  | Tập huấn cho  | Sở Y tế        |
    |    | cán bộ        |                |
    +----+---------------+----------------+

A rule of `-` (or `=` under the header, with alignment colons `:`) between `+` corners closes
each row; a row's lines are cut into cells at the bars. A cell's lines are one paragraph until a
blank line, a list item (`- `) or a hard line break (a line ending with `\\`) opens the next: its
paragraphs are its parts, as a pipe table's `<br>` parts are (read.text.gfm).
"""

from __future__ import annotations

import re
from itertools import pairwise

from plan_extract.core.text import BULLET_CLASS
from plan_extract.read.text.gfm import PipeRows, cell_parts

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")  # two columns at least
# a rule under some columns only, the others' cells spanning on into the next row
_PARTIAL_RULE = re.compile(r"^\s*[+|].*\+[-=:]{3,}\+.*[+|]\s*$")
_CONTENT = re.compile(r"^\s*\|.*\|\s*$")
_LIST_ITEM = re.compile(rf"^(?:{BULLET_CLASS}|\*)\s+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Markdown's backslash escapes


def is_grid_border(text: str) -> bool:
    """A grid table's rule (`+----+----+`), of two columns or more."""
    return text.startswith(("+", " ")) and _BORDER.match(text) is not None


def grid_table(lines: list[str], start: int) -> tuple[PipeRows, int] | None:
    """The grid table whose top rule is line `start`: its rows (each row's offset from `start`
    and its cells' parts) and how many lines it takes; None when none starts there (a rule with
    no row under it, or rows that no rule closes)."""
    if not is_grid_border(lines[start]):
        return None
    corners = [at for at, char in enumerate(lines[start]) if char == "+"]
    rows: PipeRows = []
    row_lines: list[str] = []
    first = start + 1
    end = start  # the last rule read
    for index in range(start + 1, len(lines)):
        text = lines[index]
        if is_grid_border(text) or _PARTIAL_RULE.match(text):
            if row_lines:
                rows.append((first - start, _cells(row_lines, corners)))
            row_lines, first, end = [], index + 1, index
        elif _CONTENT.match(text):
            row_lines.append(text)
        else:
            break
    if not rows:
        return None
    return rows, end - start + 1


def _cells(row_lines: list[str], corners: list[int]) -> list[list[str]]:
    """A row's cells, each as its parts, from the lines printing it."""
    columns: list[list[str]] = [[] for _ in corners[1:]]
    for text in row_lines:
        for column, segment in enumerate(_segments(text, corners)):
            columns[column].append(segment.strip())
    return [cell_paragraphs(column) for column in columns]


def _segments(text: str, corners: list[int]) -> list[str]:
    """A content line cut into its columns: at its bars when it has one per corner, else at the
    corners' positions (a text whose letters are decomposed), where a corner with no bar on the
    line is inside a cell spanning columns: its text goes to the first, the others are empty."""
    bars = text.strip().split("|")
    if len(bars) == len(corners) + 1:
        return bars[1:-1]
    columns = len(corners) - 1
    starts = [0, *(at for at in range(1, columns) if text[corners[at] : corners[at] + 1] == "|")]
    segments = [""] * columns
    for first, following in pairwise([*starts, columns]):
        segments[first] = text[corners[first] + 1 : corners[following]]
    return segments


def cell_paragraphs(cell_lines: list[str], list_items: bool = True) -> list[str]:
    """A cell's paragraphs from its lines: lines run on within one; a blank line, a line ending
    with a backslash (pandoc's hard line break) or, when `list_items`, a list item opens the
    next. A backslash before a punctuation mark is Markdown's escape: the mark is the text's;
    emphasis marks are dropped (read.text.gfm.cell_parts)."""
    paragraphs: list[list[str]] = []
    opened = True
    for line in cell_lines:
        text = line
        if not text:
            opened = True
            continue
        item = _LIST_ITEM.match(text) if list_items else None
        if item is not None:
            text, opened = text[item.end() :], True
        if opened:
            paragraphs.append([])
            opened = False
        if text.endswith("\\") and not text.endswith("\\\\"):
            text, opened = text[:-1].rstrip(), True
        paragraphs[-1].append(_ESCAPE.sub(r"\1", text))
    return [part for paragraph in paragraphs for part in cell_parts(" ".join(paragraph))]
