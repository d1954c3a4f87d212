"""Uploaded files to stored plans: limits, type by content, .zip archives opened, and each plan
handed to the store under its content hash (the uploaded name is only echoed back)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from plan_extract.core.errors import PlanExtractError
from plan_extract.web.backend import Backend
from plan_extract.web.limits import MIB, UploadLimits
from plan_extract.web.schemas import FileOutcome
from plan_extract.web.sniff import RejectedUploadError, UploadKind, sniff_upload


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to parse: what the user called it, its bytes and its kind by content."""

    name: str
    data: bytes
    kind: UploadKind


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
    plan_id, new = backend.ingest(candidate.data, candidate.kind)
    return FileOutcome(
        name=candidate.name, status="stored" if new else "duplicate", plan_id=plan_id
    )


def _refused(name: str, exc: RejectedUploadError) -> FileOutcome:
    return FileOutcome(
        name=name, status="error", code=exc.code, message=str(exc), params=exc.params
    )


def _candidates(name: str, data: bytes, limits: UploadLimits) -> Iterator[Candidate | FileOutcome]:
    if len(data) > limits.max_file_bytes:
        raise _too_large(limits.max_file_bytes)
    kind = sniff_upload(data, name)
    if kind != "zip":
        yield Candidate(name, data, kind)
        return
    yield from _zip_members(name, data, limits)


def _zip_members(name: str, data: bytes, limits: UploadLimits) -> Iterator[Candidate | FileOutcome]:
    """The plans in an archive; a member too big, unreadable or not a plan is an error outcome."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir() and not _is_hidden(info.filename)
        ]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RejectedUploadError("err_zip_bad", f"{name}: a damaged .zip archive") from exc
    if len(members) > limits.max_zip_members:
        raise RejectedUploadError(
            "err_zip_too_many",
            f"the .zip holds {len(members)} files; the limit is {limits.max_zip_members}",
            count=limits.max_zip_members,
        )
    declared = sum(info.file_size for info in members)
    if declared > limits.max_zip_bytes:
        raise RejectedUploadError(
            "err_zip_too_large",
            f"the .zip unpacks to more than {limits.max_zip_bytes // MIB} MiB",
            size=limits.max_zip_bytes // MIB,
        )
    for info in members:
        member_name = f"{name}/{info.filename}"
        if info.file_size > limits.max_file_bytes:
            yield _refused(member_name, _too_large(limits.max_file_bytes))
            continue
        try:
            # Read at most one byte past the limit: a member lying about its size stays bounded.
            with archive.open(info) as stream:
                content = stream.read(limits.max_file_bytes + 1)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            yield _refused(member_name, RejectedUploadError("err_zip_bad", "unreadable member"))
            continue
        if len(content) > limits.max_file_bytes:
            yield _refused(member_name, _too_large(limits.max_file_bytes))
            continue
        try:
            yield Candidate(member_name, content, sniff_upload(content, info.filename))
        except RejectedUploadError as exc:
            yield _refused(member_name, exc)


def _too_large(limit: int) -> RejectedUploadError:
    return RejectedUploadError(
        "err_too_large",
        f"the file is too large; the limit is {limit // MIB} MiB",
        size=limit // MIB,
    )


def _is_hidden(path: str) -> bool:
    """Folders and files an archiver adds on its own (__MACOSX, .DS_Store) are not plans."""
    return any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(path).parts)
