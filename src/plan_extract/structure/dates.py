"""Dates as printed in plans: `ngày 15 tháng 5 năm 2026`, `13/5/2026`; parts may be blank."""

from __future__ import annotations

import re
from datetime import date

from plan_extract.core.contract import DateParts

DATE_WORDS = re.compile(
    r"ngày\s*(?P<day>\d{1,2})?\s*(?:tháng|thg)\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
DATE_NUMERIC = re.compile(r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?!\d)")


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


def find_date(text: str) -> DateParts | None:
    """The first date in `text`, in words or in figures."""
    found = [m for m in (DATE_WORDS.search(text), DATE_NUMERIC.search(text)) if m]
    if not found:
        return None
    return parts_of(min(found, key=lambda m: m.start()))
