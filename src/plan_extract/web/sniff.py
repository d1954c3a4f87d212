"""What an uploaded file is, judged as the command line judges it (`plan_extract.read.sniff`:
content first, name second), and the message code of each reason an upload is refused."""

from __future__ import annotations

from plan_extract.core.errors import InputError
from plan_extract.read.inputs import ArchiveError, ZipBombError
from plan_extract.read.options import TooLargeError
from plan_extract.read.sniff import Kind, sniff
from plan_extract.web.limits import MIB

_ARCHIVE_CODES = {
    "damaged": "err_zip_bad",
    "too_many": "err_zip_too_many",
    "too_large": "err_zip_too_large",
}


class RejectedUploadError(InputError):
    """An upload refused before parsing; `code` names its message in the pages' strings."""

    def __init__(self, code: str, message: str, **params: int) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def sniff_upload(data: bytes, name: str) -> Kind:
    """The kind of an uploaded file (a plan's format, or "zip")."""
    if not data:
        raise RejectedUploadError("err_empty", "the file is empty")
    try:
        return sniff(data, name)
    except InputError as exc:
        raise refusal(exc) from exc


def refusal(exc: InputError) -> RejectedUploadError:
    """The reason an upload (or a member of an uploaded .zip) is refused, with its code."""
    if isinstance(exc, RejectedUploadError):
        return exc
    if isinstance(exc, TooLargeError):
        return RejectedUploadError("err_too_large", str(exc), size=exc.limit // MIB)
    if isinstance(exc, ZipBombError):
        return RejectedUploadError("err_zip_bomb", str(exc))
    if isinstance(exc, ArchiveError):
        code = _ARCHIVE_CODES[exc.reason]
        if exc.reason == "too_many":
            return RejectedUploadError(code, str(exc), count=exc.limit)
        if exc.reason == "too_large":
            return RejectedUploadError(code, str(exc), size=exc.limit // MIB)
        return RejectedUploadError(code, str(exc))
    return RejectedUploadError("err_not_plan", str(exc))
