"""The text layer's characters to words: fake-bold duplicates (`_drawn_again`) found whether
the page has many or none, and the printed characters (`_drawn`) told from spaces."""

from __future__ import annotations

from plan_extract.read.pdf.reader import _drawn, _drawn_again


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
    assert _drawn_again(drawn, printed, lefts, tops) == {3, 4, 5}


def test_repeated_letters_apart_on_a_line_are_not_duplicates() -> None:
    assert _drawn_again(*_line("hoạch thành hành")) == set()


def test_the_same_letter_at_the_same_place_on_another_line_is_not_a_duplicate() -> None:
    drawn, printed, lefts, tops = _line("ab")
    drawn.append(2)
    printed.append("a")
    lefts.append(72.0)
    tops.append(114.0)  # the next line, under the first "a"
    assert _drawn_again(drawn, printed, lefts, tops) == set()


def test_duplicates_are_looked_for_six_characters_back_and_no_further() -> None:
    for between in (5, 6):
        drawn, printed, lefts, tops = _line("x" + "abcdef"[:between])
        drawn.append(len(drawn))  # "x" again at the first one's place
        printed.append("x")
        lefts.append(72.3)
        tops.append(100.0)
        expected = {drawn[-1]} if between < 6 else set()
        assert _drawn_again(drawn, printed, lefts, tops) == expected


def test_a_duplicate_dropped_is_not_compared_with() -> None:
    """Only the characters kept are remembered: the third "a" is 1.2 points from the second,
    a duplicate dropped, and 2.4 points from the first: it is kept."""
    drawn, printed, lefts, tops = [0, 1, 2], ["a", "a", "a"], [72.0, 73.2, 74.4], [100.0] * 3
    assert _drawn_again(drawn, printed, lefts, tops) == {1}


def test_printed_characters_are_those_neither_spaces_nor_nul() -> None:
    assert _drawn(list("Kế hoạch\r\n\x00số\u00a01")) == [0, 1, 3, 4, 5, 6, 7, 11, 12, 14]
    assert _drawn(["fi", " ", "x", "\x00"]) == [0, 2]  # a glyph read as two characters
