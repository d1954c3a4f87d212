"""The token attributes the date layer tests, of every token of a Doc of lines, as arrays.

One `Doc.to_array` of a batch's Doc serves both the anchors (which lines may hold a date,
`date_anchors`) and the windows the date matchers read (`date_windows`); the lines that may
hold a date are then taken from those arrays, their tokens one after another as a Doc of those
lines alone would hold them, instead of tokenizing them again into a second Doc.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


class LineColumns:
    """Each attribute's column of the tokens of some lines (line i's tokens from `bounds[i]` to
    `bounds[i + 1]`), with the set of each attribute's values: a group of date patterns none of
    whose anchors the lines hold costs no array operation (most groups, on most batches)."""

    def __init__(self, columns: dict[str, Any], bounds: Any) -> None:
        self.columns = columns
        self.bounds = bounds

    @classmethod
    def read(cls, batch: Doc, starts: list[int], attributes: Iterable[str]) -> LineColumns:
        """The `attributes` of the tokens of `batch`, a Doc of lines whose tokens start at
        `starts` (spaCy's `Doc.to_array`, once)."""
        import numpy
        from spacy.attrs import IDS

        names = sorted(set(attributes))
        size = len(batch)
        array = batch.to_array([IDS[name] for name in names]).reshape(size, len(names))
        columns = {name: array[:, column] for column, name in enumerate(names)}
        return cls(columns, numpy.array([*starts, size]))

    @cached_property
    def present(self) -> dict[str, set[int]]:
        return {name: set(column.tolist()) for name, column in self.columns.items()}

    def of_lines(self, chosen: Sequence[bool]) -> LineColumns:
        """The columns of the `chosen` lines only, their tokens one after another."""
        import numpy

        lengths = numpy.diff(self.bounds)
        keep = numpy.array(chosen, dtype=bool)
        tokens = numpy.repeat(keep, lengths)
        bounds = numpy.concatenate(([0], numpy.cumsum(lengths[keep])))
        return LineColumns({name: column[tokens] for name, column in self.columns.items()}, bounds)
