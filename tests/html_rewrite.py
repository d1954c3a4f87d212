"""A Markdown plan's tables rewritten as HTML tables, as a converter that keeps a page's tables
prints them: the `|` tables of the converted pages and pipe tables alike, their cells put in
rows and columns (and merged) as corpus/render.py puts them in a Word table."""

from __future__ import annotations

import importlib.util
import sys
from html import escape
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _render() -> ModuleType:
    if "render" in sys.modules:
        return sys.modules["render"]
    spec = importlib.util.spec_from_file_location("render", ROOT / "corpus" / "render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["render"] = module
    spec.loader.exec_module(module)
    return module


def _inline(text: str, render: ModuleType, *, breaks: bool) -> str:
    """A cell's text with its emphasis as tags; its lines as `<br>` (a layout table's, which
    prints one part a line) or as paragraphs (a data table's, as the Word rendering)."""
    if breaks:
        lines = [styled for styled, _ in render.styled_lines(text) if styled.text.strip()]
    else:
        lines = render.cell_paragraphs(text)
    out = []
    for styled in lines:
        html = ""
        for part, bold, italic in styled.runs:
            part = escape(part, quote=False)
            part = f"<em>{part}</em>" if italic and part.strip() else part
            html += f"<strong>{part}</strong>" if bold and part.strip() else part
        out.append(html.strip())
    if breaks:
        return "<br>".join(out)
    return "".join(f"<p>{line}</p>" for line in out)


def html_table(rows: list[list[str]], spans: list[tuple[int, int, int]], header: int) -> str:
    render = _render()
    layout = len(rows[0]) == 2 and len(rows) <= render.MAX_LAYOUT_ROWS
    spanned = {(row, first): last - first + 1 for row, first, last in spans}
    covered = {(row, column) for row, first, last in spans for column in range(first + 1, last + 1)}
    tall: dict[tuple[int, int], int] = {}
    if header > 1:  # a header cell with nothing below spans the header's rows
        for column, text in enumerate(rows[0]):
            if text and not any(rows[below][column] for below in range(1, header)):
                tall[(0, column)] = header
                covered.update((below, column) for below in range(1, header))
    out = ['<table border="1">']
    for index, row in enumerate(rows):
        cells = []
        for column, text in enumerate(row):
            if (index, column) in covered:
                continue
            tag = "th" if index < header and not layout else "td"
            attributes = ""
            if spanned.get((index, column), 1) > 1:
                attributes += f' colspan="{spanned[(index, column)]}"'
            if tall.get((index, column), 1) > 1:
                attributes += f' rowspan="{tall[(index, column)]}"'
            cells.append(f"<{tag}{attributes}>{_inline(text, render, breaks=layout)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join([*out, "</table>"])


class RaggedTableError(ValueError):
    """corpus/render.py put a table's cells in rows of unequal width: it cannot be printed as
    the table the Markdown reader reads (nor rendered as Word)."""


def with_html_tables(markdown: str) -> tuple[str, int]:
    """`markdown` with each of its tables of two columns or more printed as an HTML table;
    the count of tables rewritten. RaggedTableError when one cannot be laid out."""
    render = _render()
    out: list[str] = []
    count = 0
    for block in render.blocks(markdown):
        if isinstance(block, str):
            out.append(block)
            continue
        grid = block.grid() if isinstance(block, render.Cells) else block
        if grid is None:  # one column: its cells as paragraphs, as the Word rendering
            out.extend(text for _, text in block.cells)
            continue
        if len({len(row) for row in grid.rows}) > 1:
            raise RaggedTableError(
                f"a table of rows {sorted({len(row) for row in grid.rows})} wide"
            )
        out.append(html_table(grid.rows, grid.spans, grid.header))
        count += 1
    return "\n\n".join(out) + "\n", count
