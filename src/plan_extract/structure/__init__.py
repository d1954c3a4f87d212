"""Stage 3, structure: the header (issuer, number, date, title, basis, signer, recipients) and
the section tree of the body."""

from __future__ import annotations

from collections.abc import Iterator

from plan_extract.models import Section, Warning
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.normalize.patterns import CLOSING, SIGN_AUTHORITY
from plan_extract.read.model import Block
from plan_extract.structure.header import is_kind_line, read_meta
from plan_extract.structure.model import Structure
from plan_extract.structure.sections import build_sections, find_heading

_TOP_RANK = 0


def build_structure(doc: NormalizedDocument) -> Structure:
    lines = doc.lines
    body_start = _body_start(lines)
    closing_start = _closing_start(lines, body_start or 1)
    last = (closing_start - 1) if closing_start else len(lines)
    sections = build_sections(lines, body_start, last) if body_start else []
    closing = lines[closing_start - 1 :] if closing_start else []
    warnings: list[Warning] = []
    if not sections:
        warnings.append(Warning(code="no_sections", message="no numbered sections found"))
    warnings.extend(
        Warning(
            code="section_number_repeated",
            message=f"section {section.number} repeats the number of an earlier section",
            line=section.lines[0],
        )
        for section in _walk(sections)
        if "~" in section.id.rsplit(".", 1)[-1]
    )
    return Structure(
        document=read_meta(lines, body_start, closing),
        sections=sections,
        body=(body_start, last) if body_start and last >= body_start else None,
        closing_start=closing_start,
        warnings=warnings,
    )


def _walk(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _walk(section.children)


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
            return line.number
    return None
