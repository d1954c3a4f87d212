"""Stage 1, read: a file's bytes to lines with layout hints (`RawDocument`), whatever the format.

One reader per family of formats (`text/`, `word/`, `pdf/`), each behind the `Backend`
interface; `sniff` tells which one a file needs, by its content first and its name second;
`inputs` turns the paths a user names (files, folders, .zip archives, `-`) into files to read.
"""

from __future__ import annotations

from pathlib import Path

from plan_extract.core.errors import InputError
from plan_extract.read.bounds import bounded, within_reader
from plan_extract.read.families import SUPPORTED_SUFFIXES, backend_for
from plan_extract.read.model import RawDocument
from plan_extract.read.options import (
    MAX_INPUT_BYTES,
    OcrMode,
    ReadLimits,
    ReadOptions,
    TooLargeError,
)
from plan_extract.read.sniff import sniff

__all__ = [
    "MAX_INPUT_BYTES",
    "SUPPORTED_SUFFIXES",
    "OcrMode",
    "RawDocument",
    "ReadLimits",
    "ReadOptions",
    "read_bytes",
    "read_path",
    "sniff",
]


def read_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> RawDocument:
    """Read a document held in memory; `name` (or `options.format`) gives the format when the
    content does not."""
    options = options or ReadOptions()
    if len(data) > options.max_bytes:
        raise TooLargeError(len(data), options.max_bytes)
    kind = sniff(data, name, options.format)
    if kind == "zip":
        raise InputError("a ZIP archive that is not a Word document")
    return bounded(within_reader(kind, lambda: backend_for(kind).read(data, kind, options)))


def read_path(path: Path, options: ReadOptions | None = None) -> tuple[RawDocument, bytes]:
    """Read a file; returns the document and the bytes it was read from (for the checksum)."""
    from plan_extract.read.inputs import FileInput

    options = options or ReadOptions()
    data = FileInput(path).read(options.max_bytes)
    return read_bytes(data, path.name, options), data
