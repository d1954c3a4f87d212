"""A dashed name cut at its dash by a hard wrap: the names the joiner knows are the unit
lexicon's, and the cut line is glued back rather than read as a bullet."""

from __future__ import annotations

from plan_extract.extract.lexicon import UNIT_LEXICON
from plan_extract.normalize import normalize
from plan_extract.normalize.dashed_names import DASHED_NAMES
from plan_extract.read.text import read_text_bytes


def _lines(text: str) -> list[str]:
    return [line.text for line in normalize(read_text_bytes(text.encode("utf-8"), "txt")).lines]


def test_every_dashed_name_is_part_of_a_unit_the_lexicon_names() -> None:
    spelled = [
        spelling.casefold()
        for unit in UNIT_LEXICON.load().units
        for spelling in [unit.name, *unit.aliases]
    ]
    unknown = [
        name
        for name in DASHED_NAMES.load().names
        if not any(name.casefold() in spelling for spelling in spelled)
    ]
    assert unknown == []


def test_a_name_cut_before_its_dash_goes_on_and_a_bullet_after_it_stays() -> None:
    text = (
        "Giám đốc các Sở: Nội vụ, Lao động\n"
        "- Thương binh và Xã hội, Tài chính chịu trách nhiệm thi hành.\n"
        "2. Phòng Văn hóa\n"
        "- Xã hội hóa các nguồn lực.\n"
    )
    assert _lines(text) == [
        "Giám đốc các Sở: Nội vụ, Lao động - Thương binh và Xã hội, Tài chính chịu trách nhiệm"
        " thi hành.",
        "2. Phòng Văn hóa",
        "- Xã hội hóa các nguồn lực.",
    ]
