"""The gold annotation files: one YAML per document (corpus/gold/<split>/<stem>.yaml), validated
at load. One file holds everything a document is scored on: its header (`document`), its
top-level sections, its targets, units and deadlines, and optionally its tasks. The conventions
behind every value are in corpus/ANNOTATION.md."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from plan_extract.core.contract import (
    CommuneType,
    Comparator,
    DeadlineKind,
    DocumentKind,
    Domain,
    Frequency,
    SectionKind,
    TargetUnit,
)
from plan_extract.core.errors import InputError
from plan_extract.core.knowledge import yaml_data

DateTriple = tuple[int | None, int | None, int | None]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldCommune(_Strict):
    name: str
    type: CommuneType
    code: str | None


class GoldBasis(_Strict):
    kind: str | None
    number: str | None
    date: str | None  # the ISO form of DateParts: "2026-05-13", "2026-05", "2026"
    issuer: str | None


class GoldSigner(_Strict):
    name: str | None
    position: str | None
    authority: str | None


class GoldHeader(_Strict):
    """The `document` object of the output, every field given (null when the document has none)."""

    kind: DocumentKind
    number: str | None
    symbol: str | None
    issuer: str | None
    commune: GoldCommune | None
    province: str | None
    province_code: str | None
    place: str | None
    issued: str | None
    title: str | None
    period: tuple[int, int] | None
    basis: list[GoldBasis]
    signer: GoldSigner | None
    recipients: list[str]


class GoldSection(_Strict):
    number: str
    title: str
    kind: SectionKind


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


class GoldTask(_Strict):
    text: str
    lead: list[str]  # unit names, as in `units`
    cooperating: list[str] = []


class GoldDocument(_Strict):
    source: str  # the plan's path, relative to the corpus folder (corpus/plans/...)
    document: GoldHeader
    sections: list[GoldSection]
    warnings: list[str] | None = None  # the set of warning codes, when annotated
    targets: list[GoldTarget]
    units: list[GoldUnit]
    deadlines: list[GoldDeadline]
    tasks: list[GoldTask] | None = None


def load_gold(path: Path) -> GoldDocument:
    try:
        data = yaml_data(path.read_text(encoding="utf-8"))
        return GoldDocument.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        raise InputError(f"{path}: not a valid gold file: {where}: {first['msg']}") from exc
    except (OSError, yaml.YAMLError) as exc:
        message = str(exc).splitlines()[0]
        raise InputError(f"{path}: not a valid gold file: {message}") from exc


def gold_files(root: Path) -> list[Path]:
    """Gold files under `root` (a file or a folder), in name order."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError(f"{root}: no such gold file or folder")
    return sorted(p for p in root.rglob("*.yaml") if p.is_file())


def source_path(gold_file: Path, gold: GoldDocument) -> Path:
    """The plan a gold file describes: `source` under the nearest folder above the gold file
    that holds it (the corpus folder), else relative to the working folder."""
    for parent in gold_file.resolve().parents:
        candidate = parent / gold.source
        if candidate.exists():
            return candidate
    return Path(gold.source)
