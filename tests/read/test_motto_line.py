"""`opens_with_motto` tells most lines apart by their first letter before it reads their
dashes: the marks and spaces before the motto are still set aside, a dash standing first is
never the motto's."""

from __future__ import annotations

import pytest

from plan_extract.core.text import squash
from plan_extract.read.layout_cues import _first_printed, opens_with_motto


@pytest.mark.parametrize(
    "text",
    [
        "  **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "_ _Độc lập—Tự do—Hạnh phúc",
        "Độc lập -Tự do - Hạnh phúc",
    ],
)
def test_a_motto_line_behind_marks_or_with_any_dash_is_read(text: str) -> None:
    assert opens_with_motto(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Độc lập - Tự do - Hạnh phúc",
        "– CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Công hòa xã hội",
        "",
        "   ",
    ],
)
def test_a_line_opening_otherwise_is_no_motto_line(text: str) -> None:
    assert not opens_with_motto(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "**",
        "_ *",
        "\u00a0\u2003**Độc lập",
        "\t_**_ CỘNG HÒA",
        "* * - Độc lập",
        "__ __\u3000x",
        "Sở Y tế",
    ],
)
def test_the_first_printed_character_is_that_of_the_squashed_line(text: str) -> None:
    assert _first_printed(text) == squash(text).strip("_ ")[:1]
