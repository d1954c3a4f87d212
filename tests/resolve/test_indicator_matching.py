from __future__ import annotations

import pytest

from plan_extract.resolve.indicators_match import MATCHING_RULES, match_indicator


@pytest.mark.parametrize("example", MATCHING_RULES.load().examples, ids=lambda e: e.indicator[:40])
def test_matching_examples(example) -> None:  # type: ignore[no-untyped-def]
    assert match_indicator(example.indicator, example.domain, example.unit) == example.id


def test_domain_and_unit_must_agree() -> None:
    assert (
        match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "economy", "percent") == "ECO-1"
    )
    assert match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "health", "percent") is None
    assert match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "economy", "ratio") is None
