"""A Word package (.docx) opened part by part: only the parts a plan's text needs are read (the
main document, its styles and numbering, found through the package's relationships), each
inflated in pieces up to a size cap and parsed without entities, DTDs or the network.

python-docx loads every part of the package when it opens one, so a large image nobody reads, or
a part that inflates to gigabytes, costs its full size before anything can refuse it; and it
follows every relationship of every part, which two parts that point at each other turn into a
recursion without end. Here nothing is read that is not needed, nothing is read past its cap,
and the relationships are looked up, never walked.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from typing import Any

from plan_extract.core.errors import InputError
from plan_extract.read.options import MIB

_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"
_DEFAULT_MAIN = "word/document.xml"
MAX_PART_BYTES = 32 * MIB  # a 300-page document's text part stays under 10 MiB
MAX_PARTS = 10_000
_CHUNK = MIB
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, zlib.error)


def _parser() -> Any:
    """lxml as python-docx configures it (blank text between elements dropped, entities left
    unresolved), and neither a DTD nor the network ever read."""
    from lxml import etree

    return etree.XMLParser(
        remove_blank_text=True,
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
    )


class WordPackage:
    """The parts of one .docx, read on demand."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS as exc:
            raise InputError(f"not a readable Word document ({_why(exc)})") from exc
        if len(infos) > MAX_PARTS:
            raise InputError(f"not a readable Word document (it has {len(infos)} parts)")
        self._infos = {info.filename.lstrip("/"): info for info in infos}
        self._parser = _parser()

    def close(self) -> None:
        self._zip.close()

    def main_part(self) -> str:
        """The main document part: the target of the package's officeDocument relationship."""
        return self._related("", _OFFICE_DOCUMENT) or _DEFAULT_MAIN

    def related(self, part: str, kind: str) -> str | None:
        """The part `part` relates to as `kind` (`styles`, `numbering`), if it is there."""
        return self._related(part, "/" + kind)

    def xml(self, part: str) -> Any:
        """The part's root element; `InputError` when it is missing, too large or malformed."""
        from lxml import etree

        data = self._read(part)
        try:
            return etree.fromstring(data, self._parser)
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise InputError(f"the Word document is malformed ({part}: {_why(exc)})") from exc

    def _related(self, part: str, suffix: str) -> str | None:
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        if rels not in self._infos:
            return None
        for relation in self.xml(rels).iter(_PACKAGE_RELS + "Relationship"):
            kind = str(relation.get("Type") or "")
            target = str(relation.get("Target") or "")
            if not kind.endswith(suffix) or relation.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                found = posixpath.normpath(target.lstrip("/"))
            else:
                found = posixpath.normpath(posixpath.join(folder, target))
            if found in self._infos:
                return found
        return None

    def _read(self, part: str) -> bytes:
        """The part's bytes, inflated a piece at a time: refused as soon as it passes the cap,
        whatever size it declares."""
        info = self._infos.get(part)
        if info is None:
            raise InputError(f"not a readable Word document (it has no {part})")
        if info.file_size > MAX_PART_BYTES:
            raise InputError(_too_large(part, info.file_size))
        pieces: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while piece := stream.read(_CHUNK):
                    size += len(piece)
                    if size > MAX_PART_BYTES:
                        raise InputError(_too_large(part, size))
                    pieces.append(piece)
        except (RuntimeError, NotImplementedError) as exc:  # encrypted, or an unknown method
            raise InputError(f"not a readable Word document ({part}: {_why(exc)})") from exc
        except _ZIP_ERRORS as exc:
            raise InputError(f"not a readable Word document ({part}: {_why(exc)})") from exc
        return b"".join(pieces)


def _too_large(part: str, size: int) -> str:
    return (
        f"the Word document's {part} is too large ({size // MIB} MiB or more; "
        f"the limit is {MAX_PART_BYTES // MIB} MiB)"
    )


def _why(exc: BaseException) -> str:
    """An exception's message on one line, short, or its type when it has none."""
    message = " ".join(str(exc).split())
    return message[:120] if message else type(exc).__name__
