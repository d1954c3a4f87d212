"""The header: kind, number and symbol, issuer, place and date, title, period, basis; with the
closing's signer and recipients, the document's metadata (`DocumentMeta`)."""

from __future__ import annotations

import re

from plan_extract.core.contract import (
    Commune,
    CommuneType,
    DateParts,
    DocumentKind,
    DocumentMeta,
    Period,
)
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import TERMINAL, numbered
from plan_extract.read.model import Block, Hint
from plan_extract.structure.basis import is_basis_sentence, read_basis
from plan_extract.structure.blocks import split_rows
from plan_extract.structure.closing import read_recipients, read_signer, split_closing
from plan_extract.structure.dates import DATE_WORDS, parts_of
from plan_extract.structure.names import (
    Body,
    capitalized_run,
    name_case,
    parse_body,
    title_case,
    unit_type_at,
)
from plan_extract.structure.places import known_province
from plan_extract.structure.terms import HEADER_TERMS

_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"^Số\s*:", re.IGNORECASE)
_NUMBER = re.compile(r"^(?P<n>[0-9A-Za-zĐđ.\-]*)/(?P<symbol>[0-9A-Za-zĐđ][0-9A-Za-zĐđ\-/]*)")
_MOTTO = re.compile(r"CỘNG HÒA|CHỦ NGHĨA VIỆT NAM|Độc lập|Tự do\s*-\s*Hạnh phúc", re.IGNORECASE)
_PLACE = re.compile(r"(?P<place>[^,]{2,80}),\s*$")
_RANGE = re.compile(
    r"(?:giai đoạn|thời kỳ|từ năm)\s*(?P<a>\d{4})\s*-\s*(?:năm\s*)?(?P<b>\d{4})", re.I
)
_YEAR = re.compile(r"(?<!tháng )(?<!đến )(?<!\d )năm\s+(?P<y>\d{4})", re.IGNORECASE)
_MAX_TITLE_LINES = 4
_PARENT_AND_OFFICE = 2  # issuer block lines: the parent body, then the issuing office
_TERRITORY = re.compile(r"(?:trên địa bàn|của)\s+", re.IGNORECASE)


def read_meta(lines: list[Line], body_start: int | None, closing: list[Line]) -> DocumentMeta:
    header = split_rows(
        [line for line in lines if body_start is None or line.number < body_start],
        Block.HEADER_LEFT,
        Block.HEADER_RIGHT,
    )
    closing = split_rows(closing, Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
    kind_index = _kind_line(header)
    kind: DocumentKind = "unknown"
    title = None
    preamble = header
    if kind_index is not None:
        kind = _kind_of(header[kind_index].text)
        after = header[kind_index + 1 :]
        title_lines = _title_lines(after)
        title = " ".join(line.text for line in title_lines) or None
        preamble = after[max(len(title_lines), 1) :]
        header = header[:kind_index]
    number, symbol = _number(header)
    if kind == "unknown" and symbol:
        kind = _kind_from_symbol(symbol)
    place, issued = _place_and_date(header)
    basis_lines = [line.text for line in preamble if is_basis_sentence(line.text)]
    basis = [document for text in basis_lines for document in read_basis(text)]
    recipients_lines, signature_lines = split_closing(closing)
    recipients = read_recipients(recipients_lines)
    body = _issuer_block(header) or _issuer_from_text(preamble, closing, title, symbol)
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
        period=_period(title),
        basis=basis,
        signer=read_signer(signature_lines),
        recipients=recipients,
    )


def _title_lines(after: list[Line]) -> list[Line]:
    """The summary (trích yếu) under the kind line, possibly printed over several lines.

    A .txt file keeps the printed line breaks, and a second line may start with a capital
    (`Thực hiện Chiến lược ... giai đoạn 2026 - 2030` / `Trên địa bàn xã An Hưng`): lines in the
    same case continue it up to a line that ends a sentence, cites a basis or starts a section.
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
            or not re.search(r"\w", line.text)
            or is_all_caps(line.text) != is_all_caps(lines[0].text)
        ):
            break
        lines.append(line)
    return lines


def is_kind_line(line: Line) -> bool:
    """`KẾ HOẠCH` alone on its line (tên loại), in the body, not in a table."""
    names = {term.name for term in HEADER_TERMS.load().document_kinds}
    return (
        line.block is Block.BODY
        and Hint.TABLE_ROW not in line.hints
        and line.text.strip(" .:").casefold() in names
    )


def _kind_line(header: list[Line]) -> int | None:
    for index, line in enumerate(header):
        if is_kind_line(line):
            return index
    return None


def _kind_of(text: str) -> DocumentKind:
    folded = text.strip(" .:").casefold()
    for term in HEADER_TERMS.load().document_kinds:
        if term.name == folded:
            return term.kind
    return "unknown"


def _kind_from_symbol(symbol: str) -> DocumentKind:
    first = symbol.split("-", 1)[0].casefold()
    for term in HEADER_TERMS.load().document_kinds:
        if term.symbol.casefold() == first:
            return term.kind
    return "unknown"


def _number(header: list[Line]) -> tuple[str | None, str | None]:
    """The document's own `Số: 12/KH-UBND`; a `SỐ 1050/QĐ-SCT` without a colon may be part of
    the issuer's name (`ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT`), so it comes second."""
    by_colon = sorted(header, key=lambda line: _NUMBER_LABEL.match(line.text) is None)
    for line in by_colon:
        match = _NUMBER_LINE.match(line.text)
        if not match:
            continue
        compact = re.sub(r"\s+", "", match.group("rest"))
        parts = _NUMBER.match(compact)
        if parts is None:
            continue
        symbol = parts.group("symbol")
        digits = parts.group("n")
        return (f"{digits}/{symbol}" if re.search(r"\d", digits) else None), symbol
    return None, None


def _place_and_date(header: list[Line]) -> tuple[str | None, DateParts | None]:
    right = [line.text for line in header if line.block is Block.HEADER_RIGHT]
    candidates = [" ".join(text for text in right if not _MOTTO.search(text))] if right else []
    candidates += [line.text for line in header]
    for text in candidates:
        date = DATE_WORDS.search(text)
        if date is None:
            continue
        place_match = _PLACE.search(text[: date.start()])
        place = place_match.group("place").strip() if place_match else None
        return place, parts_of(date)
    return None, None


def _issuer_block(header: list[Line]) -> Body | None:
    left = [line for line in header if line.block is Block.HEADER_LEFT]
    pool = left or [line for line in header if line.block is Block.BODY]
    labelled = any(_NUMBER_LABEL.match(line.text) for line in header)
    names = [
        line.text
        for line in pool
        if is_all_caps(line.text)
        and not _MOTTO.search(line.text)
        and not _NUMBER_LABEL.match(line.text)
        # `SỐ 1050/QĐ-SCT` ends an office's name when the document's own number is `Số: ...`
        and (not re.search(r"\d", line.text) or (labelled and _NUMBER_LINE.match(line.text)))
    ]
    if not names:
        return None
    whole = parse_body(" ".join(names))
    if len(names) < _PARENT_AND_OFFICE:
        return whole
    parent, office = parse_body(" ".join(names[:-1])), names[-1]
    if parent and parent.unit_name and not parse_body(office) and not unit_type_at(office):
        # `UBND TỈNH LÀO CAI` / `SỞ CÔNG THƯƠNG`: the office issues, within the parent's unit
        return Body(title_case(office), parent.unit_type, parent.unit_name)
    if whole is None and _opens_with_parent_body(names[0]):
        # `SỞ CÔNG THƯƠNG` / `ĐOÀN KIỂM TRA` / `THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT`: the office below
        return Body(name_case(" ".join(names[1:])), None, None)
    return whole


def _opens_with_parent_body(text: str) -> bool:
    folded = " ".join(text.casefold().split())
    return any(re.match(rf"{re.escape(b)}\b", folded) for b in HEADER_TERMS.load().parent_bodies)


def _issuer_from_text(
    preamble: list[Line], closing: list[Line], title: str | None, symbol: str | None
) -> Body | None:
    """No issuer block: `UBND xã X ban hành Kế hoạch`, else `trên địa bàn xã X` in a UBND plan."""
    terms = HEADER_TERMS.load()
    bodies = "|".join(re.escape(body) for body in terms.issuing_bodies)
    verbs = "|".join(re.escape(verb) for verb in terms.issuing_verbs)
    pattern = re.compile(rf"(?:{bodies}|UBND)\s+(?P<rest>.+?)\s+(?:{verbs})\b", re.IGNORECASE)
    for line in preamble:
        for match in pattern.finditer(line.text):
            body = parse_body(
                match.group(0)[: match.start("rest") - match.start()] + match.group("rest")
            )
            if body and body.unit_name:
                return body
    if not (symbol and symbol.upper().endswith("UBND")):
        return None
    texts = ([title] if title else []) + [line.text for line in closing[:1]]
    for text in texts:
        for match in _TERRITORY.finditer(text):
            body = parse_body("Ủy ban nhân dân " + text[match.end() :])
            if body and body.unit_name and body.unit_type in terms.commune_types:
                return body
    return None


def _commune_type(unit_type: str) -> CommuneType:
    for candidate in ("xã", "phường", "thị trấn", "đặc khu"):
        if unit_type == candidate:
            return candidate
    raise ValueError(unit_type)


def _province_in(texts: list[str]) -> str | None:
    kinds = "|".join(re.escape(kind) for kind in HEADER_TERMS.load().province_types)
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


def _period(title: str | None) -> Period | None:
    if not title:
        return None
    span = _RANGE.search(title)
    if span:
        start, end = int(span.group("a")), int(span.group("b"))
        return Period(start_year=start, end_year=end) if start <= end else None
    year = _YEAR.search(title)
    if year:
        value = int(year.group("y"))
        return Period(start_year=value, end_year=value)
    return None
