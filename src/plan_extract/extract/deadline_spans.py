"""How dates join one another in a line: ranges (`từ ... đến ...`), dates sharing one trigger
or year, spans and lists of whole years (no deadline), and how often a clause's date comes back."""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from plan_extract.core.contract import Frequency
from plan_extract.extract.context import SENTENCE_STOPS, BodyLine
from plan_extract.extract.date_reads import YEAR_TOKEN, DateRead
from plan_extract.extract.deadline_items import opened_at, time_of_day
from plan_extract.extract.nlp import Hit


def joined_year(line: BodyLine, dates: list[DateRead], index: int) -> int | None:
    """`trong tháng 11 và tháng 12 năm 2025`, `trước ngày 15/6 và 15/12/2026`: a date without
    its year takes that of the next date joined to it (by `và`, `,`), the one year printed for
    all; none when the dates do not run forward to it (`listed_across_new_year`)."""
    chain = _joined_to_year(line, dates, index)
    if not chain or chain[-1].year is None or _crosses(chain):
        return None
    return chain[-1].year


def span_before_in_sentence(line: BodyLine, dates: list[DateRead], index: int) -> DateRead | None:
    """`hoàn thành trong quý II/2018; Đại hội ... tổ chức trong quý III`: the month or quarter
    before a date in its sentence that prints its year, whose year is the sentence's
    (corpus/ANNOTATION.md). Only a month or quarter gives it: a day there is often an earlier
    document's date (`Kế hoạch số 12/KH-UBND ngày 15/01/2025`)."""
    words = line.parse.words
    opening = dates[index].hit.first_token
    for before in reversed(dates[:index]):
        if SENTENCE_STOPS.intersection(words[before.hit.last_token : opening]):
            return None
        if before.year is not None and before.month is not None and before.kind in _WHOLE_MONTHS:
            return before
    return None


def runs_forward(earlier: DateRead, later: DateRead) -> bool:
    """The later date's month does not come before the earlier's: a sentence runs forward, so
    `quý IV/2025; ... quý I` may be the next year's, and nothing printed says so."""
    if earlier.month is None or later.month is None:
        return False
    return later.month >= earlier.month


def listed_across_new_year(line: BodyLine, dates: list[DateRead], index: int) -> bool:
    """`cuối tháng 12 và đầu tháng 01/2027`, `Quý IV và Quý I/2027`: a date joined to a later one
    that prints its year but comes before it in the calendar. A list shares its year forward
    only (corpus/ANNOTATION.md): nothing prints the first date's year, so it has none (neither
    its line's nor its plan's)."""
    chain = _joined_to_year(line, dates, index)
    return bool(chain) and chain[-1].year is not None and _crosses(chain)


def _joined_to_year(line: BodyLine, dates: list[DateRead], index: int) -> list[DateRead]:
    """The date at `index` and those joined after it, up to the first that prints its year
    (or the last joined)."""
    chain = [dates[index]]
    for after in dates[index + 1 :]:
        if not joined(line, chain[-1], after.hit):
            break
        chain.append(after)
        if after.year is not None:
            break
    return chain if len(chain) > 1 else []


def _crosses(chain: list[DateRead]) -> bool:
    return any(crosses_new_year(before, after) for before, after in pairwise(chain))


def crosses_new_year(date: DateRead, following: DateRead) -> bool:
    """A date printed without its year that would come after the next one in the next one's
    year (`Từ 15/9 đến tháng 2/2027`): the two run over the new year."""
    if date.month is None or following.month is None:
        return False
    return (following.month, following.day or 31) < (date.month, date.day or 1)


def range_start_year(date: DateRead, end: DateRead, end_year: int | None) -> int | None:
    """The year of a range's start: its own, else the end's (`Từ tháng 3 đến tháng 6/2026`), the
    year before where it would come after the end (`Từ 15/9 đến tháng 2/2027`: from September
    2026); prose and task-table cells read it alike."""
    if date.year is not None or end_year is None:
        return date.year
    return end_year - 1 if crosses_new_year(date, end) else end_year


def clause_frequency(line: BodyLine, clause: tuple[int, int], date: DateRead) -> Frequency | None:
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
    not one year's (`báo cáo năm 2026`) nor one school year's (`tổng kết năm học`), or in the
    label whose colon opens the clause (`Báo cáo định kỳ: 6 tháng (trước ngày 15/6), năm
    (trước ngày 15/12)`: the reports it lists)."""
    words = line.parse.words
    hits = line.hits_in("PERIODIC_REPORT", *clause)
    start = clause[0]
    if start > 1 and words[start - 1] == ":":
        hits = [*hits, *line.hits_in("PERIODIC_REPORT", *line.clause_bounds(start - 2))]
    schools = line.parse.of("SCHOOL_YEAR")
    return any(
        (h.last_token >= len(words) or not YEAR_TOKEN.fullmatch(words[h.last_token]))
        and not any(s.first_token < h.last_token < s.last_token for s in schools)
        for h in hits
    )


def years_span(line: BodyLine, hit: Hit) -> bool:
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


def years_listed(line: BodyLine, hit: Hit) -> bool:
    """`Năm 2026, 2027`, `năm 2026 và năm 2027`, `Năm 2026;2027`: years listed together name the
    span they cover, no one year of it (a joined year is read from the first; a semicolon joins
    a bare year after it, or `năm 2027` closing its part, `Năm 2026; Năm 2027.`, each of them
    listed, as a clause it opens starts with a word and goes on: `năm 2027 sơ kết`)."""
    joints = (*line.parse.of("DATE_JOINER"), *line.parse.of("YEAR_LIST_JOINER"))
    return any(_lists_with(line, hit, joint) for joint in joints)


def _lists_with(line: BodyLine, hit: Hit, joint: Hit) -> bool:
    """Whether `joint`, just after or just before the year `hit`, lists another year with it:
    a `và`/`,` joins a year on either side; a semicolon joins a bare year or a closing `năm
    2027` after it, or one before a closing year."""
    words = line.parse.words
    if joint.first_token == hit.last_token and joint.last_token < len(words):
        if joint.label == "DATE_JOINER":
            return _year_at(line, joint.last_token, True)
        return YEAR_TOKEN.fullmatch(words[joint.last_token]) is not None or _closing_year_at(
            line, joint.last_token
        )
    if joint.last_token == hit.first_token and joint.first_token > 0:
        listed_before = _year_at(line, joint.first_token, False)
        return listed_before and (
            joint.label == "DATE_JOINER" or _closing_year_at(line, hit.first_token)
        )
    return False


_LIST_CLOSES = SENTENCE_STOPS | {";"}


def _closing_year_at(line: BodyLine, token: int) -> bool:
    """`năm 2027` at `token` closing its part (`Năm 2026; Năm 2027.`: nothing but a stop or the
    next semicolon after it): a year listed as the one before it is, not a clause the semicolon
    opens (`năm 2027 sơ kết` goes on with its words)."""
    words = line.parse.words
    return any(
        date.label == "YEAR"
        and date.first_token == token
        and (date.last_token >= len(words) or words[date.last_token] in _LIST_CLOSES)
        for date in line.parse.dates
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


RANGE_ENDS = frozenset({"DAY_MONTH", "MONTH_YEAR", "QUARTER", "MONTH"})


# a span of days or whole months, read as a range from its first day to its last
SPANS = frozenset({"DAY_RANGE", "MONTH_RANGE", "QUARTER_RANGE", "QUARTER", "HALF_YEAR"})

# dates of whole months: a sentence's month or quarter, never a document's day
_WHOLE_MONTHS = frozenset({"MONTH", "MONTH_RANGE", "QUARTER_RANGE", "QUARTER", "HALF_YEAR"})


def range_to(line: BodyLine, date: DateRead, following: DateRead, bound: bool) -> bool:
    """`từ 15/11 đến 15/12`, `Tháng 12/2025 - Tháng 3/2026`, `Quý IV/2025 - Quý II/2026`: a
    date, a range word (`đến`, `-`, `đến hết`) and a second date make one range; opened by
    `từ`, words may stand between the date and the range word, but not a sentence's end
    (`... áp dụng từ ngày 01/4/2026. Thời gian báo cáo: đến hết ngày 31/12/2026` is two
    times), else the range word must join the two and the time be bound (a trigger or a
    label before it). An hour printed before the end's day stands between the range word and
    the end (`từ ngày 02/3 đến 17 giờ ngày 20/3/2026`), and so may one after the `từ`, and the
    name of the end day's occasion (`Từ tháng 01 đến ngày bầu cử 15/3/2026`)."""
    first, last = date.hit, following.hit
    if date.kind not in RANGE_ENDS:
        return False
    end_opens = range_end_opens(line, last)
    joints = [h for h in line.parse.of("RANGE_TO") if h.last_token == end_opens]
    if following.kind == "YEAR":  # `Thời gian: (Từ) Quý II/2026 đến hết năm 2026`, bound only
        return bound and any(h.first_token == first.last_token for h in joints)
    if following.kind not in RANGE_ENDS:
        return False
    if opened_at(line, first):
        words = line.parse.words
        return any(
            first.last_token <= h.first_token
            and not SENTENCE_STOPS.intersection(words[first.last_token : h.first_token])
            for h in joints
        )
    return bound and any(h.first_token == first.last_token for h in joints)


def range_end_opens(line: BodyLine, hit: Hit) -> int:
    """The token where a range's end opens, the range word right before it: the hour printed
    before the end's day (`đến 17 giờ ngày 20/3/2026`, a time cell's `Từ 15/7 đến 17h00', ngày
    21/7/2026`) or the name of its occasion (`đến ngày bầu cử 15/3/2026`), else its date."""
    hour = time_of_day(line, hit.first_token, named=True)
    return hit.first_token if hour is None else hour.first_token


def open_end(line: BodyLine, hit: Hit) -> bool:
    """`Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê`: a start whose end is an event."""
    return any(h.first_token == hit.last_token for h in line.parse.of("OPEN_END"))


def completion_joined(line: BodyLine, hit: Hit) -> bool:
    """`triển khai từ tháng 9/2026 và hoàn thành trước ngày 15/10/2026`: a start its sentence
    goes on to complete, which starts the work then (its end is a deadline of its own)."""
    return any(h.first_token == hit.last_token for h in line.parse.of("COMPLETION_JOINED"))


def next_year(line: BodyLine, hit: Hit) -> bool:
    """`trước ngày 10/01 năm sau`, `ngày 25/02 của năm liền kề`: a day of the year after."""
    return any(h.first_token == hit.last_token for h in line.parse.of("NEXT_YEAR"))


def rescheduled(line: BodyLine, previous: DateRead | None, date: DateRead) -> bool:
    """`điều chỉnh thời gian tổ chức từ tháng 6/2026 sang tháng 8/2026`: the time a date opened
    by `từ` is moved to binds as after a trigger; the first is the time it replaces (binding no
    one, corpus/ANNOTATION.md). So does one a move earlier in its clause names without the time
    it replaces (`dời ngày tổ chức sang 25-26/6/2026`). Not a year (`chuyển nguồn từ năm 2026
    sang năm 2027`)."""
    if date.kind == "YEAR":
        return False
    first = date.hit.first_token
    moves = [h for h in line.parse.of("RESCHEDULED_TO") if h.last_token == first]
    if previous is not None and opened_at(line, previous.hit):
        return any(h.first_token == previous.hit.last_token for h in moves)
    start = line.clause_bounds(first)[0]
    return any(line.hits_in("MOVED_TIME", start, h.first_token) for h in moves)


def moved_later(line: BodyLine, dates: list[DateRead], index: int) -> bool:
    """`Hội nghị dự kiến tổ chức vào ngày 16-17/4/2026 ... Ban tổ chức quyết định dời ngày tổ
    chức sang 25-26/6/2026`: a time its sentence says was set (FORMER_PLAN before it) in a
    paragraph whose later sentence moves the work to a new time is the time the move replaces,
    binding no one (corpus/ANNOTATION.md)."""
    date = dates[index]
    first = date.hit.first_token
    if date.kind == "YEAR" or not line.hits_in("FORMER_PLAN", line.clause_bounds(first)[0], first):
        return False
    words = line.parse.words
    later = [
        j
        for j in range(index + 1, len(dates))
        if SENTENCE_STOPS.intersection(words[date.hit.last_token : dates[j].hit.first_token])
    ]
    return any(rescheduled(line, dates[j - 1], dates[j]) for j in later)


def joined(line: BodyLine, previous: DateRead | None, hit: Hit) -> bool:
    """`trước ngày 15/6 và ngày 15/12`: a date joined to the one before it shares its trigger."""
    return previous is not None and any(
        h.first_token == previous.hit.last_token and h.last_token == hit.first_token
        for h in line.parse.of("DATE_JOINER")
    )
