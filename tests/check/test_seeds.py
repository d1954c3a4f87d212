"""The seeds get the verdicts their text warrants (issue 5). These run the whole pipeline on
corpus/plans/seeds and check with the built-in gender-equality profile."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from plan_extract.check import check_plan, load_profile
from plan_extract.compare.national import national_catalog
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_path

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"


@cache
def seed(number: str) -> Plan:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return parse_path(path)


@cache
def findings(number: str) -> dict[str, str]:
    """rule id → severity of every finding on the seed."""
    result = check_plan(
        seed(number), load_profile("gender-equality-commune"), national_catalog(), "en"
    )
    return {f.rule.id: f.severity for f in result}


def test_seed_000_has_no_quantitative_target() -> None:
    assert seed("000").targets == []
    assert findings("000")["targets.present"] == "error"
    assert "section.funding" not in findings("000")  # it has a KINH PHÍ section


def test_seed_002_has_no_funding_section_and_no_reporting_deadline() -> None:
    assert findings("002")["section.funding"] == "error"
    assert findings("002")["reporting.deadline"] == "error"
    assert "targets.present" not in findings("002")  # it sets figures in several fields
    assert "section.objectives" not in findings("002")


@pytest.mark.parametrize("number", ["003", "004"])
def test_seeds_003_and_004_have_no_figures(number: str) -> None:
    assert seed(number).targets == []
    assert findings(number)["targets.present"] == "error"
    for domain in ("politics", "economy", "family"):
        assert f"targets.domain.{domain}" in findings(number)


def test_seed_001_passes_the_structural_rules() -> None:
    structural = [r for r in findings("001") if r.startswith(("doc.", "section."))]
    assert structural == []
    assert "targets.present" not in findings("001")
    assert "reporting.deadline" not in findings("001")
