"""A visual line gathered word by word (`_Gathering.joins`) keeps the median top and bottom of
its words and takes a word as the rule says, whether or not the word sits at those medians
(the case where nothing is worked out again), words coming in any order or top first."""

from __future__ import annotations

import random
import statistics

from plan_extract.read.pdf.page_layout import Word, _Gathering


def _belongs(words: list[Word], word: Word) -> bool:
    """The rule, worked out afresh from the line's words."""
    top = statistics.median(w.top for w in words)
    bottom = statistics.median(w.bottom for w in words)
    low, high = min(w.top for w in words), max(w.bottom for w in words)
    overlap = min(word.bottom, bottom) - max(word.top, top)
    if overlap >= 0.5 * min(word.bottom - word.top, bottom - top):
        return True
    return low <= (word.top + word.bottom) / 2 <= high and word.top < bottom


def test_a_line_s_medians_and_its_words_are_those_worked_out_afresh() -> None:
    joined_at_median = 0
    for seed in range(200):
        rng = random.Random(seed)
        tops = [rng.choice([100.0, 100.5, 101.25, 103.0, 110.0]) for _ in range(3)]
        words = [
            Word("x", 0.0, 1.0, top, top + rng.choice([9.0, 10.0, 12.5]))
            for top in (rng.choice(tops) for _ in range(rng.randint(2, 40)))
        ]
        if seed % 2:  # top first, as `build_lines` gives them (a top is appended, not sorted in)
            words.sort(key=lambda w: w.top)
        line = _Gathering(words[0])
        kept = [words[0]]
        for word in words[1:]:
            at_median = (word.top, word.bottom) == (line.top, line.bottom)
            expected = _belongs(kept, word)
            assert line.joins(word) is expected, seed
            if expected:
                kept.append(word)
                joined_at_median += at_median
            assert line.words == kept
            assert (line.top, line.bottom) == (
                statistics.median(w.top for w in kept),
                statistics.median(w.bottom for w in kept),
            )
            assert (line.low, line.high) == (min(w.top for w in kept), max(w.bottom for w in kept))
    assert joined_at_median > 200


def test_a_word_far_below_the_line_does_not_join_it() -> None:
    line = _Gathering(Word("a", 0.0, 5.0, 100.0, 110.0))
    assert not line.joins(Word("b", 6.0, 11.0, 112.0, 122.0))
    assert line.words[1:] == []
