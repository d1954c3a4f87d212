"""A ruled table's cells take the words whose centre they hold, edges included (`laid_out`,
the words found for all of a page's words at once); the words of no cell stay in lines."""

from __future__ import annotations

from plan_extract.read.pdf.cells import laid_out
from plan_extract.read.pdf.page_layout import Word


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 20.0, top, top + 10.0)


def test_a_word_centred_on_a_cell_s_edge_is_in_the_cell_and_the_others_stay_lines() -> None:
    words = [
        _word("Title", 100.0, 50.0),
        _word("left", 75.0, 105.0),
        _word("edge", 190.0, 105.0),  # its centre, 200, on the first cell's right edge
        _word("right", 260.0, 105.0),
        _word("below", 100.0, 300.0),
    ]
    table = (
        (72.0, 100.0, 400.0, 120.0),
        [[(72.0, 100.0, 200.0, 120.0), (200.0, 100.0, 400.0, 120.0)]],
    )
    lines = laid_out(words, [table], 1)
    assert [line.text for line in lines] == ["Title", "left edge | edge right", "below"]
    assert lines[1].cells == ("left edge", "edge right")


def test_a_page_without_tables_is_its_lines() -> None:
    words = [_word("b", 100.0, 80.0), _word("a", 100.0, 50.0)]
    assert [line.text for line in laid_out(words, [], 1)] == ["a", "b"]


def test_each_cell_takes_its_own_words_past_merged_and_empty_cells() -> None:
    words = [
        _word("1", 75.0, 105.0),
        _word("Sở", 210.0, 105.0),
        _word("Tài", 235.0, 105.0),
        _word("chính", 210.0, 118.0),  # the cell's second line
        _word("2", 75.0, 145.0),
        _word("x", 410.0, 145.0),
    ]
    first_row = [(72.0, 100.0, 200.0, 140.0), (200.0, 100.0, 400.0, 140.0), None]
    second_row = [(72.0, 140.0, 200.0, 180.0), (200.0, 140.0, 400.0, 180.0)]
    second_row.append((400.0, 140.0, 500.0, 180.0))
    table = ((72.0, 100.0, 500.0, 180.0), [first_row, second_row])
    lines = laid_out(words, [table], 1)
    assert [line.cells for line in lines] == [("1", "Sở Tài chính", ""), ("2", "", "x")]
