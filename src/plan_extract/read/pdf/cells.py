"""A page's lines, its ruled tables' rows among them: one row a line, its cells' text read from
the page's words (a text layer's or OCR's), the words outside the tables in lines of their own."""

from __future__ import annotations

import itertools
from operator import attrgetter
from typing import Any

from plan_extract.core.body_kinds import opens_next_body
from plan_extract.core.cut_lines import ends_cut
from plan_extract.read.layout_cues import opens_item
from plan_extract.read.pdf.page_layout import (
    Line,
    Word,
    any_ocr,
    build_lines,
    join_lines,
    table_line,
)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Table = tuple[
    Box, list[list[Box | None]]
]  # its bbox, its rows' cells (None: a merged cell goes on)


def laid_out(words: list[Word], tables: list[Table], number: int) -> list[Line]:
    """The lines of page `number`: its words outside `tables` in lines, each table row with a
    cell not empty as one line, all from the top down."""
    if not tables:
        return build_lines(words, number)
    centres = _Centres(words)
    lines = build_lines(centres.outside([box for box, _ in tables]), number)
    read_by_ocr = any_ocr(words)
    for (x0, top, x1, bottom), cells in tables:
        held = iter(centres.within_each([cell for row in cells for cell in row]))
        rows = [[_cell_text(next(held), cell, number) for cell in row] for row in cells]
        step = (bottom - top) / len(rows)
        for row_index, row in enumerate(rows):
            row_top = top + row_index * step
            if any(row):
                lines.append(table_line(row, row_top, row_top + step, x0, x1, number, read_by_ocr))
    lines.sort(key=lambda line: line.top)
    return lines


def any_in_tables(words: list[Word], tables: list[Table]) -> bool:
    """Whether a word of `words` lies in one of `tables` (its centre inside the table's box)."""
    return bool(tables) and len(_Centres(words).outside([box for box, _ in tables])) < len(words)


def _cell_text(words: list[Word], cell: Box | None, page: int) -> str:
    """A cell's lines joined (`words`: the words it holds), a line going on with the one
    above, as a wrap, unless that line ended a paragraph of the cell (`_ends_paragraph`): then
    the two are parted by `;`, as the Word reader parts a cell's paragraphs. A cell of one word
    (a row's number, a figure) is that word's line, without laying it out."""
    if cell is None or not words:
        return ""
    if len(words) == 1:
        return join_lines([words[0].text])
    lines = build_lines(words, page)
    texts: list[str] = []
    paragraph: list[str] = []  # the lines of the paragraph the next line may go on with
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is not None and _ends_paragraph(previous, line, cell, join_lines(paragraph)):
            texts[-1] += "" if texts[-1][-1:] in _CELL_BREAKS else ";"
            paragraph = []
        texts.append(line.text)
        paragraph.append(line.text)
    return join_lines(texts)


_CELL_BREAKS = ".;,:"


def _ends_paragraph(previous: Line, line: Line, cell: Box, paragraph: str) -> bool:
    """Whether the line above `line` ended a paragraph of the cell (`paragraph`, its text so
    far): not where it was cut before its end (core.cut_lines `ends_cut`: `Văn phòng HĐND và` /
    `UBND huyện`) and the line opens no item (`- Sở Y tế`), as the Word and Markdown readers'
    cells ask (read.text.gfm.cell_text); where
    it stops short of the cell's right edge by more than the next line's first word needs
    (`Sở Khoa học và Công nghệ` / `Sở Công Thương`), or the paragraph is a whole body's name
    and the line opens another's, which a wrap to the column's edge prints alike
    (core.body_kinds `opens_next_body`: `Các phòng, ban, ngành` / `UBND các xã, thị trấn`)."""
    if ends_cut(paragraph) and not opens_item(line.text):
        return False
    return _stops_short(previous, line, cell) or opens_next_body(paragraph, line.text)


def _stops_short(previous: Line, line: Line, cell: Box) -> bool:
    """Whether the line above `line` stops short of the cell's right edge by more than the
    next line's first word, opening with a capital, needs: it ended there."""
    first = line.segments[0].words[0]
    space = (first.bottom - first.top) / 2  # a space is about half the type's height
    room = cell[2] - previous.x1
    return room > (first.x1 - first.x0) + 2 * space and first.text[:1].isupper()


_SIDES = attrgetter("x0", "x1", "top", "bottom")


class _Centres:
    """The words' centres as numpy columns: the words whose centre a box holds (edges
    included) are found for all words at once, a table's cells asking of all the page's
    together."""

    def __init__(self, words: list[Word]) -> None:
        import numpy

        self.words = words
        row = numpy.dtype((numpy.float64, 4))  # a word's sides, read in C's loop
        sides: Any = numpy.fromiter(map(_SIDES, words), dtype=row, count=len(words))
        self.x = (sides[:, 0] + sides[:, 1]) / 2
        self.y = (sides[:, 2] + sides[:, 3]) / 2

    def _holds(self, box: Box) -> Any:
        x0, top, x1, bottom = box
        x, y = self.x, self.y
        return (x0 <= x) & (x <= x1) & (top <= y) & (y <= bottom)

    def within_each(self, boxes: list[Box | None]) -> list[list[Word]]:
        """The words inside each of `boxes` (none for None), in the page's order: all boxes
        asked of all words at once, a row of answers a box."""
        import numpy

        kept = [box for box in boxes if box is not None]
        sides = numpy.array(kept, dtype=numpy.float64).reshape(len(kept), 4)[:, :, None]
        x0s, tops, x1s, bottoms = sides[:, 0], sides[:, 1], sides[:, 2], sides[:, 3]
        x, y = self.x[None, :], self.y[None, :]
        rows, columns = numpy.nonzero((x0s <= x) & (x <= x1s) & (tops <= y) & (y <= bottoms))
        ends = numpy.searchsorted(rows, numpy.arange(len(kept)), side="right").tolist()
        words, at = self.words, columns.tolist()
        starts = [0, *ends[:-1]]
        held = iter([[words[i] for i in at[s:e]] for s, e in zip(starts, ends, strict=True)])
        return [[] if box is None else next(held) for box in boxes]

    def outside(self, boxes: list[Box]) -> list[Word]:
        """The words inside none of `boxes`, in the page's order."""
        import numpy

        held = numpy.zeros(len(self.words), dtype=bool)
        for box in boxes:
            held |= self._holds(box)
        return list(itertools.compress(self.words, (~held).tolist()))
