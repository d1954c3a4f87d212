"""The point after a scan's Roman heading number, as OCR misreads it.

On a scan, the point after a bold `I` runs into it, and Tesseract reads the two as `IL`
(`IL MỤC ĐÍCH` for `I. MỤC ĐÍCH`); the heading then has no number to be found by. A line read by
OCR, in capitals, in the body, that starts with strokes (`I`, `II`, `III`) and an `L` before a
space is given its point back. Which number a misread stroke count stands for is the section
tree's question (structure/sections.py), not the reader's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plan_extract.read.model import Block, Hint, RawLine

_POINT_READ_AS_L = re.compile(r"^(?P<number>I{1,3})L\s+(?=\w)")


def mend_heading_points(lines: list[RawLine]) -> list[RawLine]:
    """The lines, the point after an OCR'd top-level heading's number read as `L` set back."""
    out: list[RawLine] = []
    for line in lines:
        found = _POINT_READ_AS_L.match(line.text)
        if (
            found is not None
            and Hint.OCR in line.hints
            and Hint.ALL_CAPS in line.hints
            and line.block is Block.BODY
            and line.cells is None
        ):
            line = replace(line, text=f"{found['number']}. {line.text[found.end() :]}")
        out.append(line)
    return out
