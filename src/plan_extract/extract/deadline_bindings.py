"""What binds a date to someone: a trigger before it (`trước ngày`), a schedule label, a phase,
a dated list item, a schedule heading, a task's bracketed time, a report's time; and what
unbinds it (the moment a count refers to, the period a report covers)."""

from __future__ import annotations

from functools import cache, lru_cache

from plan_extract.core.contract import DateParts
from plan_extract.core.text import squash
from plan_extract.extract import lexicon
from plan_extract.extract.context import PART_MARKS, BodyLine, Context
from plan_extract.extract.date_reads import YEAR_TOKEN, DateRead, is_lunar
from plan_extract.extract.deadline_items import (
    TRIGGER_GAP,
    FoundDeadline,
    due_action,
    ends_at,
    hours_opened,
    time_of_day,
)
from plan_extract.extract.deadline_prose import closing_brackets, states_tasks
from plan_extract.extract.deadline_spans import joined
from plan_extract.extract.lexicon import PhraseLabel
from plan_extract.extract.nlp import Hit
from plan_extract.extract.unit_names import unit_list


def is_triggered(line: BodyLine, hit: Hit) -> bool:
    """A trigger just before the date, or before the hour printed before it (`trước 17 giờ
    ngày 15/12/2025`), but not one a purpose opens (`... để đến ngày 01/7 bộ máy mới vận
    hành`: what a deadline is for); one before the lunar date a solar one restates
    (`lunar_lead`) too."""
    hit = lunar_lead(line, hit) or hit
    if hours_opened(line, hit):  # `từ 7 giờ 30 đến 11 giờ ngày 15/6/2026`: that day
        return True
    time = time_of_day(line, hit.first_token)
    first = hit.first_token if time is None else time.first_token
    purposes = {h.last_token for h in line.parse.of("PURPOSE")}
    return any(
        first - TRIGGER_GAP <= h.last_token <= first and h.first_token not in purposes
        for h in line.parse.of("DEADLINE_TRIGGER")
    )


_ASIDE_REACH = 6  # words from a lunar day to its solar one's bracket (`tháng Giêng năm Kỷ Hợi (`)


def lunar_lead(line: BodyLine, hit: Hit) -> Hit | None:
    """The lunar date (dates.yaml: no date) that the solar date at `hit` restates in a bracket
    opened by a SOLAR_ASIDE (`vào 9 giờ ngày 10 Tết (tức ngày 26/02/2026)`), the first of its
    clause; the solar date takes its place in the line."""
    words = line.parse.words
    asides = [
        h
        for h in line.parse.of("SOLAR_ASIDE")
        if hit.first_token - TRIGGER_GAP <= h.last_token <= hit.first_token  # `tức ngày`
    ]
    if not asides or asides[0].first_token == 0 or words[asides[0].first_token - 1] != "(":
        return None
    bracket = asides[0].first_token - 1
    leads = [
        d
        for d in line.parse.dates
        if bracket - _ASIDE_REACH <= d.last_token <= bracket
        and not _CLAUSE_STOPS.intersection(words[d.last_token : bracket])
        and is_lunar(line, d)
    ]
    return min(leads, key=lambda d: d.first_token, default=None)


_LABEL_REACH = 6  # words from a label to its colon (`Thời gian thực hiện các nội dung trên:`)


_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def label_before(line: BodyLine, token: int) -> bool:
    """A `Thời gian thực hiện:` label before the date, opening a clause (`line.opens_clause`:
    the line, or a part of an item run together with others, `... Đơn vị chủ trì: A; thời gian
    thực hiện: ...`; not one in quotes or after other words, `mục Thời gian: ...`): its colon
    a few words after it, and no sentence ending between the colon and the date (`rút ngắn
    thời gian ...` in running text labels nothing)."""
    words = line.parse.words
    for label in line.parse.of("SCHEDULE_LABEL"):
        if label.last_token > token or not line.opens_clause(label.first_token):
            continue
        reach = range(label.last_token, min(label.last_token + _LABEL_REACH, token))
        colon = next((i for i in reach if words[i] == ":"), None)
        if colon is None:
            continue
        if not _SENTENCE_ENDS.intersection(words[colon + 1 : token]):
            return True
        if _times_listed(line, _first_time(line, colon + 1), token):
            return True  # `Thời gian: Quý II/2026; Quý IV/2026`
    return False


def _first_time(line: BodyLine, start: int) -> int:
    """The first token of the first date from `start` in the same sentence, where a list of
    times after a label starts (`Thời gian: 03 buổi, ngày 30/12/2026; ngày 03/02/2027`: the
    count before it is the label's too); `start` when there is none."""
    words = line.parse.words
    return min(
        (
            d.first_token
            for d in line.parse.dates
            if d.first_token >= start
            and not _SENTENCE_ENDS.intersection(words[start : d.first_token])
        ),
        default=start,
    )


_IS_REACH = 12  # words from a label to its `là` (`thời hạn chậm nhất để gửi báo cáo ... là`)
_CLAUSE_STOPS = frozenset({".", ";", "!", "?", ",", ":"})  # a label's colon opens one too


def label_is(line: BodyLine, token: int) -> bool:
    """`thời hạn gửi báo cáo là 30/10 hằng năm`: a schedule label opening a clause, closed by
    `là` (LABEL_IS) right before the date instead of a colon, within the clause (no stop,
    comma or colon between); as a colon's label does, it states the time. So does an expected
    time's word opening the clause (`Dự kiến triển khai là quý I/2026`)."""
    words = line.parse.words
    if not any(h.last_token == token for h in line.parse.of("LABEL_IS")):
        return False
    return any(
        token - _IS_REACH <= label.last_token < token
        and line.opens_clause(label.first_token)
        and not _CLAUSE_STOPS.intersection(words[label.last_token : token])
        for label in [*line.parse.of("SCHEDULE_LABEL"), *line.parse.of("EXPECTED_TIME")]
    )


def label_clause(line: BodyLine, token: int) -> tuple[int, int] | None:
    """The tokens [colon, end) of the schedule label's clause holding `token` (`Thời gian thực
    hiện: năm 2026`, to the next part of the item or the end of its sentence), when a label
    opening a clause holds it: an item's parts run together may print other dates before it
    (`Triển khai Kế hoạch số 12/KH-UBND ngày 15/01/2026 ... Thời gian thực hiện: năm 2026`)."""
    words = line.parse.words
    for label in reversed(line.parse.of("SCHEDULE_LABEL")):
        if label.last_token > token or not line.opens_clause(label.first_token):
            continue
        reach = range(label.last_token, min(label.last_token + _LABEL_REACH, token))
        colon = next((i for i in reach if words[i] == ":"), None)
        if colon is not None and token < line.label_end(colon + 1):
            return colon, line.label_end(colon + 1)
    return None


_LIST_STOPS = frozenset({";", ","})


def _times_listed(line: BodyLine, start: int, end: int) -> bool:
    """Tokens [start, end) are only dates and the semicolons or commas between them: the date at
    `end` is one more item of the list of times after a label."""
    if start >= end:
        return False
    dated = {i for h in line.parse.dates for i in range(h.first_token, h.last_token)}
    words = line.parse.words
    return all(i in dated or words[i] in _LIST_STOPS for i in range(start, end))


def opening_label(line: BodyLine, token: int) -> bool:
    """`- Hoàn thành: Quý II/2026`, `Dự kiến hoàn thành: tháng 6/2026`: words that label a time
    only where they open their line (after its mark or number) or a clause in it (`... - Hoàn
    thành: tháng 5/2026`), its colon right before the date; elsewhere they are a verb's
    (`hoàn thành các chỉ tiêu: ...`)."""
    words = line.parse.words
    for label in line.parse.of("OPENING_LABEL"):
        opening = [w for w in words[: label.first_token] if w not in PART_MARKS and w != "*"]
        between = [w for w in words[label.last_token : token] if w != "*"]
        opens = not opening or _item_number(opening) or line.opens_clause(label.first_token)
        if opens and between == [":"]:
            return True
    return False


def label_opens(line: BodyLine, date: DateRead) -> bool:
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
        opening = [w for w in words[: label.first_token] if w not in PART_MARKS and w != "*"]
        lost = not between and date.kind != "YEAR" and not rest
        if len(opening) <= 2 and (between or lost):  # `b)`, `3.`
            return True
    return False


_PHASE_MARKS = frozenset({":", "("})


def phase_before(line: BodyLine, token: int) -> bool:
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


def after_label_line(context: Context, line: BodyLine) -> bool:
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
    return text[0] if text and text[0] in PART_MARKS else None


def _label_alone(line: BodyLine) -> bool:
    """`- Thời gian thực hiện:`: a schedule label opening the line, or a clause closing it
    (`1. Tập huấn cán bộ. Thời gian thực hiện:`, a wrap put its time on the next line), its
    colon ending the line."""
    words = [w for w in line.parse.words if w != "*"]
    labels = line.parse.of("SCHEDULE_LABEL")
    if not labels or not words or words[-1] != ":" or line.parse.dates:
        return False
    for label in labels:
        before = [w for w in line.parse.words[: label.first_token] if w not in PART_MARKS]
        opens = len(before) <= 2 or line.opens_clause(label.first_token)  # `...; thời gian:`
        if opens and len(words) - label.last_token <= _LABEL_REACH:
            return True
    return False


def heads_item(
    line: BodyLine, date: DateRead, following: DateRead | None, through: DateRead | None = None
) -> bool:
    """`- Tháng 6/2026: tổ chức hội nghị`, `2. Quý III/2026: sơ kết`: a dated time opening its
    line (after its mark or number), alone before a colon, is the time of what the line lists,
    as after a `Thời gian:` label; alone on its numbered or marked line (`1. Quý I/2026`), the
    time of the tasks listed under it. A year alone there may be a target's or the plan's, a day
    without its year an anniversary's (`- Ngày 03/02: Kỷ niệm ...`): neither is read; nor is any
    in the objectives, where the time is a target's (`- Quý II/2026: 30% hồ sơ được số hóa`).
    A part of the year makes a year a step's time, not a period's (`4. Cuối năm 2026: tổng kết`).
    A part of the month or quarter before it changes nothing (`1. Cuối tháng 6/2026`); a year in the
    bracket right after a time without its own is that time's (`1. Quý IV (năm 2026)`); `through`,
    the last date of a list the time opens (`1. Tháng 6 và tháng 12/2026`), ends the time."""
    words = line.parse.words
    hit = date.hit
    dated = date.year is not None or any(
        d is not None and d.year is not None for d in (following, through)
    )
    if not dated:
        return False
    lead = lunar_lead(line, hit)  # `1. Ngày 10 tháng Giêng (tức ngày 26/02/2026)`
    start = hit.first_token if lead is None else lead.first_token
    # from the day word a day alone reads (`Ngày 15/6/2026:`)
    first = min(
        (d.first_token for d in line.parse.dates if d.first_token < start < d.last_token),
        default=start,
    )
    first = min(first, start)
    if date.kind in _PARTED_KINDS or date.kind == "YEAR":  # `Cuối tháng 6/2026`, `Cuối năm 2026`
        first = part_start(line, first)
    opening = [w for w in words[:first] if w not in PART_MARKS and w != "*"]
    year_alone = date.kind == "YEAR" and first == hit.first_token
    if year_alone or (opening and not _item_number(opening)):
        return False
    last = hit.last_token if through is None else through.hit.last_token
    if following is not None and date.year is None and following.kind == "YEAR":
        last = _bracketed_year_end(line, last, following)  # `Quý IV (năm 2026)`
    joints = {h.first_token for h in line.parse.of("RANGE_TO")}
    if following is not None and last in joints:
        last = following.hit.last_token  # `Tháng 11/2025 - Tháng 3/2026:`
    if lead is not None and ")" in words[last : last + 1]:
        last += 1  # the bracket of the solar day closes the time
    after = next((w for w in words[last:] if w != "*"), None)
    if after == ":":
        return True
    # `1. Quý I/2026` alone on its line: the time of the tasks listed under it
    return line.marker() is not None and not [w for w in words[last:] if w not in _ITEM_CLOSERS]


_ITEM_CLOSERS = frozenset({"*", "."})
# times a part word may stand before (`cuối tháng 6/2026`, `cuối Quý II/2026`)
_PARTED_KINDS = frozenset({"MONTH_YEAR", "MONTH", "QUARTER"})


def part_start(line: BodyLine, token: int) -> int:
    """The token of a part of the month or quarter right before the one at `token` (`cuối
    tháng 6/2026`, `đầu Quý III/2026`: dates.yaml `month_parts`), else `token`."""
    words = line.parse.words
    if token and words[token - 1].lower() in lexicon.DATES.load().month_parts:
        return token - 1
    return token


def _bracketed_year_end(line: BodyLine, last: int, year: DateRead) -> int:
    """After `(năm 2026)` right at `last` (a quarter's or month's year in brackets), else
    `last`."""
    words = line.parse.words
    end = year.hit.last_token
    opens = tuple(words[last : last + 1]) == ("(",) and year.hit.first_token == last + 1
    return end + 1 if opens and tuple(words[end : end + 1]) == (")",) else last


def heads_item_list(line: BodyLine, dates: list[DateRead], index: int) -> bool:
    """`1. Tháng 6 và tháng 12/2026` / `- Tổ chức ...`: a list of months or quarters sharing
    the year of its last (corpus/ANNOTATION.md: a list shares its word and its year) alone on
    its numbered line, or before its colon, is the time of what the line lists, each one a
    deadline, as one time alone there is (`heads_item`)."""
    first, last = _joined_run(line, dates, index)
    run = dates[first : last + 1]
    if first == last or any(d.kind not in _TAIL_KINDS | _LISTED_KINDS for d in run):
        return False
    if run[-1].year is None or run[-1].kind not in _TAIL_KINDS:
        return False
    return heads_item(line, run[0], None, through=run[-1])


_ITEM_NAME_WORDS = 12  # the words of an activity's name before its time's colon


def ends_item(line: BodyLine, date: DateRead, following: DateRead | None) -> bool:
    """`- Nhận tác phẩm dự thi: 15 - 18/10/2026.`, `2. Tổ chức khai giảng năm học mới: Ngày
    05/9/2026 (thứ Năm).`: a dated time alone after the first colon of a marked or numbered
    line, its clause ending with it (a bracket after it, the weekday, aside), is the time of
    the activity the words before the colon name, as after a `Thời gian:` label. Not a year,
    nor a time a date's name opens the item with (`- Ngày sinh: 15/6/1993`: DATE_NAME), nor
    one after a longer text (a sentence, not a name)."""
    dated = date.year is not None or (following is not None and following.year is not None)
    if date.kind == "YEAR" or not dated or line.marker() is None:
        return False
    words = line.parse.words
    hit = date.hit
    first = min(
        (
            d.first_token
            for d in line.parse.dates
            if d.first_token <= hit.first_token < d.last_token
        ),
        default=hit.first_token,
    )
    colons = [i for i, word in enumerate(words) if word == ":"]
    if not colons or colons[0] != first - 1:
        return False
    name = [i for i in range(colons[0]) if words[i].isalnum()]
    named_dates = any(d.first_token < colons[0] for d in line.parse.dates)
    if not name or len(name) > _ITEM_NAME_WORDS or named_dates:
        return False
    if any(h.first_token == name[0] for h in line.parse.of("DATE_NAME")):
        return False
    last = hit.last_token
    if following is not None and last in {h.first_token for h in line.parse.of("RANGE_TO")}:
        last = following.hit.last_token  # `Từ ngày 05/02/2026 - 08/02/2026:`
    rest = list(words[last : line.clause_bounds(hit.first_token)[1]])
    if rest[:1] == ["("] and ")" in rest:
        rest = rest[rest.index(")") + 1 :]
    return not [w for w in rest if w not in _ITEM_CLOSERS]


_PART_NAME_WORDS = 4  # the words of a part's name before its day (`Các lớp còn lại ngày`)


def dates_part(line: BodyLine, date: DateRead) -> bool:
    """`- Đối với giáo dục tiểu học: Lớp 1 ngày 19/8/2026. Các lớp còn lại ngày 26/8/2026.`,
    `Đại hội cấp tỉnh: Tổ chức từ ngày ... . Khai mạc ngày 19/5/2026 (...). Bế mạc ngày
    28/6/2026`: after the first colon of a line whose words before it name an activity (as
    `ends_item` reads them), a clause that is only a short name and a day with its year after
    the day word, a bracket aside, is the time of the part of the activity it names, as a time
    alone after the colon is. Not a day without its year, nor one after a longer text (a
    sentence), a figure's symbol (`Kế hoạch số 12/KH-UBND ngày ...`) or a name the day records
    (`Ông A sinh ngày 15/6/1993.`: RECORD_DAY)."""
    if date.kind != "DAY_MONTH" or date.year is None or date.day is None:
        return False
    words = line.parse.words
    hit = date.hit
    start, end = line.clause_bounds(hit.first_token)
    colons = [i for i, word in enumerate(words) if word == ":"]
    if not colons or colons[0] >= start:
        return False
    item_name = [i for i in range(colons[0]) if words[i].isalnum()]
    if not item_name or len(item_name) > _ITEM_NAME_WORDS:
        return False
    if any(d.first_token < colons[0] for d in line.parse.dates):
        return False
    if any(h.first_token == item_name[0] for h in line.parse.of("DATE_NAME")):
        return False
    day_words = [
        h.first_token
        for h in line.parse.of("DATE_NAME")
        if h.last_token - h.first_token == 1
        and (h.last_token == hit.first_token or h.first_token == hit.first_token)
    ]
    if not day_words:
        return False
    name = words[start : day_words[0]]
    if not name or len([w for w in name if w.isalnum()]) > _PART_NAME_WORDS:
        return False
    if any(not word.isalnum() for word in name):
        return False  # a symbol, a comma: no name alone
    if line.hits_in("RECORD_DAY", start, day_words[0]):
        return False
    rest = list(words[hit.last_token : end])
    if rest[:1] == ["("] and ")" in rest:
        rest = rest[rest.index(")") + 1 :]
    return not [w for w in rest if w not in _ITEM_CLOSERS]


def _item_number(words: list[str]) -> bool:
    """`1.`, `a)`, `II.`: the number of a list item or heading (`1. Quý III/2026: sơ kết`)."""
    if len(words) != 2 or words[1] not in {".", ")"}:
        return False
    number = words[0]
    letter = len(number) == 1 and number.isalpha() and number.islower()
    roman = number.isupper() and set(number) <= set("IVX")
    return (number.isdigit() and len(number) <= 2) or letter or roman


_SCHEDULE_TITLE_EXTRA = 3  # words a schedule heading adds to its label (`Thời gian, địa điểm`)


def schedule_section(context: Context, line: BodyLine) -> bool:
    """A line under a heading that is a schedule label (`3. Thời gian thực hiện`, `Tiến độ
    thực hiện`): the dates it states are stated times, as after `Thời gian thực hiện:`; so are
    those of the numbered steps right under such a heading, their own headings too (`III. TIẾN
    ĐỘ THỰC HIỆN` / `1. Bước chuẩn bị: tháng 4/2026`)."""
    section = line.section
    if section is None:
        return False
    if section.lines[0] != line.number and _schedule_title(section.title):
        return True
    holders = context.ancestors(line.number)
    return len(holders) > 1 and holders[-1] is section and _schedule_title(holders[-2].title)


@lru_cache(maxsize=512)
def _schedule_title(title: str) -> bool:
    """Asked of a section's title (and its parent's) for each line under it: read once."""
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


def report_time(line: BodyLine, clause: tuple[int, int], hit: Hit, dates: list[DateRead]) -> bool:
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


def task_time_tail(context: Context, line: BodyLine, dates: list[DateRead], index: int) -> bool:
    """`1. Xây dựng đề án phát triển du lịch cộng đồng (Quý III/2026).`: a quarter, month or half
    with its year, alone in the brackets that close a task's line or clause (in the tasks, who
    does what, the reporting or an appendix), is the task's time (a day there is more often an
    anniversary's; a year there is read by deadline_prose, in the task sections only); so is
    each of a list there sharing the year of its last (`(tháng 6 và tháng 12/2026)`), and a
    part of the month or quarter changes nothing (`(cuối Quý II/2026)`: the quarter)."""
    first, last = _joined_run(line, dates, index)
    run = dates[first : last + 1]
    if (
        any(d.kind not in _TAIL_KINDS | _LISTED_KINDS for d in run)
        or run[-1].kind not in _TAIL_KINDS
    ):
        return False
    if run[-1].year is None:
        return False
    tasks_here = states_tasks(context, line, _TASK_KINDS | {"reporting"})
    if not tasks_here and not _in_appendix(context, line):  # an appendix lists tasks too
        return False
    end = run[-1].hit.last_token
    following = dates[last + 1] if last + 1 < len(dates) else None
    if following is not None and end in {h.first_token for h in line.parse.of("RANGE_TO")}:
        end = following.hit.last_token  # `(Quý IV/2026 - Quý I/2027)`
    start = run[0].hit.first_token
    if run[0].kind in _PARTED_KINDS:  # `(cuối tháng 6/2026)`, `(cuối Quý II/2026)`
        start = part_start(line, start)
    return closing_brackets(line, start, end)


_LISTED_KINDS = frozenset({"MONTH"})  # a month listed before one that prints the year


def _joined_run(line: BodyLine, dates: list[DateRead], index: int) -> tuple[int, int]:
    """The first and last index of the dates joined one to the next (`tháng 6 và tháng
    12/2026`) around `dates[index]`."""
    first, last = index, index
    while first and joined(line, dates[first - 1], dates[first].hit):
        first -= 1
    while last + 1 < len(dates) and joined(line, dates[last], dates[last + 1].hit):
        last += 1
    return first, last


def _in_appendix(context: Context, line: BodyLine) -> bool:
    appendices = context.structure.appendices
    return any(a.lines[0] <= line.number <= a.lines[1] for a in appendices)


def reference_moment(line: BodyLine, start: int, token: int) -> bool:
    """`(thời điểm kiểm kê 0 giờ ngày 01/01/2026)`: the moment a count refers to, not a
    schedule label's (`Thời điểm hoàn thành:`)."""
    labels = {h.first_token for h in line.parse.of("SCHEDULE_LABEL")}
    return any(h.first_token not in labels for h in line.hits_in("REFERENCE_MOMENT", start, token))


def done_before(line: BodyLine, start: int, token: int) -> bool:
    """`Năm 2025 đã tổ chức từ ngày 10/3 đến ngày 20/3/2025`: what was done binds no one. Only
    the words after the clause's last comma before the date count: a step done that opens a
    sentence does not make the time it then sets a past one (`Ban Chỉ đạo đã thống nhất chọn ấp
    8, thời gian tổ chức dự kiến 06/11/2026`); nor after a commitment that follows the report
    (`đã rà soát xong danh sách và phấn đấu hoàn thành trước ngày 30/6/2026`)."""
    after = _after_last_comma(line, start, token)
    committed = [h.last_token for h in line.hits_in("COMMITTED", after, token)]
    return bool(line.hits_in("DONE", max(committed, default=after), token))


def _after_last_comma(line: BodyLine, start: int, token: int) -> int:
    """The token after the last comma between `start` and `token`, else `start`."""
    words = line.parse.words
    return max((i + 1 for i in range(start, token) if words[i] == ","), default=start)


_DONE_REACH = 5  # syllables from a time's comma to the `đã` of its subject (`, Chính phủ đã`)
# what the subject's verb says of the work then: done (`đã`), or not yet or under way (`vẫn chưa`,
# `đang`): reported, bound by no one
_REPORTED: tuple[PhraseLabel, ...] = ("DONE", "STATUS_NOW")


def done_after(line: BodyLine, start: int, first: int, end: int) -> bool:
    """`Từ ngày 01/6/2025 đến ngày 23/8/2025, Chính phủ đã ban hành ...`: a time that opens its
    clause (from `start`), before the sentence's subject, whose verb then says it was done (or
    not yet, or under way: `đến ngày 23/9/2025, Bộ Nội vụ vẫn chưa nhận được ...`), reports a
    result or a status that binds no one (results are no plan). Only a short subject counts:
    further on, `đã` is in what the task names (`..., các xã báo cáo kết quả đã đạt được`);
    nor does a time after the verb (`hoàn thành trước ngày 15/5, việc đã làm ...`)."""
    words = line.parse.words
    if end >= len(words) or words[end] != "," or not _opens_clause(line, start, first):
        return False
    reach = words[end + 1 : end + 1 + _DONE_REACH]
    stops = [i for i, word in enumerate(reach) if word in _CLAUSE_STOPS]
    last = end + 1 + (stops[0] if stops else len(reach))
    if any(line.hits_in(label, end + 1, last) for label in _REPORTED):
        return True
    # a subject naming bodies, however long (`, Ủy ban nhân dân xã Thường Tân đã ...`), right
    # before the `đã`: the names leave no room for a task's verb
    _, after = unit_list(line, end + 1)
    return after > end + 1 and any(line.hits_from(label).get(after) for label in _REPORTED)


def _opens_clause(line: BodyLine, start: int, first: int) -> bool:
    """The time at `first` opens its clause: after the clause's last comma, only its trigger or
    `từ` (and marks) come before it, and the word a trigger may leave before its date (`vào
    cuối tháng 1/2026, ...`)."""
    words = line.parse.words
    opening = _after_last_comma(line, start, first)
    leads = [*line.parse.of("DEADLINE_TRIGGER"), *line.parse.of("RANGE_FROM")]
    covered = {
        i
        for h in leads
        # to the date when the lead ends within a trigger's gap of it
        for i in range(
            h.first_token, first if h.last_token >= first - TRIGGER_GAP else h.last_token
        )
    }
    return all(i in covered or not words[i].isalnum() for i in range(opening, first))


def grants_day_off(line: BodyLine, start: int, token: int) -> bool:
    """`công chức nghỉ Tết từ ngày ...`: a day off a holiday notice grants, not a holiday named
    as the time of a duty (`trực trong các ngày nghỉ lễ từ ngày ...`)."""
    times = line.parse.of("HOLIDAY_TIME")
    return any(
        not any(t.first_token < h.first_token < t.last_token for t in times)
        for h in line.hits_in("DAY_OFF", start, token)
    )


def covered_period(line: BodyLine, hit: Hit, covered_before: Hit | None) -> bool:
    """`tính từ ngày 15 tháng 12 năm trước ...`, `tính bắt đầu từ 0h00 ngày 01/01`: the period a
    report covers binds no one, nor its end after a range word (`... cho đến hết 24h00 ngày
    31/12`) when its start is covered."""
    time = time_of_day(line, hit.first_token)
    first = hit.first_token if time is None else time.first_token
    if ends_at(line, "COVERED_PERIOD", first, 0) or _reported_data(line, first):
        return True
    return covered_before is not None and any(
        h.last_token == first and h.first_token >= covered_before.last_token
        for h in line.parse.of("RANGE_TO")
    )


def _reported_data(line: BodyLine, first: int) -> bool:
    """`báo cáo bổ sung các số liệu từ tháng 01 ...`, `gửi báo cáo (số liệu từ tháng 01 ...)`:
    the figures a report gives, from the time at `first` on (a report word before them in
    their clause), not a task gathering them then (`thu thập số liệu từ tháng 3 ...`, also
    after a `Chế độ báo cáo:` label)."""
    data = next(
        (h.first_token for h in line.parse.of("REPORTED_DATA") if h.last_token == first), None
    )
    if data is None:
        return False
    words = line.parse.words
    opening = max((i + 1 for i in range(data) if words[i] in _CLAUSE_STOPS), default=0)
    return bool(line.hits_in("REPORT_WORD", opening, data))


def right_after_colon(line: BodyLine, hit: Hit) -> bool:
    """A half of the year is a time only where a trigger or a label's colon opens it: after a
    report's name (`báo cáo 6 tháng đầu năm`) it is the period the report covers."""
    return hit.first_token > 0 and line.parse.words[hit.first_token - 1] == ":"


def titles_opening_section(context: Context, line: BodyLine) -> bool:
    """`3. Thời gian thực hiện: Từ nay đến hết năm 2025.`: a schedule label heading a section
    of the plan's opening (not of its tasks) with its time on the same line, the time printed
    under such a heading run onto it: its year is the plan's period (corpus/ANNOTATION.md), as
    on the line under the heading."""
    section = line.section
    return (
        section is not None
        and section.level == _OPENING_SECTION_LEVEL
        and section.lines[0] == line.number
        and _schedule_title(section.title)
        and line.kind not in _TASK_KINDS
    )


_OPENING_SECTION_LEVEL = 2  # `3. Thời gian thực hiện` right under `I.` or `II.`


def in_a_task(context: Context, line: BodyLine, above: int) -> bool:
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


def labelled_year(line: BodyLine) -> FoundDeadline | None:
    """`Thời gian thực hiện: 2026.`: a year printed without `năm` right after a schedule
    label's colon, ending its clause (`2026 - 2027` is a span, `2026/KH` a symbol's)."""
    words = line.parse.words
    for label in line.parse.of("SCHEDULE_LABEL"):
        reach = range(label.last_token, min(label.last_token + _LABEL_REACH, len(words)))
        colon = next((i for i in reach if words[i] == ":"), None)
        if colon is None or not line.opens_clause(label.first_token):
            continue
        token = next((i for i in range(colon + 1, len(words)) if words[i] != "*"), len(words))
        after = words[token + 1] if token + 1 < len(words) else "."
        dated = any(d.first_token <= token < d.last_token for d in line.parse.dates)
        bare = token < len(words) and YEAR_TOKEN.fullmatch(words[token]) is not None
        if bare and not dated and after in _AFTER_BARE_YEAR:
            start = DateParts.of(int(words[token]), None, None)
            action = due_action(line, line.clause_bounds(token), token)
            return FoundDeadline(line, token, token + 1, "year", start, None, None, action)
    return None
