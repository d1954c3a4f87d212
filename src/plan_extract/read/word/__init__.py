"""The Word family: Word 2007+ (.docx, a ZIP package) and Word 97 (.doc, an OLE container)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Collection
from typing import ClassVar

from plan_extract.core.contract import SourceFormat
from plan_extract.read.backend import Backend
from plan_extract.read.model import RawDocument
from plan_extract.read.options import ReadOptions

ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_word_package(names: Collection[str]) -> bool:
    """A ZIP archive's member names are those of a Word document: an Office Open XML package
    (`[Content_Types].xml` at its root) with the `word/` part folder. An archive of plans never
    has both, whatever its members are called or hold."""
    return "[Content_Types].xml" in names and any(name.startswith("word/") for name in names)


def zip_member_names(data: bytes) -> list[str] | None:
    """The member names in a ZIP archive's directory, or None when the directory is unreadable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return None


class WordBackend(Backend):
    family = "word"
    suffixes: ClassVar[dict[str, SourceFormat]] = {".docx": "docx", ".doc": "doc"}

    def recognise(self, data: bytes, claimed: SourceFormat | None) -> SourceFormat | None:
        """Word 97 by the OLE signature; Word 2007+ by the archive's directory (the names of its
        parts), or a damaged archive that is called a .docx (the reader then says what is wrong)."""
        if data.startswith(OLE_SIGNATURE):
            return "doc"
        if not data.startswith(ZIP_SIGNATURE):
            return None
        names = zip_member_names(data)
        if names is None:
            return "docx" if claimed == "docx" else None
        return "docx" if is_word_package(names) else None

    def read(self, data: bytes, fmt: SourceFormat, options: ReadOptions) -> RawDocument:
        from plan_extract.read.word.docx import read_docx

        if fmt == "docx":
            return read_docx(data, options.limits)
        from plan_extract.read.word.doc import doc_to_docx

        document = read_docx(doc_to_docx(data), options.limits)
        document.format = "doc"
        return document
