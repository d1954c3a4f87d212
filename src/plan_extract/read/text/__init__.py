"""The text family: plain text (.txt) and Markdown (.md), told apart by what the text holds."""

from __future__ import annotations

from typing import ClassVar

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError
from plan_extract.read.backend import Backend
from plan_extract.read.model import RawDocument, RawLine
from plan_extract.read.options import ReadOptions
from plan_extract.read.text.decode import decode
from plan_extract.read.text.flat_tables import rebuilt_flat_tables
from plan_extract.read.text.markdown import apply_markdown_hints, looks_like_markdown
from plan_extract.read.text.tab_layout import apply_tab_layout
from plan_extract.read.text.wraps import mark_wraps


class TextBackend(Backend):
    family = "text"
    suffixes: ClassVar[dict[str, SourceFormat]] = {".txt": "txt", ".md": "md", ".markdown": "md"}

    def recognise(self, data: bytes, claimed: SourceFormat | None) -> SourceFormat | None:
        """Text in any encoding `decode` knows; Markdown when it uses Markdown marks, whatever
        the file is called (a name ending in .md makes Markdown of text without marks)."""
        try:
            text = decode(data)
        except InputError:
            return None
        return "md" if claimed == "md" or looks_like_markdown(text) else "txt"

    def read(self, data: bytes, fmt: SourceFormat, options: ReadOptions) -> RawDocument:
        return read_text_bytes(data, fmt)


def read_text_bytes(data: bytes, fmt: SourceFormat) -> RawDocument:
    """The lines of a text file, those after a hard wrap marked; Markdown marks become hints
    when `fmt` is "md"."""
    text = decode(data)
    if not text.strip():
        raise InputError("the file has no text")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # a converter or a copy-paste may drop every blank line: the readers then part paragraphs
    # and tables by the text's other boundaries
    blank_lines = any(not line.strip() for line in text.strip().splitlines())
    raw = mark_wraps(
        [RawLine(text=line, source_line=number) for number, line in enumerate(lines, start=1)]
    )
    # a text file's header and closing may print their columns split by tabs (Word's "Save as
    # Plain Text"): their blocks set first, so that no table reader takes them for data rows
    raw = apply_tab_layout(raw)
    if fmt == "md":
        raw = apply_markdown_hints(raw, blank_lines)
    raw = rebuilt_flat_tables(raw)
    return RawDocument(
        format=fmt,
        lines=raw,
        markdown_marks=looks_like_markdown(text),
        blank_lines=blank_lines,
    )
