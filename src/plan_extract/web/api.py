"""The API under /api: upload plans, list and get them, check one, compare several."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Path, Query, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from plan_extract.core.contract import Plan
from plan_extract.output.json import plan_to_json
from plan_extract.web.backend import Backend
from plan_extract.web.checks import PROFILE, check_view
from plan_extract.web.i18n import DEFAULT_LANG, Lang
from plan_extract.web.limits import UploadLimits
from plan_extract.web.province_view import comparison_of
from plan_extract.web.schemas import (
    CheckResponse,
    CompareResponse,
    ErrorResponse,
    FileOutcome,
    FindingOut,
    PlanSummary,
    RuleOut,
    TableOut,
    UploadResponse,
)
from plan_extract.web.uploads import process

router = APIRouter(prefix="/api", tags=["plans"])
PLAN_ID = r"^[0-9a-f]{64}$"
PlanId = Annotated[str, Path(pattern=PLAN_ID, description="sha256 of the plan's file")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorResponse}}


def backend_of(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend


def stored_plan(request: Request, plan_id: str) -> Plan:
    """The stored plan, or a 404."""
    plan = backend_of(request).plan(plan_id)
    if plan is None:
        raise HTTPException(404, f"no plan {plan_id}")
    return plan


@router.post(
    "/plans",
    response_model=UploadResponse,
    responses={400: {"model": ErrorResponse}, 413: {"model": ErrorResponse}},
    summary="Upload plans",
)
async def upload_plans(
    request: Request,
    files: Annotated[list[UploadFile], File(description="plan files, or .zip archives of them")],
) -> UploadResponse:
    """Store each file (each plan in a .zip) under the sha256 of its content. A bad file gives
    an `error` outcome and the others are still stored; a file already stored is `duplicate`."""
    limits: UploadLimits = request.app.state.limits
    if len(files) > limits.max_files:
        raise HTTPException(400, f"too many files: at most {limits.max_files} at a time")
    backend = backend_of(request)
    outcomes: list[FileOutcome] = []
    for upload in files:
        data = await upload.read(limits.max_file_bytes + 1)
        name = upload.filename or "upload"
        outcomes.extend(await run_in_threadpool(process, name, data, backend, limits))
    return UploadResponse(outcomes=outcomes)


@router.get("/plans", response_model=list[PlanSummary], summary="List stored plans")
def list_plans(
    request: Request,
    province_code: Annotated[str | None, Query(max_length=10)] = None,
) -> list[PlanSummary]:
    return backend_of(request).summaries(province_code)


@router.get(
    "/plans/{plan_id}",
    response_model=Plan,
    responses={**NOT_FOUND, 200: {"content": {"application/json": {}}}},
    summary="Get a plan's JSON",
)
def get_plan(
    request: Request,
    plan_id: PlanId,
    download: Annotated[bool, Query(description="send as an attachment")] = False,
) -> Response:
    plan = stored_plan(request, plan_id)
    headers = {"Content-Disposition": f'attachment; filename="{plan_id}.json"'} if download else {}
    return Response(plan_to_json(plan), media_type="application/json", headers=headers)


@router.get(
    "/plans/{plan_id}/check",
    response_model=CheckResponse,
    responses=NOT_FOUND,
    summary="Check a plan's completeness",
)
def check_plan(
    request: Request,
    plan_id: PlanId,
    lang: Annotated[Lang, Query(description="language of the messages")] = DEFAULT_LANG,
) -> CheckResponse:
    """Every rule of the commune profile with its outcome and, when it fails, its messages."""
    plan = stored_plan(request, plan_id)
    view = check_view(plan_id, plan, lang)
    rules = [
        RuleOut(
            id=rule.id,
            status=rule.status,
            findings=[FindingOut(message=m, line=line) for m, line in rule.findings],
        )
        for rule in view.rules
    ]
    return CheckResponse(plan_id=plan_id, profile=PROFILE, verdict=view.verdict, rules=rules)


@router.get(
    "/compare",
    response_model=CompareResponse,
    responses={**NOT_FOUND, 400: {"model": ErrorResponse}},
    summary="Compare plans",
)
def compare_plans(
    request: Request,
    plan_id: Annotated[
        list[Annotated[str, Query(pattern=PLAN_ID)]] | None,
        Query(description="plans to compare (repeat the parameter)", max_length=500),
    ] = None,
    province_code: Annotated[
        str | None, Query(pattern=r"^[0-9]{2}$", description="every plan of a province")
    ] = None,
) -> CompareResponse:
    """The comparison tables (targets, indicators, units) of the plans named, or of a
    province's plans, against the national targets."""
    backend = backend_of(request)
    if (plan_id is None) == (province_code is None):
        raise HTTPException(400, "give plan_id (one or more) or province_code")
    if province_code is not None:
        plans = backend.province_plans(province_code)
    else:
        plans = []
        for wanted in dict.fromkeys(plan_id or []):
            plans.append((wanted, stored_plan(request, wanted)))
    tables = [
        TableOut(name=t.name, columns=t.column_names, rows=[list(row) for row in t.rows])
        for t in comparison_of(plans).tables
    ]
    return CompareResponse(plans=[pid for pid, _ in plans], tables=tables)
