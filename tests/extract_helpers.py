"""Build a one-section document around a sentence, so rule examples run through `extract`."""

from __future__ import annotations

from plan_extract.core.contract import DocumentMeta, Period, Section, SectionKind
from plan_extract.core.text import respell
from plan_extract.extract import extract
from plan_extract.extract.model import Extraction
from plan_extract.extract.nlp import LineParse, parse_lines
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.model import Structure


def extract_sentence(
    text: str, kind: SectionKind = "objectives", period: tuple[int, int] = (2026, 2030)
) -> Extraction:
    lines = ["I. SECTION", respell(text)]
    doc = NormalizedDocument(
        format="txt",
        lines=[Line(number=i, text=t, source_lines=(i,)) for i, t in enumerate(lines, start=1)],
    )
    section = Section(id="I", number="I", title="SECTION", kind=kind, level=1, lines=(1, 2))
    meta = DocumentMeta(period=Period(start_year=period[0], end_year=period[1]))
    return extract(doc, Structure(document=meta, sections=[section], body=(1, 2)))


def parse_sentence(text: str) -> LineParse:
    """One sentence tokenized and matched, after the normalization every document goes through."""
    return next(parse_lines([respell(text)]))
