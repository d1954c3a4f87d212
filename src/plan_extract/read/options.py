"""How a document is to be read, and the bounds on the work its reader may do."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError

OcrMode = Literal["auto", "always", "never"]
MIB = 1024 * 1024
MAX_INPUT_BYTES = 50 * MIB
# A line no plan comes near (the corpus's longest paragraph has about 2,200 characters): longer
# lines are cut by the readers and never joined past it by normalization, so that no step
# downstream (spaCy allows at most 1,000,000 characters) meets more.
MAX_LINE_CHARS = 10_000
MAX_LINES = 100_000  # a 500-page document has some 25,000 lines


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds on one document, checked by the readers before the work they bound: the bytes by
    every reader, the page count and page size by the PDF reader (a "PDF bomb" declares thousands
    of pages or a page kilometres wide), the lines by every reader (a line longer than
    `MAX_LINE_CHARS` is cut in pieces), the time of the whole parse, and for OCR the pixels
    rendered per page and per document, the seconds drawing a page may take
    (`read/pdf/render_budget.py`) and the memory of each Tesseract process (`read/pdf/ocr.py`)."""

    max_bytes: int = MAX_INPUT_BYTES
    max_pages: int = 500
    max_page_side: float = 14400.0  # points: 200 inches, PDF's own limit for a page side
    max_lines: int = MAX_LINES
    max_seconds: float | None = None  # the whole parse of the document (None: no limit)
    # An A2 page at 300 dpi (a grayscale byte a pixel: 36 MB); an A4 page is 8.7 megapixels.
    max_page_pixels: int = 36_000_000
    max_document_pixels: int = 4_500_000_000  # 500 A4 pages (`max_pages`) at 300 dpi
    max_render_seconds: float = 30.0  # an A4 page draws in well under a second
    # each Tesseract process's address space: it reads an A4 page in about 120 MiB, an A2 page
    # (`max_page_pixels`) in about 160; one runs per core, so a document's OCR stays within
    # cores x this, whatever the page
    max_ocr_process_mb: int = 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """`format` is the format the caller declares for bytes without a name (standard input's
    `--format-in`); like a file's extension, it only decides what the content leaves open.
    `pages_read` are PDF pages read by OCR already (a cluster's page ranges of a long scan,
    read/pdf/ranges.py): the read takes them in place of OCR of its own."""

    ocr: OcrMode = "auto"
    format: SourceFormat | None = None
    limits: ReadLimits = field(default_factory=ReadLimits)
    # read/pdf/ocr.py's OcrResult, named loosely: that module imports this one
    pages_read: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    @property
    def max_bytes(self) -> int:
        return self.limits.max_bytes


class TooLargeError(InputError):
    """A file (or archive member) over the byte limit; `limit` in bytes."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"the file is too large ({size // MIB} MiB; the limit is {limit // MIB} MiB)"
        )
        self.limit = limit


class TooManyLinesError(InputError):
    """A document of more lines than any plan has."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the document has more than {limit:,} lines (no plan has so many)")
