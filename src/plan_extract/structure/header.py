"""The header's metadata (`DocumentMeta`): kind, number and symbol, issuer, place and date,
title, period, basis, with the closing's signer and recipients. Each part is read by the module
that answers its question (header_layout, kind_and_title, number_and_date, issuer,
basis_paragraphs, basis, dates, closing); this module puts them together."""

from __future__ import annotations

from typing import cast, get_args

from plan_extract.core.contract import Commune, CommuneType, DocumentMeta, Period
from plan_extract.normalize.model import Line
from plan_extract.read.model import Block
from plan_extract.structure.basis import read_basis
from plan_extract.structure.basis_paragraphs import basis_texts, cited_once, listed_basis
from plan_extract.structure.blocks import split_rows
from plan_extract.structure.closing import read_recipients, read_signer, split_closing
from plan_extract.structure.dates import read_period
from plan_extract.structure.header_layout import (
    bar_cells,
    before_next_header,
    run_together_cells,
)
from plan_extract.structure.issuer import after_frame, named_plan, province_in, read_issuer
from plan_extract.structure.kind_and_title import kind_from_symbol, read_kind_and_title, title_note
from plan_extract.structure.number_and_date import (
    joined_number_lines,
    read_number,
    read_place_and_date,
)
from plan_extract.structure.places import known_province
from plan_extract.structure.terms import HEADER_TERMS


def read_meta(
    header: list[Line], closing: list[Line], plan_title: str | None, first_section: list[Line]
) -> DocumentMeta:
    """The metadata from the header's lines (up to the body, or to a decision's articles) and
    the closing's; `plan_title` is the title of the plan a decision issues, which gives the
    period when the decision's own title names none; `first_section` the lines of a plan's
    first top-level section, whose items are the basis when its heading names it."""
    header = bar_cells(split_rows(header, Block.HEADER_LEFT, Block.HEADER_RIGHT))
    closing = split_rows(before_next_header(closing), Block.FOOTER_LEFT, Block.FOOTER_RIGHT)
    kind, title, preamble, header = read_kind_and_title(header)
    header = run_together_cells(header)  # the lines before the kind's: a title may name the motto
    header = joined_number_lines(header)
    number, symbol = read_number(header)
    if kind == "unknown" and symbol:
        kind = kind_from_symbol(symbol)
    place, issued = read_place_and_date(header)
    basis_lines = basis_texts(preamble) + listed_basis(first_section)
    basis = cited_once([document for text in basis_lines for document in read_basis(text)])
    recipients_lines, signature_lines = split_closing(closing)
    recipients = read_recipients(recipients_lines)
    body = read_issuer(header, preamble, closing, title, symbol, place)
    commune = None
    province = None
    if body and body.unit_type and body.unit_name:
        if body.unit_type in HEADER_TERMS.load().commune_types:
            commune = Commune(name=body.unit_name, type=_commune_type(body.unit_type))
        elif body.unit_type in HEADER_TERMS.load().province_types:
            province = known_province(body.unit_name)
    if province is None:
        # not from a legal database's frame above the document (`Nơi ban hành: Tỉnh ...`)
        texts = [line.text for line in after_frame(header)] + ([title] if title else [])
        texts += basis_lines + [line.text for line in after_frame(preamble)] + recipients
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
        period=_period(title, preamble, plan_title, issued.year if issued else None),
        basis=basis,
        signer=read_signer(signature_lines),
        recipients=recipients,
    )


def _period(
    title: str | None, preamble: list[Line], plan_title: str | None, issued: int | None
) -> Period | None:
    """From the title, a note under it, the title of the plan a decision issues, or, when no
    title is printed, the plan's name in the sentence that issues it (its title in running
    text)."""
    untitled = None if title else named_plan(preamble)
    for text in (title, title_note(preamble), plan_title, untitled):
        if (period := read_period(text, issued)) is not None:
            return period
    return None


def _commune_type(unit_type: str) -> CommuneType:
    if unit_type not in get_args(CommuneType):
        raise ValueError(unit_type)
    return cast(CommuneType, unit_type)
