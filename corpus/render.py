"""Renderings of real Markdown plans as Word, PDF and scanned PDF files (corpus/SOURCES-real.md).

Run from the repository root with the project's Python and LibreOffice installed:

    .venv/bin/python corpus/render.py corpus/plans/real/kh-ubnd-157-3a2db039af8c2d05.md docx
    .venv/bin/python corpus/render.py corpus/plans/real/kh-ubnd-157-3a2db039af8c2d05.md pdf
    .venv/bin/python corpus/render.py corpus/plans/real/kh-ubnd-172-2f6f80b9918e52de.md scan
    .venv/bin/python corpus/render.py --gold corpus/gold/dev   # renderings' gold = source's

The Word file is set as an official document is (Nghị định 30/2020/NĐ-CP): Times New Roman 14;
the two-column header (issuer | motto, number | place and date) and the closing (Nơi nhận |
signature) as borderless two-column tables; the kind (`KẾ HOẠCH`, `QUYẾT ĐỊNH`), the title under
it, an appendix's label and title and their notes in brackets centred; page numbers centred at
the top of every page but the first. Each paragraph of the Markdown page (its wrapped lines
joined) becomes a Word paragraph, `**`/`*` bold/italic runs (also when a span crosses a line).
The converted pages print a table as one cell per run of lines, each opened by a line that is
just `|`, a row's end as one more `|`: the cells go back into a ruled Word table by counting the
bars (a row of n cells takes n + 1 of them); a table whose count does not come out even is
printed one paragraph per cell. A GitHub pipe table (people's Markdown files) is a ruled table
too, a cell's `<br>` breaks its paragraphs. LibreOffice turns the .docx into .pdf; `scan`
renders the PDF's pages at 150 dpi, tilts and specks them with a fixed seed, and writes them
back as an image-only PDF; its options set other conditions (`ScanConditions`: resolution, tilt,
specks, blur, a grey page, a JPEG round trip, a 1-bit page, the seed). The output sits beside
the source, named `<stem>.rendered.docx`, `.rendered.pdf`, `.scan.pdf`; `--gold` rewrites
each rendering's gold file as its source's, with its own source.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from files_helpers import soffice_convert
from plan_extract.read.text.gfm import pipe_table

BAR = "|"
# `***`, `**`, `*`; `__` is bold too where it opens or closes a span (not inside a word, nor a
# typed rule `______`): CommonMark's other bold delimiter, which converters also print
MARK = re.compile(r"(\*\*\*|\*\*|\*|(?<![\w_])__(?=[^\s_])|(?<=[^\s_])__(?![\w_]))")
BOLD_MARKS = ("**", "__")
NUMBERED = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s")
BULLET = re.compile(r"^[-+•]\s")
STAR_BULLET = re.compile(r"^\s*\*\s+(?=[^\s*])")
HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")
SENTENCE_END = (".", ";", ":")
MAX_LAYOUT_ROWS = 3
TABLE_POINTS = (12, 9)  # a table's type size; a wide table's
WIDE_TABLE = 8  # columns
UNWRAPPED_LINE = 120  # characters: longer than a hard wrap
TEXT_WIDTH_CM = (16.0, 24.7)  # A4 less the margins, upright and landscape


def _longest_word(text: str) -> str:
    return max(MARK.sub("", text).split() or [""], key=len)


# issuer | motto over number | date: a layout table is short

Run = tuple[str, bool, bool]  # text, bold, italic


@dataclass
class Styled:
    """A paragraph's runs; `open_span` says an emphasis span ran on past its last line."""

    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(text for text, _, _ in self.runs)


def styled_lines(text: str) -> list[tuple[Styled, bool]]:
    """Each line of `text` as runs, the emphasis of `**`/`__`/`*` carried across line ends; with
    each, whether it ends inside a span (a hard wrap within `**...**`)."""
    bold = italic = False
    out: list[tuple[Styled, bool]] = []
    for line in text.split("\n"):
        styled = Styled()
        bullet = STAR_BULLET.match(line)  # `* item`: a list's bullet, not an emphasis mark
        if bullet:
            styled.runs.append((bullet.group(0), bold, italic))
        for part in MARK.split(line[bullet.end() if bullet else 0 :]):
            if part in ("***", *BOLD_MARKS, "*"):
                bold = not bold if part != "*" else bold
                italic = not italic if part not in BOLD_MARKS else italic
            elif part:
                styled.runs.append((part, bold, italic))
        out.append((styled, bold or italic))
    return out


def joined(lines: list[tuple[Styled, bool]], keep_break: bool) -> list[Styled]:
    """Lines into paragraphs: a hard-wrapped line joins the one before; with `keep_break`, a
    line opens a paragraph of its own unless the one before ended inside a span or it goes on
    in lower case (`Cần Thơ, ngày 18` / `tháng 11 năm 2025`)."""
    out: list[Styled] = []
    open_before = False
    for styled, open_after in lines:
        text = styled.text.strip()
        if not text:
            open_before = open_after
            continue
        starts = keep_break and not open_before and not text[0].islower()
        if not out or starts:
            out.append(Styled())
        else:
            out[-1].runs.append((" ", False, False))
        out[-1].runs.extend(styled.runs)
        open_before = open_after
    return out


def cell_paragraphs(text: str) -> list[Styled]:
    """A data table's cell: a line opens a paragraph when it is a bullet or the line before
    ended a sentence; other lines are the converter's hard wraps."""
    out: list[Styled] = []
    for styled, _ in styled_lines(text):
        line = styled.text.strip()
        if not line:
            continue
        if not out or BULLET.match(line) or out[-1].text.rstrip().endswith(SENTENCE_END):
            out.append(Styled())
        else:
            out[-1].runs.append((" ", False, False))
        out[-1].runs.extend(styled.runs)
    return out


def fill(paragraph: Paragraph, styled: Styled) -> None:
    merged: list[Run] = []
    for text, bold, italic in styled.runs:
        if merged and merged[-1][1:] == (bold, italic):
            merged[-1] = (merged[-1][0] + text, bold, italic)
        else:
            merged.append((text, bold, italic))
    for index, (text, bold, italic) in enumerate(merged):
        text = re.sub(r"\s+", " ", text)
        text = text.lstrip() if index == 0 else text
        text = text.rstrip() if index == len(merged) - 1 else text
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None


def is_display(text: str) -> bool:
    """A line set centred: all capitals, not a numbered heading (`KẾ HOẠCH`, its title,
    `QUYẾT ĐỊNH:`, `PHỤ LỤC`, an authority line)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters) and not NUMBERED.match(text)


# --- the Markdown page as paragraphs and tables ---------------------------------------------------


ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5}|[a-zđ]|[-+])$")


def _item(text: str) -> bool:
    """A cell that numbers its row (`1`, `1.2`, `II`, `a`, `-`): it opens a row."""
    return bool(ITEM.match(MARK.sub("", text).strip()))


@dataclass
class Cells:
    """A `|` table: each cell's text with the count of bars printed before it."""

    cells: list[tuple[int, str]] = field(default_factory=list)

    def fragments(self) -> list[tuple[int, list[str]]]:
        """Runs of cells side by side (one bar apart), each with the bars before its first."""
        out: list[tuple[int, list[str]]] = []
        previous = 0
        for bars, text in self.cells:
            if not out or bars - previous > 1:
                out.append((bars - previous, []))
            out[-1][1].append(text)
            previous = bars
        return out

    def grid(self) -> Grid | None:
        """The cells in rows and columns. The width is the widest run of cells; a gap of more
        than one bar is empty cells within a row, or a row's end when the next cell numbers a
        row or the row has no room left. A header row narrower than the table has cells that
        span the row below, which prints only the columns under them, the last ones: the upper
        row's first cells head one column each (over both rows), its others share the columns
        below evenly. None for a table of one column."""
        fragments = self.fragments()
        width = max((len(texts) for _, texts in fragments), default=0)
        if width < 2:
            return None
        grid = Grid(rows=[], narrow=len(fragments[0][1]) < width)
        position = 0
        for gap, texts in fragments:
            if grid.rows and position + gap + len(texts) <= width and not _item(texts[0]):
                position += gap  # empty cells within the row
                grid.rows[-1][position : position + len(texts)] = texts
                position += len(texts) - 1
                continue
            lower_header = not _item(texts[0])  # a numbered row (`I`, `1.1`) is a body row
            if (
                len(grid.rows) == grid.header == 1
                and len(texts) < width
                and grid.narrow
                and lower_header
            ):
                grid.spread(texts)
                position = width - 1
                continue
            trailing = width - 1 - position if grid.rows else 0
            position = max(gap - 2 - trailing, 0) if grid.rows else 0
            if position + len(texts) > width:
                position = 0
            grid.rows.append([""] * width)
            grid.rows[-1][position : position + len(texts)] = texts
            position += len(texts) - 1
        return grid


@dataclass
class Grid:
    """A table's rows, full width; the rows its header takes; the cells that span columns
    (row, first column, last column)."""

    rows: list[list[str]]
    header: int = 1
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    narrow: bool = False  # the first row printed fewer cells than the table is wide

    def spread(self, lower: list[str]) -> None:
        width = len(self.rows[0])
        upper = [text for text in self.rows[0] if text]
        single = width - len(lower)
        spanning = upper[single:]
        heads = upper[:single]  # fewer than `single` when the upper row printed fewer cells
        self.rows[0] = [*heads, *[""] * (width - len(heads))]
        for index, text in enumerate(spanning):
            first = single + index * len(lower) // len(spanning)
            last = single + (index + 1) * len(lower) // len(spanning) - 1
            self.rows[0][first] = text
            if last > first:
                self.spans.append((0, first, last))
        self.rows.append([*[""] * single, *lower])
        self.header = 2


def _paragraphs(parts: list[str]) -> str:
    """A pipe table cell's parts (its `<br>` breaks) as lines that each open a paragraph: each
    but the last ends a sentence (`;`, as the readers join a cell's paragraphs)."""
    ended = [part if part.endswith(SENTENCE_END) else part + ";" for part in parts[:-1]]
    return "\n".join([*ended, *parts[-1:]])


def blocks(markdown: str) -> list[str | Cells | Grid]:
    """Paragraph texts and tables in order. A table starts at a `|` line; a cell is the lines up
    to the next `|`; a blank line (or a cell that no bar closes) ends the table. A GitHub pipe
    table (a header row over `|---|---|`) is a table whole."""
    lines = markdown.split("\n")
    out: list[str | Cells | Grid] = []
    paragraph: list[str] = []
    index = 0

    def flush() -> None:
        if any(line.strip() for line in paragraph):
            out.append("\n".join(paragraph))
        paragraph.clear()

    while index < len(lines):
        piped = pipe_table(lines, index)
        if piped is not None:  # a GitHub pipe table: its rows as read (read/text/gfm.py)
            flush()
            rows, used = piped
            width = max(len(row) for _, row in rows)
            out.append(
                Grid([[*map(_paragraphs, row), *[""] * (width - len(row))] for _, row in rows])
            )
            index += used
            continue
        if lines[index].strip() != BAR:
            if lines[index].strip():
                paragraph.append(lines[index])
            else:
                flush()
            index += 1
            continue
        flush()
        table = Cells()
        bars = 0
        while index < len(lines) and lines[index].strip() == BAR:
            bars += 1
            index += 1
            cell: list[str] = []
            while index < len(lines) and lines[index].strip() not in (BAR, ""):
                cell.append(lines[index])
                index += 1
            if cell and (index >= len(lines) or lines[index].strip() != BAR):
                paragraph.extend(cell)  # body text after the table
                break
            if cell:
                table.cells.append((bars, "\n".join(cell)))
        out.append(table)
    flush()
    return out


# --- Word ------------------------------------------------------------------------------------


def page_numbers(document: Document) -> None:
    """A PAGE field centred in the header, none on the first page (as decree 30/2020 sets)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field_element = OxmlElement("w:fldSimple")
    field_element.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field_element.append(run)
    paragraph._p.append(field_element)


def layout_table(document: Document, rows: list[list[str]]) -> None:
    """Issuer | motto or Nơi nhận | signature: borderless, the recipients list flush left."""
    table = document.add_table(rows=len(rows), cols=2)
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(row_index, column)
            paragraphs = joined(styled_lines(text), keep_break=True)
            listed = any(BULLET.match(p.text.strip()) for p in paragraphs)
            for number, styled in enumerate(paragraphs):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                if not listed:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                fill(paragraph, styled)


def landscape_from(document: Document, first: Paragraph | None) -> None:
    """The pages from `first` on turned landscape (a wide appendix table, as issued): the
    section before ends at the paragraph before `first`."""
    section = document.sections[-1]
    ending = first._p.getprevious() if first is not None else None
    if ending is None or ending.tag != qn("w:p"):
        return
    properties = ending.find(qn("w:pPr"))
    if properties is None:
        properties = OxmlElement("w:pPr")
        ending.insert(0, properties)
    properties.append(deepcopy(section._sectPr))
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def data_table(document: Document, grid: Grid, landscape: bool) -> None:
    """A ruled table; a header cell over the columns the row below divides spans them, and a
    header cell with nothing below spans the header's rows (merged cells)."""
    rows = grid.rows
    table: Table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    size = Pt(TABLE_POINTS[0] if len(rows[0]) < WIDE_TABLE else TABLE_POINTS[1])
    longest = [max(len(_longest_word(row[c])) for row in rows) + 3 for c in range(len(rows[0]))]
    texts = [max(sum(len(row[c]) for row in rows), 1) ** 0.5 for c in range(len(rows[0]))]
    share = [max(a, b) for a, b in zip(longest, texts, strict=True)]
    widths = [Cm(TEXT_WIDTH_CM[landscape] * part / sum(share)) for part in share]
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(row_index, column)
            cell.width = widths[column]
            for number, styled in enumerate(cell_paragraphs(text)):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                fill(paragraph, styled)
                for run in paragraph.runs:
                    run.font.size = size
    for row_index, first, last in grid.spans:
        table.cell(row_index, first).merge(table.cell(row_index, last))
    if grid.header > 1:
        for column, text in enumerate(rows[0]):
            if text and not any(rows[below][column] for below in range(1, grid.header)):
                table.cell(0, column).merge(table.cell(grid.header - 1, column))


def blank_free(markdown: str) -> bool:
    """A converter's page without one blank line between its first and last lines: its lines
    are the document's paragraphs (hard wraps aside), not one CommonMark paragraph. Printed as
    one, its whole body would come out as a single Word paragraph, which no issued plan is."""
    return not any(not line.strip() for line in markdown.strip().split("\n"))


def unmarked_heading(styled: Styled) -> Styled:
    """A Markdown heading (`# I. MỤC ĐÍCH`) without its marks, set bold as a heading is; other
    paragraphs as they are."""
    if not styled.runs or not HEADING_MARKS.match(styled.runs[0][0]):
        return styled
    text, _, italic = styled.runs[0]
    runs = [(HEADING_MARKS.sub("", text, count=1), True, italic), *styled.runs[1:]]
    return Styled([(t, True, i) for t, _, i in runs if t])


def unwrapped(text: str) -> bool:
    """A plain text page (`.txt`) with a line longer than any editor's or converter's hard wrap:
    its lines are its paragraphs, whatever blank lines it has between them."""
    return max(map(len, text.split("\n"))) > UNWRAPPED_LINE


def to_docx(markdown: str, target: Path, lines_are_paragraphs: bool = False) -> None:
    keep_break = lines_are_paragraphs or blank_free(markdown)
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    page_numbers(document)
    centred_before = False
    landscape = False
    display: Paragraph | None = None  # the first of the centred lines just before
    for block in blocks(markdown):
        if isinstance(block, Cells | Grid):
            centred_before = False
            grid = block.grid() if isinstance(block, Cells) else block
            if grid is not None and len(grid.rows[0]) == 2 and len(grid.rows) <= MAX_LAYOUT_ROWS:
                layout_table(document, grid.rows)
            elif grid is not None:
                if len(grid.rows[0]) >= WIDE_TABLE and not landscape:
                    landscape_from(document, display)
                    landscape = True
                data_table(document, grid, landscape)
            else:
                for _, text in block.cells:
                    for styled in joined(styled_lines(text), keep_break=False):
                        fill(document.add_paragraph(), styled)
            continue
        for styled in map(unmarked_heading, joined(styled_lines(block), keep_break=keep_break)):
            text = styled.text.strip()
            paragraph = document.add_paragraph()
            note = centred_before and text.startswith("(")
            if (is_display(text) or note) and not centred_before:
                display = paragraph
            centred_before = is_display(text) or note
            if centred_before:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if is_display(text) and not note:
                styled = Styled([(t, True, i) for t, _, i in styled.runs])
            fill(paragraph, styled)
    document.core_properties.author = "plan-extract corpus/render.py"
    document.save(str(target))


@dataclass(frozen=True)
class ScanConditions:
    """How a scan is made: its resolution, the largest tilt (degrees either way), one speck per
    `speck_area` pixels, the blur's radius, the paper's grey (255 white), a JPEG round trip at
    `jpeg` quality (lossy noise around the strokes), a `bilevel` threshold (a fax-like 1-bit
    page), the seed. The defaults are the first scans' (kh-ubnd-172, kh-ubnd-308)."""

    dpi: int = 150
    tilt: float = 0.8
    speck_area: int = 400
    blur: float = 0.4
    paper: int = 255
    jpeg: int | None = None
    bilevel: int | None = None
    seed: int = 12


def scan(pdf: Path, target: Path, conditions: ScanConditions = ScanConditions()) -> None:
    import io

    import pypdfium2
    from PIL import Image, ImageFilter

    rng = random.Random(conditions.seed)
    pages = []
    for page in pypdfium2.PdfDocument(pdf):
        image = page.render(scale=conditions.dpi / 72).to_pil().convert("L")
        angle = rng.uniform(-conditions.tilt, conditions.tilt)
        image = image.rotate(angle, fillcolor=255, resample=Image.BICUBIC)
        pixels = image.load()
        width, height = image.size
        for _ in range(width * height // conditions.speck_area):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 200))
        image = image.filter(ImageFilter.GaussianBlur(conditions.blur))
        if conditions.paper < 255:
            image = image.point(lambda value: value * conditions.paper // 255)
        if conditions.jpeg is not None:
            lossy = io.BytesIO()
            image.save(lossy, format="JPEG", quality=conditions.jpeg)
            image = Image.open(lossy).convert("L")
        if conditions.bilevel is not None:
            image = image.point(lambda value: 255 if value > conditions.bilevel else 0).convert("1")
        pages.append(image)
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=conditions.dpi)


def main(source: Path, kind: str, conditions: ScanConditions = ScanConditions()) -> None:
    stem = source.stem
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        docx = folder / f"{stem}.rendered.docx"
        text = source.read_text(encoding="utf-8")
        to_docx(text, docx, source.suffix == ".txt" and unwrapped(text))
        if kind == "docx":
            (source.parent / docx.name).write_bytes(docx.read_bytes())
            return
        pdf = soffice_convert(docx, "pdf", folder)
        if kind == "pdf":
            (source.parent / pdf.name).write_bytes(pdf.read_bytes())
        else:
            scan(pdf, source.parent / f"{stem}.scan.pdf", conditions)


RENDERING = re.compile(r"^(?P<stem>.+?)\.(?:rendered|scan)(?:\.docx|\.pdf)?\.yaml$")


def sync_gold(folder: Path) -> None:
    """Each rendering's gold (`<stem>.rendered.docx.yaml`, `<stem>.rendered.pdf.yaml`,
    `<stem>.scan.yaml`; `<stem>.rendered.yaml` for the one rendering of kh-ubnd-7360) rewritten
    as its source's (`<stem>.yaml`): the same document, so the same gold, with its own
    `source`."""
    for gold in sorted(folder.glob("*.yaml")):
        match = RENDERING.match(gold.name)
        if not match:
            continue
        source_gold = folder / f"{match['stem']}.yaml"
        text = source_gold.read_text(encoding="utf-8")
        text = re.sub(r"\A(#[^\n]*\n)+", "", text)
        source = re.search(r"^source: (.+)$", text, re.MULTILINE)
        assert source, f"{source_gold}: no source line"
        old = gold.read_text(encoding="utf-8")
        own = re.search(r"^source: (.+)$", old, re.MULTILINE)
        assert own, f"{gold}: no source line"
        leading = re.match(r"\A(#[^\n]*\n)*", old)
        comments = leading.group(0) if leading else ""
        body = "".join(line + "\n" for line in text.rstrip("\n").split("\n"))
        body = body.replace(source.group(0), own.group(0), 1)
        gold.write_text(comments + body, encoding="utf-8")


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Render a real Markdown plan (see the docstring).")
    parser.add_argument("source", type=Path)
    parser.add_argument("kind", nargs="?", choices=("docx", "pdf", "scan"))
    parser.add_argument("--gold", action="store_true", help="rewrite the renderings' gold")
    defaults = ScanConditions()
    for name in ("dpi", "tilt", "speck_area", "blur", "paper", "jpeg", "bilevel", "seed"):
        default = getattr(defaults, name)
        kind = float if isinstance(default, float) else int
        parser.add_argument(f"--{name.replace('_', '-')}", type=kind, default=default)
    return parser.parse_args(argv)


if __name__ == "__main__":
    given = arguments(sys.argv[1:])
    if given.gold:
        sync_gold(given.source)
    else:
        chosen = {name: getattr(given, name) for name in ScanConditions.__dataclass_fields__}
        main(given.source, given.kind, ScanConditions(**chosen))
