"""What an uploaded file is, judged by its content: the uploaded name is never trusted.

PDF (`%PDF-`), Word 2007+ (a ZIP holding `word/`), Word 97 (an OLE container), UTF-8 or UTF-16
text, or a plain ZIP archive of such files. The name is used for one thing only: whether a text
file is Markdown.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Literal

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError
from plan_extract.read import sniff_format

UploadKind = SourceFormat | Literal["zip"]
ZIP_MAGIC = b"PK\x03\x04"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class RejectedUploadError(InputError):
    """An upload refused before parsing; `code` names its message in the pages' strings."""

    def __init__(self, code: str, message: str, **params: int) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def sniff_upload(data: bytes, name: str) -> UploadKind:
    """The kind of an uploaded file, from its bytes."""
    if not data:
        raise RejectedUploadError("err_empty", "the file is empty")
    if data.startswith(ZIP_MAGIC) and b"word/" not in data[:65536]:
        return "zip"
    try:
        fmt = sniff_format(data, "upload")
    except InputError as exc:
        raise RejectedUploadError("err_not_plan", str(exc)) from exc
    if fmt != "txt":
        return fmt
    if not _is_text(data):
        raise RejectedUploadError(
            "err_not_plan", "not a plan document: neither PDF, Word nor UTF-8/UTF-16 text"
        )
    return "md" if PurePosixPath(name).suffix.lower() in (".md", ".markdown") else "txt"


def _is_text(data: bytes) -> bool:
    if data.startswith(UTF16_BOMS):
        try:
            data.decode("utf-16")
        except UnicodeDecodeError:
            return False
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text
