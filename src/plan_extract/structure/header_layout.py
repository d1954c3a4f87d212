"""How a header is laid out: the national motto, a header row a converter printed on one line
(with bars between its cells, or run together), and the end of a closing where a document
printed after it starts its own header."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.read.layout_cues import (
    has_place_date,
    is_number_line,
    opens_with_motto,
    signature_prefix_at,
)
from plan_extract.read.model import Block
from plan_extract.structure.closing import position_at
from plan_extract.structure.terms import HEADER_TERMS

_ROW_CELLS = 2  # a row with bars between its cells prints at least two


def bar_cells(header: list[Line]) -> list[Line]:
    """A header row a converter printed on one line with bars between its cells (`ỦY BAN NHÂN
    DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`, `Số: 71/KH-UBND | Bạc Liêu, ngày ...`): its
    first cell the left block's, the others the right's. Only a row whose cells hold the
    motto, the number or the place and date; a line opening with a bar is a table's row. A
    cell's last line with the bar after it (`Số: 0155/KH-UBND |`, `THỦ TƯỚNG CHÍNH PHỦ |`: the
    converter prints each cell's lines, then a bar) is read without the bar."""
    out: list[Line] = []
    for line in header:
        cells = [cell.strip() for cell in line.text.split("|")]
        cells = [cell for cell in cells if cell]
        if (
            line.block is not Block.BODY
            or line.cells is not None
            or line.text.lstrip().startswith("|")
        ):
            out.append(line)
            continue
        if len(cells) == 1 and line.text.rstrip().endswith("|"):
            out.append(replace(line, text=cells[0]))
            continue
        if len(cells) < _ROW_CELLS or not any(
            is_motto(c) or is_number_line(c) or has_place_date(c) for c in cells
        ):
            out.append(line)
            continue
        out.append(replace(line, text=cells[0], block=Block.HEADER_LEFT))
        out.extend(replace(line, text=cell, block=Block.HEADER_RIGHT) for cell in cells[1:])
    return out


def run_together_cells(header: list[Line]) -> list[Line]:
    """A header row a converter ran together on one line, without bars (`ỦY BAN NHÂN DÂN TỈNH
    ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `TỈNH ĐẮK LẮK Độc lập - Tự do - Hạnh phúc`):
    the name in capitals before the motto is the left block's, the motto from its first word
    (as the header prints it, read.layout_cues.opens_with_motto) the right's; read whole, the
    motto would be read as part of the issuer's name."""
    out: list[Line] = []
    for line in header:
        found = motto_pattern().search(line.text) if line.block is Block.BODY else None
        left = line.text[: found.start()].strip() if found else ""
        right = line.text[found.start() :] if found else ""
        if (
            line.cells is not None
            or not left
            or not is_all_caps(left)
            or is_motto(left)
            or not opens_with_motto(right)
        ):
            out.append(line)
            continue
        out.append(replace(line, text=left, block=Block.HEADER_LEFT))
        out.append(replace(line, text=right, block=Block.HEADER_RIGHT))
    return out


def before_next_header(closing: list[Line]) -> list[Line]:
    """The closing up to the header of a document printed after it (a decision's plan repeats
    the issuer block and the motto: `ỦY BAN NHÂN DÂN` / `TỈNH SƠN LA` / `CỘNG HÒA ...`), which
    is neither signature nor recipients."""
    motto = next((i for i, line in enumerate(closing) if is_motto(line.text)), None)
    if motto is None:
        return closing
    end = motto
    while end > 0 and is_all_caps(closing[end - 1].text) and _issuer_block_line(closing[end - 1]):
        end -= 1
    return closing[:end]


def _issuer_block_line(line: Line) -> bool:
    """An issuer block's line: a body's name or a place under it, not a signature line."""
    return signature_prefix_at(line.text) is None and position_at(line.text) is None


def is_motto(text: str) -> bool:
    """A header line holding any part of the national motto (`CỘNG HÒA XÃ HỘI ...`, `Độc lập`):
    unlike the readers' `has_motto`, which finds the motto's table, a part alone counts, and so
    does a part's first words alone on the line (`CỘNG`, then `HÒA XÃ HỘI ...`: a wrap)."""
    if motto_pattern().search(text) is not None:
        return True
    words = text.casefold().split()
    return bool(words) and any(
        words == part[: len(words)] and len(words) < len(part) for part in _motto_words()
    )


@cache
def _motto_words() -> list[list[str]]:
    return [part.casefold().split() for part in HEADER_TERMS.load().motto]


@cache
def motto_pattern() -> re.Pattern[str]:
    parts = (re.escape(part).replace(r"\ \-\ ", r"\s*-\s*") for part in HEADER_TERMS.load().motto)
    return re.compile("|".join(parts), re.IGNORECASE)
