"""The normalize stage's output: clean lines, each mapped back to the input lines it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan_extract.core.contract import SourceFormat, Warning
from plan_extract.read.model import Block, Hint


@dataclass(slots=True, unsafe_hash=True)
class Line:
    """One normalized line. `number` is 1-based in the normalized text (what items cite);
    `source_lines` are the input lines joined into it (a hard wrap or page break joins several).
    Never changed once made, but not `frozen`, as `RawLine` is not."""

    number: int
    text: str
    source_lines: tuple[int, ...]
    page: int | None = None
    hints: frozenset[Hint] = frozenset()
    heading_level: int | None = None
    cells: tuple[str, ...] | None = None
    block: Block = Block.BODY
    cell_gap: int | None = None  # see RawLine.cell_gap


@dataclass(slots=True)
class NormalizedDocument:
    format: SourceFormat
    lines: list[Line]
    pages: int | None = None
    warnings: list[Warning] = field(default_factory=list)

    def line(self, number: int) -> Line:
        """The line with this 1-based number."""
        return self.lines[number - 1]
