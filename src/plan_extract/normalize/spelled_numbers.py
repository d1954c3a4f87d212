"""A figure spelled out again in brackets (`ngày 09 (chín) tháng 06 (sáu)`), as statutes print
days and periods: the bracket is dropped when its words spell exactly the figure before it
(data/normalize/spelled_numbers.yaml), so that the date and report rules read the figure as if
it stood alone (`ngày 06 tháng 06`, `báo cáo 06 tháng`); any other bracket is left."""

from __future__ import annotations

import re
from functools import cache

from pydantic import model_validator

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.normalize.vocabulary import NormalizedExample, misread, spelled_as_normalized

# a figure of one or two digits that is no part of a date or a decimal (`15/6 (sáu)`, `2.5`),
# then its bracket of words (no figure inside)
_ECHO = re.compile(r"(?<![\w/.,-])(\d{1,2})\s*\(([^()\d]{2,40})\)")


class SpelledNumbers(Knowledge):
    units: dict[str, int]
    after_ten: dict[str, int]
    after_tens: dict[str, int]
    ten: str
    tens: str
    hundred: str
    no_tens: list[str]
    examples: list[NormalizedExample]

    @model_validator(mode="after")
    def _words(self) -> SpelledNumbers:
        if sorted(self.units.values()) != list(range(10)):
            raise ValueError("units: one word for each of 0-9")
        if self.units.keys() & (self.after_ten.keys() | self.after_tens.keys()):
            raise ValueError("a word is either a unit or one after `ten` / `tens`")
        spelled_as_normalized(sorted(self.words))
        return self

    @property
    def words(self) -> frozenset[str]:
        """Every word that spells part of a number."""
        return frozenset(
            [*self.units, *self.after_ten, *self.after_tens, self.ten, self.tens, self.hundred,
             *self.no_tens]
        )  # fmt: skip


SPELLED_NUMBERS = data_file("normalize/spelled_numbers.yaml", SpelledNumbers)


def _below_hundred(data: SpelledNumbers) -> dict[str, int]:
    """Every spelling of 0-99 the file allows, by its words in lower case."""
    nonzero = {word: value for word, value in data.units.items() if value > 0}
    values = {**data.units, data.ten: 10}
    for word, value in {**nonzero, **data.after_ten}.items():
        values[f"{data.ten} {word}"] = 10 + value
    for word, value in data.units.items():
        if value < 2:
            continue
        values[f"{word} {data.tens}"] = value * 10
        for unit, extra in {**nonzero, **data.after_tens}.items():
            values[f"{word} {data.tens} {unit}"] = value * 10 + extra
    return values


@cache
def _values() -> dict[str, int]:
    """Every spelling of 0-999 the file allows, by its words in lower case: a unit then the
    hundred word, then nothing, a spelling of 10-99, or a no-tens word and a unit."""
    data = SPELLED_NUMBERS.load()
    values = _below_hundred(data)
    tails = {words: value for words, value in values.items() if value >= 10}
    for zero in data.no_tens:
        tails |= {f"{zero} {word}": value for word, value in data.units.items() if value > 0}
    for word, value in data.units.items():
        if value == 0:
            continue
        hundreds = f"{word} {data.hundred}"
        values[hundreds] = value * 100
        for tail, extra in tails.items():
            values[f"{hundreds} {tail}"] = value * 100 + extra
    return values


def spelled_value(words: str) -> int | None:
    """The number 0-999 that `words` spell (`Hai mươi lăm` 25, `một trăm` 100), or None: the one
    reading of spelled numbers, for the brackets here and the counts the targets read (`ít nhất
    hai`)."""
    return _values().get(" ".join(words.split()).casefold())


def spells_number(word: str) -> bool:
    """`word` (one word) spells part of a number (`hai`, `mươi`, `trăm`, `năm`)."""
    return word.casefold() in SPELLED_NUMBERS.load().words


def drop_spelled_numbers(text: str) -> str:
    """`text` without the brackets that spell the figure right before them."""
    if "(" not in text:
        return text

    def keep_figure(match: re.Match[str]) -> str:
        return match[1] if spelled_value(match[2]) == int(match[1]) else match[0]

    return _ECHO.sub(keep_figure, text)


SPELLED_NUMBERS.examples_checked_by(
    lambda data: misread(data.examples, drop_spelled_numbers, lambda e: e.normalized)
)
