"""Which lines the date matcher need not read: those holding no token that every match of some
date pattern needs.

spaCy's token Matcher tries each of its patterns at every token, and the date patterns are many
(`data/extract/dates.yaml`): on the lines with a figure, most of a plan's, it cost more than
the rest of the token layer. Each pattern has tokens it cannot match without (`OP` absent or
`+`); one of them whose test is a literal (`LOWER`, `ORTH`, `SHAPE`: a word, a sign, a shape
like `dddd`) is its anchor, and a line holding no token that any pattern's anchor accepts holds
no date. The anchors are read from the patterns, so a pattern added to the data file is
anchored (or, if it has no literal test, makes every line read) without a change here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from plan_extract.extract.line_columns import LineColumns

# the token attributes an anchor may test; `TEXT` is spaCy's other name for `ORTH`
_ATTRIBUTES = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "SHAPE": "SHAPE"}
_REQUIRED = (None, "+")  # the operators under which a token must be there


@dataclass(frozen=True)
class DateAnchors:
    """The hashes (spaCy's string ids) each attribute's anchors accept, by attribute name; with
    `everywhere`, some pattern has no anchor and every line must be read."""

    accepted: tuple[tuple[str, frozenset[int]], ...]
    everywhere: bool


def literal_tests(spec: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(attribute, the strings it must equal) of each literal test of a token spec."""
    found = []
    for key, value in spec.items():
        attribute = _ATTRIBUTES.get(key.upper())
        if attribute is None:
            continue
        if isinstance(value, str):
            found.append((attribute, [value]))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            found.append((attribute, [str(item) for item in value["IN"]]))
    return found


def selectivity(test: tuple[str, list[str]]) -> tuple[int, int]:
    """Lower is rarer in a plan's text: words (a month's) before shapes (`dddd`) before
    signs (`/`), which numbers and headings are full of; then fewer values before more. Only
    speed depends on this choice."""
    attribute, values = test
    if attribute != "SHAPE" and all(len(value) > 1 and value.isalpha() for value in values):
        return 0, len(values)
    return (1 if attribute == "SHAPE" else 2), len(values)


def required_tests(pattern: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The literal tests of the tokens a match of `pattern` cannot do without."""
    return [test for spec in pattern if spec.get("OP") in _REQUIRED for test in literal_tests(spec)]


def date_anchors(patterns: Iterable[list[dict[str, Any]]], strings: StringStore) -> DateAnchors:
    accepted: dict[str, set[int]] = {}
    for pattern in patterns:
        tests = required_tests(pattern)
        if not tests:
            return DateAnchors((), everywhere=True)
        attribute, values = min(tests, key=selectivity)
        accepted.setdefault(attribute, set()).update(strings.add(value) for value in values)
    return DateAnchors(
        tuple((name, frozenset(hashes)) for name, hashes in sorted(accepted.items())), False
    )


def anchored_lines(anchors: DateAnchors, lines: LineColumns) -> list[bool]:
    """Whether each line holds an anchor (the columns of the lines' tokens, `lines`, compared
    in bulk; they hold every attribute an anchor tests)."""
    count = len(lines.bounds) - 1
    if anchors.everywhere or not anchors.accepted:
        return [anchors.everywhere] * count
    import numpy

    found = numpy.zeros(int(lines.bounds[-1]), dtype=bool)
    for name, hashes in anchors.accepted:
        found |= _members(lines.columns[name], _sorted_array(hashes))
    return lines_with(found, lines.bounds).tolist()  # type: ignore[no-any-return]


def _members(column: Any, table: Any) -> Any:
    """Whether each value of `column` is in `table` (a sorted array), as a boolean array:
    `numpy.isin` by binary search in a table sorted once (`isin` sorts or compares anew at each
    call, which cost five times as much on the short batches of an item's parts)."""
    import numpy

    if not len(table):
        return numpy.zeros(len(column), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(table, column), len(table) - 1)
    return table[at] == column


def lines_with(found: Any, bounds: Any) -> Any:
    """Whether each line holds a token `found` marks (a boolean array of the batch's tokens;
    line i's tokens from `bounds[i]` to `bounds[i + 1]`), as a boolean array."""
    import numpy

    counts = numpy.concatenate(([0], numpy.cumsum(found)))
    return counts[bounds[1:]] > counts[bounds[:-1]]


@cache
def _sorted_array(hashes: frozenset[int]) -> Any:
    """`hashes` as the sorted array `_members` reads, made once per set (per process)."""
    import numpy

    return numpy.sort(numpy.fromiter(hashes, dtype=numpy.uint64))
