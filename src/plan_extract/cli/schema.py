"""`plan-extract schema`: print the JSON Schema of the output."""

from __future__ import annotations

from plan_extract.cli.app import app


@app.command()
def schema() -> None:
    """Print the JSON Schema that every plan JSON follows."""
    from plan_extract.output.json import dump_json, plan_json_schema

    print(dump_json(plan_json_schema()), end="")
