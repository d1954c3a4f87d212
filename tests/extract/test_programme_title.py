"""A national programme's title after a body's head (unit_names._programme_title) is compared
only at a token opening one of the titles: the tokens it finds are those a comparison at every
token finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plan_extract.extract import lexicon
from plan_extract.extract.unit_names import _programme_title, list_words


def _every_token(words: list[str], name: int) -> frozenset[int]:
    folded = [lexicon.fold(word) for word in words]
    for first in range(name, len(words)):
        for title in list_words().programmes:
            if tuple(folded[first : first + len(title)]) == title:
                return frozenset(range(first + 1, first + len(title)))
    return frozenset()


def _syllables() -> list[str]:
    words = {word for title in list_words().programmes for word in title}
    return sorted(words | {"Ban", "Chỉ", "đạo", "tỉnh", "Chương", "QLDA", ","})


def test_the_openers_are_the_titles_first_syllables() -> None:
    openers = list_words().programme_openers
    assert openers is not None
    assert {title[0] for title in list_words().programmes} == openers


def test_a_title_after_the_head() -> None:
    words = [
        "Ban",
        "Chỉ",
        "đạo",
        "Chương",
        "trình",
        "mục",
        "tiêu",
        "quốc",
        "gia",
        "giảm",
        "nghèo",
        "bền",
        "vững",
        "tỉnh",
    ]
    found = _programme_title(words, 1)
    assert found == frozenset(range(4, 13))  # `trình` .. `vững`
    assert found == _every_token(words, 1)
    assert _programme_title(["Ban", "Chỉ", "đạo", "tỉnh"], 1) == frozenset()


@given(st.lists(st.sampled_from(_syllables()), max_size=14), st.integers(0, 3))
def test_as_a_comparison_at_every_token(words: list[str], name: int) -> None:
    assert _programme_title(words, name) == _every_token(words, name)
