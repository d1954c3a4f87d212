"""Corpus plans stored without going through a worker pool: each file parsed once per test
session (a scan's OCR takes a while), then saved into whichever store a test opened."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from plan_extract.pipeline import parse_bytes_with_lines
from plan_extract.store import Store
from plan_extract.store.rows import PlanRows, plan_rows

PLANS = Path(__file__).resolve().parents[1] / "corpus" / "plans"


@cache
def parsed(name: str, data: bytes) -> PlanRows:
    plan, doc = parse_bytes_with_lines(data, name)
    return plan_rows(plan, doc)


def store_file(store: Store, relative: str) -> str:
    """Store the corpus file `relative` (to corpus/plans); its plan_id."""
    path = PLANS / relative
    rows = parsed(path.name, path.read_bytes())
    store.save(rows)
    return rows.plan_id


def store_text(store: Store, name: str, text: str) -> str:
    """Store a plan given as text under the file name `name`; its plan_id."""
    rows = parsed(name, text.encode("utf-8"))
    store.save(rows)
    return rows.plan_id
