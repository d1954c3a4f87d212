"""A scan's header words that Tesseract read with low confidence, read again each on its own.

On a whole page Tesseract's layout analysis may take a header word together with the rule or
the specks beside it (the number line of a header whose right column's rule stands at its
height: `Số: 45/KH-UBND` read as `§ố45KHUBND` at 41%); the same word cut out with a margin and
read as one line of text, at twice the size, comes back whole (`Số: 45/KH-UBND` at 92%). Only
the first page's header zone is read again, where one misread word loses a header field, and
only words with a letter or a digit, at a print's height, that are no Vietnamese syllables: a
speck is dropped, not read again, and a word spelled right is kept as read. The reading that
is surer is kept.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from typing import Any

from plan_extract.core.dictionary import is_syllable

DOUBTFUL = 60.0  # a word's confidence (%) below which it is read again
HEADER_ZONE = 0.4  # the share of the first page's height the header stands in
PRINT_HEIGHT = 0.6  # a word's height, as a share of the page's median, below which it is no print
MARGIN = 0.3  # the margin around a word read again, in its height
ENLARGED = 2  # the cut-out read at twice the scan's size: a thin slash or hyphen kept
GAIN = 20.0  # how much surer (points) the reading alone must be to replace the page's
MOST = 12  # words of a page read again, at most: a page of noise is not read word by word

Columns = dict[str, list[str]]  # Tesseract's TSV, column by column
Reader = Callable[[Any], Columns]  # a cut-out image → its words, read as one line


def reread_doubtful(image: Any, page: int, data: Columns, read_line: Reader) -> Columns:
    """The page's words `data` with each doubtful header word replaced by its reading alone
    (`read_line`), when that reading is surer by `GAIN` points; the rest as read."""
    if page != 1 or not data.get("text"):
        return data
    heights = [float(h) for t, h in zip(data["text"], data["height"], strict=True) if t.strip()]
    typical = statistics.median(heights) if heights else 1.0
    doubtful = [
        index
        for index, text in enumerate(data["text"])
        if _doubtful(data, index, text, typical, image.height)
    ][:MOST]
    if not doubtful:
        return data
    rows = [{name: data[name][index] for name in data} for index in range(len(data["text"]))]
    replaced: dict[int, list[dict[str, str]]] = {}
    for index in doubtful:
        again = _read_alone(image, rows[index], read_line)
        if again:
            replaced[index] = again
    if not replaced:
        return data
    out_rows = [row for index, row in enumerate(rows) for row in replaced.get(index, [row])]
    return {name: [row.get(name, "") for row in out_rows] for name in data}


def _doubtful(data: Columns, index: int, text: str, typical: float, page_height: int) -> bool:
    confidence = float(data["conf"][index])
    top, height = float(data["top"][index]), float(data["height"][index])
    return (
        0 <= confidence < DOUBTFUL
        and any(char.isalnum() for char in text)
        and height >= PRINT_HEIGHT * typical
        and top + height <= HEADER_ZONE * page_height
        and not _spelled(text)
    )


_LETTERS = re.compile(r"[^\W\d_]+")


def _spelled(text: str) -> bool:
    """Each run of letters of the word a Vietnamese syllable (`TRIỂN`, `PHÚ`): read right,
    however unsure Tesseract was (alone, it may read it worse: `'TRIẾN`); a number read whole
    has no letters. `§ố45KHUBND` is misread."""
    return all(is_syllable(run) for run in _LETTERS.findall(text))


def _read_alone(image: Any, row: dict[str, str], read_line: Reader) -> list[dict[str, str]]:
    """The word's reading cut out with a margin, as rows of the page's TSV (boxes on the
    page), when surer than the page's by `GAIN`; empty otherwise."""
    left, top = int(row["left"]), int(row["top"])
    width, height = int(row["width"]), int(row["height"])
    margin = int(MARGIN * height) + 1
    x0, y0 = max(0, left - margin), max(0, top - margin)
    x1, y1 = min(image.width, left + width + margin), min(image.height, top + height + margin)
    cut = image.crop((x0, y0, x1, y1))
    found = read_line(cut.resize((cut.width * ENLARGED, cut.height * ENLARGED)))
    words = [
        {name: found[name][i] for name in found}
        for i, text in enumerate(found.get("text", []))
        if any(char.isalnum() for char in text) and float(found["conf"][i]) >= 0
    ]  # a mark is a neighbour's the margin took in (a rule's end, a speck)
    if not words:
        return []
    surer = statistics.mean(float(word["conf"]) for word in words)
    if surer < float(row["conf"]) + GAIN:
        return []
    for word in words:
        for name, origin in (("left", x0), ("top", y0)):
            word[name] = str(int(word[name]) // ENLARGED + origin)
        for name in ("width", "height"):
            word[name] = str(int(word[name]) // ENLARGED)
        for name in ("block_num", "par_num", "line_num"):
            word[name] = row.get(name, "")
    return words
