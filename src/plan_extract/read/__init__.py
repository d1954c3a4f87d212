"""Stage 1, read: a file's bytes to lines with layout hints (`RawDocument`), whatever the format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError
from plan_extract.read.model import RawDocument

OcrMode = Literal["auto", "always", "never"]
MAX_INPUT_BYTES = 50 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    ocr: OcrMode = "auto"
    max_bytes: int = MAX_INPUT_BYTES


def sniff_format(data: bytes, name: str) -> SourceFormat:
    """The format, from the content first and the file name second."""
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or suffix == ".docx":
            return "docx"
        raise InputError("a ZIP archive that is not a Word document")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if suffix == ".md":
        return "md"
    if suffix == ".txt" or suffix == "":
        return "txt"
    if suffix in (".docx", ".pdf", ".doc"):
        raise InputError(f"not a valid {suffix[1:].upper()} file (its content does not match)")
    raise InputError(f"unsupported file type {suffix!r} (expected .txt, .md, .docx, .doc or .pdf)")


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> RawDocument:
    """Read a document held in memory; `name` gives the extension when the content does not."""
    options = options or ReadOptions()
    if not data:
        raise InputError("the file is empty")
    if len(data) > options.max_bytes:
        raise InputError(
            f"the file is too large ({len(data) // (1024 * 1024)} MiB; "
            f"the limit is {options.max_bytes // (1024 * 1024)} MiB)"
        )
    fmt = sniff_format(data, name)
    if fmt in ("txt", "md"):
        from plan_extract.read.text import read_text_bytes

        return read_text_bytes(data, fmt)
    if fmt == "docx":
        from plan_extract.read.docx import read_docx

        return read_docx(data)
    if fmt == "doc":
        from plan_extract.read.doc import read_doc

        return read_doc(data, name)
    from plan_extract.read.pdf import read_pdf

    return read_pdf(data, options.ocr)


def read_path(path: Path, options: ReadOptions | None = None) -> tuple[RawDocument, bytes]:
    """Read a file; returns the document and the bytes it was read from (for the checksum)."""
    options = options or ReadOptions()
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a directory, not a file")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(
            f"the file is too large ({size // (1024 * 1024)} MiB; "
            f"the limit is {options.max_bytes // (1024 * 1024)} MiB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}") from exc
    return read_bytes(data, path.name, options), data
