"""A year cut in two by a space (`ngày 16/7/20 21`, `năm 202 4`, `số 12/202 5/QĐ-UBND`), as PDF
text extraction and OCR leave it: the space is dropped where a year stands (after a date's day
and month, between a number and its symbol, or after a year word of
data/normalize/split_years.yaml), so that every rule reading a date or a number reads the year
whole. Only a year's first part (19, 20, 19x, 20x) followed by the rest of it is joined: two
whole numbers never are (`năm 2024 2025`)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import model_validator

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.normalize.vocabulary import NormalizedExample, misread, spelled_as_normalized

# a year's two runs: its first part, a space, the rest; no digit, and no decimal, after it
_FIRST = r"(?:19|20)\d?"
_HALVES = rf"(?P<first>{_FIRST}) (?P<rest>\d{{1,2}})(?!\d|[.,]\d)"
# the halves alone, which every split year holds: most lines have none, and are not read for
# the day, symbol or word before a year (a pattern with no fixed start, tried at each character)
_ANY_HALVES = re.compile(rf"{_FIRST} \d")


class SplitYears(Knowledge):
    year_words: list[str]  # a word a year follows (`năm 2024`)
    examples: list[NormalizedExample]

    @model_validator(mode="after")
    def _words(self) -> SplitYears:
        spelled_as_normalized(self.year_words)
        return self


SPLIT_YEARS = data_file("normalize/split_years.yaml", SplitYears)


@cache
def _split_year() -> re.Pattern[str]:
    """A split year after a date's day and month (`16/7/`), after a number and before its
    symbol (`12/` ... `/`), or after a year word."""
    words = "|".join(re.escape(word) for word in SPLIT_YEARS.load().year_words)
    return re.compile(
        rf"(?:(?<![\w/])\d{{1,2}}/\d{{1,2}}/"
        rf"|(?<![\w/])\d+/(?={_FIRST} \d{{1,2}}/)"
        rf"|(?<!\w)(?:{words}) ){_HALVES}",
        re.IGNORECASE,
    )


def mend_split_years(text: str) -> str:
    """`text` with each year a space cut in two joined again."""
    if _ANY_HALVES.search(text) is None:
        return text

    def joined(match: re.Match[str]) -> str:
        first, rest = match["first"], match["rest"]
        if len(first) + len(rest) != 4:
            return match[0]
        head = match[0][: match.start("first") - match.start()]
        return f"{head}{first}{rest}"

    return _split_year().sub(joined, text)


SPLIT_YEARS.examples_checked_by(
    lambda data: misread(data.examples, mend_split_years, lambda e: e.normalized)
)
