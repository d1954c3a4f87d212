"""Normalization: one spelling, one dash, wrapped lines joined, structural lines kept apart."""

from __future__ import annotations

from plan_extract.core.text import respell as clean_text
from plan_extract.normalize import normalize
from plan_extract.read.text import read_text_bytes


def _lines(text: str, fmt: str = "txt") -> list[str]:
    raw = read_text_bytes(text.encode("utf-8"), "md" if fmt == "md" else "txt")
    return [line.text for line in normalize(raw).lines]


def test_tone_placement_and_dash_and_spaces() -> None:
    assert (
        clean_text("Phòng Văn hoá – Xã  hội\tUỷ ban  thuỷ") == "Phòng Văn hóa - Xã hội Ủy ban thủy"
    )


def test_nfd_input_becomes_nfc() -> None:
    import unicodedata

    assert clean_text(unicodedata.normalize("NFD", "Quảng Thành")) == "Quảng Thành"


def test_page_break_mid_sentence_is_joined_with_source_lines() -> None:
    raw = read_text_bytes(
        "bảo đảm các trường hợp\n\n\n\nbị bạo lực được phát hiện.\n".encode(), "txt"
    )
    doc = normalize(raw)
    assert [line.text for line in doc.lines] == [
        "bảo đảm các trường hợp bị bạo lực được phát hiện."
    ]
    assert doc.lines[0].source_lines == (1, 5)
    assert doc.lines[0].number == 1


def test_structural_lines_are_never_joined() -> None:
    text = (
        "2. Mục tiêu cụ thể\n- Về Chính trị: đạt 75%\n+ Tăng tỷ lệ\na) Nội dung\n"
        "Nơi nhận:\n- UBND tỉnh;\n"
    )
    assert _lines(text) == [
        "2. Mục tiêu cụ thể",
        "- Về Chính trị: đạt 75%",
        "+ Tăng tỷ lệ",
        "a) Nội dung",
        "Nơi nhận:",
        "- UBND tỉnh;",
    ]


def test_markdown_paragraph_wraps_are_joined() -> None:
    text = (
        "Thực hiện Quyết định số\n1850/QĐ-TTg ngày 27 của Thủ tướng Chính\nPhủ;\n\n"
        "**I. MỤC\nĐÍCH**\n"
    )
    assert _lines(text, "md") == [
        "Thực hiện Quyết định số 1850/QĐ-TTg ngày 27 của Thủ tướng Chính Phủ;",
        "I. MỤC ĐÍCH",
    ]


def test_sentence_end_then_capital_in_plain_text_stays_two_lines() -> None:
    assert _lines("Câu thứ nhất.\nCâu thứ hai\n") == ["Câu thứ nhất.", "Câu thứ hai"]


def test_a_markdown_file_of_table_bars_only_has_no_lines() -> None:
    assert _lines("|\n|\n", "md") == []


def test_every_signature_prefix_and_the_recipients_label_start_their_own_line() -> None:
    """The prefixes and `Nơi nhận` come from layout_cues.yaml, as the Word and PDF readers read
    them: `T/M.` starts the signature in a text file too."""
    text = "Tỷ lệ nữ đạt 30%\nT/M. ỦY BAN NHÂN DÂN\nGiảm 10%\nNoi nhận:\n"
    assert _lines(text, "md") == [
        "Tỷ lệ nữ đạt 30%",
        "T/M. ỦY BAN NHÂN DÂN",
        "Giảm 10%",
        "Noi nhận:",
    ]


def test_the_closing_request_is_not_a_line_start() -> None:
    """`Trong quá trình ...` ends the body for the structure stage, but a wrapped paragraph that
    reads on into it is still one paragraph."""
    text = "Các đơn vị phối hợp thực hiện\nTrong quá trình thực hiện, nếu có khó khăn, báo cáo.\n"
    assert len(_lines(text, "md")) == 1
