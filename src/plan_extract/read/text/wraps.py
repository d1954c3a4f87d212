"""Hard wraps: the width a tool cut a text's lines at, and the lines it cut.

Converters and editors that hard-wrap a text cut each line where the next word would not fit
within one width (60 to 100 characters), so most lines of such a text end just under that width
and almost none pass it; a text with one paragraph per line spreads its lengths far wider. A
line of a hard-wrapped text is marked `WRAPPED` when the line before it ran to the width: the
first word of the line would not have fit there, so the break may be the tool's, not the
author's. Lengths are counted as typed (Markdown marks included), as the tool counted them.
"""

from __future__ import annotations

from itertools import pairwise

from plan_extract.read.model import Hint, RawLine

_MIN_LINES = 20  # fewer lines say nothing about a width
_PERCENTILE = 0.95  # the width: all but the few lines a tool could not cut (a long address)
_NEAR = 0.75  # a cut line ends within a quarter of the width ...
_NEAR_SHARE = 1 / 3  # ... and a third of the lines of a wrapped text are cut lines
_WIDTHS = range(40, 121)  # the widths tools wrap at; a longer "width" is a paragraph's length


def wrap_width(texts: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when it was not hard-wrapped."""
    lengths = sorted(len(text.rstrip()) for text in texts if text.strip())
    if len(lengths) < _MIN_LINES:
        return None
    width = lengths[int(len(lengths) * _PERCENTILE)]
    near = sum(1 for length in lengths if length >= width * _NEAR)
    return width if width in _WIDTHS and near >= len(lengths) * _NEAR_SHARE else None


def mark_wraps(lines: list[RawLine]) -> list[RawLine]:
    """The lines, each that follows a line cut at the text's wrap width marked `WRAPPED`."""
    width = wrap_width([line.text for line in lines])
    if width is None:
        return lines
    out = lines[:1]
    for previous, line in pairwise(lines):
        words = line.text.split()
        cut = bool(words) and len(previous.text.rstrip()) + 1 + len(words[0]) > width
        out.append(line.changed(hints=line.hints | {Hint.WRAPPED}) if cut else line)
    return out
