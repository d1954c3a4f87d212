"""Run the pipeline over every gold document and lay the scores out per split and overall.

A gold file's split is the name of the folder that holds it (corpus/gold/seeds, dev, heldout).
A document the parser refuses (an `InputError`) is scored as read with nothing found, and named
with its reason: one bad file never stops the evaluation of the others."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plan_extract.core.errors import InputError
from plan_extract.evaluate.gold import gold_files, load_gold, source_path
from plan_extract.evaluate.score import (
    ATTRIBUTES,
    FIELDS,
    HEADER_FIELDS,
    SCORED,
    Score,
    score_document,
    score_unread,
)
from plan_extract.pipeline import parse_path


@dataclass
class Split:
    name: str
    documents: list[tuple[str, Score]] = field(default_factory=list)
    total: Score = field(default_factory=Score)
    unread: list[tuple[str, str]] = field(default_factory=list)  # (stem, the parser's reason)

    def add(self, stem: str, score: Score) -> None:
        self.documents.append((stem, score))
        self.total.add(score)


@dataclass
class Evaluation:
    splits: dict[str, Split] = field(default_factory=dict)
    total: Score = field(default_factory=Score)

    @property
    def documents(self) -> int:
        return sum(len(split.documents) for split in self.splits.values())


def gold_paths(roots: list[Path]) -> list[Path]:
    """Every gold file under `roots` (files or folders), each once, in order."""
    return sorted({path.resolve() for root in roots for path in gold_files(root)})


def evaluate(paths: Iterable[Path]) -> Evaluation:
    """Score the parser against each gold file (from `gold_paths`)."""
    result = Evaluation()
    for path in paths:
        gold = load_gold(path)
        split = result.splits.setdefault(path.parent.name, Split(path.parent.name))
        try:
            score = score_document(gold, parse_path(source_path(path, gold)))
        except InputError as error:
            score = score_unread(gold)
            split.unread.append((path.stem, str(error)))
        split.add(path.stem, score)
        result.total.add(score)
    result.splits = dict(sorted(result.splits.items()))
    return result


def _field_table(score: Score, names: tuple[str, ...]) -> list[str]:
    lines = [f"{'field':<22} {'gold':>5} {'found':>5} {'right':>5}     P     R    F1"]
    for name in names:
        c = score.counts[name]
        lines.append(
            f"{name:<22} {c.gold:>5} {c.found:>5} {c.tp:>5} "
            f"{c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f}"
        )
    return lines


def _attributes(score: Score) -> str:
    shown = []
    for name in ATTRIBUTES:
        agreement = score.attributes[name]
        value = agreement.accuracy
        text = "n/a" if value is None else f"{value:.2f} ({agreement.right}/{agreement.total})"
        shown.append(f"{name} {text}")
    return "attribute accuracy: " + ", ".join(shown)


def _block(title: str, count: int, documents: list[tuple[str, Score]], total: Score) -> list[str]:
    lines = [f"== {title}: {count} document(s) =="]
    if documents:
        lines.append(f"{'document (F1)':<44} " + " ".join(f"{f:>9}" for f in FIELDS))
        for stem, score in documents:
            cells = " ".join(f"{score.counts[f].f1:>9.2f}" for f in FIELDS)
            lines.append(f"{stem[:44]:<44} {cells}")
        lines.append("")
    lines += _field_table(total, FIELDS)
    lines += _field_table(total, HEADER_FIELDS)[1:]
    lines.append(_attributes(total))
    return lines


def render(result: Evaluation) -> str:
    lines: list[str] = []
    for split in result.splits.values():
        lines += _block(f"split {split.name}", len(split.documents), split.documents, split.total)
        lines += [f"not read, scored as nothing found: {stem}: {why}" for stem, why in split.unread]
        lines.append("")
    if len(result.splits) > 1:
        lines += _block("all splits", result.documents, [], result.total)
    return "\n".join(lines).rstrip() + "\n"


def _counts_json(score: Score) -> dict[str, Any]:
    return {
        name: {
            "gold": c.gold,
            "found": c.found,
            "right": c.tp,
            "precision": round(c.precision, 4),
            "recall": round(c.recall, 4),
            "f1": round(c.f1, 4),
        }
        for name, c in ((name, score.counts[name]) for name in SCORED)
    }


def _attributes_json(score: Score) -> dict[str, Any]:
    return {
        name: {"right": a.right, "total": a.total, "accuracy": a.accuracy}
        for name, a in score.attributes.items()
    }


def as_json(result: Evaluation) -> dict[str, Any]:
    return {
        "splits": {
            split.name: {
                "documents": {stem: _counts_json(score) for stem, score in split.documents},
                "fields": _counts_json(split.total),
                "attributes": _attributes_json(split.total),
                "unread": {stem: why for stem, why in split.unread},
            }
            for split in result.splits.values()
        },
        "overall": {
            "documents": result.documents,
            "fields": _counts_json(result.total),
            "attributes": _attributes_json(result.total),
        },
    }
