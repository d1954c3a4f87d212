"""Dates and periods as printed in plans: `ngày 15 tháng 5 năm 2026`, `13/5/2026` (parts may be
blank); `giai đoạn 2026 - 2030`, `năm 2026`, `đến năm 2030`. The one reader of periods and years
for the header, the extractors' plan years and the years their headings set; the words are in
data/structure/dates.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from pydantic import Field, model_validator

from plan_extract.core.contract import DateParts, Period
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.normalize.place_levels import place_levels
from plan_extract.normalize.vocabulary import (
    alternatives,
    misread,
    one_role_each,
    spelled_as_normalized,
)

_YEAR = r"(?:19|20)\d\d(?!\d)"
_ANY_YEAR = re.compile(_YEAR)  # every span holds two: a text without one names none
_PLACE_WORDS = 4  # the words of a council's place's name (`Phong Điền`) before its term
DATE_NUMERIC = re.compile(r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?!\d)")

MentionKind = Literal["range", "due", "year", "dated"]
_SINGLE_YEARS: tuple[MentionKind, ...] = ("due", "dated", "year")


class DateExample(Example):
    date: str | None = None  # the ISO form of the first date
    period: tuple[int, int] | None = None  # the period a title with this text states
    due: int | None = None  # the year a heading with this text sets
    voted: int | None = None  # the plan's year a year-end sitting this text names votes

    @property
    def negative(self) -> bool:
        return self.date is None and self.period is None and self.due is None and self.voted is None


class StatedExample(Example):
    # the spans a line of the head with this text states as the plan's (stated_periods)
    stated: list[tuple[int, int]] = Field(default_factory=list)

    @property
    def negative(self) -> bool:
        return not self.stated


class DateWords(Knowledge):
    day_words: list[str]
    month_words: list[str]
    year_words: list[str]
    range_leads: list[str]
    range_joiners: list[str]
    due_words: list[str]
    due_qualifiers: list[str]
    number_words: list[str]
    sitting_words: list[str]
    councils: list[str]
    election_words: list[str]
    term_leads: list[str]
    year_end_sittings: list[str]
    review_words: list[str]
    year_opening_leads: list[str]
    examples: list[DateExample]
    stated_examples: list[StatedExample]

    @model_validator(mode="after")
    def _words(self) -> DateWords:
        roles = {
            "day": self.day_words,
            "month": self.month_words,
            "year": self.year_words,
            "range lead": self.range_leads,
            "due": self.due_words,
            "due qualifier": self.due_qualifiers,
            "number": self.number_words,
            "sitting": self.sitting_words,
            "council": self.councils,
            "election": self.election_words,
            "term lead": self.term_leads,
            "year-end sitting": self.year_end_sittings,
            "review": self.review_words,
            "year opening lead": self.year_opening_leads,
        }
        spelled_as_normalized(word for words in roles.values() for word in words)
        spelled_as_normalized(self.range_joiners)
        # a joiner (`đến`) may also be a due word: inside a period it joins its two years
        one_role_each(roles)
        return self


DATE_WORDS = data_file("structure/dates.yaml", DateWords)


@dataclass(frozen=True, slots=True)
class YearMention:
    """A year or a period named in a text: `giai đoạn 2026 - 2030` (range), `đến năm 2030`
    (due), `năm 2026` (year), or the year of a date (`tháng 5 năm 2026`, dated)."""

    kind: MentionKind
    first: int
    last: int


# a part a draft leaves blank, with the dots it is filled in on (`ngày … tháng … năm 2026`)
_BLANK = r"[.…_]*"


@cache
def _date_in_words() -> re.Pattern[str]:
    words = DATE_WORDS.load()
    return re.compile(
        rf"(?:{alternatives(words.day_words)})\s*(?:(?P<day>\d{{1,2}})|{_BLANK})\s*"
        rf"(?:{alternatives(words.month_words)})\s*(?:(?P<month>\d{{1,2}})|{_BLANK})\s*"
        rf"(?:{alternatives(words.year_words)})\s*(?P<year>\d{{4}})",
        re.IGNORECASE,
    )


@cache
def _year_mention() -> re.Pattern[str]:
    """The four kinds of mention in one pattern: the earliest match in a text is the one read,
    so `đến năm 2030` is due, not a year, and `tháng 5 năm 2026` is dated."""
    words = DATE_WORDS.load()
    year_word = alternatives(words.year_words)
    joiner = alternatives(["-", "–", "—", *words.range_joiners])  # dashes before normalizing
    due = rf"(?:{alternatives(words.due_words)})(?:\s+(?:{alternatives(words.due_qualifiers)}))?"
    later = rf"\s*(?:{joiner})\s*(?:(?:{year_word})\s*)?"  # before a span's last year
    leads = alternatives([*words.range_leads, *words.term_leads])
    return re.compile(
        rf"(?<!\w)(?:{leads})\s*(?P<first>{_YEAR}){later}(?P<last>{_YEAR})"
        # a span named by its years alone (`năm 2026 - 2030`, a title's `2026-2030`), not a
        # number's (`mã số 2026-2030`, checked by the reader; `05/2026-2030/KH`)
        rf"|(?<![\w/.-])(?P<bare>(?:(?:{year_word})\s*)?)(?P<start>{_YEAR}){later}(?P<end>{_YEAR})(?!/)"
        rf"|(?<!\w){due}\s+(?:{year_word})\s+(?P<due>{_YEAR})"
        rf"|(?:(?<!\w)(?:{alternatives(words.month_words)})(?:\s*\d{{1,2}})?|\d)\s+(?:{year_word})\s*"
        rf"(?P<dated>{_YEAR})(?!{later}{_YEAR})"
        rf"|(?<!\w)(?:{year_word})\s+(?P<year>{_YEAR})",
        re.IGNORECASE,
    )


@cache
def _number_word_before() -> re.Pattern[str]:
    words = DATE_WORDS.load().number_words
    return re.compile(rf"(?<!\w)(?:{alternatives(words)})[\s:.]*$", re.IGNORECASE)


def year_mentions(text: str) -> list[YearMention]:
    """The years and periods `text` names, in order (a period that ends before it starts is
    not one)."""
    found: list[YearMention] = []
    for match in _year_mention().finditer(text):
        first_group, last_group = ("first", "last") if match.group("first") else ("start", "end")
        if match.group(first_group):
            first, last = int(match.group(first_group)), int(match.group(last_group))
            bare = first_group == "start" and not match.group("bare")
            numbered = bare and _number_word_before().search(text, 0, match.start())
            sitting = _sitting_before().search(text, 0, match.start())
            body_s_term = _elected_term(text, match) or _council_term(text, match)
            if first <= last and not numbered and not sitting and not body_s_term:
                found.append(YearMention("range", first, last))
            continue
        kind = next(kind for kind in _SINGLE_YEARS if match.group(kind))
        year = int(match.group(kind))
        found.append(YearMention(kind, year, year))
    return found


@cache
def _sitting_before() -> re.Pattern[str]:
    """A body's sitting right before a span (`khóa XXI, ` of `khóa XXI, nhiệm kỳ 2021 - 2026`):
    the span is the body's term, no period."""
    words = DATE_WORDS.load().sitting_words
    return re.compile(rf"(?<!\w)(?:{alternatives(words)})\s+[^\s,]+\s*,?\s*$", re.IGNORECASE)


def _elected_term(text: str, match: re.Match[str]) -> bool:
    """A term named after an election (`bầu cử đại biểu ... các cấp nhiệm kỳ 2026 - 2031`): the
    term of the bodies elected, not a period; the plan runs to the election."""
    return (
        _term_lead().match(match.group(0)) is not None
        and _election().search(text, 0, match.start()) is not None
    )


def _council_term(text: str, match: re.Match[str]) -> bool:
    """A term right after a council's name (`HĐND huyện An Phú nhiệm kỳ 2021 - 2026`): the
    council's term, not a period of the plan it votes. Between the council and the term only
    its place: a level word, then capitalized words of the name (`HĐND xã đã thông qua Nghị
    quyết nhiệm kỳ 2025 - 2030` names the Party's term, not the council's)."""
    if _term_lead().match(match.group(0)) is None:
        return False
    before = text[: match.start()]
    councils = list(_council().finditer(before))
    return bool(councils) and _names_a_place(before[councils[-1].end() :])


def _names_a_place(text: str) -> bool:
    """`text` is a place's name at most: an optional level word (`huyện`, `thị trấn`), then at
    most a few capitalized words (`Phong Điền`)."""
    name = text.strip()
    levels = alternatives(place_levels())
    level = re.match(rf"(?:{levels})(?!\w)", name, re.IGNORECASE)
    parts = name[level.end() :].split() if level else name.split()
    return len(parts) <= _PLACE_WORDS and all(part[:1].isupper() for part in parts)


@cache
def _council() -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:{alternatives(DATE_WORDS.load().councils)})(?!\w)", re.IGNORECASE
    )


@cache
def _term_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(DATE_WORDS.load().term_leads)})(?!\w)", re.IGNORECASE)


@cache
def _election() -> re.Pattern[str]:
    words = DATE_WORDS.load().election_words
    return re.compile(rf"(?<!\w)(?:{alternatives(words)})(?!\w)", re.IGNORECASE)


@cache
def _figure() -> re.Pattern[str]:
    """A figure a sentence states (`1,5%`, `31 ngàn tỷ`, `8,6 triệu lượt`): a number that is no
    year, no part of a date or a number (`04/11`, `2437/QĐ`), before `%` or a word that is not
    a date's (`ngày 04 tháng 11 năm 2025` states none)."""
    words = DATE_WORDS.load()
    date_word = alternatives([*words.day_words, *words.month_words, *words.year_words])
    return re.compile(
        rf"(?<![\w/.,])(?!{_YEAR})\d+(?:[.,]\d+)*"
        rf"(?:\s*%|\s+(?!(?:{date_word})(?!\w))[^\W\d_])",
        re.IGNORECASE,
    )


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_INNER_BRACKETS = re.compile(r"(?<=\S)\s*\([^()]*\)")  # a bracket after a sentence's first word


@cache
def _review_word() -> re.Pattern[str]:
    words = DATE_WORDS.load().review_words
    return re.compile(rf"(?<!\w)(?:{alternatives(words)})(?!\w)", re.IGNORECASE)


@cache
def _year_opening() -> re.Pattern[str]:
    """A sentence opening with a year of its own (`Năm 2025, ...`, `Trong năm 2025, ...`)."""
    words = DATE_WORDS.load()
    return re.compile(
        rf"^\W*(?:(?:{alternatives(words.year_opening_leads)})\s+)?"
        rf"(?:{alternatives(words.year_words)})\s+{_YEAR}\s*,",
        re.IGNORECASE,
    )


def stated_periods(text: str) -> list[YearMention]:
    """The periods `text` states as its own: a span before the first figure of its sentence
    (`Giai đoạn 2021 - 2025, phấn đấu ...`, `Chương trình ... giai đoạn 2021 - 2025 đặt mục
    tiêu ...`), not one qualifying what a figure before it measures (`giảm 1,5%/năm theo chuẩn
    nghèo giai đoạn 2016 - 2020`: the period of the poverty line, not the plan's), nor one in
    brackets after the sentence's first words (`Tỷ lệ xã đạt chuẩn nông thôn mới (theo Bộ tiêu
    chí ... giai đoạn 2026-2030) đạt 15%`: the span belongs to what it names). A span named
    after a review's words is the span reviewed (`Báo cáo kết quả thực hiện ... 5 năm 2021 -
    2025`), and one named in a sentence opening with a year of its own (`Năm 2025, năm đầu
    tiên thực hiện Nghị quyết ... nhiệm kỳ 2025 - 2030, ...`) belongs to what it names: no
    period of the plan (corpus/ANNOTATION.md, `period`); so does a span ending in a year the
    sentence named before it (`nhiệm vụ năm 2025 và giai đoạn 2021 - 2025`, `hoàn thành xuất
    sắc nhiệm vụ năm 2025 và 5 năm liền 2021 - 2025`: the work of that year and of the years
    up to it)."""
    found: list[YearMention] = []
    if _ANY_YEAR.search(text) is None:
        return found
    for sentence in _SENTENCE_END.split(text):
        figure = _figure().search(sentence)
        opening = sentence if figure is None else sentence[: figure.start()]
        opening = _INNER_BRACKETS.sub(" ", opening)
        if _year_opening().match(opening):
            continue
        if review := _review_word().search(opening):
            opening = opening[: review.start()]
        named: set[int] = set()
        for mention in year_mentions(opening):
            if mention.kind == "year":
                named.add(mention.last)
            elif mention.kind == "range" and mention.last not in named:
                found.append(mention)
    return found


def unreviewed_years(text: str) -> list[YearMention]:
    """The years and periods `text` names (`year_mentions`), without the first year a
    review's words name after them in its sentence: `Hội nghị tổng kết nhiệm vụ năm 2025 và
    triển khai nhiệm vụ năm 2026` reviews 2025, and 2026 is the year it turns to
    (data/structure/dates.yaml, review_words)."""
    found: list[YearMention] = []
    for sentence in _SENTENCE_END.split(text):
        first, *reviewed = _review_word().split(sentence)
        found.extend(year_mentions(first))
        for part in reviewed:
            mentions = year_mentions(part)
            year = next((i for i, m in enumerate(mentions) if m.kind == "year"), None)
            found.extend(m for i, m in enumerate(mentions) if i != year)
    return found


def _stated(text: str) -> list[tuple[int, int]]:
    return [(m.first, m.last) for m in stated_periods(text)]


def read_period(text: str | None, issued: int | None = None) -> Period | None:
    """The period a title states: its first period (`giai đoạn 2026 - 2030`), else its first
    year that is neither due nor a date's (`năm 2026` alone), else from the year of issue to the
    year it is due by (`đến năm 2030`, `đến hết năm 2026`; corpus/ANNOTATION.md)."""
    mentions = year_mentions(text or "")
    if (own := _own_year_after_a_running_span(mentions, issued)) is not None:
        return own
    for kind in ("range", "year"):
        found = next((m for m in mentions if m.kind == kind), None)
        if found:
            return Period(start_year=found.first, end_year=found.last)
    due = next((m.last for m in mentions if m.kind == "due"), None)
    if issued is not None and due is not None and issued <= due:
        return Period(start_year=issued, end_year=due)
    return None


def _own_year_after_a_running_span(
    mentions: list[YearMention], issued: int | None
) -> Period | None:
    """`Triển khai Chiến lược ... giai đoạn 2021 - 2030 trên địa bàn tỉnh năm 2026`: a span that
    began before the year of issue names what runs over it; the year named after it, from the
    year of issue on, is the plan's own."""
    ranges = [index for index, mention in enumerate(mentions) if mention.kind == "range"]
    if issued is None or not ranges or mentions[ranges[0]].first >= issued:
        return None
    own = next(
        (m for m in mentions[ranges[0] + 1 :] if m.kind == "year" and m.first >= issued), None
    )
    return Period(start_year=own.first, end_year=own.last) if own else None


@cache
def _year_end_sitting() -> re.Pattern[str]:
    words = DATE_WORDS.load().year_end_sittings
    return re.compile(rf"(?<!\w)(?:{alternatives(words)})\s+(?P<year>{_YEAR})", re.IGNORECASE)


def voted_year(text: str) -> int | None:
    """The year after the year-end sitting `text` names (`kỳ họp thường lệ cuối năm 2025` →
    2026): the year of the plan the sitting votes."""
    match = _year_end_sitting().search(text)
    return int(match.group("year")) + 1 if match else None


def due_year(text: str) -> int | None:
    """The year a heading sets for what it lists: `Mục tiêu đến hết năm 2026` → 2026, else the
    end of its period (`Giai đoạn 2031 - 2035` → 2035)."""
    mentions = year_mentions(text)
    for kind in ("due", "range"):
        found = next((m for m in mentions if m.kind == kind), None)
        if found:
            return found.last
    return None


def date_parts(year: int | None, month: int | None, day: int | None) -> DateParts | None:
    """The parts that make sense together; None when there is no year."""
    if year is None or not 1900 <= year <= 2100:
        return None
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    if day is not None and month is not None:
        try:
            date(year, month, day)
        except ValueError:
            day = None
    if month is None:
        day = None
    return DateParts.of(year, month, day)


def parts_of(match: re.Match[str]) -> DateParts | None:
    def number(name: str) -> int | None:
        value = match.group(name)
        return int(value) if value else None

    return date_parts(number("year"), number("month"), number("day"))


def date_in_words(text: str) -> re.Match[str] | None:
    """The first date written in words (`ngày 15 tháng 5 năm 2026`), parts possibly blank."""
    return _date_in_words().search(text)


def find_date(text: str) -> DateParts | None:
    """The first date in `text`, in words or in figures."""
    found = [m for m in (date_in_words(text), DATE_NUMERIC.search(text)) if m]
    if not found:
        return None
    return parts_of(min(found, key=lambda m: m.start()))


def _date_period_due(
    text: str,
) -> tuple[str | None, tuple[int, int] | None, int | None, int | None]:
    """What an example of dates.yaml states: the first date, the title's period, the due year,
    the year a year-end sitting votes."""
    found, period = find_date(text), read_period(text)
    return (
        found.iso if found else None,
        (period.start_year, period.end_year) if period else None,
        due_year(text),
        voted_year(text),
    )


DATE_WORDS.examples_checked_by(
    lambda data: (
        misread(data.examples, _date_period_due, lambda e: (e.date, e.period, e.due, e.voted))
        + misread(data.stated_examples, _stated, lambda e: e.stated)
    )
)
