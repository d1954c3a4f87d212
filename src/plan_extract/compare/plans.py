"""Plans for `compare` and `check`: parsed from a plan file, or read back from its JSON, from
files, folders, .zip archives or standard input (`plan_extract.read.inputs`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from plan_extract.core.contract import Plan, SourceFormat
from plan_extract.core.errors import InputError, PlanExtractError
from plan_extract.read.inputs import Input

PLAN_JSON_SUFFIX = ".json"


@dataclass(frozen=True)
class Loaded:
    """One input: its plan, or the one-line reason it could not be read. For a plain-text or
    Markdown file, `file_lines` maps each line number of the plan (normalized text) to the line
    of the file where it starts, so that findings can point into the file itself."""

    name: str
    plan: Plan | None
    failure: str | None = None
    file_lines: Mapping[int, int] | None = None


def plan_suffixes() -> tuple[str, ...]:
    from plan_extract.read import SUPPORTED_SUFFIXES

    return (*SUPPORTED_SUFFIXES, PLAN_JSON_SUFFIX)


def plan_from_json(data: bytes) -> Plan:
    """A plan from its JSON, validated against the model."""
    from pydantic import ValidationError

    try:
        return Plan.model_validate_json(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "document"
        raise InputError(f"not a plan JSON ({where}: {error['msg']})") from exc


def plan_inputs(paths: Iterable[Path], stdin_format: SourceFormat | None = None) -> list[Input]:
    """Every plan file and plan JSON the paths name (folders walked, archives opened), in order;
    a missing path is kept, so that it is reported with the others."""
    from plan_extract.read.inputs import find_inputs

    return list(find_inputs(paths, plan_suffixes(), stdin_format=stdin_format))


def load_one(item: Input) -> Loaded:
    """One input's plan, or the one-line reason it could not be read."""
    try:
        return _load(item)
    except PlanExtractError as exc:
        return Loaded(item.name, None, str(exc))


def load_plans(paths: Iterable[Path], stdin_format: SourceFormat | None = None) -> Iterator[Loaded]:
    """Every plan the paths name; a file that fails is reported in its `Loaded` and the others
    still load."""
    return (load_one(item) for item in plan_inputs(paths, stdin_format))


def _load(item: Input) -> Loaded:
    """The plan, and for text formats (not plan JSON, whose text is not at hand; nor Word or
    PDF, whose lines are not the file's) normalized line → file line."""
    from plan_extract.read import ReadOptions

    data = item.read()
    if item.declared is None and item.name.lower().endswith(PLAN_JSON_SUFFIX):
        return Loaded(item.name, plan_from_json(data))
    from plan_extract.pipeline import parse_bytes_with_lines

    plan, document = parse_bytes_with_lines(data, item.name, ReadOptions(format=item.declared))
    if plan.source.format not in ("txt", "md"):
        return Loaded(item.name, plan)
    lines = {line.number: line.source_lines[0] for line in document.lines if line.source_lines}
    return Loaded(item.name, plan, file_lines=lines)
