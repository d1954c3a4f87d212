"""Funding sources named in the funding section (KINH PHÍ THỰC HIỆN)."""

from __future__ import annotations

from typing import cast

from plan_extract.core.contract import Funding, FundingSource
from plan_extract.extract.context import NUMBERING, Context
from plan_extract.extract.nlp import outermost


def find_funding(context: Context) -> list[Funding]:
    """One entry per source, at its first mention, with the clause that names it."""
    found: dict[FundingSource, Funding] = {}
    for line in context.lines:
        if line.kind != "funding":
            continue
        for hit in outermost(line.parse.of("FUNDING_SOURCE")):
            source = cast(FundingSource, hit.id)
            if source in found:
                continue
            span = line.span(*line.clause_bounds(hit.first_token), lead=NUMBERING)
            found[source] = Funding(
                source=source,
                text=line.span_words(span),
                section=line.section.id if line.section else None,
                line=line.number,
                span=span,
            )
    return list(found.values())
