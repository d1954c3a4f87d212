"""The administrative level words (`tỉnh`, `huyện`, `thị xã`, `xã` ...), from
data/normalize/place_levels.yaml, loaded and checked once: the one list of them that every stage
reads (the joiner's cut place names, the header's unit types, structure's council terms, the unit
lexicon's level words), so that no stage knows a level another lacks."""

from __future__ import annotations

from pydantic import Field, model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.normalize.vocabulary import longest_first, spelled_as_normalized


class LevelExample(Example):
    """A text and the level word it opens with (None: it opens with none)."""

    level: str | None

    @property
    def negative(self) -> bool:
        return self.level is None


class PlaceLevels(Knowledge):
    levels: list[str] = Field(min_length=1)  # lower case, as printed before a place's name
    examples: list[LevelExample]

    @model_validator(mode="after")
    def _words(self) -> PlaceLevels:
        if any(not level.islower() for level in self.levels):
            raise ValueError("levels: lower case, as they stand before a name")
        if len(set(self.levels)) != len(self.levels):
            raise ValueError("levels: each once")
        spelled_as_normalized(self.levels)
        return self


PLACE_LEVELS = data_file("normalize/place_levels.yaml", PlaceLevels)


def place_levels() -> list[str]:
    """The level words, lower case (`tỉnh`, `thị xã`)."""
    return PLACE_LEVELS.load().levels


def level_at(text: str) -> tuple[str, str] | None:
    """(level word, the text after it) when `text` opens with a level word and a space, in any
    case (`UBND` / `THỊ XÃ SƠN TÂY`); the longest that does (`thị xã Sơn Tây` is a town's, not a
    commune's `xã`)."""
    folded = text.casefold()
    for level in longest_first(place_levels()):
        if folded.startswith(level + " "):
            return level, text[len(level) + 1 :]
    return None


def _misread(data: PlaceLevels) -> list[str]:
    wrong = []
    for example in data.examples:
        found = level_at(example.text)
        if (found[0] if found else None) != example.level:
            wrong.append(f"{example.text!r}: level {found}, not {example.level!r}")
    return wrong


PLACE_LEVELS.examples_checked_by(_misread)
