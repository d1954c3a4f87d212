"""`plan_to_json`: pydantic's serializer gives the bytes of `dump_json` (Python's `json`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plan_extract.core.contract import Plan
from plan_extract.output.json import dump_json, plan_json_schema, plan_to_json
from plan_extract.pipeline import parse_path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "corpus" / "plans" / "seeds").iterdir())


def by_json(plan: Plan) -> str:
    exclude = {"lines"} if plan.lines is None else None
    return dump_json(plan.model_dump(mode="json", exclude=exclude))


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_a_plan_is_written_as_json_writes_it(path: Path) -> None:
    for plan in (parse_path(path), parse_path(path, with_lines=True)):
        assert plan_to_json(plan) == by_json(plan)


@pytest.mark.parametrize(
    "value", [0, 7, 0.5, 1e-4, 1e-05, 2.5e-07, -3e-05, 1e16, 1500000000.0, float("inf")]
)
def test_a_target_value_is_written_as_json_writes_it(value: float) -> None:
    """Pydantic writes a float under 1e-4 otherwise (`0.00001`): such a plan is written by
    `json` itself."""
    plan = next(plan for plan in map(parse_path, SEEDS) if plan.targets)
    target = plan.targets[0].model_copy(update={"value": value})
    changed = plan.model_copy(update={"targets": [target, *plan.targets[1:]]})
    written = plan_to_json(changed)
    assert written == by_json(changed)
    assert f'"value": {json.dumps(value)},' in written


def test_a_target_value_is_the_contract_only_float() -> None:
    """`plan_to_json` checks the targets' values only: a new float field would need the same."""
    numbers: list[str] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "number":
                numbers.append(where)
            for key, child in node.items():
                walk(child, f"{where}/{key}")
        elif isinstance(node, list):
            for child in node:
                walk(child, where)

    walk(plan_json_schema(), "")
    assert numbers == ["/$defs/Target/properties/value/anyOf"]
