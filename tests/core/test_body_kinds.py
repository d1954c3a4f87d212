"""data/body_kinds.yaml, the one list of the kinds of bodies (read by the read and extract
stages): a word naming no body must open with a kind's words and be none itself; the words are
lower case (abbreviations aside). Its examples run in test_knowledge_examples."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from plan_extract.core.body_kinds import BODY_KINDS, BodyKinds


def _kinds(**changed: list[str]) -> dict[str, object]:
    data = BODY_KINDS.load().model_dump()
    data.update(changed)
    return data


def test_the_file_loads() -> None:
    assert BodyKinds.model_validate(_kinds())


@pytest.mark.parametrize("word", ["lớp tập huấn", "hội"])
def test_a_word_naming_no_body_must_open_with_a_body_kind_s_words(word: str) -> None:
    """`hội nghị` opens with `hội`; a word that opens with no kind, or is one, is refused."""
    with pytest.raises(ValidationError, match="not a compound of a body kind"):
        BodyKinds.model_validate(_kinds(not_body_kinds=[word]))


def test_the_kinds_are_lower_case() -> None:
    with pytest.raises(ValidationError, match="lower case"):
        BodyKinds.model_validate(_kinds(body_kinds=["Phòng"]))
