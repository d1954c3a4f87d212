"""Words a law site's or a converter's text ran together, parted in normalize (the OCR space
repair, read/pdf/ocr_spaces), only in a text that shows the fault: a clean text is read as it
is and never loads the dictionary."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from plan_extract.core import dictionary
from plan_extract.normalize import normalize
from plan_extract.pipeline import parse_path
from plan_extract.read.pdf.ocr_spaces import respace, shows_joined_words, written_apart
from plan_extract.read.text import read_text_bytes

_JOINED = (
    "Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân;\n\n"
    "Điều 2. Các cơ quan, đơnvị sau đây tổ chức thực hiện Kếhoạch giaiđoạn 2021 - 2025:\n\n"
    "1. Sở Tư pháp - cơquan thường trực, tổchức sơ kết hằng năm.\n"
)
_CLEAN = (
    "Điều 2. Các cơ quan, đơn vị sau đây tổ chức thực hiện Kế hoạch giai đoạn 2021 - 2025:\n\n"
    "1. Sở Tư pháp - cơ quan thường trực, tổ chức sơ kết hằng năm; đo vectơ lực.\n"
)


def _lines(text: str) -> list[str]:
    return [line.text for line in normalize(read_text_bytes(text.encode(), "txt")).lines]


def test_a_text_with_words_run_together_shows_the_fault_in_any_unicode_form() -> None:
    assert shows_joined_words(_JOINED.splitlines())
    assert shows_joined_words([unicodedata.normalize("NFD", _JOINED)])


def test_a_clean_text_or_one_slip_does_not_show_the_fault() -> None:
    assert not shows_joined_words(_CLEAN.splitlines())  # `vectơ`: a loan word, one in many
    assert not shows_joined_words(["Sở Tư pháp - cơquan thường trực, tổ chức sơ kết"])
    assert not shows_joined_words(["BANHÀNH KẾHOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ"])  # capitals


def test_words_run_together_are_parted_where_the_text_shows_the_fault() -> None:
    assert _lines(_JOINED) == [
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;",
        "Điều 2. Các cơ quan, đơn vị sau đây tổ chức thực hiện Kế hoạch giai đoạn 2021 - 2025:",
        "1. Sở Tư pháp - cơ quan thường trực, tổ chức sơ kết hằng năm.",
    ]


def test_a_word_that_parts_two_ways_is_parted_as_the_document_writes_elsewhere() -> None:
    line = "Chủ tịch UBND cáchuyện An Lão, Vĩnh Thạnh"  # `các huyện` or `cá chuyện`
    assert respace(line) == line
    usage = written_apart(["phối hợp với các sở, ngành", line])
    assert respace(line, usage) == "Chủ tịch UBND các huyện An Lão, Vĩnh Thạnh"
    assert respace("cánhân", written_apart(["cán bộ", "nhân dân"])) == "cánhân"  # a tie


def test_a_lone_slip_in_a_clean_text_is_left_as_written() -> None:
    assert _lines("1. Sở Tư pháp - cơquan thường trực.\n") == [
        "1. Sở Tư pháp - cơquan thường trực."
    ]


def test_parsing_a_clean_text_never_loads_the_dictionary(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(f"I. TỔ CHỨC THỰC HIỆN\n\n{_CLEAN}", encoding="utf-8")
    for loaded in (dictionary._entries, dictionary.syllables, dictionary.two_syllable_words):
        loaded.cache_clear()
    parse_path(plan)
    assert dictionary._entries.cache_info().currsize == 0
    joined = tmp_path / "joined.txt"
    joined.write_text(f"I. TỔ CHỨC THỰC HIỆN\n\n{_JOINED}", encoding="utf-8")
    parse_path(joined)
    assert dictionary._entries.cache_info().currsize == 1
