"""The date matcher skips only lines where it finds nothing: every line in which the date
patterns match holds an anchor, and the anchors leave most lines of a plan unread."""

from __future__ import annotations

from itertools import pairwise

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from date_lines import OWN_LINES, all_dates_matcher, corpus_lines
from plan_extract.extract.date_anchors import DateAnchors, anchored_lines, date_anchors
from plan_extract.extract.line_columns import LineColumns
from plan_extract.extract.nlp import matchers, syllables


def _doc_of(texts: list[str]) -> tuple[object, list[int]]:
    from spacy.tokens import Doc

    starts: list[int] = []
    words: list[str] = []
    spaces: list[bool] = []
    for text in texts:
        line_words, line_spaces = syllables(text)
        starts.append(len(words))
        words += line_words
        spaces += line_spaces
    return Doc(matchers().nlp.vocab, words=words, spaces=spaces), starts


def test_every_line_with_a_date_match_is_anchored() -> None:
    m = matchers()
    dates = all_dates_matcher()
    lines = OWN_LINES + corpus_lines()
    batch, starts = _doc_of(lines)
    columns = LineColumns.read(batch, starts, m.date_attributes)  # type: ignore[arg-type]
    anchored = anchored_lines(m.date_anchors, columns)
    matched = 0
    for text, has_anchor in zip(lines, anchored, strict=True):
        alone, _ = _doc_of([text])
        if dates(alone):
            matched += 1
            assert has_anchor, text
    assert matched > 50
    assert sum(anchored) < 0.6 * len(lines)  # the matcher reads far fewer lines
    assert not anchored[OWN_LINES.index("1. Mục tiêu cụ thể")]


def test_a_pattern_without_a_literal_test_makes_every_line_read() -> None:
    strings = matchers().nlp.vocab.strings
    digits = [{"IS_DIGIT": True}, {"ORTH": "/", "OP": "?"}]
    assert date_anchors([digits], strings).everywhere
    anchors = date_anchors([[{"IS_DIGIT": True}, {"LOWER": {"IN": ["x", "abc"]}}]], strings)
    assert not anchors.everywhere
    batch, starts = _doc_of(["1 ABC", "1 2", "", "x"])
    columns = LineColumns.read(batch, starts, ["LOWER"])  # type: ignore[arg-type]
    assert anchored_lines(anchors, columns) == [True, False, False, True]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=40), max_size=30),
    st.frozensets(st.integers(min_value=0, max_value=40), max_size=8),
    st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=5),
)
def test_a_line_is_anchored_where_a_token_is_in_the_anchors(
    values: list[int], hashes: frozenset[int], cuts: list[int]
) -> None:
    """The tokens found by binary search in the sorted anchors are those `numpy.isin` finds:
    values below, between, equal to and above the anchors, none at all, no anchor."""
    column = numpy.array(values, dtype=numpy.uint64)
    inner = sorted(min(cut, len(values)) for cut in cuts)
    bounds = numpy.array([0, *inner, len(values)])
    anchors = DateAnchors((("LOWER", hashes),), everywhere=False)
    found = anchored_lines(anchors, LineColumns({"LOWER": column}, bounds))
    held = numpy.isin(column, numpy.fromiter(hashes, dtype=numpy.uint64))
    expected = [bool(held[first:end].any()) for first, end in pairwise(bounds.tolist())]
    assert found == expected
