"""The API's request and response shapes (the plan itself is `plan_extract.models.Plan`)."""

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
