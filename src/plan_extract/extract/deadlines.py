"""Deadlines: dates, yearly recurrences, ranges and stated times that bind someone."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from plan_extract.core.contract import DateParts, Deadline, DeadlineKind, Frequency, Span
from plan_extract.core.text import squash
from plan_extract.extract import lexicon
from plan_extract.extract.context import BodyLine, Context, outside_sections, table_cells
from plan_extract.extract.date_reads import YEAR_TOKEN, DateRead, read_dates
from plan_extract.extract.lexicon import PhraseLabel
from plan_extract.extract.nlp import Hit
from plan_extract.structure.dates import year_mentions

_TRIGGER_GAP = 1  # tokens allowed between a trigger and its date (`trước ngày`)


def _ends_at(line: BodyLine, kind: PhraseLabel, token: int, gap: int = _TRIGGER_GAP) -> bool:
    return any(token - gap <= h.last_token <= token for h in line.parse.of(kind))


def _time_of_day(line: BodyLine, token: int) -> Hit | None:
    """The hour printed before the date starting at `token` (`17 giờ ngày 15/12/2025`)."""
    return next(
        (
            t
            for t in line.parse.dates
            if t.label == "TIME_OF_DAY" and t.first_token < token <= t.last_token
        ),
        None,
    )


def _triggered(line: BodyLine, hit: Hit) -> bool:
    """A trigger just before the date, or before the hour printed before it (`trước 17 giờ
    ngày 15/12/2025`)."""
    time = _time_of_day(line, hit.first_token)
    first = hit.first_token if time is None else time.first_token
    return _ends_at(line, "DEADLINE_TRIGGER", first)


def _joined_year(line: BodyLine, dates: list[DateRead], index: int) -> int | None:
    """`trong tháng 11 và tháng 12 năm 2025`, `trước ngày 15/6 và 15/12/2026`: a date without
    its year takes that of the next date joined to it (by `và`, `,`), the one year printed for
    all."""
    for before, after in zip(dates[index:], dates[index + 1 :], strict=False):
        if not _joined(line, before, after.hit):
            return None
        if after.year is not None:
            return after.year
    return None


_LABEL_REACH = 6  # words from a label to its colon (`Thời gian thực hiện các nội dung trên:`)
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def _label_before(line: BodyLine, token: int) -> bool:
    """A `Thời gian thực hiện:` label before the date: its colon a few words after it, and no
    sentence ending between the colon and the date (`rút ngắn thời gian ...` in running text
    labels nothing)."""
    words = line.parse.words
    for label in line.parse.of("SCHEDULE_LABEL"):
        if label.last_token > token:
            continue
        reach = range(label.last_token, min(label.last_token + _LABEL_REACH, token))
        colon = next((i for i in reach if words[i] == ":"), None)
        if colon is not None and not _SENTENCE_ENDS.intersection(words[colon + 1 : token]):
            return True
    return False


def _label_opens(line: BodyLine, date: DateRead) -> bool:
    """`- Thời gian thực hiện - Quý III/2026`, `b) Thời gian hoàn thành Tháng 9/2026.`: a label
    opening its line, its colon printed as a dash, or lost before a date that ends the line (a
    year there names something else: `Tiến độ thực hiện năm 2026` is a title; so does a date
    running on: `Tiến độ tháng 6/2026 đạt 80%`)."""
    words = line.parse.words
    rest = [w for w in words[date.hit.last_token :] if w not in {"*", "."}]
    for label in line.parse.of("SCHEDULE_LABEL"):
        between = [w for w in words[label.last_token : date.hit.first_token] if w != "*"]
        if label.last_token > date.hit.first_token or between not in ([], ["-"]):
            continue
        opening = [w for w in words[: label.first_token] if w not in _LIST_MARKS and w != "*"]
        lost = not between and date.kind != "YEAR" and not rest
        if len(opening) <= 2 and (between or lost):  # `b)`, `3.`
            return True
    return False


_PHASE_MARKS = frozenset({":", "("})


def _phase_before(line: BodyLine, token: int) -> bool:
    """`+ Đợt 1: Quý II/2026`, `Giai đoạn 2 (tháng 6 - 9/2026)`: a phase's word, its number and a
    colon or bracket right before the date."""
    words = line.parse.words
    return any(
        phase.last_token + 2 == token
        and _numbered(words[phase.last_token])
        and words[phase.last_token + 1] in _PHASE_MARKS
        for phase in line.parse.of("PHASE")
    )


def _numbered(word: str) -> bool:
    """A phase's number: `1`, `02`, `II`."""
    return word.isdigit() or (word.isupper() and set(word) <= set("IVX"))


_LABEL_LINE_REACH = 8  # lines after a label alone on its line that may still state its time
_LIST_MARKS = frozenset("-+•")


def _after_label_line(context: Context, line: BodyLine) -> bool:
    """A line after a schedule label alone on its line (`- Thời gian thực hiện:`), or a later
    item of the list that line opens (`+ Đợt 1: ...`, `+ Đợt 2: ...`): it states the label's
    time, as a line under a schedule heading does."""
    at = context.position.get(line.number)
    if at is None:
        return False
    mark = _list_mark(line)
    for previous in reversed(context.lines[max(0, at - _LABEL_LINE_REACH) : at]):
        if _label_alone(previous):
            return True
        if mark is None or _list_mark(previous) != mark:
            return False
    return False


def _list_mark(line: BodyLine) -> str | None:
    text = line.text.lstrip()
    return text[0] if text and text[0] in _LIST_MARKS else None


def _label_alone(line: BodyLine) -> bool:
    """`- Thời gian thực hiện:`: a schedule label opening the line, its colon ending it."""
    words = [w for w in line.parse.words if w != "*"]
    labels = line.parse.of("SCHEDULE_LABEL")
    if not labels or not words or words[-1] != ":" or line.parse.dates:
        return False
    opening = sum(1 for w in line.parse.words[: labels[0].first_token] if w not in _LIST_MARKS)
    return opening <= 2 and len(words) - labels[0].last_token <= _LABEL_REACH  # `b)`, `3.`


def _heads_item(line: BodyLine, date: DateRead, following: DateRead | None) -> bool:
    """`- Tháng 6/2026: tổ chức hội nghị`, `- Quý III/2026: sơ kết`: a dated time opening its
    line, alone before a colon, is the time of what the line lists, as after a `Thời gian:`
    label. A year alone there may be a target's or the plan's, a day without its year an
    anniversary's (`- Ngày 03/02: Kỷ niệm ...`): neither is read; nor is any in the objectives,
    where the time is a target's (`- Quý II/2026: 30% hồ sơ được số hóa`)."""
    words = line.parse.words
    hit = date.hit
    dated = date.year is not None or (following is not None and following.year is not None)
    if not dated:
        return False
    # from the day word a day alone reads (`Ngày 15/6/2026:`)
    first = min(
        (d.first_token for d in line.parse.dates if d.first_token < hit.first_token < d.last_token),
        default=hit.first_token,
    )
    opening = [w for w in words[: min(first, hit.first_token)] if w not in _LIST_MARKS and w != "*"]
    if date.kind == "YEAR" or opening:
        return False
    last = hit.last_token
    joints = {h.first_token for h in line.parse.of("RANGE_TO")}
    if following is not None and last in joints:
        last = following.hit.last_token  # `Tháng 11/2025 - Tháng 3/2026:`
    after = next((w for w in words[last:] if w != "*"), None)
    return after == ":"


_SCHEDULE_TITLE_EXTRA = 3  # words a schedule heading adds to its label (`Thời gian, địa điểm`)


def _schedule_section(line: BodyLine) -> bool:
    """A line under a heading that is a schedule label (`3. Thời gian thực hiện`, `Tiến độ
    thực hiện`): the dates it states are stated times, as after `Thời gian thực hiện:`."""
    section = line.section
    return (
        section is not None and section.lines[0] != line.number and _schedule_title(section.title)
    )


def _schedule_title(title: str) -> bool:
    words = squash(title).lower().rstrip(" :")
    return any(
        (words == label or words.startswith(label + " "))
        and len(words[len(label) :].split()) <= _SCHEDULE_TITLE_EXTRA
        for label in _schedule_labels()
    )


@cache
def _schedule_labels() -> tuple[str, ...]:
    rules = lexicon.DEADLINE_PHRASES.load()
    return tuple(p for g in rules.patterns if g.label == "SCHEDULE_LABEL" for p in g.phrases)


def _frequency(line: BodyLine, clause: tuple[int, int], date: DateRead) -> Frequency | None:
    """How often the clause's date comes back. A day of a named month comes once a year, also in
    a clause of monthly or half-yearly reports (`hằng tháng (trước ngày 16 hằng tháng), 6 tháng
    (trước ngày 16/6)`, `Định kỳ 6 tháng (trước ngày 15/6)`)."""
    hits = line.hits_in("FREQUENCY", *clause)
    if not hits:
        return "yearly" if date.month is not None and _periodic_report(line, clause) else None
    frequency = cast(Frequency, hits[0].id)
    if date.month is not None and frequency in {"monthly", "quarterly"}:
        return "yearly"
    return frequency


def _periodic_report(line: BodyLine, clause: tuple[int, int]) -> bool:
    """A half-yearly or yearly report named in the clause (`báo cáo 6 tháng`, `báo cáo năm`),
    not one year's (`báo cáo năm 2026`)."""
    words = line.parse.words
    return any(
        h.last_token >= len(words) or not YEAR_TOKEN.fullmatch(words[h.last_token])
        for h in line.hits_in("PERIODIC_REPORT", *clause)
    )


def _years_span(line: BodyLine, hit: Hit) -> bool:
    """`năm 2026 - 2030`, `năm 2026 đến năm 2030`: a span of whole years, no deadline, read
    from either of its years (`Từ năm 2026 đến năm 2030` binds no one to 2030)."""
    size = len(line.parse.words)
    return any(
        (
            joint.first_token == hit.last_token
            and joint.last_token < size
            and _year_at(line, joint.last_token, True)
        )
        or (
            joint.last_token == hit.first_token
            and joint.first_token > 0
            and _year_at(line, joint.first_token, False)
        )
        for joint in line.parse.of("RANGE_TO")
    )


def _years_listed(line: BodyLine, hit: Hit) -> bool:
    """`Năm 2026, 2027`, `năm 2026 và năm 2027`: years listed together name the span they cover,
    no one year of it (a joined year is read from the first)."""
    return any(
        (joint.first_token == hit.last_token and _year_at(line, joint.last_token, True))
        or (joint.last_token == hit.first_token and _year_at(line, joint.first_token, False))
        for joint in line.parse.of("DATE_JOINER")
        if joint.first_token > 0 and joint.last_token < len(line.parse.words)
    )


def _year_at(line: BodyLine, token: int, starts: bool) -> bool:
    """A year that starts at `token` (or ends just before it): `năm 2030` or a bare `2030`
    outside any other date (not the year of `tháng 10/2026`)."""
    edge = token if starts else token - 1
    for date in line.parse.dates:
        if date.first_token <= edge < date.last_token:
            bound = date.first_token if starts else date.last_token
            return date.label == "YEAR" and bound == token
    return YEAR_TOKEN.fullmatch(line.parse.words[edge]) is not None


_RANGE_ENDS = frozenset({"DAY_MONTH", "MONTH_YEAR", "QUARTER", "MONTH"})
# a span of days or whole months, read as a range from its first day to its last
_SPANS = frozenset({"DAY_RANGE", "MONTH_RANGE", "QUARTER_RANGE", "QUARTER", "HALF_YEAR"})


def _range_to(line: BodyLine, date: DateRead, following: DateRead, bound: bool) -> bool:
    """`từ 15/11 đến 15/12`, `Tháng 12/2025 - Tháng 3/2026`, `Quý IV/2025 - Quý II/2026`: a
    date, a range word (`đến`, `-`, `đến hết`) and a second date make one range; opened by
    `từ`, a word may stand between the date and the range word, else the range word must join
    the two and the time be bound (a trigger or a label before it)."""
    first, last = date.hit, following.hit
    if date.kind not in _RANGE_ENDS:
        return False
    joints = [h for h in line.parse.of("RANGE_TO") if h.last_token == last.first_token]
    if following.kind == "YEAR":  # `Thời gian: Từ tháng 5/2026 đến hết năm 2026`, bound only
        opened = _ends_at(line, "RANGE_FROM", first.first_token)
        return opened and bound and any(h.first_token == first.last_token for h in joints)
    if following.kind not in _RANGE_ENDS:
        return False
    if _ends_at(line, "RANGE_FROM", first.first_token):
        return any(first.last_token <= h.first_token for h in joints)
    return bound and any(h.first_token == first.last_token for h in joints)


def _open_end(line: BodyLine, hit: Hit) -> bool:
    """`Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê`: a start whose end is an event."""
    return any(h.first_token == hit.last_token for h in line.parse.of("OPEN_END"))


def _joined(line: BodyLine, previous: DateRead | None, hit: Hit) -> bool:
    """`trước ngày 15/6 và ngày 15/12`: a date joined to the one before it shares its trigger."""
    return previous is not None and any(
        h.first_token == previous.hit.last_token and h.last_token == hit.first_token
        for h in line.parse.of("DATE_JOINER")
    )


def _report_time(line: BodyLine, clause: tuple[int, int], hit: Hit, dates: list[DateRead]) -> bool:
    """`Báo cáo sơ kết thực hiện Kế hoạch (năm 2028)`, `Hội nghị tổng kết (Quý IV/2026)`: the
    time in parentheses after a report's name, with no other date between them, is when the
    report is due."""
    words = line.parse.words
    before = hit.first_token - 1
    while before >= 0 and words[before] == "*":
        before -= 1
    if before < 0 or words[before] != "(":
        return False
    reports = line.hits_in("REPORT_DUE", clause[0], before)
    if not reports:
        return False
    nearest = reports[-1].last_token
    return not any(nearest <= d.hit.first_token < hit.first_token for d in dates)


_TASK_KINDS = frozenset({"tasks", "implementation"})
_TAIL_KINDS = frozenset(
    {"QUARTER", "MONTH_YEAR", "HALF_YEAR", "MONTH_RANGE", "QUARTER_RANGE", "QUARTER_LIST"}
)
_TAIL_END = frozenset({")", ".", ";", "*"})


def _task_time_tail(
    context: Context, line: BodyLine, date: DateRead, following: DateRead | None
) -> bool:
    """`1. Xây dựng đề án phát triển du lịch cộng đồng (Quý III/2026).`: a quarter, month or half
    with its year, alone in the brackets that close a task's line, is the task's time (a day
    there is more often an anniversary's, a year a span's)."""
    if date.kind not in _TAIL_KINDS or date.year is None:
        return False
    if context.structure.kind_at(line.number) not in {*_TASK_KINDS, "reporting"}:
        return False
    words = line.parse.words
    before = [w for w in words[: date.hit.first_token] if w != "*"]
    last = date.hit.last_token
    if following is not None and last in {h.first_token for h in line.parse.of("RANGE_TO")}:
        last = following.hit.last_token  # `(Quý IV/2026 - Quý I/2027)`
    after = [w for w in words[last:] if w != "*"]
    return bool(before) and before[-1] == "(" and after[:1] == [")"] and set(after) <= _TAIL_END


def _reference_moment(line: BodyLine, start: int, token: int) -> bool:
    """`(thời điểm kiểm kê 0 giờ ngày 01/01/2026)`: the moment a count refers to, not a
    schedule label's (`Thời điểm hoàn thành:`)."""
    labels = {h.first_token for h in line.parse.of("SCHEDULE_LABEL")}
    return any(h.first_token not in labels for h in line.hits_in("REFERENCE_MOMENT", start, token))


def _covered_period(line: BodyLine, hit: Hit) -> bool:
    """`tính từ ngày 15 tháng 12 năm trước ...`: the period a report covers binds no one."""
    return _ends_at(line, "COVERED_PERIOD", hit.first_token, 0)


def _context_year(context: Context, line: BodyLine, token: int) -> int | None:
    years = [
        int(line.parse.doc[h.last_token - 1].text) for h in line.parse.dates if h.label == "YEAR"
    ]
    if years:
        return years[0]
    for section in reversed(context.ancestors(line.number)):
        single = [m.first for m in year_mentions(section.title) if m.kind != "range"]
        if single:  # `năm 2026`, `đến năm 2026`, `tháng 5 năm 2026`: not a period's years
            return single[0]
    return _plan_year(context)


def _plan_year(context: Context) -> int | None:
    """The year of a plan that runs over one (its period, else its year of issue)."""
    start, end = context.plan_years
    return start if start is not None and start == end else None


def _right_after_colon(line: BodyLine, hit: Hit) -> bool:
    """A half of the year is a time only where a trigger or a label's colon opens it: after a
    report's name (`báo cáo 6 tháng đầu năm`) it is the period the report covers."""
    return hit.first_token > 0 and line.parse.words[hit.first_token - 1] == ":"


def _year_for(context: Context, line: BodyLine, dates: list[DateRead], index: int) -> int | None:
    """The year of a date printed without one: that of the dates joined to it, else its line's,
    heading's or plan's (corpus/ANNOTATION.md)."""
    return _joined_year(line, dates, index) or _context_year(
        context, line, dates[index].hit.first_token
    )


_ACTION_WORDS = 12
_PARENTHESES = re.compile(r"\([^()]*\)")  # asides such as `(qua Phòng ...)` are not the action


def _action(line: BodyLine, clause: tuple[int, int], token: int) -> str | None:
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
    text = re.sub(r"^[-+•\s(]+|[\s(,;:]+$", "", text)
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
    dates = read_dates(line)
    found: list[FoundDeadline] = []
    used: set[int] = set()
    triggered_before: DateRead | None = None  # the last date a trigger opened
    # a year alone there is the plan's own span, unless a task's label or heading opened it
    after_label = _after_label_line(context, line)
    under_heading = _schedule_section(line)
    scheduled = under_heading or after_label
    task_year = (after_label and _in_a_task(context, line, 1)) or (
        under_heading and _in_a_task(context, line, 2)
    )
    for index, date in enumerate(dates):
        if index in used:
            continue
        hit = date.hit
        clause = line.clause_bounds(hit.first_token)
        recurrence = _frequency(line, clause, date)
        following = dates[index + 1] if index + 1 < len(dates) else None
        opened = _ends_at(line, "RANGE_FROM", hit.first_token)
        triggered = _triggered(line, hit) or _joined(line, triggered_before, hit)
        targets_here = context.structure.kind_at(line.number) == "objectives"
        labelled = (
            _label_before(line, hit.first_token)
            or _label_opens(line, date)
            or (scheduled and (date.kind != "YEAR" or task_year))
            # a time heading a phase or an item of the objectives is a target's
            or (not targets_here and date.kind != "YEAR" and _phase_before(line, hit.first_token))
            or (not targets_here and _heads_item(line, date, following))
            or (date.kind != "YEAR" and _report_time(line, clause, hit, dates))
            or _task_time_tail(context, line, date, following)
        )
        is_range = following is not None and _range_to(line, date, following, triggered or labelled)
        if (
            _covered_period(line, hit)
            or _ends_at(line, "OCCASION", hit.first_token)
            or line.hits_in("IN_FORCE", clause[0], hit.first_token)
            or (not triggered and _reference_moment(line, clause[0], hit.first_token))
        ):
            used.update({index + 1} if is_range else set())  # its end is no deadline either
            continue
        triggered_before = date if triggered else None
        if is_range and following is not None:
            used.add(index + 1)
            end_year = following.year
            start_year = date.year or end_year
            if start_year is None and recurrence is None:
                start_year = _context_year(context, line, hit.first_token)
                end_year = end_year or start_year
                if start_year is None and date.kind in {"MONTH", "QUARTER"}:
                    continue  # whole months of a year nothing names
            start = DateParts.of(start_year, date.month, date.day)
            last = following.end or (end_year, following.month, following.day)
            end = DateParts.of(last[0] or end_year, last[1], last[2])
            found.append(
                _found(line, clause, hit, "range", start, end, recurrence, following.hit.last_token)
            )
        elif (
            date.kind in _RANGE_ENDS and opened and (triggered or labelled or _open_end(line, hit))
        ):
            # a start alone (`Từ tháng 11/2025`); a span opened by `từ` is that span
            year = date.year
            if year is None and recurrence is None:
                year = _context_year(context, line, hit.first_token)
                if year is None and date.kind in {"MONTH", "QUARTER"}:
                    continue  # whole months of a year nothing names
            start = DateParts.of(year, date.month, date.day)
            found.append(_found(line, clause, hit, "range", start, None, recurrence))
        elif date.kind in {"MONTHLY_DAY", "QUARTERLY_DAY"} and triggered:
            start = DateParts.of(None, None, date.day)
            period: Frequency = "monthly" if date.kind == "MONTHLY_DAY" else "quarterly"
            found.append(_found(line, clause, hit, "recurring", start, None, period))
        elif date.kind == "DAY":
            # `hằng tháng, trước ngày 25`: a day alone, every month or quarter of its clause
            if triggered and recurrence in {"monthly", "quarterly"}:
                start = DateParts.of(None, None, date.day)
                found.append(_found(line, clause, hit, "recurring", start, None, recurrence))
        elif date.kind in _SPANS:
            bound = triggered or labelled or opened
            if date.kind == "HALF_YEAR":  # after a report's name, the period it covers
                bound = triggered or _right_after_colon(line, hit)
            if date.kind == "DAY_RANGE":  # `từ ngày 08 đến ngày 10 ...` opens itself
                bound = bound or bool(line.hits_in("RANGE_FROM", hit.first_token, hit.last_token))
            if not bound:
                continue
            # a span without its year: every year's (`Quý II hằng năm`), else the year of the
            # dates joined to it, its line, heading or plan; none when that is not known
            assert date.end is not None
            every: Frequency | None = None
            if date.year is None and recurrence == "yearly":
                every = recurrence
            year = date.year
            if year is None and every is None:
                year = _year_for(context, line, dates, index)
                if year is None:
                    continue
            start = DateParts.of(year, date.month, date.day)
            end = DateParts.of(date.end[0] or year, date.end[1], date.end[2])
            found.append(_found(line, clause, hit, "range", start, end, every))
        elif date.kind == "MONTH" and (triggered or labelled):
            # a month without its year: one of several sharing a year, one that comes back
            # (`Thời gian thực hiện: Tháng 12 hằng năm`), else one of its line's, heading's or
            # plan's year (`Thời gian hoàn thành: Tháng 9` in a plan for 2026)
            year = _joined_year(line, dates, index)
            if year is None and recurrence == "yearly":
                start = DateParts.of(None, date.month, None)
                found.append(_found(line, clause, hit, "recurring", start, None, recurrence))
                continue
            year = year or _context_year(context, line, hit.first_token)
            if year is not None:
                start = DateParts.of(year, date.month, None)
                found.append(_found(line, clause, hit, "date", start, None, None))
        elif date.kind == "YEAR":
            if _years_span(line, hit) or _years_listed(line, hit):
                continue
            review = triggered and line.hits_in("REPORT_DUE", clause[0], hit.first_token)
            if review or _report_time(line, clause, hit, dates):  # `tổng kết vào năm 2030`
                start = DateParts.of(date.year, None, None)
                found.append(_found(line, clause, hit, "year", start, None, None))
                continue
            if _ends_at(line, "COMPLETION_TRIGGER", hit.first_token, 0) or (
                labelled and not any(d.kind != "YEAR" for d in dates)
            ):
                start = DateParts.of(date.year, None, None)
                found.append(_found(line, clause, hit, "year", start, None, None))
                break
        elif triggered or labelled:
            year = date.year
            kind: DeadlineKind = "date"
            if year is None and recurrence is not None:
                kind = "recurring"
            elif year is None:
                year = _year_for(context, line, dates, index)
                if year is None:
                    continue  # a day of a year nothing names
            start = DateParts.of(year, date.month, date.day)
            every = recurrence if kind == "recurring" else None
            found.append(_found(line, clause, hit, kind, start, None, every))
    bare = None if found else _labelled_year(line)
    return found if bare is None else [bare]


def _in_a_task(context: Context, line: BodyLine, above: int) -> bool:
    """The line is under one task (a section deeper than `above` in the tasks or in who does
    what: a label alone under `1. Xây dựng ...`, a schedule heading `b) Thời gian thực hiện`
    under it), where a label's year is the task's time, not the plan's span."""
    section = line.section
    return (
        section is not None
        and section.level > above
        and context.structure.kind_at(line.number) in _TASK_KINDS
    )


_AFTER_BARE_YEAR = frozenset({".", ";", ")", "*"})


def _labelled_year(line: BodyLine) -> FoundDeadline | None:
    """`Thời gian thực hiện: 2026.`: a year printed without `năm` right after a schedule
    label's colon, ending its clause (`2026 - 2027` is a span, `2026/KH` a symbol's)."""
    words = line.parse.words
    for label in line.parse.of("SCHEDULE_LABEL"):
        reach = range(label.last_token, min(label.last_token + _LABEL_REACH, len(words)))
        colon = next((i for i in reach if words[i] == ":"), None)
        if colon is None:
            continue
        token = next((i for i in range(colon + 1, len(words)) if words[i] != "*"), len(words))
        after = words[token + 1] if token + 1 < len(words) else "."
        dated = any(d.first_token <= token < d.last_token for d in line.parse.dates)
        bare = token < len(words) and YEAR_TOKEN.fullmatch(words[token]) is not None
        if bare and not dated and after in _AFTER_BARE_YEAR:
            start = DateParts.of(int(words[token]), None, None)
            action = _action(line, line.clause_bounds(token), token)
            return FoundDeadline(line, token, token + 1, "year", start, None, None, action)
    return None


def _full_date(parts: DateParts | None) -> tuple[int, int, int] | None:
    if parts is None or parts.year is None or parts.month is None or parts.day is None:
        return None
    return parts.year, parts.month, parts.day


def _before_issue(item: FoundDeadline, issued: DateParts | None) -> bool:
    """A time that ended before the plan was issued reports a past event, binding no one: a
    span whose last day, a day, a month or a year before the day, month or year of issue. (An
    open start, `Thời gian thực hiện: Từ 01/7/2025`, may precede the issue and still run; a
    recurring day comes back.)"""
    issue = _full_date(issued)
    if issue is None or item.kind == "recurring":
        return False
    if item.kind == "range":
        last = _full_date(item.end)
        return last is not None and last < issue
    start = item.start
    if start.year is None:
        return False
    depth = 1 if start.month is None else 2 if start.day is None else 3
    return (start.year, start.month, start.day)[:depth] < issue[:depth]


def _cell_deadlines(line: BodyLine, at: int, end: int) -> list[FoundDeadline]:
    """The deadlines a cell of a task table's time column gives (`Quý II/2026`, `Tháng 6/2026`,
    `Năm 2026`, `Quý IV/2025 - Quý II/2026`, `Tháng 11 - 12/2025`): each date, to the end of a
    date joined to it by `-`/`đến` (`Từ tháng 3 đến tháng 6/2026`: the start takes the end's
    year), open when `từ` starts it alone, recurring when a day without its year comes back
    (`Trước ngày 15/12 hằng năm`); a list (`Quý I, II/2026`, a date a line) gives one each, its
    dates sharing the year printed once. A month or quarter without its year (`Quý II`: a table
    may list several years' work, and its row prints none), a span of whole years (`2025 -
    2026`) and a cell without a date give none."""
    dates = [d for d in read_dates(line) if at <= d.hit.start and d.hit.end <= end]
    if not dates or dates[0].kind in {"MONTHLY_DAY", "QUARTERLY_DAY", "DAY"}:
        return []
    if dates[0].kind == "YEAR":
        whole = _cell_year(line, dates)
        return [whole] if whole is not None else []
    cell = (
        sum(1 for offset in line.parse.offsets if offset < at),
        sum(1 for offset in line.parse.offsets if offset < end),
    )
    found: list[FoundDeadline] = []
    index = 0
    while index < len(dates):
        first = dates[index]
        last = dates[index + 1] if index + 1 < len(dates) else None
        if last is not None and not _ends_at(line, "RANGE_TO", last.hit.first_token, 0):
            last = None
        year = first.year or (last.year if last is not None else _joined_year(line, dates, index))
        item = _cell_date(line, first, year, last, cell)
        if item is not None:
            found.append(item)
        index += 1 if last is None else 2
    return found


def _cell_year(line: BodyLine, dates: list[DateRead]) -> FoundDeadline | None:
    """`Năm 2026`: a year alone in its cell, not a span of years (`Năm 2025 - 2026`)."""
    first = dates[0]
    if len(dates) > 1 or _years_span(line, first.hit):
        return None
    clause = (first.hit.first_token, first.hit.last_token)
    return _found(line, clause, first.hit, "year", DateParts.of(first.year, None, None), None, None)


def _cell_date(
    line: BodyLine, first: DateRead, year: int | None, last: DateRead | None, cell: tuple[int, int]
) -> FoundDeadline | None:
    """The deadline of one date of a time cell (its tokens `cell`), printed with its year or
    given `year`, to the end of `last` when a range word joins them; a date without its year
    comes back as often as the cell says (`Hằng năm (trước ngày 15/12)`), else is none."""
    clause = (first.hit.first_token, first.hit.last_token)
    every = _frequency(line, cell, first) if not year else None
    if year is None and every is None:
        return None  # its year is not printed
    if first.kind == "MONTH" and year is None:  # `Tháng 12 hằng năm`
        start = DateParts.of(None, first.month, None)
        yearly = every == "yearly"
        return _found(line, clause, first.hit, "recurring", start, None, every) if yearly else None
    if first.kind == "YEAR":
        return None  # a year in a list of dates
    start = DateParts.of(year, first.month, first.day)
    if last is not None:
        end_parts = DateParts.of(*(last.end or (last.year, last.month, last.day)))
        return _found(
            line, clause, first.hit, "range", start, end_parts, every, last.hit.last_token
        )
    if first.end is not None:
        end_year = first.end[0] if first.year is not None else year
        end_parts = DateParts.of(end_year, first.end[1], first.end[2])
        return _found(line, clause, first.hit, "range", start, end_parts, every)
    if _ends_at(line, "RANGE_FROM", first.hit.first_token):  # `Từ tháng 11/2025`: runs on
        return _found(line, clause, first.hit, "range", start, None, every)
    kind: DeadlineKind = "recurring" if every else "date"  # `Trước ngày 15/12 hằng năm`
    return _found(line, clause, first.hit, kind, start, None, every)


def _bare_year(line: BodyLine, at: int, text: str) -> FoundDeadline | None:
    """A time cell printing only a year (`2026`)."""
    token = next((i for i, o in enumerate(line.parse.offsets) if o == at), None)
    if token is None or not YEAR_TOKEN.fullmatch(text):
        return None
    return FoundDeadline(
        line, token, token + 1, "year", DateParts.of(int(text), None, None), None, None, None
    )


def _table_deadlines(context: Context) -> list[FoundDeadline]:
    """The deadlines of the dated cells of the time columns of the task tables (in the body or
    an appendix), as printed (a past date too: the gold reads a cell as it stands); a row with
    several time columns gives its last one's, from the start its start column prints (`Bắt
    đầu | Hoàn thành`: one range); as in the sentences, none from a table in a section
    reviewing what was done."""
    found: dict[int, list[FoundDeadline]] = {}
    starts: dict[int, list[FoundDeadline]] = {}
    for cell in table_cells(context, ("start", "deadline")):
        if context.structure.kind_at(cell.line.number) == "results":
            continue
        text = cell.line.text[cell.start : cell.end]
        bare = _bare_year(cell.line, cell.start, text)
        items = _cell_deadlines(cell.line, cell.start, cell.end) or ([bare] if bare else [])
        if items:
            (starts if cell.kind == "start" else found)[cell.row] = items
    return [
        item
        for row, items in found.items()
        for item in (_from_start(starts.get(row, []), items) if row in starts else items)
    ]


def _from_start(starts: list[FoundDeadline], ends: list[FoundDeadline]) -> list[FoundDeadline]:
    """A row's start and end cells as one range, from the start's first day to the end's last
    (`Tháng 3/2026 | Tháng 9/2026`), cited at the end cell; two years are a span of whole
    years, no deadline. Several dates in either cell: the end cell's, as printed."""
    if len(starts) != 1 or len(ends) != 1:
        return ends
    start, end = starts[0], ends[0]
    if start.kind == "year" and end.kind == "year":
        return []
    if start.start.year is None or end.start.year is None or end.kind == "recurring":
        return ends
    last = end.end or end.start
    return [replace(end, kind="range", start=start.start, end=last)]


def find_deadlines(context: Context) -> list[FoundDeadline]:
    found: list[FoundDeadline] = []
    issued = context.structure.document.issued
    outside = outside_sections(context)  # articles before the sections, the closing after
    for line in sorted([*context.lines, *outside], key=lambda line: line.number):
        if context.structure.kind_at(line.number) == "results":
            continue  # a review of what was done binds no one
        if line.number in context.task_rows:
            continue  # a task table's row: its time column is read as a table's
        for item in _in_line(context, line):
            if _before_issue(item, issued):
                continue
            key = (item.kind, item.start, item.end, item.recurrence)
            if any((d.kind, d.start, d.end, d.recurrence) == key and d.line is line for d in found):
                continue
            found.append(item)
    return found + _table_deadlines(context)


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
    time = _time_of_day(item.line, item.first_token)
    first = item.first_token if time is None else time.first_token
    openers = [
        h.first_token
        for kind in ("DEADLINE_TRIGGER", "COMPLETION_TRIGGER", "RANGE_FROM")
        for h in item.line.parse.of(kind)
        if h.first_token < first and first - _TRIGGER_GAP <= h.last_token <= first
    ]
    return min(openers, default=first)
