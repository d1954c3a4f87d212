"""Uploaded files to files to parse: limits, type by content, .zip archives opened. What is
refused here (too large, not a plan, a broken .zip) never reaches a parser; the rest become
jobs (jobs.py), parsed and stored under their content hash (the uploaded name is kept)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from plan_extract.core.errors import InputError
from plan_extract.read.inputs import Archive, ZipLimits
from plan_extract.read.options import TooLargeError
from plan_extract.web.limits import UploadLimits
from plan_extract.web.sniff import RejectedUploadError, refusal, sniff_upload


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to parse: what the user called it and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Refused:
    """A file refused before parsing: `code` names its message in the pages' strings."""

    name: str
    code: str
    message: str
    params: dict[str, int] = field(default_factory=dict)


def split(name: str, data: bytes, limits: UploadLimits) -> list[Candidate | Refused]:
    """The files to parse in one uploaded file (itself, or each plan in a .zip), and those
    refused; never raises for bad input."""
    try:
        return list(_candidates(name, data, limits))
    except RejectedUploadError as exc:
        return [_refused(name, exc)]


def _refused(name: str, exc: RejectedUploadError) -> Refused:
    return Refused(name, exc.code, str(exc), dict(exc.params))


def _candidates(name: str, data: bytes, limits: UploadLimits) -> Iterator[Candidate | Refused]:
    if len(data) > limits.max_file_bytes:
        raise refusal(TooLargeError(len(data), limits.max_file_bytes))
    if sniff_upload(data, name) != "zip":
        yield Candidate(name, data)
        return
    archive = Archive(
        name,
        data,
        ZipLimits(max_members=limits.max_zip_members, max_total_bytes=limits.max_zip_bytes),
    )
    try:
        members = archive.members()
    except InputError as exc:
        raise refusal(exc) from exc
    for member in members:
        try:
            content = member.read(limits.max_file_bytes)
            if sniff_upload(content, member.member) == "zip":
                raise RejectedUploadError("err_not_plan", "a .zip inside a .zip is not opened")
            yield Candidate(member.name, content)
        except InputError as exc:
            yield _refused(member.name, refusal(exc))
