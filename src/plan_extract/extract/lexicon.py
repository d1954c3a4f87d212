"""The extraction rule sets, loaded from `data/extract/*.yaml` and validated at load.

Each file holds phrases (knowledge) and example sentences with their expected parse; the examples
are run as tests. Code elsewhere stays generic: it only knows these models.
"""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from plan_extract.core.contract import (
    Comparator,
    DeadlineKind,
    Domain,
    Frequency,
    FundingSource,
    TargetUnit,
    UnitKind,
)
from plan_extract.core.knowledge import Knowledge, data_file


def _non_empty(phrases: list[str]) -> list[str]:
    if not phrases or any(not phrase.strip() for phrase in phrases):
        raise ValueError("phrases must be a non-empty list of non-empty strings")
    return phrases


class ComparatorPhrases(Knowledge):
    comparator: Comparator
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class QuantityExample(Knowledge):
    text: str
    value: float | None
    unit: TargetUnit | None
    comparator: Comparator | None = None


class Comparators(Knowledge):
    default: Comparator
    default_decrease: Comparator
    decrease_words: list[str]
    zero_phrases: list[str]
    indicator_heads: list[str]
    before: list[ComparatorPhrases]
    after: list[ComparatorPhrases]
    examples: list[QuantityExample] = Field(min_length=1)


class FrequencyPhrases(Knowledge):
    frequency: Frequency
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class FrequencyExample(Knowledge):
    text: str
    frequency: Frequency | None


class Frequencies(Knowledge):
    frequencies: list[FrequencyPhrases]
    examples: list[FrequencyExample] = Field(min_length=1)


class UnitPhrases(Knowledge):
    unit: TargetUnit
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class TargetUnits(Knowledge):
    units: list[UnitPhrases]
    count_nouns: list[str]
    examples: list[QuantityExample] = Field(min_length=1)


class FilterExample(Knowledge):
    text: str
    target: bool
    plan_start: int


class TargetFilters(Knowledge):
    baseline_before: list[str]
    not_target_before: list[str]
    not_target_after: list[str]
    target_cues: list[str]
    examples: list[FilterExample] = Field(min_length=1)


class DeadlineExample(Knowledge):
    text: str
    kind: DeadlineKind | None
    start: tuple[int | None, int | None, int | None] | None = None
    end: tuple[int | None, int | None, int | None] | None = None
    recurrence: Frequency | None = None


class DeadlinePhrases(Knowledge):
    triggers: list[str]
    range_from: list[str]
    range_to: list[str]
    schedule_labels: list[str]
    quarter_words: list[str]
    examples: list[DeadlineExample] = Field(min_length=1)


class FundingPhrases(Knowledge):
    source: FundingSource
    phrases: list[str]
    _check = field_validator("phrases")(_non_empty)


class FundingExample(Knowledge):
    text: str
    sources: list[FundingSource]


class FundingSources(Knowledge):
    sources: list[FundingPhrases]
    examples: list[FundingExample] = Field(min_length=1)


class DomainWords(Knowledge):
    domain: Domain
    heading: list[str]
    words: list[str]


class DomainExample(Knowledge):
    heading: str | None = None
    text: str | None = None
    domain: Domain


class Domains(Knowledge):
    domains: list[DomainWords]
    examples: list[DomainExample] = Field(min_length=1)


class RoleExample(Knowledge):
    text: str
    lead: list[str]
    cooperating: list[str]


class Roles(Knowledge):
    lead_labels: list[str]
    cooperate_labels: list[str]
    lead_words: list[str]
    cooperate_words: list[str]
    request_words: list[str]
    org_heads: list[str]
    named_org_heads: list[str]
    generic_collectives: list[str]
    examples: list[RoleExample] = Field(min_length=1)


class UnitEntry(Knowledge):
    name: str
    kind: UnitKind
    aliases: list[str]
    _check = field_validator("aliases")(_non_empty)


class UnitExample(Knowledge):
    text: str
    units: list[str]


class UnitLexicon(Knowledge):
    units: list[UnitEntry]
    examples: list[UnitExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _names_unique(self) -> UnitLexicon:
        names = [unit.name for unit in self.units]
        if len(names) != len(set(names)):
            raise ValueError("duplicate canonical names")
        return self

    def entry(self, name: str) -> UnitEntry | None:
        return next((unit for unit in self.units if unit.name == name), None)


COMPARATORS = data_file("extract/comparators.yaml", Comparators)
FREQUENCIES = data_file("extract/frequencies.yaml", Frequencies)
TARGET_UNITS = data_file("extract/target_units.yaml", TargetUnits)
TARGET_FILTERS = data_file("extract/target_filters.yaml", TargetFilters)
DEADLINE_PHRASES = data_file("extract/deadlines.yaml", DeadlinePhrases)
FUNDING_SOURCES = data_file("extract/funding.yaml", FundingSources)
DOMAINS = data_file("extract/domains.yaml", Domains)
ROLES = data_file("extract/roles.yaml", Roles)
UNIT_LEXICON = data_file("extract/units.yaml", UnitLexicon)
