"""Names of bodies joined by a dash (`Sở Lao động - Thương binh và Xã hội`), from
data/normalize/dashed_names.yaml, loaded and checked once. A hard wrap that puts the dash first
leaves what reads as a bullet (`Giám đốc các Sở: Lao động` / `- Thương binh và Xã hội, Nội vụ`),
and the bodies listed after it would be lost; the joiner (joining.py) glues such a line back."""

from __future__ import annotations

import re
from functools import cache

from pydantic import model_validator

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.normalize.place_levels import place_levels
from plan_extract.normalize.vocabulary import (
    JoinExample,
    alternatives,
    misjoined,
    spelled_as_normalized,
)

_DASH = " - "
_LEADING_DASHES = ("-", "–")  # what each pattern of `_cut_patterns` opens with


class DashedNames(Knowledge):
    names: list[str]  # `first half - second half`, as the unit lexicon spells them
    # the words that may follow a name's second half on the cut line, besides punctuation, a
    # capitalized word (the next body's name) or its level (place_levels.py): a conjunction
    then_words: list[str]
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _halves(self) -> DashedNames:
        for name in self.names:
            first, dash, second = name.partition(_DASH)
            if not dash or not first.strip() or not second.strip() or _DASH in second:
                raise ValueError(f"{name!r}: one dash between two halves")
        spelled_as_normalized([*self.names, *self.then_words])
        if set(self.then_words) & set(place_levels()):
            raise ValueError("then_words: the levels are place_levels.yaml's, not listed here")
        return self


DASHED_NAMES = data_file("normalize/dashed_names.yaml", DashedNames)


@cache
def _cut_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per name, its first half (ending the line above) and the start of the cut line (a dash,
    its second half, then what may follow a name)."""
    data = DASHED_NAMES.load()
    then = alternatives([*place_levels(), *data.then_words])
    patterns = []
    for name in data.names:
        first, _, second = name.partition(_DASH)
        patterns.append(
            (
                first,
                re.compile(
                    rf"^[-–]\s+{re.escape(second)}(?:$|\s*[,;:.)]|\s+(?:{then})\b|\s+(?P<next>\w))"
                ),
            )
        )
    return tuple(patterns)


def cut_at_dash(before: str, text: str) -> bool:
    """Whether `text`, a line opening with a dash, goes on with the second half of a dashed
    name whose first half ends `before` (`Sở Lao động` / `- Thương binh và Xã hội, ...`): a
    wrap, not a bullet. The half must be whole and end there: followed by punctuation, a level
    or a conjunction, or the next body's capitalized name (`- Xã hội hóa ...` after `Văn hóa`
    is a bullet). Only the end of `before` is read: it may be a paragraph growing as its lines
    are joined."""
    cut = text.strip()
    if not cut.startswith(_LEADING_DASHES):  # every second half's pattern opens with one
        return False
    end = before.rstrip()
    for first, second in _cut_patterns():
        start = len(end) - len(first)
        if not end.endswith(first) or (start > 0 and end[start - 1].isalnum()):
            continue
        match = second.match(cut)
        if match is not None and (match["next"] is None or match["next"].isupper()):
            return True
    return False


DASHED_NAMES.examples_checked_by(lambda data: misjoined(data.examples, cut_at_dash))
