"""Quantitative targets (chỉ tiêu): a figure with its unit, comparator, year or frequency."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from plan_extract.core.contract import (
    Comparator,
    Domain,
    Frequency,
    Occurrence,
    Span,
    Target,
    TargetUnit,
    Warning,
)
from plan_extract.core.text import BULLETS, squash
from plan_extract.extract import lexicon
from plan_extract.extract.context import LIST_MARKS, SENTENCE_STOPS, BodyLine, Context
from plan_extract.extract.lexicon import fold
from plan_extract.extract.nlp import Hit, outermost
from plan_extract.extract.numbers import parse_number
from plan_extract.extract.table_targets import (
    TableFigure,
    measures_nothing,
    score_at,
    table_figures,
)
from plan_extract.normalize.spelled_numbers import spelled_value, spells_number
from plan_extract.structure.dates import due_year, year_mentions

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a count of thousands is written `1.500`; `2026` is a year, `1022` a hotline's or a code's number
_BARE_THOUSANDS = re.compile(r"^\d{4,}$")
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_VETO_WINDOW = 6
_EXCEEDED_JOINERS = frozenset({",", "("})  # between a result and the target it beat
_EXCEEDED_REACH = 4  # the words of what a result measures before that comma or bracket
_CHANGE_REACH = 5  # a change after a result's comma or bracket: `, tăng gần 3 %`
_CLAUSE_ENDS = SENTENCE_STOPS | {";"}
_SAME_TARGET_OVERLAP = 0.6
# Bounds on the work a hostile text can ask for (a plan states tens of targets; the corpus's
# largest, 27): the figures of one line and the candidates of a document beyond these are not
# read, so that no line of repeated figures makes the per-figure and pairwise steps blow up.
# What they leave unread is said in the plan's warnings (`_Unread`).
MAX_FIGURES_PER_LINE = 100
MAX_CANDIDATES = 500
UNREAD_WARNINGS = ("target_figures_not_read", "targets_not_read")  # the codes `_Unread` says
_RESTATED_WORDS = 5  # the words a restatement in the same top-level section repeats, at least
_RATES = ("percent", "per_1000")  # a rate per period is a yearly target: `0,1‰/năm`
_COMPARED_REACH = 3  # `so với` and its year: `so với năm 2025`, `so với cuối năm 2025`
_HEADING_WORDS = 10  # a heading naming its year (`Chỉ tiêu chủ yếu năm 2026`) is short
_NOUN_TAIL = 2  # the words of a count's noun after its first: `giường bệnh`, `cán bộ y tế`
_LABEL_LINE_WORDS = 6  # a label line over a field's figures (`- Thủy sản`) is short
_LABEL_WORDS = 12  # a line's opening label (`Kết quả năm 2025:`) stands within its first words
# the label naming what a figure after it measures may be long (`- Tỷ lệ trẻ em dưới 1 tuổi
# được tiêm chủng đầy đủ: 97%`)
_MEASURE_LABEL_WORDS = 30
_CLOSINGS = (".", ";", ":", ",")  # a line ending so is a sentence or an item, not a title
_REVIEW_REACH = 3  # the paragraphs after one reviewing a past year that go on with its review
_OPENER_REACH = 3  # the comma closing a result opener, after its year at most (`năm 2025,`)
_PAST_OPENING_WORDS = 8  # a past year or term opening a paragraph: `Nhiệm kỳ 2020 - 2025,`
_VALUE_AFTER_LABEL = 3  # a label's value stands right after its colon (`: không quá 109 ...`)
# the number of a list's item opening its line, in any of the ways the genre prints it: `(13)`,
# `13.`, `13)`; what stands round the number is the list's shape
# what stands before a figure opening its list item: a bullet, a number's brackets and stop
_ITEM_OPENERS = frozenset({"(", ")", "*", ".", *BULLETS})
_ITEM_NUMBER = re.compile(r"^[#*\s]*(?P<open>\(?)(?P<number>\d{1,3})(?P<close>[.)])(?=\s)")


@dataclass
class _Found:
    line: BodyLine
    token: int
    value: int | float
    unit: TargetUnit
    comparator: Comparator
    year: int | None
    frequency: Frequency | None
    clause: tuple[int, int]
    indicator: str | None
    domain: Domain


def _years(
    line: BodyLine, start: int, end: int, plan: int | None = None
) -> list[tuple[int, int, bool]]:
    """(token, year, due) for each `năm YYYY` in tokens [start, end); due when `đến/vào/trong
    năm` (DUE) name a year not before the plan's first year `plan`: by or
    during a year gone by (`Đến năm 2025, ...`, `Trong năm 2025, ...` in a plan from 2026) is
    a past year a review counts or a baseline states, as `Năm 2025, ...` is.
    A reference year is left out: the baseline's of a change (`từ 45% năm 2025 lên ...`) and
    the one a change is measured against (`so với năm 2025`)."""
    found = []
    due = {h.last_token for h in line.parse.of("DUE")}  # but not before a year gone by

    def gone(year: int) -> bool:
        return plan is not None and year < plan

    # `so với năm 2025`, `so với cuối năm 2025`: a year within a few words after `so với`
    compared = {
        h.last_token + gap for h in line.parse.of("COMPARED") for gap in range(_COMPARED_REACH)
    }
    baselines = _baseline_segments(line)
    for hit in line.parse.dates:
        if hit.label == "YEAR" and start <= hit.first_token and hit.last_token <= end:
            if hit.first_token in compared or any(a <= hit.first_token < b for a, b in baselines):
                continue
            year = int(line.parse.words[hit.last_token - 1])
            is_due = hit.first_token in due and not gone(year)
            found.append((hit.first_token, year, is_due))
    # a due year without `năm` (`đến 2030 đạt 90%`): a bare year right after a DUE word
    words = line.parse.words
    for token in sorted(due):
        if start <= token < end and _YEAR.fullmatch(words[token]) and not _in_date(line, token):
            year = int(words[token])
            found.append((token, year, not gone(year)))
    return sorted(found)


def _baseline_segments(line: BodyLine) -> list[tuple[int, int]]:
    """The tokens [from, to) of each change stated from a baseline figure to a target (`từ 45%
    năm 2025 lên 60%`): from the CHANGE_FROM words to the CHANGE_TO words, when a figure stands
    right after each and the second follows in the same clause (not the `lên` of `từ 70% trở
    lên`), also with a comparator before the baseline (`từ trên 20% hiện nay xuống dưới 10%`)."""
    words = line.parse.words
    segments = []
    compared = {h.first_token: h.last_token for h in line.parse.of("COMPARATOR_BEFORE")}
    for start in line.parse.of("CHANGE_FROM"):
        figure = compared.get(start.last_token, start.last_token)
        if figure >= len(words) or not words[figure][0].isdigit():
            continue
        end = line.clause_bounds(figure)[1]
        changes = [
            h.first_token
            for h in line.hits_in("CHANGE_TO", figure + 1, end)
            if h.last_token < len(words) and words[h.last_token][0].isdigit()
        ]
        to = min(changes, default=None)
        if to is not None:
            segments.append((start.first_token, to))
    return segments


def _in_baseline(line: BodyLine, token: int) -> bool:
    """The figure is the baseline of a change (`từ 4,5% xuống còn 2%`: 4,5)."""
    return any(start < token < end for start, end in _baseline_segments(line))


def _in_date(line: BodyLine, token: int) -> bool:
    """The token is part of a date, also the year of `năm 2030` (`đến năm 2030 toàn tỉnh ...`
    counts no `toàn`)."""
    return any(h.first_token <= token < h.last_token for h in line.parse.dates)


def _unit_after(line: BodyLine, token: int) -> tuple[TargetUnit, int] | None:
    """The unit after the figure at `token` and the token after it: a unit phrase, else a
    measured noun (a count)."""
    candidates = line.hits_from("TARGET_UNIT").get(token + 1, ())
    hit = max(candidates, key=lambda h: h.end - h.start, default=None)
    if hit is not None:
        return cast(TargetUnit, hit.id), hit.last_token
    measure = _measure_after(line, token)
    if measure is not None:  # `1.700 ha`, also glued: `400.000ha`, `15.000m2`
        return "count", measure.last_token
    score = score_at(line.parse, token + 1)
    if score is not None:  # `90 điểm trở lên`
        return "count", score
    multiplier = _multiplier(line, token)
    if multiplier is not None:  # `8 triệu lượt`: what follows the multiplier, counted or money
        scaled = _unit_after(line, multiplier.last_token - 1)
        return scaled if scaled is not None and scaled[0] in ("count", "vnd") else None
    if _measured_noun(line, token + 1):
        return "count", token + 2
    return None


def _measure_after(line: BodyLine, token: int) -> Hit | None:
    """The unit of measure right after the figure at `token`, spaced or glued to it."""
    return next((h for h in line.parse.of("MEASURE") if h.first_token == token + 1), None)


def _in_measure(line: BodyLine, token: int) -> bool:
    """The figure is a digit of a unit of measure (the `2` of `15.000m2`), no figure."""
    return any(h.first_token < token < h.last_token for h in line.parse.of("MEASURE"))


def _multiplier(line: BodyLine, token: int) -> Hit | None:
    """`triệu` right after the figure at `token` (`8 triệu lượt`): its factor is the `id`."""
    return next((h for h in line.parse.of("MULTIPLIER") if h.first_token == token + 1), None)


def _scaled(value: int | float, multiplier: Hit | None) -> int | float:
    """The figure times its multiplier (`1,5 triệu` → 1500000), a whole number kept whole."""
    if multiplier is None:
        return value
    product = round(value * int(multiplier.id), 6)
    return int(product) if product == int(product) else product


def _measured_noun(line: BodyLine, token: int) -> bool:
    """A word standing after the figure and a space (`1.700 ha`; not the `G` of `5G`), not one
    of the words that measure nothing (time, age, money, ranks, function words, the `đến` of a
    range)."""
    words = line.parse.words
    if (
        token >= len(words)
        or not words[token].isalpha()
        or not line.parse.doc[token - 1].whitespace_
    ):
        return False
    return not measures_nothing(line.parse, token)


def _range_end(line: BodyLine, token: int, numbers: list[int]) -> int | None:
    """The upper figure of a range opened by the figure at `token` (`60 - 70%`, `từ 60 đến
    70%`, also with the unit on both figures: `60% - 70%`, `từ 60% đến 70%`): the range is
    one target, its lower bound."""
    for hit in line.parse.of("RANGE"):
        if hit.first_token == token + 1 and hit.last_token in numbers:
            return hit.last_token
    quantity = _unit_after(line, token)
    if quantity is None:
        return None
    for hit in line.parse.of("RANGE"):
        if hit.first_token == quantity[1] and hit.last_token in numbers:
            upper = _unit_after(line, hit.last_token)
            if upper is not None and upper[0] == quantity[0]:
                return hit.last_token
    return None


def _per_period(line: BodyLine, after: int) -> Hit | None:
    """`/năm` right after the unit: the quantity is a rate per period."""
    return next((h for h in line.parse.of("PER_PERIOD") if h.first_token == after), None)


def _per_population(line: BodyLine, after: int) -> bool:
    """The rest of a count's noun (at most `_NOUN_TAIL` words) and then the population it is
    counted over (`33 giường bệnh trên 10.000 dân`): a rate a plan sets, as a share is."""
    words = line.parse.words
    return any(
        after <= h.first_token <= after + _NOUN_TAIL
        and all(word.isalpha() for word in words[after : h.first_token])
        for h in line.parse.of("PER_POPULATION")
    )


def _comparator(line: BodyLine, token: int, after: int, clause: tuple[int, int]) -> Comparator:
    """The phrase next to the figure, else `<=` when its clause speaks of a decrease (or the
    line's opening label opens with one, when the figure is that label's value: `- Giảm số vị
    thành niên có thai ngoài ý muốn: 15% so với năm 2025`), else `>=`."""
    rules = lexicon.COMPARATORS.load()
    following = [h for h in line.parse.of("COMPARATOR_AFTER") if h.first_token == after]
    if following:
        return cast(Comparator, following[0].id)
    preceding = [
        h
        for h in line.parse.of("COMPARATOR_BEFORE")
        if h.last_token == token and h.first_token >= clause[0]
    ]
    if preceding:
        return cast(Comparator, min(preceding, key=lambda h: h.first_token).id)
    decreases = line.hits_in("DECREASE", clause[0], token)
    if not decreases and _after_label(line, clause[0]):
        decreases = [h for h in line.hits_in("DECREASE", 0, clause[0]) if _opens_line(line, h)]
    if decreases and not line.hits_in("INCREASE", decreases[-1].last_token, token):
        return rules.default_decrease
    return rules.default


def _opens_line(line: BodyLine, hit: Hit) -> bool:
    """The phrase is the line's first word, after its list mark or item number only (`- Giảm
    ...`, `(3) Giảm ...`): a label opened by a decrease names a figure to bring down, where one
    naming a decrease further on may name a programme (`Tỷ lệ xã đạt mục tiêu giảm nghèo`)."""
    return not any(w[0].isalpha() for w in line.parse.words[: hit.first_token])


def _vetoed(
    line: BodyLine,
    token: int,
    after: int,
    clause: tuple[int, int],
    start: int | None,
    carried: bool,
) -> bool:
    window = max(clause[0], token - _VETO_WINDOW)
    if line.hits_in("NOT_TARGET_BEFORE", window, token) or _present_state(line, clause, token):
        return True
    if any(h.last_token == token for h in line.parse.of("AGE_BEFORE")):
        return True  # `độ tuổi 15`, `độ tuổi từ 15`: an age
    if line.hits_in("VOTE", clause[0], clause[1]):
        return True  # the share of a vote adopting a text (`với 92% đại biểu tán thành`)
    if (
        _in_baseline(line, token)
        or _funding_share(line, token)
        or _reviewed(line, token, clause, start, carried)
    ):
        return True
    if any(h.first_token == after for h in line.parse.of("NOT_TARGET_AFTER")):
        return True
    if _exceeded_after(line, after) or _measured_after(line, token, after, clause, start):
        return True
    if _numbered(line, token):
        return True
    if _in_label(line, token):
        return True
    if _present_share(line, window, token) and not _planned_share(line, token, clause, start):
        return True
    if _in_breakdown(line, token) or _quoted(line, token):
        return True
    # A past result: `năm 2024 đạt 70%`, a year before the plan's first year, not `đến năm`.
    return any(
        not due and start is not None and year < start
        for _, year, due in _years(line, clause[0], token, start)
    )


def _exceeded_after(line: BodyLine, after: int) -> bool:
    """An EXCEEDED_AFTER phrase right after the figure's unit, or after a comma or an opening
    bracket closing what it measures within a few words (`tỷ lệ hộ nghèo giảm 2,1%, vượt chỉ
    tiêu nghị quyết`, `trồng được 150 ha rừng, vượt kế hoạch`, `đạt 98% (vượt so với kế hoạch
    năm)`): the figure is a result that beat its target, not one to reach."""
    words = line.parse.words
    for hit in line.parse.of("EXCEEDED_AFTER"):
        between = words[after : hit.first_token]
        if hit.first_token == after or (
            0 < len(between) <= _EXCEEDED_REACH
            and between[-1] in _EXCEEDED_JOINERS
            and not any(any(c.isdigit() for c in word) for word in between)
        ):
            return True
    return False


def _measured_after(
    line: BodyLine, token: int, after: int, clause: tuple[int, int], start: int | None
) -> bool:
    """A measure only a review states, right after the figure's unit (`tăng 12% so với cùng
    kỳ`) or measuring the figure after a comma or an opening bracket: a change over the same
    period of the year before (SAME_PERIOD: `đạt 12.500 tấn, tăng 3,2% so với cùng kỳ`) or a
    share of the plan or the estimate achieved (NOT_TARGET_AFTER after a `%`: `đạt 97%, bằng
    101% kế hoạch`, `đạt 12.500 tấn, vượt 5% kế hoạch năm`, `đạt 102% so với dự toán`): a
    review's result, unless a STRIVE cue or a due year in the figure's clause commits to it
    (`Phấn đấu ... đạt 13.000 tấn, tăng 4% so với cùng kỳ`)."""
    words = line.parse.words
    shares = (
        h
        for h in line.parse.of("NOT_TARGET_AFTER")
        if h.first_token and words[h.first_token - 1] == "%"
    )
    measures = sorted((*line.parse.of("SAME_PERIOD"), *shares), key=lambda h: h.first_token)
    for hit in measures:
        if hit.first_token == after:
            return True
        between = words[after : hit.first_token]
        joiner = next((i for i, w in enumerate(between) if w in _EXCEEDED_JOINERS), None)
        if (
            joiner is not None
            and joiner < _EXCEEDED_REACH
            and len(between) - joiner <= _CHANGE_REACH
            and any(w[0].isdigit() for w in between[joiner:])
            and not any(w[0].isdigit() or w in _CLAUSE_ENDS for w in between[:joiner])
            and not any(w in _CLAUSE_ENDS for w in between[joiner:])
        ):
            return not _strives(line, clause[0], token) and not any(
                due for _, _, due in _years(line, clause[0], token, start)
            )
    return False


def _present_state(line: BodyLine, clause: tuple[int, int], token: int) -> bool:
    """A BASELINE phrase before the figure in its clause (`hiện nay có 180 trạm`), not one that
    names the baseline of a change (`từ trên 20% hiện nay xuống dưới 10%`: 10 is the target)."""
    return any(
        not _in_baseline(line, h.first_token) for h in line.hits_in("BASELINE", clause[0], token)
    )


def _reviewed(
    line: BodyLine, token: int, clause: tuple[int, int], start: int | None, carried: bool
) -> bool:
    """The figure is a result a review states: after a label naming results, a RESULT_OPENER
    or in a paragraph reviewing a past year, or going on with the review the line before opened
    (`carried`, `_review_goes_on`)."""
    return (
        _result_label(line, token, start)
        or _after_result_opener(line, token, clause, start)
        or _in_review_paragraph(line, token, start, carried)
    )


def _present_share(line: BodyLine, window: int, token: int) -> bool:
    """A share stated before the figure (`chiếm 32,2%`): the present state, unless a comparator
    commits to it (`chiếm tối thiểu 20%`) or it is a share of the economic structure the line
    sets out before it (`Cơ cấu kinh tế năm 2030: dịch vụ chiếm 55%`)."""
    if not line.hits_in("SHARE", window, token) or _committed(line, token):
        return False
    return not line.hits_in("STRUCTURE", 0, token)


def _planned_share(line: BodyLine, token: int, clause: tuple[int, int], start: int | None) -> bool:
    """A share the plan sets (`Phấn đấu kinh tế số chiếm 20% GRDP`, `Đến năm 2030, nông nghiệp
    chiếm 12%`, `chiếm 5% vào năm 2030`): a STRIVE cue before it in its clause or in the line's
    label (`Mục tiêu: ...`), or a due year in its clause not before the plan's first year. A
    present state names neither."""
    if line.hits_in("STRIVE", clause[0], token) or _striving(line, clause, token):
        return True
    return any(due and (start is None or year >= start) for _, year, due in _years(line, *clause))


def _numbered(line: BodyLine, token: int) -> bool:
    """A NUMBERED_BY word right before the figure (`Điều 2`, `Phụ lục 01`): a number, no
    figure; not one ending a name that numbers nothing (`nông thôn mới kiểu mẫu 2,5%`)."""
    names = {h.last_token for h in line.parse.of("NOT_NUMBERED")}
    return token not in names and any(h.last_token == token for h in line.parse.of("NUMBERED_BY"))


def _funding_share(line: BodyLine, token: int) -> bool:
    """A share of the funding (`ngân sách tỉnh 70%, ngân sách xã 30%`): a source of funds
    (funding.yaml) right before the figure, or before it with only a colon, a bracket or a
    share word between."""
    skipped = {
        h.first_token for h in (*line.parse.of("SHARE"), *line.parse.of("COMPARATOR_BEFORE"))
    }
    for hit in line.parse.of("FUNDING_SOURCE"):
        between = range(hit.last_token, token)
        if hit.last_token <= token and all(
            not line.parse.words[t].isalnum() or t in skipped for t in between
        ):
            return True
    return False


def _result_label(line: BodyLine, token: int, start: int | None) -> bool:
    """The figure follows a line's opening label that names results (`Kết quả năm 2025: ...`,
    `Ước thực hiện năm 2025: ...`): a BASELINE or NOT_TARGET_BEFORE phrase or a past year that
    is not due, before the line's first colon, within its first words."""
    words = line.parse.words
    colon = next((i for i, w in enumerate(words[:_LABEL_WORDS]) if w == ":"), None)
    if colon is None or token < colon:
        return False
    if line.hits_in("BASELINE", 0, colon) or line.hits_in("NOT_TARGET_BEFORE", 0, colon):
        return True
    return any(
        not due and start is not None and year < start
        for _, year, due in _years(line, 0, colon, start)
    )


def _after_result_opener(
    line: BodyLine, token: int, clause: tuple[int, int], start: int | None
) -> bool:
    """The figure follows, in its sentence, a RESULT_OPENER closed by its comma within a few
    words (`Sau 5 năm, ...`, `Tính đến hết năm 2025, A; B; C`): a result, in the later clauses
    too, unless its clause sets its own due year or a STRIVE cue (`...; đến năm 2030 đạt ...`),
    or the opener counts to a year of the plan (`Tính đến hết năm 2030,` in a 2026 plan)."""
    words = line.parse.words
    begin = max((i + 1 for i, w in enumerate(words[:token]) if w in SENTENCE_STOPS), default=0)
    for opener in line.hits_in("RESULT_OPENER", begin, token):
        reach = words[opener.last_token : opener.last_token + _OPENER_REACH]
        if "," not in reach:
            continue
        comma = opener.last_token + reach.index(",")
        if start is not None and any(year >= start for _, year, _ in _years(line, 0, comma)):
            return False
        own_year = any(due for _, _, due in _years(line, max(clause[0], comma), token, start))
        return comma < token and not own_year and not line.hits_in("STRIVE", clause[0], token)
    return False


def _past_years(line: BodyLine, begin: int, end: int, start: int) -> bool:
    """A year before the plan's first year in tokens [begin, end) that is not due: of `năm
    2024` or of a date (`Tính đến 31/12/2018`); or the span of years that ends where the plan
    begins (the term before: `Nhiệm kỳ 2020 - 2025, ...` before a term of 2025 - 2030)."""
    if _past_year_named(line, begin, end, start):
        return True
    words = line.parse.words
    return any(
        h.label != "YEAR"
        and begin <= h.first_token
        and h.last_token <= end
        and _YEAR.fullmatch(words[h.last_token - 1]) is not None
        and int(words[h.last_token - 1]) < start
        for h in line.parse.dates
    )


def _past_year_named(line: BodyLine, begin: int, end: int, start: int) -> bool:
    """`_past_years` without the dates: a past year (`năm 2024`) or the span before the plan's."""
    if any(not due and year < start for _, year, due in _years(line, begin, end, start)):
        return True
    spans = (m for m in year_mentions(line.span_text(begin, end)) if m.kind == "range")
    return any(m.first < start and m.last <= start for m in spans)


def _opens_review(line: BodyLine, start: int | None) -> bool:
    """The line opens with a RESULT_OPENER closed by its comma (`Nhiệm kỳ qua, ...`, `Trong
    nhiệm kỳ qua, ...`) that counts to no year of the plan."""
    return _opener_comma(line, start) is not None


def _opener_comma(line: BodyLine, start: int | None) -> int | None:
    """The comma closing the RESULT_OPENER the line opens with, when it counts to no year of
    the plan."""
    words = line.parse.words
    for opener in line.parse.of("RESULT_OPENER"):
        reach = words[opener.last_token : opener.last_token + _OPENER_REACH]
        if opener.first_token >= _OPENER_REACH or "," not in reach:
            continue
        comma = opener.last_token + reach.index(",")
        if start is None or not any(year >= start for _, year, _ in _years(line, 0, comma)):
            return comma
        return None
    return None


def _review_opening(line: BodyLine, start: int | None) -> int | None:
    """The comma closing the review the line opens with: a RESULT_OPENER's (`_opener_comma`),
    or the first comma of the line when a past year or term or the months of the year gone by
    (REVIEW_PERIOD) stand before it, within its first words (`Nhiệm kỳ 2020 - 2025, ...`, `Năm
    2025, ...` in a plan from 2026, `6 tháng đầu năm 2025, ...` in one of 2025; not a date:
    `Ngày 20/12/2025, UBND tỉnh ban hành ...` tells when, it reviews nothing)."""
    comma = _opener_comma(line, start)
    if comma is not None:
        return comma
    words = line.parse.words
    first = next((i for i, w in enumerate(words[:_PAST_OPENING_WORDS]) if w == ","), None)
    if first is None or any(w in SENTENCE_STOPS for w in words[:first]):
        return None
    past = start is not None and _past_year_named(line, 0, first, start)
    reviews = past or line.hits_in("REVIEW_PERIOD", 0, first)
    return first if reviews else None


def _review_goes_on(context: Context, line: BodyLine, list_heads: dict[int, BodyLine]) -> bool:
    """The line goes on with a review a line above it opened: in any section, an item of a list
    a label naming results opens (`_under_result_label`); outside the objectives, the line
    right after one opening a review (`_opens_review`): a congress's news breaks the review of
    the term just ended into paragraphs (`Nhiệm kỳ qua, công tác xây dựng Đảng ... .` then `Kinh
    tế tăng trưởng khá; ... tăng bình quân hàng năm 8,6%.`); or a prose paragraph within a few
    after one whose first sentence reviews a past year (`Năm 2025, tình hình ... .` then `Tổng
    giá trị sản xuất ước đạt ...; 100% thôn đạt chuẩn văn hóa`), none of them numbered or
    naming a year of the plan. `list_heads`: the head of each list's items (`_list_heads`)."""
    index = context.position[line.number]
    before = context.lines[max(0, index - _REVIEW_REACH) : index]  # the lines a review carries over
    start = context.plan_years[0]
    if _under_result_label(list_heads.get(line.number), start):
        return True
    if line.kind == "objectives":
        return False
    if before and _opens_review(before[-1], start):
        return True
    if start is None or not _goes_on_prose(line, line, start):
        return False
    for previous in reversed(before[-_REVIEW_REACH:]):
        if not _goes_on_prose(previous, line, start):
            return False
        words = previous.parse.words
        first = next((i for i, w in enumerate(words) if w in SENTENCE_STOPS), len(words))
        if _past_years(previous, 0, first, start):
            return True
    return False


def _under_result_label(head: BodyLine | None, start: int | None) -> bool:
    """The line is a bulleted item of a list whose `head`, the line above its items, is only a
    label naming results (`Kết quả năm 2025:`, `Năm 2025, xã đạt được các kết quả sau:`, `Ước
    thực hiện năm 2025:` on a line of its own, then `- Tỷ lệ hộ nghèo còn 2,5%;`): the label
    states results in every clause of its own line (corpus/ANNOTATION.md), and what its colon
    opens are the items below it. A head that names the plan's indicators (a STRIVE cue: `Các
    chỉ tiêu đã được Hội đồng nhân dân xã thông qua:`) reviews nothing unless it names a past
    year."""
    return head is not None and (_result_head(head, start) or _review_lead_in(head, start))


def _list_heads(context: Context) -> dict[int, BodyLine]:
    """The head of each bulleted line's list, by line number: the nearest line above it in its
    section with another bullet or none (none when its section starts first). One pass over the
    lines gives every item its list's head: walking back from each item would cost a list of n
    items n² steps (tests/reliability/test_linear_time.py)."""
    heads: dict[int, BodyLine] = {}
    previous: BodyLine | None = None
    for line in context.lines:
        bullet = _bullet(line)
        if bullet is not None and previous is not None and previous.section == line.section:
            if _bullet(previous) != bullet:
                heads[line.number] = previous
            elif previous.number in heads:
                heads[line.number] = heads[previous.number]
        previous = line
    return heads


def _result_head(line: BodyLine, start: int | None) -> bool:
    """The line is only a label naming results, ending at its only colon: a past year before
    it, in a lead-in hard-wrapped or not (`Kết quả năm 2025:`, `Năm 2025, xã đạt được các kết
    quả quan trọng trên các lĩnh vực như sau:`), or a BASELINE phrase in a label's few words
    (`Kết quả đạt được:`; not a lead-in naming an allocation, `Ưu tiên bố trí không gian biển
    cho các hoạt động sau:`). Not one naming a year of the plan or striving (`Phát huy kết quả
    năm 2025, xã phấn đấu:`); a phrase naming the plan's indicators (STRIVE and PLAN_CONTENT:
    `chỉ tiêu`) needs the past year (`Kết quả thực hiện các chỉ tiêu năm 2025:`, not `Các chỉ
    tiêu đã được thông qua:`)."""
    words = line.unmarked_words
    if not words or words[-1] != ":" or ":" in words[:-1]:
        return False
    colon = len(line.parse.words) - line.parse.words[::-1].index(":") - 1
    indicators = {h.first_token for h in line.hits_in("PLAN_CONTENT", 0, colon)}
    cues = line.hits_in("STRIVE", 0, colon)
    if any(h.first_token not in indicators for h in cues):
        return False
    if start is not None and any(year >= start for _, year, _ in _years(line, 0, colon)):
        return False
    if start is not None and _past_year_named(line, 0, colon, start):
        return True
    return len(words) <= _LABEL_WORDS + 1 and bool(line.hits_in("BASELINE", 0, colon)) and not cues


def _review_lead_in(line: BodyLine, start: int | None) -> bool:
    """The line is a sentence reviewing a past year that leads a list in, closed by its full
    stop: opened by the review (`_review_opening`: `Năm 2025, công tác bình đẳng giới của xã
    đạt nhiều kết quả.` then `- Tỷ lệ nữ tham gia cấp ủy đạt 25%;`), the list goes on with its
    review as a paragraph's next sentences do (corpus/ANNOTATION.md). Not one naming a year of
    the plan, striving or naming the plan's indicators (a STRIVE cue: `Năm 2025, xã đạt 90%.
    Phấn đấu năm 2026:`, `Trên cơ sở kết quả năm 2025, các chỉ tiêu chủ yếu được xác định.`).
    Only in a section of a plan: on a page with none (a session's news), the list after its
    review paragraph is read as any line (tests/extract/test_targets.py)."""
    words = line.unmarked_words
    if (
        start is None
        or line.kind is None
        or not words
        or words[-1] != "."
        or _review_opening(line, start) is None
    ):
        return False
    end = len(line.parse.words)
    plan_year = any(year >= start for _, year, _ in _years(line, 0, end))
    return not plan_year and not line.hits_in("STRIVE", 0, end)


def _goes_on_prose(line: BodyLine, reviewed: BodyLine, start: int) -> bool:
    """The line may carry a review to `reviewed`: an unnumbered paragraph of its section, outside
    the objectives, naming no year of the plan (`Năm 2026, phấn đấu ...` turns to the plan)."""
    words = line.parse.words
    return (
        line.section == reviewed.section
        and line.kind != "objectives"
        and line.marker() is None
        and not any(year >= start for _, year, _ in _years(line, 0, len(words)))
    )


def _in_review_paragraph(line: BodyLine, token: int, start: int | None, carried: bool) -> bool:
    """Outside the objectives, the figure is in a later sentence of a paragraph whose first
    sentence reviews a past year (`Tính đến 31/12/2018, ... . Tỷ lệ che phủ rừng đạt 41,65%.`,
    `Năm 2024 ngành đã ghi nhận ... . Tỷ lệ ... ở mức 42%`) or the months of the year gone by
    (`6 tháng đầu năm 2025 đạt nhiều kết quả ... . Tốc độ giải ngân ... đạt 46,66%`), or
    anywhere after the comma of a past year, a past term, those months or a RESULT_OPENER
    opening the paragraph (`Nhiệm kỳ 2020 - 2025, ...; tỷ lệ hộ nghèo giảm xuống còn 6,2%`,
    `Nhiệm kỳ vừa qua, ... . Tỷ lệ ... đạt 97%`): the paragraph goes on reviewing, unless the
    figure's sentence sets its own year of the plan or a STRIVE cue. A line that goes on with
    the review of the line before (`carried`) is such a paragraph from its start, also in the
    objectives (an item under a label naming results, `_under_result_label`). On a page
    whose plan's year is unknown (a news page naming none), those months and the openers
    review alone (`Trong 6 tháng đầu năm, ... . Diện tích gieo trồng đạt 70,2% kế hoạch, tăng
    2,5%`), and a due year (`đến năm 2030`) is the sentence's own."""
    if line.kind == "objectives" and not carried:
        return False
    words = line.parse.words
    stops = [i for i, w in enumerate(words[:token]) if w in SENTENCE_STOPS]
    begin = stops[-1] + 1 if stops else 0
    if not carried and not (stops and _reviews(line, stops[0], start)):
        opened = _review_opening(line, start)
        if opened is None or opened >= token:
            return False
        begin = max(begin, opened + 1)
    end = next((i for i in range(token, len(words)) if words[i] in SENTENCE_STOPS), len(words))
    years = _years(line, begin, end)
    own_year = any(due if start is None else year >= start for _, year, due in years)
    return not own_year and not _strives(line, begin, end)


def _reviews(line: BodyLine, end: int, start: int | None) -> bool:
    """Tokens [0, end) review a past year or term (`_past_years`) or the months of the year gone
    by (REVIEW_PERIOD: `6 tháng đầu năm 2025`, also in the plan's own year: a mid-year review)."""
    past = start is not None and _past_years(line, 0, end, start)
    return past or bool(line.hits_in("REVIEW_PERIOD", 0, end))


def _strives(line: BodyLine, begin: int, end: int) -> bool:
    """A STRIVE cue in tokens [begin, end) that is no measure of an achievement: not the target
    a result is compared with (`đạt 681,8% so với chỉ tiêu giao`, a NOT_TARGET_AFTER phrase) nor
    the one a share right before it measures (`đạt 100,3% chỉ tiêu nghị quyết giao`)."""
    words = line.parse.words
    compared = [h for h in line.parse.of("NOT_TARGET_AFTER") if h.first_token < h.last_token]
    return any(
        not (hit.first_token and words[hit.first_token - 1] == "%")
        and not any(h.first_token < hit.first_token < h.last_token for h in compared)
        for hit in line.hits_in("STRIVE", begin, end)
    )


def _frequency(line: BodyLine, clause: tuple[int, int], token: int, after: int) -> Frequency | None:
    """The frequency stated before the figure in its clause, else after its unit or after a
    comparator standing there (`từ 5% trở lên mỗi năm`), else in the line's opening label when
    the figure is that label's value and its clause names no year (`- Tỷ lệ hộ dân dùng nước
    sạch hằng năm: từ 85% trở lên`: the label names what recurs)."""
    ends = {after} | {
        h.last_token for h in line.parse.of("COMPARATOR_AFTER") if h.first_token == after
    }
    frequencies = line.frequencies
    before = [
        h
        for h in frequencies
        if clause[0] <= h.first_token and h.last_token <= token and _names(line, h, token)
    ]
    hits = before + [h for h in frequencies if h.first_token in ends]
    if not hits and _after_label(line, clause[0]) and not _years(line, *clause):
        hits = [h for h in frequencies if h.last_token <= clause[0] - 1]
    return cast(Frequency, hits[0].id) if hits else None


def _names(line: BodyLine, frequency: Hit, token: int) -> bool:
    """Whether the frequency before the figure at `token` names it: one opening a part of the
    clause names each figure after it (`Hằng năm, 100% ..., 90% ...`); one inside a comma part
    that states its own figure names that part's figures only, not a later part's (`Tỷ lệ hộ
    nghèo giảm hằng năm 1,5%, tỷ lệ lao động qua đào tạo đạt 70%`: the 70% does not recur)."""
    if line.opens_clause(frequency.first_token):
        return True
    words = line.parse.words
    comma = next((i for i in range(frequency.last_token, token) if words[i] == ","), None)
    if comma is None:
        return True
    opening = max(
        (i + 1 for i in range(frequency.first_token) if words[i] in (",", ";", ":")), default=0
    )
    return not any(
        words[i][0].isdigit() and not _in_date(line, i)
        for i in (*range(opening, frequency.first_token), *range(frequency.last_token, comma))
    )


def _average_rate(line: BodyLine, clause: tuple[int, int], token: int) -> Frequency | None:
    """The rate is an average over the period, a rate per year though its unit names no year
    (`tốc độ tăng trưởng bình quân giai đoạn 2026 - 2030 đạt 7%`): the frequency of an
    AVERAGE_RATE phrase before the figure in its clause, with no other rate between them (it
    names the rate right after it, not the later ones of its clause); the line's opening label
    too, when the figure is that label's value (`(6) Tỷ lệ hộ nghèo giảm bình quân/năm: trên
    10%`: the label names what is averaged)."""
    start = 0 if _after_label(line, clause[0]) else clause[0]
    hits = line.hits_in("AVERAGE_RATE", start, token)
    if not hits:
        return _averaged_growth(line, start, token)
    between = range(hits[-1].last_token, token)
    rates = (h for h in line.parse.of("TARGET_UNIT") if h.id in _RATES)
    return None if any(h.first_token in between for h in rates) else cast(Frequency, hits[-1].id)


def _averaged_growth(line: BodyLine, start: int, token: int) -> Frequency | None:
    """The average word stands after what grows, right before the figure (only a comparator
    between), in a clause measuring a growth rate: `Tốc độ tăng năng suất lao động bình quân
    khoảng 8%` is a rate per year as `tăng bình quân 8%` is; not `thu nhập bình quân đầu
    người` (no figure after the word), nor an average level with no growth rate before it
    (`tỷ lệ lấp đầy bình quân đạt 70%`)."""
    averaged = line.hits_in("AVERAGED", start, token)
    if not averaged or not line.hits_in("GROWTH_RATE", start, averaged[-1].first_token):
        return None
    comparators = line.parse.of("COMPARATOR_BEFORE")
    between = range(averaged[-1].last_token, token)
    if all(any(h.first_token <= i < h.last_token for h in comparators) for i in between):
        return "yearly"
    return None


def _stated_year(heading: str) -> int | None:
    """The year a heading sets for the targets under it: the year they are due (`Mục tiêu đến
    hết năm 2026`), else the end of its period, else the one year it names (`MỤC TIÊU NĂM
    2026`, `Chỉ tiêu năm 2027`)."""
    year = due_year(heading)
    if year is not None:
        return year
    years = [m.last for m in year_mentions(heading) if m.kind == "year"]
    # a heading, not an item whose text the tree took for its title (`a) ... giảm 1,5% so với
    # cuối năm 2025`): short, no figure but its year
    if len(years) != 1 or len(heading.split()) > _HEADING_WORDS:
        return None
    return years[0] if len(_DIGIT.findall(heading)) == len(str(years[0])) else None


def _trails(line: BodyLine, figure: int, year: int) -> bool:
    """The year at token `year` comes right after the figure at `figure` and its unit, maybe
    after a DUE word (`85% vào năm 2027 và 95% vào năm 2030`): it is that figure's year."""
    quantity = _unit_after(line, figure) if figure >= 0 else None
    if quantity is None:
        return False
    after = quantity[1]
    return year == after or (
        year == after + 1
        and any(h.first_token == after and h.last_token == year for h in line.parse.of("DUE"))
    )


def _heading_year(context: Context, line: BodyLine) -> int | None:
    for section in reversed(context.ancestors(line.number)):
        year = _stated_year(section.title)
        if year is not None:
            return year
    # without a section tree: the nearest heading-like line above, within the same top section
    for previous in reversed(context.before(line)):
        if previous.kind != line.kind:
            break
        if previous.marker() and previous.marker().group("num"):  # type: ignore[union-attr]
            year = due_year(previous.text)  # an item line may name a past year: only a due one
            if year is not None:
                return year
    return None


def _closes_previous(line: BodyLine, previous: int, year: int, token: int) -> bool:
    """The year at `year` ends the comma-part of the figure at `previous`, and a comma parts it
    from the figure at `token` (`5-6% ... vào năm 2025, phấn đấu đạt 8% vào năm 2030`: 2025 is
    the 5's, not the 8's)."""
    words = line.parse.words
    return "," not in words[previous:year] and "," in words[year:token]


def _year(
    context: Context,
    line: BodyLine,
    figure: tuple[int, int],
    clause: tuple[int, int],
    neighbours: list[int],
) -> int | None:
    """The year of the figure at tokens [first, last] (`5 - 6%`: the bounds of a range)."""
    token, end = figure
    previous = max((n for n in neighbours if n < token), default=clause[0] - 1)
    following = min((n for n in neighbours if n > end), default=clause[1])
    years = _years(line, clause[0], clause[1])
    before = [
        y
        for t, y, _ in years
        if previous < t < token
        and not _trails(line, previous, t)
        and not (previous >= clause[0] and _closes_previous(line, previous, t, token))
    ]
    if before:
        return before[-1]
    after = [y for t, y, _ in years if end < t < following]
    if after:
        return after[0]
    earlier = [y for t, y, _ in years if t < token]
    if earlier:
        return earlier[-1]
    return (
        _leading_year(line, clause[0], neighbours, context.plan_years[0])
        or _heading_year(context, line)
        or context.plan_years[1]
    )


def _leading_year(line: BodyLine, before: int, figures: list[int], start: int | None) -> int | None:
    """The year a due year leading an earlier clause of the line sets for the clauses after it
    that state none (`Phấn đấu đến năm 2030, 65% ...; 100% ...`), as does a year of the plan
    opening the line (`Năm 2026, phường phấn đấu ...: A đạt 95%; B ...`; a past year opens a
    review): the last one before token `before` with no figure between its clause's start and
    it (not `60% vào năm 2025; ...`)."""
    found = None
    for token, year, due in _years(line, 0, before, start):
        opening = token == 0 and (start is None or year >= start)
        begin = line.clause_bounds(token)[0]
        if (due or opening) and not any(begin <= figure < token for figure in figures):
            found = year
    return found


def _domain(context: Context, line: BodyLine, clause: tuple[int, int]) -> Domain:
    # the sub-heading on the line itself (`- Về Y tế: ...`) or above it in the same section
    if line.parse.doc[clause[0] - 1].text == ":" if clause[0] else False:
        head = heading_field(line, clause[0])
        if head is not None:
            return head
    for previous in reversed([*context.before(line), line]):
        if previous.kind != line.kind:
            break
        if previous is not line and ":" in previous.text[:40] and _states_figure(previous):
            if _bullet(previous) == _bullet(line):
                continue  # a sibling item (`- Tỷ lệ ...: 45%`) heads nothing
            break  # an item of another level, no heading
        is_heading = (
            previous is not line
            and (
                previous.text.rstrip("*").rstrip().endswith(":")
                or bool(previous.marker() and previous.marker().group("num"))  # type: ignore[union-attr]
                or ":" in previous.text[:40]
            )
        )
        if previous is line:
            colon = line.text.find(":")
            if 0 < colon < clause[0] * 10 and colon < 40:
                is_heading = True
        elif _label_line(previous):
            is_heading = True  # `- Thủy sản` over the figures of that field
        if is_heading:
            limit = len(previous.parse.doc)
            colon_tokens = [t.i for t in previous.parse.doc if t.text == ":"]
            if colon_tokens:
                limit = colon_tokens[0]
            head = heading_field(previous, limit)
            if head is None and previous is not line:
                head = heading_field(previous)  # `- Mục tiêu 2: ... chăm sóc sức khỏe.`
            if head is not None:
                return head
            if previous is not line and previous.marker():
                break
    field = _heading_field(context, line)
    if field is not None:
        return field
    measured = word_field(line, *clause)  # else what is measured
    if measured is None and _after_label(line, clause[0]):
        measured = word_field(line, 0, clause[0])  # `Tỷ số giới tính khi sinh: 111 ...`
    return measured or "other"


def _bullet(line: BodyLine) -> str | None:
    """The bullet opening the line (`-`, `+`), the mark of its level in a list."""
    marker = line.marker()
    return marker.group("bullet") if marker else None


def _states_figure(line: BodyLine) -> bool:
    """A figure other than a year follows the line's first colon: the line is an item of its
    own (`- Tỷ lệ lao động nữ có việc làm: 45%`), not a sub-heading over the lines below it
    (`- Về y tế: đến năm 2030, phấn đấu`)."""
    return bool(_DIGIT.search(_YEAR.sub("", line.text.partition(":")[2])))


def _after_label(line: BodyLine, start: int) -> bool:
    """The clause starting at token `start` follows the line's opening label (the words before
    its first colon, within its first words): the label names what the figure measures."""
    words = line.parse.words
    return (
        0 < start <= _MEASURE_LABEL_WORDS
        and words[start - 1] == ":"
        and ":" not in words[: start - 1]
    )


def _label_colon(line: BodyLine) -> int | None:
    """The token of the colon closing a label whose value is a figure right after it (`- Tỷ lệ
    phụ nữ mang thai được khám thai ít nhất 4 lần: 90%`), the line's first colon."""
    words = line.parse.words
    colon = next((i for i, w in enumerate(words[:_MEASURE_LABEL_WORDS]) if w == ":"), None)
    if colon is None:
        return None
    value = words[colon + 1 : colon + 1 + _VALUE_AFTER_LABEL]
    return colon if any(w[0].isdigit() for w in value) else None


def _in_label(line: BodyLine, token: int) -> bool:
    """The figure is a word of the label that names what the figure after the colon measures
    (the `4 lần` of `khám thai ít nhất 4 lần: 90%`), not a target of its own."""
    colon = _label_colon(line)
    return colon is not None and token < colon


def word_field(line: BodyLine, start: int, end: int) -> Domain | None:
    """The field of what tokens [start, end) measure: their first field word, the longest
    where two overlap (`hồ sơ sức khỏe`, not `hồ sơ`); a word of no field (`hộ gia đình`)
    only hides the words inside it."""
    words = sorted(outermost(line.hits_in("DOMAIN_WORD", start, end)), key=lambda h: h.first_token)
    fields = [hit for hit in words if hit.id != "other"]
    return cast(Domain, fields[0].id) if fields else None


def heading_field(line: BodyLine, end: int | None = None) -> Domain | None:
    """The field a sub-heading names in its first `end` tokens (`Về Y tế`, `- Thủy sản`);
    none when it joins fields (`kinh tế số và xã hội số`)."""
    end = len(line.parse.words) if end is None else end
    if line.hits_in("DOMAIN_MIXED", 0, end):
        return None
    heads = sorted(outermost(line.hits_in("DOMAIN_HEADING", 0, end)), key=lambda h: h.first_token)
    return cast(Domain, heads[0].id) if heads else None


def _label_line(line: BodyLine) -> bool:
    """A short line without a figure or a sentence's end: a label over the lines below it."""
    text = line.text.strip(LIST_MARKS)
    return (
        0 < len(line.parse.words) <= _LABEL_LINE_WORDS
        and not _DIGIT.search(text)
        and not text.endswith((".", ";", ","))
    )


def _heading_field(context: Context, line: BodyLine) -> Domain | None:
    """The field a sub-heading the line is under names (`1. Phát triển kinh tế số đến năm
    2030`), the nearest first; a top-level heading names the plan's part, not a field."""
    for section in reversed(context.ancestors(line.number)):
        heading = context.by_number.get(section.lines[0])
        if section.level < 2 or heading is None or heading is line:
            continue
        field = heading_field(heading)
        if field is not None:
            return field
    return None


def _indicator(line: BodyLine, clause: tuple[int, int], token: int, unit_end: int) -> str | None:
    heads = line.hits_in("INDICATOR_HEAD", clause[0], token)
    if heads:
        start = heads[0].first_token
        stops = [
            h.first_token
            for h in line.parse.of("COMPARATOR_BEFORE")
            if start < h.first_token < token
        ]
        years = [t for t, _, _ in _years(line, start, token)]
        end = min([token, *stops, *[t - 1 for t in years if t - 1 > start]])
        text = line.span_text(start, end)
    elif _measure_label(line, clause, token):
        # the value of a label (`- Tỷ số giới tính khi sinh: dưới 109 ...`) measures the label
        text = line.span_text(0, clause[0] - 1).strip(LIST_MARKS)
    else:
        text = line.span_text(unit_end, clause[1])
    text = squash(text).strip(" ,;.:-")
    return text or None


def _measure_label(line: BodyLine, clause: tuple[int, int], token: int) -> bool:
    """The figure is the value of the line's opening label, and the label names an indicator
    (`- Tỷ số giới tính khi sinh: ...`), not a field (`- Về Giáo dục: 95% trẻ em ...`, where
    the words after the figure say what it measures)."""
    return (
        token - clause[0] <= _VALUE_AFTER_LABEL
        and _after_label(line, clause[0])
        and bool(line.hits_in("INDICATOR_HEAD", 0, clause[0] - 1))
    )


def _clause_span(found: _Found) -> Span:
    """The clause that states the target, without its list marks."""
    return found.line.span(*found.clause, lead=LIST_MARKS)


class _Figure(NamedTuple):
    """A figure's value and its last token (a number in words may take several: `mười hai`)."""

    value: int | float
    last: int


def _figures(line: BodyLine) -> dict[int, _Figure]:
    """Each figure of the line by its first token: numerals outside dates, and numbers written
    in words that a comparator commits to (`ít nhất hai`, `ít nhất mười hai`)."""
    figures: dict[int, _Figure] = {}
    if _DIGIT.search(line.text):
        for token, word in enumerate(line.parse.words):
            value = parse_number(word) if word[0].isdigit() else None
            if value is not None and not _in_date(line, token):
                figures[token] = _Figure(value, token)
    for hit in line.parse.of("NUMBER_WORD"):
        spelled = _spelled_figure(line, hit.first_token)
        if spelled is not None and _committed(line, hit.first_token):  # not `hai bên`, `ba cấp`
            figures[hit.first_token] = spelled
    return figures


def _spelled_figure(line: BodyLine, first: int) -> _Figure | None:
    """The number in words that opens at `first`: the run of words spelling numbers from there,
    read whole (normalize/spelled_numbers.yaml) when it ends on a word that ends a count (a
    NUMBER_WORD or NUMBER_WORD_TAIL of target_units.yaml: not `mười năm`, ten years); None
    inside a run or when the run spells no number."""
    words = line.parse.words
    if first and spells_number(words[first - 1]):
        return None  # inside a run opened before it
    last = first
    while last + 1 < len(words) and spells_number(words[last + 1]):
        last += 1
    ends = {
        h.first_token for h in (*line.parse.of("NUMBER_WORD"), *line.parse.of("NUMBER_WORD_TAIL"))
    }
    value = spelled_value(" ".join(words[first : last + 1]))
    return _Figure(value, last) if value and last in ends else None


@dataclass
class _Unread:
    """What the bounds on targets left unread: the lines with more figures than a line's bound
    (line, figures past it), and where the document's bound on candidates stopped the reading
    (the first line not read to its end, the lines with figures from there on)."""

    figures: list[tuple[int, int]] = field(default_factory=list)
    stopped_at: int | None = None
    lines_after: int = 0

    def warnings(self) -> list[Warning]:
        said = [
            Warning(
                code=UNREAD_WARNINGS[0],
                message=f"line {line}: {count} figures past the first {MAX_FIGURES_PER_LINE} "
                "of a line were not read as targets",
                line=line,
            )
            for line, count in self.figures
        ]
        if self.stopped_at is not None:
            said.append(
                Warning(
                    code=UNREAD_WARNINGS[1],
                    message=f"targets past the first {MAX_CANDIDATES} of a plan were not read: "
                    f"the figures of {self.lines_after} lines from line {self.stopped_at} on",
                    line=self.stopped_at,
                )
            )
        return said


def _find_in_line(
    context: Context,
    line: BodyLine,
    unread: _Unread,
    results: list[tuple[int, float, str]],
    list_heads: dict[int, BodyLine],
) -> list[_Found]:
    """The targets of the line; the figures a review states are added to `results` (line,
    value, unit). `list_heads`: the head of each list's items (`_list_heads`)."""
    doc = line.parse.doc
    values = _figures(line)
    if not values:
        return _zero_targets(context, line, list_heads)
    numbers = sorted(values)
    if len(numbers) > MAX_FIGURES_PER_LINE:
        unread.figures.append((line.number, len(numbers) - MAX_FIGURES_PER_LINE))
        numbers = numbers[:MAX_FIGURES_PER_LINE]
    zeros = _zero_targets(context, line, list_heads)
    carried = _review_goes_on(context, line, list_heads)
    found: list[_Found] = []
    upper_bounds: set[int] = set()
    for token in numbers:
        if token in upper_bounds or _in_measure(line, token):
            continue
        upper = _range_end(line, values[token].last, numbers)
        last = values[upper if upper is not None else token].last
        quantity = _unit_after(line, last)
        if quantity is None:
            continue
        unit, after = quantity
        if upper is not None:
            upper_bounds.add(upper)
        if unit == "vnd":
            continue  # money is no target (an allocation, a price, an income)
        value = _scaled(values[token].value, _multiplier(line, last))
        if doc[token - 1].text == "/" if token else False:
            continue  # the denominator of a rate
        if any(h.first_token < token <= h.last_token for h in line.parse.of("PER_POPULATION")):
            continue  # the population a count is counted over (`trên 10.000 dân`)
        clause = line.clause_bounds(token)
        if _vetoed(line, token, after, clause, context.plan_years[0], carried):
            if _reviewed(line, token, clause, context.plan_years[0], carried):
                results.append((line.number, value, unit))
            continue
        per = _per_period(line, after)
        if per is not None:
            measured = any(h.last_token == after for h in line.parse.of("MEASURE"))
            if not per.id or (unit not in _RATES and not measured):
                continue  # the size of an activity (`02 lần/năm`), not an output (`300 tấn/năm`)
            after = per.last_token
        comparator = ">=" if upper is not None else _comparator(line, token, after, clause)
        explicit = any(h.last_token == token for h in line.parse.of("COMPARATOR_BEFORE")) or any(
            h.first_token == after for h in line.parse.of("COMPARATOR_AFTER")
        )
        frequency = cast(Frequency, per.id) if per else _frequency(line, clause, token, after)
        if frequency is None and unit in _RATES:
            frequency = _average_rate(line, clause, token)
        committed = (
            _committed(line, token)
            or _stated_after(line, after, bool(frequency))
            or _per_population(line, after)
        )
        noun = last + 1
        named = any(
            h.first_token == noun
            for h in (*line.parse.of("TARGET_UNIT"), *line.parse.of("MEASURE"))
        )
        if unit == "count" and not _count_target(line, token, committed, bool(frequency), named):
            continue
        if unit == "hours" and not explicit:
            continue
        cued = explicit or frequency or _cued(line, clause, token)
        if line.kind != "objectives" and not cued:
            continue
        if unit == "count" and any(
            _qualifies_earlier(line, f, token, clause) for f in (*found, *zeros) if f.line is line
        ):
            continue
        if unit == "count" and _qualifies_change(line, token, numbers):
            continue  # `giảm số xã đạt dưới 05 tiêu chí xuống dưới 150 xã`: the 150 is the target
        figure = (token, last)
        year = None if frequency else _year(context, line, figure, clause, numbers)
        found.append(
            _Found(
                line,
                token,
                value,
                unit,
                comparator,
                year,
                frequency,
                clause,
                _indicator(line, clause, token, after),
                _domain(context, line, clause),
            )
        )
    found.extend(zeros)
    return found


def _cued(line: BodyLine, clause: tuple[int, int], token: int) -> bool:
    """Outside the objectives, what makes the figure at `token` a target besides a comparator
    or a frequency: a cue in its clause (`Phấn đấu đến năm 2030, 100% ...`), the figure opening
    a list item, or a quantity listed `what: N things`."""
    return bool(
        line.hits_in("TARGET_CUE", clause[0], clause[1])
        or line.hits_in("STRIVE", clause[0], clause[1])
        or _striving(line, clause, token)
        or _opens_item(line, clause[0], token)
        or _listed(line, token)
        or _lists_indicators(line, token)
    )


def _lists_indicators(line: BodyLine, token: int) -> bool:
    """The figure follows, in its sentence, a `trong đó` (BREAKDOWN) after the plan's count of
    its own indicators (a figure, not a fraction, right before a phrase both PLAN_CONTENT and
    STRIVE, as `_counts_indicators` reads them: `thông qua 26 chỉ
    tiêu chủ yếu, trong đó: GRDP tăng 11%; kim ngạch xuất khẩu tăng 12%`): the list names
    those indicators, each figure one of them, as a list in the objectives does. Not a tally
    of results (`hoàn thành 15/17 chỉ tiêu, trong đó ...`: a fraction), whose review the
    vetoes read first."""
    words = line.parse.words
    stops = [i for i in range(token) if words[i] in {".", "!", "?"}]
    start = stops[-1] + 1 if stops else 0
    strive = {h.first_token for h in line.parse.of("STRIVE")}
    counts = [
        h
        for h in line.hits_in("PLAN_CONTENT", start, token)
        if h.first_token in strive
        and h.first_token > start
        and words[h.first_token - 1][0].isdigit()
        and "/" not in words[h.first_token - 1]
        and not (h.first_token > 1 and words[h.first_token - 2] == "/")
    ]
    return bool(counts) and any(
        counts[0].last_token <= h.first_token for h in line.hits_in("BREAKDOWN", start, token)
    )


def _opens_item(line: BodyLine, start: int, token: int) -> bool:
    """The figure opens its list item (`(1) 100% số người ...`, `- 100% xã ...`)."""
    between = line.parse.words[start:token]
    return all(w in _ITEM_OPENERS or w.isdigit() or len(w) == 1 for w in between)


def _in_breakdown(line: BodyLine, token: int) -> bool:
    """Inside a bracket of the line that opens with `trong đó`, or that follows a figure of its
    clause and names no measure of its own before the figure (no INDICATOR_HEAD): a breakdown
    or a restatement of the figure before it, no target (`xuống còn 06 - 08% năm 2015 (bình
    quân mỗi năm giảm 04 - 05%)`, `2.765 xã (ít nhất 31%)`, `1% - 1,5%/năm (riêng các huyện
    nghèo giảm 4%/năm; ...)`; but `107 bé trai/100 bé gái (tốc độ tăng tỷ số giới tính khi
    sinh không quá 0,4%)` measures a rate of its own)."""
    words = line.parse.words
    opened = max((i for i in range(token) if words[i] == "("), default=None)
    if opened is None or ")" in words[opened:token]:
        return False
    if any(h.first_token == opened + 1 for h in line.parse.of("BREAKDOWN")):
        return True
    if line.hits_in("INDICATOR_HEAD", opened + 1, token):
        return False
    start = line.clause_bounds(opened)[0]
    return any(words[i][0].isdigit() and not _in_date(line, i) for i in range(start, opened))


def _qualifies_change(line: BodyLine, token: int, numbers: list[int]) -> bool:
    """The count at `token` qualifies what a change brings to the next figure: a CHANGE_TO
    phrase stands right before that figure, and no comma parts the count from it (a count
    that qualifies another target is none)."""
    following = min((n for n in numbers if n > token), default=None)
    if following is None or "," in line.parse.words[token:following]:
        return False
    return any(h.last_token == following for h in line.hits_in("CHANGE_TO", token, following))


def _qualifies_earlier(
    line: BodyLine, earlier: _Found, token: int, clause: tuple[int, int]
) -> bool:
    """The count at `token` qualifies an earlier share or zero of its clause (`100% các khu có
    tối thiểu 1 trạm`, `không còn xã dưới 15 tiêu chí`), is a score rating what an earlier
    figure of its clause counts (`20 hồ sơ đạt 90 điểm`), or breaks down an earlier figure after
    `trong đó`: in its clause (`50 doanh nghiệp, trong đó có 20 ...`) or on in its sentence,
    past a label's colon (`đón 4.200.000 lượt khách, trong đó khách quốc tế ..., khách nội địa:
    3.700.000 lượt khách`), or in the next sentence when `trong đó` opens it (`... đạt 707.000
    tấn. Trong đó: lúa 612.000 tấn ...`), but not once the breakdown's bracket has closed (`125
    trạm (trong đó: ...), nâng tổng số trạm 5G: 188 trạm`)."""
    if not earlier.token < token:
        return False
    breakdowns = line.hits_in("BREAKDOWN", earlier.token, token)
    if earlier.clause == clause and (
        earlier.unit != "count" or breakdowns or score_at(line.parse, token + 1) is not None
    ):
        return True
    words = line.parse.words
    stops = [i for i in range(earlier.token, token) if words[i] in SENTENCE_STOPS]
    if stops:
        return len(stops) == 1 and any(h.first_token == stops[0] + 1 for h in breakdowns)
    return any(")" not in words[h.first_token : token] for h in breakdowns)


def _quoted(line: BodyLine, token: int) -> bool:
    """Within quotation marks closed after it on the line: the figure is part of a name (a
    model's, a programme's, a movement's: `mô hình “Tổ dân phố kiểu mẫu - 100% bao phủ bảo hiểm
    y tế”`, `Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời”`), no figure to reach."""
    words = line.parse.words
    before, after = words[:token], words[token + 1 :]
    if before.count("“") > before.count("”") and "”" in after:
        return True
    return before.count('"') % 2 == 1 and '"' in after


def _committed(line: BodyLine, token: int) -> bool:
    """A comparator right before the figure that commits to it (`ít nhất 02`, `đạt trên
    46.200`; not the preposition of `trên 4 loại hình`, nor the estimate of `khoảng 1.000`)."""
    weak = lexicon.COMPARATORS.load().not_committing_words
    return any(
        h.last_token == token and fold(line.span_text(h.first_token, h.last_token)) not in weak
        for h in line.parse.of("COMPARATOR_BEFORE")
    )


def _over_large(line: BodyLine, token: int) -> bool:
    """`trên` before a figure counting thousands, written with a thousands dot (`trên 8.500
    tấn`) or a multiplier after it (`thu hút trên 5 triệu lượt khách`): a minimum, where
    `trên 3 kênh` is a preposition (places and channels are counted in units)."""
    large = _DOTTED_THOUSANDS.match(line.parse.words[token]) or _multiplier(line, token)
    words = lexicon.COMPARATORS.load().committing_to_large_words
    return bool(large) and any(
        h.last_token == token and fold(line.span_text(h.first_token, h.last_token)) in words
        for h in line.parse.of("COMPARATOR_BEFORE")
    )


def _stated_after(line: BodyLine, after: int, recurring: bool) -> bool:
    """A comparator right after the figure's unit; for a count that recurs, also after the rest
    of its noun (at most `_NOUN_TAIL` words: `Hàng năm kết nạp từ 25 đảng viên mới trở lên`,
    a yearly quota; not `Nếu có từ 02 địa phương trở lên ...`, a condition)."""
    reach = _NOUN_TAIL if recurring else 0
    return any(
        after <= h.first_token <= after + reach
        and SENTENCE_STOPS.isdisjoint(line.parse.words[after : h.first_token])
        for h in line.parse.of("COMPARATOR_AFTER")
    )


def _count_target(
    line: BodyLine, token: int, committed: bool, recurring: bool, named: bool
) -> bool:
    """A count is a target in the objectives or tasks when a comparator commits to it, or when
    a STRIVE cue leads it (`_striving`, what the objectives need not), or as a
    planned quantity listed `what: N things` (outside brackets) of a noun the count list names
    (`Đầu tư mới trạm 5G: 35 trạm`; not the size `Số lượng: 5.000 cuốn`); in the objectives also
    when it recurs (`Mỗi quý có 04 tin, bài`), not in the tasks, where a frequency paces the
    work (`chi trả hằng tháng ... giữa hai bên`). A large figure after `trên` (`_over_large`)
    is a minimum in the objectives, and in the tasks after a STRIVE cue only (`triển khai trên
    1.200 ha` in a task may be the ground an activity covers). A plan sent without sections (a
    công văn, a notice) says neither: its lines read as the tasks do (`Có ít nhất 38 đơn vị`)."""
    if line.in_brackets(token):
        return False  # a specification (`(dưới 2.500 gam)`) or a breakdown, committed or not
    if _counts_indicators(line, token):
        return False
    listed = named and _listed(line, token)
    if line.kind == "objectives":
        over_large = _over_large(line, token)
        return committed or recurring or listed or over_large or _planned_count(line, token)
    if line.kind not in ("tasks", None):
        return False
    striving = _striving(line, line.clause_bounds(token), token)
    planned = striving and (_planned_count(line, token) or _over_large(line, token))
    return committed or listed or planned


def _counts_indicators(line: BodyLine, token: int) -> bool:
    """The count numbers the plan's own indicators or objectives (a phrase both PLAN_CONTENT
    and STRIVE right after it: `phấn đấu đạt 17 chỉ tiêu`, `đề ra 5 mục tiêu`), committed or
    not: how many there are, no quantity to reach."""
    strive = {h.first_token for h in line.parse.of("STRIVE")}
    return any(
        h.first_token == token + 1 and h.first_token in strive
        for h in line.parse.of("PLAN_CONTENT")
    )


def _striving(line: BodyLine, clause: tuple[int, int], token: int) -> bool:
    """A STRIVE cue (`phấn đấu`, `chỉ tiêu`) opening the figure's clause or the line's label
    (`Chỉ tiêu: ...`); not one inside a name (`3 chương trình mục tiêu quốc gia`)."""
    words = line.parse.words
    for hit in line.hits_in("STRIVE", clause[0], token):
        if not any(word.isalnum() for word in words[clause[0] : hit.first_token]):
            return True
    colon = next((i for i, w in enumerate(words[:_LABEL_WORDS]) if w == ":"), None)
    return colon is not None and colon < token and bool(line.hits_in("STRIVE", 0, colon))


def _planned_count(line: BodyLine, token: int) -> bool:
    """A count the objectives state without a comparator (`Trồng mới 500 ha rừng`, `Thu hút
    500.000 lượt khách`): any measured noun, but not a count in brackets (a specification or a
    breakdown), a year or a code (`giai đoạn 2026 - 2030`, `Tổng đài 1022`), the plan's own
    parts (`03 nhóm giải pháp`), the places an activity reaches (`tại 40 xã, phường`), nor
    one after a word that does not commit to it (`khoảng 2.000 thuê bao`: an estimate; `trên 3
    kênh`: a preposition)."""
    word = line.parse.words[token]
    if _BARE_THOUSANDS.match(word) or line.in_brackets(token):
        return False
    if any(h.first_token == token + 1 for h in line.parse.of("PLAN_CONTENT")):
        return False  # the plan's own parts: `Thực hiện 3 đột phá chiến lược`
    before = (*line.parse.of("SCOPE"), *line.parse.of("COMPARATOR_BEFORE"))
    if any(h.last_token == token for h in before):  # committed counts are read apart
        return False
    clause = line.clause_bounds(token)
    if clause[1] - clause[0] <= 2:  # a figure and its noun alone state nothing (`100.000 trẻ`)
        return False
    return not line.hits_in("SHARE", *clause)  # the present state: `có 28 trạm (chiếm 32,2%)`


def _listed(line: BodyLine, token: int) -> bool:
    """A planned quantity listed `what: N things`, outside brackets."""
    listed = token > 0 and line.parse.words[token - 1] == ":"
    return listed and not line.in_brackets(token)


def _zero_targets(
    context: Context, line: BodyLine, list_heads: dict[int, BodyLine]
) -> list[_Found]:
    """`không còn tỷ suất sinh ở vị thành niên`, `không còn hộ nghèo`: a target of zero, in the
    objectives, elsewhere with a cue as a figure needs one (`Phấn đấu đến năm 2030 không còn hộ
    nghèo`, `(12) Không còn hộ nghèo`); never the present state (`đến nay đã không còn ...`)
    nor a result a review states (`Nhiệm kỳ qua, ...` then `Xã không còn hộ nghèo`)."""
    zeros = line.parse.of("ZERO")
    if not zeros:
        return []  # most lines: no `không còn`, no review above them is looked for
    found = []
    named = (*line.parse.of("INDICATOR_HEAD"), *line.parse.of("ZERO_HEAD"))
    carried = _review_goes_on(context, line, list_heads)
    for zero in zeros:
        heads = [h for h in named if h.first_token == zero.last_token]
        if not heads:
            continue
        clause = line.clause_bounds(zero.first_token)
        if line.hits_in("BASELINE", clause[0], zero.first_token) or _reviewed(
            line, zero.first_token, clause, context.plan_years[0], carried
        ):
            continue
        if line.kind != "objectives" and not _cued(line, clause, zero.first_token):
            continue
        frequency = _frequency(line, clause, zero.first_token, zero.last_token)
        year = None if frequency else _year(context, line, (zero.first_token,) * 2, clause, [])
        indicator = squash(line.span_text(heads[0].first_token, clause[1])).strip(" ,;.:-")
        found.append(
            _Found(
                line,
                zero.first_token,
                0,
                "other",
                "=",
                year,
                frequency,
                clause,
                indicator or None,
                _domain(context, line, clause),
            )
        )
    return found


def _syllables(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", (text or "").lower()) if len(w) > 1}


def _headline_figure(context: Context, candidates: list[_Found]) -> _Found | None:
    """The figure a news page (a text without a document's header) opens with, when its line is
    a title (no list marker, no closing punctuation): its headline or lead title, which the body
    restates in its own words (`Năm 2020, giảm 1-1,5% tỷ lệ hộ nghèo` over `... giữ mục tiêu
    giảm nghèo từ 1-1,5%`). A list item without its full stop is no title."""
    if context.structure.document.kind != "unknown" or not candidates:
        return None
    first = candidates[0]
    titled = first.line.marker() is None and not first.line.text.rstrip().endswith(_CLOSINGS)
    return first if titled else None


def _headline_result(headline: _Found | None, results: list[tuple[int, float, str]]) -> bool:
    """The headline restates a figure the body states as a result (`Tỷ lệ hộ nghèo giảm bình
    quân 6,7%/năm` over `Nhiệm kỳ 2020 - 2025, ... . Cụ thể, ... giảm bình quân 6,7%/năm`): a
    result too."""
    return headline is not None and any(
        line != headline.line.number and (value, unit) == (headline.value, headline.unit)
        for line, value, unit in results
    )


def _restates_headline(
    headline: _Found | None, entry: tuple[_Found, list[Occurrence]], b: _Found
) -> bool:
    """A later figure of the headline's value, unit, comparator, year and frequency restates it
    (the body names the thing in other words than the headline's few), one figure of a line at
    most: the line's other like figure names another thing (`Tối thiểu 80% trẻ em ... . Tối
    thiểu 80% phụ nữ mang thai ...` under a headline of the first)."""
    a, restated = entry
    return (
        a is headline
        and a.line is not b.line
        and all(occurrence.line != b.line.number for occurrence in restated)
        and (a.value, a.unit, a.comparator, a.year, a.frequency)
        == (b.value, b.unit, b.comparator, b.year, b.frequency)
    )


def _numbered_lists(context: Context) -> dict[int, tuple[int, int]]:
    """The body's numbered list items: line number → (the list it belongs to, its number). An
    item goes on the list of its section and shape (`(13)`, `13.`, `13)`) whose last item is
    the number before its own; any other number opens a list of its own (a list numbered anew
    under the next heading is another list)."""
    items: dict[int, tuple[int, int]] = {}
    last: dict[tuple[str | None, str, str], tuple[int, int]] = {}
    for line in context.lines:
        match = _ITEM_NUMBER.match(line.text)
        if match is None:
            continue
        number = int(match["number"])
        key = (line.section.id if line.section else None, match["open"], match["close"])
        run = last.get(key)
        list_id = run[0] if run is not None and run[1] + 1 == number else line.number
        last[key] = (list_id, number)
        items[line.number] = (list_id, number)
    return items


def _same_target(context: Context, a: _Found, b: _Found, lists: dict[int, tuple[int, int]]) -> bool:
    """A restatement: same figure about the same thing, in another top-level section; within
    one top-level section, in another subsection, the later naming all of the earlier's words
    or the earlier all of the later's, and with the same comparator (the objectives list like
    figures of like things: `Tỷ lệ người dân ... đạt 80%` twice are two targets); never two
    figures of one line, also in a document without sections (`hoàn thành cấp trung học cơ sở
    đạt 95%, ... lên trung học phổ thông đạt 95%`), nor of two items of one numbered list
    (`lists`, by `_numbered_lists`), also in a document without sections: the list's items are
    its distinct targets (`(13) Tỷ lệ thôn văn hóa: 100%` and `(14) Tỷ lệ thôn, trường học đạt
    chuẩn an toàn: 100%`), a restatement says a figure again elsewhere."""
    if (a.value, a.unit, a.year, a.frequency) != (b.value, b.unit, b.year, b.frequency):
        return False
    if a.line is b.line:
        return False  # a line lists like figures of like things, it does not restate them
    item_a, item_b = lists.get(a.line.number), lists.get(b.line.number)
    if item_a is not None and item_b is not None and item_a[0] == item_b[0]:
        return False  # two items of one numbered list are two targets, however alike
    left, right = _syllables(a.indicator), _syllables(b.indicator)
    if not left or not right:
        return False
    shared = len(left & right)
    tops = [context.ancestors(x.line.number)[:1] for x in (a, b)]
    if tops[0] != tops[1] or not tops[0]:
        return shared / min(len(left), len(right)) >= _SAME_TARGET_OVERLAP
    return (
        a.line.section != b.line.section
        and a.comparator == b.comparator
        and shared == min(len(left), len(right)) >= _RESTATED_WORDS
    )


def _table_restates(found: _Found, figure: TableFigure) -> bool:
    """A planned value of a table that the body's sentences state already (`đạt 18.000 tấn` of
    Xoài, and the table's 2030 row for Xoài): same figure, the row's name all in the clause."""
    same = (found.value, found.unit, found.year, found.frequency) == (
        figure.value,
        figure.unit,
        figure.year,
        None,
    )
    if not same:  # most pairs: the row's words are not read (every row meets every target)
        return False
    named = _syllables(figure.indicator)
    return bool(named) and named <= _syllables(found.line.span_text(*found.clause))


def find_targets(context: Context) -> tuple[list[Target], list[Warning]]:
    """The targets of the body (not of the funding section, nor of a section reviewing what was
    done: its figures are results, at whatever level it stands) and of the tables;
    warnings for what the bounds on targets left unread."""
    unread = _Unread()
    results: list[tuple[int, float, str]] = []
    candidates = _candidates(context, unread, results)
    kept: list[tuple[_Found, list[Occurrence]]] = []
    headline = _headline_figure(context, candidates)
    lists = _numbered_lists(context)
    if _headline_result(headline, results):
        candidates, headline = candidates[1:], None
    for found in candidates:
        twin = next(
            (
                entry
                for entry in kept
                if _restates_headline(headline, entry, found)
                or _same_target(context, entry[0], found, lists)
            ),
            None,
        )
        if twin is not None:
            if found.line.number != twin[0].line.number:
                twin[1].append(Occurrence(line=found.line.number, span=_clause_span(found)))
            continue
        kept.append((found, []))
    rows: list[TableFigure] = []
    for figure in table_figures(context):
        body = next((entry for entry in kept if _table_restates(entry[0], figure)), None)
        if body is None:
            rows.append(figure)
        else:
            body[1].append(Occurrence(line=figure.line, span=figure.span))
    targets = [_body_target(found, restated) for found, restated in kept]
    targets += [_table_target(figure) for figure in rows]
    numbered = [target.model_copy(update={"id": f"t{i}"}) for i, target in enumerate(targets, 1)]
    return numbered, unread.warnings()


def _candidates(
    context: Context, unread: _Unread, results: list[tuple[int, float, str]]
) -> list[_Found]:
    """The body's figures that state targets, the first `MAX_CANDIDATES` of them; where the
    bound stops the reading is kept in `unread`, the figures stated as results in `results`."""
    lines = [
        line
        for line in context.lines
        if line.kind != "funding" and context.structure.kind_at(line.number) != "results"
    ]
    candidates: list[_Found] = []
    list_heads = _list_heads(context)
    for index, line in enumerate(lines):
        candidates += _find_in_line(context, line, unread, results, list_heads)
        if len(candidates) >= MAX_CANDIDATES:
            cut = len(candidates) > MAX_CANDIDATES  # this line is not read to its end
            rest = [later.number for later in lines[index + 1 :] if _DIGIT.search(later.text)]
            if cut or rest:
                unread.stopped_at = line.number if cut else rest[0]
                unread.lines_after = cut + len(rest)
            return candidates[:MAX_CANDIDATES]
    return candidates


def _body_target(found: _Found, restated: list[Occurrence]) -> Target:
    span = _clause_span(found)
    return Target(
        id="",
        section=found.line.section.id if found.line.section else None,
        line=found.line.number,
        span=span,
        text=found.line.span_words(span),
        indicator=found.indicator,
        domain=found.domain,
        value=found.value,
        unit=found.unit,
        comparator=found.comparator,
        year=found.year,
        frequency=found.frequency,
        also_at=sorted({again.line for again in restated}),
        restatements=restated,
    )


def _table_target(figure: TableFigure) -> Target:
    return Target(
        id="",
        section=None,
        line=figure.line,
        span=figure.span,
        text=figure.text,
        indicator=figure.indicator,
        domain=figure.domain,
        value=figure.value,
        unit=figure.unit,
        comparator=figure.comparator,
        year=figure.year,
    )
