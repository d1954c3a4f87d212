"""Uploaded files to stored plans: limits, type by content, .zip archives opened, and each plan
handed to the store under its content hash (the uploaded name is only echoed back)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from plan_extract.core.errors import InputError, PlanExtractError
from plan_extract.read.inputs import Archive, ZipLimits
from plan_extract.read.options import TooLargeError
from plan_extract.read.sniff import Kind
from plan_extract.web.backend import Backend
from plan_extract.web.limits import UploadLimits
from plan_extract.web.schemas import FileOutcome
from plan_extract.web.sniff import RejectedUploadError, refusal, sniff_upload


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to parse: what the user called it, its bytes and its kind by content."""

    name: str
    data: bytes
    kind: Kind


def process(name: str, data: bytes, backend: Backend, limits: UploadLimits) -> list[FileOutcome]:
    """Store one uploaded file (or each plan in an uploaded .zip); never raises for bad input."""
    try:
        candidates = list(_candidates(name, data, limits))
    except RejectedUploadError as exc:
        return [_refused(name, exc)]
    outcomes = []
    for candidate in candidates:
        if isinstance(candidate, FileOutcome):
            outcomes.append(candidate)
            continue
        try:
            outcomes.append(_store(candidate, backend))
        except RejectedUploadError as exc:
            outcomes.append(_refused(candidate.name, exc))
        except PlanExtractError as exc:
            outcomes.append(FileOutcome(name=candidate.name, status="error", message=str(exc)))
    return outcomes


def _store(candidate: Candidate, backend: Backend) -> FileOutcome:
    if candidate.kind == "zip":
        raise RejectedUploadError("err_not_plan", "a .zip inside a .zip is not opened")
    plan_id, new = backend.ingest(candidate.data, candidate.name)
    return FileOutcome(
        name=candidate.name, status="stored" if new else "duplicate", plan_id=plan_id
    )


def _refused(name: str, exc: RejectedUploadError) -> FileOutcome:
    return FileOutcome(
        name=name, status="error", code=exc.code, message=str(exc), params=exc.params
    )


def _candidates(name: str, data: bytes, limits: UploadLimits) -> Iterator[Candidate | FileOutcome]:
    if len(data) > limits.max_file_bytes:
        raise refusal(TooLargeError(len(data), limits.max_file_bytes))
    kind = sniff_upload(data, name)
    if kind != "zip":
        yield Candidate(name, data, kind)
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
            yield Candidate(member.name, content, sniff_upload(content, member.member))
        except InputError as exc:
            yield _refused(member.name, refusal(exc))
