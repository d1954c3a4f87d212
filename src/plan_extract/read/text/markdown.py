"""Markdown markup (`#`, `**`, `*`, `|` rows, pipe tables) read as layout hints and kept out of
the text.

The real plans were converted from HTML: their tables come out as one cell per run of lines, each
cell opened by a line that is just `|`. The two-column header (issuer | national motto, number |
place and date) and the closing (Nơi nhận | signature) are such tables; their lines are put in
the header and footer blocks by what they say, so the two columns are never read as one text.
Other tables become one `TABLE_ROW` line per cell. A GitHub-flavoured pipe table gives one
`TABLE_ROW` line per row with its cells (read.text.gfm).

An emphasis span left open at a line's end runs on to the line that closes it (a converter's
hard wrap inside `**II. NHIỆM VỤ\nVÀ GIẢI PHÁP**`): the lines after the first are marked
`EMPHASIS_RUNS_ON`, and all are `BOLD` when the span is a whole bold element. Marks are read
as CommonMark reads delimiter runs: a run of `*` with a space (or the line's edge) on both sides
opens and closes nothing (a `* ` bullet, a lone star); a list's `* ` marker stays, a bullet
(normalize.bullets reads it as the plan's dash: `* Tỷ lệ ...` is `- Tỷ lệ ...`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from plan_extract.read.layout_cues import (
    has_motto,
    has_place_date,
    is_number_line,
    is_recipients_label,
    is_signature_start,
    is_typed_rule,
)
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.text.edge_bars import bars_on_their_own_lines
from plan_extract.read.text.gfm import has_pipe_table, pipe_tables
from plan_extract.read.text.html import has_html, html_marks
from plan_extract.read.text.typed_tables import has_typed_table, typed_tables

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|__)")
_CELL_BAR = "|"
_TABLE_ROW = frozenset({Hint.TABLE_ROW})
_FOOTER_WIDTH = 2  # a closing's columns: the recipients, the signature
_MAX_CELL_LINES = 30  # a longer "cell" is body text after a table the converter left open
_MARKDOWN_MARK = re.compile(r"^\s{0,3}#{1,6}\s|\*\*|^\s*\|\s*$", re.MULTILINE)
_STARS = re.compile(r"\*+")
_MAX_SPAN_LINES = 20  # an emphasis span longer than this was never closed: its star is literal
_DANGLING = re.compile(r"\s(\*{1,2})$")  # a mark after a space at a line's end: `2025; *`
_OPENER = re.compile(r"^\*+[^\s*]")  # a mark before a word at a line's start: `*Căn cứ`
# CommonMark's `*` list marker, a space and a word after it (`* Tỷ lệ ...`): kept for normalize
# to read as the bullet it is (data/normalize/bullet_glyphs.yaml), never an emphasis mark
_LIST_STAR = re.compile(r"^\s*\*(?=\s+[^\s*])")


def looks_like_markdown(text: str) -> bool:
    """A plain-text file that uses Markdown marks (headings, bold, cell bars, a pipe table)
    anyway, or HTML (a table, inline tags) as converters leave it in Markdown, or a table typed
    as pandoc or Word's plain text print one (read.text.typed_tables)."""
    if _MARKDOWN_MARK.search(text) is not None:
        return True
    lines = text.splitlines()
    return has_pipe_table(lines) or has_html(text) or has_typed_table(lines)


def apply_markdown_hints(lines: list[RawLine], blank_lines: bool = True) -> list[RawLine]:
    """Strip the markup, keep what it said as hints, and place table cells in their blocks;
    a text without `blank_lines` ends a header or closing table by its rows (_TableEnd)."""
    out: list[RawLine] = []
    rows_end_tables = not blank_lines
    tables = typed_tables(html_marks(pipe_tables(lines)))
    spans = _mark_spans(bars_on_their_own_lines(tables))
    for item in _split_tables(spans, rows_end_tables):
        if isinstance(item, _Table):
            out.extend(_table_lines(item))
        elif Hint.TABLE_ROW in item.hints:
            out.append(item)  # a pipe table's row, its cells read (read.text.gfm)
        else:
            out.append(_strip_markup(item))
    return out


def _toggles(text: str) -> tuple[int, int]:
    """Whether a line's emphasis marks leave bold, and italic, toggled (1) or as they were."""
    if "*" not in text:  # most lines: no mark to read
        return 0, 0
    bold = italic = 0
    for run in _STARS.finditer(text):
        before, after = text[run.start() - 1 : run.start()], text[run.end() : run.end() + 1]
        if before.strip() or after.strip():  # not a star with spaces on both sides
            bold += len(run.group()) // 2
            italic += len(run.group()) % 2
    return bold % 2, italic % 2


def _mark_spans(lines: list[RawLine]) -> list[RawLine]:
    """Lines inside an emphasis span opened on a line before marked `EMPHASIS_RUNS_ON`; every
    line of a span that is a whole bold element (`**` first and last) marked `BOLD`, of a whole
    italic one (`*` first and last, `_whole_italic`) `ITALIC`. A span ends its paragraph at the
    latest: one left open at a blank line or cell bar is no span; one left open before a line
    that opens a span may close at a mark left at its line's end (`_closes_before_opener`)."""
    texts = _without_empty_spans([_content(line.text) for line in lines])
    out = list(lines)
    index = 0
    while index < len(out):
        state = _toggles(texts[index])
        end = index
        while state != (0, 0) and end + 1 < min(len(out), index + _MAX_SPAN_LINES):
            if not texts[end + 1] or texts[end + 1] == _CELL_BAR:
                break
            if _closes_before_opener(texts[end], texts[end + 1], state):
                state = (0, 0)
                break
            end += 1
            bold, italic = _toggles(texts[end])
            state = (state[0] ^ bold, state[1] ^ italic)
        if state != (0, 0) or end == index:
            index += 1
            continue
        whole = texts[index].startswith("**") and texts[end].rstrip(":").endswith("**")
        italic = _whole_italic(texts[index], texts[end])
        for position in range(index, end + 1):
            hints = set(out[position].hints)
            if position > index:
                hints.add(Hint.EMPHASIS_RUNS_ON)
            if whole:
                hints.add(Hint.BOLD)
            if italic:
                hints.add(Hint.ITALIC)
            out[position] = out[position].changed(hints=frozenset(hints))
        index = end + 1
    return out


def _closes_before_opener(text: str, following: str, state: tuple[int, int]) -> bool:
    """`*Căn cứ Luật ...` / `... năm 2025; *` then `*Căn cứ Quyết định ...`: a converter that
    sets a span's closing mark after the space that follows it leaves it at the line's end,
    before a line that opens a span of its own; that mark closes the span left open (`state`)
    when it is as wide."""
    dangling = _DANGLING.search(text)
    if dangling is None or _OPENER.match(following) is None:
        return False
    width = len(dangling.group(1))
    return state == (width // 2, width % 2)


def _whole_italic(first: str, last: str) -> bool:
    """A span from `first` to `last` set in italic as a whole (`*b) Thị trường ASEAN*`, `*(Kèm
    theo Kế hoạch ...)*`): one star opens it on a word and one closes it after one; a `* `
    bullet or a bold mark (`**`) is no italic."""
    end = last.rstrip(":")
    return (
        len(first) > 2
        and first.startswith("*")
        and not first[1].isspace()
        and first[1] != "*"
        and end.endswith("*")
        and not end[-2:-1].isspace()
        and not end.endswith("**")
    )


def _content(text: str) -> str:
    """A line's text without its heading mark and surrounding spaces."""
    match = _HEADING.match(text)
    return (match.group(2) if match else text).strip()


def _without_empty_spans(texts: list[str]) -> list[str]:
    """The texts with each empty span over a line break taken out: a line ending with the mark
    that opens a span the next line's first mark closes (`**5. Sở Y tế:****` then `**Chủ
    trì ...`) holds no emphasis across the break."""
    out = list(texts)
    for index in range(len(out) - 1):
        bold, italic = _toggles(out[index])
        width = 2 * bold + italic
        following = out[index + 1]
        if width and _ends_opening(out[index], width) and following.startswith("*" * width):
            out[index], out[index + 1] = out[index][:-width], following[width:]
    return out


def _ends_opening(text: str, width: int) -> bool:
    """The line's last run of stars opens a span of `width`: the run holds more than a close
    (`:****`) or stands after a space (`Sở Y tế: **`); a run right after a word only closes
    the span before it (`KHEN THƯỞNG**`, then the next line's `**1. Đối tượng`: no blank line
    between them, and no empty span)."""
    run = len(text) - len(text.rstrip("*"))
    if run < width:
        return False
    before = text[: len(text) - run]
    return run > width or not before or before[-1].isspace()


@dataclass(frozen=True, slots=True)
class _Table:
    cells: list[list[RawLine]]
    gaps: list[int]  # the `|` lines before each cell (see RawLine.cell_gap)


class _TableEnd:
    """Where a table of bars ends in a text without blank lines, after the bar closing a row's
    last cell when a line other than a bar (the next row's opening one) follows. Rows are parted
    by two bars (`|` then `|`). A header or closing table is two columns wide (the issuer and
    the motto, the recipients and the signature). Another table ends after a row as wide as
    its widest one so far when the run of lines up to the next bar is longer than any of its
    cells or opens with a whole bold line (a title, a heading, a paragraph); a row of fewer
    cells (one spans columns, or an empty cell prints a bar more) ends it only as a blank line
    would."""

    def __init__(self) -> None:
        self.two_columns = False
        self.header = False  # the two columns are a header's: a motto is in them
        self.row_cells = 0  # the cells of the row read so far
        self.widest = 0  # the cells of the widest row ended
        self.longest = 0  # the lines of the longest cell

    def ends_after(
        self, cells: list[list[RawLine]], gap: int, following: int, following_text: str
    ) -> bool:
        """Whether the cell just read (the last of `cells`, after `gap` bars) closes the table
        when `following` lines up to the next bar follow its closing one, `following_text`."""
        if len(cells) > 1 and gap > 1:
            self.widest = max(self.widest, self.row_cells)
            self.row_cells = 0
        self.row_cells += 1
        if len(cells) == _FOOTER_WIDTH:
            texts = ["\n".join(line.text for line in cell) for cell in cells]
            self.two_columns = any(_opens_two_columns(text) for text in texts)
            self.header = any(has_motto(text) for text in texts)
        longest, self.longest = self.longest, max(self.longest, len(cells[-1]))
        if following == 0:
            return False
        if self.two_columns:
            return self._closes_two_columns(cells, following_text)
        return self.widest > 1 and self.row_cells == self.widest and following > longest

    def _closes_two_columns(self, cells: list[list[RawLine]], following_text: str) -> bool:
        """A header or closing ends with its row of two cells; a header whose place and date
        stand in a cell of their own after the row (a page that closes each cell with its bar,
        the issuer's cell before the first: `Số: 12/KH-UBND`, `|`, `Hà Giang, ngày ...`, `|`)
        ends with that cell, the header's last: the body follows it. (A closing's next run
        may cite a date too: an appendix's `Kèm theo Kế hoạch số ... ngày ...`.)"""
        if self.header and has_place_date("\n".join(line.text for line in cells[-1])):
            return True
        ended_row = self.row_cells == _FOOTER_WIDTH
        return ended_row and not (self.header and has_place_date(following_text))


def _following_run(lines: list[RawLine], start: int) -> int:
    """`_run_lines` from `start`, counted past any cell's length when a whole bold line opens
    it and more lines follow (a heading such as `**III. TỔ CHỨC THỰC HIỆN**` and its text; a
    bold cell of a header row wider than the first is a line alone)."""
    count = _run_lines(lines, start)
    if count > 1 and _is_whole_bold(lines[start].text.strip()):
        return _MAX_CELL_LINES + 1
    return count


def _is_whole_bold(text: str) -> bool:
    return len(text) > 4 and text.startswith("**") and text.endswith("**")


def _run_lines(lines: list[RawLine], start: int) -> int:
    """The lines from `start` up to the next bar line (counted up to a cell's most); 0 when
    the text ends there or a bar opens the next row."""
    count = 0
    for line in lines[start : start + _MAX_CELL_LINES + 1]:
        if line.text.strip() == _CELL_BAR:
            break
        count += 1
    return count


def _run_text(lines: list[RawLine], start: int) -> str:
    """The text of the `_run_lines` from `start`, a line each."""
    return "\n".join(line.text for line in lines[start : start + _run_lines(lines, start)])


def _opens_two_columns(text: str) -> bool:
    return has_motto(text) or is_recipients_label(text) or is_signature_start(text)


def _split_tables(lines: list[RawLine], rows_end_tables: bool) -> Iterator[RawLine | _Table]:
    """Body lines as they are; runs of `|`-separated cells as tables. `rows_end_tables`: the
    text has no blank line to end a table (_TableEnd)."""
    index = 0
    while index < len(lines):
        if lines[index].text.strip() != _CELL_BAR:
            yield lines[index]
            index += 1
            continue
        cells: list[list[RawLine]] = []
        gaps: list[int] = []
        gap = 0
        end = _TableEnd()
        while index < len(lines) and lines[index].text.strip() == _CELL_BAR:
            index += 1
            gap += 1
            if _spaces_between_bars(lines, index):
                index += 1  # an empty cell printed as a space (`&nbsp;`): no blank line
                continue
            cell: list[RawLine] = []
            while (
                index < len(lines)
                and lines[index].text.strip() != _CELL_BAR
                and lines[index].text.strip()
            ):
                cell.append(lines[index])
                index += 1
            ends_with_bar = index < len(lines) and lines[index].text.strip() == _CELL_BAR
            if len(cell) > _MAX_CELL_LINES or not ends_with_bar:
                # the table ended at the bar before this run: the run is body text
                yield _Table(cells, gaps)
                yield from cell
                cells = []
                break
            if cell:
                cells.append(cell)
                gaps.append(gap if len(cells) > 1 else 0)
                gap = 0
                if rows_end_tables and end.ends_after(
                    cells,
                    gaps[-1],
                    _following_run(lines, index + 1),
                    _run_text(lines, index + 1),
                ):
                    index += 1  # the row's closing bar, and the table's
                    break
        if cells:
            yield _Table(cells, gaps)


def _spaces_between_bars(lines: list[RawLine], index: int) -> bool:
    """A line of spaces only (a non-breaking one, as a page prints an empty cell) between two
    bars: an empty cell, which does not end the table as a blank line does."""
    return (
        index + 1 < len(lines)
        and lines[index].text != ""
        and not lines[index].text.strip()
        and lines[index + 1].text.strip() == _CELL_BAR
    )


def _table_lines(table: _Table) -> list[RawLine]:
    stripped = [[_strip_markup(line) for line in cell] for cell in table.cells]
    texts = ["\n".join(line.text for line in cell) for cell in stripped]
    whole = "\n".join(texts)
    is_header = has_motto(whole)
    is_footer = not is_header and any(
        is_recipients_label(text) or is_signature_start(text) for text in texts
    )
    columns = _footer_columns(table.gaps) if is_footer else None
    out: list[RawLine] = []
    for index, (cell, lines, text, gap) in enumerate(
        zip(table.cells, stripped, texts, table.gaps, strict=True)
    ):
        block = Block.BODY
        if is_header:
            block = _header_block(text)
        elif columns is not None:
            block = Block.FOOTER_RIGHT if columns[index] else Block.FOOTER_LEFT
        elif is_footer:
            block = Block.FOOTER_LEFT if is_recipients_label(text) else Block.FOOTER_RIGHT
        if block is Block.BODY:
            out.append(_cell_line(cell[0], lines, gap))
        else:
            out.extend(line.changed(block=block) for line in lines)
    return out


def _footer_columns(gaps: list[int]) -> list[int] | None:
    """The column (0 left, 1 right) of each cell of a closing printed one row a line (`Nơi
    nhận: | TM. ỦY BAN NHÂN DÂN |`, `- Lưu: VT. | PHÓ CHỦ TỊCH |`), counted from the bars
    between the cells: one between the two cells of a row, two at a row's end, one more for an
    empty cell. None for a closing of one row (its cells are its two columns whatever the bars
    say) or bars that do not count out into rows of two."""
    if len(gaps) <= _FOOTER_WIDTH:
        return None
    positions = list(accumulate(gaps))
    columns = [position % (_FOOTER_WIDTH + 1) for position in positions]
    if any(column >= _FOOTER_WIDTH for column in columns):
        return None
    return columns


def _header_block(text: str) -> Block:
    if has_motto(text) or has_place_date(text):
        return Block.HEADER_RIGHT
    first = text.strip().split("\n", 1)[0]
    if is_number_line(first) or (first.isupper() and len(first) > 3):
        return Block.HEADER_LEFT
    return Block.BODY


def _cell_line(first: RawLine, stripped: list[RawLine], gap: int) -> RawLine:
    """A table cell as one line: its lines (`stripped` of their markup) joined, cited by its
    first line as read; `gap` its cell gap (RawLine.cell_gap)."""
    text = " ".join(line.text.strip() for line in stripped).strip()
    return RawLine(
        text,
        first.source_line,
        first.page,
        _TABLE_ROW,
        first.heading_level,
        (text,),
        first.block,
        gap,
    )


def _strip_markup(line: RawLine) -> RawLine:
    text = line.text
    if "#" not in text and "*" not in text and "_" not in text:  # no mark `_HEADING` or
        # `_EMPHASIS` reads (most lines): only a typed rule or a lone mark is emptied
        if is_typed_rule(text) or text.strip() in ("X", _CELL_BAR):
            return line.changed(text="")
        return line
    hints = set(line.hints)
    level: int | None = line.heading_level
    match = _HEADING.match(text)
    if match:
        level = len(match.group(1))
        hints.add(Hint.HEADING)
        text = match.group(2)
    stripped = text.strip()
    if stripped.startswith("**") and stripped.rstrip(":").endswith("**") and len(stripped) > 4:
        hints.add(Hint.BOLD)
    elif _whole_italic(stripped, stripped):
        hints.add(Hint.ITALIC)
    rule = is_typed_rule(text)  # `______` under a title: before its marks read as emphasis
    marker = _LIST_STAR.match(text)
    bullet = marker.group() if marker else ""
    text = bullet + _EMPHASIS.sub("", text[len(bullet) :])
    if rule or is_typed_rule(text) or text.strip() in ("X", _CELL_BAR):
        text = ""
    if text == line.text and level == line.heading_level and len(hints) == len(line.hints):
        return line  # no mark on it: the line as it is (a copy costs a fifth of the parse)
    return line.changed(text=text, hints=frozenset(hints), heading_level=level)
