"""The API's request and response shapes (the plan itself is `plan_extract.core.contract.Plan`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

JobState = Literal["queued", "reading", "ocr", "stored", "duplicate", "failed"]


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class JobOut(ApiModel):
    """One uploaded file (a .zip gives one job per member) and how far it has got: `queued`,
    `reading`, `ocr` (page `page` of `pages`), then `stored`, `duplicate` (already stored:
    `plan_id` is that plan) or `failed` (`reason`; for a file refused before parsing, `code`
    and `params` name its message in the pages' strings)."""

    job_id: str
    name: str
    state: JobState
    page: int | None = None
    pages: int | None = None
    plan_id: str | None = None
    reason: str | None = None
    code: str | None = None
    params: dict[str, int] = {}
    owner: str | None = None


class UploadAccepted(ApiModel):
    jobs: list[JobOut]


class FileOut(ApiModel):
    """One file of a document: `representative` when its parse stands for the document,
    `replaced` when an officer filed another in its place (it is kept)."""

    plan_id: str
    file_name: str
    format: str
    representative: bool
    replaced: bool


class PlanSummary(ApiModel):
    """A document (a plan, however many files it came as), by the file that represents it."""

    plan_id: str
    document_id: str
    commune: str | None
    commune_code: str | None
    province: str | None
    province_code: str | None
    number: str | None
    issued: str | None
    title: str | None
    targets: int
    files: list[FileOut] = []


class EventOut(ApiModel):
    """A change an officer made to a document: `deleted`, `restored` or `replaced` (`plan_id`
    by `replacement`)."""

    at: str
    action: Literal["deleted", "restored", "replaced"]
    by: str | None
    plan_id: str | None = None
    replacement: str | None = None


class DocumentOut(ApiModel):
    """A document with its files; `deleted_at` and `deleted_by` when an officer deleted it (it
    is kept)."""

    document_id: str
    representative: str
    files: list[FileOut]
    deleted_at: str | None = None
    deleted_by: str | None = None
    history: list[EventOut] = []


class Replacement(ApiModel):
    plan_id: str = Field(pattern=r"^[0-9a-f]{64}$", description="the stored file to file instead")


class ErrorResponse(ApiModel):
    detail: str


class FindingOut(ApiModel):
    message: str
    line: int | None


class RuleOut(ApiModel):
    id: str
    status: Literal["pass", "error", "warning"]
    findings: list[FindingOut]


class CheckResponse(ApiModel):
    plan_id: str
    profile: str
    verdict: Literal["pass", "warn", "fail"]
    rules: list[RuleOut]
    reviewed: bool = False  # checked on values a person reviewed


class TableOut(ApiModel):
    name: str
    columns: list[str]
    rows: list[list[str | int | float | bool | None]]


class CompareResponse(ApiModel):
    plans: list[str]
    tables: list[TableOut]
    reviewed: list[str] = []  # the plans with values a person reviewed


class SessionOut(ApiModel):
    user: str | None
    role: str | None
    commune_code: str | None
    csrf_token: str


class ChangeIn(ApiModel):
    """One correction: set `field` of an item (`item_kind` target, unit or deadline, with its
    `item_id`; `header` or `plan` without one) to `value`; `field` `status` confirms or
    rejects an item (`value` confirmed or rejected); `field` `added` adds an item the parser
    missed, standing on `span` of `line` (the text selected), `value` its fields."""

    item_kind: Literal["target", "unit", "deadline", "header", "plan"]
    item_id: str | None = Field(default=None, max_length=100)
    field: str = Field(max_length=40)
    value: JsonValue = None
    line: int | None = None
    span: tuple[int, int] | None = None


class CorrectionOut(ApiModel):
    position: int
    item_kind: str
    item_id: str | None
    field: str
    old_value: JsonValue
    new_value: JsonValue
    line: int | None
    span: tuple[int, int] | None
    source_text: str | None
    author: str
    made_at: str
    undone_by: str | None
    undone_at: str | None
    flagged: bool = False  # made on an older parse and its source text is gone: not applied


class CandidateOut(ApiModel):
    code: str
    name: str
    type: str
    district: str | None
    province: str


class ReviewOut(ApiModel):
    """A plan's review: every correction (undone ones too), the items reviewed and rejected
    (`kind:id`), whether the plan is marked reviewed, the communes its commune name may be,
    and whether the user asking may correct it."""

    plan_id: str
    plan_reviewed: bool
    reviewed_items: list[str]
    rejected: list[str]
    corrections: list[CorrectionOut]
    commune_candidates: list[CandidateOut]
    may_correct: bool
