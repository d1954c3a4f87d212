"""roles.yaml names the committees by their level from normalize/place_levels.yaml, the one list
of level words (`committees`, `levels_left`): every level's committee is an authority, and a
level missing from that list cannot be left out."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from plan_extract.extract import lexicon
from plan_extract.normalize.place_levels import place_levels


def _phrases(label: str) -> set[str]:
    groups = lexicon.ROLES.load().patterns
    return {phrase for group in groups if group.label == label for phrase in group.phrases}


@pytest.mark.parametrize("level", place_levels())
def test_every_level_s_committee_and_its_vice_chairman_ask(level: str) -> None:
    authorities = _phrases("AUTHORITY")
    for committee in ("ủy ban nhân dân", "ubnd", "phó chủ tịch ubnd"):
        assert f"{committee} {level}" in authorities


def test_the_province_s_committee_is_no_named_body_of_the_roles() -> None:
    named = _phrases("NAMED_ORG")
    assert "ubnd tỉnh" not in named
    assert {f"ubnd {level}" for level in place_levels() if level != "tỉnh"} <= named


def test_a_level_left_out_is_a_level() -> None:
    with pytest.raises(ValidationError, match="levels_left"):
        lexicon.RoleGroup.model_validate(
            {"label": "AUTHORITY", "phrases": [], "committees": ["ubnd"], "levels_left": ["ấp"]}
        )


def test_a_group_without_committees_keeps_its_phrases() -> None:
    group = lexicon.RoleGroup.model_validate({"label": "AGENT", "phrases": ["do"]})
    assert group.phrases == ["do"]
