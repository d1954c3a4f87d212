"""Stage 6, output: a plan as deterministic JSON (same input, same bytes)."""

from __future__ import annotations

import json
import math
from typing import Any

from plan_extract.core.contract import Plan

SMALLEST_ALIKE = 1e-4  # Python writes a float under it with an exponent (`repr`)


def plan_to_json(plan: Plan) -> str:
    """The plan's JSON; `lines` only when the plan carries them (`parse --with-lines`). The
    bytes `dump_json` gives, written by pydantic's serializer, a tenth of the time (`json`
    indents in pure Python; a parsing worker writes every plan it stores): the two write a
    float alike but one under 1e-4 (Python `1e-05`, pydantic `0.00001`) or not finite, and
    a target's value is the contract's only float, so such a plan is written by `json`."""
    exclude = {"lines"} if plan.lines is None else None
    if all(_written_alike(target.value) for target in plan.targets):
        return plan.model_dump_json(indent=2, exclude=exclude) + "\n"
    return dump_json(plan.model_dump(mode="json", exclude=exclude))


def _written_alike(value: float) -> bool:
    """Whether pydantic writes the number as `json` does."""
    return value == 0 or (math.isfinite(value) and abs(value) >= SMALLEST_ALIKE)


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def plan_json_schema() -> dict[str, Any]:
    schema = Plan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://plan-extract.local/schemas/plan.schema.json"
    return schema
