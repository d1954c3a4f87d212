"""A syllable OCR cut in two (`Bộ Y t ế`), mended over many lines at once
(normalize/split_syllables.py): the search over the lines joined passes by no line where a
piece would be joined, and each line is mended as it would be alone."""

from __future__ import annotations

import random

from plan_extract.normalize.split_syllables import (
    SPLIT_SYLLABLES,
    mend_split_syllables,
    mend_split_syllables_lines,
)


def test_the_examples_read_together_are_mended_as_each_alone() -> None:
    texts = [example.text for example in SPLIT_SYLLABLES.load().examples]
    assert mend_split_syllables_lines(texts) == [mend_split_syllables(text) for text in texts]
    assert mend_split_syllables_lines(texts) != texts  # the mended examples are among them


def test_any_lines_are_mended_as_each_alone() -> None:
    pieces = ["t", "ế", "Đ", "ảng", "ỉ", "nh", "ch", "ngh", "Ng", "TP", "ủy", "5", "/", "(", "b"]
    pieces += ["điểm", "ông", "ấy", "ĩa", "ờ", "x"]
    chance = random.Random(36)
    for _ in range(3_000):
        texts = [
            " ".join(chance.choice(pieces) for _ in range(chance.randint(0, 5)))
            for _ in range(chance.randint(0, 5))
        ]
        assert mend_split_syllables_lines(texts) == [mend_split_syllables(t) for t in texts], texts
