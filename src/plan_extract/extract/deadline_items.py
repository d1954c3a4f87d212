"""A deadline found in a line: its time expression's tokens, its kind and parts, what is due
(the clause before it), and its JSON model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plan_extract.core.contract import DateParts, Deadline, DeadlineKind, Frequency, Span
from plan_extract.core.text import BULLET_CLASS, squash
from plan_extract.extract import lexicon
from plan_extract.extract.context import BodyLine
from plan_extract.extract.lexicon import PhraseLabel
from plan_extract.extract.nlp import Hit

TRIGGER_GAP = 1  # tokens allowed between a trigger and its date (`trước ngày`)


def ends_at(line: BodyLine, kind: PhraseLabel, token: int, gap: int = TRIGGER_GAP) -> bool:
    return any(token - gap <= h.last_token <= token for h in line.parse.of(kind))


def time_of_day(line: BodyLine, token: int, named: bool = False) -> Hit | None:
    """The hour printed before the date starting at `token` (`17 giờ ngày 15/12/2025`), the
    longest when several end there (`từ 7 giờ 30 đến 11 giờ ngày ...`: both hours); with
    `named`, also the name of the day's occasion (`đến ngày bầu cử 15/3/2026`), which only a
    range's end reads across (dates.yaml `named_day`)."""
    times = [
        t
        for t in line.parse.dates
        if t.label == "TIME_OF_DAY"
        and t.first_token < token <= t.last_token
        and (named or t.id != _NAMED_DAY)
    ]
    return min(times, key=lambda t: t.first_token, default=None)


# the name of a day's occasion before its date (dates.yaml): read at a range's end only
_NAMED_DAY = "named_day"


# a time of day that is itself a span of hours (dates.yaml): the `từ` before it opens the hours
_HOUR_RANGE = "hour_range"


def hours_opened(line: BodyLine, hit: Hit) -> bool:
    """Two hours of the date's day opened by `từ` (`từ 7 giờ 30 đến 11 giờ ngày 15/6/2026`): the
    `từ` binds that day as a trigger does; it opens no range of days."""
    time = time_of_day(line, hit.first_token)
    return (
        time is not None
        and time.id == _HOUR_RANGE
        and ends_at(line, "RANGE_FROM", time.first_token)
    )


def opened_at(line: BodyLine, hit: Hit, kind: PhraseLabel = "RANGE_FROM") -> bool:
    """A range's `từ` (or a start word) just before the date, or before the hour printed before
    it (`bắt đầu từ 7 giờ 30 phút ngày 01/4/2026`), as a trigger binds across the hour; not one
    opening two hours of the day (`hours_opened`)."""
    time = time_of_day(line, hit.first_token)
    if time is not None and time.id == _HOUR_RANGE:
        return False
    return ends_at(line, kind, hit.first_token if time is None else time.first_token)


_ACTION_WORDS = 12


# an action's bullet and opening brackets, its closing punctuation
_ITEM_EDGES = re.compile(rf"^(?:{BULLET_CLASS}|[\s(])+|[\s(,;:]+$")
_PARENTHESES = re.compile(r"\([^()]*\)")  # asides such as `(qua Phòng ...)` are not the action


def due_action(line: BodyLine, clause: tuple[int, int], token: int) -> str | None:
    """What is due: the clause before the time expression and its opener (`trước ngày`), without
    list marks, labels, frequency words and parenthesized asides, at most a dozen words."""
    openers = [
        h.first_token
        for kind in ("DEADLINE_TRIGGER", "RANGE_FROM", "SCHEDULE_LABEL", "FREQUENCY")
        for h in line.parse.of(kind)
        if clause[0] <= h.first_token < token
    ]
    end = min(openers, default=token)
    text = squash(_PARENTHESES.sub(" ", line.span_text(clause[0], end)))
    text = _ITEM_EDGES.sub("", text)
    words = text.split()
    if not words:
        after = [
            h.last_token for h in line.parse.of("FREQUENCY") if clause[0] <= h.first_token < token
        ]
        tail = squash(_PARENTHESES.sub(" ", line.span_text(max(after, default=clause[0]), token)))
        skip = lexicon.DEADLINE_PHRASES.load().action_skip
        words = [w for w in tail.split() if w.lower() not in skip]
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


def found_at(
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
    action = due_action(line, clause, hit.first_token)
    return FoundDeadline(line, hit.first_token, last, kind, start, end, recurrence, action)


def to_models(found: list[FoundDeadline]) -> list[Deadline]:
    """Number the deadlines, in document order."""
    return [
        Deadline(
            id=f"d{index}",
            text=item.line.span_words(_span(item)),
            kind=item.kind,
            start=item.start,
            end=item.end,
            recurrence=item.recurrence,
            action=item.action,
            section=item.line.section.id if item.line.section else None,
            line=item.line.number,
            span=_span(item),
        )
        for index, item in enumerate(found, start=1)
    ]


def _span(item: FoundDeadline) -> Span:
    """The time expression and its opener (`trước ngày 15/12`, `từ 15/11 đến 15/12`)."""
    return item.line.span(_text_start(item), item.last_token)


def _text_start(item: FoundDeadline) -> int:
    """Where the deadline's words start: at the opener that ends next to its date (`trước`,
    `chậm nhất ngày`, `hoàn thành trong`, `từ`), else at the date."""
    time = time_of_day(item.line, item.first_token)
    first = item.first_token if time is None else time.first_token
    openers = [
        h.first_token
        for kind in ("DEADLINE_TRIGGER", "COMPLETION_TRIGGER", "RANGE_FROM")
        for h in item.line.parse.of(kind)
        if h.first_token < first and first - TRIGGER_GAP <= h.last_token <= first
    ]
    return min(openers, default=first)
