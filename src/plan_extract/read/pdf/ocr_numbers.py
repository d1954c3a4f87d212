"""The Roman numbers of a scan's top-level headings, as OCR misreads them and as the document
numbers them.

A plan numbers its parts I, II, III ... in order (Nghị định 30/2020/NĐ-CP, Phụ lục I). On a scan,
the strokes of a bold `II` or `III` run together or fall apart, and Tesseract reads one stroke
more or less (`I. NỘI DUNG` for `II.`, `II.` for `III.`) or the point after them as a letter
(`IL MỤC ĐÍCH` for `I.`). A heading read by OCR whose number differs from the one the order
expects only by the count of its `I` strokes is given the expected number; a heading numbered
`I` where a later number was expected is read as such only when no stroke could have been lost
(a new series: an appendix, or the plan under its decision, starts again at `I`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from plan_extract.core.numerals import roman_value, to_roman
from plan_extract.read.model import Block, Hint, RawLine

# the number as read (`|`, `l`, `1` for a stroke; an `L` after the strokes for the point), the
# point, and the heading's first letter
_READ_NUMBER = re.compile(r"^(?P<number>[IVX|l1]{1,5})(?P<point>[.,:]|L)?\s+(?=\w)")
_STROKE = str.maketrans({"|": "I", "l": "I", "1": "I"})
_MAX_NUMBER = 20  # a plan has a few parts; `XXX` read at a line's start is no part number


def _strokes(roman: str) -> str:
    """The number with each run of `I` strokes as one: what OCR's misreadings keep."""
    return re.sub("I+", "I", roman)


def renumber_ocr_headings(lines: list[RawLine]) -> list[RawLine]:
    """The lines, with the misread numbers of OCR'd top-level headings (capitals, body) set to
    the ones their order gives."""
    out: list[RawLine] = []
    last = 0
    for line in lines:
        found = _READ_NUMBER.match(line.text)
        heading = (
            found is not None
            and Hint.OCR in line.hints
            and Hint.ALL_CAPS in line.hints
            and line.block is Block.BODY
            and line.cells is None
        )
        if not heading or found is None:
            out.append(line)
            continue
        read = found["number"].translate(_STROKE)
        value = roman_value(read)
        expected = last + 1
        if value != expected and _strokes(read) == _strokes(to_roman(expected)):
            value = expected
        if value == expected or (value == 1 and found["point"]):
            line = replace(line, text=f"{to_roman(value)}. {line.text[found.end() :]}")
        if value is not None and value <= _MAX_NUMBER:
            last = value
        out.append(line)
    return out
