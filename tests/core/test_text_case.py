"""`core.text.is_all_caps`: every letter in capitals, and at least as many letters as asked."""

from __future__ import annotations

from plan_extract.core.text import is_all_caps


def test_all_caps_counts_letters_only() -> None:
    assert is_all_caps("I. MỤC TIÊU 2026")
    assert not is_all_caps("I. Mục tiêu")
    assert not is_all_caps("2026 - 2030")  # no letter


def test_all_caps_with_a_least_number_of_letters() -> None:
    assert is_all_caps("A.", least=1)
    assert not is_all_caps("A.", least=2)  # a list mark, not a heading in capitals
    assert is_all_caps("II.", least=2)


def test_a_lower_case_letter_among_or_after_the_least_ones() -> None:
    # the letters are read in two runs (the first `least`, then the rest): a lower-case letter
    # in either answers no
    assert not is_all_caps("Ab CD", least=2)
    assert not is_all_caps("AB CD e", least=2)
    assert not is_all_caps("AB 1 c", least=0)
    assert is_all_caps("", least=0)
