"""The header's metadata (`DocumentMeta`): kind, number and symbol, issuer, place and date,
title, period, basis, with the closing's signer and recipients. Each part is read by the module
that answers its question (kind_and_title, number_and_date, issuer, basis_paragraphs,
header_layout, closing); this module finds where the parts lie and assembles them."""

from __future__ import annotations

from typing import cast, get_args

from plan_extract.core.contract import Commune, CommuneType, DocumentKind, DocumentMeta
from plan_extract.normalize.model import Line
from plan_extract.read.model import Block
from plan_extract.structure.basis import read_basis
from plan_extract.structure.basis_paragraphs import basis_texts, cited_once
from plan_extract.structure.blocks import split_rows
from plan_extract.structure.closing import read_recipients, read_signer, split_closing
from plan_extract.structure.dates import read_period
from plan_extract.structure.header_layout import bar_cells, before_next_header
from plan_extract.structure.issuer import (
    deciding_body,
    is_bare,
    issuer_block,
    issuer_from_text,
    province_in,
)
from plan_extract.structure.kind_and_title import (
    basis_glued,
    kind_from_symbol,
    kind_in_issuer_block,
    kind_line_index,
    kind_of,
    kind_with_title,
    read_subject,
    title_lines,
    title_text,
    title_under_date,
)
from plan_extract.structure.number_and_date import read_number, read_place_and_date
from plan_extract.structure.places import known_province
from plan_extract.structure.terms import HEADER_TERMS


def read_meta(header: list[Line], closing: list[Line], plan_title: str | None) -> DocumentMeta:
    """The metadata from the header's lines (up to the body, or to a decision's articles) and
    the closing's; `plan_title` is the title of the plan a decision issues, which gives the
    period when the decision's own title names none."""
    header = bar_cells(split_rows(header, Block.HEADER_LEFT, Block.HEADER_RIGHT))
    closing = split_rows(before_next_header(closing), Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
    kind_index = kind_line_index(header)
    kind: DocumentKind = "unknown"
    title = None
    preamble = header
    if kind_index is not None:
        kind = kind_of(header[kind_index].text)
        after = header[kind_index + 1 :]
        printed = title_lines(after, decision=kind == "quyet_dinh")
        preamble = after[max(len(printed), 1) :]
        if printed and (cut := basis_glued(printed[-1])) is not None:
            printed[-1], glued = cut
            preamble = [glued, *preamble]
        title = title_text(printed)
        header = header[:kind_index]
    elif (placed := kind_in_issuer_block(header)) is not None:
        # a PDF may set the kind line at the foot of the issuer's column: the body's lines
        # after the header blocks are the title and the preamble
        kind = kind_of(placed.text)
        after = [line for line in header if line.block is Block.BODY]
        printed = title_lines(after)
        title = title_text(printed)
        preamble = after[len(printed) :]
        header = [line for line in header if line.block is not Block.BODY and line is not placed]
    elif (joined := kind_with_title(header)) is not None:
        # `KẾ HOẠCH Triển khai ...`: a converter joined the kind line and the title
        index, kind, title = joined
        preamble = header[index + 1 :]
        header = header[:index]
    elif (subject := read_subject(header)) is not None:
        kind, (title, printed_subject) = "cong_van", subject
        preamble = [line for line in header if line.block is Block.BODY]
        preamble = [line for line in preamble if line not in printed_subject]
        header = [line for line in header if line not in printed_subject]
    elif (untitled := title_under_date(header)) is not None:
        # a converter dropped the kind line (`Số: 34/KH-UBND`, the place and date, then the
        # summary in capitals): the symbol gives the kind, the capitals under the date the title
        date_index, printed = untitled
        title = title_text(printed)
        preamble = header[date_index + 1 + len(printed) :]
        header = header[: date_index + 1]
    number, symbol = read_number(header)
    if kind == "unknown" and symbol:
        kind = kind_from_symbol(symbol)
    place, issued = read_place_and_date(header)
    basis_lines = basis_texts(preamble)
    basis = cited_once([document for text in basis_lines for document in read_basis(text)])
    recipients_lines, signature_lines = split_closing(closing)
    recipients = read_recipients(recipients_lines)
    block = issuer_block(header)
    body = block
    if block is None or is_bare(block):
        # no block, or one the converter cut to its first line (`ỦY BAN NHÂN DÂN`, the unit's
        # line lost): the authority a decision prints, else the document's own words
        province = known_province(place) if place else None
        found = (
            deciding_body(preamble, province)
            # a decision whose kind line was dropped prints its authority among the header's
            # body lines (`ỦY BAN NHÂN DÂN | ...` / `Số: ... | ...` / `ỦY BAN NHÂN DÂN TỈNH X`)
            or deciding_body([line for line in header if line.block is Block.BODY], province)
            or issuer_from_text(preamble, closing, title, symbol, province)
        )
        if found and (block is None or found.organ == block.organ):
            body = found
        if body is not None and is_bare(body):
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
        province = province_in(texts)
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


def _commune_type(unit_type: str) -> CommuneType:
    if unit_type not in get_args(CommuneType):
        raise ValueError(unit_type)
    return cast(CommuneType, unit_type)
