"""The kind line (tên loại: `KẾ HOẠCH`) and the title under it (trích yếu), and the ways a
converter may print them: joined on one line, at the foot of the issuer's column, the kind line
dropped (the symbol gives the kind), or a công văn's `V/v ...`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from plan_extract.core.contract import DocumentKind
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import TERMINAL, numbered
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.read.layout_cues import is_number_line
from plan_extract.read.model import Block, Hint
from plan_extract.structure.anatomy import is_body_name
from plan_extract.structure.basis import glued_opening, is_basis_sentence, read_basis
from plan_extract.structure.closing import position_at
from plan_extract.structure.dates import date_in_words
from plan_extract.structure.header_layout import is_motto
from plan_extract.structure.names import parse_body, placeless_office
from plan_extract.structure.number_and_date import read_number
from plan_extract.structure.symbols import kind_letters
from plan_extract.structure.terms import HEADER_TERMS

MAX_TITLE_LINES = 4


def read_kind_and_title(
    header: list[Line],
) -> tuple[DocumentKind, str | None, list[Line], list[Line]]:
    """The kind, the title, the preamble (the lines after the title) and the header's lines
    left for the number, the place and date and the issuer; the kind and the title on lines of
    their own, or as a converter left them (the kind in the issuer's column, both on one line,
    the kind line dropped), or a công văn's `V/v ...`."""
    kind_index = _kind_line_index(header)
    kind: DocumentKind = "unknown"
    title = None
    preamble = header
    enacting = kind_index is not None and _enacting(header[kind_index].text)
    # `QUYẾT ĐỊNH VỀ VIỆC ...` joined by a converter, then the enacting `QUYẾT ĐỊNH:`
    joined = _kind_with_title(header[:kind_index]) if enacting else None
    # the enacting `QUYẾT ĐỊNH:` found first, the kind line dropped: the title under the date,
    # or none (a page that dropped the title too); the lines above the enacting word are the
    # preamble either way (the authority, the `Căn cứ` lines), never the kind line's title
    dropped = enacting and joined is None
    if kind_index is not None and joined is None and not dropped:
        kind = _kind_of(header[kind_index].text)
        after = header[kind_index + 1 :]
        printed = title_lines(after, decision=kind == "quyet_dinh")
        printed, preamble = _split_glued(printed, after[max(len(printed), 1) :], kind)
        title = title_text(printed)
        header = header[:kind_index]
    elif joined is None and (placed := _kind_in_issuer_block(header)) is not None:
        # a PDF may set the kind line at the foot of the issuer's column: the body's lines
        # after the header blocks are the title and the preamble
        kind = _kind_of(placed.text)
        after = [line for line in header if line.block is Block.BODY]
        printed = title_lines(after)
        title = title_text(printed)
        preamble = after[len(printed) :]
        header = [line for line in header if line.block is not Block.BODY and line is not placed]
    elif (joined := joined or _kind_with_title(header)) is not None:
        # `KẾ HOẠCH Triển khai ...`: a converter joined the kind line and the title
        index, kind, rest = joined
        printed = [replace(header[index], text=rest)]
        printed, preamble = _split_glued(printed, header[index + 1 :], kind)
        title = title_text(printed)
        header = header[:index]
    elif (subject := _read_subject(header)) is not None:
        kind, (title, printed_subject) = "cong_van", subject
        preamble = [line for line in header if line.block is Block.BODY]
        preamble = [line for line in preamble if line not in printed_subject]
        header = [line for line in header if line not in printed_subject]
    elif (untitled := _title_under_date(header)) is not None:
        # a converter dropped the kind line (`Số: 34/KH-UBND`, the place and date, then the
        # summary in capitals): the symbol gives the kind, the capitals under the date the title
        date_index, printed = untitled
        title = title_text(printed)
        preamble = header[date_index + 1 + len(printed) :]
        header = header[: date_index + 1]
    return kind, title, preamble, header


def _split_glued(
    printed: list[Line], preamble: list[Line], kind: DocumentKind
) -> tuple[list[Line], list[Line]]:
    """The title's lines and the preamble, with what a hard wrap glued to the title's last line
    moved to the preamble: a basis sentence, and a decision's authority."""
    if printed and (cut := _basis_glued(printed[-1])) is not None:
        printed[-1], glued = cut
        preamble = [glued, *preamble]
    if kind == "quyet_dinh" and printed and (cut := _authority_glued(printed[-1])):
        printed[-1], glued = cut
        preamble = [glued, *preamble]
    return printed, preamble


def _enacting(text: str) -> bool:
    """`QUYẾT ĐỊNH:`: a kind's name closed by a colon is a decision's enacting word before its
    articles, which a header whose kind line a converter joined to the title may hold alone."""
    return text.rstrip(" *").endswith(":")


def title_lines(after: list[Line], decision: bool = False) -> list[Line]:
    """The summary (trích yếu) under the kind line, possibly printed over several lines.

    A .txt file keeps the printed line breaks, and a second line may start with a capital
    (`Thực hiện Chiến lược ... giai đoạn 2026 - 2030` / `Trên địa bàn xã An Hưng`): lines in the
    same case continue it up to a line that ends a sentence, cites a basis or starts a section.
    A decision prints the authority that decides under its title (`ỦY BAN NHÂN DÂN TỈNH SƠN
    LA`), which ends it; so does a note in parentheses under it (`(Kèm theo Quyết định số
    ...)`) and a rule typed under it (`_____`).
    """
    if not after or after[0].block is not Block.BODY:
        return []
    lines = [after[0]]
    for line in after[1:MAX_TITLE_LINES]:
        if (
            line.block is not Block.BODY
            or TERMINAL.search(lines[-1].text)
            or TERMINAL.search(line.text)
            or is_basis_sentence(line.text)
            or numbered(line.text)
            or not re.search(r"[^\W_]", line.text)
            or line.text.lstrip().startswith("(")
            or is_all_caps(line.text) != is_all_caps(lines[0].text)
            or (decision and is_body_name(line))
        ):
            break
        lines.append(line)
    return lines


def _title_under_date(header: list[Line]) -> tuple[int, list[Line]] | None:
    """(the place and date line's index, the title's lines) for a header whose kind line is
    missing: the title in capitals on the body lines right under the date line, in a document
    whose number names its kind (`Số: 34/KH-UBND`); None otherwise."""
    _, symbol = read_number(header)
    if not symbol or kind_from_symbol(symbol) == "unknown":
        return None
    dated = [i for i, line in enumerate(header) if date_in_words(line.text)]
    if not dated or dated[0] + 1 >= len(header):
        return None
    after = header[dated[0] + 1 :]
    first = after[0]
    if first.block is not Block.BODY or not is_all_caps(first.text) or is_body_name(first):
        return None
    # such a page prints the title on one line: a line in capitals under it is a heading
    # whose number was dropped too (`TÌNH HÌNH THỰC HIỆN ...`), not the title's
    return dated[0], after[:1]


def title_text(printed: list[Line]) -> str | None:
    """The title's lines joined, without a note in parentheses that a text joining its
    paragraphs' lines glued to it (`... năm 2026 (Kèm theo Quyết định số 12/QĐ-UBND ...)`):
    a note citing a numbered document."""
    title = " ".join(line.text for line in printed).strip()
    found = _TRAILING_NOTE.search(title)
    if found and any(document.number for document in read_basis(found.group("note"))):
        title = title[: found.start()].rstrip()
    return title or None


_TRAILING_NOTE = re.compile(r"\s\((?P<note>[^()]+)\)\W*$")
# a note set on its own line under the title, in brackets or between dashes
_NOTE_LINE = re.compile(r"^\s*(?:\((?P<bracketed>[^()]+)\)|[-–]\s+(?P<dashed>.+?)\s+[-–])\W*$")
_MAX_NOTE_WORDS = 10


def title_note(preamble: list[Line]) -> str | None:
    """A short note printed on its own line under the title (`(Giai đoạn 2026 - 2030)`, `(năm
    2026)`), which the title leaves out but whose span is the plan's period; a note citing a
    document (`(Kèm theo Quyết định số ...)`) is none."""
    if not preamble or preamble[0].block is not Block.BODY:
        return None
    found = _NOTE_LINE.match(preamble[0].text)
    if found is None:
        return None
    note = found.group("bracketed") or found.group("dashed")
    if len(note.split()) > _MAX_NOTE_WORDS or "/" in note or read_basis(note):
        return None
    return note


def _basis_glued(line: Line) -> tuple[Line, Line] | None:
    """The title's last line and the basis sentence a hard wrap glued to it, apart."""
    start = glued_opening(line.text)
    if start is None:
        return None
    return replace(line, text=line.text[:start].rstrip()), replace(line, text=line.text[start:])


def _authority_glued(line: Line) -> tuple[Line, Line] | None:
    """The title's last line and the authority a decision prints under its title, which a
    converter joined to it (`... NĂM 2026 BỘ TRƯỞNG BỘ Y TẾ`), apart: the longest tail in
    capitals that names a body (is_body_name), not one the title names after `của`, `và`,
    `trên địa bàn` (`... CỦA ỦY BAN NHÂN DÂN TỈNH`)."""
    words = line.text.split()
    joiners = _title_joiners()
    for start in range(1, len(words)):
        tail = replace(line, text=" ".join(words[start:]))
        head = " ".join(words[:start])
        if not is_body_name(tail) or joiners.search(head) or not _named_body(tail.text):
            continue
        return replace(line, text=head), tail
    return None


def _named_body(text: str) -> bool:
    """A body named whole: with its unit (`ỦY BAN NHÂN DÂN TỈNH X`), as an office's head
    (`GIÁM ĐỐC SỞ Y TẾ`), a body or an office that needs no place (`THỦ TƯỚNG CHÍNH PHỦ`, `BỘ Y
    TẾ`); not a bare kind of office (`BAN CHỈ ĐẠO ...`, which a title may be about)."""
    position = position_at(text)
    rest = text[len(position) :].strip() if position else text
    body = parse_body(rest)
    if body is not None:
        return body.unit_name is not None or body.organ in HEADER_TERMS.load().national_bodies
    return position is not None or placeless_office(rest) is not None


@cache
def _title_joiners() -> re.Pattern[str]:
    """The words a title names a body after (`của`, `và`, `trên địa bàn`), ending the head."""
    terms = HEADER_TERMS.load()
    words = alternatives([*terms.issuer_words, *terms.territory_words, *terms.list_joiners])
    return re.compile(rf"(?<!\w)(?:{words})$", re.IGNORECASE)


def is_kind_line(line: Line) -> bool:
    """`KẾ HOẠCH` alone on its line (tên loại), or with a qualifier (`KẾ HOẠCH HÀNH ĐỘNG`), in
    the body, not in a table."""
    return (
        line.block is Block.BODY
        and Hint.TABLE_ROW not in line.hints
        and _kind_of(line.text) != "unknown"
    )


def _read_subject(header: list[Line]) -> tuple[str, list[Line]] | None:
    """A công văn's `V/v ...` (trích yếu) in the header: the text after the label, with the lines
    of its cell it wraps onto (a table cell of the header; in the body its one line), and the
    lines that print it."""
    for index, line in enumerate(header):
        found = _subject_label().match(line.text)
        if found is None:
            continue
        printed = [line]
        if line.block is not Block.BODY:
            for following in header[index + 1 :]:
                if following.block is not line.block or is_motto(following.text):
                    break
                if is_number_line(following.text) or date_in_words(following.text):
                    break
                printed.append(following)
        text = " ".join([found.group("rest"), *(line.text for line in printed[1:])]).strip()
        return (text, printed) if text else None
    return None


@cache
def _subject_label() -> re.Pattern[str]:
    labels = alternatives(HEADER_TERMS.load().subject_labels)
    return re.compile(rf"^(?:{labels})(?!\w)\s*[:.]?\s*(?P<rest>.*)$", re.IGNORECASE)


def _kind_in_issuer_block(header: list[Line]) -> Line | None:
    """`KẾ HOẠCH` as the last line of the issuer's column (HEADER_LEFT), under `Số: ...`."""
    left = [line for line in header if line.block is Block.HEADER_LEFT]
    if left and _kind_of(left[-1].text) != "unknown":
        return left[-1]
    return None


def _kind_with_title(header: list[Line]) -> tuple[int, DocumentKind, str] | None:
    """A body line of the header that opens with a kind's name in capitals and goes on with the
    title (`KẾ HOẠCH Triển khai công tác ...`, `KẾ HOẠCH TRIỂN KHAI ...`): its index, the kind
    and the title."""
    for index, line in enumerate(header):
        if line.block is not Block.BODY or Hint.TABLE_ROW in line.hints:
            continue
        for term in HEADER_TERMS.load().document_kinds:
            name = term.name.upper()
            rest = line.text[len(name) :].strip(" .:")
            if line.text.startswith(name + " ") and rest and _kind_of(line.text) == "unknown":
                return index, term.kind, rest
    return None


def _kind_line_index(header: list[Line]) -> int | None:
    for index, line in enumerate(header):
        if is_kind_line(line):
            return index
    return None


def _kind_of(text: str) -> DocumentKind:
    """The kind a kind line names: the name alone, or with a qualifier after it (`KẾ HOẠCH
    HÀNH ĐỘNG`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`: the summary is the line under it); also spaced out
    letter by letter (`K Ế H O Ạ C H`, a Word file's way to set it wide)."""
    terms = HEADER_TERMS.load()
    folded = " ".join(text.strip(" .:*").casefold().split())
    if _LETTER_SPACED.match(folded):
        folded = folded.replace(" ", "")
    names = {term.name.replace(" ", ""): term.name for term in terms.document_kinds}
    folded = names.get(folded, folded)
    for term in terms.document_kinds:
        if folded == term.name or any(
            folded == f"{term.name} {qualifier}" for qualifier in terms.kind_qualifiers
        ):
            return term.kind
    return "unknown"


def kind_from_symbol(symbol: str) -> DocumentKind:
    first = kind_letters(symbol).casefold()
    for term in HEADER_TERMS.load().document_kinds:
        if term.symbol.casefold() == first:
            return term.kind
    return "unknown"


_LETTER_SPACED = re.compile(r"^(?:\w ){3,}\w$")
