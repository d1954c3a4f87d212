"""Targets to national indicators: the same thing measured, in the same domain and unit.

Both sides are respelled, lower-cased and segmented into words by underthesea; a target matches the
indicator whose words overlap its own most (Dice coefficient), when the overlap reaches the
threshold in
`data/extract/indicator_matching.yaml`. Precision first: no match is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.contract import Domain, Plan, Target, TargetUnit
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import respell
from plan_extract.resolve.indicators import Indicator, load_indicator_catalog


class UnitPrefix(Knowledge):
    prefix: str
    unit: TargetUnit


class MatchExample(Example):
    """A target measuring `text`, in this domain and unit, matches indicator `id` (or none)."""

    domain: Domain
    unit: TargetUnit
    id: str | None

    @property
    def negative(self) -> bool:
        return self.id is None


class MatchingRules(Knowledge):
    min_dice: float = Field(gt=0, le=1)
    min_shared_words: int = Field(ge=1)
    stop_words: list[str]
    units: list[UnitPrefix]
    aliases: dict[str, list[str]]
    key_words: dict[str, list[str]] = Field(default_factory=dict)
    examples: list[MatchExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _prefixes_reachable(self) -> MatchingRules:
        """The first prefix that fits wins: one never stands after a shorter one it begins with."""
        for index, later in enumerate(self.units):
            for earlier in self.units[:index]:
                if later.prefix.startswith(earlier.prefix):
                    raise ValueError(
                        f"unit prefix {later.prefix!r} is shadowed by {earlier.prefix!r}"
                    )
        return self


MATCHING_RULES = data_file("extract/indicator_matching.yaml", MatchingRules)


@cache
def _segmenter() -> Callable[[str], list[str]]:
    from plan_extract.extract.lean_imports import word_segmenter

    return word_segmenter()


@cache
def words(text: str) -> frozenset[str]:
    """Content words of `text` as underthesea segments them."""
    stop = set(MATCHING_RULES.load().stop_words)
    tokens = _segmenter()(respell(text).lower())
    return frozenset(t for t in tokens if t not in stop and any(c.isalpha() for c in t))


def _unit(indicator: Indicator) -> TargetUnit | None:
    described = (indicator.unit or "").lower()
    return next(
        (u.unit for u in MATCHING_RULES.load().units if described.startswith(u.prefix)), None
    )


@cache
def _wordings() -> tuple[tuple[Indicator, TargetUnit | None, str], ...]:
    """Each catalog indicator with its unit and each of its wordings (aliases, then its text);
    the wordings are segmented (`words`) only when a target of the indicator's domain and unit
    names its key words, so that a plan none of whose targets could match loads no
    segmenter."""
    aliases = MATCHING_RULES.load().aliases
    found = []
    for indicator in load_indicator_catalog():
        texts = list(aliases.get(indicator.id, []))
        if indicator.text_vi and "not seen" not in indicator.text_vi:
            texts.append(indicator.text_vi)
        found += [(indicator, _unit(indicator), text) for text in texts]
    return tuple(found)


def match_indicator(phrase: str, domain: Domain, unit: TargetUnit) -> str | None:
    """The id of the catalog indicator `phrase` measures, or None."""
    rules = MATCHING_RULES.load()
    said = respell(phrase).lower()
    target_words: frozenset[str] | None = None
    best: tuple[float, str] | None = None
    for indicator, indicator_unit, text in _wordings():
        if indicator.domain != domain or indicator_unit != unit:
            continue
        keys = rules.key_words.get(indicator.id)
        if keys and not any(respell(key).lower() in said for key in keys):
            continue  # the words that tell this indicator from its neighbours are not named
        wording = words(text)
        if not wording:
            continue
        if target_words is None:
            target_words = words(phrase)
        shared = len(target_words & wording)
        dice = 2 * shared / (len(target_words) + len(wording))
        if shared < min(rules.min_shared_words, len(wording)) or dice < rules.min_dice:
            continue
        if best is None or dice > best[0]:
            best = (dice, indicator.id)
    return best[1] if best else None


def _resolved(target: Target) -> Target:
    phrase = target.indicator or target.text
    found = match_indicator(phrase, target.domain, target.unit)
    return target if found is None else target.model_copy(update={"national_indicator": found})


def resolve_indicators(plan: Plan) -> Plan:
    """Set `national_indicator` on the targets that match a catalog indicator."""
    if not plan.targets:
        return plan
    return plan.model_copy(update={"targets": [_resolved(t) for t in plan.targets]})


def _wrong_examples(rules: MatchingRules) -> list[str]:
    return [
        f"{example.text!r} ({example.domain}, {example.unit}) matches {found}, not {example.id}"
        for example in rules.examples
        if (found := match_indicator(example.text, example.domain, example.unit)) != example.id
    ]


MATCHING_RULES.examples_checked_by(_wrong_examples)
