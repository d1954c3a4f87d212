"""A plan's text with its extracted items marked, and the panel of those items.

Targets, tasks and deadlines carry the 1-based line of their source; a unit carries only the
names it is mentioned by, so its lines are those where one of its mentions occurs. Within a line
the item's own words are wrapped in <mark>; everything else is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from plan_extract.core.contract import Plan

# How a target's unit follows its value; a unit not listed is written out after a space.
UNIT_SIGNS = {"percent": "%", "count": ""}

# The kinds drawn in the text, in order of precedence when two spans overlap.
MARKED_KINDS = ("deadline", "target", "unit")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str
    item: str


@dataclass(frozen=True, slots=True)
class RenderedLine:
    number: int
    html: Markup


@dataclass(frozen=True, slots=True)
class PanelItem:
    id: str
    label: str
    line: int | None


@dataclass(frozen=True, slots=True)
class PanelGroup:
    kind: str
    label_key: str
    items: list[PanelItem]


def unit_lines(mentions: Iterable[str], lines: Sequence[tuple[int, str]]) -> list[int]:
    """The lines where any of a unit's mentions occurs (case-insensitive)."""
    needles = [mention.casefold() for mention in mentions if mention.strip()]
    return [number for number, text in lines if any(n in text.casefold() for n in needles)]


def panel(plan: Plan, lines: Sequence[tuple[int, str]]) -> list[PanelGroup]:
    """Every extracted item, grouped by kind, each with the line to scroll to."""
    units = []
    for unit in plan.units:
        found = unit_lines(unit.mentions or [unit.name], lines)
        units.append(PanelItem(unit.id, unit.name, found[0] if found else None))
    return [
        PanelGroup(
            "target",
            "kind_targets",
            [PanelItem(t.id, _target_label(plan, t.id), t.line) for t in plan.targets],
        ),
        PanelGroup("unit", "kind_units", units),
        PanelGroup(
            "deadline", "kind_deadlines", [PanelItem(d.id, d.text, d.line) for d in plan.deadlines]
        ),
        PanelGroup("task", "kind_tasks", [PanelItem(t.id, t.text, t.line) for t in plan.tasks]),
        PanelGroup(
            "funding",
            "kind_funding",
            [PanelItem(f"F{i}", f.text, f.line) for i, f in enumerate(plan.funding, start=1)],
        ),
    ]


def _target_label(plan: Plan, target_id: str) -> str:
    target = next(t for t in plan.targets if t.id == target_id)
    value = f"{target.comparator} {target.value:g}{unit_sign(target.unit)}"
    what = target.indicator or target.text
    year = f" ({target.year})" if target.year else ""
    return f"{what}: {value}{year}"


def unit_sign(unit: str) -> str:
    return UNIT_SIGNS.get(unit, f" {unit}")


def spans(plan: Plan, lines: Sequence[tuple[int, str]]) -> dict[int, list[Span]]:
    """The spans to mark in each line, overlapping ones included (`render_line` sorts them out)."""
    text_of = dict(lines)
    found: dict[int, list[Span]] = {}

    def add(number: int, needle: str, kind: str, item: str) -> None:
        text = text_of.get(number)
        if text is None:
            return
        start = text.casefold().find(needle.casefold()) if needle else -1
        if start < 0:  # the item's wording is not verbatim in the line: mark the whole line
            start, needle = 0, text
        found.setdefault(number, []).append(Span(start, start + len(needle), kind, item))

    for deadline in plan.deadlines:
        add(deadline.line, deadline.text, "deadline", deadline.id)
    for target in plan.targets:
        for number in (target.line, *target.also_at):
            add(number, target.text, "target", target.id)
    for unit in plan.units:
        for mention in unit.mentions or [unit.name]:
            for number in unit_lines([mention], lines):
                add(number, mention, "unit", unit.id)
    return found


def _non_overlapping(candidates: Iterable[Span]) -> list[Span]:
    """Spans kept first come first (in precedence, then position order), sorted by position."""
    ordered = sorted(candidates, key=lambda s: (MARKED_KINDS.index(s.kind), s.start, -s.end))
    kept: list[Span] = []
    for span in ordered:
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _marks(text: str, start: int, end: int, inner: Sequence[Span]) -> Markup:
    parts: list[str] = []
    cursor = start
    for span in inner:
        if span.start < start or span.end > end:
            continue
        parts.append(escape(text[cursor : span.start]))
        parts.append(
            Markup('<mark class="{}" data-item="{}">{}</mark>').format(
                span.kind, span.item, text[span.start : span.end]
            )
        )
        cursor = span.end
    parts.append(escape(text[cursor:end]))
    return Markup("").join(parts)


def render_line(text: str, line_spans: Sequence[Span]) -> Markup:
    """One line as safe HTML: target clauses marked, unit and deadline words marked inside or
    outside them (a word crossing a clause's edge is left unmarked)."""
    outer = _non_overlapping(s for s in line_spans if s.kind == "target")
    inner = [
        span
        for span in _non_overlapping(s for s in line_spans if s.kind != "target")
        if all(
            span.end <= o.start
            or span.start >= o.end
            or (o.start <= span.start and span.end <= o.end)
            for o in outer
        )
    ]
    parts: list[Markup] = []
    cursor = 0
    for clause in outer:
        parts.append(_marks(text, cursor, clause.start, inner))
        parts.append(
            Markup('<mark class="target" data-item="{}">{}</mark>').format(
                clause.item, _marks(text, clause.start, clause.end, inner)
            )
        )
        cursor = clause.end
    parts.append(_marks(text, cursor, len(text), inner))
    return Markup("").join(parts)


def render_lines(plan: Plan, lines: Sequence[tuple[int, str]]) -> list[RenderedLine]:
    """Each line as safe HTML with its items' words marked."""
    marked = spans(plan, lines)
    return [
        RenderedLine(number, render_line(text, marked.get(number, []))) for number, text in lines
    ]
