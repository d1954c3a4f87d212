"""A place's proper name cut from its level word by a wrap (`UBND huyện` / `Quảng Xương tập
trung ...`), from data/normalize/cut_places.yaml, loaded and checked once. A level word
(place_levels.py) stands before its place's name, and a place's name capitalizes every
syllable: a line ending with a level word, followed by one opening with two capitalized
syllables that open no body's name or person's title, was cut inside the name, though the
joiner (joining.py) reads a capital as a new sentence. A short line may stand alone (a title, a
body in a list a line each): it is never continued so."""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.normalize.place_levels import place_levels
from plan_extract.normalize.vocabulary import (
    JoinExample,
    longest_first,
    misjoined,
    spelled_as_normalized,
)

_NAME_WORDS = 2  # a place's name has two syllables or more, each capitalized
_MARKS = ".,;:)"  # what may follow a name's last syllable


class CutPlaces(Knowledge):
    heads: list[str]  # capitalized words opening a body's name or a person's title
    min_before: int = Field(ge=1)  # the shortest line cut inside a name
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _words(self) -> CutPlaces:
        if any(not _capitalized(head) for head in self.heads):
            raise ValueError("heads: one capitalized word each")
        spelled_as_normalized(self.heads)
        return self


CUT_PLACES = data_file("normalize/cut_places.yaml", CutPlaces)


def _capitalized(word: str) -> bool:
    """A syllable written with its capital (`Quảng`), not in capitals (`UBND`) nor a letter."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


@cache
def _level_at_end() -> re.Pattern[str]:
    """A level word ending a line, maybe with the first syllable of its name after it."""
    levels = longest_first(place_levels())
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, levels))})(?: (?P<first>\w+))?$")


def names_cut_place(before: str, text: str) -> bool:
    """Whether `text` opens with the name, or the rest of the name, of the place whose level
    word ends `before` (`UBND huyện` / `Quảng Xương ...`, `UBND huyện Vĩnh` / `Linh, ...`): two
    capitalized syllables in all, the first on `text` opening no body's name; a single one
    there ends the name (a mark after it). Only the end of `before` is read past its length:
    it may be a paragraph growing as its lines join."""
    data = CUT_PLACES.load()
    end = before.rstrip()
    level = _level_at_end().search(end)
    if len(end) < data.min_before or level is None:
        return False
    words = text.split()[:_NAME_WORDS]
    syllables = [word.rstrip(_MARKS) for word in words]
    if not syllables or not _capitalized(syllables[0]) or syllables[0] in data.heads:
        return False
    if level["first"] is None:
        return len(syllables) == _NAME_WORDS and _capitalized(syllables[1])
    return _capitalized(level["first"]) and words[0] != syllables[0]


CUT_PLACES.examples_checked_by(lambda data: misjoined(data.examples, names_cut_place))
