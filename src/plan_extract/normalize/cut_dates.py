"""A date cut by a wrap, from data/normalize/cut_dates.yaml, loaded and checked once: a line
ending with a lead (a trigger, `từ`, `đến`), followed by one opening with a date's word and
figures (`hoàn thành trong` / `Quý III/2026.`), was cut inside the time, though the joiner
(joining.py) reads the date word's capital as a new sentence; a line ending with a date in
words left at its month's word (`vào ngày 10-12 tháng`), followed by one opening with a
month's figure (`8. Các đơn vị ...`), was cut inside the date, though the joiner reads the
figure as a list's number."""

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
    day_word: str  # a date in words: `ngày 15 tháng 9 năm 2026`
    month_word: str
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _words(self) -> CutDates:
        words = [*self.leads, *self.date_words, self.day_word, self.month_word]
        if any(not word.islower() for word in words):
            raise ValueError("leads, date words, day and month words: lower case")
        spelled_as_normalized(words)
        return self


CUT_DATES = data_file("normalize/cut_dates.yaml", CutDates)


@cache
def _lead_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternatives(CUT_DATES.load().leads)})$")


@cache
def _lead_reach() -> int:
    """The characters of a line's end that `_lead_at_end` reads: the longest lead and the
    character before it."""
    return max(map(len, CUT_DATES.load().leads)) + 1


@cache
def _date_opening() -> re.Pattern[str]:
    """A date's word, then its figures to the year: `Quý III/2026`, `Tháng 6/2026`, `Ngày
    30/9/2026`, `Năm 2026`."""
    words = alternatives(CUT_DATES.load().date_words)
    figures = r"(?:(?:[IVX]{1,4}|\d{1,2})(?:[/.-]\d{1,2})?[/.-])?(?:19|20)\d\d\b"
    return re.compile(rf"^(?:{words})\s+{figures}", re.IGNORECASE)


@cache
def _month_word_at_end() -> re.Pattern[str]:
    """A date in words left at its month's word: `ngày 15 tháng`, `ngày 10-12 tháng` (a range of
    days of one month, corpus/ANNOTATION.md); not `hằng tháng`, `6 tháng`: no day before."""
    data = CUT_DATES.load()
    day, month = re.escape(data.day_word), re.escape(data.month_word)
    days = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    return re.compile(rf"(?<!\w){day}\s+{days}\s+{month}$", re.IGNORECASE)


_MONTH_FIGURE = re.compile(r"^(?:0?[1-9]|1[0-2])\b")  # `8. Các đơn vị ...`: the month, `8.`
_DATE_IN_WORDS = 40  # `ngày 10 - 12 tháng` and the character before it, with room to spare


def continues_cut_date(before: str, text: str) -> bool:
    """Whether `text` is the rest of a date that `before` began: the date a lead at its end
    leads (`hoàn thành trong` / `Quý III/2026.`), or the month of a date in words left at its
    month's word (`vào ngày 10-12 tháng` / `8. Các đơn vị ...`). Only the end of `before` is
    read: it may be a paragraph growing as its lines join."""
    end = before.rstrip()
    if _MONTH_FIGURE.match(text) and _month_word_at_end().search(end[-_DATE_IN_WORDS:]):
        return True
    return (
        _date_opening().match(text) is not None
        and _lead_at_end().search(end[-_lead_reach() :]) is not None
    )


CUT_DATES.examples_checked_by(lambda data: misjoined(data.examples, continues_cut_date))
