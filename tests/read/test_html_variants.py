"""Every dev plan with tables, its tables rewritten as HTML tables (tests/html_rewrite.py),
reads as the plan does: the same header, sections, targets, units and deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from html_rewrite import RaggedTableError, with_html_tables
from plan_extract.evaluate.variants import differing, outline
from plan_extract.pipeline import parse_bytes, parse_path

ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted((ROOT / "corpus" / "plans" / "real").glob("*.md"))


def _rewritten(path: Path) -> tuple[str, int] | None:
    try:
        return with_html_tables(path.read_text(encoding="utf-8"))
    except RaggedTableError:
        return None


# the plans whose tables corpus/render.py lays out in even rows (all but one, checked below)
REWRITABLE = [path for path in PLANS if _rewritten(path) is not None]


def test_nearly_every_dev_plan_has_tables_to_rewrite() -> None:
    rewritten = [_rewritten(path) for path in REWRITABLE]
    assert len(PLANS) >= 20 and len(REWRITABLE) >= len(PLANS) - 1
    assert all(found is not None and found[1] >= 2 for found in rewritten)  # header, closing


@pytest.mark.parametrize("path", REWRITABLE, ids=lambda path: path.name)
def test_a_plan_with_html_tables_reads_as_with_its_own(path: Path) -> None:
    found = _rewritten(path)
    assert found is not None
    base = outline(parse_path(path))
    assert differing(base, outline(parse_bytes(found[0].encode(), path.name))) == ()
