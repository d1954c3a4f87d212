"""Responsible units and the tasks assigned to them.

Units come from the assignments, not from every name in the text: the unit headings of the
implementation section (`1. Phòng Văn hóa - Xã hội xã`, several units on one heading give one
each, nested `- Hội Liên hiệp Phụ nữ xã: ...`), the role labels (`Cơ quan chủ trì: ...`,
`Cơ quan phối hợp: ...`), and sentences whose subject is a unit followed by a role word
(`Sở Tài chính chủ trì, phối hợp với ...`). A heading in the implementation section that names a
body missing from the lexicon still gives a unit, flagged `in_lexicon=False`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plan_extract.core.contract import Occurrence, Span, Task, Unit, UnitKind, Warning
from plan_extract.core.text import slug
from plan_extract.extract import lexicon
from plan_extract.extract.context import LIST_MARKS, BodyLine, Context, trimmed
from plan_extract.extract.lexicon import PhraseLabel
from plan_extract.extract.nlp import Hit, outermost

_HEADING_REST = 8  # at most this many tokens after the unit names for a line to be a heading
_UNKNOWN_HEADING_MAX = 14
_PLACEHOLDER_LEAD: list[str] = []


@dataclass
class _UnitRecord:
    name: str
    kind: UnitKind
    in_lexicon: bool
    first_line: int
    occurrences: list[Occurrence] = field(default_factory=list)  # where an unknown unit was named
    lead: bool = False
    sections: set[str] = field(default_factory=set)


@dataclass
class _Task:
    line: BodyLine
    span: Span
    lead: list[str]
    cooperating: list[str]


@dataclass
class UnitsAndTasks:
    units: list[Unit]
    tasks: list[Task]
    warnings: list[Warning]


def _list_words() -> lexicon.UnitListWords:
    return lexicon.UNIT_LEXICON.load().lists


def _tail_end(line: BodyLine, token: int) -> int:
    """The token after a unit's name and its level word / place name (`xã An Hưng`)."""
    doc = line.parse.doc
    tails = _list_words().tails
    while token < len(doc) and (
        doc[token].lower_ in tails
        or (doc[token].is_digit and len(doc[token]) <= 2)
        or (doc[token].text[:1].isupper() and doc[token].is_alpha and not _unit_at(line, token))
    ):
        token += 1
    return token


def _unit_at(line: BodyLine, token: int) -> Hit | None:
    hits = [h for h in line.parse.of("UNIT") if h.first_token == token]
    return max(hits, key=lambda h: h.last_token, default=None)


def _unspecified(line: BodyLine, hit: Hit, after: int) -> bool:
    """`các sở, ban, ngành liên quan`: a collective left open, not a unit."""
    if hit.id not in lexicon.UNIT_LEXICON.load().collectives:
        return False
    return any(h.first_token == after for h in line.parse.of("OPEN_TAIL"))


def _unit_list(line: BodyLine, token: int) -> tuple[list[Hit], int]:
    """Unit names listed from `token` on (`A, B và các C`), and the token after the list."""
    doc = line.parse.doc
    joiners = _list_words().joiners
    found: list[Hit] = []
    while token < len(doc):
        hit = _unit_at(line, token)
        if hit is not None:
            token = _tail_end(line, hit.last_token)
            if not _unspecified(line, hit, token):
                found.append(hit)
            continue
        if doc[token].lower_ in joiners:
            token += 1
            continue
        break
    while found and token > found[-1].last_token and doc[token - 1].lower_ in joiners:
        token -= 1
    return found, token


def _rest_start(line: BodyLine) -> int:
    """First token after the list marker, markdown marks and a request word (`Đề nghị`)."""
    marker = line.marker()
    start_char = marker.end() if marker else 0
    doc = line.parse.doc
    offsets = line.parse.offsets
    token = next((i for i, o in enumerate(offsets) if o >= start_char), len(doc))
    while token < len(doc) and doc[token].text in {"*", "#"}:
        token += 1
    requests = [h for h in line.parse.of("REQUEST") if h.first_token == token]
    return requests[0].last_token if requests else token


def _after_colon(line: BodyLine, token: int) -> int:
    doc = line.parse.doc
    while token < len(doc) and doc[token].text in {"*", ":", " "}:
        token += 1
    return token


def _cooperating(line: BodyLine, start: int, end: int) -> list[Hit]:
    found: list[Hit] = []
    for coop in line.hits_in("COOPERATE_WORD", start, end):
        units, _ = _unit_list(line, coop.last_token)
        found.extend(units)
    return found


class _Collector:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.records: dict[str, _UnitRecord] = {}
        self.tasks: list[_Task] = []
        self.lexicon = lexicon.UNIT_LEXICON.load()

    def unit(self, hit: Hit, line: BodyLine) -> str:
        name = hit.id
        if name not in self.records:
            entry = self.lexicon.entry(name)
            assert entry is not None
            self.records[name] = _UnitRecord(name, entry.kind, True, line.number)
        return name

    def unknown(self, line: BodyLine, span: Span) -> str:
        """A body missing from the lexicon, named by the characters of `span`."""
        name = line.span_words(span)
        name = name[:1].upper() + name[1:]
        if name not in self.records:
            self.records[name] = _UnitRecord(name, "other", False, line.number)
        occurrence = Occurrence(line=line.number, span=span)
        if occurrence not in self.records[name].occurrences:
            self.records[name].occurrences.append(occurrence)
        return name

    def task(self, line: BodyLine, lead: list[str], cooperating: list[str]) -> None:
        cooperating = [c for c in dict.fromkeys(cooperating) if c not in lead]
        span = trimmed(line.text, (0, len(line.text)), LIST_MARKS, trailing=False)
        self.tasks.append(_Task(line, span, list(dict.fromkeys(lead)), cooperating))


def _heading_units(collector: _Collector, line: BodyLine) -> tuple[list[str], int] | None:
    """Units named by a heading or nested bullet, and the token where its own text starts."""
    marker = line.marker()
    if marker is None:
        return None
    start = _rest_start(line)
    hits, end = _unit_list(line, start)
    doc = line.parse.doc
    colon = (
        end < len(doc)
        and doc[end].text in {":", "*"}
        and ":" in line.text[doc[end].idx : doc[end].idx + 4]
    )
    if hits:
        if marker.group("bullet") and not colon:
            return None
        if marker.group("num") and not colon and len(doc) - end > _HEADING_REST:
            return None
        return [collector.unit(h, line) for h in hits], _after_colon(line, end)
    if marker.group("num") and line.kind == "implementation":
        return _unknown_heading(collector, line, start)
    return None


def _unknown_heading(
    collector: _Collector, line: BodyLine, start: int
) -> tuple[list[str], int] | None:
    """An implementation heading naming bodies missing from the lexicon: a short heading, a
    heading over its own subsection, or a `A, B và C: ...` list before a colon."""
    doc = line.parse.doc
    words = line.parse.words
    colon = next((i for i in range(start, len(words)) if words[i] == ":"), None)
    if colon is not None and colon - start <= _UNKNOWN_HEADING_MAX * 2:
        names = _listed_units(collector, line, start, colon)
        return (names, _after_colon(line, colon)) if names else None
    section = line.section
    heads_section = section is not None and section.lines[0] == line.number < section.lines[1]
    limit = _UNKNOWN_HEADING_MAX * (2 if heads_section else 1)
    pieces = _segments(line, start, at_and=False)
    first_piece = pieces[0][1] if pieces else len(doc)
    marker = line.marker()
    if (
        len(doc) - start <= limit
        and any(h.first_token == start for h in line.parse.of("ORG_HEAD"))
        and not any(h.first_token == start for h in line.parse.of("GENERIC_COLLECTIVE"))
        and not (marker and re.match(r"[IVX]+\.", marker.group("num") or ""))
        and not line.span_text(start, first_piece).isupper()
        and not any(t.like_num for t in doc[start:])
    ):
        named = trimmed(line.text, line.span(start, first_piece), " :*")
        return [collector.unknown(line, named)], len(doc)
    return None


def _segments(line: BodyLine, start: int, at_and: bool = True) -> list[tuple[int, int]]:
    """Token ranges of a list after a label, split at `,` `;` `.` (and conjunctions: `và`)."""
    words = line.parse.words
    conjunctions = _list_words().conjunction_words if at_and else frozenset()
    pieces: list[tuple[int, int]] = []
    first = start
    for token in range(start, len(words) + 1):
        if (
            token == len(words)
            or words[token] in {",", ";", "."}
            or words[token].lower() in conjunctions
        ):
            if token > first:
                pieces.append((first, token))
            first = token + 1
    return pieces


def _listed_units(collector: _Collector, line: BodyLine, start: int, end: int) -> list[str]:
    """The units of a list (`A, B và C`): lexicon names, and named bodies missing from it."""
    names: list[str] = []
    units = line.parse.of("UNIT")
    words = line.parse.words
    articles = _list_words().article_words
    for first, last in _segments(line, start):
        if last > end:
            last = end
        if first >= last:
            continue
        inside = [h for h in outermost(units) if first <= h.first_token < last]
        if any(h.first_token < last and h.last_token > first for h in units) and not inside:
            continue  # a piece of a name cut at a comma (`Sở, ban, ngành`)
        if inside:
            names += [collector.unit(h, line) for h in inside]
        elif any(
            h.first_token == first
            or (h.first_token == first + 1 and words[first].lower() in articles)
            for h in line.parse.of("NAMED_ORG")
        ):
            stop = next((t for t in range(first, last) if words[t] == "("), last)
            named = trimmed(line.text, line.span(first, stop), " .:*")
            names.append(collector.unknown(line, named))
    return names


def _label_units(collector: _Collector, line: BodyLine, kind: PhraseLabel) -> list[str] | None:
    """Units after a role label (`Cơ quan chủ trì: A, B`); named bodies missing from the lexicon
    count too, flagged."""
    start = _rest_start(line)
    labels = [h for h in line.parse.of(kind) if h.first_token == start]
    if not labels:
        return None
    doc = line.parse.doc
    colon = [t.i for t in doc[labels[0].last_token : labels[0].last_token + 6] if t.text == ":"]
    if not colon:
        return None
    token = colon[0]
    return _listed_units(collector, line, token + 1, len(line.parse.words))


def _subject_task(collector: _Collector, line: BodyLine, opening_only: bool = False) -> bool:
    """`Sở Tài chính chủ trì, phối hợp với ...`: units opening a clause, then a role word. At the
    opening of a line in the implementation section, or after `Đề nghị`, no role word is needed."""
    opening = _rest_start(line)
    requested = opening > 0 and any(h.last_token == opening for h in line.parse.of("REQUEST"))
    starts = [opening]
    if not opening_only:
        starts += [i + 1 for i, w in enumerate(line.parse.words) if w in {".", ";"}]
    role_starts = {
        h.first_token for h in line.parse.of("LEAD_WORD") + line.parse.of("COOPERATE_WORD")
    }
    made = False
    for start in starts:
        hits, end = _unit_list(line, start)
        at_opening = start == opening and (requested or line.kind == "implementation")
        if not hits or not (end in role_starts or at_opening):
            continue
        clause_end = line.clause_bounds(end)[1]
        lead = [collector.unit(h, line) for h in hits]
        coop = [collector.unit(h, line) for h in _cooperating(line, end, clause_end)]
        collector.task(line, lead, coop)
        made = True
    return made


def find_units_and_tasks(context: Context) -> UnitsAndTasks:
    collector = _Collector(context)
    owners: list[str] = []
    nested: list[str] = []
    label_task: _Task | None = None
    owners_until: int | None = None  # last line of the owner heading's section, when known
    for line in context.lines:
        if line.kind in {"objectives", "purpose"}:
            owners, nested = [], []
            continue
        marker = line.marker()
        if owners_until is not None and line.number > owners_until:
            owners, owners_until = [], None
        if marker and marker.group("num"):
            if owners_until is None:
                owners = []
            nested, label_task = [], None
        elif marker and marker.group("bullet") == "-":
            nested = []
        heading = _heading_units(collector, line)
        lead_labels = _label_units(collector, line, "LEAD_LABEL")
        coop_labels = _label_units(collector, line, "COOPERATE_LABEL")
        if heading is not None:
            names, text_start = heading
            if marker and marker.group("bullet"):
                nested = names
            else:
                owners = names
                section = line.section
                heads_section = section is not None and section.lines[0] == line.number
                owners_until = section.lines[1] if section and heads_section else None
            own_text = text_start < len(line.parse.doc)
            if own_text or line.number == context.lines[-1].number:
                coop = [
                    collector.unit(h, line)
                    for h in _cooperating(line, text_start, len(line.parse.doc))
                ]
                collector.task(line, names, coop)
            elif not _has_body(context, line):
                collector.task(line, names, [])
        elif lead_labels:
            lead = lead_labels
            coop = [collector.unit(h, line) for h in _cooperating(line, 0, len(line.parse.doc))]
            collector.task(line, lead, coop)
            label_task = collector.tasks[-1]
        elif coop_labels:
            coop = coop_labels
            if label_task is not None:
                label_task.cooperating = [
                    c
                    for c in dict.fromkeys(label_task.cooperating + coop)
                    if c not in label_task.lead
                ]
            else:
                collector.task(line, _PLACEHOLDER_LEAD, coop)
        elif nested or owners:
            if not _subject_task(collector, line, opening_only=True):
                whole = len(line.parse.doc)
                coop = [collector.unit(h, line) for h in _cooperating(line, 0, whole)]
                collector.task(line, nested or owners, coop)
        else:
            _subject_task(collector, line)
    return _finish(collector, context)


def _has_body(context: Context, heading: BodyLine) -> bool:
    index = context.position[heading.number]
    if index + 1 >= len(context.lines):
        return False
    following = context.lines[index + 1]
    marker = following.marker()
    return not (marker and marker.group("num"))


@dataclass
class _Mentions:
    surfaces: list[str] = field(default_factory=list)  # each once
    occurrences: list[Occurrence] = field(default_factory=list)


def _mentions(context: Context, names: set[str]) -> dict[str, _Mentions]:
    """Where the body names each lexicon unit: its name, with a level word kept (`xã`)."""
    found: dict[str, _Mentions] = {}
    kept = _list_words().kept_level
    for line in context.lines:
        for hit in outermost(line.parse.of("UNIT")):
            if hit.id not in names:
                continue
            end = hit.last_token
            doc = line.parse.doc
            if end < len(doc) and doc[end].lower_ in kept:
                end += 1
            span = line.span(hit.first_token, end)
            mentions = found.setdefault(hit.id, _Mentions())
            mentions.occurrences.append(Occurrence(line=line.number, span=span))
            if line.span_words(span) not in mentions.surfaces:
                mentions.surfaces.append(line.span_words(span))
    return found


def _finish(collector: _Collector, context: Context) -> UnitsAndTasks:
    records = collector.records
    for task in collector.tasks:
        section = task.line.section.id if task.line.section else None
        for name in task.lead:
            records[name].lead = True
        for name in task.lead + task.cooperating:
            if section:
                records[name].sections.add(section)
    mentions = _mentions(context, set(records))
    ordered = sorted(records.values(), key=lambda r: (r.first_line, r.name))
    ids = {record.name: slug(record.name) for record in ordered}
    units = [
        Unit(
            id=ids[r.name],
            name=r.name,
            kind=r.kind,
            mentions=mentions[r.name].surfaces if r.name in mentions else [r.name],
            occurrences=mentions[r.name].occurrences if r.name in mentions else r.occurrences,
            lead=r.lead,
            sections=sorted(r.sections),
            in_lexicon=r.in_lexicon,
        )
        for r in ordered
    ]
    tasks = [
        Task(
            id=f"k{index}",
            section=task.line.section.id if task.line.section else None,
            line=task.line.number,
            span=task.span,
            text=task.line.span_words(task.span),
            lead=[ids[n] for n in task.lead],
            cooperating=[ids[n] for n in task.cooperating],
        )
        for index, task in enumerate(collector.tasks, start=1)
    ]
    warnings = [
        Warning(
            code="unit_not_in_lexicon",
            message=f"unit not in the lexicon, found from a heading: {r.name}",
            line=r.first_line,
        )
        for r in ordered
        if not r.in_lexicon
    ]
    return UnitsAndTasks(units, tasks, warnings)
