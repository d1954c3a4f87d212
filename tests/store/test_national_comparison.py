"""One definition of the national comparison: the store's `target_comparison` view gives the
answers of `compare.national` (the report's and the check's) on every catalog indicator, for
targets due before, at, between and after the milestones, with no year, with every comparator,
in a matching and a mismatching unit, below, at and above the national value."""

from __future__ import annotations

import hashlib
import itertools
from typing import get_args

import factory
from plan_extract.compare.national import (
    at_least_as_ambitious,
    national_catalog,
    national_reference,
)
from plan_extract.core.contract import Comparator, Period, Plan, Source, Target
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.store import open_store
from plan_extract.store.rows import plan_rows


def _targets() -> list[Target]:
    targets = []
    for indicator in national_catalog().values():
        years = sorted(indicator.values)
        due = [None, *years, *(y + 1 for y in years), (years or [2030])[0] - 1]
        anchor = next(iter(indicator.values.values()), 50.0)
        for year, comparator, unit, value in itertools.product(
            due,
            get_args(Comparator),
            ("percent", "count"),
            (anchor - 1, anchor, anchor + 1),
        ):
            targets.append(
                factory.target(
                    id=f"t{len(targets) + 1}",
                    national_indicator=indicator.id,
                    year=year,
                    comparator=comparator,
                    unit=unit,
                    value=value,
                )
            )
    return targets


def _plan(name: str, period: Period | None, targets: list[Target]) -> Plan:
    sha = hashlib.sha256(name.encode()).hexdigest()
    return factory.plan(
        name,
        source=Source(path=name, sha256=sha, format="txt", parser_version="0"),
        document=factory.document(period=period),
        targets=targets,
    )


def test_the_view_and_the_python_comparison_agree_everywhere(store_db: str) -> None:
    targets = _targets()
    plans = [
        _plan("with-period.txt", Period(start_year=2026, end_year=2030), targets),
        _plan("without-period.txt", None, targets),
    ]
    catalog = national_catalog()
    expected = {}
    for plan in plans:
        for target in plan.targets:
            reference = national_reference(target, plan, catalog)
            expected[(plan.source.sha256, target.id)] = (
                reference.year if reference else None,
                reference.value if reference else None,
                at_least_as_ambitious(target, reference) if reference else None,
            )
    with open_store(store_db) as store:
        for plan in plans:
            lines = [Line(n, f"line {n}", (n,)) for n in range(1, 12)]
            store.save(plan_rows(plan, NormalizedDocument("txt", lines)))
        rows = store.query(
            "SELECT plan_id, target_id, national_year, national_value, at_least_as_ambitious "
            "FROM target_comparison"
        ).rows
    found = {(pid, tid): (year, value, ambitious) for pid, tid, year, value, ambitious in rows}
    assert found == expected
    answers = {ambitious for _, _, ambitious in expected.values()}
    assert answers == {True, False, None}  # every kind of answer was put to the test
    assert len(found) > 5000
