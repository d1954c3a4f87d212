"""The preamble's basis paragraphs (`Căn cứ ...`, `Thực hiện ...`, with the lines that continue
them and the list items under an open one), which structure.basis reads into documents; a
document cited twice is kept once."""

from __future__ import annotations

import re
from functools import cache

from plan_extract.core.contract import BasisDocument
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import BULLET, numbered
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.read.model import Block, Hint
from plan_extract.structure.basis import is_basis_sentence, names_amendment
from plan_extract.structure.number_and_date import NUMBER
from plan_extract.structure.terms import HEADER_TERMS


def cited_once(basis: list[BasisDocument]) -> list[BasisDocument]:
    """The basis with a numbered document cited a second time (`Căn cứ Kế hoạch số 12/KH-UBND
    ...;` then `Thực hiện Kế hoạch số 12/KH-UBND ..., Sở ban hành ...`) kept once, where it is
    first cited."""
    seen: set[tuple[str | None, str]] = set()
    kept: list[BasisDocument] = []
    for document in basis:
        if document.number is not None:
            if (document.kind, document.number) in seen:
                continue
            seen.add((document.kind, document.number))
        kept.append(document)
    return kept


def basis_texts(preamble: list[Line]) -> list[str]:
    """The basis paragraphs: each line opening with `Căn cứ` / `Thực hiện` ..., with the lines
    that continue it (a line cut before its end, with no `;`, `.` or `:`, goes on with the next:
    `Căn cứ Nghị quyết số` / `66.2/2025/NQ-CP ngày ...`); and a list that goes on after a `;`
    or `:` with a line per document, without its lead (`Căn cứ Luật ...;` / `Nghị định số
    ...;`, `- Quyết định số ...;`)."""
    texts: list[str] = []
    previous: Line | None = None
    for line in preamble:
        if is_basis_sentence(opened := _without_bullet(line.text)):
            texts.append(opened)  # `- Căn cứ Luật ...;`: a basis line set as a list item
        elif previous is not None and _cut_before_its_end(previous) and _continues(line):
            texts[-1] = f"{texts[-1]} {line.text}"
        elif previous is not None and _list_goes_on(previous, line):
            texts.append(line.text)
        else:
            previous = None
            continue
        previous = line
    return texts


def _without_bullet(text: str) -> str:
    return bullet.group("rest") if (bullet := BULLET.match(text)) else text


def _list_goes_on(previous: Line, line: Line) -> bool:
    """`line` cites a document of the basis list `previous` leaves open (`;` or `:` at its
    end): after a bullet's dash or not, a kind of document, then its number (`Nghị định số
    ...`, a figure) or its name (`Luật Đất đai`); not the plan speaking of itself (`Kế hoạch
    này ...`)."""
    if not previous.text.rstrip().endswith((";", ":")) or not _continues(line):
        return False
    return _opens_document(_without_bullet(line.text))


def listed_basis(section: list[Line]) -> list[str]:
    """The documents a top-level section titled as the basis lists under its heading (`I. CĂN
    CỨ XÂY DỰNG KẾ HOẠCH` over `1. Quyết định số ...`, `- Nghị định số ...` or bare `Luật ...;`
    lines, no `Căn cứ` before each): every item that opens with a kind of document and its
    number or name, or with a basis lead; other lines (`Xét đề nghị của ...`, prose) are none.
    Empty when the section's heading (its first line) does not open with a basis heading."""
    if not section or not _basis_heading(section[0].text):
        return []
    texts = []
    if inline := _listed_on_heading(section[0].text):
        texts.append(inline)
    for line in section[1:]:
        heading = numbered(line.text)
        text = _without_bullet(heading.rest if heading else line.text)
        if is_basis_sentence(text) or _opens_document(text):
            texts.append(text)
    return texts


def _listed_on_heading(text: str) -> str | None:
    """The list a page ran onto the heading's own line, from its first dashed item that opens
    a document (`I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số ...; - Nghị định số ...`)."""
    for dash in re.finditer(r"\s-\s+", text):
        if _opens_document(text[dash.end() :]):
            return text[dash.end() :]
    return None


def _basis_heading(text: str) -> bool:
    heading = numbered(text)
    if heading is None or heading.style != "roman":
        return False
    rest = heading.rest.strip().casefold()
    return any(rest.startswith(words) for words in HEADER_TERMS.load().basis_headings)


def _opens_document(text: str) -> bool:
    """`text` opens with a kind of document and then its number (`Nghị định số ...`, a figure)
    or its name (`Luật Đất đai`); not the plan speaking of itself (`Kế hoạch này ...`)."""
    found = _document_opening().match(text)
    if found is None:
        return False
    following = found.group("next")
    return (
        names_amendment(text[found.start("next") :])
        or following[:1].isupper()
        or following[:1].isdigit()
        or following.casefold() in {word.casefold() for word in HEADER_TERMS.load().number_words}
    )


@cache
def _document_opening() -> re.Pattern[str]:
    kinds = alternatives(HEADER_TERMS.load().basis_kinds)
    return re.compile(rf"(?:{kinds})\s+(?P<next>\w+)", re.IGNORECASE)


def _cut_before_its_end(line: Line) -> bool:
    return not re.search(r"[.;:!?…]\W*$", line.text)


def _continues(line: Line) -> bool:
    return (
        line.block is Block.BODY
        and Hint.TABLE_ROW not in line.hints
        and not (is_all_caps(line.text) or (numbered(line.text) and not NUMBER.match(line.text)))
    )
