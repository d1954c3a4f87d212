"""Stage 3, structure: the header (issuer, number, date, title, basis, signer, recipients) and
the section tree of the body."""

from __future__ import annotations

from plan_extract.core.contract import Warning
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.normalize.patterns import CLOSING, CLOSING_REQUEST, SIGN_AUTHORITY
from plan_extract.read.model import Block
from plan_extract.structure.header import is_kind_line, read_meta
from plan_extract.structure.model import Structure, walk
from plan_extract.structure.sections import build_sections, find_heading

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
        if (
            CLOSING.match(line.text)
            or SIGN_AUTHORITY.match(line.text)
            or line.block in (Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
        ):
            return _request_before(lines, body_start, line)
    return None


def _request_before(lines: list[Line], body_start: int, closing: Line) -> int:
    """Without `Trên đây là ...`, the closing starts at a final `Trong quá trình ...` paragraph
    that no heading follows (a numbered `5. Trong quá trình ...` stays in its section)."""
    if closing.text.casefold().startswith("trên đây là"):
        return closing.number
    for line in reversed(lines[body_start - 1 : closing.number - 1]):
        if find_heading(line) is not None:
            break
        if CLOSING_REQUEST.match(line.text):
            return line.number
    return closing.number
