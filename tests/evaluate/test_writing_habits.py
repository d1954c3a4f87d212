"""The rewrites of a text plan as a converter from Word or a writer's habit prints it
(evaluate/writing_habits.py): each changes what it should and nothing else."""

from __future__ import annotations

from plan_extract.evaluate.variants import rewrites
from plan_extract.evaluate.writing_habits import (
    DASH_BULLETS,
    STAR_BULLETS,
    SWAPPED_BULLETS,
    WORD_BULLETS,
    bullets_as,
    indented,
    odd_spaced,
    tones_flipped,
)

_LIST = """1. Tổ chức thực hiện
- Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở.
  + Tổ chức tập huấn cho cán bộ.
- **Công an tỉnh** bảo đảm an ninh.
phối hợp tổ chức chính trị
- xã hội tại địa phương; tăng bình quân 05
- 06%/năm.
-------
| - Sở Y tế | 2026 |"""


def test_word_bullets_replace_the_opening_glyph_of_each_level_only() -> None:
    assert bullets_as(_LIST, WORD_BULLETS).split("\n") == [
        "1. Tổ chức thực hiện",
        "• Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở.",
        "  o Tổ chức tập huấn cho cán bộ.",
        "• **Công an tỉnh** bảo đảm an ninh.",
        "phối hợp tổ chức chính trị",
        "- xã hội tại địa phương; tăng bình quân 05",  # a wrapped name's dash: no bullet
        "- 06%/năm.",  # a wrapped range's dash: no bullet
        "-------",
        "| - Sở Y tế | 2026 |",  # inside a table's cell: left alone
    ]


def test_other_glyph_sets_keep_the_levels_apart() -> None:
    swapped = bullets_as(_LIST, SWAPPED_BULLETS).split("\n")
    assert swapped[1:4] == [
        "+ Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở.",
        "  - Tổ chức tập huấn cho cán bộ.",
        "+ **Công an tỉnh** bảo đảm an ninh.",
    ]
    dashed = bullets_as(_LIST, DASH_BULLETS).split("\n")
    assert [line[:3] for line in dashed[1:4]] == ["– S", "  *", "– *"]
    assert dashed[4:] == _LIST.split("\n")[4:]
    starred = bullets_as(_LIST, STAR_BULLETS).split("\n")
    assert [line[:4] for line in starred[1:4]] == ["* Sở", "  + ", "* **"]
    assert starred[4:] == _LIST.split("\n")[4:]


def test_indentation_goes_before_paragraph_lines_only() -> None:
    text = "## KẾ HOẠCH\n\n1. Mục đích\n- Tuyên truyền.\n| a | b |\n"
    assert indented(text, "\t") == "## KẾ HOẠCH\n\n\t1. Mục đích\n\t- Tuyên truyền.\n| a | b |\n"


def test_odd_spaces_change_inner_spaces_only_and_keep_every_word() -> None:
    line = "  Tổ chức 02 lớp tập huấn cho cán bộ xã"
    spaced = odd_spaced(line)
    assert spaced.startswith("  Tổ chức  02\u00a0lớp tập  huấn\u00a0cho")
    assert spaced.split() == line.split()
    assert odd_spaced("a\nb c") == "a\nb c"


def test_tones_move_to_the_other_vowel_of_an_open_glide_only() -> None:
    text = "Ủy ban; thủy lợi; khỏe; Hóa; hòa giải; Uỷ; khoẻ; thuỷ"
    assert tones_flipped(text) == "Uỷ ban; thuỷ lợi; khoẻ; Hoá; hoà giải; Ủy; khỏe; thủy"
    assert tones_flipped(tones_flipped(text)) == text
    # `qu` is the initial's (`quý`), a closed syllable (`hoặc`, `thuận`, `toàn`), a glide
    # with a mark of its own, a syllable without a tone, a dash inside a name: unchanged
    unchanged = "quý, quỳ, hoặc, thuận, toàn, huy, hoa, Lao động - Thương binh và Xã hội"
    assert tones_flipped(unchanged) == unchanged


def test_the_habits_are_variants_of_a_text_source() -> None:
    labels = {variant.label for variant in rewrites("a.md", b"I. A\n- B\n")}
    assert {
        "word-text",
        "bullets-dash-indent",
        "bullets-swapped-no-blank",
        "pdf-bullets",
        "bullets-markdown-star",
        "tones-flipped",
    } <= labels
