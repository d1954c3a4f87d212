"""The same plan as text, Word, PDF and scan gives the same plan: header, sections, targets,
units and deadlines (the scan: the same targets and deadlines, units with F1 >= 0.9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plan_extract import parse
from plan_extract.core.contract import Plan

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "plans"
STEMS = ["001_d694d18c5a7d837d", "004_84ecff9abd92b8a3"]


def header(plan: Plan) -> dict[str, Any]:
    return plan.document.model_dump()


def sections(plan: Plan) -> list[tuple[str, str, str | None, list[Any]]]:
    def tree(section: Any) -> tuple[str, str, str | None, list[Any]]:
        return (section.id, section.title, section.kind, [tree(c) for c in section.children])

    return [tree(s) for s in plan.sections]


def targets(plan: Plan) -> list[tuple[Any, ...]]:
    return sorted(
        ((t.value, t.unit, t.comparator, t.year, t.frequency, t.indicator) for t in plan.targets),
        key=repr,
    )


def units(plan: Plan) -> list[tuple[str, str, bool]]:
    return sorted((u.name, u.kind, u.lead) for u in plan.units)


def deadlines(plan: Plan) -> list[tuple[Any, ...]]:
    def iso(parts: Any) -> str | None:
        return parts.iso if parts else None

    return sorted(
        ((d.kind, iso(d.start), iso(d.end), d.recurrence) for d in plan.deadlines), key=repr
    )


@pytest.fixture(scope="module", params=STEMS)
def formats(request: pytest.FixtureRequest) -> dict[str, Plan]:
    stem = request.param
    return {
        "txt": parse(CORPUS / "seeds" / f"{stem}.txt"),
        "docx": parse(CORPUS / "rendered" / f"{stem}.docx"),
        "pdf": parse(CORPUS / "rendered" / f"{stem}.pdf"),
    }


def test_word_and_pdf_give_the_text_seeds_plan(formats: dict[str, Plan]) -> None:
    text = formats["txt"]
    for name in ("docx", "pdf"):
        plan = formats[name]
        assert header(plan) == header(text), name
        assert sections(plan) == sections(text), name
        assert targets(plan) == targets(text), name
        assert units(plan) == units(text), name
        assert deadlines(plan) == deadlines(text), name


def test_the_seeds_plan_is_not_empty(formats: dict[str, Plan]) -> None:
    # the comparison above means something only when there is something to compare
    text = formats["txt"]
    assert text.document.number or text.document.title
    assert text.sections and text.units


def f1(expected: list[Any], found: list[Any]) -> float:
    matched = len(set(expected) & set(found))
    if not expected and not found:
        return 1.0
    precision = matched / len(set(found)) if found else 0.0
    recall = matched / len(set(expected)) if expected else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_scan_gives_the_same_commune_sections_targets_deadlines_and_units() -> None:
    stem = "001_d694d18c5a7d837d"
    text = parse(CORPUS / "seeds" / f"{stem}.txt")
    scan = parse(CORPUS / "rendered" / f"{stem}.scan.pdf")
    assert [t[:5] for t in targets(scan)] == [t[:5] for t in targets(text)]
    assert deadlines(scan) == deadlines(text)
    assert f1([u[0] for u in units(text)], [u[0] for u in units(scan)]) >= 0.9
    assert targets(text) and units(text)
    # OCR drops the tilde of `Vĩnh`; the unit list of the province gives the name back
    assert scan.document.commune == text.document.commune
    # and reads `III.` as `II.`; the numbers around it give it back
    assert [s.number for s in scan.sections] == [s.number for s in text.sections]
