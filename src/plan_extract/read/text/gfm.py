"""GitHub-flavoured pipe tables (`| STT | Nội dung | Chủ trì |` over `|---|---|---|`), as people's
Markdown files and converters such as pandoc or markitdown print a Word table: one row a line.

Each row becomes one `TABLE_ROW` line with its cells, as the Word reader gives a table row, so the
structure stage reads the table the same whatever printed it. A row is never joined to its
neighbours. A cell's breaks (`<br>`) are joined as a Word cell's paragraphs are (`;` unless the
text already ends with a stop or was cut before its end, or the next part goes on in lower
case: `cell_text`). The layout tables of an official document (issuer | motto at the top, Nơi
nhận | signature at the bottom) become the header or footer blocks, one column after the other,
one line per cell part.

The table itself is found by markdown-it-py (CommonMark with the GFM table rule): the delimiter
row, escaped bars (`\\|`), code spans and the cell count are as GitHub reads them. Some
converters leave the delimiter row out: a run of two or more lines that are each a whole row
(opening and closing with a bar, the same number of cells), standing alone, is read as the same
table with it. (Bars on the cells' own lines, or rows cut over lines, are read.text.edge_bars'.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from plan_extract.core.cut_lines import ends_cut
from plan_extract.read.layout_cues import (
    has_motto,
    is_recipients_label,
    is_signature_start,
    opens_item,
)
from plan_extract.read.model import Block, Hint, RawLine

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# a delimiter row: cells of dashes, each with an optional alignment colon, split by bars
DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*\*\*|\*\*|\*|__")
_STOPS = ".;,:"  # a part ending so is parted already
_YEAR_OPENING = re.compile(r"(?:19|20)\d\d\b")
_GOES_ON = "/-–("  # a part cut at one of these goes on in the next (`Quý II/` / `2026`)
_BAR = re.compile(r"(?<!\\)\|")  # a bar that is no escaped one


def has_pipe_table(lines: list[str]) -> bool:
    """A line holding a bar followed by a delimiter row that holds one too."""
    return any(
        "|" in line and "|" in following and DELIMITER_ROW.match(following) is not None
        for line, following in pairwise(lines)
    )


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # the cells' inline markup is not parsed (their raw text is read): a table's cost stays
    # that of its block structure
    return MarkdownIt("commonmark").enable("table").disable("inline")


def pipe_tables(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each pipe table's rows as `TABLE_ROW` lines (its delimiter row left blank),
    or its cells in the header or footer blocks when it is a layout table."""
    texts = [line.text for line in lines]
    if not has_pipe_table(texts) and not any(_whole_row_cells(text) for text in texts):
        return lines
    out: list[RawLine] = []
    index = 0
    while index < len(lines):
        found = pipe_table(texts, index)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        rows, used = found
        out.extend(table_lines(lines[index : index + used], rows))
        index += used
    return out


PipeRows = list[tuple[int, list[list[str]]]]  # each row's line offset, its cells' parts


def pipe_table(lines: list[str], start: int = 0) -> tuple[PipeRows, int] | None:
    """The pipe table `lines` start with at `start`: its rows (each row's line offset from
    `start`, and its cells, each as its printed parts: split at `<br>`, emphasis marks dropped)
    and how many lines it takes; None when none starts there."""
    if start + 1 >= len(lines) or "|" not in lines[start] or "|" not in lines[start + 1]:
        return None
    added = 0  # lines the table's text holds that the file does not: a delimiter row put in
    if DELIMITER_ROW.match(lines[start + 1]) is not None:
        end = start + 2
        while end < len(lines) and "|" in lines[end] and lines[end].strip():
            end += 1
        printed = lines[start:end]
    else:
        bare_end = _bare_rows_end(lines, start)
        if bare_end is None:
            return None
        width = _whole_row_cells(lines[start]) or 0
        printed = [lines[start], "|" + "---|" * width, *lines[start + 1 : bare_end]]
        added = 1
    rows: PipeRows = []
    tokens = _parser().parse("\n".join(printed))
    if not tokens or tokens[0].type != "table_open":
        return None
    for token in tokens:
        if token.type == "table_close":
            break
        if token.type == "tr_open" and token.map is not None:
            line = token.map[0]
            rows.append((line - added if line > 1 else line, []))
        elif token.type == "inline" and rows:
            rows[-1][1].append(cell_parts(token.content))
    if not rows:
        return None
    return rows, rows[-1][0] + 1


def _whole_row_cells(line: str) -> int | None:
    """The cells of a line that is a whole row by itself (`| 1 | Tập huấn | Sở Y tế |`): two or
    more between a bar opening and one closing the line; None for any other line."""
    text = line.strip()
    if len(text) < 3 or text[0] != "|" or text[-1] != "|" or text.endswith("\\|"):
        return None
    cells = len(_BAR.findall(text)) - 1
    return cells if cells >= 2 else None


def _bare_rows_end(lines: list[str], start: int) -> int | None:
    """Where a pipe table printed without its delimiter row ends, when one starts at `start`: two
    or more whole rows of the same cell count, no line with a bar next to them (that is a
    table of bars on the cells' own lines, read.text.edge_bars') nor a grid table's rule above
    them (`+----+`: a grid row's lines, read.text.grid's)."""
    width = _whole_row_cells(lines[start])
    above = lines[start - 1].strip() if start > 0 else ""
    if width is None or "|" in above or above.startswith("+"):
        return None
    end = start + 1
    while end < len(lines) and _whole_row_cells(lines[end]) == width:
        end += 1
    if end - start < 2 or (end < len(lines) and "|" in lines[end] and lines[end].strip()):
        return None
    return end


def cell_parts(cell: str) -> list[str]:
    """A cell's printed parts (split at `<br>`), emphasis marks dropped."""
    parts = (" ".join(_EMPHASIS.sub("", part).split()) for part in _BREAK.split(cell))
    return [part for part in parts if part]


def cell_text(parts: list[str]) -> str:
    """A cell's parts (a pipe table's `<br>` parts, a Word cell's paragraphs and their lines)
    as one text, each parted from the next by `;` unless it ends with a stop already, or was
    cut inside what it prints: at a date's slash or dash or in brackets (`Quý II/` / `2026`,
    `Tháng 3 -` / `6/2026`, `Tháng 9/2026 (tổng` / `kết)`), before the year a word wants
    (`Năm` / `2026`, `Quý II năm` / `2026`), before a word in lower case (`Các thành viên
    Ban Chỉ đạo` / `chăm sóc người cao tuổi xã`), or after a word no name ends with
    (`phối hợp với` / `Hội Liên hiệp Phụ nữ xã`), where it goes on."""
    text = ""
    for part in parts:
        if text and text[-1] not in _STOPS + _GOES_ON and not part_goes_on(text, part):
            text += ";"
        text = f"{text} {part}".strip()
    return text


def part_goes_on(text: str, part: str) -> bool:
    """Whether `part` goes on with the text before it: a line wrapped inside the cell, whose
    next line opens in lower case (a cell's next item or unit opens with a capital, a mark or
    a figure: `Hội Nông dân xã` / `Hội Cựu chiến binh xã`, `- Trạm Y tế xã`, `a) ...`), as
    the PDF reader keeps a cell's line that opens so in the paragraph above (read.pdf.cells),
    or after a line cut before its end (`ends_cut`: `Hội Nông dân xã và` / `Hội Cựu chiến
    binh xã`, `Văn phòng Hội đồng nhân dân và` / `Ủy ban nhân dân xã`), whatever its case, as
    the normalize stage joins a paragraph's lines; or one phrase cut before its year. The
    normalize stage asks it of a continuation row's cells too (normalize.table_rows)."""
    goes_on = part[:1].islower() or ends_cut(text)
    return (goes_on and not opens_item(part)) or _year_after_word(text, part)


def _year_after_word(text: str, part: str) -> bool:
    """`part` opens with a year (`2026`, `2026)`) and the text before ends with a word: one
    phrase cut before its year."""
    return text[-1].isalpha() and _YEAR_OPENING.match(part) is not None


def table_lines(lines: list[RawLine], rows: PipeRows) -> list[RawLine]:
    """The table's lines: the rows as `TABLE_ROW` lines, or a layout table's cells by block;
    the table's other lines (the delimiter row) blank, so that each line keeps its number.
    `rows` give each row's offset in `lines`; the other table readers of text (read.text.html,
    read.text.typed_tables) give theirs the same way, so that a table reads the same whatever
    printed it."""
    width = max(len(row) for _, row in rows)
    whole = "\n".join(part for _, row in rows for cell in row for part in cell)
    firsts = [cell[0] for _, row in rows for cell in row if cell]
    out = [replace(line, text="", hints=frozenset()) for line in lines]
    if has_motto(whole):
        blocks = (Block.HEADER_LEFT, Block.HEADER_RIGHT)
    elif any(is_recipients_label(text) or is_signature_start(text) for text in firsts):
        blocks = (Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
    else:
        for offset, row in rows:
            texts = tuple(cell_text(cell) for cell in row) + ("",) * (width - len(row))
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
        for offset, row in rows:
            for column, cell in enumerate(row):
                if (2 * column + 1 >= width) == bool(side):
                    layout.extend(
                        replace(lines[offset], text=part, block=blocks[side], hints=frozenset())
                        for part in cell
                    )
    return layout
