"""The deadlines of the time cells of task tables (in the body or an appendix)."""

from __future__ import annotations

from dataclasses import replace

from plan_extract.core.contract import DateParts, DeadlineKind, Frequency
from plan_extract.extract.context import BodyLine, Context, table_cells
from plan_extract.extract.date_reads import YEAR_TOKEN, DateRead, read_dates
from plan_extract.extract.deadline_bindings import done_before
from plan_extract.extract.deadline_items import (
    FoundDeadline,
    ends_at,
    found_at,
)
from plan_extract.extract.deadline_prose import cited_date
from plan_extract.extract.deadline_spans import (
    RANGE_ENDS,
    clause_frequency,
    joined_year,
    range_end_opens,
    range_start_year,
    years_listed,
    years_span,
)


def _cell_deadlines(line: BodyLine, at: int, end: int) -> list[FoundDeadline]:
    """The deadlines a cell of a task table's time column gives (`Quý II/2026`, `Tháng 6/2026`,
    `Năm 2026`, `Quý IV/2025 - Quý II/2026`, `Tháng 11 - 12/2025`): each date, to the end of a
    date joined to it by `-`/`đến` (`Từ tháng 3 đến tháng 6/2026`: the start takes the end's
    year, the year before when it would come after the end: `Từ 15/9 đến tháng 2/2027`), open
    when `từ` starts it alone (a quarter too: `Từ Quý II/2026`), recurring when a day without
    its year comes back (`Trước ngày 15/12 hằng năm`); a list (`Quý I, II/2026`, a date a line)
    gives one each, its dates sharing the year printed once. A month or quarter without its
    year (`Quý II`: a table may list several years' work, and its row prints none), a span of
    whole years (`2025 - 2026`), a cited document's date and a cell without a date give none; a
    day of every month or quarter recurs. A cell that reports the work done (`đã`) gives none:
    a time reported done binds no one (corpus/ANNOTATION.md)."""
    dates = [
        d
        for d in read_dates(line)
        if at <= d.hit.start and d.hit.end <= end and not cited_date(line, d.hit)
    ]
    if not dates:
        return []
    cell = (
        sum(1 for offset in line.parse.offsets if offset < at),
        sum(1 for offset in line.parse.offsets if offset < end),
    )
    if done_before(line, *cell):
        return []  # `Năm 2025 đã đạt`, `Đã hoàn thành năm 2025`: a result, binding no one
    if dates[0].kind in {*_EVERY, "DAY"}:
        day = _cell_day(line, dates[0], cell)
        return [day] if day is not None else []
    shared = _cell_shared_year(line, dates)
    if shared is not None:  # `Năm 2026 (Quý IV)`: the finer times, in the year the cell prints
        dates = [_in_year(d, shared) for d in dates if d.kind != "YEAR"]
    elif dates[0].kind == "YEAR":
        whole = _cell_year(line, dates)
        return [whole] if whole is not None else []
    found: list[FoundDeadline] = []
    index = 0
    while index < len(dates):
        first = dates[index]
        last = dates[index + 1] if index + 1 < len(dates) else None
        if last is not None and not ends_at(line, "RANGE_TO", range_end_opens(line, last.hit), 0):
            last = None
        if last is not None:
            year = range_start_year(first, last, last.year)
        else:
            year = first.year or joined_year(line, dates, index)
        item = _cell_date(line, first, year, last, cell)
        if item is not None:
            found.append(item)
        index += 1 if last is None else 2
    return found


_EVERY: dict[str, Frequency] = {"MONTHLY_DAY": "monthly", "QUARTERLY_DAY": "quarterly"}


def _cell_day(line: BodyLine, first: DateRead, cell: tuple[int, int]) -> FoundDeadline | None:
    """`Trước ngày 20 hằng tháng`, `Trước ngày 10 của tháng đầu quý sau`, `Hằng tháng (trước
    ngày 25)`: a day of every month or quarter, as in a sentence (corpus/ANNOTATION.md); a day
    the cell does not say comes back is none."""
    every = _EVERY.get(first.kind) or clause_frequency(line, cell, first)
    if every not in {"monthly", "quarterly"}:
        return None
    clause = (first.hit.first_token, first.hit.last_token)
    start = DateParts.of(None, None, first.day)
    return found_at(line, clause, first.hit, "recurring", start, None, every)


def _cell_shared_year(line: BodyLine, dates: list[DateRead]) -> int | None:
    """The year a cell prints once, before or after the finer times it holds (`Năm 2026 (Quý
    IV)`, `Năm 2026 (từ tháng 3 đến tháng 6)`, `Quý IV (năm 2026)`): theirs, as a label's year
    is the year of the finer time sharing its clause (corpus/ANNOTATION.md: `Thời gian thực
    hiện: năm 2027 (từ tháng 3 đến tháng 5)` is the range only); none when the cell holds
    another year, or the year ends or opens a range (`Quý IV/2025 - Năm 2026`)."""
    years = [i for i, d in enumerate(dates) if d.kind == "YEAR"]
    if len(years) != 1 or len(dates) < 2 or years[0] not in {0, len(dates) - 1}:
        return None
    year = dates[years[0]]
    if years_span(line, year.hit) or years_listed(line, year.hit):
        return None
    neighbour = dates[1] if years[0] == 0 else year
    if ends_at(line, "RANGE_TO", neighbour.hit.first_token, 0):
        return None  # `Năm 2026 - Quý II/2027`, `Quý IV/2025 - Năm 2026`: a range
    return year.year


def _in_year(date: DateRead, year: int) -> DateRead:
    """The date in `year` where it prints none (its end too: a quarter's, a half's)."""
    end = date.end
    if end is not None and end[0] is None:
        end = (year, end[1], end[2])
    return replace(date, year=date.year or year, end=end)


def _cell_year(line: BodyLine, dates: list[DateRead]) -> FoundDeadline | None:
    """`Năm 2026`: a year alone in its cell, not a span of years (`Năm 2025 - 2026`) nor one of
    years listed together (`Năm 2026, 2027`: the span they cover, as in a sentence)."""
    first = dates[0]
    if len(dates) > 1 or years_span(line, first.hit) or years_listed(line, first.hit):
        return None
    clause = (first.hit.first_token, first.hit.last_token)
    return found_at(
        line, clause, first.hit, "year", DateParts.of(first.year, None, None), None, None
    )


def _cell_date(
    line: BodyLine, first: DateRead, year: int | None, last: DateRead | None, cell: tuple[int, int]
) -> FoundDeadline | None:
    """The deadline of one date of a time cell (its tokens `cell`), printed with its year or
    given `year`, to the end of `last` when a range word joins them; a date without its year
    comes back as often as the cell says (`Hằng năm (trước ngày 15/12)`; months every year from
    one to another, `Từ tháng 3 đến tháng 11 hằng năm`, a yearly range), else is none."""
    clause = (first.hit.first_token, first.hit.last_token)
    every = clause_frequency(line, cell, first) if not year else None
    if year is None and every is None:
        return None  # its year is not printed
    if first.kind == "MONTH" and year is None:  # `Tháng 12 hằng năm`
        if every != "yearly":
            return None
        start = DateParts.of(None, first.month, None)
        if last is not None and last.kind == "MONTH":  # `Từ tháng 3 đến tháng 11 hằng năm`
            to = DateParts.of(None, last.month, None)
            return found_at(line, clause, first.hit, "range", start, to, every, last.hit.last_token)
        return found_at(line, clause, first.hit, "recurring", start, None, every)
    if first.kind == "YEAR":
        return None  # a year in a list of dates
    start = DateParts.of(year, first.month, first.day)
    if last is not None:
        end_parts = DateParts.of(*(last.end or (last.year, last.month, last.day)))
        return found_at(
            line, clause, first.hit, "range", start, end_parts, every, last.hit.last_token
        )
    if first.kind in RANGE_ENDS and ends_at(line, "RANGE_FROM", first.hit.first_token):
        # `Từ tháng 11/2025`, `Từ Quý II/2026`: a start alone runs on (its quarter's end too)
        return found_at(line, clause, first.hit, "range", start, None, every)
    if first.end is not None:
        end_year = first.end[0] if first.year is not None else year
        end_parts = DateParts.of(end_year, first.end[1], first.end[2])
        return found_at(line, clause, first.hit, "range", start, end_parts, every)
    kind: DeadlineKind = "recurring" if every else "date"  # `Trước ngày 15/12 hằng năm`
    return found_at(line, clause, first.hit, kind, start, None, every)


def _bare_year(line: BodyLine, at: int, text: str) -> FoundDeadline | None:
    """A time cell printing only a year (`2026`)."""
    token = next((i for i, o in enumerate(line.parse.offsets) if o == at), None)
    if token is None or not YEAR_TOKEN.fullmatch(text):
        return None
    return FoundDeadline(
        line, token, token + 1, "year", DateParts.of(int(text), None, None), None, None, None
    )


def table_deadlines(context: Context) -> list[FoundDeadline]:
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
