"""A plan's text with its extracted items marked, and the panel of those items.

Every item carries the 1-based line of its source and the span of its words in that line (a
unit, the line and span of each mention; a restated target, those of each restatement): exactly
those characters are wrapped in <mark>, never a search of the text (which would find the unit
`thôn` inside `thông`). Everything else is escaped. A plan stored before spans were added marks
an item's whole line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from plan_extract.core.contract import Occurrence, Plan
from plan_extract.web.i18n import Lang, strings

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


def panel(plan: Plan, lang: Lang) -> list[PanelGroup]:
    """Every extracted item, grouped by kind, each with the line to scroll to."""
    units = [
        PanelItem(u.id, u.name, u.occurrences[0].line if u.occurrences else None)
        for u in plan.units
    ]
    return [
        PanelGroup(
            "target",
            "kind_targets",
            [PanelItem(t.id, _target_label(plan, t.id, lang), t.line) for t in plan.targets],
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


def _target_label(plan: Plan, target_id: str, lang: Lang) -> str:
    target = next(t for t in plan.targets if t.id == target_id)
    value = f"{target.comparator} {target.value:g}{unit_sign(target.unit, lang)}"
    what = target.indicator or target.text
    year = f" ({target.year})" if target.year else ""
    return f"{what}: {value}{year}"


def unit_sign(unit: str, lang: Lang) -> str:
    """How a target's unit follows its value, in the page's language (`%`, ` bé trai/100 bé
    gái`, ...: the strings `unit_<code>` of data/web/)."""
    return strings(lang).get(f"unit_{unit}", "")


def spans(plan: Plan, lines: Sequence[tuple[int, str]]) -> dict[int, list[Span]]:
    """The spans to mark in each line, overlapping ones included (`render_line` sorts them out)."""
    length = {number: len(text) for number, text in lines}
    found: dict[int, list[Span]] = {}

    def add(where: Occurrence, kind: str, item: str) -> None:
        start, end = where.span
        if where.line in length and 0 <= start < end <= length[where.line]:
            found.setdefault(where.line, []).append(Span(start, end, kind, item))

    def located(line: int, span: tuple[int, int] | None) -> Occurrence:
        return Occurrence(line=line, span=span or (0, length.get(line, 0)))

    for deadline in plan.deadlines:
        add(located(deadline.line, deadline.span), "deadline", deadline.id)
    for target in plan.targets:
        restated = target.restatements or [located(line, None) for line in target.also_at]
        for where in (located(target.line, target.span), *restated):
            add(where, "target", target.id)
    for unit in plan.units:
        for where in unit.occurrences:
            add(where, "unit", unit.id)
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
