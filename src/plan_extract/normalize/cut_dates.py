"""A date cut from the word that leads it by a wrap (`hoàn thành trong` / `Quý III/2026.`),
from data/normalize/cut_dates.yaml, loaded and checked once: a line ending with a lead (a
trigger, `từ`, `đến`), followed by one opening with a date's word and figures, was cut inside
the time, though the joiner (joining.py) reads the date word's capital as a new sentence."""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.word_lists import alternatives
from plan_extract.normalize.vocabulary import JoinExample, misjoined, spelled_as_normalized


class CutDates(Knowledge):
    leads: list[str] = Field(min_length=1)  # what leads a time, lower case
    date_words: list[str] = Field(min_length=1)  # the words a date opens with, lower case
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _words(self) -> CutDates:
        if any(not word.islower() for word in [*self.leads, *self.date_words]):
            raise ValueError("leads, date words: lower case")
        spelled_as_normalized([*self.leads, *self.date_words])
        return self


CUT_DATES = data_file("normalize/cut_dates.yaml", CutDates)


@cache
def _lead_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternatives(CUT_DATES.load().leads)})$")


@cache
def _date_opening() -> re.Pattern[str]:
    """A date's word, then its figures to the year: `Quý III/2026`, `Tháng 6/2026`, `Ngày
    30/9/2026`, `Năm 2026`."""
    words = alternatives(CUT_DATES.load().date_words)
    figures = r"(?:(?:[IVX]{1,4}|\d{1,2})(?:[/.-]\d{1,2})?[/.-])?(?:19|20)\d\d\b"
    return re.compile(rf"^(?:{words})\s+{figures}", re.IGNORECASE)


def leads_cut_date(before: str, text: str) -> bool:
    """Whether `before` ends with a time's lead and `text` opens with the date it leads. Only
    the end of `before` is read: it may be a paragraph growing as its lines join."""
    longest = max(map(len, CUT_DATES.load().leads)) + 1  # and the character before it
    return (
        _lead_at_end().search(before.rstrip()[-longest:]) is not None
        and _date_opening().match(text) is not None
    )


CUT_DATES.examples_checked_by(lambda data: misjoined(data.examples, leads_cut_date))
