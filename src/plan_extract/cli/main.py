"""Entry point: registers every command and turns errors into one line on stderr."""

from __future__ import annotations

import sys

from plan_extract.cli import (  # noqa: F401  (each registers its commands)
    check,
    compare,
    db,
    eval,
    export,
    ingest,
    parse,
    query,
    schema,
    serve,
)
from plan_extract.cli.app import app
from plan_extract.core.errors import PlanExtractError


def main() -> None:
    try:
        app()
    except PlanExtractError as exc:
        print(f"plan-extract: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("plan-extract: interrupted", file=sys.stderr)
        sys.exit(130)
