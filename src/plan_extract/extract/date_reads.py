"""The dates a line prints, read from the date matcher's hits (data/extract/dates.yaml): a day,
month, quarter, half or year, a span of them, a day that comes back, each item of a list; parts
the line does not print (a year) stay None for the deadlines to supply."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import cast

from plan_extract.extract import lexicon
from plan_extract.extract.context import BodyLine
from plan_extract.extract.lexicon import DateLabel
from plan_extract.extract.nlp import Hit
from plan_extract.structure.terms import HEADER_TERMS

YEAR_TOKEN = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class DateRead:
    hit: Hit
    year: int | None
    month: int | None
    day: int | None
    end: tuple[int | None, int | None, int | None] | None = None  # quarters are ranges
    label: DateLabel | None = None  # what the date is, when not its hit's (an item of a list)

    @property
    def kind(self) -> DateLabel:
        return self.label or cast(DateLabel, self.hit.label)


_DIGITS = re.compile(r"\d+")


def _ints(line: BodyLine, hit: Hit) -> list[int]:
    """The figures of the date's tokens, also those inside one (`15.6.2026`)."""
    tokens = line.parse.words[hit.first_token : hit.last_token]
    return [int(figure) for token in tokens for figure in _DIGITS.findall(token)]


def _quarter(hit: Hit, quarter: int, year: int | None, label: DateLabel | None = None) -> DateRead:
    """A quarter: its first day to its last (the last day of a quarter is the same every year)."""
    return _months(hit, quarter * 3 - 2, quarter * 3, year, label)


def _months(
    hit: Hit, first: int, last: int, year: int | None, label: DateLabel | None = None
) -> DateRead:
    """Whole months, `first` to `last`, as a range from the first's first day to the last's
    last day (of a year's last month, or of the quarter's or half's last, the same every year)."""
    last_day = calendar.monthrange(year or 2001, last)[1]
    return DateRead(hit, year, first, 1, (year, last, last_day), label)


_LISTS = frozenset({"QUARTER_LIST", "MONTH_LIST", "DAY_LIST"})


def _list_items(line: BodyLine, hit: Hit) -> list[DateRead]:
    """`Quý I, II năm 2026`, `tháng 3, 6, 9 và 12`, `ngày 26, 27/6/2026`: one quarter, month or
    day each, with the year (and a day's month) printed after the last; none when the list
    does not run forward."""
    words = line.parse.words[hit.first_token + 1 : hit.last_token]
    year = next((int(w) for w in words if YEAR_TOKEN.fullmatch(w)), None)
    figures = [int(w) for w in words if w.isdigit() and not YEAR_TOKEN.fullmatch(w)]
    if hit.label == "DAY_LIST":
        return _days_listed(hit, figures[:-1], figures[-1], year)
    if hit.label == "QUARTER_LIST":
        numerals = [lexicon.quarter_number(w) for w in words if not YEAR_TOKEN.fullmatch(w)]
        order = [n for n in numerals if n is not None]
        items = [_quarter(hit, quarter, year, "QUARTER") for quarter in order]
    else:
        order = figures
        label: DateLabel = "MONTH" if year is None else "MONTH_YEAR"
        items = [DateRead(hit, year, month, None, None, label) for month in order]
    forward = all(a < b for a, b in pairwise(order))
    return items if forward and order[0] >= 1 and order[-1] <= 12 else []


def _days_listed(hit: Hit, days: list[int], month: int, year: int | None) -> list[DateRead]:
    """Days of one month, each a day and month of the year printed; none unless they run
    forward within the month."""
    forward = all(a < b for a, b in pairwise(days))
    if not (forward and days[0] >= 1 and days[-1] <= 31 and 1 <= month <= 12):
        return []
    return [DateRead(hit, year, month, day, None, "DAY_MONTH") for day in days]


def is_lunar(line: BodyLine, hit: Hit) -> bool:
    """A date marked as the lunar calendar's (`ngày 10/3 âm lịch`, `ngày 06/02 (âm lịch)`), or
    the start of a range whose end is (`từ ngày 1/3 đến hết ngày 10/3 năm Bính Ngọ`): no day
    of the solar calendar the deadlines are in."""
    return _marked_lunar(line, hit) or _opens_lunar_range(line, hit)


def _marked_lunar(line: BodyLine, hit: Hit) -> bool:
    after = [w.lower() for w in line.parse.words[hit.last_token : hit.last_token + 4] if w != "("]
    return any(after[: len(mark)] == mark for mark in _lunar_marks())


def _opens_lunar_range(line: BodyLine, hit: Hit) -> bool:
    """A day printed without a year, a range word (`đến`, `đến hết`, `-`) and a lunar date: the
    range's two ends are of one calendar, the one its end is marked with."""
    words = line.parse.words
    if any(YEAR_TOKEN.fullmatch(w) for w in words[hit.first_token : hit.last_token]):
        return False
    joints = [j.last_token for j in line.parse.of("RANGE_TO") if j.first_token == hit.last_token]
    return any(
        0 <= end.first_token - joint <= 1 and _marked_lunar(line, end)
        for joint in joints
        for end in line.parse.dates
    )


@cache
def _lunar_marks() -> list[list[str]]:
    """The marks of the lunar calendar (dates.yaml), each as its words (read once: every date
    found is checked)."""
    return [mark.lower().split() for mark in lexicon.DATES.load().lunar_marks]


def _parts(line: BodyLine, hit: Hit) -> list[DateRead]:
    if is_lunar(line, hit):
        return []
    if hit.label in _LISTS:
        return _list_items(line, hit)
    read = _one_date(line, hit)
    return [] if read is None else [read]


def _one_date(line: BodyLine, hit: Hit) -> DateRead | None:
    numbers = _ints(line, hit)
    if hit.label == "QUARTER":
        quarter = lexicon.quarter_number(line.parse.words[hit.first_token + 1])
        assert quarter is not None  # the patterns take only quarter numerals
        year = numbers[-1] if numbers and YEAR_TOKEN.fullmatch(str(numbers[-1])) else None
        return _quarter(hit, quarter, year)
    if hit.label == "HALF_YEAR":  # the id says which half
        year = numbers[-1] if len(numbers) > 1 else None
        return _months(hit, 1, 6, year) if hit.id.startswith("1") else _months(hit, 7, 12, year)
    if hit.label == "QUARTER_RANGE":
        words = line.parse.words
        dated = YEAR_TOKEN.fullmatch(words[hit.last_token - 1]) is not None
        first = lexicon.quarter_number(words[hit.first_token + 1])
        last = lexicon.quarter_number(words[hit.last_token - (3 if dated else 1)])
        assert first is not None and last is not None  # the patterns take only quarter numerals
        if first >= last:
            return None
        return _months(hit, first * 3 - 2, last * 3, numbers[-1] if dated else None)
    if hit.label == "MONTH_YEAR" and hit.id == _OF_QUARTER:
        return _month_of_quarter(line, hit, numbers[-1])
    if hit.id == _SPELLED:  # `tháng Sáu năm 2026`, `ngày 15 tháng Sáu năm 2026`
        return _spelled_month_date(line, hit, numbers)
    if hit.label == "MONTH_YEAR":
        month, year = numbers[-2:]  # after a count of the month's days (`10 ngày đầu tháng 6/2026`)
        if _symbol_follows(line, hit) or _not_a_month_after(line, hit):
            return None
        return DateRead(hit, year, month, None) if 1 <= month <= 12 else None
    if hit.label == "YEAR":
        return DateRead(hit, numbers[0], None, None)
    if hit.label == "MONTH":
        month = numbers[-1]  # after a count of the month's days (`10 ngày đầu tháng 6`)
        return DateRead(hit, None, month, None) if 1 <= month <= 12 else None
    if hit.label in {"MONTHLY_DAY", "QUARTERLY_DAY", "DAY"}:
        return DateRead(hit, None, None, numbers[0]) if 1 <= numbers[0] <= 31 else None
    if hit.label == "DAY_RANGE" and hit.id.startswith(_DAY_AND_MONTH_AT_BOTH_ENDS):
        return _dashed_days(hit, numbers)
    if hit.label == "DAY_RANGE" and hit.id == _EVERY_MONTH:
        first, last = numbers[:2]
        if not 1 <= first < last <= 31:
            return None
        return DateRead(hit, None, None, first, (None, None, last))
    if hit.label == "DAY_RANGE":
        first, last, month = numbers[:3]  # `từ 01 - 30/6 hằng năm` prints no year
        year = numbers[3] if len(numbers) > 3 else None
        if not (1 <= first < last <= 31 and 1 <= month <= 12):
            return None  # days of one month run forward (`từ ngày 20 đến ngày 05 tháng 3`: none)
        return DateRead(hit, year, month, first, (year, month, last))
    if hit.label == "MONTH_RANGE":
        first, last = numbers[0], numbers[1]
        year = numbers[2] if len(numbers) > 2 else None
        if not 1 <= first < last <= 12:
            return None
        return DateRead(hit, year, first, None, (year, last, None))
    day, month = numbers[0], numbers[1]
    stated_year = numbers[2] if len(numbers) > 2 else None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return DateRead(hit, stated_year, month, day)


_OF_QUARTER = "of_quarter"  # the id of a month named by its place in a quarter (dates.yaml)
_SPELLED = "spelled"  # the id of a month written in words, alone or after a day (dates.yaml)


def _month_of_quarter(line: BodyLine, hit: Hit, year: int) -> DateRead:
    """`tháng đầu Quý III/2026`: the first, middle or last month of the quarter (dates.yaml
    `quarter_months`), of the year printed."""
    words = line.parse.words[hit.first_token : hit.last_token]
    which = lexicon.DATES.load().quarter_months[words[1].lower()]
    quarter = next(q for q in map(lexicon.quarter_number, words[2:]) if q is not None)
    return DateRead(hit, year, quarter * 3 - 3 + which, None)


def _spelled_month_date(line: BodyLine, hit: Hit, numbers: list[int]) -> DateRead | None:
    """A month written in words after the month word, then its year (`tháng Mười Hai năm
    2026`), after a day when one is printed (`ngày 15 tháng Sáu năm 2026`): the words between
    the month word and the year's (lexicon.spelled_month), else no date."""
    words = line.parse.words[hit.first_token : hit.last_token - 2]  # without `năm 2026`
    day_at = next((i for i, word in enumerate(words) if word.isdigit()), None)
    spelled = words[1:] if day_at is None else words[day_at + 2 :]
    month = lexicon.spelled_month(" ".join(spelled))
    if month is None:
        return None
    day = None if day_at is None else numbers[0]
    return DateRead(hit, numbers[-1], month, day) if day is None or 1 <= day <= 31 else None


def _dashed_days(hit: Hit, numbers: list[int]) -> DateRead | None:
    """`ngày 15-4 đến 15-5(-2026)`, `15.6 - 30.6.2026`: from one day and month to another,
    forward, in the year printed at the end when there is one."""
    first_day, first_month, last_day, last_month = numbers[:4]
    year = numbers[4] if len(numbers) > 4 else None
    days = (first_day, last_day)
    if not (all(1 <= d <= 31 for d in days) and 1 <= first_month <= last_month <= 12):
        return None
    if (first_month, first_day) >= (last_month, last_day):
        return None
    return DateRead(hit, year, first_month, first_day, (year, last_month, last_day))


def _not_a_month_after(line: BodyLine, hit: Hit) -> bool:
    """`Quý 11/2026` (a quarter OCR misread), `số 12/2026`: a month and year printed without
    the month word after a word that makes them something else, or after a cited document's
    kind (`Quyết định 1/2026`: its number and year)."""
    words = line.parse.words
    first = hit.first_token
    if not words[first].isdigit():
        return False
    before = words[first - 1].lower() if first else ""
    if before in lexicon.DATES.load().bare_month_not_after:
        return True
    return any(
        len(kind) <= first and tuple(w.lower() for w in words[first - len(kind) : first]) == kind
        for kind in _cited_kinds()
    )


@cache
def _cited_kinds() -> frozenset[tuple[str, ...]]:
    """The kinds of documents a plan cites, word by word (header_terms.yaml `basis_kinds`)."""
    return frozenset(tuple(name.split()) for name in HEADER_TERMS.load().basis_kinds)


def _symbol_follows(line: BodyLine, hit: Hit) -> bool:
    """A slash after the date's last figure: it is the start of a document's symbol."""
    words = line.parse.words
    return hit.last_token < len(words) and words[hit.last_token] == "/"


def _overlaps(hit: Hit, others: list[Hit]) -> bool:
    """`ngày 15/6`, `ngày 15 tháng 6`: a day alone is no day where another date reads it."""
    return any(o.first_token < hit.last_token and hit.first_token < o.last_token for o in others)


_DASHED = "dashed"  # the ids of the patterns of days and months joined by a dash (dates.yaml)
# the ids of the day ranges printing a day and month at each end, and of days of every month
_DAY_AND_MONTH_AT_BOTH_ENDS = (_DASHED, "dotted")
_EVERY_MONTH = "monthly"
_SHORTER_THAN_A_YEAR = frozenset({"monthly", "quarterly"})  # frequencies a day-month cannot have


def _dashed_date(line: BodyLine, hit: Hit) -> bool:
    """`ngày 15-12`: a day and month joined by a dash after the day word are a date, but not
    the start of a longer date (`ngày 15-12-2025`) nor days of one month, before another date or
    a monthly or quarterly frequency (`ngày 10-12 tháng 5`, `ngày 01-05 hằng tháng`)."""
    if hit.label != "DAY_MONTH" or not hit.id.startswith(_DASHED):
        return True
    within_month = [h for h in line.parse.of("FREQUENCY") if h.id in _SHORTER_THAN_A_YEAR]
    if any(h.first_token == hit.last_token for h in [*line.parse.dates, *within_month]):
        return False
    return not any(
        hit.first_token < h.first_token < hit.last_token < h.last_token for h in line.parse.dates
    )


def _tail_of_dashed_pair(line: BodyLine, hit: Hit) -> bool:
    """`từ 15-10 đến 30/11/2026`: a day range opening on the month of a dashed day and month
    (`10 đến 30/11/2026`) is no range of days; read, it would start on a day never printed."""
    words, first = line.parse.words, hit.first_token
    return (
        hit.label == "DAY_RANGE"
        and first >= 2
        and words[first - 1] == "-"
        and words[first - 2].isdigit()
    )


def date_hits(line: BodyLine) -> list[Hit]:
    """The line's date matches in reading order (the longest first where several start
    together), without a day alone that another date reads, figures joined by a dash that are
    no day and month, nor a range opening inside a dashed day and month."""
    dated = [
        h
        for h in line.parse.dates
        if h.label != "DAY" and _dashed_date(line, h) and not _tail_of_dashed_pair(line, h)
    ]
    # a list of days leaves its first day to be read alone when it is no list (not forward)
    readers = [h for h in dated if h.label != "DAY_LIST"]
    dated += [h for h in line.parse.dates if h.label == "DAY" and not _overlaps(h, readers)]
    return sorted(dated, key=lambda h: (h.first_token, -(h.last_token - h.first_token)))


def read_dates(line: BodyLine) -> list[DateRead]:
    """Date expressions of the line, the longest where they overlap; a list of quarters,
    months or days gives each."""
    hits = [h for h in date_hits(line) if h.label != "TIME_OF_DAY"]
    reads: list[DateRead] = []
    end = 0
    for hit in hits:
        if hit.first_token < end:
            continue
        parts = _parts(line, hit)
        if not parts and (hit.label in _LISTS or hit.id == _SPELLED):
            continue  # no list (`tháng 6, 15 xã`), no month's words: the dates inside are read
        reads += parts
        end = hit.last_token
    return reads
