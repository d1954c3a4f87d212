"""The files an ingest reads: plan files named or found in folders, and the members of .zip
archives (read in memory, with limits against zip bombs)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plan_extract.core.errors import InputError
from plan_extract.read import MAX_INPUT_BYTES, SUPPORTED_SUFFIXES

MAX_MEMBER_BYTES = MAX_INPUT_BYTES
MAX_COMPRESSION_RATIO = 200  # real documents stay far below; bombs run into the thousands
MAX_ARCHIVE_MEMBERS = 100_000
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to ingest: on disk (`member` None) or a member of the archive at `path`."""

    path: Path
    member: str | None = None

    @property
    def name(self) -> str:
        """How the file is shown and stored: the path, or `archive.zip!member/path`."""
        return f"{self.path}!{self.member}" if self.member else str(self.path)

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        if self.member is None:
            return _read_file(self.path, max_bytes)
        return read_member(self.path, self.member, max_bytes)


def find_inputs(paths: Iterable[Path]) -> Iterator[InputFile]:
    """Plan files as named; folders walked in sorted order; archives opened for their members.
    A path that cannot be read is still yielded, so its error is recorded with the others."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _wanted(child.name, archives=True):
                    yield from _expand(child)
        else:
            yield from _expand(path)


def _wanted(name: str, archives: bool) -> bool:
    suffix = PurePosixPath(name).suffix.lower()
    return suffix in SUPPORTED_SUFFIXES or (archives and suffix == ".zip")


def _expand(path: Path) -> Iterator[InputFile]:
    if path.suffix.lower() != ".zip" or not path.is_file():
        yield InputFile(path)
        return
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        yield InputFile(path)  # read as a file, the reader says what is wrong with it
        return
    members = [i.filename for i in infos if not i.is_dir() and _wanted(i.filename, False)]
    for member in sorted(members)[:MAX_ARCHIVE_MEMBERS]:
        yield InputFile(path, member)


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a directory, not a file")
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(_too_large(path.stat().st_size, max_bytes))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}") from exc


def read_member(archive_path: Path, member: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """One member's bytes, refusing members that declare or inflate past the limits."""
    try:
        with zipfile.ZipFile(archive_path) as archive:
            info = archive.getinfo(member)
            if info.file_size > max_bytes:
                raise InputError(_too_large(info.file_size, max_bytes))
            if info.file_size > _CHUNK and info.file_size > MAX_COMPRESSION_RATIO * max(
                info.compress_size, 1
            ):
                raise InputError(
                    f"compressed {info.file_size // max(info.compress_size, 1)}:1 in the archive "
                    f"(more than {MAX_COMPRESSION_RATIO}:1 looks like a zip bomb)"
                )
            return _bounded_read(archive, info, max_bytes)
    except KeyError as exc:
        raise InputError("not a valid ZIP archive") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as exc:
        raise InputError(f"the archive cannot be read: {exc}") from exc


def _bounded_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> bytes:
    """Read at most `max_bytes` (the declared size can lie), then stop with an error."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            total += len(chunk)
            if total > max_bytes:
                raise InputError(_too_large(total, max_bytes))
            chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"the file is too large ({size // (1024 * 1024)} MiB; "
        f"the limit is {max_bytes // (1024 * 1024)} MiB)"
    )
