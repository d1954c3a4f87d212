"""What a file is, from its content first and its name second: one answer for the command line,
the store's ingest and the web page alike.

PDF and Word files are known by their content whatever they are called (a PDF named `.txt` is
read as a PDF); a ZIP archive that is not a Word document (judged by its directory, not by a
byte pattern) is an archive of files. What remains is text when it decodes as text and its name
allows it: a name promising PDF or Word on content that is neither, or an ending no reader goes
by, is refused rather than read as text. Text is Markdown when it uses Markdown marks, whatever
it is called; the name (or the format a caller declares) decides only for text without them.
"""

from __future__ import annotations

from typing import Literal

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError
from plan_extract.read.families import PDF, SUPPORTED_SUFFIXES, TEXT, WORD, format_named, suffix_of
from plan_extract.read.word import ZIP_SIGNATURE

Kind = SourceFormat | Literal["zip"]


def sniff(data: bytes, name: str, declared: SourceFormat | None = None) -> Kind:
    """The format of `data` (a file called `name`), or "zip" for an archive of files.
    `declared` stands in for the name's ending (standard input has none)."""
    if not data:
        raise InputError("the file is empty")
    claimed = declared or format_named(name)
    for family in (PDF, WORD):  # known by their signatures, whatever the name says
        found = family.recognise(data, claimed)
        if found is not None:
            return found
    if data.startswith(ZIP_SIGNATURE):
        return "zip"
    if claimed is not None and claimed not in TEXT.formats:
        raise InputError(f"not a valid {claimed.upper()} file (its content does not match)")
    if claimed is None and suffix_of(name):
        expected = ", ".join(SUPPORTED_SUFFIXES[:-1]) + f" or {SUPPORTED_SUFFIXES[-1]}"
        raise InputError(f"unsupported file type {suffix_of(name)!r} (expected {expected})")
    found = TEXT.recognise(data, claimed)
    if found is None:
        raise InputError("a binary file, not text")
    return found
