"""What every extractor needs to know about a document: its body lines, parsed once, the section
each line is in and the kind of its top-level section, the plan's years, and the clauses of a
line."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from plan_extract.core.contract import Section, SectionKind
from plan_extract.extract.nlp import Hit, LineParse, parse_lines
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.dates import year_mentions
from plan_extract.structure.kinds import kind_of_heading
from plan_extract.structure.model import Structure

YEAR = re.compile(r"\b(19|20)\d\d\b")
# A numbered heading (`1.`, `2.1.`, `a)`, `II.`) or a bullet (`-`, `+`), after markdown marks.
MARKER = re.compile(
    r"^[#*\s]*(?:(?P<num>(?:[IVX]+|\d+(?:\.\d+)*)[.)]|[a-zđ]\))|(?P<bullet>[-+•]))\s*"
)
CLAUSE_BREAKS = {";", ".", ":", "!", "?"}
# tokens either side of a figure that its clause is read to (the corpus's longest target clause
# has about 60)
CLAUSE_REACH = 120


@dataclass(frozen=True)
class BodyLine:
    number: int
    text: str  # as in the normalized document
    parse: LineParse
    section: Section | None
    kind: SectionKind | None

    def marker(self) -> re.Match[str] | None:
        return MARKER.match(self.text)

    def clause_bounds(self, token: int) -> tuple[int, int]:
        """Token range [start, end) of the clause holding `token` (split at ; . : ! ?), at most
        `CLAUSE_REACH` tokens either side of it: a text without stops is no clause, and what
        is read of it for each figure stays bounded."""
        breaks = self._clause_breaks
        index = bisect_left(breaks, token)
        start = breaks[index - 1] + 1 if index else 0
        end = breaks[index] if index < len(breaks) else len(self.parse.words)
        return max(start, token - CLAUSE_REACH), min(end, token + CLAUSE_REACH)

    @cached_property
    def _clause_breaks(self) -> list[int]:
        """The tokens that end clauses, in order: found once per line, so that looking up the
        clauses of many figures in one long line stays linear."""
        return [i for i, word in enumerate(self.parse.words) if word in CLAUSE_BREAKS]

    def hits_from(self, kind: str) -> dict[int, list[Hit]]:
        """The hits of `kind` by the token they start at (built once per line and kind)."""
        by_start = self._hits_by_start.get(kind)
        if by_start is None:
            by_start = self._hits_by_start[kind] = {}
            for hit in self.parse.of(kind):
                by_start.setdefault(hit.first_token, []).append(hit)
        return by_start

    @cached_property
    def _hits_by_start(self) -> dict[str, dict[int, list[Hit]]]:
        return {}

    def hits_in(self, kind: str, start: int, end: int) -> list[Hit]:
        return [h for h in self.parse.of(kind) if start <= h.first_token and h.last_token <= end]

    def span_text(self, start: int, end: int) -> str:
        """The original text of tokens [start, end)."""
        words, offsets = self.parse.words, self.parse.offsets
        if start >= end:
            return ""
        return self.text[offsets[start] : offsets[end - 1] + len(words[end - 1])]


@dataclass
class Context:
    doc: NormalizedDocument
    structure: Structure
    lines: list[BodyLine]
    plan_years: tuple[int | None, int | None]
    by_number: dict[int, BodyLine] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)  # line number → index in `lines`

    def before(self, line: BodyLine) -> list[BodyLine]:
        """Body lines above `line`, nearest last."""
        return self.lines[: self.position[line.number]]

    def ancestors(self, line: int) -> list[Section]:
        """Sections holding `line`, outermost first."""
        return self.structure.sections_at(line)


def _body_range(doc: NormalizedDocument, structure: Structure) -> tuple[int, int]:
    last = len(doc.lines)
    if structure.body is not None:
        first, last = structure.body
    else:
        first = 1
        for line in doc.lines:
            if re.match(r"^[#*\s]*I\.\s", line.text):
                first = line.number
                break
    if structure.closing_start is not None:
        last = min(last, structure.closing_start - 1)
    else:
        for line in doc.lines[first:]:
            if re.match(r"^[*\s]*(Trên đây là|Nơi nhận)", line.text):
                last = min(last, line.number - 1)
                break
    return first, last


def _fallback_kind(text: str) -> SectionKind | None:
    """Top-level kind from a Roman-numeral heading, for documents without a section tree."""
    if not re.match(r"^[#*\s]*[IVX]+\.\s", text):
        return None
    return kind_of_heading(text)


def _plan_years(doc: NormalizedDocument, structure: Structure) -> tuple[int | None, int | None]:
    period = structure.document.period
    if period is not None:
        return period.start_year, period.end_year
    head = " ".join(line.text for line in doc.lines[:40])
    title = structure.document.title or head
    ranges = [m for text in (title, head) for m in year_mentions(text) if m.kind == "range"]
    years = ranges or year_mentions(title)  # else the title's first year, of whatever kind
    if years:
        return years[0].first, years[0].last
    issued = structure.document.issued
    if issued is not None and issued.year is not None:
        return issued.year, issued.year  # a plan without a period runs in its year of issue
    return None, None


def _kinds(structure: Structure, lines: list[Line]) -> list[SectionKind | None]:
    """The top-level section kind of each line (from the tree, or from Roman headings)."""
    kinds: list[SectionKind | None] = []
    fallback: SectionKind | None = None
    for line in lines:
        if structure.sections:
            top = next(
                (s for s in structure.sections if s.lines[0] <= line.number <= s.lines[1]), None
            )
            kinds.append(top.kind if top else None)
        else:
            fallback = _fallback_kind(line.text) or fallback
            kinds.append(fallback)
    return kinds


def build_context(doc: NormalizedDocument, structure: Structure) -> Context:
    """Parse the body lines once. Lines of the purpose section (MỤC ĐÍCH, YÊU CẦU) carry no
    target, assignment or deadline and are left out."""
    first, last = _body_range(doc, structure)
    in_body = [line for line in doc.lines if first <= line.number <= last]
    kinds = _kinds(structure, in_body)
    chosen = [(line, kind) for line, kind in zip(in_body, kinds, strict=True) if kind != "purpose"]
    parses = parse_lines(line.text for line, _ in chosen)
    body = [
        BodyLine(line.number, line.text, parse, structure.section_at(line.number), kind)
        for (line, kind), parse in zip(chosen, parses, strict=True)
    ]
    context = Context(doc, structure, body, _plan_years(doc, structure))
    context.by_number = {line.number: line for line in body}
    context.position = {line.number: index for index, line in enumerate(body)}
    return context
