"""Word (.docx) files: paragraphs and tables in document order, with layout hints.

`package` reads the parts a plan needs, and only those, within their bounds; the body is walked
as XML for what a plan needs: automatic numbers (see `numbering`), tracked changes (insertions
kept, deletions dropped, i.e. read as accepted), fonts of legacy encodings, and the two layout
tables of an official document (issuer | motto at the top, recipients | signature at the
bottom), whose columns are emitted one after the other as separate blocks. What a page can hold
bounds what is built: a table has at most 63 columns (Word's own limit), a document at most
`ReadLimits.max_lines` lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from typing import Any

from plan_extract.core.errors import InputError
from plan_extract.read.layout_cues import (
    continues_heading,
    is_recipients_label,
    is_signature_start,
    is_typed_rule,
)
from plan_extract.read.legacy import from_font_text
from plan_extract.read.model import Block, Hint, RawDocument, RawLine
from plan_extract.read.options import MAX_LINES, ReadLimits, TooManyLinesError
from plan_extract.read.text.flat_tables import rebuilt_flat_tables
from plan_extract.read.text.gfm import cell_text
from plan_extract.read.word.numbering import Numbering, W, level_index
from plan_extract.read.word.package import WordPackage
from plan_extract.read.word.tabbed import (
    CLOSING_SPAN,
    HEADER_SPAN,
    closing_columns,
    goes_on_closing,
    opens_closing,
    tabbed_columns,
)

_SKIPPED = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "drawing", W + "pict"}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE = _MC + "AlternateContent"
_FALLBACK = _MC + "Fallback"
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
MAX_COLUMNS = 63  # Word's limit: no table has more grid columns
MAX_STYLE_DEPTH = 64  # styles based on styles: Word's own chains are a few links long


@dataclass(frozen=True, slots=True)
class RunFormat:
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    font: str | None = None
    hidden: bool | None = None

    def over(self, base: RunFormat) -> RunFormat:
        """This format with the unset properties taken from `base`."""
        return RunFormat(
            bold=base.bold if self.bold is None else self.bold,
            italic=base.italic if self.italic is None else self.italic,
            caps=base.caps if self.caps is None else self.caps,
            font=base.font if self.font is None else self.font,
            hidden=base.hidden if self.hidden is None else self.hidden,
        )


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    run: RunFormat = RunFormat()
    centered: bool | None = None
    num: tuple[str, int] | None = None
    outline: int | None = None


def _on(element: Any) -> bool | None:
    if element is None:
        return None
    return element.get(W + "val") not in ("0", "false", "none")


def _run_format(rpr: Any) -> RunFormat:
    if rpr is None:
        return RunFormat()
    fonts = rpr.find(W + "rFonts")
    font = None
    if fonts is not None:
        font = fonts.get(W + "ascii") or fonts.get(W + "hAnsi")
    return RunFormat(
        bold=_on(rpr.find(W + "b")),
        italic=_on(rpr.find(W + "i")),
        caps=_on(rpr.find(W + "caps")),
        font=font,
        hidden=_on(rpr.find(W + "vanish")),
    )


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    if num_id is None:
        return None
    level = level_index(ilvl.get(W + "val")) if ilvl is not None else 0
    return None if level is None else (str(num_id.get(W + "val")), level)


def _centered(ppr: Any) -> bool | None:
    jc = ppr.find(W + "jc") if ppr is not None else None
    return None if jc is None else jc.get(W + "val") == "center"


def _outline(ppr: Any) -> int | None:
    level = ppr.find(W + "outlineLvl") if ppr is not None else None
    value = None if level is None else level.get(W + "val")
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < 9 else None


class Styles:
    """Paragraph and character styles resolved through their `basedOn` chains."""

    def __init__(self, root: Any | None) -> None:
        self._elements: dict[str, Any] = {}
        self._cache: dict[str, ParagraphStyle] = {}
        self.default_paragraph: str | None = None
        self.defaults = RunFormat()
        if root is None:
            return
        for style in root.findall(W + "style"):
            style_id = str(style.get(W + "styleId"))
            self._elements[style_id] = style
            is_default = style.get(W + "default") in ("1", "true")
            if style.get(W + "type") == "paragraph" and is_default:
                self.default_paragraph = style_id
        rpr_default = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = _run_format(rpr_default)

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        style_id = style_id or self.default_paragraph
        if style_id is None or style_id not in self._elements:
            return ParagraphStyle()
        chain: list[str] = []  # the style, the one it is based on, ... up to a resolved one
        current: str | None = style_id
        while current in self._elements and current not in self._cache:
            if current in chain or len(chain) >= MAX_STYLE_DEPTH:  # a loop, or no end in sight
                break
            chain.append(current)
            based = self._elements[current].find(W + "basedOn")
            current = str(based.get(W + "val")) if based is not None else None
        base = self._cache.get(current or "", ParagraphStyle())
        for link in reversed(chain):
            base = self._cache[link] = self._resolve(link, base)
        return self._cache[style_id]

    def _resolve(self, style_id: str, base: ParagraphStyle) -> ParagraphStyle:
        element = self._elements[style_id]
        ppr = element.find(W + "pPr")
        name = element.find(W + "name")
        heading = _HEADING_STYLE.match(str(name.get(W + "val"))) if name is not None else None
        outline = _outline(ppr) or (int(heading.group(1)) if heading else None)
        centered = _centered(ppr)
        return ParagraphStyle(
            run=_run_format(element.find(W + "rPr")).over(base.run),
            centered=base.centered if centered is None else centered,
            num=_num_pr(ppr) or base.num,
            outline=outline or base.outline,
        )

    def character(self, style_id: str | None) -> RunFormat:
        element = self._elements.get(style_id or "")
        if element is None:
            return RunFormat()
        return _run_format(element.find(W + "rPr"))


@dataclass(slots=True)
class Paragraph:
    """One paragraph's text pieces (a manual line break starts a new piece) and its format."""

    pieces: list[str] = field(default_factory=lambda: [""])
    bold: list[bool] = field(default_factory=list)
    italic: list[bool] = field(default_factory=list)
    caps: list[bool] = field(default_factory=list)
    page_break: bool = False
    centered: bool = False
    heading_level: int | None = None
    label: str | None = None

    def lines(self) -> list[str]:
        texts = [" ".join(piece.split()) for piece in self.pieces]
        if self.label:
            texts[0] = f"{self.label} {texts[0]}".strip()
        return _heading_rejoined([text for text in texts if text])

    def hints(self, text: str) -> frozenset[Hint]:
        hints: set[Hint] = set()
        if self.bold and all(self.bold):
            hints.add(Hint.BOLD)
        if self.italic and all(self.italic):
            hints.add(Hint.ITALIC)
        letters = [ch for ch in text if ch.isalpha()]
        if (self.caps and all(self.caps)) or (
            len(letters) > 1 and all(ch.isupper() for ch in letters)
        ):
            hints.add(Hint.ALL_CAPS)
        if self.centered:
            hints.add(Hint.CENTERED)
        if self.heading_level is not None:
            hints.add(Hint.HEADING)
        if self.label == "-":
            hints.add(Hint.LIST_ITEM)
        return frozenset(hints)


def _heading_rejoined(texts: list[str]) -> list[str]:
    """A numbered heading broken by manual line breaks (Shift+Enter) is one line; other
    paragraphs keep their breaks (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, a kind over its title)."""
    out = texts[:1]
    for text in texts[1:]:
        if continues_heading(texts[0], out[-1], text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


class DocxReader:
    def __init__(
        self, body: Any, styles: Any | None, numbering: Any | None, max_lines: int = MAX_LINES
    ) -> None:
        self.styles = Styles(styles)
        self.numbering = Numbering(numbering, styles)
        self.body = body
        self.max_lines = max_lines
        self.lines: list[RawLine] = []
        self.source_line = 0
        self.pending_page_start = False
        self.body_started = False
        self.previous: Paragraph | None = None
        self.held: Paragraph | None = None  # a paragraph whose mark was deleted

    def read(self) -> list[RawLine]:
        """The body; a header typed with tabs at its top read as its two columns."""
        elements = iter(_block_elements(self.body))
        head = list(islice(elements, HEADER_SPAN))
        count = next((i for i, e in enumerate(head) if e.tag != W + "p"), len(head))
        parsed = [self.paragraph(element) for element in head[:count]]
        columns = tabbed_columns([paragraph.pieces for paragraph in parsed])
        taken = columns.paragraphs if columns else 0
        if columns:
            for block, texts in (
                (Block.HEADER_LEFT, columns.left),
                (Block.HEADER_RIGHT, columns.right),
            ):
                for text in texts:
                    self.emit(Paragraph(pieces=[text], centered=True), block)
        for element, paragraph in zip(head[taken:count], parsed[taken:], strict=True):
            self.body_paragraph(element, paragraph)
        self.walk(chain(head[count:], elements))
        return self.lines

    def blocks(self, container: Any) -> None:
        self.walk(_block_elements(container))

    def walk(self, elements: Iterable[Any]) -> None:
        """The paragraphs and tables of the body, each paragraph followed by what its text
        boxes hold (a shape anchored to it: read where it is anchored, as Word's own text
        export does); a closing typed with tabs read as its two columns."""
        remaining = iter(elements)
        for element in remaining:
            if element.tag == W + "tbl":
                self.table(element)
                continue
            if element.tag != W + "p":
                continue
            paragraph = self.paragraph(element)
            if self.body_started and opens_closing(paragraph.pieces):
                self.tabbed_closing(paragraph, remaining)
            else:
                self.body_paragraph(element, paragraph)

    def tabbed_closing(self, first: Paragraph, remaining: Iterator[Any]) -> None:
        """The closing typed with tabs, from `first` on: its columns, then what ends it."""
        run = [first]
        for element in remaining:
            if element.tag == W + "p" and len(run) < CLOSING_SPAN:
                paragraph = self.paragraph(element)
                if goes_on_closing(paragraph.pieces):
                    run.append(paragraph)
                    continue
                self.emit_closing(run)
                self.body_paragraph(element, paragraph)
            else:
                self.emit_closing(run)
                self.walk([element])
            return
        self.emit_closing(run)

    def emit_closing(self, run: list[Paragraph]) -> None:
        columns = closing_columns([paragraph.pieces for paragraph in run])
        for text in columns.left:
            self.emit(Paragraph(pieces=[text]), Block.FOOTER_LEFT)
        for text in columns.right:
            self.emit(Paragraph(pieces=[text], centered=True), Block.FOOTER_RIGHT)

    def body_paragraph(self, element: Any, paragraph: Paragraph) -> None:
        self.emit(paragraph, Block.BODY)
        if paragraph.lines():
            self.body_started = True
        for box in _text_boxes(element):
            self.blocks(box)

    def emit(self, paragraph: Paragraph, block: Block) -> None:
        if len(self.lines) > self.max_lines:
            raise TooManyLinesError(self.max_lines)
        if paragraph.page_break:
            self.pending_page_start = True
        texts = [text for text in paragraph.lines() if not is_typed_rule(text)]
        if not texts:
            return
        if self.continues_title(paragraph, texts, block):
            return
        self.source_line += 1
        for text in texts:
            hints = set(paragraph.hints(text))
            if self.pending_page_start:
                hints.add(Hint.PAGE_START)
                self.pending_page_start = False
            self.lines.append(
                RawLine(
                    text=text,
                    source_line=self.source_line,
                    hints=frozenset(hints),
                    heading_level=paragraph.heading_level,
                    block=block,
                )
            )
        # a blank line after each paragraph, as in a typed plan: a paragraph is never a wrap
        self.lines.append(RawLine(text="", source_line=self.source_line, block=block))
        self.previous = paragraph

    def continues_title(self, paragraph: Paragraph, texts: list[str], block: Block) -> bool:
        """A centred title broken over two paragraphs by Enter (`... an toàn` / `vật liệu nổ
        ...`): the second, in the same format and starting in lower case, is joined on."""
        previous = self.previous
        if (
            previous is None
            or block is not Block.BODY
            or len(texts) != 1
            or len(self.lines) < 2
            or not (previous.centered and paragraph.centered)
            or all(previous.bold) != all(paragraph.bold)
            or not texts[0][:1].islower()
        ):
            return False
        last = self.lines[-2]
        if last.block is not Block.BODY or last.text[-1:] in ".;:!?":
            return False
        self.lines[-2] = replace(last, text=f"{last.text} {texts[0]}")
        return True

    def paragraph(self, p: Any) -> Paragraph:
        ppr = p.find(W + "pPr")
        style_el = ppr.find(W + "pStyle") if ppr is not None else None
        style = self.styles.paragraph(
            str(style_el.get(W + "val")) if style_el is not None else None
        )
        base = style.run.over(self.styles.defaults)
        centered = _centered(ppr)
        para = Paragraph(
            centered=bool(style.centered if centered is None else centered),
            heading_level=_outline(ppr) or style.outline,
            page_break=ppr is not None and bool(_on(ppr.find(W + "pageBreakBefore"))),
        )
        # a paragraph mark deleted as a tracked change: accepted, the paragraph runs on into
        # the next, whose mark (numbering, alignment) the two keep
        mark_deleted = ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None
        num = _num_pr(ppr) or style.num
        if num is not None and not mark_deleted:
            para.label = self.numbering.label(*num)
        for run in _runs(p):
            self.add_run(para, run, base)
        held, self.held = self.held, None
        if held is not None:
            para = _run_on(held, para)
        if mark_deleted:
            self.held = para
            return Paragraph()
        return para

    def add_run(self, para: Paragraph, run: Any, base: RunFormat) -> None:
        rpr = run.find(W + "rPr")
        rstyle = rpr.find(W + "rStyle") if rpr is not None else None
        char_style = (
            self.styles.character(str(rstyle.get(W + "val"))) if rstyle is not None else None
        )
        fmt = _run_format(rpr).over(char_style.over(base) if char_style else base)
        if fmt.hidden:
            return
        text_seen = False
        for child in run:
            tag = child.tag
            if tag == W + "t":
                text = child.text or ""
                if fmt.font:
                    text = from_font_text(text, fmt.font)
                if fmt.caps:
                    text = text.upper()
                para.pieces[-1] += text
                text_seen = text_seen or bool(text.strip())
            elif tag in (W + "tab", W + "ptab"):
                para.pieces[-1] += "\t"
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") == "page":
                    para.page_break = True
                else:
                    para.pieces.append("")
            elif tag == W + "noBreakHyphen":
                para.pieces[-1] += "-"
        if text_seen:
            para.bold.append(bool(fmt.bold))
            para.italic.append(bool(fmt.italic))
            para.caps.append(bool(fmt.caps))

    def table(self, tbl: Any) -> None:
        self.previous = None
        grid = self.grid(tbl)
        columns = max((len(row) for row in grid), default=0)
        layout = self.layout_blocks(grid, columns)
        if layout is not None:
            for block, paragraphs in layout:
                for paragraph in paragraphs:
                    self.emit(paragraph, block)
            return
        if columns <= 1:
            for row in grid:
                for cell in row:
                    for paragraph in cell:
                        self.emit(paragraph, Block.BODY)
            self.body_started = True
            return
        for row in grid:
            cells = tuple(_cell_text(cell) for cell in row)
            if not any(cells):
                continue
            cells = cells + ("",) * (columns - len(cells))
            if len(self.lines) > self.max_lines:
                raise TooManyLinesError(self.max_lines)
            self.source_line += 1
            self.lines.append(
                RawLine(
                    text=" | ".join(cells),
                    source_line=self.source_line,
                    hints=frozenset({Hint.TABLE_ROW}),
                    cells=cells,
                )
            )
        self.lines.append(RawLine(text="", source_line=self.source_line))
        self.body_started = True

    def grid(self, tbl: Any) -> list[list[list[Paragraph]]]:
        """The table's rows as lists of cells (a cell = its paragraphs), one per grid column;
        a vertically merged cell is printed once, in its first row, as a PDF prints it (the
        rows it continues in are empty there: the table readers know what a merged cell
        means, corpus/ANNOTATION.md)."""
        rows: list[list[list[Paragraph]]] = []
        for tr in _children(tbl, W + "tr"):
            row: list[list[Paragraph]] = []
            for tc in _children(tr, W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span_el = tcpr.find(W + "gridSpan") if tcpr is not None else None
                span = _span(span_el.get(W + "val")) if span_el is not None else 0
                merge = tcpr.find(W + "vMerge") if tcpr is not None else None
                content: list[Paragraph] = []
                if merge is None or merge.get(W + "val") not in (None, "continue"):
                    content = [self.paragraph(p) for p in _cell_paragraphs(tc)]
                row.append(content)
                row.extend([] for _ in range(min(span, MAX_COLUMNS - len(row))))
            rows.append(row[:MAX_COLUMNS])
        return rows

    def layout_blocks(
        self, grid: list[list[list[Paragraph]]], columns: int
    ) -> list[tuple[Block, list[Paragraph]]] | None:
        """The issuer|motto table before the body, or the recipients|signature table: each
        side's paragraphs, top to bottom; None for any other table."""
        if not 2 <= columns <= 3 or len(grid) > 6:
            return None
        left: list[Paragraph] = []
        right: list[Paragraph] = []
        for row in grid:
            for index, cell in enumerate(row):
                (left if 2 * index + 1 < columns else right).extend(cell)
        if not self.body_started:
            return [(Block.HEADER_LEFT, left), (Block.HEADER_RIGHT, right)]
        left_text = [line for p in left for line in p.lines()]
        right_text = [line for p in right for line in p.lines()]
        if (left_text and is_recipients_label(left_text[0])) or (
            right_text and is_signature_start(right_text[0])
        ):
            return [(Block.FOOTER_LEFT, left), (Block.FOOTER_RIGHT, right)]
        return None


def _run_on(first: Paragraph, second: Paragraph) -> Paragraph:
    """`first`, whose paragraph mark was deleted, run on into `second`."""
    return replace(
        second,
        pieces=[*first.pieces[:-1], first.pieces[-1] + second.pieces[0], *second.pieces[1:]],
        bold=first.bold + second.bold,
        italic=first.italic + second.italic,
        caps=first.caps + second.caps,
        page_break=first.page_break or second.page_break,
    )


def _cell_text(cell: list[Paragraph]) -> str:
    return cell_text([line for paragraph in cell for line in paragraph.lines()])


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children with `tag`, looking through content controls and tracked insertions."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "ins", W + "customXml"):
            yield from _children(child, tag)


def _block_elements(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell in document order."""
    for child in container:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "ins", W + "customXml"):
            yield from _block_elements(child)


def _text_boxes(element: Any) -> Iterator[Any]:
    """The contents of the text boxes in a paragraph, once each: a shape is stored twice, as
    DrawingML and as a VML fallback for old readers, and the fallback is skipped."""
    for child in element:
        if child.tag == _FALLBACK:
            continue
        if child.tag == W + "txbxContent":
            yield child
        else:
            yield from _text_boxes(child)


def _cell_paragraphs(tc: Any) -> Iterator[Any]:
    for element in _block_elements(tc):
        if element.tag == W + "p":
            yield element
        else:  # a nested table: its paragraphs, row by row
            for tr in _children(element, W + "tr"):
                for cell in _children(tr, W + "tc"):
                    yield from _cell_paragraphs(cell)


def _runs(element: Any) -> Iterator[Any]:
    """The runs of a paragraph in order, through hyperlinks, fields, smart tags and tracked
    insertions; deleted text and drawings are skipped."""
    for child in element:
        if child.tag in _SKIPPED or child.tag == _ALTERNATE or child.tag == W + "pPr":
            continue
        if child.tag == W + "r":
            yield child
        else:
            yield from _runs(child)


def _span(value: str | None) -> int:
    """The grid columns a cell spans beyond its own (`gridSpan`), within what a table holds;
    ValueError when it is no number."""
    span = int(value) if value is not None else 1
    return min(max(span, 1), MAX_COLUMNS) - 1


def read_docx(data: bytes, limits: ReadLimits | None = None) -> RawDocument:
    limits = limits or ReadLimits()
    package = WordPackage(data)
    try:
        main = package.main_part()
        root = package.xml(main)
        styles, numbering = (package.related(main, kind) for kind in ("styles", "numbering"))
        body = root.find(W + "body")
        if body is None:
            raise InputError("the Word document is malformed (its document has no body)")
        reader = DocxReader(
            body,
            package.xml(styles) if styles else None,
            package.xml(numbering) if numbering else None,
            limits.max_lines,
        )
        lines = reader.read()
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # malformed package XML
        raise InputError(f"the Word document is malformed ({type(exc).__name__})") from exc
    finally:
        package.close()
    if not any(line.text for line in lines):
        raise InputError("the Word document has no text")
    return RawDocument(format="docx", lines=rebuilt_flat_tables(lines), paragraph_lines=True)
