"""Stage 3, structure: the header (issuer, number, date, title, basis, signer, recipients) and
the section tree of the body."""

from __future__ import annotations

from plan_extract.core.contract import Warning
from plan_extract.normalize import normalize
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.normalize.patterns import closing_cue, is_closing_request
from plan_extract.read.model import Block, RawDocument, RawLine
from plan_extract.structure.header import is_kind_line, read_meta
from plan_extract.structure.model import Structure, walk
from plan_extract.structure.sections import build_sections, find_heading
from plan_extract.structure.terms import HEADER_TERMS, HeaderTerms

_TOP_RANK = 0


def build_structure(doc: NormalizedDocument) -> Structure:
    lines = doc.lines
    body_start = _body_start(lines)
    closing_start = _closing_start(lines, body_start or 1)
    last = (closing_start - 1) if closing_start else len(lines)
    sections, warnings = build_sections(lines, body_start, last) if body_start else ([], [])
    closing = lines[closing_start - 1 :] if closing_start else []
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
    return Structure(
        document=read_meta(lines, body_start, closing),
        sections=sections,
        body=(body_start, last) if body_start and last >= body_start else None,
        closing_start=closing_start,
        warnings=warnings,
    )


def _body_start(lines: list[Line]) -> int | None:
    """The first top-level heading after the kind line (`KẾ HOẠCH`), else the first heading."""
    first = 0
    for index, line in enumerate(lines):
        if is_kind_line(line):
            first = index + 2  # the kind line, then the title
            break
    headings = [h for h in (find_heading(line) for line in lines[first:]) if h is not None]
    if not headings:
        return None
    top = [h for h in headings if h.rank == _TOP_RANK]
    return (top or headings)[0].line


def _closing_start(lines: list[Line], body_start: int) -> int | None:
    for line in lines[body_start - 1 :]:
        if closing_cue(line.text) or line.block in (Block.FOOTER_LEFT, Block.FOOTER_RIGHT):
            return _request_before(lines, body_start, line)
    return None


def _request_before(lines: list[Line], body_start: int, closing: Line) -> int:
    """Without `Trên đây là ...`, the closing starts at a final `Trong quá trình ...` paragraph
    that no heading follows (a numbered `5. Trong quá trình ...` stays in its section)."""
    if closing_cue(closing.text) == "sentence":
        return closing.number
    for line in reversed(lines[body_start - 1 : closing.number - 1]):
        if find_heading(line) is not None:
            break
        if is_closing_request(line.text):
            return line.number
    return closing.number


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
