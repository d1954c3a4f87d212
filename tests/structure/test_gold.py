"""The parser's header fields and top-level sections equal the hand-made gold on every
annotated document (corpus/gold/structure, format in corpus/ANNOTATION.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from plan_extract import parse
from plan_extract.core.contract import Plan

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "corpus" / "gold" / "structure").glob("*.yaml"))


def _as_gold(plan: Plan) -> dict[str, Any]:
    """The parser's output in the gold file's shape."""
    meta = plan.document
    return {
        "document": {
            "kind": meta.kind,
            "number": meta.number,
            "symbol": meta.symbol,
            "issuer": meta.issuer,
            "commune": meta.commune.model_dump() if meta.commune else None,
            "province": meta.province,
            "province_code": meta.province_code,
            "place": meta.place,
            "issued": meta.issued.iso if meta.issued else None,
            "title": meta.title,
            "period": [meta.period.start_year, meta.period.end_year] if meta.period else None,
            "basis": [
                {
                    "kind": doc.kind,
                    "number": doc.number,
                    "date": doc.date.iso if doc.date else None,
                    "issuer": doc.issuer,
                }
                for doc in meta.basis
            ],
            "signer": meta.signer.model_dump() if meta.signer else None,
            "recipients": meta.recipients,
        },
        "sections": [{"number": s.number, "title": s.title, "kind": s.kind} for s in plan.sections],
        "warnings": sorted({w.code for w in plan.warnings}),
    }


def test_enough_documents_are_annotated() -> None:
    seeds = [path for path in GOLD if path.stem[:3].isdigit()]
    assert len(seeds) == 5
    assert len(GOLD) - len(seeds) >= 8


@pytest.mark.parametrize("gold_path", GOLD, ids=[path.stem for path in GOLD])
def test_header_and_sections_equal_gold(gold_path: Path) -> None:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    actual = _as_gold(parse(ROOT / "corpus" / gold["source"]))
    for field, expected in gold["document"].items():
        assert actual["document"][field] == expected, field
    assert actual["sections"] == gold["sections"]
    if "warnings" in gold:
        assert actual["warnings"] == sorted(gold["warnings"])
