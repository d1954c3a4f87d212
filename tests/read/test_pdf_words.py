"""The text layer's characters to words: fake-bold duplicates (`_drawn_again`) found whether
the page has many or none, the printed characters (`_drawn`) told from spaces, and characters
grouped into words for a page at once (`_grouped`) as one by one (`_gathered`)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from itertools import pairwise

import numpy

from plan_extract.read.pdf.reader import (
    LAST_BLANK,
    Span,
    Spans,
    _blank_table,
    _drawn,
    _drawn_again,
    _gathered,
    _grouped,
)


def _rows(spans: Spans) -> list[Span]:
    """The words as `_gathered` gives them, one tuple a word."""
    firsts, texts, x0s, x1s, tops, bottoms = spans
    sides = (side.tolist() for side in (x0s, x1s, tops, bottoms))
    return list(zip(firsts.tolist(), texts, *sides, strict=True))


def _again(drawn: list[int], printed: list[str], lefts: list[float], tops: list[float]) -> set[int]:
    return _drawn_again(drawn, printed, numpy.array([lefts, tops]))


def _line(text: str, step: float = 5.0) -> tuple[list[int], list[str], list[float], list[float]]:
    """The characters of `text` set one `step` apart on one line."""
    drawn = list(range(len(text)))
    return drawn, list(text), [72.0 + step * i for i in drawn], [100.0] * len(text)


def test_a_character_printed_again_a_hair_to_the_side_is_a_duplicate() -> None:
    drawn, printed, lefts, tops = _line("MUC")
    # "MUC" drawn again 0.4 points to the right, character by character (Word's fake bold)
    drawn += [3, 4, 5]
    printed += ["M", "U", "C"]
    lefts += [72.4, 77.4, 82.4]
    tops += [100.2, 100.2, 100.2]
    assert _again(drawn, printed, lefts, tops) == {3, 4, 5}


def test_repeated_letters_apart_on_a_line_are_not_duplicates() -> None:
    assert _again(*_line("hoạch thành hành")) == set()


def test_the_same_letter_at_the_same_place_on_another_line_is_not_a_duplicate() -> None:
    drawn, printed, lefts, tops = _line("ab")
    drawn.append(2)
    printed.append("a")
    lefts.append(72.0)
    tops.append(114.0)  # the next line, under the first "a"
    assert _again(drawn, printed, lefts, tops) == set()


def test_duplicates_are_looked_for_six_characters_back_and_no_further() -> None:
    for between in (5, 6):
        drawn, printed, lefts, tops = _line("x" + "abcdef"[:between])
        drawn.append(len(drawn))  # "x" again at the first one's place
        printed.append("x")
        lefts.append(72.3)
        tops.append(100.0)
        expected = {drawn[-1]} if between < 6 else set()
        assert _again(drawn, printed, lefts, tops) == expected


def test_a_duplicate_dropped_is_not_compared_with() -> None:
    """Only the characters kept are remembered: the third "a" is 1.2 points from the second,
    a duplicate dropped, and 2.4 points from the first: it is kept."""
    drawn, printed, lefts, tops = [0, 1, 2], ["a", "a", "a"], [72.0, 73.2, 74.4], [100.0] * 3
    assert _again(drawn, printed, lefts, tops) == {1}


def test_printed_characters_are_those_neither_spaces_nor_nul() -> None:
    def drawn(chars: Sequence[str]) -> tuple[list[int], Sequence[str]]:
        indices, printed = _drawn(chars)
        return indices.tolist(), printed

    assert drawn(list("Kế hoạch\r\n\x00số\u00a01")) == (
        [0, 1, 3, 4, 5, 6, 7, 11, 12, 14],
        "Kếhoạchsố1",
    )
    assert drawn(["fi", " ", "x", "\x00"]) == ([0, 2], ["fi", "x"])  # a glyph read as two
    assert drawn("Kế hoạch") == ([0, 1, 3, 4, 5, 6, 7], "Kếhoạch")  # pdfium's text as it is
    text = "a\u3000b\U0001d400\ud800"  # past the BMP; a surrogate alone
    assert drawn(list(text)) == ([0, 2, 3, 4], "ab\U0001d400\ud800")


def test_the_table_of_blanks_is_str_isspace_for_every_code_point() -> None:
    table = _blank_table()
    assert len(table) == LAST_BLANK + 2 and not table[-1]
    assert [code for code in range(1, len(table)) if table[code]] == [
        code for code in range(1, 0x110000) if chr(code).isspace()
    ]


def _page(seed: int) -> tuple[list[int], list[str], tuple[list[float], ...], set[int]]:
    """Characters in runs (pdfium's spaces between), some runs parted by a gap or a change of
    line within them, some characters drawn twice, heights of two sizes."""
    rng = random.Random(seed)
    drawn: list[int] = []
    boxes: tuple[list[float], ...] = ([], [], [], [])
    index, x, top = 0, 72.0, 100.0
    for _ in range(rng.randint(0, 60)):
        index += rng.choice([1, 2, 2, 3])  # the space (or spaces) before the run
        size = rng.choice([10.0, 13.5])
        for _ in range(rng.randint(1, 9)):
            if rng.random() < 0.05:
                x += rng.uniform(3.0, 12.0)  # a gap inside the run
            if rng.random() < 0.04:
                top, x = top + rng.choice([6.0, 15.0]), 72.0  # the run goes on another line
            left = x + rng.uniform(-0.3, 0.3)
            for side, value in zip(boxes, (left, top, left + 0.6 * size, top + size), strict=True):
                side.append(value)
            drawn.append(index)
            index, x = index + 1, x + 0.6 * size
    printed = [rng.choice("aăbcđêhnoơ") for _ in drawn]
    again = {index for index in drawn if rng.random() < 0.03}
    return drawn, printed, boxes, again


def test_a_page_s_characters_are_grouped_at_once_as_one_by_one() -> None:
    parted = 0
    for seed in range(300):
        drawn, printed, boxes, again = _page(seed)
        expected = _gathered(drawn, printed, list(boxes), again)
        grouped = _grouped(drawn, printed, numpy.array(boxes).reshape(4, -1), again)
        assert _rows(grouped) == expected, seed
        runs = 1 + sum(b != a + 1 for a, b in pairwise(drawn)) if drawn else 0
        parted += len(expected) > runs
    assert parted > 50  # runs parted inside were among them


def test_a_run_parted_by_a_gap_gives_two_words_with_their_boxes() -> None:
    boxes = ([72.0, 78.0, 100.0, 106.0], [100.0] * 4, [78.0, 84.0, 106.0, 112.0], [110.0] * 4)
    words = _rows(_grouped([0, 1, 2, 3], list("abcd"), numpy.array(boxes), set()))
    assert words == [(0, "ab", 72.0, 84.0, 100.0, 110.0), (2, "cd", 100.0, 112.0, 100.0, 110.0)]


def test_a_box_that_is_not_a_number_groups_as_one_by_one() -> None:
    boxes = ([72.0, math.nan, 84.0], [100.0] * 3, [78.0, 84.0, 90.0], [110.0] * 3)
    words = _rows(_grouped([0, 1, 2], list("abc"), numpy.array(boxes), set()))
    assert words == _gathered([0, 1, 2], list("abc"), [list(side) for side in boxes], set())
    assert [word[1] for word in words] == ["abc"]


def test_a_run_doubtful_beside_a_small_character_is_one_word_as_one_by_one() -> None:
    """A degree sign sits high and small: the character after it shares little height with
    it, but all of it with the word so far; the run is one word, as `_gathered` finds."""
    boxes = ([72.0, 78.0, 81.0], [100.0, 100.0, 100.0], [78.0, 81.0, 87.0], [110.0, 103.0, 110.0])
    drawn, printed = [0, 1, 2], list("5°C")
    words = _rows(_grouped(drawn, printed, numpy.array(boxes), set()))
    assert words == _gathered(drawn, printed, [list(side) for side in boxes], set())
    assert words == [(0, "5°C", 72.0, 87.0, 100.0, 110.0)]
