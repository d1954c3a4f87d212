"""The API's request and response shapes (the plan itself is `plan_extract.core.contract.Plan`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

UploadStatus = Literal["stored", "duplicate", "error"]


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileOutcome(ApiModel):
    """What became of one uploaded file (a .zip gives one outcome per member)."""

    name: str
    status: UploadStatus
    plan_id: str | None = None
    code: str | None = None
    message: str | None = None
    params: dict[str, int] = {}


class UploadResponse(ApiModel):
    outcomes: list[FileOutcome]


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


class TableOut(ApiModel):
    name: str
    columns: list[str]
    rows: list[list[str | int | float | bool | None]]


class CompareResponse(ApiModel):
    plans: list[str]
    tables: list[TableOut]
