"""Stage 2, normalize: one spelling of the same text, and wrapped lines joined again."""

from __future__ import annotations

from itertools import islice

from plan_extract.core.text import respell_lines
from plan_extract.normalize.bullets import with_canonical_bullet
from plan_extract.normalize.case_joins import mend_case_joins_lines
from plan_extract.normalize.joining import (
    WRAP_HINTS,
    Paragraphs,
    continues,
    double_spaced,
    paragraph_breaks,
)
from plan_extract.normalize.merged_heading import split_merged_headings
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.normalize.spelled_numbers import drop_spelled_numbers
from plan_extract.normalize.split_syllables import mend_split_syllables_lines
from plan_extract.normalize.split_years import mend_split_years
from plan_extract.normalize.table_rows import row_continues, row_joined
from plan_extract.read.model import RawDocument, RawLine
from plan_extract.read.options import MAX_LINE_CHARS
from plan_extract.read.pdf.ocr_spaces import respace, shows_joined_words, written_apart


def normalize(raw: RawDocument) -> NormalizedDocument:
    """Clean every line, drop blank ones, join wrapped ones; number the result from 1. A line is
    never joined past `MAX_LINE_CHARS` (no plan has such a paragraph), so that joining stays
    linear in the text's length."""
    raw_lines = split_merged_headings(raw.lines)
    # a layout's paragraphs are whole: its blank paragraphs are the author's
    blank_lines = raw.blank_lines and (raw.paragraph_lines or not double_spaced(raw_lines))
    paragraphs: Paragraphs = (
        "lines"
        if raw.paragraph_lines
        else paragraph_breaks(raw_lines, raw.markdown_marks, blank_lines)
    )
    groups: list[_Paragraph] = []
    blank_between = False
    texts = [line.text for line in raw_lines]
    usage = written_apart(respell_lines(texts)) if shows_joined_words(texts) else None
    cells = _respelled_cells(raw_lines, usage)
    for raw_line, text in zip(raw_lines, _respelled(texts, usage), strict=True):
        if not text:
            blank_between = blank_lines  # a double-spaced text's blank lines part nothing
            continue
        line = _Paragraph(raw_line, text, cells.get(id(raw_line)))
        if groups and groups[-1].continued_by(line, blank_between, paragraphs):
            groups[-1].add(line)
        else:
            groups.append(line)
        blank_between = False
    lines = [
        Line(
            number=number,
            text=group.text,
            source_lines=tuple(group.sources),
            page=group.head.page,
            hints=group.hints - WRAP_HINTS,
            heading_level=group.head.heading_level,
            cells=group.cells,
            cell_gap=group.head.cell_gap,
            block=group.block,
        )
        for number, group in enumerate(groups, start=1)
    ]
    return NormalizedDocument(
        format=raw.format, lines=lines, pages=raw.pages, warnings=list(raw.warnings)
    )


def _respelled_cells(
    lines: list[RawLine], usage: frozenset[str] | None
) -> dict[int, tuple[str, ...]]:
    """Each table row's cells (by the row's id) spelled as its text is, so that a cell is
    found in its row's text (`Sở Văn hoá` in a cell, `Sở Văn hóa` in the row)."""
    rows = [line for line in lines if line.cells is not None]
    texts = iter(_respelled([cell for line in rows for cell in line.cells or ()], usage))
    return {id(line): tuple(islice(texts, len(line.cells or ()))) for line in rows}


def _respelled(texts: list[str], usage: frozenset[str] | None) -> list[str]:
    """Each text in one spelling (`respell_lines`), its figures without the brackets that
    spell them again (`06 (sáu)`), its years and syllables whole (`16/7/20 21`, `Bộ Y t ế`);
    in a text that runs words together, those words parted (`cơquan`) by the document's
    `usage` (`ocr_spaces.written_apart`; None: a text without the fault), and two words run
    together at a capital parted (`vớiBộ`, `case_joins`); a converter's list glyph opening it as
    the bullet a plan types (`o Phối hợp` → `+ Phối hợp`, `bullets`)."""
    years = [
        mend_split_years(drop_spelled_numbers(text if usage is None else respace(text, usage)))
        for text in respell_lines(texts)
    ]
    return [
        with_canonical_bullet(text)
        for text in mend_case_joins_lines(mend_split_syllables_lines(years))
    ]


class _Paragraph:
    """Lines joined into one: the first line's layout (hints, block, page ...) and respelled
    cells, the joined text, the source lines. The joiner reads it as the line before the next
    (`joining.Joinable`), so that no line is copied to carry a respelled or a joined text."""

    __slots__ = ("block", "cells", "head", "hints", "sources", "text")

    def __init__(self, head: RawLine, text: str, cells: tuple[str, ...] | None) -> None:
        self.head = head
        self.text = text  # respelled
        self.cells = cells
        self.hints = head.hints
        self.block = head.block
        self.sources = [head.source_line]

    def continued_by(self, line: _Paragraph, blank_between: bool, paragraphs: Paragraphs) -> bool:
        if len(self.text) + 1 + len(line.text) > MAX_LINE_CHARS:
            return False
        if self.cells is not None and line.cells is not None:
            return not blank_between and row_continues(self.cells, line.cells)
        return continues(self, line, blank_between, paragraphs)

    def add(self, line: _Paragraph) -> None:
        """`line` joined on: a table row's cells each to the cell above (`row_joined`), the row's
        text their cells as a row's are (` | `), else the texts."""
        if self.cells is not None and line.cells is not None:
            self.cells = row_joined(self.cells, line.cells)
            self.text = " | ".join(self.cells)
        else:
            self.text = f"{self.text} {line.text}"
        self.sources.append(line.head.source_line)
