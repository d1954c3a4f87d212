"""The parser's header and top-level sections in the gold file's shape, so that the two compare
field by field (the scorer and tests/structure/test_gold.py both use this one projection)."""

from __future__ import annotations

from plan_extract.core.contract import Plan
from plan_extract.evaluate.gold import (
    GoldBasis,
    GoldCommune,
    GoldHeader,
    GoldSection,
    GoldSigner,
)


def header_of(plan: Plan) -> GoldHeader:
    meta = plan.document
    return GoldHeader(
        kind=meta.kind,
        number=meta.number,
        symbol=meta.symbol,
        issuer=meta.issuer,
        commune=GoldCommune(**meta.commune.model_dump()) if meta.commune else None,
        province=meta.province,
        province_code=meta.province_code,
        place=meta.place,
        issued=meta.issued.iso if meta.issued else None,
        title=meta.title,
        period=(meta.period.start_year, meta.period.end_year) if meta.period else None,
        basis=[
            GoldBasis(
                kind=doc.kind,
                number=doc.number,
                date=doc.date.iso if doc.date else None,
                issuer=doc.issuer,
            )
            for doc in meta.basis
        ],
        signer=GoldSigner(**meta.signer.model_dump()) if meta.signer else None,
        recipients=list(meta.recipients),
    )


def sections_of(plan: Plan) -> list[GoldSection]:
    """The top-level sections; a section without a kind is `other`."""
    return [
        GoldSection(number=s.number, title=s.title, kind=s.kind or "other") for s in plan.sections
    ]
