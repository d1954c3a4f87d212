"""The dev and seed plans with body tables, their tables printed again as a pipe table, a pandoc
grid table and tab-separated rows (converted here, from the tables the structure stage reads
in the plan): each form gives the same header, sections, targets, units and deadlines
(plan_extract.evaluate.variants.outline) as the pipe form."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from plan_extract.evaluate.gold import load_gold, source_path
from plan_extract.evaluate.report import gold_paths
from plan_extract.evaluate.variants import differing, outline
from plan_extract.normalize import normalize
from plan_extract.pipeline import parse_bytes
from plan_extract.read.text import read_text_bytes
from plan_extract.structure.tables import read_tables

ROOT = Path(__file__).resolve().parents[2]
GOLD = [ROOT / "corpus" / "gold" / "seeds", ROOT / "corpus" / "gold" / "dev"]
_CELL_WIDTH = 24  # a grid column's width: long cells wrap over several lines
_MIN_PLANS = 5  # the dev plans with body tables (fewer: the conversion found too few)

Grid = list[list[str]]  # a table's rows, its header first, each cell's text


def _tables(text: str) -> list[tuple[int, int, Grid]]:
    """Each body table of a Markdown text: its first and last line in the text (0-based, the
    bars around it included) and its rows, the header's first."""
    lines = normalize(read_text_bytes(text.encode(), "md")).lines
    sources = {line.number: line.source_lines for line in lines}
    typed = text.split("\n")
    found: list[tuple[int, int, Grid]] = []
    for table in read_tables(lines):
        first, last = min(sources[table.lines[0]]) - 1, max(sources[table.lines[1]]) - 1
        while first > 0 and typed[first - 1].strip() == "|":
            first -= 1
        while last + 1 < len(typed) and typed[last + 1].strip() == "|":
            last += 1
        rows = [[column.header for column in table.columns]]
        rows += [[cell.text if cell else "" for cell in row.cells] for row in table.rows]
        found.append((first, last, rows))
    return found


def pipe(rows: Grid) -> list[str]:
    cells = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    lines = [f"| {' | '.join(row)} |" for row in cells]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def grid(rows: Grid) -> list[str]:
    wrapped = [[textwrap.wrap(cell, _CELL_WIDTH) or [""] for cell in row] for row in rows]
    widths = [max(len(line) for row in wrapped for line in row[at]) for at in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (width + 2) for width in widths) + "+"
    out = [rule]
    for number, row in enumerate(wrapped):
        for at in range(max(len(cell) for cell in row)):
            texts = [
                (cell[at] if at < len(cell) else "").ljust(width)
                for cell, width in zip(row, widths, strict=True)
            ]
            out.append("| " + " | ".join(texts) + " |")
        out.append(rule.replace("-", "=") if number == 0 else rule)
    return out


def tabs(rows: Grid) -> list[str]:
    return ["\t".join(row) for row in rows]


def _printed(
    text: str, tables: list[tuple[int, int, Grid]], printer: Callable[[Grid], list[str]]
) -> str:
    lines = text.split("\n")
    for first, last, rows in reversed(tables):
        lines[first : last + 1] = ["", *printer(rows), ""]
    return "\n".join(lines)


def test_a_plans_tables_as_pipe_grid_or_tab_rows_read_alike() -> None:
    converted: list[str] = []
    differences: list[tuple[str, str, tuple[str, ...]]] = []
    for gold_file in gold_paths(GOLD):
        source = source_path(gold_file, load_gold(gold_file))
        if source.suffix != ".md":
            continue
        text = source.read_text(encoding="utf-8").replace("\r\n", "\n")
        tables = _tables(text)
        if not tables:
            continue
        converted.append(source.name)
        base = outline(parse_bytes(_printed(text, tables, pipe).encode(), source.name))
        for printer in (grid, tabs):
            other = outline(parse_bytes(_printed(text, tables, printer).encode(), source.name))
            fields = differing(base, other)
            if fields:
                differences.append((source.name, printer.__name__, fields))
    assert len(converted) >= _MIN_PLANS, converted
    assert differences == []
