"""Deadlines: dates, yearly recurrences, ranges and stated times that bind someone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plan_extract.core.contract import DateParts, Deadline, DeadlineKind, Frequency
from plan_extract.core.text import squash
from plan_extract.extract.context import BodyLine, Context
from plan_extract.extract.nlp import Hit

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
_TRIGGER_GAP = 1  # tokens allowed between a trigger and its date (`trước ngày`)


@dataclass(frozen=True)
class _Date:
    hit: Hit
    year: int | None
    month: int | None
    day: int | None
    end: tuple[int | None, int | None, int | None] | None = None  # quarters are ranges


def _ints(line: BodyLine, hit: Hit) -> list[int]:
    return [
        int(t.text) for t in line.parse.doc[hit.first_token : hit.last_token] if t.text.isdigit()
    ]


def _parts(line: BodyLine, hit: Hit) -> _Date | None:
    numbers = _ints(line, hit)
    if hit.kind == "QUARTER":
        label = line.parse.doc[hit.first_token + 1].text.lower()
        quarter: int = _ROMAN.get(label) or int(label)
        year = numbers[-1]
        month, day = _QUARTER_END[quarter]
        return _Date(hit, year, quarter * 3 - 2, 1, (year, month, day))
    if hit.kind == "MY":
        month, year = numbers
        return _Date(hit, year, month, None) if 1 <= month <= 12 else None
    if hit.kind == "YEAR":
        return _Date(hit, numbers[0], None, None)
    if hit.kind == "MONTHLY_DAY":
        return _Date(hit, None, None, numbers[0]) if 1 <= numbers[0] <= 31 else None
    if hit.kind == "DAYRANGE":
        first, last, month, year = numbers
        return _Date(hit, year, month, first, (year, month, last))
    day, month = numbers[0], numbers[1]
    stated_year = numbers[2] if len(numbers) > 2 else None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _Date(hit, stated_year, month, day)


def _dates(line: BodyLine) -> list[_Date]:
    """Date expressions of the line, the longest where they overlap."""
    hits = sorted(line.parse.dates, key=lambda h: (h.first_token, -(h.last_token - h.first_token)))
    chosen: list[Hit] = []
    for hit in hits:
        if chosen and hit.first_token < chosen[-1].last_token:
            continue
        chosen.append(hit)
    return [d for d in (_parts(line, hit) for hit in chosen) if d is not None]


def _ends_at(line: BodyLine, kind: str, token: int, gap: int = _TRIGGER_GAP) -> bool:
    return any(token - gap <= h.last_token <= token for h in line.parse.of(kind))


def _label_before(line: BodyLine, token: int) -> bool:
    """A `Thời gian thực hiện:` label earlier on the line."""
    return any(h.last_token <= token for h in line.parse.of("DL_LABEL")) and ":" in line.text


def _frequency(line: BodyLine, clause: tuple[int, int]) -> Frequency | None:
    hits = line.hits_in("FREQ", *clause)
    return hits[0].value if hits else None  # type: ignore[return-value]


def _context_year(context: Context, line: BodyLine, token: int) -> int | None:
    years = [
        int(line.parse.doc[h.last_token - 1].text) for h in line.parse.dates if h.kind == "YEAR"
    ]
    if years:
        return years[0]
    for section in reversed(context.ancestors(line.number)):
        found = re.search(r"\bnăm\s+((?:19|20)\d\d)\b", section.title)
        if found:
            return int(found.group(1))
    start, end = context.plan_years
    return start if start is not None and start == end else None


_ACTION_WORDS = 12
_PARENTHESES = re.compile(r"\([^()]*\)")  # asides such as `(qua Phòng ...)` are not the action


def _action(line: BodyLine, clause: tuple[int, int], token: int) -> str | None:
    """What is due: the clause before the time expression and its opener (`trước ngày`), without
    list marks, labels, frequency words and parenthesized asides, at most a dozen words."""
    openers = [
        h.first_token
        for kind in ("DL_TRIGGER", "DL_FROM", "DL_LABEL", "FREQ")
        for h in line.parse.of(kind)
        if clause[0] <= h.first_token < token
    ]
    end = min(openers, default=token)
    text = squash(_PARENTHESES.sub(" ", line.span_text(clause[0], end)))
    text = re.sub(r"^[-+•\s(]+|[\s(,;:]+$", "", text)
    words = text.split()
    if not words:
        after = [h.last_token for h in line.parse.of("FREQ") if clause[0] <= h.first_token < token]
        tail = squash(_PARENTHESES.sub(" ", line.span_text(max(after, default=clause[0]), token)))
        words = [w for w in tail.split() if w.lower() not in {"trước", "ngày", "từ", "đến"}]
    return re.sub(r"[\s(,;:]+$", "", " ".join(words[:_ACTION_WORDS])) or None


@dataclass(frozen=True)
class FoundDeadline:
    line: BodyLine
    first_token: int
    last_token: int
    kind: DeadlineKind
    start: DateParts
    end: DateParts | None
    recurrence: Frequency | None
    action: str | None


def _found(
    line: BodyLine,
    clause: tuple[int, int],
    hit: Hit,
    kind: DeadlineKind,
    start: DateParts,
    end: DateParts | None,
    recurrence: Frequency | None,
    last_token: int | None = None,
) -> FoundDeadline:
    """A deadline whose time expression starts at `hit` (and ends with it, or at `last_token`)."""
    last = hit.last_token if last_token is None else last_token
    action = _action(line, clause, hit.first_token)
    return FoundDeadline(line, hit.first_token, last, kind, start, end, recurrence, action)


def _in_line(context: Context, line: BodyLine) -> list[FoundDeadline]:
    dates = _dates(line)
    found: list[FoundDeadline] = []
    used: set[int] = set()
    for index, date in enumerate(dates):
        if index in used:
            continue
        hit = date.hit
        clause = line.clause_bounds(hit.first_token)
        recurrence = _frequency(line, clause)
        following = dates[index + 1] if index + 1 < len(dates) else None
        is_range = (
            following is not None
            and following.hit.kind not in {"YEAR", "QUARTER"}
            and hit.kind not in {"YEAR", "QUARTER"}
            and _ends_at(line, "DL_FROM", hit.first_token)
            and _ends_at(line, "DL_TO", following.hit.first_token, 0)
            and any(
                hit.last_token <= h.first_token and h.last_token <= following.hit.first_token
                for h in line.parse.of("DL_TO")
            )
        )
        triggered = _ends_at(line, "DL_TRIGGER", hit.first_token)
        labelled = _label_before(line, hit.first_token)
        if is_range and following is not None:
            used.add(index + 1)
            end_year = following.year
            start_year = date.year or end_year
            if start_year is None and recurrence is None:
                start_year = _context_year(context, line, hit.first_token)
                end_year = end_year or start_year
            start = DateParts.of(start_year, date.month, date.day)
            end = DateParts.of(end_year, following.month, following.day)
            found.append(
                _found(line, clause, hit, "range", start, end, recurrence, following.hit.last_token)
            )
        elif hit.kind == "DAYRANGE":
            assert date.end is not None
            start, end = DateParts.of(date.year, date.month, date.day), DateParts.of(*date.end)
            found.append(_found(line, clause, hit, "range", start, end, recurrence))
        elif hit.kind == "MONTHLY_DAY" and triggered:
            start = DateParts.of(None, None, date.day)
            found.append(_found(line, clause, hit, "recurring", start, None, "monthly"))
        elif hit.kind == "QUARTER" and (
            triggered or labelled or _ends_at(line, "DL_FROM", hit.first_token)
        ):
            assert date.end is not None
            start, end = DateParts.of(date.year, date.month, date.day), DateParts.of(*date.end)
            found.append(_found(line, clause, hit, "range", start, end, None))
        elif hit.kind == "YEAR":
            if labelled and not any(d.hit.kind != "YEAR" for d in dates):
                start = DateParts.of(date.year, None, None)
                found.append(_found(line, clause, hit, "year", start, None, None))
                break
        elif triggered or labelled:
            year = date.year
            kind: DeadlineKind = "date"
            if year is None and recurrence is not None:
                kind = "recurring"
            elif year is None:
                year = _context_year(context, line, hit.first_token)
            start = DateParts.of(year, date.month, date.day)
            every = recurrence if kind == "recurring" else None
            found.append(_found(line, clause, hit, kind, start, None, every))
    return found


def _full_date(parts: DateParts | None) -> tuple[int, int, int] | None:
    if parts is None or parts.year is None or parts.month is None or parts.day is None:
        return None
    return parts.year, parts.month, parts.day


def _before_issue(item: FoundDeadline, issued: DateParts | None) -> bool:
    """A span that ended before the plan was issued reports a past event, binding no one. (An
    open start, `Thời gian thực hiện: Từ 01/7/2025`, may precede the issue and still run.)"""
    last, issue = _full_date(item.end), _full_date(issued)
    return last is not None and issue is not None and last < issue


def find_deadlines(context: Context) -> list[FoundDeadline]:
    found: list[FoundDeadline] = []
    issued = context.structure.document.issued
    for line in context.lines:
        for item in _in_line(context, line):
            if _before_issue(item, issued):
                continue
            key = (item.kind, item.start, item.end, item.recurrence)
            if any((d.kind, d.start, d.end, d.recurrence) == key and d.line is line for d in found):
                continue
            found.append(item)
    return found


def to_models(found: list[FoundDeadline]) -> list[Deadline]:
    """Number the deadlines, in document order."""
    return [
        Deadline(
            id=f"d{index}",
            text=squash(item.line.span_text(_text_start(item), item.last_token)),
            kind=item.kind,
            start=item.start,
            end=item.end,
            recurrence=item.recurrence,
            action=item.action,
            section=item.line.section.id if item.line.section else None,
            line=item.line.number,
        )
        for index, item in enumerate(found, start=1)
    ]


def _text_start(item: FoundDeadline) -> int:
    openers = [
        h.first_token
        for kind in ("DL_TRIGGER", "DL_FROM")
        for h in item.line.parse.of(kind)
        if item.first_token - 2 <= h.first_token < item.first_token
    ]
    return min(openers, default=item.first_token)
