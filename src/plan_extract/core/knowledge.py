"""Knowledge as data: the YAML and CSV files in `plan_extract/data`, validated when loaded.

Mechanism lives in code; words, aliases, phrases and catalogs live in data files. Every file is
declared once, with the model that states its shape, by `data_file(path, model)`: the one
registry of data file → model. A malformed entry fails loudly at load time with the file's name,
not as a silent miss at match time.

A file of words a rule reads carries examples, positive and negative, as Duckling keeps a
Corpus.hs beside each Rules.hs. The stage that owns the rule says how an example is checked
(`DataFile.examples_checked_by`); one generic test runs every file's examples
(tests/core/test_knowledge_examples.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError


class KnowledgeError(RuntimeError):
    """A packaged data file is missing or malformed: a bug in the package, not in the input."""


class Knowledge(BaseModel):
    """The base of every data file's model: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(Knowledge):
    """An example sentence of a data file, with what the rule must make of it. A negative example
    is one the rule must leave alone (no target, no deadline, no unit, ...)."""

    text: str

    @property
    def negative(self) -> bool:
        raise NotImplementedError


class JoinExample(Example):
    """A line (`text`) under another (`before`), and whether the joiner joins them."""

    before: str
    joined: bool

    @property
    def negative(self) -> bool:
        return not self.joined


T = TypeVar("T", bound=BaseModel)

# An example checker: given a loaded file, the message of each example the rule gets wrong.
ExampleCheck = Callable[[Any], list[str]]


@dataclass(eq=False)
class DataFile(Generic[T]):
    """One packaged data file and the model it is validated against; loaded once, on first use."""

    path: str  # relative to plan_extract/data, with `/`
    model: type[T]
    check: ExampleCheck | None = field(default=None, repr=False)

    def load(self) -> T:
        loaded: T = _load(self)
        return loaded

    def examples_checked_by(self, check: Callable[[T], list[str]]) -> None:
        """Declare how this file's examples are run: `check` returns one message per example
        the rule gets wrong (registered by the stage that reads the file)."""
        self.check = check


_REGISTRY: dict[str, DataFile[Any]] = {}


def data_file(path: str, model: type[T]) -> DataFile[T]:
    """Declare the data file at `path` and its model (once per path)."""
    if path in _REGISTRY:
        raise KnowledgeError(f"data file declared twice: {path}")
    declared = DataFile(path, model)
    _REGISTRY[path] = declared
    return declared


def registered() -> Iterator[DataFile[Any]]:
    """Every declared data file, by path (declared by the modules imported so far)."""
    for path in sorted(_REGISTRY):
        yield _REGISTRY[path]


@cache
def _load(declared: DataFile[Any]) -> Any:
    path = declared.path
    try:
        return declared.model.model_validate(_parse(path))
    except ValidationError as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc


def _parse(path: str) -> Any:
    text = data_text(path)
    if path.endswith(".csv"):
        return {"rows": list(csv.DictReader(io.StringIO(text)))}
    return yaml_data(text)


def yaml_data(text: str) -> Any:
    """The data of a YAML text, as PyYAML's safe loader reads it: the project's one YAML reader
    (data files, gold, profiles). Raises `yaml.YAMLError` on a malformed text."""
    return yaml.load(text, Loader=_SAFE_LOADER)


# libyaml's safe loader builds the same data as PyYAML's pure-Python one, about eight times
# faster: loading the data files was a third of a one-file parse's start-up (issue 15); the 48 gold
# files read in 0.06 s instead of 0.5 s. PyYAML built without libyaml has no `CSafeLoader`.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
