"""Word 97 (.doc) files, converted to .docx through LibreOffice when it is installed."""

from __future__ import annotations

from plan_extract.errors import InputError
from plan_extract.read.model import RawDocument


def read_doc(data: bytes, name: str) -> RawDocument:
    raise InputError("reading .doc is not available in this build")
