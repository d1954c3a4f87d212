"""An appendix after the signature (structure.model: `Appendix`): its label (`PHỤ LỤC I`,
`Biểu số 01`), its title and its tables, read as the body's are (structure.tables)."""

from __future__ import annotations

from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import numbered
from plan_extract.read.model import Block, Hint
from plan_extract.structure.anatomy import NOTE, is_appendix_label, label_rest
from plan_extract.structure.model import Appendix
from plan_extract.structure.tables import read_tables

_MAX_TITLE_LINES = 3


def read_appendix(lines: list[Line], first: int, last: int) -> Appendix:
    """The appendix on lines `first`..`last`: its label, title and tables."""
    span = lines[first - 1 : last]
    label_index = next(i for i, line in enumerate(span) if is_appendix_label(line.text))
    label = span[label_index]
    rest = label_rest(label.text)
    title = [rest] if rest else []
    for line in span[label_index + 1 : label_index + 1 + _MAX_TITLE_LINES]:
        if not _is_title_line(line) or len(title) == _MAX_TITLE_LINES:
            break
        title.append(line.text)
    return Appendix(
        label=label.text,
        title=" ".join(title) or None,
        lines=(first, last),
        tables=read_tables(span),
    )


def _is_title_line(line: Line) -> bool:
    return (
        line.block is Block.BODY
        and Hint.TABLE_ROW not in line.hints
        and not line.text.startswith(NOTE)
        and numbered(line.text) is None
    )
