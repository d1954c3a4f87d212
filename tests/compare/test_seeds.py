"""`compare` over the real seeds, through the whole pipeline: the tables say what the texts say."""

from __future__ import annotations

from pathlib import Path

from plan_extract.compare import NamedPlan, compare
from plan_extract.compare.national import national_catalog
from plan_extract.compare.plans import load_plans
from plan_extract.output.json import plan_to_json

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"


def test_seed_tables() -> None:
    loaded = list(load_plans([SEEDS]))
    assert [item.failure for item in loaded] == [None] * 5
    named = [NamedPlan(Path(item.name).name[:3], item.plan) for item in loaded if item.plan]
    comparison = compare(named, national_catalog())

    per_plan = {name: 0 for name in ("000", "001", "002", "003", "004")}
    for plan in comparison.targets.column("plan"):
        per_plan[str(plan)] += 1
    # 000, 003 and 004 set no figures; 001 (women in leadership) and 002 (the strategy) do
    assert per_plan["000"] == per_plan["003"] == per_plan["004"] == 0
    assert per_plan["001"] >= 3 and per_plan["002"] >= 5

    units = comparison.units
    communes = dict(zip(units.column("plan"), units.column("commune"), strict=True))
    assert communes["002"] == "xã An Hưng" and communes["004"] == "xã Nghĩa Sơn"
    # every seed hands work to mass organisations and names a lead; 003 (2024, before the
    # reform) to single civil servants, the others to the commune's offices
    offices = dict(zip(units.column("plan"), units.column("government_office"), strict=True))
    servants = dict(zip(units.column("plan"), units.column("civil_servant"), strict=True))
    assert offices["003"] is None and servants["003"] in ("lead", "work")
    assert all(
        offices[n] in ("lead", "work") and servants[n] is None for n in ("000", "001", "002", "004")
    )
    assert all(cell in ("lead", "work") for cell in units.column("mass_organization"))
    assert all(isinstance(n, int) and n >= 1 for n in units.column("lead_units"))


def test_plan_json_round_trips_into_compare(tmp_path: Path) -> None:
    (plan_path,) = SEEDS.glob("002_*.txt")
    (parsed,) = load_plans([plan_path])
    assert parsed.plan is not None
    json_path = tmp_path / "002.json"
    json_path.write_text(plan_to_json(parsed.plan), encoding="utf-8")
    (reloaded,) = load_plans([tmp_path])
    assert reloaded.plan == parsed.plan


def test_plain_text_plans_map_their_lines_to_the_file() -> None:
    (plan_path,) = SEEDS.glob("000_*.txt")
    (loaded,) = load_plans([plan_path])
    assert loaded.plan is not None and loaded.file_lines is not None
    file_text = plan_path.read_text(encoding="utf-8").splitlines()
    assert loaded.plan.deadlines
    for deadline in loaded.plan.deadlines:
        assert deadline.text in file_text[loaded.file_lines[deadline.line] - 1]
    # blank lines are dropped in the normalized text, so the numbers differ
    assert any(loaded.file_lines[d.line] != d.line for d in loaded.plan.deadlines)
