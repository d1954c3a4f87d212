"""`has_old_spelling` finds an old-spelled whole word wherever the trie's pattern would: a
text it passes by is respelled as it would be (nothing changed by the old spellings)."""

from __future__ import annotations

import random
import re

import pytest

from plan_extract.core.text import _old_words, _respell, has_old_spelling, respell_lines

_WORD = re.compile(r"\w+")


def _has(text: str) -> bool:
    return any(word in _old_words() for word in _WORD.findall(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Ủy ban nhân dân tỉnh Hòa Bình",
        "Uỷ ban nhân dân",
        "(thuỷ lợi), hoà-bình",
        "năm 2026/hoà",
        "xhoà hoàx",
        "hoà_",
        "Hoà",
    ],
)
def test_an_old_spelled_word_is_found_as_the_words_of_the_text_are(text: str) -> None:
    assert has_old_spelling(text) == _has(text)


def test_random_texts_agree() -> None:
    chooser = random.Random(15)
    old = sorted(_old_words())[:400]
    pieces = [*old, "Ủy", "ban", "hòa", "2026", "-", "(", ")", ",", "/", "_", " ", "\n", "."]
    for _ in range(300):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12)))
        assert has_old_spelling(text) == _has(text), text


def test_a_text_without_old_spellings_is_respelled_as_before() -> None:
    texts = ["Hòa Bình", "Uỷ ban  nhân dân", "thuỷ lợi – hoà"]
    assert respell_lines(texts) == ["Hòa Bình", "Ủy ban nhân dân", "thủy lợi - hòa"]
    assert _respell("Ủy ban") == "Ủy ban"


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("a  b", "a b"),
        ("a\u00a0b", "a b"),
        ("a \tb", "a b"),
        ("a\u3000\u3000b", "a b"),
        ("a b c", "a b c"),
    ],
)
def test_runs_of_spaces_are_squashed_only_where_there_are_some(text: str, spelled: str) -> None:
    assert _respell(text) == spelled
