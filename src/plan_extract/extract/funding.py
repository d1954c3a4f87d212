"""Funding sources named in the funding section (KINH PHÍ THỰC HIỆN)."""

from __future__ import annotations

import re
from typing import cast

from plan_extract.core.contract import Funding, FundingSource
from plan_extract.core.text import squash
from plan_extract.extract.context import Context
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
            clause = line.clause_bounds(hit.first_token)
            text = re.sub(r"^[-+•\d.)\s]+", "", squash(line.span_text(*clause)))
            found[source] = Funding(
                source=source,
                text=text,
                section=line.section.id if line.section else None,
                line=line.number,
            )
    return list(found.values())
