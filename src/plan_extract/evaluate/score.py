"""Precision, recall and F1 of targets, units and deadlines, and the accuracy of attributes.

Targets pair up by (value, unit), the closest in wording first; a pair counts as found when
its year and frequency agree too. Units pair by canonical name, deadlines by (kind, start, end,
recurrence). Attribute accuracies (comparator, year, domain, lead role) are over the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from plan_extract.core.contract import DateParts, Plan
from plan_extract.evaluate.gold import DateTriple, GoldDocument

FIELDS = ("targets", "units", "deadlines")
ATTRIBUTES = ("comparator", "year", "domain", "lead")

G = TypeVar("G")
P = TypeVar("P")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Agreement:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def merge(self, other: Agreement) -> None:
        self.right, self.total = self.right + other.right, self.total + other.total

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Score:
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    attributes: dict[str, Agreement] = field(
        default_factory=lambda: {a: Agreement() for a in ATTRIBUTES}
    )

    def add(self, other: Score) -> None:
        for name in FIELDS:
            self.counts[name].add(other.counts[name])
        for name in ATTRIBUTES:
            self.attributes[name].merge(other.attributes[name])


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def _closeness(a: str, b: str) -> float:
    left, right = _words(a), _words(b)
    return len(left & right) / max(1, min(len(left), len(right)))


def _pair(
    gold: Sequence[G],
    found: Sequence[P],
    same: Callable[[G, P], bool],
    near: Callable[[G, P], float],
) -> list[tuple[G, P]]:
    """One-to-one pairs of items that are `same`, the nearest first."""
    options = sorted(
        (
            (near(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(found)
            if same(g, p)
        ),
        key=lambda o: (-o[0], o[1], o[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in options:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], found[pi]))
    return pairs


def _triple(parts: DateParts | None) -> DateTriple | None:
    return None if parts is None else (parts.year, parts.month, parts.day)


def score_document(gold: GoldDocument, plan: Plan) -> Score:
    score = Score()
    pairs = _pair(
        gold.targets,
        plan.targets,
        lambda g, p: float(g.value) == float(p.value) and g.unit == p.unit,
        lambda g, p: _closeness(g.text, p.text) + (g.year == p.year) + (g.frequency == p.frequency),
    )
    found = sum(1 for g, p in pairs if g.year == p.year and g.frequency == p.frequency)
    score.counts["targets"] = Counts(found, len(plan.targets) - found, len(gold.targets) - found)
    for g, p in pairs:
        score.attributes["year"].add(g.year == p.year and g.frequency == p.frequency)
        score.attributes["comparator"].add(g.comparator == p.comparator)
        score.attributes["domain"].add(g.domain == p.domain)
    unit_pairs = _pair(gold.units, plan.units, lambda g, p: g.name == p.name, lambda g, p: 1.0)
    score.counts["units"] = Counts(
        len(unit_pairs), len(plan.units) - len(unit_pairs), len(gold.units) - len(unit_pairs)
    )
    for g_unit, p_unit in unit_pairs:
        score.attributes["lead"].add(g_unit.lead == p_unit.lead)
    deadline_pairs = _pair(
        gold.deadlines,
        plan.deadlines,
        lambda g, p: (
            (g.kind, g.start, g.end, g.recurrence)
            == (p.kind, _triple(p.start), _triple(p.end), p.recurrence)
        ),
        lambda g, p: _closeness(g.text, p.text),
    )
    n = len(deadline_pairs)
    score.counts["deadlines"] = Counts(n, len(plan.deadlines) - n, len(gold.deadlines) - n)
    return score
