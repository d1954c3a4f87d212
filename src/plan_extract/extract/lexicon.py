"""The extraction rule sets, loaded from `data/extract/*.yaml` and validated at load.

Each file groups its phrases under the `label` (and `id`) their matches carry, as spaCy's
SpanRuler takes patterns (`{"label": ..., "id": ..., "pattern": ...}`); `dates.yaml` holds token
patterns in the same form. A file is refused when a phrase carries two roles (two ids of one
label, or two labels that exclude each other). Each file carries example sentences, positive and
negative, that the extract stage checks (extract/examples.py). Code elsewhere knows only labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, Field, model_validator

from plan_extract.core.body_kinds import BODY_KINDS
from plan_extract.core.contract import (
    Comparator,
    DeadlineKind,
    Domain,
    Frequency,
    FundingSource,
    SectionKind,
    TargetUnit,
    UnitKind,
)
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.numerals import roman_value
from plan_extract.core.text import respell
from plan_extract.core.word_lists import fold as fold
from plan_extract.core.word_lists import folded_phrases as folded_phrases
from plan_extract.normalize.place_levels import place_levels
from plan_extract.normalize.spelled_numbers import spelled_value, spells_number
from plan_extract.read.layout_cues import LAYOUT_CUES

# The labels of phrase matches, by the file that gives them.
ComparatorLabel = Literal["COMPARATOR_BEFORE", "COMPARATOR_AFTER"]
ComparatorCueLabel = Literal["DECREASE", "INCREASE", "ZERO", "ZERO_HEAD", "INDICATOR_HEAD"]
FilterLabel = Literal[
    "BASELINE",
    "NOT_TARGET_BEFORE",
    "NOT_TARGET_AFTER",
    "EXCEEDED_AFTER",
    "SAME_PERIOD",
    "TARGET_CUE",
    "DUE",
    "SHARE",
    "STRUCTURE",
    "BREAKDOWN",
    "CHANGE_FROM",
    "CHANGE_TO",
    "COMPARED",
    "SCOPE",
    "PLAN_CONTENT",
    "STRIVE",
    "NUMBERED_BY",
    "NOT_NUMBERED",
    "AGE_BEFORE",
    "RESULT_OPENER",
    "REVIEW_PERIOD",
    "VOTE",
]
QuantityLabel = Literal[
    "NOT_MEASURED", "RANGE", "PER_POPULATION", "MEASURE", "AVERAGED", "GROWTH_RATE", "SCORE"
]
DeadlineLabel = Literal[
    "DEADLINE_TRIGGER",
    "RANGE_FROM",
    "START_WORD",
    "RANGE_TO",
    "SCHEDULE_LABEL",
    "LABEL_IS",
    "EXPECTED_TIME",
    "OPENING_LABEL",
    "COVERED_PERIOD",
    "REPORTED_DATA",
    "REPORT_WORD",
    "DATE_JOINER",
    "YEAR_LIST_JOINER",
    "REPORT_DUE",
    "COMPLETION_TRIGGER",
    "COMPLETION_JOINED",
    "OPEN_END",
    "IN_FORCE",
    "ISSUES_PLAN",
    "DAY_OFF",
    "HOLIDAY_TIME",
    "REFERENCE_MOMENT",
    "PERIODIC_REPORT",
    "NEXT_YEAR",
    "SCHOOL_YEAR",
    "PHASE",
    "OCCASION",
    "REPLACED",
    "RESCHEDULED_TO",
    "MOVED_TIME",
    "FORMER_PLAN",
    "DATE_NAME",
    "RECORD_DAY",
    "SOLAR_ASIDE",
    "PURPOSE",
    "YEAR_TRIGGER",
    "NOT_TASK_TIME",
    "DONE",
    "STATUS_NOW",
    "COMMITTED",
    "CONTINUED",
]
DomainLabel = Literal["DOMAIN_HEADING", "DOMAIN_WORD", "DOMAIN_MIXED"]
RoleLabel = Literal[
    "LEAD_LABEL",
    "COOPERATE_LABEL",
    "LEAD_WORD",
    "COOPERATE_WORD",
    "REQUEST",
    "ORG_HEAD",
    "ACTIVITY_WORD",
    "NAMED_ORG",
    "LEVEL_HEAD",
    "BARE_HEAD",
    "GENERIC_COLLECTIVE",
    "PRIVATE_PARTIES",
    "OFFICE_HOLDER",
    "ANSWERABLE",
    "ADDRESS_FORM",
    "ADDRESSEE_LABEL",
    "ADDRESSEE_REFERENCE",
    "INSERTION",
    "STATE_WORD",
    "AUTHORITY",
    "ASK_ADVERB",
    "PASSIVE",
    "ROLE_ADVERB",
    "COOPERATE_ADVERB",
    "PARTNER_LINK",
    "TOPIC",
    "AGENT",
    "AGENT_END",
    "SUBJECT_OPENER",
    "INTRODUCTION",
]
PhraseLabel = Literal[
    ComparatorLabel,
    ComparatorCueLabel,
    "FREQUENCY",
    "NOT_FREQUENCY",
    "TARGET_UNIT",
    QuantityLabel,
    "PER_PERIOD",
    "AVERAGE_RATE",
    "NUMBER_WORD",
    "NUMBER_WORD_TAIL",
    "MULTIPLIER",
    FilterLabel,
    DeadlineLabel,
    "FUNDING_SOURCE",
    DomainLabel,
    RoleLabel,
    "UNIT",
    "ADDRESSED",
    "LISTED_VILLAGE",
    "OPEN_TAIL",
]
# The labels of date matches (dates.yaml).
DateLabel = Literal[
    "DAY_MONTH",
    "MONTH_YEAR",
    "QUARTER",
    "YEAR",
    "DAY_RANGE",
    "MONTH_RANGE",
    "QUARTER_RANGE",
    "MONTHLY_DAY",
    "QUARTERLY_DAY",
    "HALF_YEAR",
    "MONTH",
    "MONTH_LIST",
    "QUARTER_LIST",
    "DAY_LIST",
    "TIME_OF_DAY",
    "DAY",
]
Label = PhraseLabel | DateLabel
SpanPattern = dict[str, Any]  # spaCy SpanRuler's {"label", "id", "pattern"}


def _phrases(phrases: list[str]) -> list[str]:
    if not phrases or any(not phrase.strip() for phrase in phrases):
        raise ValueError("phrases must be a non-empty list of non-empty strings")
    return phrases


Phrases = Annotated[list[str], AfterValidator(_phrases)]


class PhraseGroup(Knowledge):
    """Phrases that match as one label and id."""

    label: PhraseLabel
    id: str = ""
    phrases: Phrases

    def patterns(self) -> Iterator[SpanPattern]:
        for phrase in self.phrases:
            yield {"label": self.label, "id": self.id, "pattern": respell(phrase)}


class PatternFile(Knowledge):
    """A rule file whose phrases are SpanRuler patterns. A phrase carries one role: never two
    ids of one label, never two labels unless `SHARED_LABELS` pairs them (and then one id)."""

    SHARED_LABELS: ClassVar[frozenset[frozenset[str]]] = frozenset()
    patterns: Sequence[PhraseGroup]  # each file narrows the labels and ids it allows

    def groups(self) -> Sequence[PhraseGroup]:
        return self.patterns

    @model_validator(mode="after")
    def _one_role_per_phrase(self) -> PatternFile:
        roles: dict[str, tuple[str, str]] = {}
        for group in self.groups():
            role = (group.label, group.id)
            for phrase in group.phrases:
                seen = roles.get(fold(phrase))
                if seen is None:
                    roles[fold(phrase)] = role
                elif seen == role:
                    raise ValueError(f"{phrase!r} is listed twice as {group.label} {group.id}")
                elif not (
                    frozenset((seen[0], role[0])) in self.SHARED_LABELS and seen[1] == role[1]
                ):
                    raise ValueError(f"{phrase!r} is both {seen} and {role}")
        return self

    def span_patterns(self) -> Iterator[SpanPattern]:
        for group in self.groups():
            yield from group.patterns()


class ComparatorGroup(PhraseGroup):
    label: ComparatorLabel
    id: Comparator


class ComparatorCues(PhraseGroup):
    label: ComparatorCueLabel
    id: Literal[""] = ""


class QuantityExample(Example):
    value: float | None
    unit: TargetUnit | None
    comparator: Comparator | None = None
    frequency: Frequency | None = None  # checked when given

    @property
    def negative(self) -> bool:
        return self.value is None


class Comparators(PatternFile):
    default: Comparator
    default_decrease: Comparator
    not_committing: Phrases
    committing_to_large: Phrases

    @cached_property
    def not_committing_words(self) -> frozenset[str]:
        return frozenset(fold(phrase) for phrase in self.not_committing)

    @cached_property
    def committing_to_large_words(self) -> frozenset[str]:
        return frozenset(fold(phrase) for phrase in self.committing_to_large)

    @model_validator(mode="after")
    def _large_words_are_weak(self) -> Comparators:
        """`committing_to_large` narrows the words that do not commit; it names no other word."""
        stray = sorted(self.committing_to_large_words - self.not_committing_words)
        if stray:
            raise ValueError(f"committing_to_large: {stray} not in not_committing")
        return self

    patterns: list[Annotated[ComparatorGroup | ComparatorCues, Field(discriminator="label")]]
    examples: list[QuantityExample] = Field(min_length=1)


class FrequencyGroup(PhraseGroup):
    label: Literal["FREQUENCY"]
    id: Frequency


class NotFrequencyGroup(PhraseGroup):
    """Names holding a frequency's words that recur nothing (`cây hàng năm`: annual crops)."""

    label: Literal["NOT_FREQUENCY"]
    id: Literal[""] = ""


class FrequencyExample(Example):
    frequency: Frequency | None

    @property
    def negative(self) -> bool:
        return self.frequency is None


class Frequencies(PatternFile):
    patterns: list[Annotated[FrequencyGroup | NotFrequencyGroup, Field(discriminator="label")]]
    examples: list[FrequencyExample] = Field(min_length=1)


class TargetUnitGroup(PhraseGroup):
    label: Literal["TARGET_UNIT"]
    id: TargetUnit


class QuantityWords(PhraseGroup):
    label: QuantityLabel
    id: Literal[""] = ""


class PerPeriodGroup(PhraseGroup):
    label: Literal["PER_PERIOD"]
    id: Frequency | Literal[""] = ""


class AverageRateGroup(PhraseGroup):
    label: Literal["AVERAGE_RATE"]
    id: Frequency


class NumberWordGroup(PhraseGroup):
    """Numbers written in words (`hai`), each valued as normalize/spelled_numbers.yaml spells
    it: that file owns what a spelled number is worth."""

    label: Literal["NUMBER_WORD"]
    id: Literal[""] = ""

    @model_validator(mode="after")
    def _valued(self) -> NumberWordGroup:
        unvalued = [p for p in self.phrases if not spelled_value(p)]
        if unvalued:
            raise ValueError(f"not a number from 1 to 99 in spelled_numbers.yaml: {unvalued}")
        return self


class NumberWordTailGroup(PhraseGroup):
    """The words that may end a number in words of several words (`hai mươi`, `một trăm`):
    each a word of normalize/spelled_numbers.yaml."""

    label: Literal["NUMBER_WORD_TAIL"]
    id: Literal[""] = ""

    @model_validator(mode="after")
    def _spelled(self) -> NumberWordTailGroup:
        unknown = [p for p in self.phrases if not spells_number(p)]
        if unknown:
            raise ValueError(f"not a word of spelled_numbers.yaml: {unknown}")
        return self


class MultiplierGroup(PhraseGroup):
    """A word multiplying the figure before it (`8 triệu lượt`); the `id` is its factor."""

    label: Literal["MULTIPLIER"]
    id: Annotated[str, Field(pattern=r"^[1-9][0-9]*$")]


class TargetUnits(PatternFile):
    patterns: list[
        Annotated[
            TargetUnitGroup
            | QuantityWords
            | PerPeriodGroup
            | AverageRateGroup
            | NumberWordGroup
            | NumberWordTailGroup
            | MultiplierGroup,
            Field(discriminator="label"),
        ]
    ]
    examples: list[QuantityExample] = Field(min_length=1)


class FilterGroup(PhraseGroup):
    label: FilterLabel
    id: Literal[""] = ""


class FilterExample(Example):
    target: bool
    plan_start: int
    section: SectionKind = "objectives"  # the kind of the section the sentence stands in

    @property
    def negative(self) -> bool:
        return not self.target


class TargetFilters(PatternFile):
    SHARED_LABELS = frozenset({frozenset({"STRIVE", "PLAN_CONTENT"})})
    patterns: list[FilterGroup]
    examples: list[FilterExample] = Field(min_length=1)


DateTriple = tuple[int | None, int | None, int | None]


class DeadlineGroup(PhraseGroup):
    label: DeadlineLabel
    id: Literal[""] = ""


class DeadlineExample(Example):
    kind: DeadlineKind | None
    start: DateTriple | None = None
    end: DateTriple | None = None
    recurrence: Frequency | None = None
    action: str | None = None  # checked when given
    period: tuple[int, int] = (2020, 2030)  # the plan's, whose year a date without one takes
    section: SectionKind = "reporting"  # the kind of the section the sentence stands in

    @property
    def negative(self) -> bool:
        return self.kind is None


class DeadlinePhrases(PatternFile):
    SHARED_LABELS = frozenset(
        {
            frozenset({"DEADLINE_TRIGGER", "RANGE_TO"}),
            frozenset({"DEADLINE_TRIGGER", "COMPLETION_TRIGGER"}),
            frozenset({"DEADLINE_TRIGGER", "YEAR_TRIGGER"}),
            frozenset({"DEADLINE_TRIGGER", "FORMER_PLAN"}),
            frozenset({"RANGE_FROM", "YEAR_TRIGGER"}),
            frozenset({"RANGE_FROM", "START_WORD"}),
        }
    )
    patterns: list[DeadlineGroup]
    action_skip_words: Phrases
    examples: list[DeadlineExample] = Field(min_length=1)

    @cached_property
    def action_skip(self) -> frozenset[str]:
        return syllables(self.action_skip_words)


class DatePattern(Knowledge):
    """A spaCy Matcher token pattern: one dict of token attributes per token."""

    label: DateLabel
    id: str
    pattern: list[dict[str, Any]] = Field(min_length=1)


class DateExample(Example):
    label: DateLabel | None
    start: DateTriple | None
    end: DateTriple | None = None

    @property
    def negative(self) -> bool:
        return self.start is None


def quarter_number(numeral: str) -> int | None:
    """The quarter a numeral names (`II`, `2`), or None."""
    value = roman_value(numeral) or (int(numeral) if numeral.isdigit() else None)
    return value if value is not None and 1 <= value <= 4 else None


def spelled_month(words: str) -> int | None:
    """The month that `words` spell after the month word (`Sáu` 6, `Mười Hai` 12, `Tư` 4:
    dates.yaml `month_words`, else the number words of normalize/spelled_numbers.yaml), or None."""
    key = " ".join(words.split()).casefold()
    value = DATES.load().month_words.get(key) or spelled_value(key)
    return value if value is not None and 1 <= value <= 12 else None


class DatePatterns(Knowledge):
    quarters: list[str]
    digitless_words: list[str] = Field(min_length=1)  # a date written without a figure has one
    bare_month_not_after: frozenset[str]  # `8/2026` after these is no month (`Quý 11/2026`)
    month_parts: frozenset[str]  # before a month or quarter: a part of it (`cuối tháng 6/2026`)
    quarter_months: dict[str, int]  # `tháng đầu Quý III/2026`: which month of the quarter
    month_words: dict[str, int]  # a month's own spelling (`tháng Tư`), beside the number words
    lunar_marks: list[str] = Field(min_length=1)  # after a date, make it a lunar one (no date)
    tokens: dict[str, dict[str, Any]]  # shapes the patterns share, through YAML anchors
    patterns: list[DatePattern] = Field(min_length=1)
    examples: list[DateExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _quarters_read(self) -> DatePatterns:
        numbers = [quarter_number(numeral) for numeral in self.quarters]
        if None in numbers or set(numbers) != {1, 2, 3, 4}:
            raise ValueError(f"quarters must name quarters 1 to 4, each: {self.quarters}")
        ids = [(pattern.label, pattern.id) for pattern in self.patterns]
        if len(ids) != len(set(ids)):
            raise ValueError("two date patterns share a label and id")
        months = sorted(self.quarter_months.values())
        if set(self.quarter_months) != self.month_parts or months != [1, 2, 3]:
            raise ValueError("quarter_months must give each of month_parts one month of 1 to 3")
        return self

    def span_patterns(self) -> Iterator[SpanPattern]:
        for pattern in self.patterns:
            yield {"label": pattern.label, "id": pattern.id, "pattern": pattern.pattern}


class FundingGroup(PhraseGroup):
    label: Literal["FUNDING_SOURCE"]
    id: FundingSource


class FundingExample(Example):
    sources: list[FundingSource]

    @property
    def negative(self) -> bool:
        return not self.sources


class FundingSources(PatternFile):
    patterns: list[FundingGroup]
    examples: list[FundingExample] = Field(min_length=1)


class DomainGroup(PhraseGroup):
    label: DomainLabel
    id: Domain


class DomainExample(Example):
    heading: bool = False
    domain: Domain

    @property
    def negative(self) -> bool:
        return self.domain == "other"


class Domains(PatternFile):
    SHARED_LABELS = frozenset({frozenset({"DOMAIN_HEADING", "DOMAIN_WORD"})})
    patterns: list[DomainGroup]
    examples: list[DomainExample] = Field(min_length=1)


class RoleGroup(PhraseGroup):
    label: RoleLabel
    id: Literal[""] = ""

    @model_validator(mode="before")
    @classmethod
    def _committee_phrases(cls, data: Any) -> Any:
        """A group's `committees`: the committees (or their heads' titles) that a level word
        names after them, one phrase per level of normalize/place_levels.yaml, the one list of
        level words (`ubnd` → `ubnd tỉnh`, ..., `ubnd thị xã`), the `levels_left` out."""
        if not isinstance(data, dict) or "committees" not in data:
            return data
        fields = dict(data)
        committees: list[str] = fields.pop("committees")
        left: list[str] = fields.pop("levels_left", [])
        if not set(left) <= set(place_levels()):
            raise ValueError(f"levels_left: levels of normalize/place_levels.yaml, not {left}")
        levels = [level for level in place_levels() if level not in left]
        built = [f"{committee} {level}" for committee in committees for level in levels]
        fields["phrases"] = [*fields.get("phrases", []), *built]
        return fields

    @model_validator(mode="before")
    @classmethod
    def _layout_cue_phrases(cls, data: Any) -> Any:
        """A group's `layout_cues`: the labels of data/layout_cues.yaml that name its phrases
        (`addressee_labels`: `Kính gửi`), the one list the joiner reads too, lower case."""
        if not isinstance(data, dict) or "layout_cues" not in data:
            return data
        fields = dict(data)
        cue: str = fields.pop("layout_cues")
        if cue != "addressee_labels":
            raise ValueError(f"layout_cues: only addressee_labels names phrases, not {cue!r}")
        labels = LAYOUT_CUES.load().addressee_labels
        fields["phrases"] = [*fields.get("phrases", []), *(label.lower() for label in labels)]
        return fields


class RoleExample(Example):
    lead: list[str]
    cooperating: list[str]
    section: SectionKind = "implementation"  # the kind of the section the sentence stands in

    @property
    def negative(self) -> bool:
        return not self.lead and not self.cooperating


class Roles(PatternFile):
    SHARED_LABELS = frozenset(
        {
            frozenset({"ORG_HEAD", "NAMED_ORG"}),
            frozenset({"ORG_HEAD", "LEVEL_HEAD"}),
            frozenset({"ORG_HEAD", "BARE_HEAD"}),
            frozenset({"ACTIVITY_WORD", "LEAD_WORD"}),
            frozenset({"LEAD_LABEL", "LEAD_WORD"}),
            frozenset({"COOPERATE_LABEL", "COOPERATE_WORD"}),
            frozenset({"GENERIC_COLLECTIVE", "OFFICE_HOLDER"}),
            frozenset({"ORG_HEAD", "OFFICE_HOLDER"}),
            frozenset({"LEAD_WORD", "REQUEST"}),
            frozenset({"LEAD_WORD", "INSERTION"}),
            frozenset({"NAMED_ORG", "AUTHORITY"}),
            frozenset({"STATE_WORD", "ASK_ADVERB"}),
            frozenset({"STATE_WORD", "PASSIVE"}),
            frozenset({"ASK_ADVERB", "ROLE_ADVERB"}),
            frozenset({"STATE_WORD", "ROLE_ADVERB"}),
            frozenset({"LEAD_WORD", "COOPERATE_ADVERB"}),
            frozenset({"STATE_WORD", "PARTNER_LINK"}),
            frozenset({"LEAD_LABEL", "AGENT_END"}),
            frozenset({"LEAD_WORD", "AGENT_END"}),
            frozenset({"LEAD_WORD", "INTRODUCTION"}),
            frozenset({"INSERTION", "INTRODUCTION"}),
        }
    )
    patterns: list[RoleGroup]
    examples: list[RoleExample] = Field(min_length=1)


class UnitEntry(Knowledge):
    name: str
    kind: UnitKind
    aliases: list[str] = Field(default_factory=list)
    # names of a collective that count only where it is addressed as a whole (a decision's
    # `... chịu trách nhiệm thi hành` article), never in a sentence that merely mentions it
    # (`phối hợp với các cơ quan, đơn vị`)
    addressed: list[str] = Field(default_factory=list)
    # a collective whose members a heading may name after a colon: the name of one member, from
    # the level word of the mention and the member's name (`Ủy ban nhân dân {level} {name}`)
    member: str | None = None
    # a province's office of a national agency, which a plan may print with its province's name
    # where the level word of an alias stands (`Kho bạc Nhà nước Hà Nội`): that office too (not
    # a body whose own name holds the province's, `Báo Khánh Hòa`)
    placed: bool = False
    # a national body (a ministry): in a province's or a commune's plan, one that only
    # cooperates is the issuer's partner, no unit (`Sở Y tế chủ trì, phối hợp với Bộ Y tế`)
    national: bool = False
    # a village's bare name that is also a common word (`buôn`, `bản`): read only as the next
    # kind of a list of villages a plural of villages opens (`Các thôn, buôn`: `nlp.LineParse`)
    listed: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _named_somehow(self) -> UnitEntry:
        if not self.aliases and not self.addressed:
            raise ValueError(f"{self.name!r} needs aliases or addressed names")
        _phrases([*self.aliases, *self.addressed, *self.listed])
        if self.listed and self.kind != "village":
            raise ValueError(f"{self.name!r}: only a village is read from a list of villages")
        return self

    @model_validator(mode="after")
    def _member_named(self) -> UnitEntry:
        if self.member is not None and set(re.findall(r"{(\w*)}", self.member)) != {
            "level",
            "name",
        }:
            raise ValueError(f"member must hold {{level}} and {{name}}: {self.member!r}")
        return self


def syllables(phrases: Sequence[str]) -> frozenset[str]:
    """The lower-case words of phrases (`thành phố` → `thành`, `phố`)."""
    return frozenset(word for phrase in phrases for word in fold(phrase).split())


class UnitListWords(Knowledge):
    """How unit names stand in a sentence (`A, B và các C xã`), read word by word."""

    conjunctions: Phrases
    marks: Phrases
    heading_marks: Phrases
    head_companions: Phrases
    level_compounds: Phrases
    alias_compounds: Phrases
    kept_level_words: Phrases
    tail_words: Phrases
    title_words: Phrases
    programme_titles: Phrases
    name_phrases: Phrases
    lower_case_kinds: Phrases
    national_heads: Phrases
    paired_titles: Phrases
    mirrored_heads: dict[str, str]
    level_short_forms: dict[str, str]
    parent_links: Phrases
    every_level: Phrases
    club_words: Phrases
    village_body_heads: Phrases
    village_number_words: Phrases
    single_body_heads: Phrases
    member_words: Phrases
    person_nouns: Phrases
    remit_breaks: Phrases

    @model_validator(mode="after")
    def _one_role_per_word(self) -> UnitListWords:
        joining = [
            syllables(self.conjunctions),
            syllables(self.plural_articles),
            set(self.marks) | set(self.heading_marks),
            syllables(self.head_companions),
        ]
        tails = syllables(self.level_words) | syllables(self.tail_words)
        roles = [*joining, tails]
        for index, words in enumerate(roles):
            for other in roles[index + 1 :]:
                if words & other:
                    raise ValueError(f"words with two roles in a list: {sorted(words & other)}")
        if not syllables(self.kept_level_words) <= syllables(self.level_words):
            raise ValueError("kept_level_words must be level_words")
        for compound in self.level_compounds:
            pair = fold(compound).split()
            if len(pair) != 2 or pair[0] not in syllables(self.level_words):
                raise ValueError(f"a level compound is a level word and one more: {compound!r}")
        if any(len(fold(compound).split()) != 2 for compound in self.alias_compounds):
            raise ValueError("an alias compound is two syllables")
        return self

    @model_validator(mode="after")
    def _persons_apart(self) -> UnitListWords:
        """Persons are no kind of body (data/body_kinds.yaml)."""
        persons = set(self.body_kind_phrases) & set(self.person_phrases)
        if persons:
            raise ValueError(f"persons are no body kind: {sorted(persons)}")
        return self

    @property
    def plural_articles(self) -> list[str]:
        """What may stand before a name (`các trường học`): data/body_kinds.yaml's, the one
        list of them."""
        return BODY_KINDS.load().plural_articles

    @property
    def level_words(self) -> list[str]:
        """After a name, its level (`Công an xã`, `Sở Y tế tỉnh`): the level words of
        normalize/place_levels.yaml, the one list of them."""
        return place_levels()

    @cached_property
    def every_level_words(self) -> tuple[tuple[str, ...], ...]:
        """The `every_level` phrases, each as its folded syllables (`các cấp`)."""
        return folded_phrases(self.every_level)

    @cached_property
    def single_body_head_words(self) -> frozenset[str]:
        """The `single_body_heads`, folded."""
        return frozenset(fold(head) for head in self.single_body_heads)

    @cached_property
    def member_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The `member_words`, each as its folded syllables."""
        return folded_phrases(self.member_words)

    @cached_property
    def person_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The `person_nouns`, each as its folded syllables."""
        return folded_phrases(self.person_nouns)

    @cached_property
    def body_kind_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The body kinds of data/body_kinds.yaml, the one list of them, each as its folded
        syllables."""
        return folded_phrases(BODY_KINDS.load().body_kinds)

    @cached_property
    def not_body_kind_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The words naming no body though they open with a kind's (data/body_kinds.yaml),
        each as its folded syllables."""
        return folded_phrases(BODY_KINDS.load().not_body_kinds)

    @cached_property
    def remit_break_words(self) -> frozenset[str]:
        """The `remit_breaks`, folded."""
        return frozenset(fold(word) for word in self.remit_breaks)

    @cached_property
    def club_openers(self) -> tuple[tuple[str, ...], ...]:
        """The `club_words`, each as its folded syllables."""
        return folded_phrases(self.club_words)

    @cached_property
    def village_body_openers(self) -> tuple[tuple[str, ...], ...]:
        """The `village_body_heads`, each as its folded syllables."""
        return folded_phrases(self.village_body_heads)

    @cached_property
    def village_number_syllables(self) -> frozenset[str]:
        """The `village_number_words`, folded."""
        return syllables(self.village_number_words)

    @cached_property
    def one_word_levels(self) -> frozenset[str]:
        """The `level_words` of one syllable, as printed (`xã`, `tỉnh`)."""
        return frozenset(word for word in self.level_words if " " not in word)

    @cached_property
    def conjunction_words(self) -> frozenset[str]:
        return syllables(self.conjunctions)

    @cached_property
    def article_words(self) -> frozenset[str]:
        return syllables(self.plural_articles)

    @cached_property
    def companion_words(self) -> frozenset[str]:
        return syllables(self.head_companions)

    @cached_property
    def level_syllables(self) -> frozenset[str]:
        return syllables(self.level_words)

    @cached_property
    def compounds(self) -> frozenset[tuple[str, str]]:
        """The `level_compounds`, each as its two syllables in lower case."""
        return frozenset(
            (words[0], words[1]) for words in (fold(c).split() for c in self.level_compounds)
        )

    @cached_property
    def alias_compound_pairs(self) -> frozenset[tuple[str, str]]:
        """The `alias_compounds`, each as its two syllables in lower case."""
        return frozenset(
            (words[0], words[1]) for words in (fold(c).split() for c in self.alias_compounds)
        )

    @cached_property
    def kept_level(self) -> frozenset[str]:
        return syllables(self.kept_level_words)

    @cached_property
    def joiners(self) -> frozenset[str]:
        """What may stand between or after the names of a list."""
        return self.conjunction_words | self.article_words | frozenset(self.marks)

    @cached_property
    def heading_joiners(self) -> frozenset[str]:
        """What may stand between the names of a heading's list (`1. Sở Y tế; Sở Tài chính`),
        where a sentence's clause would end."""
        return self.joiners | frozenset(self.heading_marks)

    @cached_property
    def tails(self) -> frozenset[str]:
        """What may follow a name as part of its mention: its level, its place."""
        return syllables(self.level_words) | syllables(self.tail_words)

    @cached_property
    def titles(self) -> tuple[tuple[str, ...], ...]:
        """The `title_words` phrases, each as its syllables in lower case."""
        return tuple(tuple(phrase.lower().split()) for phrase in self.title_words)

    @cached_property
    def kind_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The `name_phrases`, each as its folded syllables."""
        return folded_phrases(self.name_phrases)

    @cached_property
    def lower_case_kind_words(self) -> tuple[tuple[str, ...], ...]:
        """The `lower_case_kinds`, each as its folded syllables."""
        return folded_phrases(self.lower_case_kinds)

    @cached_property
    def national_head_words(self) -> tuple[tuple[str, ...], ...]:
        """The `national_heads`, each as its folded syllables."""
        return folded_phrases(self.national_heads)

    @cached_property
    def paired_title_words(self) -> frozenset[tuple[str, ...]]:
        """The `paired_titles`, each as its folded syllables."""
        return frozenset(tuple(fold(title).split()) for title in self.paired_titles)

    @cached_property
    def parent_link_words(self) -> tuple[tuple[str, ...], ...]:
        """The `parent_links`, each as its folded syllables, the longest first."""
        links = (tuple(fold(link).split()) for link in self.parent_links)
        return tuple(sorted(links, key=len, reverse=True))

    @cached_property
    def mirrors(self) -> dict[str, str]:
        """The `mirrored_heads`, each national head folded."""
        return {fold(head): mirror for head, mirror in self.mirrored_heads.items()}

    @cached_property
    def programmes(self) -> tuple[tuple[str, ...], ...]:
        """The `programme_titles` and the `name_phrases`, each as its folded syllables, the
        longest first."""
        titles = [tuple(fold(title).split()) for title in self.programme_titles]
        return tuple(sorted([*titles, *self.kind_phrases], key=len, reverse=True))

    @cached_property
    def programme_openers(self) -> frozenset[str]:
        """The first syllable of each of the `programmes` (none is empty: Phrases): a title
        opens only at a token that is one of them."""
        return frozenset(title[0] for title in self.programmes)


class OpenTailGroup(PhraseGroup):
    label: Literal["OPEN_TAIL"]
    id: Literal[""] = ""


class UnitExample(Example):
    units: list[str]
    mentions: list[str] | None = None  # checked when given

    @property
    def negative(self) -> bool:
        return not self.units


class UnitLexicon(PatternFile):
    lists: UnitListWords
    patterns: list[OpenTailGroup]
    units: list[UnitEntry]
    examples: list[UnitExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _names_unique(self) -> UnitLexicon:
        names = [unit.name for unit in self.units]
        if len(names) != len(set(names)):
            raise ValueError("duplicate canonical names")
        return self

    def groups(self) -> Sequence[PhraseGroup]:
        entries = [
            PhraseGroup(label=label, id=u.name, phrases=phrases)
            for u in self.units
            for label, phrases in (
                ("UNIT", u.aliases),
                ("ADDRESSED", u.addressed),
                ("LISTED_VILLAGE", u.listed),
            )
            if phrases
        ]
        return [*self.patterns, *entries]

    def entry(self, name: str) -> UnitEntry | None:
        return self._by_name.get(name)

    @cached_property
    def _by_name(self) -> dict[str, UnitEntry]:
        """Each canonical name's entry, the first where two share one (asked for every unit a
        partner list names)."""
        return {unit.name: unit for unit in reversed(self.units)}

    @cached_property
    def _by_alias(self) -> dict[str, str]:
        return {fold(alias): unit.name for unit in self.units for alias in unit.aliases}

    def canonical(self, text: str) -> str | None:
        """The canonical name of a body named whole by `text` (`Sở GD&ĐT`), else None."""
        return self._by_alias.get(fold(text))

    @cached_property
    def collectives(self) -> frozenset[str]:
        """The canonical names that open with a plural article name collectives (`Các sở, ...`)."""
        articles = self.lists.article_words
        return frozenset(u.name for u in self.units if fold(u.name).split()[0] in articles)

    @cached_property
    def villages(self) -> frozenset[str]:
        """The canonical names of the villages and their heads (kind `village`)."""
        return frozenset(u.name for u in self.units if u.kind == "village")

    @cached_property
    def place_committees(self) -> frozenset[str]:
        """The collectives of a level's committees, whose members a heading may name
        (`Ủy ban nhân dân các xã, phường, đặc khu`)."""
        return frozenset(u.name for u in self.units if u.member is not None)


COMPARATORS = data_file("extract/comparators.yaml", Comparators)
FREQUENCIES = data_file("extract/frequencies.yaml", Frequencies)
TARGET_UNITS = data_file("extract/target_units.yaml", TargetUnits)
TARGET_FILTERS = data_file("extract/target_filters.yaml", TargetFilters)
DEADLINE_PHRASES = data_file("extract/deadlines.yaml", DeadlinePhrases)
DATES = data_file("extract/dates.yaml", DatePatterns)
FUNDING_SOURCES = data_file("extract/funding.yaml", FundingSources)
DOMAINS = data_file("extract/domains.yaml", Domains)
ROLES = data_file("extract/roles.yaml", Roles)
UNIT_LEXICON = data_file("extract/units.yaml", UnitLexicon)

PHRASE_FILES = (
    COMPARATORS,
    FREQUENCIES,
    TARGET_UNITS,
    TARGET_FILTERS,
    DEADLINE_PHRASES,
    FUNDING_SOURCES,
    DOMAINS,
    ROLES,
    UNIT_LEXICON,
)


def span_patterns() -> list[SpanPattern]:
    """Every pattern of every rule file, phrases and dates, as spaCy's SpanRuler takes them."""
    found: list[SpanPattern] = []
    for rules in PHRASE_FILES:
        found.extend(rules.load().span_patterns())
    found.extend(DATES.load().span_patterns())
    return found
