"""The readers, one per family of formats, and what file names they go by."""

from __future__ import annotations

from pathlib import PurePosixPath

from plan_extract.core.contract import SourceFormat
from plan_extract.read.backend import Backend
from plan_extract.read.pdf import PdfBackend
from plan_extract.read.text import TextBackend
from plan_extract.read.word import WordBackend

TEXT = TextBackend()
WORD = WordBackend()
PDF = PdfBackend()
FAMILIES: tuple[Backend, ...] = (TEXT, WORD, PDF)

SUPPORTED_SUFFIXES = tuple(suffix for family in FAMILIES for suffix in family.suffixes)


def backend_for(fmt: SourceFormat) -> Backend:
    return next(family for family in FAMILIES if fmt in family.formats)


def suffix_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def format_named(name: str) -> SourceFormat | None:
    """The format a file name's ending gives (None for an ending no reader goes by)."""
    return next(
        (f.suffixes[suffix_of(name)] for f in FAMILIES if suffix_of(name) in f.suffixes), None
    )
