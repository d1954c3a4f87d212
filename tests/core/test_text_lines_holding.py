"""`lines_holding`: the texts a pattern matches, found in one search of them joined, as a search
of each would find them (the normalizer's mends are called only on those)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from plan_extract.core.text import lines_holding
from plan_extract.normalize.case_joins import mend_case_joins, mend_case_joins_lines
from plan_extract.normalize.split_syllables import (
    mend_split_syllables,
    mend_split_syllables_lines,
)

_EDGE = re.compile(r"(?<![\w/])(?<!\d\s)[bcdđ] [aeiouơô]\w*(?![\w/])")
_PAIR = re.compile(r"[a-zơ][A-ZĐ]")

_TEXTS = st.lists(st.text(alphabet="bcdđaeioôơAĐZ /5\t", max_size=12), max_size=8)


def test_finds_each_holding_text_by_its_index() -> None:
    texts = ["không có gì", "", "theoQuyết định", "5", "b ông", "tạiĐà Nẵng"]
    assert lines_holding(texts, _PAIR) == {2, 5}
    assert lines_holding(texts, _EDGE) == {4}
    assert lines_holding(texts, _PAIR, _EDGE) == {2, 4, 5}


def test_a_text_before_never_counts_as_the_next_ones_context() -> None:
    # per text, `b ông` opens its text: no figure and space before it, no letter
    assert lines_holding(["năm 5", "b ông"], _EDGE) == {1}
    assert lines_holding(["chữ", "b ông"], _EDGE) == {1}
    assert lines_holding(["với", "Bộ"], _PAIR) == set()  # no pair across two texts


def test_no_text_or_one() -> None:
    assert lines_holding([], _PAIR) == set()
    assert lines_holding(["vớiBộ"], _PAIR) == {0}
    assert lines_holding(["với Bộ"], _PAIR) == set()


@given(_TEXTS)
def test_as_a_search_of_each_text(texts: list[str]) -> None:
    for pattern in (_EDGE, _PAIR):
        expected = {i for i, text in enumerate(texts) if pattern.search(text)}
        assert lines_holding(texts, pattern) == expected


def test_the_mends_of_many_lines_as_those_of_each() -> None:
    texts = ["Bộ Y t ế chủ trì", "", "phối hợp vớiBộ Tài chính", "điểm b ông", "năm 2026"]
    assert mend_split_syllables_lines(texts) == [mend_split_syllables(t) for t in texts]
    assert mend_case_joins_lines(texts) == [mend_case_joins(t) for t in texts]
    plain = ["không có gì", "năm 2026"]
    assert mend_split_syllables_lines(plain) is plain  # nothing to mend: the same list
    assert mend_case_joins_lines(plain) is plain
