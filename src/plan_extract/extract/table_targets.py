"""Targets from the indicator tables (chỉ tiêu | đơn vị tính | kế hoạch năm ...), in the body or
an appendix: one per row and planned year, in the unit printed (corpus/ANNOTATION.md, tables).

The structure stage gives each table's columns typed by their header words; this module reads the
rows of a table that has an indicator column and planned columns. Result and money columns give
nothing; a row whose unit measures nothing (money, time) gives nothing either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from plan_extract.core.contract import Comparator, Domain, Span, TargetUnit
from plan_extract.core.text import squash
from plan_extract.extract.context import Context
from plan_extract.extract.nlp import LineParse, parse_lines
from plan_extract.extract.numbers import parse_number
from plan_extract.structure.model import Cell, Column, Row, Table

# the unit a planned column's header or an indicator prints in brackets (`Lượng (Tấn)`)
_BRACKETED = re.compile(r"\(([^()]+)\)\s*$")
# a planned value with a sign before it (`≥ 95`, `>90`) or a per cent sign after it (`95%`)
_SIGNED = re.compile(r"^(?P<sign>[≥≤><]=?|=)?\s*(?P<figure>\d[\d.,]*)\s*%?$")
_SIGNS: dict[str, Comparator] = {
    "≥": ">=",
    ">=": ">=",
    "≤": "<=",
    "<=": "<=",
    ">": ">",
    "<": "<",
    "=": "=",
}


@dataclass(frozen=True)
class TableFigure:
    """A planned value of an indicator table: the cell that prints it, the row's indicator (its
    group's name first: `Cà Phê - Diện tích`), and what it measures."""

    line: int
    span: Span
    text: str
    indicator: str
    value: int | float
    unit: TargetUnit
    year: int | None
    domain: Domain
    comparator: Comparator = ">="


def measures_nothing(parse: LineParse, token: int) -> bool:
    """The word at `token` is no measured noun: time, age, money, ranks, function words, the
    `đến` of a range, a multiplier (`triệu`), or a word ending a number in words (`mươi`)."""
    hits = [
        *parse.of("NOT_MEASURED"),
        *parse.of("RANGE"),
        *parse.of("MULTIPLIER"),
        *parse.of("NUMBER_WORD_TAIL"),
        *parse.of("SCORE"),
    ]
    return any(h.first_token == token for h in hits)


def score_at(parse: LineParse, token: int) -> int | None:
    """The token after a score word at `token` that ends its noun phrase (`90 điểm trở lên`, a
    unit column's `Điểm`; not the places of `05 điểm du lịch`), or None."""
    hit = next((h for h in parse.of("SCORE") if h.first_token == token), None)
    if hit is None:
        return None
    after = hit.last_token
    words = parse.words
    if after < len(words) and words[after].isalpha() and not measures_nothing(parse, after):
        return None
    return after


def _measure_unit(text: str) -> TargetUnit | None:
    """The target unit a table prints (`%`, `Ha`, `Tấn`, `Con`), None for money and time."""
    parse = next(parse_lines([text]))
    if not parse.words:
        return None
    units = [h for h in parse.of("TARGET_UNIT") if h.first_token == 0]
    if units:
        unit = cast(TargetUnit, max(units, key=lambda h: h.last_token).id)
        return None if unit == "vnd" else unit
    if score_at(parse, 0) is not None or (
        parse.words[0].isalpha() and not measures_nothing(parse, 0)
    ):
        return "count"
    return None


def _value(cell: Cell) -> tuple[int | float, Comparator] | None:
    """A planned value and how it binds: a figure (`95`, `1.200`, `95%`), after a sign (`≥
    95`) or with a comparator's words around it (`Trên 80`, `Tối thiểu 90`, `95 trở lên`, `từ
    90 trở lên`, data/extract/comparators.yaml); `>=` when it says nothing, as a target's
    default."""
    text = cell.text.strip()
    signed = _SIGNED.match(text)
    if signed:
        value = parse_number(signed.group("figure"))
        sign = signed.group("sign")
        return None if value is None else (value, _SIGNS[sign] if sign else ">=")
    parse = next(parse_lines([text]))
    lower = _range_lower(parse)
    if lower is not None:
        return lower, ">="
    words = parse.words
    for hit in parse.of("COMPARATOR_BEFORE"):
        if hit.first_token == 0 and hit.last_token < len(words):
            value = parse_number(words[hit.last_token])
            rest = hit.last_token + 1
            if rest < len(words) and words[rest] == "%":
                rest += 1
            closing = [
                h
                for h in parse.of("COMPARATOR_AFTER")
                if h.first_token == rest and h.last_token == len(words)
            ]  # `từ 90 trở lên`: the phrase after the figure binds it, as in a sentence
            if value is not None and (rest == len(words) or closing):
                return value, cast(Comparator, (closing[0] if closing else hit).id)
    after = parse.of("COMPARATOR_AFTER")
    if len(words) > 1 and after and after[0].first_token in (1, 2):
        value = parse_number(words[0])
        unit_only = after[0].first_token == 1 or words[1] == "%"
        if value is not None and unit_only and after[0].last_token == len(words):
            return value, cast(Comparator, after[0].id)
    return None


def _range_lower(parse: LineParse) -> int | float | None:
    """The lower bound of a range a cell prints alone (`60 - 70`, `60% - 70%`, `từ 60 đến 70`):
    a range is one target, its lower bound with `>=` (corpus/ANNOTATION.md, targets), in a
    table as in a sentence."""
    words = parse.words
    opening = (h for h in parse.of("COMPARATOR_BEFORE") if h.first_token == 0 and h.id == ">=")
    start = next((h.last_token for h in opening), 0)
    for hit in parse.of("RANGE"):
        lower = [w for w in words[start : hit.first_token] if w != "%"]
        upper = [w for w in words[hit.last_token :] if w != "%"]
        if len(lower) == 1 and len(upper) == 1:
            low, high = parse_number(lower[0]), parse_number(upper[0])
            if low is not None and high is not None and low < high:
                return low
    return None


def _cell_span(context: Context, cell: Cell) -> tuple[Span, str]:
    """The cell's characters in its line (a Word row prints all its cells on one line)."""
    text = context.doc.lines[cell.line - 1].text
    at = text.find(cell.text)
    span = (at, at + len(cell.text)) if at >= 0 else (0, len(text))
    return span, squash(text[span[0] : span[1]])


def _domain(parse: LineParse) -> Domain:
    words = parse.of("DOMAIN_WORD")
    return cast(Domain, words[0].id) if words else "other"


def _row_unit(table: Table, row: Row, column: Column) -> TargetUnit | None:
    """The unit a row's values are in: its unit-of-measure cell, else the one the planned
    column's header prints in brackets (`Lượng (Tấn)`), else the one its indicator does
    (`Tỷ lệ hộ nghèo (%)`)."""
    measures = table.cells(row, "measure")
    if measures:
        return _measure_unit(measures[0][1].text)
    names = table.cells(row, "indicator")
    for text in (column.header, names[0][1].text if names else ""):
        bracketed = _BRACKETED.search(text)
        if bracketed:
            return _measure_unit(bracketed.group(1))
    return None


def _in_group(table: Table, row: Row) -> bool:
    """A row under the group a heading row names: it prints a bullet (`-`) or no item number of
    its own (a numbered row is the group's sibling)."""
    numbers = table.cells(row, "number")
    return not numbers or not any(c.isalnum() for c in numbers[0][1].text)


def _before_plan(context: Context, column: Column) -> bool:
    """A column for a year before the plan's first (`Năm 2025` in a plan for 2026 - 2030)
    prints the baseline the plan starts from, no value planned."""
    first = context.plan_years[0]
    return column.year is not None and first is not None and column.year < first


def _indicator_tables(context: Context) -> list[tuple[str, Table]]:
    return [
        (title, table)
        for title, table in context.structure.all_tables()
        if table.column("indicator") is not None
        and table.column("planned") is not None
        and context.structure.kind_at(table.lines[0]) != "results"  # a review's table
    ]


def _indicator_rows(context: Context) -> list[tuple[str, Table, Row, str]]:
    """The rows of the indicator tables that name an indicator, each with its table's title,
    its table and its indicator (under its group's name when a heading row groups it)."""
    rows = []
    for title, table in _indicator_tables(context):
        group = ""
        for row in table.rows:
            names = table.cells(row, "indicator")
            name = squash(names[0][1].text) if names else ""
            if row.heading:
                group = name
                continue
            indicator = f"{group} - {name}" if group and _in_group(table, row) else name
            if indicator:
                rows.append((title, table, row, indicator))
    return rows


def table_figures(context: Context) -> list[TableFigure]:
    """The planned values of the indicator tables' rows. The texts naming each row's domain
    (its table's title and its indicator) are parsed in one batch: one Doc and one pass of the
    matchers for the document's tables, not one per row."""
    rows = _indicator_rows(context)
    parses = parse_lines(f"{title} {indicator}" for title, _, _, indicator in rows)
    figures = []
    for (_, table, row, indicator), parse in zip(rows, parses, strict=True):
        domain = _domain(parse)
        for column, cell in table.cells(row, "planned"):
            value, unit = _value(cell), _row_unit(table, row, column)
            if value is None or unit is None or _before_plan(context, column):
                continue
            span, text = _cell_span(context, cell)
            year = column.year or context.plan_years[1]
            figure, comparator = value
            figures.append(
                TableFigure(
                    cell.line, span, text, indicator, figure, unit, year, domain, comparator
                )
            )
    return figures
