"""OCR of PDF pages with Tesseract's Vietnamese model, rendered by pypdfium2 at 200-300 dpi.

Tesseract reads printed text best at 200-300 dpi; the words come back with their boxes,
which `page_layout` treats like a text layer's. A page whose mean word confidence is low gets
a warning, since what is read from it may be wrong.
"""

from __future__ import annotations

import io
import os
import re
import statistics
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from plan_extract.core.budget import TimeBudgetError, remaining
from plan_extract.core.contract import Warning
from plan_extract.core.errors import InputError, MissingToolError
from plan_extract.core.progress import report
from plan_extract.core.text import BULLETS, unmarked
from plan_extract.read.options import ReadLimits
from plan_extract.read.pdf.cells import laid_out
from plan_extract.read.pdf.ocr_reread import reread_doubtful
from plan_extract.read.pdf.page_layout import Page, Word
from plan_extract.read.pdf.render_budget import RenderBudget
from plan_extract.read.pdf.scan_tables import ruled_page

DPI = 300
MIN_DPI = 200
LANGUAGE = "vie"
LOW_CONFIDENCE = 80.0
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"
# Tesseract's page segmentation: a page's own layout found (columns, blocks); a page with a
# ruled table read as one block of lines, which keeps a narrow column's short cells (`TT`,
# `1`, `-`) that the layout analysis drops as no text
PAGE, TABLE_PAGE = "3", "6"
LINE = "7"  # one line of text: a word cut out of the page and read again (`ocr_reread`)


# characters Tesseract's Vietnamese model reads in place of the ones printed: fraction and
# division slashes for `/`; a slashed `ø`, no Vietnamese letter, for `o` (`IøT` for `IoT`)
_OCR_CONFUSIONS = str.maketrans({"\u2044": "/", "\u2215": "/", "\u00f8": "o"})
SPECK_CONFIDENCE = 50.0
FLAT_MARK = 0.4  # a word's height, as a share of the page's median, below which it is no print
_LIST_MARKS = frozenset(BULLETS + "*")
_DASH = "-"
DASH_ASPECT = 1.5  # a printed dash is twice as wide as it is tall, or more
_ACCENTS = frozenset({"Lm", "Sk", "Mn"})  # modifier letters, spacing and combining marks
# the marks Vietnamese letters carry (NFD): grave, acute, circumflex, tilde, breve, hook,
# horn, dot below
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")


def is_speck(text: str, confidence: float, height: float = 1.0, aspect: float = 2.0) -> bool:
    """A word read from a speck of the scan, not from print: an accent standing alone (`ˆ`,
    `` ` ``), signs with no letter or digit (`&`, `€)`) read with low confidence, or anything
    read with low confidence from a mark far flatter than the page's print (`height`, a share
    of its words' median height): the rule under the issuer read as `x.`; a digit alone read
    from such a mark, however sure. A list's dash or
    plus, alone before its item, is print; but not a dash read with low confidence from a dot
    no wider than it is tall (`aspect`, its box's width over its height), which a printed
    dash never is: a speck between the words of a province's name (`TỈNH HÀ - TĨNH`). A
    letter alone that no Vietnamese text prints (`š` after `KT. CHỦ TỊCH`) is a speck too."""
    if len(text) == 1 and text.isalpha() and not _vietnamese_letter(text):
        return True
    if text == _DASH:
        return confidence < SPECK_CONFIDENCE and aspect < DASH_ASPECT
    if text in _LIST_MARKS:
        return False
    if all(unicodedata.category(ch) in _ACCENTS for ch in text):
        return True
    if height < FLAT_MARK and (confidence < SPECK_CONFIDENCE or _lone_digit(text)):
        return True
    printed = any(
        ch.isdigit() or (ch.isalpha() and unicodedata.category(ch) != "Lm") for ch in text
    )
    return not printed and confidence < SPECK_CONFIDENCE


def _lone_digit(text: str) -> bool:
    """One digit alone: printed, it stands as high as a capital, never as flat as a speck (a
    speck in a scan's signature block read `3` with fair confidence cut the signer's position
    from its name)."""
    return len(text) == 1 and text.isdigit()


def _vietnamese_letter(char: str) -> bool:
    """A Latin letter, or one with only the marks Vietnamese letters carry (`đ` unmarked is
    `d`)."""
    marks = unicodedata.normalize("NFD", char.casefold())[1:]
    return unmarked(char).isascii() and all(mark in _VIETNAMESE_MARKS for mark in marks)


def without_marks_inside_words(words: list[Word]) -> list[Word]:
    """The words less a mark with no letter or digit whose box's middle falls within another
    word's width, and its height or the marks above it (half as high again): a speck on a
    printed word, read as a word of its own and set after it (`TỈNH : ĐỒNG THÁP`, the colon a
    speck over `TỈNH`)."""
    marks = [word for word in words if not any(char.isalnum() for char in word.text)]
    if not marks:
        return words
    inside = {
        id(mark)
        for mark in marks
        for word in words
        if word is not mark
        and any(char.isalnum() for char in word.text)
        and word.x0 < (mark.x0 + mark.x1) / 2 < word.x1
        and word.top - (word.bottom - word.top) / 2 < (mark.top + mark.bottom) / 2 < word.bottom
    }
    return [word for word in words if id(word) not in inside]


@dataclass(slots=True)
class OcrResult:
    page: Page
    confidence: float
    warnings: list[Warning] = field(default_factory=list)


@cache
def check_tesseract() -> None:
    """MissingToolError unless Tesseract and its Vietnamese data are installed."""
    if LANGUAGE not in tesseract_languages():
        raise MissingToolError(f"Tesseract has no Vietnamese model ('vie'): {INSTALL}")


_LANGUAGE_NAME = re.compile(r"[a-z_]+")


def tesseract_languages() -> list[str]:
    """The models Tesseract has (`tesseract --list-langs`, read as pytesseract's
    `get_languages` reads it); MissingToolError where there is no Tesseract. Asked of the
    program itself, as the pages are read: pytesseract is not imported to read a scan (it
    imports pandas where pandas is installed, a hundred MiB held for nothing)."""
    import subprocess

    try:
        done = subprocess.run(
            ["tesseract", "--list-langs"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
        )
    except OSError as exc:
        raise MissingToolError(f"scanned pages need Tesseract OCR: {INSTALL}") from exc
    if done.returncode not in (0, 1):
        raise MissingToolError(f"scanned pages need Tesseract OCR: {INSTALL}")
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return [line.strip() for line in lines if _LANGUAGE_NAME.fullmatch(line.strip())]


def page_dpi(pdf_page: Any) -> int | None:
    """A scanned page's own resolution, kept within what Tesseract reads well (no upscaling,
    which only slows it); None when no image covers the page (vector text drawn without a
    usable text layer, perhaps with a stamp)."""
    import pypdfium2.raw as pdfium_c

    width, height = pdf_page.get_size()
    native = []
    for image in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= 0.5 * width * height:  # a page image, not a stamp
            native.append(image.get_px_size()[0] / max(right - left, 1.0) * 72)
    if not native:
        return None
    return int(min(max(max(native), MIN_DPI), DPI))


def render_page(pdf_page: Any, number: int, budget: RenderBudget) -> tuple[Any, float]:
    """The page as a grayscale image and its scale. A scan is rendered at its own resolution
    and its specks removed (3-pixel median filter); vector text at 300 dpi, unfiltered, since
    the filter would erase thin diacritics. Within the document's render budget: a lower
    resolution for a page too large, `RenderBudgetError` past the budget."""
    dpi = page_dpi(pdf_page)
    scale = budget.check_render_budget(pdf_page, dpi or DPI, number) / 72
    image = budget.render(pdf_page, scale, number)
    if dpi is not None:
        image = despeckled(image)
    return image, scale


def despeckled(image: Any) -> Any:
    """A grey image through a 3-pixel median filter, the same pixels as PIL's
    `ImageFilter.MedianFilter(3)` (the edges repeated past the border) at a sixth of its time:
    the median of nine is the median of the largest of the columns' smallest, the median of
    their medians and the smallest of their largest, each column of three sorted once for the
    three windows it is in (numpy, for the whole image at once)."""
    import numpy
    from PIL import Image

    padded = numpy.pad(numpy.asarray(image), 1, mode="edge")
    upper, middle, lower = padded[:-2], padded[1:-1], padded[2:]
    low, high = numpy.minimum(upper, middle), numpy.maximum(upper, middle)
    middles = _median_of_three(low, high, lower)
    lows, highs = numpy.minimum(low, lower), numpy.maximum(high, lower)
    del padded, upper, middle, lower, low, high
    largest_low = numpy.maximum(numpy.maximum(lows[:, :-2], lows[:, 1:-1]), lows[:, 2:])
    smallest_high = numpy.minimum(numpy.minimum(highs[:, :-2], highs[:, 1:-1]), highs[:, 2:])
    middle_of_middles = _median_of_three(
        numpy.minimum(middles[:, :-2], middles[:, 1:-1]),
        numpy.maximum(middles[:, :-2], middles[:, 1:-1]),
        middles[:, 2:],
    )
    del lows, highs, middles
    least, most = (
        numpy.minimum(largest_low, middle_of_middles),
        numpy.maximum(largest_low, middle_of_middles),
    )
    return Image.fromarray(_median_of_three(least, most, smallest_high))


def _median_of_three(low: Any, high: Any, third: Any) -> Any:
    """The median of three arrays' values, element by element, the first two in order
    (`low` <= `high`)."""
    import numpy

    return numpy.maximum(low, numpy.minimum(high, third))


def ocr_page(pdf_page: Any, number: int, budget: RenderBudget) -> OcrResult:
    """OCR of one page: rendered within `budget`, read by Tesseract, its image let go."""
    check_tesseract()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image, scale = render_page(pdf_page, number, budget)
    try:
        return _read_image(number, pdf_page.get_size(), image, scale, budget.limits, remaining())
    except _PastTimeBudgetError as exc:
        raise TimeBudgetError() from exc


def ocr_stream(
    pdf_pages: Iterable[tuple[int, Any]], budget: RenderBudget, tables: bool = True
) -> Iterator[OcrResult]:
    """OCR of several pages, streamed: each page is rendered (one after the other: pdfium is
    not thread-safe) while Tesseract processes read the ones before it, one per core, each
    single-threaded. One page waits rendered beyond what the processes read, so that a process
    done with its page starts the next at once rather than after the next is rendered (waiting
    for the page to render left a core idle for each page: a scan took 1.17 times raw
    Tesseract's time); no more is rendered ahead, and each image is let go once read, so memory
    stays flat however many pages there are. Results come in page order, each as soon as it
    and the ones before it are read; `pdf_pages` may load each page as it is asked for. Each
    page is rendered within the document's render `budget`. Stopping early (leaving the loop)
    cancels the reads not yet started. Without `tables`, ruled tables are not looked for: the
    words stay where the page's image has them (glyph votes pair them with a text layer's words
    by position)."""
    check_tesseract()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    large_buffers_returned()
    workers = max(1, os.cpu_count() or 1)
    pending: deque[Future[OcrResult]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for number, pdf_page in pdf_pages:
                image, scale = render_page(pdf_page, number, budget)
                size = pdf_page.get_size()
                seconds = remaining()  # the time budget is this thread's, not the pool's
                read = (number, size, image, scale, budget.limits, seconds, tables)
                pending.append(pool.submit(_read_image, *read))
                del image, read
                # the next page is rendered once a process is free or one page waits for one;
                # the results read wait in order, a few at most
                while _reading(pending) > workers or len(pending) > WAITING * workers:
                    wait([read for read in pending if not read.done()], return_when=FIRST_COMPLETED)
                    yield from _read_first(pending)
                yield from _read_first(pending)
            while pending:
                yield _result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()


WAITING = 2  # results read ahead of the first page not yet read, per Tesseract process


def _reading(pending: deque[Future[OcrResult]]) -> int:
    """The pages of `pending` rendered and not yet read (their images held)."""
    return sum(not read.done() for read in pending)


def _read_first(pending: deque[Future[OcrResult]]) -> Iterator[OcrResult]:
    """The results of `pending` read already before the first not yet read, in order."""
    while pending and pending[0].done():
        yield _result(pending.popleft())


LARGE_BUFFER = 1 << 20  # bytes: a buffer this large or larger is mapped apart, and let go whole


@cache
def large_buffers_returned() -> bool:
    """Has glibc's allocator give each buffer of `LARGE_BUFFER` bytes or more memory of its
    own, returned to the system once freed; whether it could (glibc only). By default the
    size from which it does so grows to the largest buffer freed so far (up to 32 MiB), so
    that a page's image and the arrays made from it (a few MiB each, in the pool's threads)
    come from the threads' heaps after the first page, where freed memory is kept: the
    process grew with the pages read (a 40-page scan 30 MiB more than a 10-page one). A
    fixed size (`mallopt(M_MMAP_THRESHOLD)`) keeps it flat."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # another C library (musl has no mallopt)
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, LARGE_BUFFER))


_M_MMAP_THRESHOLD = -3  # glibc's malloc.h


class _PastTimeBudgetError(Exception):
    """Tesseract ran past the time left of the document's budget (raised in a pool thread, where
    that budget is not open; `_result` makes it the budget's own error)."""


def _result(read: Future[OcrResult]) -> OcrResult:
    try:
        return read.result()
    except _PastTimeBudgetError as exc:
        raise TimeBudgetError() from exc


def ocr_pages(
    pdf_pages: Iterable[tuple[int, Any]], budget: RenderBudget, total: int
) -> list[OcrResult]:
    """OCR of several pages (`ocr_stream`), all read, each reported as read (`total` pages)
    to whoever watches the progress (a web upload's job)."""
    report("ocr", 0, total)
    results: list[OcrResult] = []
    for result in ocr_stream(pdf_pages, budget):
        results.append(result)
        report("ocr", len(results), total)
    return results


def _tesseract_words(
    image: Any, number: int, limits: ReadLimits, seconds: float | None, layout: str = PAGE
) -> dict[str, list[str]]:
    """Tesseract's words with their boxes and confidences (its TSV, column by column) for the
    page's `image`. Tesseract runs as a process of its own, so it is bounded here rather than
    by the parser's limits: its address space by `limits.max_ocr_process_mb` (util-linux's
    `prlimit`, set before Tesseract starts; where there is none, as on Windows, it runs
    uncapped), its time by `seconds`, what is left of the document's time budget (a thread's
    budget cannot interrupt a wait on a child process)."""
    import shutil
    import subprocess

    pixels = io.BytesIO()  # uncompressed (PGM): Tesseract reads the same pixels as from a
    image.save(pixels, format="PPM")  # PNG, without the time PNG's compression takes
    command = ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", layout]
    command += ["-c", "tessedit_create_tsv=1", "tsv"]
    if shutil.which("prlimit"):
        command = ["prlimit", f"--as={limits.max_ocr_process_mb * 1024 * 1024}", "--", *command]
    try:
        done = subprocess.run(
            command,
            input=pixels.getvalue(),
            capture_output=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise _PastTimeBudgetError from exc
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(
            f"Tesseract could not read page {number} (within {limits.max_ocr_process_mb} MiB): "
            + (said[-1] if said else f"exit status {done.returncode}")
        )
    rows = [line.split("\t") for line in done.stdout.decode("utf-8", "replace").strip().split("\n")]
    if len(rows) < 2:
        return {}
    header, body = rows[0], rows[1:]
    if len(body[-1]) == len(header) - 1:  # an empty last word loses its cell
        body[-1].append("")
    body = [row for row in body if len(row) == len(header)]
    words = {name: [row[column] for row in body] for column, name in enumerate(header)}
    # whole percents, as pytesseract gave them: specks and the low-confidence warning were set
    # on those
    words["conf"] = [str(int(float(value))) for value in words.get("conf", [])]
    return words


def _read_image(
    number: int,
    size: tuple[float, float],
    image: Any,
    scale: float,
    limits: ReadLimits,
    seconds: float | None,
    with_tables: bool = True,
) -> OcrResult:
    tables, image = ruled_page(image, scale) if with_tables else ([], image)
    data = _tesseract_words(image, number, limits, seconds, TABLE_PAGE if tables else PAGE)
    data = reread_doubtful(
        image, number, data, lambda cut: _tesseract_words(cut, number, limits, seconds, LINE)
    )
    words: list[Word] = []
    confidences: list[float] = []
    heights = [
        float(height)
        for text, height, confidence in zip(data["text"], data["height"], data["conf"], strict=True)
        if str(text).strip() and float(confidence) >= 0
    ]
    typical = statistics.median(heights) if heights else 1.0
    for index, text in enumerate(data["text"]):
        text = str(text).strip().translate(_OCR_CONFUSIONS)
        confidence = float(data["conf"][index])
        box_height = float(data["height"][index])
        height = box_height / max(typical, 1.0)
        aspect = float(data["width"][index]) / max(box_height, 1.0)
        if not text or confidence < 0 or is_speck(text, confidence, height, aspect):
            continue
        left, top = float(data["left"][index]), float(data["top"][index])
        words.append(
            Word(
                text=text,
                x0=left / scale,
                x1=(left + float(data["width"][index])) / scale,
                top=top / scale,
                bottom=(top + float(data["height"][index])) / scale,
                ocr=True,
            )
        )
        confidences.append(confidence)
    page = Page(number=number, width=float(size[0]), height=float(size[1]))
    page.lines = laid_out(without_marks_inside_words(words), tables, number)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    result = OcrResult(page=page, confidence=mean)
    if words and mean < LOW_CONFIDENCE:
        result.warnings.append(
            Warning(
                code="ocr_low_confidence",
                message=f"page {number}: OCR confidence {mean:.0f}%; check the text read",
            )
        )
    return result
