"""The output contract: one plan document in, one `Plan` out.

These pydantic models are the single source of the JSON shape (see ../shared/spec/plan-json.md);
`schemas/plan.schema.json` is generated from them. Every value the pipeline did not find is `None`
or an empty list, never a guess, and every extracted item keeps its `section` id and 1-based `line`
in the normalized text, and its `span` in that line.

A span is `[start, end]`: character offsets in the normalized line's text (`Plan.lines`, or the
store's `lines`), counted in Unicode code points from 0, end exclusive (Python's
`text[start:end]`), so a consumer marks an item's words without searching the text again. An
item's `text` is its span's characters with white space squashed and emphasis marks (`*`)
dropped. Spans are null only in plans parsed (and stored) before spans were added.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

SourceFormat = Literal["txt", "md", "docx", "doc", "pdf"]
DocumentKind = Literal[
    "ke_hoach", "quyet_dinh", "bao_cao", "chuong_trinh", "cong_van", "thong_bao", "unknown"
]
CommuneType = Literal["xã", "phường", "thị trấn", "đặc khu"]
SectionKind = Literal[
    "purpose",
    "objectives",
    "tasks",
    "funding",
    "implementation",
    "reporting",
    "results",
    "other",
]
Domain = Literal[
    "politics",
    "economy",
    "family",
    "health",
    "education",
    "communication",
    "governance",
    "other",
]
TargetUnit = Literal[
    "percent",
    "ratio",
    "count",
    "per_100_girls",
    "per_1000",
    "per_100000_live_births",
    "hours",
    "vnd",
    "other",
]
Comparator = Literal[">=", ">", "<=", "<", "="]
Frequency = Literal["yearly", "quarterly", "monthly"]
UnitKind = Literal[
    "government_office",
    "police",
    "health",
    "education",
    "mass_organization",
    "village",
    "civil_servant",
    "service_center",
    "other",
]
DeadlineKind = Literal["date", "recurring", "range", "year"]
FundingSource = Literal[
    "state_budget", "national_target_program", "socialization", "unit_budget", "other_lawful"
]


class Model(BaseModel):
    """Base for every output model: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Span = tuple[int, int]
_SPAN = "[start, end): character offsets in the normalized line (code points, end exclusive)"


class Occurrence(Model):
    """Where an item's words stand: a line of the normalized text and their span in it."""

    line: int
    span: Span = Field(description=_SPAN)


class NormalizedLine(Model):
    """One line of the normalized text, which items cite by number (blank lines dropped, lines
    that a page break or hard wrap cut joined again)."""

    number: int = Field(description="1-based; what items' `line` refers to")
    text: str
    source_lines: list[int] = Field(description="the input lines (1-based) joined into it")
    page: int | None = Field(default=None, description="for PDF and Word files, when known")


class Source(Model):
    path: str
    sha256: str
    format: SourceFormat
    pages: int | None = None
    parser_version: str


class DateParts(Model):
    """A date whose parts may be missing (drafts leave the day blank)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    iso: str | None = Field(
        default=None, description="YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is missing"
    )

    @classmethod
    def of(cls, year: int | None, month: int | None, day: int | None) -> DateParts:
        """Parts as given, with `iso` as far as the year, month and day go in that order."""
        iso = None
        if year is not None:
            iso = f"{year:04d}"
            if month is not None:
                iso += f"-{month:02d}"
                if day is not None:
                    iso += f"-{day:02d}"
        return cls(year=year, month=month, day=day, iso=iso)


class Commune(Model):
    name: str
    type: CommuneType
    code: str | None = Field(default=None, description="official code, when the match is unique")


class Period(Model):
    start_year: int
    end_year: int


class BasisDocument(Model):
    text: str
    kind: str | None = Field(default=None, description="ke_hoach, quyet_dinh, nghi_quyet, ...")
    number: str | None = None
    date: DateParts | None = None
    issuer: str | None = None


class Signer(Model):
    name: str | None = None
    position: str | None = None
    authority: str | None = None


class DocumentMeta(Model):
    kind: DocumentKind = "unknown"
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    commune: Commune | None = None
    province: str | None = None
    province_code: str | None = None
    place: str | None = None
    issued: DateParts | None = None
    title: str | None = None
    period: Period | None = None
    basis: list[BasisDocument] = []
    signer: Signer | None = None
    recipients: list[str] = []


class Section(Model):
    id: str = Field(description='path of numbers, e.g. "III.2.b"')
    number: str = Field(description='as printed: "III", "2", "2.1", "b"')
    title: str
    kind: SectionKind | None = Field(
        default=None,
        description="for top-level sections and the plan's sections directly under a part (a "
        "top-level heading that groups `I.`, `II.`), from the heading's leading words; `results` "
        "for a review of what was done before the plan: its figures are no targets",
    )
    level: int
    lines: tuple[int, int]
    children: list[Section] = []


class Target(Model):
    id: str
    section: str | None
    line: int
    span: Span | None = Field(default=None, description=_SPAN + ", of `text`")
    text: str
    indicator: str | None
    domain: Domain
    value: int | float
    unit: TargetUnit
    comparator: Comparator
    year: int | None
    frequency: Frequency | None = None
    national_indicator: str | None = None
    also_at: list[int] = []
    restatements: list[Occurrence] = Field(
        default=[], description="where the lines of `also_at` restate it, in document order"
    )


class Unit(Model):
    id: str
    name: str
    kind: UnitKind
    mentions: list[str]
    occurrences: list[Occurrence] = Field(
        default=[], description="every mention in the body, in document order"
    )
    lead: bool
    sections: list[str]
    in_lexicon: bool = True


class Task(Model):
    id: str
    section: str | None
    line: int
    span: Span | None = Field(default=None, description=_SPAN + ", of `text`")
    text: str
    lead: list[str] = []
    cooperating: list[str] = []
    deadlines: list[str] = []


class Deadline(Model):
    id: str
    text: str
    kind: DeadlineKind
    start: DateParts | None = None
    end: DateParts | None = None
    recurrence: Frequency | None = None
    action: str | None = None
    units: list[str] = []
    section: str | None
    line: int
    span: Span | None = Field(default=None, description=_SPAN + ", of `text`")


class Funding(Model):
    source: FundingSource
    text: str
    section: str | None = None
    line: int | None = None
    span: Span | None = Field(default=None, description=_SPAN + ", of `text`")


class Warning(Model):
    code: str
    message: str
    line: int | None = None


class Plan(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    document: DocumentMeta
    sections: list[Section] = []
    targets: list[Target] = []
    units: list[Unit] = []
    tasks: list[Task] = []
    deadlines: list[Deadline] = []
    funding: list[Funding] = []
    warnings: list[Warning] = []
    lines: list[NormalizedLine] | None = Field(
        default=None,
        description="the normalized text the items cite, when asked for (`parse --with-lines`)",
    )
