"""Stage 6, output: a plan as deterministic JSON (same input, same bytes)."""

from __future__ import annotations

import json
from typing import Any

from plan_extract.core.contract import Plan


def plan_to_json(plan: Plan) -> str:
    """The plan's JSON; `lines` only when the plan carries them (`parse --with-lines`)."""
    return dump_json(
        plan.model_dump(mode="json", exclude={"lines"} if plan.lines is None else None)
    )


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def plan_json_schema() -> dict[str, Any]:
    schema = Plan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://plan-extract.local/schemas/plan.schema.json"
    return schema
