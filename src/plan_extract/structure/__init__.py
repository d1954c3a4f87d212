"""Stage 3, structure: the header (issuer, number, date, title, basis, signer, recipients) and
the section tree of the body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from plan_extract.core.contract import Section, Warning
from plan_extract.normalize import normalize
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.normalize.patterns import closing_cue, is_closing_request
from plan_extract.read.model import Block, RawDocument, RawLine
from plan_extract.structure.anatomy import find_appendices, find_articles
from plan_extract.structure.appendix import read_appendix
from plan_extract.structure.header import read_meta
from plan_extract.structure.kind_and_title import is_kind_line, title_lines, title_text
from plan_extract.structure.kinds import kind_named
from plan_extract.structure.model import Structure, walk
from plan_extract.structure.opening_period import opening_period
from plan_extract.structure.sections import (
    Heading,
    build_sections,
    find_heading,
    numbered_headings,
    plan_headings,
)
from plan_extract.structure.tables import read_tables
from plan_extract.structure.terms import HEADER_TERMS, HeaderTerms

_TOP_RANK = 0


def build_structure(doc: NormalizedDocument) -> Structure:
    lines = doc.lines
    headings = numbered_headings(lines)
    body_start = _body_start(lines, headings)
    parts = _parts(lines, body_start)
    sections, warnings, part_ids = (
        build_sections(lines, headings, body_start, parts.body_end)
        if body_start
        else ([], [], frozenset())
    )
    if not sections:
        warnings.append(Warning(code="no_sections", message="no numbered sections found"))
    warnings.extend(
        Warning(
            code="section_number_repeated",
            message=f"section {section.number} repeats the number of an earlier section",
            line=section.lines[0],
        )
        for section in walk(sections)
        if "~" in section.id.rsplit(".", 1)[-1]
    )
    body = (body_start, parts.body_end) if body_start and parts.body_end >= body_start else None
    structure = Structure(
        document=read_meta(
            parts.header, parts.closing, parts.plan_title, _first_section(lines, sections, parts)
        ),
        sections=sections,
        body=body,
        closing_start=parts.closing_start,
        warnings=warnings,
        articles=parts.articles,
        appendices=[read_appendix(lines, first, last) for first, last in parts.appendices],
        tables=list(read_tables(_table_span(lines, body, parts.closing_start))),
        nested_kinds={
            section.id: kind
            for top in sections
            for section in walk(top.children)
            if (kind := kind_named(section.title))
        },
        part_ids=part_ids,
    )
    if structure.document.period is None and (period := opening_period(lines, structure)):
        structure.document = structure.document.model_copy(update={"period": period})
    return structure


def _first_section(lines: list[Line], sections: list[Section], parts: _Parts) -> list[Line]:
    """The lines of a plan's first top-level section, heading first; none for a decision,
    whose basis is its own preamble's, not the plan's."""
    if not sections or parts.articles is not None:
        return []
    first, last = sections[0].lines
    return lines[first - 1 : last]


def _table_span(
    lines: list[Line], body: tuple[int, int] | None, closing_start: int | None
) -> list[Line]:
    """Where the body's tables stand: in the body, or, in a document without numbered sections
    (a công văn, a thông báo, a short plan), anywhere before its closing."""
    if body is not None:
        return lines[body[0] - 1 : body[1]]
    return lines[: (closing_start or len(lines) + 1) - 1]


@dataclass(frozen=True, slots=True)
class _Parts:
    """Where the parts of the document lie (see structure.model): the header's lines and the
    closing's that the metadata is read from, and the line ranges around the body."""

    header: list[Line]
    closing: list[Line]
    body_end: int
    closing_start: int | None
    appendices: list[tuple[int, int]]
    articles: tuple[int, int] | None = None
    plan_title: str | None = None  # the title of the plan a decision issues


def _parts(lines: list[Line], body_start: int | None) -> _Parts:
    start = body_start or 1
    closing_start = _closing_start(lines, start, len(lines))
    appendices = find_appendices(lines, closing_start or start) if body_start else []
    if closing_start is None and appendices:
        closing_start = _request_before(lines, start, appendices[0][0])
    body_end = (closing_start or (appendices[0][0] if appendices else len(lines) + 1)) - 1
    closing_end = appendices[0][0] - 1 if appendices else len(lines)
    closing = lines[closing_start - 1 : closing_end] if closing_start else []
    header = [line for line in lines if body_start is None or line.number < body_start]
    decision = _decision(lines, header)
    if decision is None:
        return _Parts(header, closing, body_end, closing_start, appendices)
    articles, decision_closing, plan_title = decision
    return _Parts(
        header=lines[: articles[0] - 1],
        closing=decision_closing or closing,  # a decision whose articles hold the plan
        body_end=body_end,
        closing_start=closing_start,
        appendices=appendices,
        articles=articles,
        plan_title=plan_title,
    )


def _decision(
    lines: list[Line], header: list[Line]
) -> tuple[tuple[int, int], list[Line], str | None] | None:
    """A decision that issues a plan: its articles' lines, its closing's lines and the title of
    the plan it issues; None when the header holds no article after its kind line."""
    kinds = [line.number for line in header if is_kind_line(line)]
    if not kinds:
        return None
    found = find_articles(lines, kinds[0] + 1, header[-1].number)
    if not found:
        return None
    after = lines[found[0] - 1 : header[-1].number]
    closing_first = next(
        (line.number for line in after if closing_cue(line.text) or line.block is not Block.BODY),
        None,
    )
    plan_kind = next((number for number in kinds if number > found[0]), None)
    end = (plan_kind - 1) if plan_kind else header[-1].number
    last = (closing_first - 1) if closing_first else end
    closing = lines[closing_first - 1 : end] if closing_first else []
    title = None
    if plan_kind is not None:
        printed = title_lines(lines[plan_kind : header[-1].number])
        title = title_text(printed)
    return (found[0], last), closing, title


def _body_start(lines: list[Line], numbered: Mapping[int, Heading]) -> int | None:
    """The first top-level heading after the kind line (`KẾ HOẠCH`): the first of the outermost
    level above the Roman one (`PHẦN I`, `A.`) or of the Roman one, else the first heading."""
    first = 0
    for index, line in enumerate(lines):
        if is_kind_line(line):
            first = index + 2  # the kind line, then the title
            break
    found = plan_headings(lines[max(first - 1, 0) :], numbered, min(first, 1))
    headings = [heading for _, heading in found]
    inside = _article_span(lines, first)
    if headings and headings[0].line in inside:  # the articles come before any heading
        headings = [h for h in headings if h.rank <= _TOP_RANK or h.line not in inside]
    if not headings:
        return None
    top_rank = min(_TOP_RANK, *(h.rank for h in headings))
    top = [h for h in headings if h.rank == top_rank]
    return (top or headings)[0].line


def _article_span(lines: list[Line], first: int) -> range:
    """The lines of a decision's articles (`Điều 1.` ... up to the kind line of the plan it
    issues, or the end): the items an article numbers (`Điều 2. Các cơ quan sau đây ...:` /
    `1. Sở Kế hoạch và Đầu tư ...`) are the decision's, not the plan's sections."""
    articles = find_articles(lines, max(first, 1), len(lines))
    if not articles:
        return range(0)
    plan = next(
        (line.number for line in lines[articles[0] :] if is_kind_line(line)), len(lines) + 1
    )
    return range(articles[0], plan)


def _closing_start(lines: list[Line], body_start: int, last: int) -> int | None:
    for line in lines[body_start - 1 : last]:
        if closing_cue(line.text) or line.block in (Block.FOOTER_LEFT, Block.FOOTER_RIGHT):
            return _request_before(lines, body_start, line.number)
    return None


def _request_before(lines: list[Line], body_start: int, closing: int) -> int | None:
    """Without `Trên đây là ...`, the closing starts at a final `Trong quá trình ...` paragraph
    that no heading follows (a numbered `5. Trong quá trình ...` stays in its section), before
    `Nơi nhận`, the signature or the first appendix (`closing`); None when there is none and
    `closing` opens an appendix."""
    if closing <= len(lines) and closing_cue(lines[closing - 1].text) == "sentence":
        return closing
    for line in reversed(lines[body_start - 1 : closing - 1]):
        if find_heading(line) is not None:
            break
        if is_closing_request(line.text):
            return line.number
    if closing <= len(lines) and _opens_closing(lines[closing - 1]):
        return closing
    return None


def _opens_closing(line: Line) -> bool:
    return closing_cue(line.text) is not None or line.block in (
        Block.FOOTER_LEFT,
        Block.FOOTER_RIGHT,
    )


def _check_header_examples(terms: HeaderTerms) -> list[str]:
    """Each example plan read whole (normalize, then this stage) gives the fields it states."""
    wrong = []
    for example in terms.examples:
        raw = RawDocument(
            format="txt",
            lines=[
                RawLine(text=text, source_line=n)
                for n, text in enumerate(example.text.split("\n"), 1)
            ],
        )
        read = build_structure(normalize(raw)).document.model_dump(mode="json")
        for field, expected in example.document.items():
            if not _agrees(read[field], expected):
                first = example.text.splitlines()[0]
                wrong.append(f"{first!r}...: {field} {read[field]}, expected {expected}")
    return wrong


def _agrees(read: object, expected: object) -> bool:
    """`read` equals `expected`, where a dict expected gives only the keys it checks."""
    if isinstance(expected, dict):
        return isinstance(read, dict) and all(_agrees(read.get(k), v) for k, v in expected.items())
    if isinstance(expected, list):
        return (
            isinstance(read, list)
            and len(read) == len(expected)
            and all(_agrees(r, e) for r, e in zip(read, expected, strict=True))
        )
    return read == expected


HEADER_TERMS.examples_checked_by(_check_header_examples)
