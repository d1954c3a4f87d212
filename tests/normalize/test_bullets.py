"""A converter's list glyphs (Word's text export: `•`, `o`, `§`, `Ø`; a PDF converter: `●`,
`◦`, `▪`, `➢`) become the bullets a plan types, one character for one, so that every later stage
reads one set (core/text.py BULLETS); a letter glyph (`o`) only before a capital."""

from __future__ import annotations

import pytest

from plan_extract.core.text import BULLETS
from plan_extract.normalize import normalize
from plan_extract.normalize.bullets import BULLET_GLYPHS, with_canonical_bullet
from plan_extract.normalize.patterns import BULLET
from plan_extract.read.text import read_text_bytes


def _lines(text: str) -> list[str]:
    return [line.text for line in normalize(read_text_bytes(text.encode("utf-8"), "txt")).lines]


def test_every_glyph_maps_onto_a_canonical_bullet_that_the_pattern_reads() -> None:
    for glyph, bullet in BULLET_GLYPHS.load().glyphs.items():
        mapped = with_canonical_bullet(f"{glyph} Tổ chức tuyên truyền.")
        assert mapped == f"{bullet} Tổ chức tuyên truyền."
        assert bullet in BULLETS and BULLET.match(mapped) is not None


def test_word_levels_become_dash_level_glyphs_in_a_document() -> None:
    text = (
        "1. Tuyên truyền về bình đẳng giới\n"
        "•\tTổ chức hội nghị tuyên truyền.\n"
        "o\tPhối hợp với Đoàn Thanh niên xã.\n"
        "§\tIn tờ rơi phát cho các hộ.\n"
    )
    assert _lines(text) == [
        "1. Tuyên truyền về bình đẳng giới",
        "• Tổ chức hội nghị tuyên truyền.",
        "+ Phối hợp với Đoàn Thanh niên xã.",
        "+ In tờ rơi phát cho các hộ.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "o nhỏ trong nhà",  # `o` a word, before a lower-case word
        "Tuyên truyền o Hà Nội",  # not opening the line
        "● ",  # no word after the glyph
        "-5% so với năm 2025",  # a figure's minus
        "Sở Văn hóa - Thể thao",  # a dash inside a name
    ],
)
def test_a_glyph_that_opens_no_item_is_left_alone(line: str) -> None:
    assert with_canonical_bullet(line) == line


def test_the_mapping_keeps_every_column() -> None:
    for glyph in BULLET_GLYPHS.load().glyphs:
        line = f"{glyph} Phối hợp với Hội Nông dân xã."
        assert len(with_canonical_bullet(line)) == len(line)
