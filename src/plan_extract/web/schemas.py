"""The API's request and response shapes (the plan itself is `plan_extract.core.contract.Plan`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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


class TableOut(ApiModel):
    name: str
    columns: list[str]
    rows: list[list[str | int | float | bool | None]]


class CompareResponse(ApiModel):
    plans: list[str]
    tables: list[TableOut]


class SessionOut(ApiModel):
    user: str | None
    role: str | None
    commune_code: str | None
    csrf_token: str
