"""The read stage's boundary: whatever a reader's libraries raise leaves it as one `InputError`
in words, and what it returns keeps within the bounds every later stage relies on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError, PlanExtractError
from plan_extract.read.model import RawDocument, RawLine
from plan_extract.read.options import MAX_LINE_CHARS


def within_reader(fmt: SourceFormat, read: Callable[[], RawDocument]) -> RawDocument:
    """`read()`, with what pdfium, pdfplumber, pdfminer, lxml, fontTools or LibreOffice raise
    on a file they cannot make sense of turned into an `InputError` that says so."""
    with one_error(lambda exc: f"not a readable {fmt.upper()} file ({describe(exc)})"):
        return read()


@contextmanager
def one_error(saying: Callable[[Exception], str]) -> Iterator[None]:
    """Whatever the work inside raises leaves it as an `InputError`: the project's own errors
    as they are, nesting and memory exhaustion in words, any other exception as `saying` it."""
    try:
        yield
    except PlanExtractError:
        raise
    except RecursionError as exc:
        raise InputError("the document nests too deeply to be read") from exc
    except MemoryError as exc:
        raise InputError("the document needs more memory to read than it is allowed") from exc
    except Exception as exc:  # a library's own error, or a fault met on this input
        raise InputError(saying(exc)) from exc


def describe(exc: BaseException) -> str:
    """An exception in a few words, on one line: its message, else its type's name."""
    message = " ".join(str(exc).split())
    if len(message) > 120:
        message = message[:117] + "..."
    return message or type(exc).__name__


def bounded(document: RawDocument) -> RawDocument:
    """The document with every line (and table cell) longer than `MAX_LINE_CHARS` cut into
    pieces that long, each keeping its source line and layout, so that no later step meets a
    longer one; a row's cells stay with its first piece."""
    if not any(_too_long(line) for line in document.lines):
        return document
    lines: list[RawLine] = []
    for line in document.lines:
        if not _too_long(line):
            lines.append(line)
            continue
        text = line.text
        cells = tuple(cell[:MAX_LINE_CHARS] for cell in line.cells) if line.cells else None
        pieces = [
            text[start : start + MAX_LINE_CHARS] for start in range(0, len(text), MAX_LINE_CHARS)
        ]
        lines += [
            replace(line, text=piece, cells=cells if index == 0 else None)
            for index, piece in enumerate(pieces or [""])
        ]
    return replace(document, lines=lines)


def _too_long(line: RawLine) -> bool:
    return len(line.text) > MAX_LINE_CHARS or any(
        len(cell) > MAX_LINE_CHARS for cell in line.cells or ()
    )
