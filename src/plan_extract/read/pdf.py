"""PDF files: the text layer in reading order, OCR for pages without one."""

from __future__ import annotations

from typing import Literal

from plan_extract.errors import InputError
from plan_extract.read.model import RawDocument


def read_pdf(data: bytes, ocr: Literal["auto", "always", "never"]) -> RawDocument:
    raise InputError("reading .pdf is not available in this build")
