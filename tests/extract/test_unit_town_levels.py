"""A district-level town (`thị xã`, a level of normalize/place_levels.yaml) closes the name of
its bodies as `huyện` does: `Công an thị xã` is the town's police, never the commune's `Công an
xã`; a town's committee keeps its place (`UBND thị xã Sơn Tây`); a district body the lexicon
knows by a town's name is that body (`Trung tâm Y tế thị xã` → `Trung tâm Y tế huyện`). The
shapes, in the contexts a plan's implementation section puts them."""

from __future__ import annotations

import pytest

from plan_extract.extract.examples import extract_sentence

# printed name → the unit's name
_SHAPES = {
    "UBND thị xã Sơn Tây": "Ủy ban nhân dân thị xã Sơn Tây",
    "Công an thị xã": "Công an thị xã",
    "Phòng Y tế thị xã": "Phòng Y tế thị xã",
    "Trung tâm Y tế thị xã": "Trung tâm Y tế huyện",
}
# each with the partner it names beside the shape (`Sở Y tế`), or none
_CONTEXTS = {
    "1. {x}": False,
    "- {x} chủ trì tổ chức kiểm tra các cơ sở": False,
    "- Cơ quan phối hợp: Sở Y tế, {x}": True,
    "- {x}, Sở Y tế phối hợp kiểm tra các cơ sở": True,
    "Giao {x} chủ trì, phối hợp với Sở Y tế kiểm tra các cơ sở": True,
    "- Sở Y tế chủ trì, phối hợp với {x} kiểm tra các cơ sở": True,
}


@pytest.mark.parametrize("context", _CONTEXTS)
@pytest.mark.parametrize("printed", _SHAPES)
def test_a_town_level_closes_its_body_name(printed: str, context: str) -> None:
    units = extract_sentence(context.format(x=printed), kind="implementation").units
    expected = {_SHAPES[printed], *(["Sở Y tế"] if _CONTEXTS[context] else [])}
    assert {unit.name for unit in units} == expected
    assert [m for unit in units for m in unit.mentions if "thị xã" in m] == [
        printed.replace("UBND", "Ủy ban nhân dân")
    ]
