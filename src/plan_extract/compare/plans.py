"""Plans for `compare` and `check`: parsed from a plan file, or read back from its JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from plan_extract.core.contract import Plan
from plan_extract.core.errors import InputError, PlanExtractError

PLAN_JSON_SUFFIX = ".json"


@dataclass(frozen=True)
class Loaded:
    """One input: its plan, or the one-line reason it could not be read. For a plain-text or
    Markdown file, `file_lines` maps each line number of the plan (normalized text) to the line
    of the file where it starts, so that findings can point into the file itself."""

    path: Path
    plan: Plan | None
    failure: str | None = None
    file_lines: Mapping[int, int] | None = None


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


def plan_inputs(paths: Iterable[Path]) -> list[Path]:
    """Every plan file and plan JSON under the paths (folders walked), in order; a missing path
    is kept, so that it is reported with the others."""
    from plan_extract.read.inputs import expand_inputs

    return list(expand_inputs(paths, plan_suffixes()))


def load_one(path: Path) -> Loaded:
    """One input's plan, or the one-line reason it could not be read."""
    try:
        plan = load_plan(path)
        return Loaded(path, plan, file_lines=_file_lines(path, plan))
    except PlanExtractError as exc:
        return Loaded(path, None, str(exc))


def load_plans(paths: Iterable[Path]) -> Iterator[Loaded]:
    """Every plan under the paths; a file that fails is reported in its `Loaded` and the
    others still load."""
    return (load_one(path) for path in plan_inputs(paths))


def _file_lines(path: Path, plan: Plan) -> dict[int, int] | None:
    """Normalized line → file line, for text formats read from the file (not from plan JSON,
    whose text is not at hand; nor for Word or PDF, whose lines are not the file's)."""
    if path.suffix.lower() == PLAN_JSON_SUFFIX or plan.source.format not in ("txt", "md"):
        return None
    from plan_extract.normalize import normalize
    from plan_extract.read import read_path

    raw, _ = read_path(path)
    return {line.number: line.source_lines[0] for line in normalize(raw).lines if line.source_lines}
