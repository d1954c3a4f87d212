"""Stage 2, normalize: one spelling of the same text, and wrapped lines joined again."""

from __future__ import annotations

from dataclasses import replace

from plan_extract.core.text import respell_lines
from plan_extract.normalize.joining import WRAP_HINTS, continues, separates_paragraphs
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.read.model import RawDocument, RawLine


def normalize(raw: RawDocument) -> NormalizedDocument:
    """Clean every line, drop blank ones, join wrapped ones; number the result from 1."""
    # Markdown (as the reader found it, marks or name) puts a paragraph's lines together by
    # definition; another text shows it by its blank lines
    paragraphs = not raw.paragraph_lines and (raw.format == "md" or separates_paragraphs(raw.lines))
    groups: list[tuple[RawLine, list[int]]] = []
    blank_between = False
    for raw_line, text in zip(
        raw.lines, respell_lines([line.text for line in raw.lines]), strict=True
    ):
        if not text:
            blank_between = True
            continue
        line = replace(raw_line, text=text)
        if groups and continues(groups[-1][0], line, blank_between, paragraphs):
            head, sources = groups[-1]
            groups[-1] = (replace(head, text=f"{head.text} {text}"), [*sources, line.source_line])
        else:
            groups.append((line, [line.source_line]))
        blank_between = False
    lines = [
        Line(
            number=number,
            text=head.text,
            source_lines=tuple(sources),
            page=head.page,
            hints=head.hints - WRAP_HINTS,
            heading_level=head.heading_level,
            cells=head.cells,
            cell_gap=head.cell_gap,
            block=head.block,
        )
        for number, (head, sources) in enumerate(groups, start=1)
    ]
    return NormalizedDocument(
        format=raw.format, lines=lines, pages=raw.pages, warnings=list(raw.warnings)
    )
