"""GitHub-flavoured pipe tables (`| STT | Nội dung | Chủ trì |` over `|---|---|---|`), as people's
Markdown files and converters such as pandoc or markitdown print a Word table: one row a line.

Each row becomes one `TABLE_ROW` line with its cells, as the Word reader gives a table row, so the
structure stage reads the table the same whatever printed it. A row is never joined to its
neighbours. A cell's breaks (`<br>`) are joined as a Word cell's paragraphs are (`;` unless the
text already ends with a stop). The layout tables of an official document (issuer | motto at
the top, Nơi nhận | signature at the bottom) become the header or footer blocks, one column
after the other, one line per cell part.

The table itself is found by markdown-it-py (CommonMark with the GFM table rule): the delimiter
row, escaped bars (`\\|`), code spans and the cell count are as GitHub reads them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from plan_extract.read.layout_cues import has_motto, is_recipients_label, is_signature_start
from plan_extract.read.model import Block, Hint, RawLine

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# a delimiter row: cells of dashes, each with an optional alignment colon, split by bars
DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*\*\*|\*\*|\*|__")
_STOPS = ".;,:"


def has_pipe_table(lines: list[str]) -> bool:
    """A line holding a bar followed by a delimiter row that holds one too."""
    return any(
        "|" in line and "|" in following and DELIMITER_ROW.match(following) is not None
        for line, following in pairwise(lines)
    )


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def pipe_tables(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each pipe table's rows as `TABLE_ROW` lines (its delimiter row left blank),
    or its cells in the header or footer blocks when it is a layout table."""
    texts = [line.text for line in lines]
    if not has_pipe_table(texts):
        return lines
    out: list[RawLine] = []
    index = 0
    while index < len(lines):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if "|" not in texts[index] or not ("|" in following and DELIMITER_ROW.match(following)):
            out.append(lines[index])
            index += 1
            continue
        end = index + 2
        while end < len(lines) and "|" in texts[end] and texts[end].strip():
            end += 1
        rows = _rows("\n".join(texts[index:end]))
        if not rows:
            out.append(lines[index])
            index += 1
            continue
        used = max(offset for offset, _ in rows) + 1
        out.extend(_table_lines(lines[index : index + used], rows))
        index += used
    return out


def _rows(block: str) -> list[tuple[int, list[str]]]:
    """The rows of the table `block` starts with: each row's line offset and its cells' texts."""
    rows: list[tuple[int, list[str]]] = []
    tokens = _parser().parse(block)
    if not tokens or tokens[0].type != "table_open":
        return rows
    for token in tokens:
        if token.type == "table_close":
            break
        if token.type == "tr_open" and token.map is not None:
            rows.append((token.map[0], []))
        elif token.type == "inline" and rows:
            rows[-1][1].append(token.content)
    return rows


def _parts(cell: str) -> list[str]:
    """A cell's printed parts (split at `<br>`), emphasis marks dropped."""
    parts = (" ".join(_EMPHASIS.sub("", part).split()) for part in _BREAK.split(cell))
    return [part for part in parts if part]


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text and text[-1] not in _STOPS:
            text += ";"
        text = f"{text} {part}".strip()
    return text


def _table_lines(lines: list[RawLine], rows: list[tuple[int, list[str]]]) -> list[RawLine]:
    """The table's lines: the rows as `TABLE_ROW` lines, or a layout table's cells by block;
    the table's other lines (the delimiter row) blank, so that each line keeps its number."""
    cells = [[_parts(cell) for cell in row] for _, row in rows]
    width = max(len(row) for row in cells)
    whole = "\n".join(part for row in cells for cell in row for part in cell)
    firsts = [cell[0] for row in cells for cell in row if cell]
    out = [replace(line, text="", hints=frozenset()) for line in lines]
    if has_motto(whole):
        blocks = (Block.HEADER_LEFT, Block.HEADER_RIGHT)
    elif any(is_recipients_label(text) or is_signature_start(text) for text in firsts):
        blocks = (Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
    else:
        for (offset, _), row in zip(rows, cells, strict=True):
            texts = tuple(_joined(cell) for cell in row) + ("",) * (width - len(row))
            out[offset] = replace(
                lines[offset],
                text=" | ".join(texts),
                hints=frozenset({Hint.TABLE_ROW}),
                cells=texts,
            )
        return out
    # a layout table: each side's parts top to bottom, the left column's first (as Word's)
    layout: list[RawLine] = []
    for side in (0, 1):
        for (offset, _), row in zip(rows, cells, strict=True):
            for column, cell in enumerate(row):
                if (2 * column + 1 >= width) == bool(side):
                    layout.extend(
                        replace(lines[offset], text=part, block=blocks[side], hints=frozenset())
                        for part in cell
                    )
    return layout + [line for line in out if line.text]
