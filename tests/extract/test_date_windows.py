"""The date matchers read only the tokens within reach of an anchor (bounded patterns) and whole
lines (the others), and find exactly what one matcher of every date pattern finds reading each
line whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from date_lines import OWN_LINES, all_dates_matcher, corpus_lines
from plan_extract.extract.date_windows import (
    date_reach,
    line_needs,
    whole_lines,
    windowed,
    windows,
)
from plan_extract.extract.line_columns import LineColumns
from plan_extract.extract.nlp import matchers, parse_lines, syllables


def _each_alone(lines: list[str]) -> list[set[tuple[str, str, int, int]]]:
    """Every date match of each line, by one matcher of all the patterns over the line alone."""
    from spacy.tokens import Doc

    m, matcher = matchers(), all_dates_matcher()
    found = []
    for text in lines:
        words, spaces = syllables(text)
        doc = Doc(m.nlp.vocab, words=words, spaces=spaces)
        found.append({(*m.roles[key], start, end) for key, start, end in matcher(doc)})
    return found


def _read(lines: list[str]) -> list[set[tuple[str, str, int, int]]]:
    return [
        {(h.label, h.id, h.first_token, h.last_token) for h in parse.dates}
        for parse in parse_lines(lines)
    ]


def test_the_corpus_lines_read_the_dates_one_matcher_finds() -> None:
    lines = OWN_LINES + corpus_lines()
    read = _read(lines)
    assert read == _each_alone(lines)
    assert sum(map(len, read)) > 100


# the pieces of dates and what stands near them: day, month and quarter words, figures of each
# width, separators, a draft's blanks, list words and other words
_PIECES = st.sampled_from(
    [
        "ngày", "tháng", "năm", "quý", "Quý", "đến", "và", "hằng", "giờ", "I", "II", "IV",
        "1", "06", "15", "2026", "30.6.2026", "6.2026", "15.6", "/", "-", ".", "…", ",",
        "trước", "xã", "%",
    ]
)  # fmt: skip


# no deadline: an example parses its lines twice with spaCy, ~200 ms on a loaded machine
@settings(deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=14).map(" ".join), min_size=1, max_size=4))
def test_any_lines_read_the_dates_one_matcher_finds(lines: list[str]) -> None:
    assert _read(lines) == _each_alone(lines)


def test_a_bounded_pattern_reaches_from_its_rarest_anchor() -> None:
    strings = matchers().nlp.vocab.strings
    pattern = [{"LOWER": "ngày", "OP": "?"}, {"IS_DIGIT": True}, {"ORTH": "/"}, {"LOWER": "năm"}]
    assert windowed(pattern) == (3, "LOWER", ["năm"])  # a word before a sign
    assert windowed([{"ORTH": "…", "OP": "+"}, {"LOWER": "năm"}]) is None  # unbounded
    assert windowed([{"IS_DIGIT": True}, {"ORTH": "/", "OP": "?"}]) is None  # no literal
    reach = date_reach([pattern, [{"LOWER": "năm"}, {"SHAPE": "dddd"}]], strings)
    assert reach.attributes == ("LOWER",)
    assert reach.reaches == ((0, strings["năm"], 3, 1),)


def test_windows_are_cut_to_their_line_and_joined_where_they_overlap() -> None:
    from spacy.tokens import Doc

    strings = matchers().nlp.vocab.strings
    reach = date_reach([[{"IS_DIGIT": True}, {"IS_DIGIT": True}, {"LOWER": "năm"}]], strings)
    lines = ["a năm b c d e năm", "năm x y z", "x năm năm"]
    words = [word for text in lines for word in syllables(text)[0]]
    batch = Doc(matchers().nlp.vocab, words=words)
    # line 1 is tokens 0-6, line 2 7-10, line 3 11-13; each `năm` reaches two tokens back
    columns = LineColumns.read(batch, [0, 7, 11], reach.attributes)
    assert windows(reach, columns) == [(0, 2), (4, 7), (7, 8), (11, 14)]


def test_each_anchor_has_a_matcher_of_its_own_patterns() -> None:
    # a window around `tháng` is tried with the patterns anchored on `tháng` only
    groups = matchers().near_dates
    strings = matchers().nlp.vocab.strings
    anchors = [{strings[value] for _, value, _, _ in reach.reaches} for reach, _ in groups]
    assert len(groups) > 1
    assert all(len(reach.attributes) == 1 for reach, _ in groups)
    assert {"tháng"} in anchors and {"quý", "quí"} in anchors


def test_the_unbounded_patterns_read_only_the_lines_holding_what_they_need() -> None:
    from spacy.tokens import Doc

    strings = matchers().nlp.vocab.strings
    blank = [{"ORTH": {"IN": ["…", "."]}, "OP": "+"}, {"ORTH": "/"}, {"SHAPE": "dddd"}]
    needs = line_needs([blank], strings)
    lines = ["ngày 15/6/2026", "ngày …/6/2026", "… / 2026 .", "… /"]
    tokens = [syllables(text)[0] for text in lines]
    starts = [0, 6, 12, 16]  # lines of 6, 6, 4 and 2 tokens
    batch = Doc(matchers().nlp.vocab, words=[word for words in tokens for word in words])
    columns = LineColumns.read(batch, starts, needs.attributes)
    # the first holds no dots, the last no year; the third all three, though no match
    assert whole_lines(needs, columns) == [(6, 12), (12, 16)]
    # a pattern without a literal test of a required token needs nothing: every line
    anything = line_needs([blank, [{"IS_DIGIT": True, "OP": "+"}]], strings)
    assert whole_lines(anything, columns) == [(0, 6), (6, 12), (12, 16), (16, 18)]
