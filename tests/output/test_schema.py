"""schemas/plan.schema.json is generated from the pydantic models and must not go stale."""

from __future__ import annotations

import json
from pathlib import Path

from plan_extract.output.json import dump_json, plan_json_schema


def test_committed_schema_matches_models(root: Path) -> None:
    committed = (root / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert committed == dump_json(plan_json_schema()), "run `make schema` and commit the result"


def test_schema_is_valid_json_schema(root: Path) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((root / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
