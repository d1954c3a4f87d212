"""A dashed name cut at its dash by a wrap (`3. Phòng Văn hóa` / `- Xã hội thị trấn ...`) goes on
when any level of normalize/place_levels.yaml follows its second half, as a name's level does:
the dashed names' own copy lacked `quận`, `thị xã`, `thị trấn` and `đặc khu`. Names × the
words after the half × the lines a first half ends."""

from __future__ import annotations

import pytest

from plan_extract.normalize.dashed_names import cut_at_dash
from plan_extract.normalize.place_levels import place_levels

_BEFORES = [
    "3. Phòng {first}",
    "Giao Ủy ban nhân dân phối hợp với Phòng {first}",
    "Trưởng các phòng: Nội vụ, {first}",
]
_NAMES = [
    ("Văn hóa", "Xã hội"),
    ("Lao động", "Thương binh và Xã hội"),
    ("Kinh tế", "Hạ tầng và Đô thị"),
]
# what follows the second half, and whether the line is the name's rest (not a bullet)
_LEVELS = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"]
_AFTER = {
    **dict.fromkeys(_LEVELS, True),
    "và Công an xã": True,
    "hóa các nguồn lực": False,  # `- Xã hội hóa ...`: a bullet
    "thị trường lao động": False,  # `thị` opens a common word, no level
}


def test_the_grid_names_every_level() -> None:
    assert set(place_levels()) <= set(_AFTER)


@pytest.mark.parametrize("before", _BEFORES)
@pytest.mark.parametrize(("first", "second"), _NAMES)
@pytest.mark.parametrize("after", _AFTER)
def test_a_level_after_the_second_half_continues_the_name(
    before: str, first: str, second: str, after: str
) -> None:
    text = f"- {second} {after} thực hiện."
    assert cut_at_dash(before.format(first=first), text) is _AFTER[after]
