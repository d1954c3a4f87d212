"""The gold annotation files: one YAML per document, validated at load."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from plan_extract.core.contract import Comparator, DeadlineKind, Domain, Frequency, TargetUnit
from plan_extract.core.errors import InputError

DateTriple = tuple[int | None, int | None, int | None]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldTarget(_Strict):
    value: float
    unit: TargetUnit
    comparator: Comparator
    year: int | None
    frequency: Frequency | None = None
    domain: Domain
    text: str


class GoldUnit(_Strict):
    name: str
    lead: bool


class GoldDeadline(_Strict):
    kind: DeadlineKind
    start: DateTriple
    end: DateTriple | None = None
    recurrence: Frequency | None = None
    text: str = ""


class GoldDocument(_Strict):
    document: str  # path of the plan, relative to the repository root
    targets: list[GoldTarget] = []
    units: list[GoldUnit] = []
    deadlines: list[GoldDeadline] = []


def load_gold(path: Path) -> GoldDocument:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return GoldDocument.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        message = str(exc).splitlines()[0]
        raise InputError(f"{path}: not a valid gold file: {message}") from exc


def gold_files(root: Path) -> list[Path]:
    """Gold files under `root` (a file or a folder), in name order."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError(f"{root}: no such gold file or folder")
    return sorted(p for p in root.rglob("*.yaml") if p.is_file())
