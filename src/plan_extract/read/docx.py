"""Word (.docx) files: paragraphs and tables in document order, with layout hints."""

from __future__ import annotations

from plan_extract.errors import InputError
from plan_extract.read.model import RawDocument


def read_docx(data: bytes) -> RawDocument:
    raise InputError("reading .docx is not available in this build")
