from __future__ import annotations

from plan_extract.resolve.indicators_match import match_indicator


def test_domain_and_unit_must_agree() -> None:
    assert (
        match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "economy", "percent") == "ECO-1"
    )
    assert match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "health", "percent") is None
    assert match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "economy", "ratio") is None
