"""The extraction rule sets, loaded from `data/extract/*.yaml` and validated at load.

Each file holds phrases (knowledge) and example sentences with their expected parse; the examples
are run as tests. Code elsewhere stays generic: it only knows these models.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from plan_extract.core.contract import (
    Comparator,
    DeadlineKind,
    Domain,
    Frequency,
    FundingSource,
    TargetUnit,
    UnitKind,
)
from plan_extract.core.knowledge import load_yaml


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _non_empty(phrases: list[str]) -> list[str]:
    if not phrases or any(not phrase.strip() for phrase in phrases):
        raise ValueError("phrases must be a non-empty list of non-empty strings")
    return phrases


class ComparatorPhrases(_Strict):
    comparator: Comparator
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class QuantityExample(_Strict):
    text: str
    value: float | None
    unit: TargetUnit | None
    comparator: Comparator | None = None


class Comparators(_Strict):
    default: Comparator
    default_decrease: Comparator
    decrease_words: list[str]
    zero_phrases: list[str]
    indicator_heads: list[str]
    before: list[ComparatorPhrases]
    after: list[ComparatorPhrases]
    examples: list[QuantityExample] = Field(min_length=1)


class FrequencyPhrases(_Strict):
    frequency: Frequency
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class FrequencyExample(_Strict):
    text: str
    frequency: Frequency | None


class Frequencies(_Strict):
    frequencies: list[FrequencyPhrases]
    examples: list[FrequencyExample] = Field(min_length=1)


class UnitPhrases(_Strict):
    unit: TargetUnit
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class TargetUnits(_Strict):
    units: list[UnitPhrases]
    count_nouns: list[str]
    examples: list[QuantityExample] = Field(min_length=1)


class FilterExample(_Strict):
    text: str
    target: bool
    plan_start: int


class TargetFilters(_Strict):
    baseline_before: list[str]
    not_target_before: list[str]
    not_target_after: list[str]
    target_cues: list[str]
    examples: list[FilterExample] = Field(min_length=1)


class DeadlineExample(_Strict):
    text: str
    kind: DeadlineKind | None
    start: tuple[int | None, int | None, int | None] | None = None
    end: tuple[int | None, int | None, int | None] | None = None
    recurrence: Frequency | None = None


class DeadlinePhrases(_Strict):
    triggers: list[str]
    range_from: list[str]
    range_to: list[str]
    schedule_labels: list[str]
    quarter_words: list[str]
    examples: list[DeadlineExample] = Field(min_length=1)


class FundingPhrases(_Strict):
    source: FundingSource
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class FundingExample(_Strict):
    text: str
    sources: list[FundingSource]


class FundingSources(_Strict):
    sources: list[FundingPhrases]
    examples: list[FundingExample] = Field(min_length=1)


class DomainWords(_Strict):
    domain: Domain
    heading: list[str]
    words: list[str]


class DomainExample(_Strict):
    heading: str | None = None
    text: str | None = None
    domain: Domain


class Domains(_Strict):
    domains: list[DomainWords]
    examples: list[DomainExample] = Field(min_length=1)


class RoleExample(_Strict):
    text: str
    lead: list[str]
    cooperating: list[str]


class Roles(_Strict):
    lead_labels: list[str]
    cooperate_labels: list[str]
    lead_words: list[str]
    cooperate_words: list[str]
    request_words: list[str]
    org_heads: list[str]
    named_org_heads: list[str]
    generic_collectives: list[str]
    examples: list[RoleExample] = Field(min_length=1)


class UnitEntry(_Strict):
    name: str
    kind: UnitKind
    aliases: list[str]
    _check = field_validator("aliases")(_non_empty)


class UnitExample(_Strict):
    text: str
    units: list[str]


class UnitLexicon(_Strict):
    units: list[UnitEntry]
    examples: list[UnitExample] = Field(min_length=1)

    def entry(self, name: str) -> UnitEntry | None:
        return next((unit for unit in self.units if unit.name == name), None)


@cache
def comparators() -> Comparators:
    return load_yaml("extract/comparators.yaml", Comparators)


@cache
def frequencies() -> Frequencies:
    return load_yaml("extract/frequencies.yaml", Frequencies)


@cache
def target_units() -> TargetUnits:
    return load_yaml("extract/target_units.yaml", TargetUnits)


@cache
def target_filters() -> TargetFilters:
    return load_yaml("extract/target_filters.yaml", TargetFilters)


@cache
def deadline_phrases() -> DeadlinePhrases:
    return load_yaml("extract/deadlines.yaml", DeadlinePhrases)


@cache
def funding_sources() -> FundingSources:
    return load_yaml("extract/funding.yaml", FundingSources)


@cache
def domains() -> Domains:
    return load_yaml("extract/domains.yaml", Domains)


@cache
def roles() -> Roles:
    return load_yaml("extract/roles.yaml", Roles)


@cache
def unit_lexicon() -> UnitLexicon:
    lexicon = load_yaml("extract/units.yaml", UnitLexicon)
    names = [unit.name for unit in lexicon.units]
    if len(names) != len(set(names)):
        raise ValueError("extract/units.yaml: duplicate canonical names")
    return lexicon
