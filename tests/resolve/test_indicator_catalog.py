from __future__ import annotations

from plan_extract.resolve.indicators import indicator_by_id, load_indicator_catalog


def test_catalog_loads_strategy_and_programme_rows() -> None:
    catalog = load_indicator_catalog()
    ids = [indicator.id for indicator in catalog]
    assert len(ids) == len(set(ids))
    assert "ECO-1" in ids and "P2282-1" in ids
    assert any(indicator.programme for indicator in catalog)


def test_comparators_and_targets_are_typed() -> None:
    eco1 = indicator_by_id("ECO-1")
    assert eco1 is not None
    assert eco1.domain == "economy"
    assert eco1.comparator == ">="
    assert eco1.target_value(2030) == 60
    eco2 = indicator_by_id("ECO-2")
    assert eco2 is not None and eco2.comparator == "<"
    assert indicator_by_id("NOPE-1") is None
