"""Quantitative targets (chỉ tiêu): a figure with its unit, comparator, year or frequency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import cast

from plan_extract.core.contract import (
    Comparator,
    Domain,
    Frequency,
    Occurrence,
    Span,
    Target,
    TargetUnit,
)
from plan_extract.core.text import squash
from plan_extract.extract import lexicon
from plan_extract.extract.context import LIST_MARKS, BodyLine, Context
from plan_extract.extract.nlp import Hit
from plan_extract.extract.numbers import parse_number
from plan_extract.structure.dates import due_year

_DIGIT = re.compile(r"\d")
_VETO_WINDOW = 6
_SAME_TARGET_OVERLAP = 0.6
# Bounds on the work a hostile text can ask for (a plan states tens of targets; the corpus's
# largest, 27): the figures of one line and the candidates of a document beyond these are not
# read, so that no line of repeated figures makes the per-figure and pairwise steps blow up.
MAX_FIGURES_PER_LINE = 100
MAX_CANDIDATES = 500


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


def _years(line: BodyLine, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(token, year, due) for each `năm YYYY` in tokens [start, end); due when `đến/vào năm`."""
    found = []
    due = {h.last_token for h in line.parse.of("DUE")}
    for hit in line.parse.dates:
        if hit.label == "YEAR" and start <= hit.first_token and hit.last_token <= end:
            year = int(line.parse.words[hit.last_token - 1])
            found.append((hit.first_token, year, hit.first_token in due))
    return found


def _in_date(line: BodyLine, token: int) -> bool:
    return any(h.first_token <= token < h.last_token for h in line.parse.dates if h.label != "YEAR")


def _unit_after(line: BodyLine, token: int) -> Hit | None:
    candidates = line.hits_from("TARGET_UNIT").get(token + 1, ())
    return max(candidates, key=lambda h: h.end - h.start, default=None)


def _comparator(line: BodyLine, token: int, after: int, clause: tuple[int, int]) -> Comparator:
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
    if line.hits_in("DECREASE", clause[0], token):
        return rules.default_decrease
    return rules.default


def _vetoed(
    line: BodyLine, token: int, after: int, clause: tuple[int, int], start: int | None
) -> bool:
    window = max(clause[0], token - _VETO_WINDOW)
    if line.hits_in("NOT_TARGET_BEFORE", window, token) or line.hits_in(
        "BASELINE", clause[0], token
    ):
        return True
    if any(h.first_token == after for h in line.parse.of("NOT_TARGET_AFTER")):
        return True
    # A past result: `năm 2024 đạt 70%`, a year before the plan's first year, not `đến năm`.
    return any(
        not due and start is not None and year < start
        for _, year, due in _years(line, clause[0], token)
    )


def _frequency(line: BodyLine, clause: tuple[int, int], token: int, after: int) -> Frequency | None:
    hits = line.hits_in("FREQUENCY", clause[0], token) + [
        h for h in line.parse.of("FREQUENCY") if h.first_token == after
    ]
    return cast(Frequency, hits[0].id) if hits else None


def _heading_year(context: Context, line: BodyLine) -> int | None:
    for section in reversed(context.ancestors(line.number)):
        year = due_year(section.title)
        if year is not None:
            return year
    # without a section tree: the nearest heading-like line above, within the same top section
    for previous in reversed(context.before(line)):
        if previous.kind != line.kind:
            break
        if previous.marker() and previous.marker().group("num"):  # type: ignore[union-attr]
            year = due_year(previous.text)
            if year is not None:
                return year
    return None


def _year(
    context: Context, line: BodyLine, token: int, clause: tuple[int, int], neighbours: list[int]
) -> int | None:
    previous = max((n for n in neighbours if n < token), default=clause[0] - 1)
    following = min((n for n in neighbours if n > token), default=clause[1])
    years = _years(line, clause[0], clause[1])
    before = [y for t, y, _ in years if previous < t < token]
    if before:
        return before[-1]
    after = [y for t, y, _ in years if token < t < following]
    if after:
        return after[0]
    earlier = [y for t, y, _ in years if t < token]
    if earlier:
        return earlier[-1]
    return _heading_year(context, line) or context.plan_years[1]


def _domain(context: Context, line: BodyLine, clause: tuple[int, int]) -> Domain:
    # the sub-heading on the line itself (`- Về Y tế: ...`) or above it in the same section
    if line.parse.doc[clause[0] - 1].text == ":" if clause[0] else False:
        heads = line.hits_in("DOMAIN_HEADING", 0, clause[0])
        if heads:
            return cast(Domain, heads[0].id)
    for previous in reversed([*context.before(line), line]):
        if previous.kind != line.kind:
            break
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
        if is_heading:
            limit = len(previous.parse.doc)
            colon_tokens = [t.i for t in previous.parse.doc if t.text == ":"]
            if colon_tokens:
                limit = colon_tokens[0]
            heads = previous.hits_in("DOMAIN_HEADING", 0, limit)
            if heads:
                return cast(Domain, heads[0].id)
            if previous is not line and previous.marker():
                break
    words = line.hits_in("DOMAIN_WORD", clause[0], clause[1])
    return cast(Domain, words[0].id) if words else "other"


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
    else:
        text = line.span_text(unit_end, clause[1])
    text = squash(text).strip(" ,;.:-")
    return text or None


def _indicator_start(line: BodyLine, unit: TargetUnit, token: int, after: int) -> int:
    """Where the measured thing starts after a leading figure: past `trở lên`; for a count, at
    its noun (`04 tin, bài về ...`)."""
    if unit == "count":
        return token + 1
    following = [h for h in line.parse.of("COMPARATOR_AFTER") if h.first_token == after]
    return following[0].last_token if following else after


def _clause_span(found: _Found) -> Span:
    """The clause that states the target, without its list marks."""
    return found.line.span(*found.clause, lead=LIST_MARKS)


def _find_in_line(context: Context, line: BodyLine) -> list[_Found]:
    doc = line.parse.doc
    if not line.parse.of("TARGET_UNIT") or (not line.parse.dates and not _DIGIT.search(line.text)):
        return _zero_targets(context, line)
    numbers = [
        i
        for i, word in enumerate(line.parse.words)
        if word[0].isdigit() and parse_number(word) is not None and not _in_date(line, i)
    ][:MAX_FIGURES_PER_LINE]
    found: list[_Found] = []
    for token in numbers:
        unit_hit = _unit_after(line, token)
        if unit_hit is None:
            continue
        unit = cast(TargetUnit, unit_hit.id)
        value = parse_number(doc[token].text)
        assert value is not None
        if doc[token - 1].text == "/" if token else False:
            continue  # the denominator of a rate
        clause = line.clause_bounds(token)
        after = unit_hit.last_token
        if _vetoed(line, token, after, clause, context.plan_years[0]):
            continue
        comparator = _comparator(line, token, after, clause)
        explicit = any(h.last_token == token for h in line.parse.of("COMPARATOR_BEFORE")) or any(
            h.first_token == after for h in line.parse.of("COMPARATOR_AFTER")
        )
        frequency = _frequency(line, clause, token, after)
        if unit == "count" and not _count_target(line, token, explicit or bool(frequency)):
            continue
        if unit == "hours" and not explicit:
            continue
        cued = (
            explicit
            or frequency
            or line.hits_in("TARGET_CUE", clause[0], clause[1])
            or _opens_item(line, clause[0], token)
            or _listed(line, token)
        )
        if line.kind != "objectives" and not cued:
            continue
        if unit == "count" and any(f.clause == clause and f.line is line for f in found):
            continue  # a count qualifying an earlier figure (`100% các khu có tối thiểu 1 trạm`)
        if unit == "vnd" and line.kind != "objectives":
            continue
        year = None if frequency else _year(context, line, token, clause, numbers)
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
    found.extend(_zero_targets(context, line))
    return found


def _opens_item(line: BodyLine, start: int, token: int) -> bool:
    """The figure opens its list item (`(1) 100% số người ...`, `- 100% xã ...`)."""
    between = line.parse.words[start:token]
    return all(
        w in {"(", ")", "-", "+", "•", "*", "."} or w.isdigit() or len(w) == 1 for w in between
    )


def _inside_brackets(line: BodyLine, token: int) -> bool:
    """Within `( ... )`, also one opened or closed on another line (a breakdown, not a target)."""
    before = line.parse.doc[:token].text
    after = line.parse.doc[token:].text
    return before.count("(") > before.count(")") or after.count(")") > after.count("(")


def _count_target(line: BodyLine, token: int, stated: bool) -> bool:
    """A count is a target in the objectives when a comparator or frequency says so, or as a
    planned quantity listed `what: N things` in the objectives or tasks, outside brackets."""
    if stated and line.kind == "objectives":
        return True
    return _listed(line, token) and line.kind in {"objectives", "tasks"}


def _listed(line: BodyLine, token: int) -> bool:
    """A planned quantity listed `what: N things`, outside brackets."""
    listed = token > 0 and line.parse.words[token - 1] == ":"
    return listed and not _inside_brackets(line, token)


def _zero_targets(context: Context, line: BodyLine) -> list[_Found]:
    """`không còn tỷ suất sinh ở vị thành niên`: a target of zero, in the objectives only."""
    if line.kind != "objectives":
        return []
    found = []
    for zero in line.parse.of("ZERO"):
        heads = [h for h in line.parse.of("INDICATOR_HEAD") if h.first_token == zero.last_token]
        if not heads:
            continue
        clause = line.clause_bounds(zero.first_token)
        frequency = _frequency(line, clause, zero.first_token, zero.last_token)
        year = None if frequency else _year(context, line, zero.first_token, clause, [])
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


def _same_target(context: Context, a: _Found, b: _Found) -> bool:
    """A restatement: same figure, in another top-level section, about the same thing."""
    if (a.value, a.unit, a.year, a.frequency) != (b.value, b.unit, b.year, b.frequency):
        return False
    tops = [context.ancestors(x.line.number)[:1] for x in (a, b)]
    if tops[0] == tops[1] and tops[0]:
        return False
    left, right = _syllables(a.indicator), _syllables(b.indicator)
    if not left or not right:
        return False
    return len(left & right) / min(len(left), len(right)) >= _SAME_TARGET_OVERLAP


def find_targets(context: Context) -> list[Target]:
    candidates = list(
        islice(
            (
                found
                for line in context.lines
                if line.kind != "funding"
                for found in _find_in_line(context, line)
            ),
            MAX_CANDIDATES,
        )
    )
    kept: list[tuple[_Found, list[_Found]]] = []
    for found in candidates:
        twin = next((entry for entry in kept if _same_target(context, entry[0], found)), None)
        if twin is not None:
            if found.line.number != twin[0].line.number:
                twin[1].append(found)
            continue
        kept.append((found, []))
    return [
        Target(
            id=f"t{index}",
            section=found.line.section.id if found.line.section else None,
            line=found.line.number,
            span=_clause_span(found),
            text=found.line.span_words(_clause_span(found)),
            indicator=found.indicator,
            domain=found.domain,
            value=found.value,
            unit=found.unit,
            comparator=found.comparator,
            year=found.year,
            frequency=found.frequency,
            also_at=sorted({again.line.number for again in restated}),
            restatements=[
                Occurrence(line=again.line.number, span=_clause_span(again)) for again in restated
            ],
        )
        for index, (found, restated) in enumerate(kept, start=1)
    ]
