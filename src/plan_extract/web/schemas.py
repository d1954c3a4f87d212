"""The API's request and response shapes (the plan itself is `plan_extract.core.contract.Plan`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

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


class PlanSummary(ApiModel):
    plan_id: str
    commune: str | None
    commune_code: str | None
    province: str | None
    province_code: str | None
    number: str | None
    issued: str | None
    title: str | None
    targets: int


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
