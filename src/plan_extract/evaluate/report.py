"""Run the pipeline over every gold document and lay the scores out as a table."""

from __future__ import annotations

from pathlib import Path

from plan_extract.evaluate.gold import load_gold
from plan_extract.evaluate.score import ATTRIBUTES, FIELDS, Score, score_document
from plan_extract.pipeline import parse_path


def _document_path(gold_file: Path, document: str) -> Path:
    """The plan named by a gold file: relative to the working folder or to a parent of the file."""
    candidates = [Path(document)] + [parent / document for parent in gold_file.resolve().parents]
    return next((c for c in candidates if c.exists()), Path(document))


def evaluate_one(gold_file: Path) -> tuple[str, Score]:
    """One gold file's name and the score of the parser on the document it annotates."""
    gold = load_gold(gold_file)
    plan = parse_path(_document_path(gold_file, gold.document))
    return gold_file.stem, score_document(gold, plan)


def micro_average(results: list[tuple[str, Score]]) -> Score:
    """The documents' counts added up (F1 of the total, not the mean of the documents')."""
    total = Score()
    for _, score in results:
        total.add(score)
    return total


def _row(name: str, score: Score) -> str:
    cells = [f"{name[:28]:<28}"]
    for field in FIELDS:
        c = score.counts[field]
        cells.append(f"{c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f}")
    return " | ".join(cells)


def render(results: list[tuple[str, Score]], total: Score) -> str:
    header = " | ".join([f"{'document':<28}", *[f"{f:<17}" for f in FIELDS]])
    sub = " | ".join([" " * 28, *["    P     R    F1" for _ in FIELDS]])
    lines = [header, sub, "-" * len(sub)]
    lines += [_row(name, score) for name, score in results]
    lines.append("-" * len(sub))
    lines.append(_row("micro-average", total))
    counts = ", ".join(
        f"{f} {total.counts[f].tp}/{total.counts[f].tp + total.counts[f].fn} gold found,"
        f" {total.counts[f].fp} false"
        for f in FIELDS
    )
    lines.append(counts)
    accuracies = []
    for name in ATTRIBUTES:
        agreement = total.attributes[name]
        value = agreement.accuracy
        shown = "n/a" if value is None else f"{value:.2f} ({agreement.right}/{agreement.total})"
        accuracies.append(f"{name} {shown}")
    lines.append("attribute accuracy: " + ", ".join(accuracies))
    return "\n".join(lines)
