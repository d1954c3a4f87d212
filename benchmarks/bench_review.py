"""A province's plans with the reviewers' corrections applied (`Backend.province_plans`, what
the province page, its export and compare read) against the parser's plans alone (the same
plans, read the way the page read them before corrections existed): 100 plans of An Giang
(20 at BENCH_SMALL), half of them with three corrections each (a target's value, a unit's role,
the plan marked reviewed). Both sides hold the parsed plans in memory already, as a running
server does; the figure is the cost of reading the corrections and applying them."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.ratio import Figure, alternate, report, seconds, small

PLANS = 20 if small() else 100
PROVINCE = "91"
if TYPE_CHECKING:
    from plan_extract.core.contract import Plan

SEED = Path(__file__).resolve().parent.parent / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"


def run() -> None:
    from plan_extract.store import ingest_paths, open_store
    from plan_extract.store.corrections import Change
    from plan_extract.web.backend import Backend

    with tempfile.TemporaryDirectory(prefix="bench-review-") as folder:
        root = Path(folder)
        (root / "plans").mkdir()
        text = SEED.read_text(encoding="utf-8")
        for index in range(PLANS):
            numbered = text.replace("Số: 131 /KH-UBND", f"Số: {index + 1} /KH-UBND")
            (root / "plans" / f"plan-{index:03d}.txt").write_text(
                numbered, encoding="utf-8"
            )  # plans of their own (one document each: issuer, number and date)
        db = root / "store.duckdb"
        with open_store(db) as store:
            assert ingest_paths(store, [root / "plans"]).stored == PLANS
            for summary in store.plans()[: PLANS // 2]:
                plan = store.plan(summary.plan_id)
                assert plan is not None
                for change in (
                    Change("target", plan.targets[0].id, "value", 77),
                    Change("unit", plan.units[0].id, "role", "cooperating"),
                    Change("plan", None, "reviewed", True),
                ):
                    store.correct(summary.plan_id, change, "bench")
        backend = Backend(db)
        try:

            def parsed() -> list[tuple[str, Plan | None]]:
                return [(s.plan_id, backend.plan(s.plan_id)) for s in backend.summaries(PROVINCE)]

            def reviewed() -> list[tuple[str, Plan]]:
                return backend.province_plans(PROVINCE)

            assert len(parsed()) == len(reviewed()) == PLANS  # and every plan held in memory
            base, ours = alternate(lambda: seconds(parsed), lambda: seconds(reviewed))
        finally:
            backend.close()
    report(
        Figure(
            f"web, a province's {PLANS} plans reviewed",
            "the parser's plans alone",
            "s",
            base,
            ours,
            target=1.5,
            higher_is_better=False,
        )
    )
