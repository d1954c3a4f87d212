"""The PDF family: the text layer where it reads as Vietnamese, OCR where it does not."""

from __future__ import annotations

from typing import ClassVar

from plan_extract.core.collector import fewer_collections
from plan_extract.core.contract import SourceFormat
from plan_extract.read.backend import Backend
from plan_extract.read.model import RawDocument
from plan_extract.read.options import ReadOptions

PDF_SIGNATURE = b"%PDF-"


class PdfBackend(Backend):
    family = "pdf"
    suffixes: ClassVar[dict[str, SourceFormat]] = {".pdf": "pdf"}

    def recognise(self, data: bytes, claimed: SourceFormat | None) -> SourceFormat | None:
        return "pdf" if data.startswith(PDF_SIGNATURE) else None

    def read(self, data: bytes, fmt: SourceFormat, options: ReadOptions) -> RawDocument:
        from plan_extract.read.pdf.reader import PdfReader

        with fewer_collections():  # a text layer's tens of thousands of words, boxes, lines
            return PdfReader(data, options).read()
