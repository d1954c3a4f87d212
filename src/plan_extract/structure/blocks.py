"""Two-column table rows read as blocks when the reader could not place them itself.

A Word or PDF header is a two-cell table row (issuer | motto, number | place and date); the
closing is another (Nơi nhận | signature). A reader that gives such a row as one `TABLE_ROW` line
with its `cells` leaves the columns to this module: each cell becomes lines of the left or right
block, so the header and the closing are read column by column, never interleaved.
"""

from __future__ import annotations

from dataclasses import replace

from plan_extract.normalize.model import Line
from plan_extract.read.model import Block

_TWO_COLUMNS = 2


def split_rows(lines: list[Line], left: Block, right: Block) -> list[Line]:
    """`lines` with every two-cell row replaced by its cells' lines in `left` and `right`."""
    out: list[Line] = []
    for line in lines:
        cells = line.cells
        if line.block is not Block.BODY or cells is None or len(cells) != _TWO_COLUMNS:
            out.append(line)
            continue
        for cell, block in zip(cells, (left, right), strict=True):
            out.extend(
                replace(line, text=part.strip(), block=block, cells=None)
                for part in cell.split("\n")
                if part.strip()
            )
    return out
