"""Plans for `compare` and `check`: parsed from a plan file, or read back from its JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from plan_extract.errors import InputError, PlanExtractError
from plan_extract.models import Plan

PLAN_JSON_SUFFIX = ".json"


@dataclass(frozen=True)
class Loaded:
    """One input: its plan, or the one-line reason it could not be read."""

    path: Path
    plan: Plan | None
    failure: str | None = None


def plan_suffixes() -> tuple[str, ...]:
    from plan_extract.read import SUPPORTED_SUFFIXES

    return (*SUPPORTED_SUFFIXES, PLAN_JSON_SUFFIX)


def load_plan(path: Path) -> Plan:
    """A plan from its JSON (validated against the model) or parsed from the document."""
    if path.suffix.lower() != PLAN_JSON_SUFFIX:
        from plan_extract.pipeline import parse_path

        return parse_path(path)
    from pydantic import ValidationError

    try:
        return Plan.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "document"
        raise InputError(f"not a plan JSON ({where}: {error['msg']})") from exc


def load_plans(paths: Iterable[Path]) -> Iterator[Loaded]:
    """Every plan under the paths (folders walked for plan files and plan JSON); a file that
    fails is reported in its `Loaded` and the others still load."""
    from plan_extract.cli.inputs import expand_inputs

    for path in expand_inputs(paths, plan_suffixes()):
        try:
            yield Loaded(path, load_plan(path))
        except PlanExtractError as exc:
            yield Loaded(path, None, str(exc))
