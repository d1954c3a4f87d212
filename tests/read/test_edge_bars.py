"""Bars on the cells' own lines (read/text/edge_bars.py): each bar put on a line of its own, so
that the table reads as the converted pages' tables; text that is no table's kept as it is."""

from __future__ import annotations

from plan_extract.read.model import RawLine
from plan_extract.read.text.edge_bars import bars_on_their_own_lines


def _texts(text: str) -> list[str]:
    lines = [RawLine(text=line, source_line=n) for n, line in enumerate(text.split("\n"), 1)]
    return [line.text for line in bars_on_their_own_lines(lines)]


def test_a_cell_ending_with_its_bar_and_a_row_opened_by_a_bar_alone() -> None:
    text = "|\nTT |\nCơ quan\nchủ trì |\n|\n1 |\nSở Y tế |\nLời văn sau bảng."
    assert _texts(text) == [
        "|", "TT", "|", "Cơ quan", "chủ trì", "|", "|", "1", "|", "Sở Y tế", "|",
        "",  # the table ended at the bar: the text after it is the body's
        "Lời văn sau bảng.",
    ]  # fmt: skip


def test_a_whole_row_a_line_opens_its_row_with_a_bar() -> None:
    assert _texts("TT | Nhiệm vụ |\n| 1 | Tập huấn |") == [
        "|", "TT", "|", "Nhiệm vụ", "|", "|", "1", "|", "Tập huấn", "|",
    ]  # fmt: skip


def test_text_holding_a_bar_that_is_no_table_stays_as_it_is() -> None:
    text = "Tỷ lệ a | b trong câu\nChữ thoát \\|\nMột ô |\nkhông có hàng mở bằng vạch"
    assert _texts(text) == text.split("\n")


def test_rows_opened_by_nothing_are_found_by_their_numbers() -> None:
    text = "TT |\nNội dung |\nChủ trì |\n1 |\nTập huấn |\nSở Y tế |\n2 |\nKiểm tra |\nSở Tư pháp |"
    assert _texts(text) == [
        "|", "TT", "|", "Nội dung", "|", "Chủ trì", "|",
        "|", "1", "|", "Tập huấn", "|", "Sở Y tế", "|",
        "|", "2", "|", "Kiểm tra", "|", "Sở Tư pháp", "|",
    ]  # fmt: skip


def test_cells_that_do_not_count_out_into_numbered_rows_stay_as_they_are() -> None:
    """Two cells before the row numbered 1 (no header), or a row short of a cell."""
    short_header = "Nội dung |\nChủ trì |\n1 |\nTập huấn |\nSở Y tế |"
    short_row = "TT |\nNội dung |\nChủ trì |\n1 |\nTập huấn |\n2 |\nKiểm tra |\nSở Tư pháp |"
    assert _texts(short_header) == short_header.split("\n")
    assert _texts(short_row) == short_row.split("\n")


def test_a_row_on_one_line_with_its_closing_bar_alone_below_is_a_whole_row() -> None:
    """A web page's table copied as text: the header row's two cells parted by a bar, its
    closing bar alone on the next line; the text after it is the body's."""
    text = "UBND TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nKính gửi:\n- Sở Y tế."
    assert _texts(text) == [
        "|", "UBND TỈNH A", "|", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "|",
        "",  # the table ended at the bar
        "Kính gửi:", "- Sở Y tế.",
    ]  # fmt: skip


def test_a_bar_inside_a_line_is_no_cell_s_last_line() -> None:
    """After a row's closing bar, body text runs on to a closing row (`Nơi nhận: ... | KT.
    CHỦ TỊCH`): a line with a bar inside ends no cell, so the table ended at the bar."""
    text = "A | B\n|\nSở Y tế chủ trì.\nNơi nhận: - Như trên. | KT. CHỦ TỊCH"
    assert _texts(text)[5:7] == ["", "Sở Y tế chủ trì."]


def test_a_bar_in_a_sentence_before_a_bar_alone_needs_text_on_both_sides() -> None:
    text = "Tỷ lệ a |\n|\nChữ thoát a \\| b\n|"
    assert _texts(text) == text.split("\n")
