"""The files a command reads: the paths a user names, turned into inputs that each have the name
they are shown under and bytes read within limits. One module for `parse`, `check`, `compare`,
`ingest` and the web page's uploads.

- A file as named; `-` is standard input.
- A folder, walked in sorted order for the wanted endings (and .zip archives); hidden files and
  folders, and the ones archivers and editors leave (`__MACOSX`, `~$plan.docx`), are skipped.
- A .zip archive (a path ending in .zip that is not a Word document by its directory): its
  members, listed from its directory and read in memory, shown as `archive.zip!folder/plan.docx`.
  Their names are decoded right with or without the archive's UTF-8 flag (the `zip` tool of
  Linux writes UTF-8 names without it). Every read is bounded: the member count and, optionally,
  the bytes all members unpack to; each member by the size limit and by its inflation ratio
  (a zip bomb). A member never unpacks to more than it declares (zipfile stops there, and the
  member then fails its checksum), so lying sizes are bounded too. A member that is itself an
  archive is not opened; a symbolic link is refused (its bytes name a file elsewhere). Member
  names are only ever shown, never used to write a file, so `../` leads nowhere.
- An archive is opened for its listing and once more for its members, never once per member.
- A URL that fsspec reads (`s3://bucket/plans/`, `file:///shared/plans`, `memory://`; fsspec
  comes with the cluster extra): a file, or a folder walked like one on disk. Archives named by
  URL are read as files, not opened.

An input that another machine may read too (a file's absolute path, a URL) says where, so that
a cluster's workers read it themselves (`location`).
"""

from __future__ import annotations

import io
import lzma
import os
import stat
import struct
import sys
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError, printable
from plan_extract.read.families import SUPPORTED_SUFFIXES, suffix_of
from plan_extract.read.options import MAX_INPUT_BYTES, MIB, TooLargeError
from plan_extract.read.word import is_word_package

STDIN = "-"
ZIP_SUFFIX = ".zip"
_UTF8_FLAG = 0x800
_UNICODE_PATH_FIELD = 0x7075  # Info-ZIP's extra field holding a member's name in UTF-8
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,  # a compression method zipfile cannot read
    RuntimeError,  # an encrypted member
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    lzma.LZMAError,
)


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What one archive may hold: members (files, hidden ones not counted), the bytes they
    unpack to all together (None: unbounded, as members are read one at a time), and how many
    times its compressed size a member may inflate to (real documents stay far below 200:1,
    bombs run into the thousands)."""

    max_members: int = 100_000
    max_total_bytes: int | None = None
    max_ratio: int = 200


class ZipBombError(InputError):
    """A member that inflates past the ratio limit."""


class ArchiveError(InputError):
    """The archive as a whole is refused: damaged, too many members, or unpacking to too much;
    `limit` is the member count or the byte total exceeded."""

    def __init__(
        self, reason: Literal["damaged", "too_many", "too_large"], message: str, limit: int = 0
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.limit = limit


class Input(ABC):
    """A file to read, under the name that shows (and stores) where it comes from."""

    @property
    @abstractmethod
    def name(self) -> str: ...

    @property
    def declared(self) -> SourceFormat | None:
        """The format named for it (standard input's `--format-in`); None when its name and
        content tell."""
        return None

    @property
    def short_name(self) -> str:
        """The file's own name, or `archive.zip!folder/plan.docx` for a member."""
        return _last_part(self.name)

    @property
    def flat_name(self) -> str:
        """The short name as one file name, safe to write: folders in an archive joined by `!`
        (`archive.zip!folder!plan.docx`), control characters replaced, long names cut."""
        return _safe(self.short_name.replace("\\", "/").replace("/", "!"))

    @property
    def location(self) -> str | None:
        """Where another machine may read the same bytes (an absolute path or a URL, for
        fsspec); None when only this process can (standard input, an archive's member)."""
        return None

    @abstractmethod
    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        """Its bytes; `InputError` (one line) when it cannot be read or is over `max_bytes`."""


@dataclass(frozen=True, slots=True)
class FileInput(Input):
    path: Path

    @property
    def name(self) -> str:
        return printable(str(self.path))

    @property
    def location(self) -> str | None:
        return str(self.path.absolute())

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        try:
            if not self.path.exists():
                raise InputError("no such file")
            if self.path.is_dir():
                raise InputError("is a directory, not a file")
            size = self.path.stat().st_size
            if size > max_bytes:
                raise TooLargeError(size, max_bytes)
            with self.path.open("rb") as stream:
                data = stream.read(max_bytes + 1)  # the file may have grown since
        except OSError as exc:
            raise InputError(f"cannot be read: {exc.strerror or exc}") from exc
        if len(data) > max_bytes:
            raise TooLargeError(len(data), max_bytes)
        return data


@dataclass(frozen=True, slots=True)
class UrlInput(Input):
    """A file named by a URL that fsspec reads."""

    url: str

    @property
    def name(self) -> str:
        return printable(self.url)

    @property
    def location(self) -> str | None:
        return self.url

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        return read_url(self.url, max_bytes)


def read_url(url: str, max_bytes: int) -> bytes:
    """The bytes at a path or URL, through fsspec; `InputError` (one line) when they cannot
    be read or are over `max_bytes`."""
    fsspec = _fsspec()
    try:
        with fsspec.open(url, "rb") as stream:
            data: bytes = stream.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory, not a file") from exc
    except (OSError, ValueError, ImportError) as exc:  # what fsspec's file systems refuse, and
        raise InputError(f"cannot be read: {exc}".splitlines()[0]) from exc  # one not installed
    if len(data) > max_bytes:
        raise TooLargeError(len(data), max_bytes)
    return data


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError as exc:
        raise InputError("reading URLs needs fsspec: pip install 'plan-extract[cluster]'") from exc
    return fsspec


def is_url(name: str) -> bool:
    """A URL (`s3://...`, `file:///...`), not a path."""
    return "://" in name


@dataclass(frozen=True, slots=True)
class StdinInput(Input):
    declared: SourceFormat | None = None
    name: str = "<stdin>"

    @property
    def flat_name(self) -> str:
        return "stdin"

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError(len(data), max_bytes)
        return data


@dataclass(frozen=True, slots=True)
class BrokenInput(Input):
    """An archive that cannot be opened or is refused whole: reading it gives the reason, so
    that it is reported in turn with the other inputs."""

    path: Path
    error: InputError

    @property
    def name(self) -> str:
        return printable(str(self.path))

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        raise self.error


@dataclass(frozen=True, slots=True)
class MemberInput(Input):
    archive: Archive
    info: zipfile.ZipInfo
    member: str  # its name in the archive, decoded

    @property
    def name(self) -> str:
        return f"{self.archive.name}!{printable(self.member)}"

    @property
    def short_name(self) -> str:
        return f"{_last_part(self.archive.name)}!{printable(self.member)}"

    @property
    def flat_name(self) -> str:
        """As `Input.flat_name`, from the member's own name (not its escaped display)."""
        member = self.member.replace("\\", "/").replace("/", "!")
        return _safe(f"{_last_part(self.archive.name)}!{member}")

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        return self.archive.read_member(self.info, max_bytes)


class _OneOpen:
    """Keeps at most one archive on disk open at a time, for the archives one listing found:
    their members are read in order, so each is opened once more after its listing, and a
    folder of many archives never holds all their files open."""

    def __init__(self) -> None:
        self.current: Archive | None = None

    def switch_to(self, archive: Archive) -> None:
        if self.current is not None and self.current is not archive:
            self.current.close()
        self.current = archive


class Archive:
    """A .zip archive of files, on disk (`source` a path) or in memory (`source` its bytes)."""

    def __init__(
        self,
        name: str,
        source: Path | bytes,
        limits: ZipLimits | None = None,
        shared: _OneOpen | None = None,
    ) -> None:
        self.name = name
        self.source = source
        self.limits = limits or ZipLimits()
        self._shared = shared or _OneOpen()
        self._zip: zipfile.ZipFile | None = None

    def opened(self) -> zipfile.ZipFile:
        """The archive, open (`ArchiveError` when it cannot be opened)."""
        if self._zip is None:
            self._shared.switch_to(self)
            source = io.BytesIO(self.source) if isinstance(self.source, bytes) else self.source
            try:
                self._zip = zipfile.ZipFile(source)
            except zipfile.BadZipFile as exc:
                raise ArchiveError("damaged", "a damaged .zip archive") from exc
            except OSError as exc:
                raise ArchiveError("damaged", f"cannot be read: {exc.strerror or exc}") from exc
            except _ZIP_ERRORS as exc:
                raise ArchiveError("damaged", f"a damaged .zip archive ({exc})") from exc
        return self._zip

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def members(self, suffixes: Collection[str] | None = None) -> list[MemberInput]:
        """The files in the archive (with one of `suffixes`, or all), sorted by name; hidden
        files and folders skipped. `ArchiveError` when the archive is refused whole."""
        infos = self.opened().infolist()
        files = [(info, member_name(info)) for info in infos if not info.is_dir()]
        files = [(info, name) for info, name in files if not is_hidden(name)]
        limits = self.limits
        if len(files) > limits.max_members:
            raise ArchiveError(
                "too_many",
                f"the .zip holds {len(files)} files; the limit is {limits.max_members}",
                limits.max_members,
            )
        total = limits.max_total_bytes
        if total is not None and sum(info.file_size for info, _ in files) > total:
            raise ArchiveError(
                "too_large", f"the .zip unpacks to more than {total // MIB} MiB", total
            )
        wanted = [(i, n) for i, n in files if suffixes is None or suffix_of(n) in suffixes]
        return [MemberInput(self, info, name) for info, name in sorted(wanted, key=lambda m: m[1])]

    def read_member(self, info: zipfile.ZipInfo, max_bytes: int) -> bytes:
        """One member's bytes, refused when it declares more than `max_bytes` or inflates past
        the ratio limit. zipfile never unpacks more than a member declares (a member that lies
        fails its checksum instead), so the declared sizes bound the work."""
        if stat.S_ISLNK(info.external_attr >> 16):  # its bytes name a file elsewhere
            raise InputError("a symbolic link in the archive, not a file")
        if info.file_size > max_bytes:
            raise TooLargeError(info.file_size, max_bytes)
        ratio = self.limits.max_ratio
        if info.file_size > MIB and info.file_size > ratio * max(info.compress_size, 1):
            raise ZipBombError(
                f"compressed {info.file_size // max(info.compress_size, 1)}:1 in the archive "
                f"(more than {ratio}:1 looks like a zip bomb)"
            )
        try:
            with self.opened().open(info) as stream:
                return stream.read(max_bytes)
        except RuntimeError as exc:
            raise InputError("an encrypted member of the archive (it needs a password)") from exc
        except NotImplementedError as exc:
            raise InputError(f"compressed in a way that cannot be read ({exc})") from exc
        except _ZIP_ERRORS as exc:
            raise InputError(f"a damaged member of the archive ({type(exc).__name__})") from exc


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as it was meant: UTF-8 when the archive says so (flag 11), else the
    UTF-8 name of Info-ZIP's Unicode path field when it matches the stored name, else the
    stored bytes as UTF-8 when they are valid UTF-8 (the `zip` tool of Linux writes UTF-8
    without the flag; an accented name in code page 437, the standard's other choice, is
    almost never valid UTF-8), else code page 437 as zipfile read it."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    stored = info.orig_filename.encode("cp437")  # zipfile decoded the stored bytes as cp437
    try:
        return _unicode_path(info.extra, stored) or stored.decode("utf-8")
    except UnicodeDecodeError:
        return info.filename


def _unicode_path(extra: bytes, stored: bytes) -> str | None:
    offset = 0
    while offset + 4 <= len(extra):
        field, size = struct.unpack_from("<HH", extra, offset)
        body = extra[offset + 4 : offset + 4 + size]
        if (
            field == _UNICODE_PATH_FIELD
            and len(body) > 5
            and body[0] == 1
            and struct.unpack_from("<L", body, 1)[0] == zlib.crc32(stored)
        ):
            return body[5:].decode("utf-8")
        offset += 4 + size
    return None


def is_hidden(path: str) -> bool:
    """Files and folders that are not documents of their own: hidden ones (`.DS_Store`,
    `.git`), the resource forks macOS archivers add (`__MACOSX`), and the owner files Word
    leaves beside an open document (`~$plan.docx`)."""
    parts = [part for part in path.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    return any(part.startswith((".", "__MACOSX")) for part in parts) or (
        bool(parts) and parts[-1].startswith("~$")
    )


def find_inputs(
    paths: Iterable[Path | str],
    suffixes: Collection[str] = SUPPORTED_SUFFIXES,
    limits: ZipLimits | None = None,
    stdin_format: SourceFormat | None = None,
) -> list[Input]:
    """The inputs the paths name: files as named (a missing one too, so that its error is
    reported with the others), `-` for standard input, folders walked for files with one of
    `suffixes` and for .zip archives, archives opened for their members with those suffixes;
    a URL (a string) as a file, or a folder walked for files with one of `suffixes`."""
    shared = _OneOpen()
    found: list[Input] = []
    for named in paths:
        if isinstance(named, str) and is_url(named):
            found.extend(_url_inputs(named, suffixes))
            continue
        path = Path(named)
        if str(path) == STDIN:
            found.append(StdinInput(stdin_format))
        elif path.is_dir():
            for child in _walk(path, (*suffixes, ZIP_SUFFIX)):
                found.extend(_expand(child, suffixes, limits, shared))
        else:
            found.extend(_expand(path, suffixes, limits, shared))
    return found


def _url_inputs(url: str, suffixes: Collection[str]) -> list[Input]:
    """The file at a URL, or the files of the folder there with one of `suffixes`, sorted; a URL
    that cannot be listed is one input, whose read says why."""
    fsspec = _fsspec()
    try:
        system, root = fsspec.core.url_to_fs(url)
        if not system.isdir(root):
            return [UrlInput(url)]
        names = sorted(system.find(root))
    except (OSError, ValueError, ImportError):  # ImportError: the file system's own library
        return [UrlInput(url)]
    found: list[Input] = []
    for name in names:
        relative = PurePosixPath(name).relative_to(PurePosixPath(root)).parts
        if not is_hidden("/".join(relative)) and suffix_of(relative[-1]) in suffixes:
            found.append(UrlInput(system.unstrip_protocol(name)))
    return found


def _walk(folder: Path, suffixes: Collection[str]) -> list[Path]:
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not is_hidden(name)]
        found += [
            Path(root, name)
            for name in files
            if not is_hidden(name) and suffix_of(name) in suffixes
        ]
    return sorted(found)


def _expand(
    path: Path, suffixes: Collection[str], limits: ZipLimits | None, shared: _OneOpen
) -> Iterator[Input]:
    if suffix_of(path.name) != ZIP_SUFFIX or not path.is_file():
        yield FileInput(path)
        return
    archive = Archive(printable(str(path)), path, limits, shared)
    try:
        if is_word_package(archive.opened().namelist()):  # a Word document called .zip
            archive.close()
            yield FileInput(path)
            return
        yield from archive.members(suffixes)
    except ArchiveError as exc:
        yield BrokenInput(path, exc)


def _last_part(name: str) -> str:
    return PurePosixPath(name).name or name


def _safe(name: str) -> str:
    """A file name with control characters replaced, cut to fit a file system's 255 bytes
    (with room for the extension added to it)."""
    cleaned = "".join("_" if ord(char) < 32 or char == "\x7f" else char for char in name)
    encoded = cleaned.encode("utf-8")
    if len(encoded) <= 200:
        return cleaned
    kept = encoded[:190].decode("utf-8", errors="ignore")
    return f"{kept}~{zlib.crc32(encoded):08x}"
