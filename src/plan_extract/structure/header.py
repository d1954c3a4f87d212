"""The header: kind, number and symbol, issuer, place and date, title, period, basis; with the
closing's signer and recipients, the document's metadata (`DocumentMeta`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import cast, get_args

from plan_extract.core.contract import (
    BasisDocument,
    Commune,
    CommuneType,
    DateParts,
    DocumentKind,
    DocumentMeta,
    Period,
)
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import BULLET, TERMINAL, numbered
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.read.layout_cues import (
    LAYOUT_CUES,
    has_place_date,
    is_number_line,
    signature_prefix_at,
)
from plan_extract.read.model import Block, Hint
from plan_extract.structure.anatomy import is_body_name
from plan_extract.structure.basis import (
    SYMBOL_LETTERS,
    glued_opening,
    is_basis_sentence,
    names_amendment,
    read_basis,
)
from plan_extract.structure.blocks import split_rows
from plan_extract.structure.closing import (
    position_at,
    read_recipients,
    read_signer,
    split_closing,
)
from plan_extract.structure.dates import (
    DATE_NUMERIC,
    DATE_WORDS,
    date_in_words,
    parts_of,
    read_period,
)
from plan_extract.structure.model import Structure, walk
from plan_extract.structure.names import (
    Body,
    capitalized_run,
    expand_abbreviations,
    name_case,
    office_case,
    parse_body,
    title_case,
    unit_type_at,
)
from plan_extract.structure.places import known_province
from plan_extract.structure.terms import HEADER_TERMS

_SYMBOL = f"0-9{SYMBOL_LETTERS}"
# a symbol may join two bodies' letters with `&` (`KH-SNN&MT`) and hold several hyphens
# and a `.` between two parts (`KH-UBND.VX`); a Party document numbers `25-KH/ĐU`: its kind's
# letters before the slash belong to the symbol (`KH/ĐU`); a normative decision's number holds
# its year (`33/2026/QĐ-UBND`): the symbol opens with a letter
_NUMBER = re.compile(
    rf"^(?P<n>[{_SYMBOL}.\-]*?(?:/\d{{4}})?)"
    rf"(?:-(?P<party>[{SYMBOL_LETTERS}]+))?"
    rf"/(?P<symbol>[{SYMBOL_LETTERS}](?:[{_SYMBOL}&\-/]|\.(?=[{_SYMBOL}]))*)"
)
_PLACE = re.compile(r"(?P<place>[^,]{2,80}),\s*$")
_MAX_TITLE_LINES = 4
_PARENT_AND_OFFICE = 2  # issuer block lines: the parent body, then the issuing office
_MAX_CELL_BEFORE = 3  # lines of an issuer's cell printed before the header table
_OPENING_KINDS = ("purpose", "objectives")
_CLAUSE_END = re.compile(r"[,;:(]")
_MAX_SPAN_WORDS = 8  # `Trong giai đoạn 2026 - 2030`, `Phấn đấu đến hết năm 2026`


def read_meta(header: list[Line], closing: list[Line], plan_title: str | None) -> DocumentMeta:
    """The metadata from the header's lines (up to the body, or to a decision's articles) and
    the closing's; `plan_title` is the title of the plan a decision issues, which gives the
    period when the decision's own title names none."""
    header = _bar_cells(split_rows(header, Block.HEADER_LEFT, Block.HEADER_RIGHT))
    closing = split_rows(_before_next_header(closing), Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
    kind_index = _kind_line(header)
    kind: DocumentKind = "unknown"
    title = None
    preamble = header
    if kind_index is not None:
        kind = _kind_of(header[kind_index].text)
        after = header[kind_index + 1 :]
        printed = title_lines(after, decision=kind == "quyet_dinh")
        preamble = after[max(len(printed), 1) :]
        if printed and (cut := _basis_glued(printed[-1])) is not None:
            printed[-1], glued = cut
            preamble = [glued, *preamble]
        title = title_text(printed)
        header = header[:kind_index]
    elif (placed := _kind_in_issuer_block(header)) is not None:
        # a PDF may set the kind line at the foot of the issuer's column: the body's lines
        # after the header blocks are the title and the preamble
        kind = _kind_of(placed.text)
        after = [line for line in header if line.block is Block.BODY]
        printed = title_lines(after)
        title = title_text(printed)
        preamble = after[len(printed) :]
        header = [line for line in header if line.block is not Block.BODY and line is not placed]
    elif (joined := _kind_with_title(header)) is not None:
        # `KẾ HOẠCH Triển khai ...`: a converter joined the kind line and the title
        index, kind, title = joined
        preamble = header[index + 1 :]
        header = header[:index]
    elif (subject := _subject(header)) is not None:
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
    number, symbol = _number(header)
    if kind == "unknown" and symbol:
        kind = _kind_from_symbol(symbol)
    place, issued = _place_and_date(header)
    basis_lines = _basis_texts(preamble)
    basis = _once([document for text in basis_lines for document in read_basis(text)])
    recipients_lines, signature_lines = split_closing(closing)
    recipients = read_recipients(recipients_lines)
    block = _issuer_block(header)
    body = block
    if block is None or _bare(block):
        # no block, or one the converter cut to its first line (`ỦY BAN NHÂN DÂN`, the unit's
        # line lost): the authority a decision prints, else the document's own words
        province = known_province(place) if place else None
        found = (
            _deciding_body(preamble, province)
            # a decision whose kind line was dropped prints its authority among the header's
            # body lines (`ỦY BAN NHÂN DÂN | ...` / `Số: ... | ...` / `ỦY BAN NHÂN DÂN TỈNH X`)
            or _deciding_body([line for line in header if line.block is Block.BODY], province)
            or _issuer_from_text(preamble, closing, title, symbol, province)
        )
        if found and (block is None or found.organ == block.organ):
            body = found
        if body is not None and _bare(body):
            body = None  # never the whole name: better none than a false one
    commune = None
    province = None
    if body and body.unit_type and body.unit_name:
        if body.unit_type in HEADER_TERMS.load().commune_types:
            commune = Commune(name=body.unit_name, type=_commune_type(body.unit_type))
        elif body.unit_type in HEADER_TERMS.load().province_types:
            province = known_province(body.unit_name)
    if province is None:
        texts = [line.text for line in header] + ([title] if title else []) + basis_lines
        texts += [line.text for line in preamble] + recipients
        province = _province_in(texts)
    return DocumentMeta(
        kind=kind,
        number=number,
        symbol=symbol,
        issuer=body.full if body else None,
        commune=commune,
        province=province,
        place=place,
        issued=issued,
        title=title,
        period=read_period(title, issued.year if issued else None)
        or read_period(plan_title, issued.year if issued else None),
        basis=basis,
        signer=read_signer(signature_lines),
        recipients=recipients,
    )


def _once(basis: list[BasisDocument]) -> list[BasisDocument]:
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


def opening_period(lines: list[Line], structure: Structure) -> Period | None:
    """The period the body's opening states, for a document whose title names none
    (corpus/ANNOTATION.md), first in the document's order: the heading of a purpose or
    objectives section (`2. Mục tiêu cụ thể đến năm 2030`), a sentence there that opens with
    the span (`Phấn đấu đến năm 2030, ...`) or a time label (`Thời gian thực hiện: từ năm 2026
    đến năm 2030`), or a section of the opening titled by that label. Only the opening clause
    is read: a span named further on belongs to what it names (`Chiến lược ... giai đoạn 2025 -
    2030`); a task's own time (`c) Thời gian thực hiện: năm 2025` under the tasks) is no period."""
    issued = structure.document.issued.year if structure.document.issued else None
    for section in walk(structure.sections):
        first, last = section.lines
        kind = structure.nested_kinds.get(section.id, section.kind)
        if kind in _OPENING_KINDS:
            texts = [section.title] + [_span_clause(line.text) for line in lines[first:last]]
        elif _time_section(section.title, structure.kind_at(first)):
            heading = numbered(lines[first - 1].text)
            texts = [_span_clause(heading.rest if heading else section.title)]
            texts += [_clause(line.text) for line in lines[first : min(first + 1, last)]]
        else:
            continue
        periods = (read_period(text, issued) for text in texts)
        period = next((p for p in periods if p and _not_past(p, issued)), None)
        if period is not None:
            return period
    return None


def _not_past(period: Period, issued: int | None) -> bool:
    """A plan does not run over a span that ended before it was issued: such a span in the
    opening is a review (`Giai đoạn 2021 - 2025, tỉnh đã ...`)."""
    return issued is None or period.end_year >= issued


def _time_section(title: str, kind: str | None) -> bool:
    """A section of the opening titled by the time label (`3. Thời gian thực hiện`,
    `III. THỜI GIAN THỰC HIỆN`), not one under the tasks or the implementation."""
    return kind in (*_OPENING_KINDS, "other") and _period_label().match(title) is not None


def _span_clause(text: str) -> str:
    """The opening clause of a sentence that opens with a plan's span (`Phấn đấu đến năm 2030`
    of `Phấn đấu đến năm 2030, công tác ...`; after a time label, what the label gives), else
    the empty string."""
    text = (bullet.group("rest") if (bullet := BULLET.match(text)) else text).lstrip("*_ ")
    if label := _period_label().match(text):
        return _clause(text[label.end() :])
    if not _period_opener().match(text):
        return ""
    return _clause(text)


def _clause(text: str) -> str:
    """The first clause of `text`, at most a few words."""
    clause = _CLAUSE_END.split(text.strip(" *_"), maxsplit=1)[0]
    return " ".join(clause.split()[:_MAX_SPAN_WORDS])


@cache
def _period_opener() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(HEADER_TERMS.load().period_openers)})\b", re.I)


@cache
def _period_label() -> re.Pattern[str]:
    """A time label and its colon (`Thời gian thực hiện:`); in a title, the label alone."""
    labels = alternatives(HEADER_TERMS.load().period_labels)
    return re.compile(rf"(?:{labels})\b\s*(?::\s*|$)", re.I)


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
    for line in after[1:_MAX_TITLE_LINES]:
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
    _, symbol = _number(header)
    if not symbol or _kind_from_symbol(symbol) == "unknown":
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


def _basis_glued(line: Line) -> tuple[Line, Line] | None:
    """The title's last line and the basis sentence a hard wrap glued to it, apart."""
    start = glued_opening(line.text)
    if start is None:
        return None
    return replace(line, text=line.text[:start].rstrip()), replace(line, text=line.text[start:])


def _basis_texts(preamble: list[Line]) -> list[str]:
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
    text = _without_bullet(line.text)
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
        and not (is_all_caps(line.text) or (numbered(line.text) and not _NUMBER.match(line.text)))
    )


def is_kind_line(line: Line) -> bool:
    """`KẾ HOẠCH` alone on its line (tên loại), or with a qualifier (`KẾ HOẠCH HÀNH ĐỘNG`), in
    the body, not in a table."""
    return (
        line.block is Block.BODY
        and Hint.TABLE_ROW not in line.hints
        and _kind_of(line.text) != "unknown"
    )


def _subject(header: list[Line]) -> tuple[str, list[Line]] | None:
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
                if following.block is not line.block or _is_motto(following.text):
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


def _kind_line(header: list[Line]) -> int | None:
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


def _kind_from_symbol(symbol: str) -> DocumentKind:
    first = re.split(r"[-/]", symbol, maxsplit=1)[0].casefold()
    for term in HEADER_TERMS.load().document_kinds:
        if term.symbol.casefold() == first:
            return term.kind
    return "unknown"


def _number(header: list[Line]) -> tuple[str | None, str | None]:
    """The document's own `Số: 12/KH-UBND` (the number may sit on the line under `Số:`); a
    `SỐ 1050/QĐ-SCT` without a colon may be part of the issuer's name (`ĐOÀN KIỂM TRA THEO QUYẾT
    ĐỊNH SỐ 1050/QĐ-SCT`), so it comes second."""
    by_colon = sorted(range(len(header)), key=lambda i: not is_number_line(header[i].text))
    for index in by_colon:
        match = _number_line().match(header[index].text)
        if not match:
            continue
        rest = match.group("rest")
        if not rest.strip() and index + 1 < len(header):
            rest = header[index + 1].text  # `Số:` alone, the number on the cell's next line
        # a full stop ends the symbol (`12/KH-UBND.`), and so does a space between two words
        # (`145/KH-UBND Đắk Lắk, ngày ...`: a row's next cell); spaces around `/`, `-`, `&`
        # are the converter's (`12 /KH - UBND`)
        marked = re.sub(r"\.(?=\s|$)", ";", rest.strip())
        compact = re.sub(r"\s*([/&-])\s*", r"\1", marked)
        parts = _NUMBER.match(compact)
        if parts is None:
            continue
        symbol, digits, party = parts.group("symbol", "n", "party")
        joint = "/"
        if party:
            symbol, joint = f"{party}/{symbol}", "-"
        return (f"{digits}{joint}{symbol}" if re.search(r"\d", digits) else None), symbol
    return None, None


def _place_and_date(header: list[Line]) -> tuple[str | None, DateParts | None]:
    right = [line.text for line in header if line.block is Block.HEADER_RIGHT]
    printed = [text for text in right if not _is_motto(text) and re.search(r"\w", text)]
    candidates = [" ".join(printed)] if right else []
    candidates += [line.text for line in header]
    # a reader that could not part the header's columns may cut the date line before its year
    candidates += [f"{first.text} {second.text}" for first, second in pairwise(header)]
    for text in candidates:
        date = date_in_words(text) or _dated_in_figures(text)
        if date is None:
            continue
        place_match = _PLACE.search(_after_motto(text[: date.start()]))
        place = place_match.group("place").strip() if place_match else None
        if place is not None and not re.search(r"[^\W\d_]", place):
            place = None  # a draft's dots (`..., ngày ... tháng ... năm 2026`)
        return place, parts_of(date)
    return None, None


def _dated_in_figures(text: str) -> re.Match[str] | None:
    """`An Phú, ngày 05/3/2026`: the date line with the date in figures, after the place and
    the day word (a date in figures elsewhere in the header is a cited document's)."""
    found = _figures_date_line().search(text)
    return found if found and _PLACE.search(_after_motto(text[: found.start()])) else None


@cache
def _figures_date_line() -> re.Pattern[str]:
    days = alternatives(DATE_WORDS.load().day_words)
    return re.compile(rf"(?:{days})\s+{DATE_NUMERIC.pattern}", re.IGNORECASE)


def _after_motto(text: str) -> str:
    """What a line prints after the motto and the rule under it, or after the number, where a
    converter joined those cells into one line (`... Hạnh phúc --------------- Đắk Lắk, ngày
    ...`, `Số: 145/KH-UBND Đắk Lắk, ngày ...`)."""
    text = text.rsplit("|", 1)[-1]  # `Số: 71/KH-UBND | Bạc Liêu, ngày ...`: the last cell
    ends = [found.end() for found in _motto().finditer(text)]
    text = text[ends[-1] :] if ends else text
    if number := _number_line().match(text):
        text = re.sub(r"^\S*(?:\s*[/&-]\s*\S+)*", "", number.group("rest").strip())
    return _RULE_INSIDE.split(text)[-1]


_LETTER_SPACED = re.compile(r"^(?:\w ){3,}\w$")
_RULE_INSIDE = re.compile(r"[-_=*]{3,}")


def _issuer_block(header: list[Line]) -> Body | None:
    left = [line for line in header if line.block is Block.HEADER_LEFT]
    if left and not any(_block_name(_without_speck(line), labelled=False) for line in left):
        left = _cell_before_table(header) + left
    pool = left or [line for line in header if line.block is Block.BODY]
    labelled = any(is_number_line(line.text) for line in header)
    names = [text for text in map(_without_speck, pool) if _block_name(text, labelled)]
    names = [part for name in names for part in _split_block_line(name)]
    if not names:
        return None
    whole = parse_body(" ".join(names))
    if len(names) < _PARENT_AND_OFFICE:
        return whole
    parent, office = parse_body(" ".join(names[:-1])), names[-1]
    own = parse_body(office)
    if own and own.unit_name:
        # `ĐẢNG BỘ TỈNH THANH HÓA` / `ĐẢNG ỦY XÃ HOẰNG LỘC`: the lower line names the issuer
        # with its own unit, the line above the body that manages it
        return own
    if parent and parent.unit_name and not own and not unit_type_at(office):
        # `UBND TỈNH LÀO CAI` / `SỞ CÔNG THƯƠNG`: the office issues, within the parent's unit
        return Body(office_case(office) or title_case(office), parent.unit_type, parent.unit_name)
    if whole is None and (placed := unit_type_at(office)) and office_case(names[0]):
        # `SỞ GIÁO DỤC VÀ ĐÀO TẠO` / `TỈNH LÀO CAI`: the office, then the unit it serves
        unit_type, unit_name = placed
        name = " ".join(capitalized_run(title_case(unit_name).split()))
        return Body(office_case(" ".join(names[:-1])) or "", unit_type, name or None)
    if whole is None and _opens_with_parent_body(names[0]):
        # `SỞ CÔNG THƯƠNG` / `ĐOÀN KIỂM TRA` / `THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT`: the office below
        below = " ".join(names[1:])
        return Body(office_case(below) or name_case(below), None, None)
    return whole


def _block_name(text: str, labelled: bool) -> bool:
    """Whether an issuer block's line prints a name (not the motto, the number or a date)."""
    return (
        is_all_caps(text)
        and not _is_motto(text)
        and not is_number_line(text)
        # `SỐ 1050/QĐ-SCT` ends an office's name when the document's own number is `Số: ...`
        and (not re.search(r"\d", text) or (labelled and _number_line().match(text) is not None))
    )


def _cell_before_table(header: list[Line]) -> list[Line]:
    """The issuer's cell a converter printed before the header table's first bar (`ỦY BAN NHÂN
    DÂN` / `TỈNH LÂM ĐỒNG` / `|` / `CỘNG HÒA ...`): the body lines in capitals right before the
    table's first cell, as the left block's lines."""
    first = next((i for i, line in enumerate(header) if line.block is not Block.BODY), 0)
    cell: list[Line] = []
    for line in reversed(header[max(first - _MAX_CELL_BEFORE, 0) : first]):
        if not is_all_caps(line.text) or is_kind_line(line):
            break
        cell.insert(0, replace(line, block=Block.HEADER_LEFT))
    return cell


def _bar_cells(header: list[Line]) -> list[Line]:
    """A header row a converter printed on one line with bars between its cells (`ỦY BAN NHÂN
    DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |`, `Số: 71/KH-UBND | Bạc Liêu, ngày ...`): its
    first cell the left block's, the others the right's. Only a row whose cells hold the
    motto, the number or the place and date; a line opening with a bar is a table's row."""
    out: list[Line] = []
    for line in header:
        cells = [cell.strip() for cell in line.text.split("|")]
        cells = [cell for cell in cells if cell]
        if (
            line.block is not Block.BODY
            or line.cells is not None
            or line.text.lstrip().startswith("|")
            or not any(_is_motto(c) or is_number_line(c) or has_place_date(c) for c in cells)
        ):
            out.append(line)
            continue
        if len(cells) < _PARENT_AND_OFFICE:
            # a cell's last line with the bar after it (`Số: 0155/KH-UBND |`)
            out.append(replace(line, text=cells[0]) if cells else line)
            continue
        out.append(replace(line, text=cells[0], block=Block.HEADER_LEFT))
        out.extend(replace(line, text=cell, block=Block.HEADER_RIGHT) for cell in cells[1:])
    return out


def _bare(body: Body) -> bool:
    """An issuing body printed without its unit (`ỦY BAN NHÂN DÂN`)."""
    return body.unit_type is None and body.unit_name is None and body.organ in _issuing_names()


@cache
def _number_line() -> re.Pattern[str]:
    """`Số: 12/KH-UBND`, or without the colon `SỐ 1050/QĐ-SCT` (the label of layout_cues.yaml)."""
    labels = alternatives(LAYOUT_CUES.load().number_labels)
    return re.compile(rf"^(?:{labels})\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)


def _before_next_header(closing: list[Line]) -> list[Line]:
    """The closing up to the header of a document printed after it (a decision's plan repeats
    the issuer block and the motto: `ỦY BAN NHÂN DÂN` / `TỈNH SƠN LA` / `CỘNG HÒA ...`), which
    is neither signature nor recipients."""
    motto = next((i for i, line in enumerate(closing) if _is_motto(line.text)), None)
    if motto is None:
        return closing
    end = motto
    while end > 0 and is_all_caps(closing[end - 1].text) and _issuer_block_line(closing[end - 1]):
        end -= 1
    return closing[:end]


def _split_block_line(text: str) -> list[str]:
    """An issuer block printed on one line (a converter joins a cell's lines: `UBND TỈNH ĐẮK
    LẮK SỞ Y TẾ`): the managing body and its unit, then the office from its kind on (`SỞ Y
    TẾ`), as the two lines the block prints."""
    terms = HEADER_TERMS.load()
    folded = text.casefold()
    for found in _office_start().finditer(folded):
        head = f" {folded[: found.start()]} "
        if any(f" {unit} " in head for unit in terms.unit_types):
            return [text[: found.start()].strip(), text[found.start() :].strip()]
    return [text]


@cache
def _office_start() -> re.Pattern[str]:
    terms = HEADER_TERMS.load()
    openers = [*terms.office_kinds, *terms.issuing_bodies, *terms.parent_bodies]
    return re.compile(rf"(?<=\s)(?:{alternatives(o.casefold() for o in openers)})(?=\s)")


def _without_speck(line: Line) -> str:
    """An issuer block's line without the rule a legal database's page prints under the name
    (`ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK -------`), and, read by OCR, without the speck read as a last
    small letter (`ỦY BAN NHÂN DÂN x.`: a stain beside the name)."""
    text = _RULE.sub("", line.text)
    if Hint.OCR not in line.hints:
        return text
    found = re.search(r"\s+(?P<speck>\S{1,2})$", text)
    if found and not any(char.isupper() or char.isdigit() for char in found.group("speck")):
        return text[: found.start()]
    return text


_RULE = re.compile(r"\s*[-_*=]{3,}\s*$")


def _issuer_block_line(line: Line) -> bool:
    """An issuer block's line: a body's name or a place under it, not a signature line."""
    return signature_prefix_at(line.text) is None and position_at(line.text) is None


def _is_motto(text: str) -> bool:
    """A header line holding any part of the national motto (`CỘNG HÒA XÃ HỘI ...`, `Độc lập`):
    unlike the readers' `has_motto`, which finds the motto's table, a part alone counts, and so
    does a part's first words alone on the line (`CỘNG`, then `HÒA XÃ HỘI ...`: a wrap)."""
    if _motto().search(text) is not None:
        return True
    words = text.casefold().split()
    return bool(words) and any(
        words == part[: len(words)] and len(words) < len(part) for part in _motto_words()
    )


@cache
def _motto_words() -> list[list[str]]:
    return [part.casefold().split() for part in HEADER_TERMS.load().motto]


@cache
def _motto() -> re.Pattern[str]:
    parts = (re.escape(part).replace(r"\ \-\ ", r"\s*-\s*") for part in HEADER_TERMS.load().motto)
    return re.compile("|".join(parts), re.IGNORECASE)


def _opens_with_parent_body(text: str) -> bool:
    folded = " ".join(text.casefold().split())
    return any(re.match(rf"{re.escape(b)}\b", folded) for b in HEADER_TERMS.load().parent_bodies)


def _issuer_from_text(
    preamble: list[Line],
    closing: list[Line],
    title: str | None,
    symbol: str | None,
    province: str | None,
) -> Body | None:
    """No issuer block: `UBND xã X ban hành Kế hoạch`, or `Ủy ban nhân dân tỉnh ban hành` in a
    document placed in a province (`Gia Lai, ngày ...`), else `trên địa bàn xã X` in a plan
    whose symbol names its issuing body (`KH-UBND`)."""
    terms = HEADER_TERMS.load()
    for line in preamble:
        for match in _issuing_sentence().finditer(line.text):
            printed = match.group(0)[: match.start("rest") - match.start()] + match.group("rest")
            body = parse_body(printed)
            if body and body.unit_name:
                return body
            if body and (placed := _in_province(body, printed, province)):
                return placed
    organ = _issuing_body_of(symbol)
    if organ is None:
        return None
    texts = ([title] if title else []) + [line.text for line in closing[:1]]
    for text in texts:
        for match in _territory().finditer(text):
            body = parse_body(f"{organ} {text[match.end() :]}")
            if body and body.unit_name and body.unit_type in terms.commune_types:
                return body
    return None


def _deciding_body(preamble: list[Line], province: str | None) -> Body | None:
    """The authority a decision prints under its title (`ỦY BAN NHÂN DÂN TỈNH NGHỆ AN`, `CHỦ
    TỊCH ỦY BAN NHÂN DÂN TỈNH ...`), when no issuer block was read: the body that decides; one
    printed without its name (`ỦY BAN NHÂN DÂN TỈNH`) decides in the province the document is
    placed in."""
    for line in preamble[:_MAX_TITLE_LINES]:
        if not is_body_name(line):
            continue
        position = position_at(line.text)
        text = line.text[len(position) :] if position else line.text
        body = parse_body(text)
        if body is not None and body.unit_name:
            return body
        if body is not None and (placed := _in_province(body, text, province)):
            return placed
    return None


def _in_province(body: Body, text: str, province: str | None) -> Body | None:
    """`Ủy ban nhân dân tỉnh` with no name after it, in a document placed in a province: the
    body of that province."""
    rest = " ".join(expand_abbreviations(text).split())[len(body.organ) :].strip().casefold()
    if province is None or rest not in HEADER_TERMS.load().province_types:
        return None
    return Body(body.organ, rest, province)


@cache
def _issuing_sentence() -> re.Pattern[str]:
    """`UBND xã X ban hành Kế hoạch`: an issuing body (or its abbreviation), the unit, a verb."""
    terms = HEADER_TERMS.load()
    bodies, verbs = alternatives(_issuing_names()), alternatives(terms.issuing_verbs)
    # the unit between the body and the verb holds no punctuation: a clause's end is not it
    return re.compile(rf"(?:{bodies})\s+(?P<rest>[^,;:.()]+?)\s+(?:{verbs})\b", re.IGNORECASE)


def _issuing_names() -> list[str]:
    """The issuing bodies and their abbreviations (`ủy ban nhân dân`, `UBND`)."""
    terms = HEADER_TERMS.load()
    bodies = {body.casefold() for body in terms.issuing_bodies}
    return [
        *terms.issuing_bodies,
        *(s for s, full in terms.abbreviations.items() if full.casefold() in bodies),
    ]


def _issuing_body_of(symbol: str | None) -> str | None:
    """The issuing body a symbol ends with, abbreviated (`KH-UBND`: the People's Committee)."""
    if not symbol:
        return None
    folded = symbol.casefold()
    return next((name for name in _issuing_names() if folded.endswith(name.casefold())), None)


@cache
def _territory() -> re.Pattern[str]:
    """`trên địa bàn`, `của`: the words before the unit a plan's title is about."""
    terms = HEADER_TERMS.load()
    words = alternatives([*terms.territory_words, *terms.issuer_words])
    return re.compile(rf"(?:{words})\s+", re.IGNORECASE)


def _commune_type(unit_type: str) -> CommuneType:
    if unit_type not in get_args(CommuneType):
        raise ValueError(unit_type)
    return cast(CommuneType, unit_type)


def _province_in(texts: list[str]) -> str | None:
    kinds = alternatives(HEADER_TERMS.load().province_types)
    pattern = re.compile(rf"(?<!\w)(?:{kinds})\s+(?P<name>.+)", re.IGNORECASE)
    for text in texts:
        for match in pattern.finditer(text):
            name = match.group("name")
            words = capitalized_run(title_case(name).split() if is_all_caps(name) else name.split())
            for size in range(min(len(words), 4), 0, -1):
                found = known_province(" ".join(words[:size]))
                if found:
                    return found
    return None
