"""Knowledge as data: the YAML and CSV files in `plan_extract/data`, validated when loaded.

Mechanism lives in code; words, aliases, phrases and catalogs live in data files. Each file has a
pydantic model that states its shape, so a malformed entry fails loudly at load time with the
file's name, not as a silent miss at match time.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)


class KnowledgeError(RuntimeError):
    """A packaged data file is missing or malformed: a bug in the package, not in the input."""


def data_text(name: str) -> str:
    """The text of a file in `plan_extract/data` (a path relative to it, with `/`)."""
    try:
        return (
            resources.files("plan_extract")
            .joinpath("data", *name.split("/"))
            .read_text(encoding="utf-8")
        )
    except FileNotFoundError as exc:
        raise KnowledgeError(f"packaged data file missing: {name}") from exc


@cache
def _yaml(name: str) -> Any:
    return yaml.safe_load(data_text(name))


def load_yaml(name: str, model: type[T]) -> T:
    """Load and validate a packaged YAML file against `model`."""
    try:
        return model.model_validate(_yaml(name))
    except ValidationError as exc:
        raise KnowledgeError(f"{name}: {exc}") from exc


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged CSV file, as dicts keyed by its header."""
    return tuple(csv.DictReader(io.StringIO(data_text(name))))
