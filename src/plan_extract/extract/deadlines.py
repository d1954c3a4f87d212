"""Deadlines: dates, yearly recurrences, ranges and stated times that bind someone, found line by
line and then in the task tables. What binds a date is in deadline_bindings, how dates join in
deadline_spans, the tables' time cells in deadline_cells."""

from __future__ import annotations

from plan_extract.core.contract import DateParts, DeadlineKind, Frequency
from plan_extract.extract.context import BodyLine, Context, outside_sections
from plan_extract.extract.date_reads import DateRead, read_dates
from plan_extract.extract.deadline_bindings import (
    after_label_line,
    covered_period,
    dates_part,
    done_after,
    done_before,
    ends_item,
    grants_day_off,
    heads_item,
    heads_item_list,
    in_a_task,
    is_triggered,
    label_before,
    label_clause,
    label_is,
    label_opens,
    labelled_year,
    opening_label,
    phase_before,
    reference_moment,
    report_time,
    right_after_colon,
    schedule_section,
    task_time_tail,
    titles_opening_section,
)
from plan_extract.extract.deadline_cells import table_deadlines
from plan_extract.extract.deadline_items import FoundDeadline, ends_at, found_at, opened_at
from plan_extract.extract.deadline_prose import (
    cited_date,
    issues_plan,
    prose_year,
    task_clause,
)
from plan_extract.extract.deadline_spans import (
    RANGE_ENDS,
    SPANS,
    clause_frequency,
    completion_joined,
    joined,
    joined_year,
    listed_across_new_year,
    moved_later,
    next_year,
    open_end,
    range_start_year,
    range_to,
    rescheduled,
    runs_forward,
    span_before_in_sentence,
    years_listed,
    years_span,
)
from plan_extract.extract.nlp import Hit
from plan_extract.structure.dates import year_mentions


def _context_year(context: Context, line: BodyLine, token: int) -> int | None:
    """The year of the line (its first year printed alone), else of its headings, else the
    plan's (corpus/ANNOTATION.md). A year of a span or list of years, or one a range word
    opens (`Dự kiến vào tháng 9 tới, ... trong các năm 2026-2030 và định hướng đến năm 2035`:
    spans and a horizon), names no year of the line's month or day."""
    years = [
        int(line.parse.doc[h.last_token - 1].text)
        for h in line.parse.dates
        if h.label == "YEAR"
        and not (
            years_span(line, h)
            or years_listed(line, h)
            or ends_at(line, "RANGE_TO", h.first_token, 0)
        )
    ]
    if years:
        return years[0]
    for section in reversed(context.ancestors(line.number)):
        # the line's own title: its years alone and its horizon are read above
        skipped = {"range", "due", "year"} if section.lines[0] == line.number else {"range"}
        single = [m.first for m in year_mentions(section.title) if m.kind not in skipped]
        if single:  # `năm 2026`, `đến năm 2026`, `tháng 5 năm 2026`: not a period's years
            return single[0]
    return _plan_year(context)


def _plan_year(context: Context) -> int | None:
    """The year of a plan that runs over one (its period, else its year of issue). A text
    without a document's header, title or period, a news page, has none (corpus/ANNOTATION.md):
    a year its first lines print (`trúng tuyển đại học năm 2025`) is its sentence's."""
    if _headerless(context):
        return None
    start, end = context.plan_years
    return start if start is not None and start == end else None


def _headerless(context: Context) -> bool:
    """A text without a document's kind, title or period: a news page, whose dates are its
    sentences' (corpus/ANNOTATION.md)."""
    document = context.structure.document
    return document.kind == "unknown" and document.title is None and document.period is None


def _issued(context: Context) -> DateParts | None:
    """The day the document was issued; a news page without a number has none: a date its
    lines print (`Chủ nhật, ngày 15/3/2026, cử tri ... sẽ tham gia bầu cử`) dates no document,
    and the times before it are not past (corpus/ANNOTATION.md)."""
    document = context.structure.document
    return None if _headerless(context) and document.number is None else document.issued


def _year_for(context: Context, line: BodyLine, dates: list[DateRead], index: int) -> int | None:
    """The year of a date printed without one: that of the dates joined to it, else its line's,
    heading's or plan's (corpus/ANNOTATION.md); none for one listed before a date of the next
    year (`tháng 12 và tháng 01/2027`), or for one after a month or quarter of its sentence
    printing its year that it comes before in the calendar (`quý IV/2027; ... quý I`)."""
    if listed_across_new_year(line, dates, index):
        return None
    joined = joined_year(line, dates, index)
    if joined is not None:
        return joined
    before = span_before_in_sentence(line, dates, index)
    if before is not None:
        return before.year if runs_forward(before, dates[index]) else None
    return _context_year(context, line, dates[index].hit.first_token)


def _in_line(context: Context, line: BodyLine) -> list[FoundDeadline]:
    dates = read_dates(line)
    if not dates:  # most lines: no date, only a bare year after a schedule label is read
        bare = labelled_year(line)
        return [] if bare is None else [bare]
    found: list[FoundDeadline] = []
    used: set[int] = set()
    triggered_before: DateRead | None = None  # the last date a trigger opened
    covered_before: Hit | None = None  # the last date that starts a report's period
    read_years: set[tuple[int, int] | None] = set()  # label clauses whose year was read
    # a year alone there is the plan's own span, unless a task's label or heading opened it
    after_label = after_label_line(context, line)
    under_heading = schedule_section(context, line)
    scheduled = under_heading or after_label
    task_year = (after_label and in_a_task(context, line, 1)) or (
        under_heading and in_a_task(context, line, 2)
    )
    for index, date in enumerate(dates):
        if index in used:
            continue
        hit = date.hit
        clause = line.clause_bounds(hit.first_token)
        recurrence = clause_frequency(line, clause, date)
        following = dates[index + 1] if index + 1 < len(dates) else None
        opened = opened_at(line, hit)
        previous = dates[index - 1] if index else None
        triggered = (
            is_triggered(line, hit)
            or joined(line, triggered_before, hit)
            or rescheduled(line, previous, date)
        )
        targets_here = context.structure.kind_at(line.number) == "objectives"
        # `thời hạn gửi báo cáo là 30/10 hằng năm`; a year alone after `là` describes (`thời
        # gian thực hiện của dự án là năm 2027`), it sets no time
        stated = date.kind != "YEAR" and label_is(line, hit.first_token)
        labelled = (
            label_before(line, hit.first_token)
            or stated
            or label_opens(line, date)
            or opening_label(line, hit.first_token)
            or (scheduled and (date.kind != "YEAR" or task_year))
            # a time heading a phase or an item of the objectives is a target's
            or (not targets_here and date.kind != "YEAR" and phase_before(line, hit.first_token))
            or (not targets_here and heads_item(line, date, following))
            or (not targets_here and heads_item_list(line, dates, index))
            or (not targets_here and ends_item(line, date, following))
            or (not targets_here and dates_part(line, date))
            or (date.kind != "YEAR" and report_time(line, clause, hit, dates))
            or task_time_tail(context, line, dates, index)
        )
        is_range = following is not None and range_to(
            line,
            date,
            following,
            triggered or labelled or _to_year_end_in_task(context, line, date, following),
        )
        if (
            covered_period(line, hit, covered_before)
            or cited_date(line, hit)
            or ends_at(line, "OCCASION", hit.first_token)
            or ends_at(line, "REPLACED", hit.first_token)
            or moved_later(line, dates, index)
            or line.hits_in("IN_FORCE", clause[0], hit.first_token)
            or issues_plan(context, line, hit.first_token)
            or grants_day_off(line, clause[0], hit.first_token)
            or (date.kind != "YEAR" and done_before(line, clause[0], hit.first_token))
            or done_after(
                line,
                clause[0],
                hit.first_token,
                (following.hit if is_range and following else hit).last_token,
            )
            # (a moment named earlier in the clause, `thời điểm báo cáo là 31/5, thời hạn gửi
            # báo cáo là 30/6`, is not the label's)
            or (not (triggered or stated) and reference_moment(line, clause[0], hit.first_token))
        ):
            used.update({index + 1} if is_range else set())  # its end is no deadline either
            covered_before = hit if covered_period(line, hit, covered_before) else None
            continue
        covered_before = None
        triggered_before = date if triggered else None
        if is_range and following is not None:
            used.add(index + 1)
            end_year = following.year
            if end_year is None and date.year is not None and _end_not_before(date, following):
                end_year = date.year  # `Từ ngày 29/4/2026 đến hết ngày 03/5`
            start_year = range_start_year(date, following, end_year)
            if start_year is None and recurrence is None:
                start_year = _context_year(context, line, hit.first_token)
                end_year = end_year or start_year
                if start_year is None:
                    continue  # days or months of a year nothing names (`Từ ngày 1/4 đến 30/4`)
            start = DateParts.of(start_year, date.month, date.day)
            last = following.end or (end_year, following.month, following.day)
            end = DateParts.of(last[0] or end_year, last[1], last[2])
            found.append(
                found_at(
                    line, clause, hit, "range", start, end, recurrence, following.hit.last_token
                )
            )
        elif (
            date.kind in RANGE_ENDS
            and opened
            and (
                triggered
                or labelled
                or open_end(line, hit)
                or opened_at(line, hit, "START_WORD")
                or completion_joined(line, hit)
            )
        ):
            # a start alone (`Từ tháng 11/2025`, `bắt đầu từ ngày 01/4/2026`, `từ quý IV/2026
            # và hoàn thành ...`); a span opened by `từ` alone is that span
            year = date.year
            if year is None and recurrence is None:
                year = _context_year(context, line, hit.first_token)
                if year is None:
                    continue  # a start in a year nothing names
            start = DateParts.of(year, date.month, date.day)
            found.append(found_at(line, clause, hit, "range", start, None, recurrence))
        elif date.kind in {"MONTHLY_DAY", "QUARTERLY_DAY"} and triggered:
            start = DateParts.of(None, None, date.day)
            period: Frequency = "monthly" if date.kind == "MONTHLY_DAY" else "quarterly"
            found.append(found_at(line, clause, hit, "recurring", start, None, period))
        elif date.kind == "DAY":
            # `hằng tháng, trước ngày 25`: a day alone, every month or quarter of its clause
            if triggered and recurrence in {"monthly", "quarterly"}:
                start = DateParts.of(None, None, date.day)
                found.append(found_at(line, clause, hit, "recurring", start, None, recurrence))
        elif date.kind in SPANS:
            bound = triggered or labelled or opened
            if date.kind == "HALF_YEAR":  # after a report's name, the period it covers
                # (a task's time where it heads its item or closes it in brackets, as a
                # quarter's: `1. 6 tháng đầu năm 2026` / `- Ban hành ...`, `- Tập huấn ... (6
                # tháng cuối năm 2026).`)
                bound = (
                    triggered
                    or right_after_colon(line, hit)
                    or (not targets_here and heads_item(line, date, following))
                    or task_time_tail(context, line, dates, index)
                )
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
            if date.month is None and recurrence == "monthly":
                every = recurrence  # `từ ngày 20 đến 25 hằng tháng`: the same days each month
            year = date.year
            if year is None and every is None:
                year = _year_for(context, line, dates, index)
                if year is None:
                    continue
            start = DateParts.of(year, date.month, date.day)
            end = DateParts.of(date.end[0] or year, date.end[1], date.end[2])
            found.append(found_at(line, clause, hit, "range", start, end, every))
        elif date.kind == "MONTH" and (triggered or labelled):
            # a month without its year: one of several sharing a year, one that comes back
            # (`Thời gian thực hiện: Tháng 12 hằng năm`), else one of its line's, heading's or
            # plan's year (`Thời gian hoàn thành: Tháng 9` in a plan for 2026)
            if joined_year(line, dates, index) is None and recurrence == "yearly":
                start = DateParts.of(None, date.month, None)
                found.append(found_at(line, clause, hit, "recurring", start, None, recurrence))
                continue
            year = _year_for(context, line, dates, index)
            if year is not None:
                start = DateParts.of(year, date.month, None)
                found.append(found_at(line, clause, hit, "date", start, None, None))
        elif date.kind == "YEAR":
            if years_span(line, hit) or years_listed(line, hit):
                continue
            if label_clause(line, hit.first_token) in read_years:
                continue  # the label's year is read: one year a label, as on a line of its own
            if titles_opening_section(context, line):
                continue  # the plan's period under its own label
            review = triggered and line.hits_in("REPORT_DUE", clause[0], hit.first_token)
            if review or report_time(line, clause, hit, dates):  # `tổng kết vào năm 2030`
                start = DateParts.of(date.year, None, None)
                found.append(found_at(line, clause, hit, "year", start, None, None))
                continue
            # a label's year, unless a finer time shares its clause (`Thời gian thực hiện: Năm
            # 2026 (từ tháng 3 đến tháng 6)`); a paragraph's other times are read on
            finer = [d for d in dates if d.kind != "YEAR"]
            if ends_at(line, "COMPLETION_TRIGGER", hit.first_token, 0) or (
                labelled and not any(d.kind != "YEAR" for d in _label_dates(line, dates, hit))
            ):
                start = DateParts.of(date.year, None, None)
                found.append(found_at(line, clause, hit, "year", start, None, None))
                bounds = label_clause(line, hit.first_token)
                if bounds is not None:  # one year a label, the line's other labels read on
                    read_years.add(bounds)
                    continue
                if finer:
                    continue
                break
            if _years_the_time_before(line, previous, hit):
                continue  # `Quý IV (năm 2026)`: the quarter's year, no time of its own
            if prose_year(context, line, date):  # `tập huấn ... trong năm 2026`: a task's
                start = DateParts.of(date.year, None, None)
                found.append(found_at(line, clause, hit, "year", start, None, None))
        elif triggered or labelled:
            year = date.year
            kind: DeadlineKind = "date"
            if year is None and recurrence is None and next_year(line, hit):
                # `chậm nhất ngày 20/01 năm sau`: the year after the one named; with none named,
                # no day of the calendar (a clause that recurs has its `recurrence` already)
                named = _year_for(context, line, dates, index)
                if named is None:
                    continue
                year = named + 1
            if year is None and recurrence is not None:
                kind = "recurring"
            elif year is None:
                year = _year_for(context, line, dates, index)
                if year is None:
                    continue  # a day of a year nothing names
            start = DateParts.of(year, date.month, date.day)
            every = recurrence if kind == "recurring" else None
            found.append(found_at(line, clause, hit, kind, start, None, every))
    bare = None if found else labelled_year(line)
    return found if bare is None else [bare]


def _to_year_end_in_task(
    context: Context, line: BodyLine, date: DateRead, following: DateRead
) -> bool:
    """`Các thôn duy trì mô hình từ Quý II/2026 đến hết năm 2026`: in a task's prose, a start
    opened by `từ` and run to the end of a year (`đến hết`, a trigger of the year) is bound as
    after a label (corpus/ANNOTATION.md: a bound start to a year is a range to that year); a
    horizon (`từ tháng 11/2026 đến năm 2030`) and a target's or a review's clause are not."""
    return (
        following.kind == "YEAR"
        and opened_at(line, date.hit)
        and is_triggered(line, following.hit)
        and task_clause(context, line, date.hit)
    )


def _years_the_time_before(line: BodyLine, previous: DateRead | None, hit: Hit) -> bool:
    """A year alone in the bracket right after a month, quarter or half printed without its
    year (`Thời gian: Quý IV (năm 2026)`) is that time's year, as a label's year is the year of
    the finer time sharing its clause (corpus/ANNOTATION.md), no year of its own."""
    if previous is None or previous.kind == "YEAR" or previous.year is not None:
        return False
    return tuple(line.parse.words[previous.hit.last_token : hit.first_token]) == ("(",)


def _label_dates(line: BodyLine, dates: list[DateRead], hit: Hit) -> list[DateRead]:
    """The dates of the schedule label's clause holding `hit` (`label_clause`), else the
    line's: a label's year is the time it states when its clause states no other."""
    bounds = label_clause(line, hit.first_token)
    if bounds is None:
        return dates
    return [d for d in dates if bounds[0] <= d.hit.first_token < bounds[1]]


def _end_not_before(date: DateRead, following: DateRead) -> bool:
    """A range's end printed without its year lies in its start's year when it does not come
    before the start (`từ ngày 29/4/2026 đến hết ngày 03/5`); one that does would be the next
    year's, which nothing prints."""
    if date.month is None or following.month is None:
        return False
    return (following.month, following.day or 0) >= (date.month, date.day or 0)


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


def find_deadlines(context: Context) -> list[FoundDeadline]:
    found: list[FoundDeadline] = []
    issued = _issued(context)
    outside = outside_sections(context)  # the opening and articles before, the closing after
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
    return found + table_deadlines(context)
