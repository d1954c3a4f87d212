"""`core.text.respell` replaces the old-spelled words of underthesea's table in one pass (one
pattern for the whole table): its answer must be that of replacing each old-spelled word of the
text in turn, in sorted order, as whole words, including where a replacement is itself an
old-spelled word of the table (a chain) that the text also holds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_extract.core.text import _old_words, respell


def _word_by_word(text: str) -> str:
    """The replacement one word at a time: each old-spelled word the text holds, in sorted
    order, replaced everywhere it stands as a whole word."""
    table = _old_words()
    for word in sorted(table.keys() & set(re.findall(r"\w+", text))):
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", table[word], text)
    return text


def _chains() -> list[str]:
    return sorted(old for old, new in _old_words().items() if new in _old_words())


def test_the_table_has_chains() -> None:
    """The case the one pass must mind is there (`nghoé` → `nghóe` → `ngóe`)."""
    assert _chains()


def test_each_old_word_alone() -> None:
    for old, new in _old_words().items():
        assert respell(old) == new


def test_a_chain_goes_on_only_if_the_text_holds_its_next_word() -> None:
    for old in _chains():
        middle = _old_words()[old]
        assert respell(old) == middle
        together = f"{old} ({middle})"
        assert respell(together) == _word_by_word(together)
        if middle > old:
            assert respell(together) == f"{_old_words()[middle]} ({_old_words()[middle]})"


def test_the_whole_table_in_one_text() -> None:
    """Every old and modern spelling side by side, as separate words and run together."""
    words = sorted({*_old_words(), *_old_words().values()})
    for text in (" ".join(words), ", ".join(reversed(words)), "".join(words)):
        assert respell(text) == _word_by_word(text).strip()


_TABLE_WORDS = sorted({*_old_words(), *_old_words().values()})
_WORDS = st.one_of(
    st.sampled_from(_TABLE_WORDS),
    st.sampled_from([word for old in _chains() for word in (old, _old_words()[old])]),
    st.text(alphabet="aeiouhngtAOU1_", min_size=1, max_size=4),
)
_BETWEEN = st.sampled_from([" ", ", ", ". ", "(", ") ", "/", "\n", "", "1", "_"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _BETWEEN), max_size=16))
def test_one_pass_is_word_by_word(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + between for word, between in parts)
    assert respell(text) == _word_by_word(text).strip()
