"""Which tokens of a line the date matcher need read: those within reach of an anchor.

A line that may hold a date (`date_anchors`) is still mostly words no date pattern reads, and
spaCy's token Matcher starts every one of its patterns at every token it is given. A pattern
whose elements each match one token or none (no operator, or `?`) is of bounded length, and a
match of it holds its anchor (a token accepted by a literal test of an element without an
operator), so it lies within that anchor's reach: as many tokens before it as the pattern has
elements before the anchor, as many after. The bounded patterns are grouped by their anchor,
and each group's matcher reads only the windows of its own anchor, each cut to its line (a
window around `tháng` is not tried with the patterns of `quý`: spaCy's cost is tokens times
patterns); the other patterns (a run of dots `…` with `+` for a draft's blank day; any `!`,
`*` or count) read whole lines, only those holding, for each literal test of some pattern's
required tokens, a token passing it (`line_needs`: most date lines hold a year, few a run of
dots). A match found in a window is the same match in the line: each element tests one
token's own attributes, never its neighbours'.
The reaches are read from the patterns, so a pattern added to `data/extract/dates.yaml` is
windowed (or read on whole lines) without a change here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from plan_extract.extract.date_anchors import (
    lines_with,
    literal_tests,
    required_tests,
    selectivity,
)

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from plan_extract.extract.line_columns import LineColumns

_AT_MOST_ONE = (None, "?")  # the operators under which an element matches one token or none


@dataclass(frozen=True)
class LineNeeds:
    """What a line must hold for the patterns read on whole lines to match in it: for each
    pattern, the literal tests of its required tokens (attribute, the hashes one accepts), each
    passed by some token of the line (a pattern without any: every line)."""

    patterns: tuple[tuple[tuple[str, frozenset[int]], ...], ...]

    @property
    def attributes(self) -> set[str]:
        return {attribute for tests in self.patterns for attribute, _ in tests}


def line_needs(patterns: Iterable[list[dict[str, Any]]], strings: StringStore) -> LineNeeds:
    return LineNeeds(
        tuple(
            tuple(
                (attribute, frozenset(strings.add(value) for value in values))
                for attribute, values in required_tests(pattern)
            )
            for pattern in patterns
        )
    )


@dataclass(frozen=True)
class DateReach:
    """The anchors of the bounded date patterns: for each, the attribute (a column of
    `attributes`) and the hash it tests, and how many tokens a match may hold before and after
    it (the largest over the patterns it anchors)."""

    attributes: tuple[str, ...]
    reaches: tuple[tuple[int, int, int, int], ...]  # (column, hash, before, after)


def windowed(pattern: list[dict[str, Any]]) -> tuple[int, str, list[str]] | None:
    """The anchor of a pattern of bounded length: its element's index, the attribute and the
    strings it accepts (the rarest in a plan's text, as `date_anchors` chooses); None for a
    pattern of unbounded length or without such an element (read on whole lines)."""
    if any(spec.get("OP") not in _AT_MOST_ONE for spec in pattern):
        return None
    tests = [
        (index, test)
        for index, spec in enumerate(pattern)
        if spec.get("OP") is None  # exactly one token
        for test in literal_tests(spec)
    ]
    if not tests:
        return None
    index, (attribute, values) = min(tests, key=lambda found: selectivity(found[1]))
    return index, attribute, values


def date_reach(patterns: Iterable[list[dict[str, Any]]], strings: StringStore) -> DateReach:
    """The reach of the anchors of `patterns`, each of which must be `windowed`."""
    reach: dict[tuple[str, int], tuple[int, int]] = {}
    for pattern in patterns:
        anchor = windowed(pattern)
        if anchor is None:
            raise ValueError("a date pattern of unbounded length has no reach")
        index, attribute, values = anchor
        after = len(pattern) - 1 - index
        for value in values:
            key = (attribute, strings.add(value))
            before_so_far, after_so_far = reach.get(key, (0, 0))
            reach[key] = (max(before_so_far, index), max(after_so_far, after))
    attributes = tuple(sorted({attribute for attribute, _ in reach}))
    return DateReach(
        attributes,
        tuple(
            (attributes.index(attribute), value, before, after)
            for (attribute, value), (before, after) in sorted(reach.items())
        ),
    )


def windows(reach: DateReach, lines: LineColumns) -> list[tuple[int, int]]:
    """The token ranges [first, end) of `lines` (counted as its columns count them) within
    reach of an anchor, each inside one line, in order and not overlapping (overlapping ranges
    joined)."""
    import numpy

    bounds = lines.bounds
    lows, highs = [], []
    for column, value, before, after in reach.reaches:
        attribute = reach.attributes[column]
        if value not in lines.present[attribute]:
            continue
        at = numpy.flatnonzero(lines.columns[attribute] == value)
        line = numpy.searchsorted(bounds, at, side="right") - 1
        lows.append(numpy.maximum(at - before, bounds[line]))
        highs.append(numpy.minimum(at + after + 1, bounds[line + 1]))
    if not lows:
        return []
    low, high = numpy.concatenate(lows), numpy.concatenate(highs)
    order = numpy.argsort(low, kind="stable")
    joined: list[tuple[int, int]] = []
    for first, end in zip(low[order].tolist(), high[order].tolist(), strict=True):
        if joined and first < joined[-1][1]:  # ranges of two lines never overlap
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((first, end))
    return joined


def whole_lines(needs: LineNeeds, lines: LineColumns) -> list[tuple[int, int]]:
    """The token ranges [first, end) of the lines that hold what some pattern `needs`: the
    only lines the patterns read on whole lines can match in (most date lines hold a year but
    no run of dots)."""
    import numpy

    bounds = lines.bounds
    held = numpy.zeros(len(bounds) - 1, dtype=bool)
    for tests in needs.patterns:
        passed = [(attribute, lines.present[attribute] & hashes) for attribute, hashes in tests]
        if not all(values for _, values in passed):
            continue  # some test no token of the batch passes
        holds = numpy.ones(len(held), dtype=bool)
        for attribute, values in passed:
            column = lines.columns[attribute]
            holds &= lines_with(numpy.logical_or.reduce([column == v for v in values]), bounds)
        held |= holds
    return list(zip(bounds[:-1][held].tolist(), bounds[1:][held].tolist(), strict=True))
