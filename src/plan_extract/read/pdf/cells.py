"""A page's lines, its ruled tables' rows among them: one row a line, its cells' text read from
the page's words (a text layer's or OCR's), the words outside the tables in lines of their own."""

from __future__ import annotations

from dataclasses import replace

from plan_extract.read.pdf.page_layout import Line, Word, build_lines, join_lines, table_line

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Table = tuple[
    Box, list[list[Box | None]]
]  # its bbox, its rows' cells (None: a merged cell goes on)


def laid_out(words: list[Word], tables: list[Table], number: int) -> list[Line]:
    """The lines of page `number`: its words outside `tables` in lines, each table row with a
    cell not empty as one line, all from the top down."""
    kept = (
        [word for word in words if not any(_inside(word, box) for box, _ in tables)]
        if tables
        else words
    )
    read_by_ocr = any(word.ocr for word in words)
    lines = build_lines(kept, number)
    for (x0, top, x1, bottom), cells in tables:
        rows = [[_cell_text(words, cell, number) for cell in row] for row in cells]
        step = (bottom - top) / len(rows)
        for row_index, row in enumerate(rows):
            row_top = top + row_index * step
            if any(row):
                line = table_line(row, row_top, row_top + step, x0, x1, number)
                if read_by_ocr:  # its cells may hold misread letters, as OCR's lines do
                    line.segments[0].words[0] = replace(line.segments[0].words[0], ocr=True)
                lines.append(line)
    lines.sort(key=lambda line: line.top)
    return lines


def _cell_text(words: list[Word], cell: Box | None, page: int) -> str:
    """A cell's lines joined; where a line stops short of the cell's right edge by more than
    the next line's first word needs, that line ended a paragraph of the cell (`Sở Khoa học và
    Công nghệ` / `Sở Công Thương`), and the two are parted by `;`, as the Word reader parts a
    cell's paragraphs."""
    if cell is None:
        return ""
    lines = build_lines([word for word in words if _inside(word, cell)], page)
    texts: list[str] = []
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is not None and _ends_paragraph(previous, line, cell) and texts:
            texts[-1] += "" if texts[-1][-1:] in _CELL_BREAKS else ";"
        texts.append(line.text)
    return join_lines(texts)


_CELL_BREAKS = ".;,:"


def _ends_paragraph(previous: Line, line: Line, cell: Box) -> bool:
    first = line.segments[0].words[0]
    space = (first.bottom - first.top) / 2  # a space is about half the type's height
    room = cell[2] - previous.x1
    return room > (first.x1 - first.x0) + 2 * space and first.text[:1].isupper()


def _inside(word: Word, bbox: Box) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom
