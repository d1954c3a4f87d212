"""The structure stage's output: the header read, the body split into its section tree, and the
parts of the document around the body (a decision's articles, the appendices after the signature
with their tables as data).

The anatomy, in document order (corpus/ANNOTATION.md, "What the document is"):

    header (issuer, number, place and date, kind line, title, basis)
    articles          a decision's `Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...`
    closing           the decision's (or the plan's) `Nơi nhận` and signature
    body              the plan's numbered sections (`I.`, `II.`, ...), `body` below
    closing           a plan's own `Trên đây là ...`, `Nơi nhận`, signature (`closing_start`)
    appendices        `Phụ lục`, `Biểu`, `Danh mục nhiệm vụ`: each with its tables

A table, in the body or an appendix, is given as data: its columns typed by their header words
(data/structure/table_columns.yaml), its rows as cells aligned to the columns, each cell with the
line that prints it. A Word or PDF table row (or a Markdown pipe table's) is one `TABLE_ROW` line
whose cells share its line number; a Markdown table of the converted plans prints one line per
cell, so the cells of one row carry different line numbers.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter

from plan_extract.core.contract import DocumentMeta, Section, SectionKind, Warning
from plan_extract.read.column_words import ColumnKind as ColumnKind

# the columns whose cells the table readers turn into items: units and deadlines (a task
# table's), targets (an indicator table's; a result column gives none, and no sentence rule
# reads its figures either)
TASK_COLUMNS: frozenset[ColumnKind] = frozenset({"lead", "cooperating", "deadline"})
VALUE_COLUMNS: frozenset[ColumnKind] = frozenset({"planned", "result"})


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell as printed (its lines joined by a space), and the line that prints it."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table: its header words (a header over two rows joined, the upper first:
    `GIAI ĐOẠN 2026 - 2030 Năm 2027`), the kind they name, and the year a planned or result
    column is for (`Kế hoạch năm 2026` → 2026; None when the header names none)."""

    header: str
    kind: ColumnKind
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """A row of a table: one entry per column of its table, None where the row prints nothing in
    that column (an empty cell, or a cell merged from the row above: a merged cell is read once,
    in the row that prints it). `heading` marks a row that only names a group of the rows below
    it (`I | Hoàn thiện thể chế`, `A | PHÁT TRIỂN NỀN MÓNG ...`). `unplaced` marks a row whose
    cells between its task and its last the reader could not place (read.model
    `Hint.UNPLACED_CELLS`): its empty cells are no cells merged from the row above."""

    cells: tuple[Cell | None, ...]
    heading: bool = False
    unplaced: bool = False

    @property
    def line(self) -> int:
        """The first line the row prints on."""
        return min(cell.line for cell in self.cells if cell is not None)

    @property
    def lines(self) -> tuple[int, int]:
        lines = [cell.line for cell in self.cells if cell is not None]
        return min(lines), max(lines)


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]  # the body rows, header rows left out
    lines: tuple[int, int]  # first and last line of the table, header included

    def column(self, kind: ColumnKind) -> int | None:
        """The index of the first column of this kind, if the table has one."""
        return next((i for i, column in enumerate(self.columns) if column.kind == kind), None)

    def cells(self, row: Row, kind: ColumnKind) -> list[tuple[Column, Cell]]:
        """The cells of `row` in the columns of this kind (a table may have several planned
        columns, one per year), with their column."""
        return [
            (column, cell)
            for column, cell in zip(self.columns, row.cells, strict=True)
            if column.kind == kind and cell is not None
        ]


@dataclass(frozen=True, slots=True)
class Appendix:
    """An appendix after the signature: its label line (`PHỤ LỤC I`, `Biểu số 01`), its title
    (the lines under the label, before the `(Kèm theo ...)` note and the first table), its lines
    and its tables."""

    label: str
    title: str | None
    lines: tuple[int, int]
    tables: tuple[Table, ...] = ()


@dataclass(slots=True)
class Structure:
    document: DocumentMeta
    sections: list[Section]
    body: tuple[int, int] | None = None  # first and last line of the numbered body
    closing_start: int | None = None  # first line of `Trên đây là ...` / Nơi nhận / signature
    warnings: list[Warning] = field(default_factory=list)
    # a decision that issues a plan: the lines of its articles (`Điều 1. ...` to the last article)
    articles: tuple[int, int] | None = None
    appendices: list[Appendix] = field(default_factory=list)
    # the tables printed in the numbered body (a task table under `IV. TỔ CHỨC THỰC HIỆN`)
    tables: list[Table] = field(default_factory=list)
    # the kind a nested section's heading names by its leading words (`2. Mục tiêu` under
    # `I. MỤC ĐÍCH, YÊU CẦU`; `1. Kết quả thực hiện năm 2025`), by section id; top-level
    # sections carry theirs in `Section.kind`
    nested_kinds: dict[str, SectionKind] = field(default_factory=dict)
    # the ids of the sections that group the plan's sections above the Roman level (`PHẦN I`,
    # `A.` over `I.`, `II.`): top-level sections, but not the plan's parts of a kind
    part_ids: frozenset[str] = frozenset()

    def main_kind_at(self, line: int) -> SectionKind | None:
        """The kind of the plan's section holding `line`: its top-level section's, or under a
        part (`PHẦN II. NHIỆM VỤ NĂM 2026` over `I. MỤC TIÊU`, `II. TỔ CHỨC THỰC HIỆN`) that
        of the section below the part, which keeps the part's when its heading names none;
        None outside the sections."""
        kind = None
        for section in self.sections_at(line):
            kind = self.nested_kinds.get(section.id) or (section.kind if kind is None else kind)
            if section.id not in self.part_ids:
                break
        return kind

    def all_tables(self) -> list[tuple[str, Table]]:
        """Every table of the document, in order, with what it is about: a body table's
        section title (the deepest section holding it), an appendix table's title or label."""
        body = [(self._section_title(table.lines[0]), table) for table in self.tables]
        return body + [
            (appendix.title or appendix.label, table)
            for appendix in self.appendices
            for table in appendix.tables
        ]

    def _section_title(self, line: int) -> str:
        section = self.section_at(line)
        return section.title if section is not None else ""

    def table_lines(self, kinds: frozenset[ColumnKind]) -> set[int]:
        """The lines of the body's tables that have a column of `kinds` (`TASK_COLUMNS`: task
        tables; `VALUE_COLUMNS`: indicator tables): the rules that read sentences leave what
        those columns say to the table readers."""
        return {
            number
            for table in self.tables
            if {column.kind for column in table.columns} & kinds
            for number in range(table.lines[0], table.lines[1] + 1)
        }

    def kind_at(self, line: int) -> SectionKind | None:
        """The kind of what `line` says: that of the deepest section holding it whose heading
        names a kind (a nested `2. Mục tiêu` under a purpose section is objectives), else None
        outside the sections."""
        kind = None
        for section in self.sections_at(line):
            kind = self.nested_kinds.get(section.id) or (section.kind if kind is None else kind)
        return kind

    def sections_at(self, line: int) -> list[Section]:
        """The sections whose line range holds `line`, outermost first (siblings are in line
        order: each level is searched by bisection, so a plan of thousands of sections costs no
        more)."""
        chain: list[Section] = []
        nodes = self.sections
        while nodes:
            index = bisect_right(nodes, (line, sys.maxsize), key=_LINES) - 1
            if index < 0 or line > nodes[index].lines[1]:
                break
            chain.append(nodes[index])
            nodes = nodes[index].children
        return chain

    def section_at(self, line: int) -> Section | None:
        """The deepest section whose line range holds `line`."""
        chain = self.sections_at(line)
        return chain[-1] if chain else None


# a section's (first, last) line: sections whose first line is at most `n` are those whose
# lines sort at most (n, sys.maxsize); a key read in C (a Python key cost a call per probe)
_LINES = attrgetter("lines")


def walk(sections: list[Section]) -> Iterator[Section]:
    """The sections of a tree, each before its children."""
    for section in sections:
        yield section
        yield from walk(section.children)
