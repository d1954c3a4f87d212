"""Precision, recall and F1 of every field a plan is scored on, and the accuracy of attributes.

- Targets pair up by (value, unit), the closest in wording first; a pair counts as found when its
  year and frequency agree too. Units pair by canonical name, deadlines by (kind, start, end,
  recurrence). Attribute accuracies (comparator, year, domain, lead role) are over the pairs.
- Top-level sections are items (number, title, kind), matched exactly.
- Header: each field of `document` is a slot. A value equal to the gold one is right (tp); a value
  given where the gold differs is a false one (fp), and the gold value is then missed (fn); a
  null where the gold has a value is missed; a null where the gold has none counts for nothing.
  The two list fields (basis documents, recipients) are scored item by item, matched exactly.
  `header` is the sum over its fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from plan_extract.core.contract import DateParts, Plan
from plan_extract.evaluate.gold import DateTriple, GoldDocument, GoldHeader
from plan_extract.evaluate.header import header_of, sections_of

FIELDS = ("targets", "units", "deadlines", "header", "sections")
HEADER_SLOTS = (
    "kind",
    "number",
    "symbol",
    "issuer",
    "commune",
    "province",
    "province_code",
    "place",
    "issued",
    "title",
    "period",
    "signer",
)
HEADER_LISTS = ("basis", "recipients")
HEADER_FIELDS = tuple(f"header.{name}" for name in (*HEADER_SLOTS, *HEADER_LISTS))
SCORED = (*FIELDS, *HEADER_FIELDS)
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
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def found(self) -> int:
        return self.tp + self.fp

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
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in SCORED})
    attributes: dict[str, Agreement] = field(
        default_factory=lambda: {a: Agreement() for a in ATTRIBUTES}
    )

    def add(self, other: Score) -> None:
        for name in SCORED:
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


def _items(gold: Iterable[Hashable], found: Iterable[Hashable]) -> Counts:
    """Counts of two multisets of items matched exactly."""
    expected, given = Counter(gold), Counter(found)
    tp = sum((expected & given).values())
    return Counts(tp, sum(given.values()) - tp, sum(expected.values()) - tp)


def _slot(gold: object, found: object) -> Counts:
    if found == gold:
        return Counts(tp=int(gold is not None))
    return Counts(fp=int(found is not None), fn=int(gold is not None))


def _header(score: Score, gold: GoldHeader, found: GoldHeader | None) -> None:
    """Score the header's fields (`found` None: the document was not read, every field null)."""
    total = score.counts["header"]
    for name in HEADER_SLOTS:
        counts = _slot(getattr(gold, name), getattr(found, name) if found else None)
        score.counts[f"header.{name}"] = counts
        total.add(counts)
    for name in HEADER_LISTS:
        counts = _items(getattr(gold, name), getattr(found, name) if found else [])
        score.counts[f"header.{name}"] = counts
        total.add(counts)


def _targets(score: Score, gold: GoldDocument, plan: Plan) -> None:
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


def _units(score: Score, gold: GoldDocument, plan: Plan) -> None:
    pairs = _pair(gold.units, plan.units, lambda g, p: g.name == p.name, lambda g, p: 1.0)
    n = len(pairs)
    score.counts["units"] = Counts(n, len(plan.units) - n, len(gold.units) - n)
    for g, p in pairs:
        score.attributes["lead"].add(g.lead == p.lead)


def _deadlines(score: Score, gold: GoldDocument, plan: Plan) -> None:
    pairs = _pair(
        gold.deadlines,
        plan.deadlines,
        lambda g, p: (
            (g.kind, g.start, g.end, g.recurrence)
            == (p.kind, _triple(p.start), _triple(p.end), p.recurrence)
        ),
        lambda g, p: _closeness(g.text, p.text),
    )
    n = len(pairs)
    score.counts["deadlines"] = Counts(n, len(plan.deadlines) - n, len(gold.deadlines) - n)


def score_document(gold: GoldDocument, plan: Plan) -> Score:
    score = Score()
    _targets(score, gold, plan)
    _units(score, gold, plan)
    _deadlines(score, gold, plan)
    _header(score, gold.document, header_of(plan))
    score.counts["sections"] = _items(gold.sections, sections_of(plan))
    return score


def score_unread(gold: GoldDocument) -> Score:
    """The score of a document the parser refused to read: every gold item missed, nothing found."""
    score = Score()
    for name, items in (
        ("targets", gold.targets),
        ("units", gold.units),
        ("deadlines", gold.deadlines),
    ):
        score.counts[name] = Counts(fn=len(items))
    _header(score, gold.document, None)
    score.counts["sections"] = Counts(fn=len(gold.sections))
    return score
