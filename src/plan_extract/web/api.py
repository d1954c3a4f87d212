"""The API under /api: upload plans and follow their jobs, list and get plans, check one,
compare several."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Path, Query, Request, UploadFile
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from plan_extract.core.contract import Plan
from plan_extract.output.json import plan_to_json
from plan_extract.store.corrections import Reviewed
from plan_extract.store.documents import Document, DocumentEvent
from plan_extract.web.accounts import LOCAL, User
from plan_extract.web.backend import Backend, file_out
from plan_extract.web.checks import PROFILE, check_view
from plan_extract.web.i18n import DEFAULT_LANG, Lang
from plan_extract.web.jobs import FINISHED, Jobs
from plan_extract.web.limits import UploadLimits
from plan_extract.web.province_view import reviewed_tables
from plan_extract.web.schemas import (
    CheckResponse,
    CompareResponse,
    DocumentOut,
    ErrorResponse,
    EventOut,
    FindingOut,
    JobOut,
    PlanSummary,
    Replacement,
    RuleOut,
    TableOut,
    UploadAccepted,
)
from plan_extract.web.uploads import split

router = APIRouter(prefix="/api", tags=["plans"])
PLAN_ID = r"^[0-9a-f]{64}$"
JOB_ID = r"^[0-9a-f]{16}$"
KEEPALIVE_SECONDS = 15.0
PlanId = Annotated[str, Path(pattern=PLAN_ID, description="sha256 of the plan's file")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorResponse},
    404: {"model": ErrorResponse},
}


def backend_of(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend


def jobs_of(request: Request) -> Jobs:
    jobs: Jobs = request.app.state.jobs
    return jobs


def user_of(request: Request) -> User:
    """The user asking (the gate lets no request without one past but the public pages')."""
    user: User | None = request.state.user
    if user is None:
        raise HTTPException(401, "log in first")
    return user


def owner_of(request: Request) -> str | None:
    """Whose jobs a user's uploads are (None on a server without accounts)."""
    user = user_of(request)
    return None if user == LOCAL else user.name


def province_user(request: Request) -> User:
    """The user asking, who must be one that sees the province (not a commune account)."""
    user = user_of(request)
    if not user.sees_province:
        raise HTTPException(403, "a commune account sees its own commune's plans only")
    return user


def own_jobs(request: Request) -> str | None:
    """The owner whose jobs only the user sees (a commune account's own); None: everyone's."""
    user = user_of(request)
    return None if user.sees_province else user.name


def visible_commune(user: User) -> str | None:
    """The one commune whose plans the user sees; None: every commune's."""
    return None if user.sees_province else user.commune_code


def stored_plan(request: Request, plan_id: str) -> Plan:
    """The stored plan as parsed, or a 404; a 403 when it is another commune's than the
    user's."""
    backend = backend_of(request)
    plan = backend.plan(plan_id)
    if plan is None:
        raise HTTPException(404, f"no plan {plan_id}")
    if not user_of(request).may_see(backend.commune_of(plan_id)):
        raise HTTPException(403, "this plan is of another commune")
    return plan


def reviewed_plan(request: Request, plan_id: str) -> Reviewed:
    """The plan with its effective values (`Backend.reviewed`), or a 404 or 403 as
    `stored_plan` gives."""
    stored_plan(request, plan_id)
    reviewed = backend_of(request).reviewed(plan_id)
    if reviewed is None:  # deleted since
        raise HTTPException(404, f"no plan {plan_id}")
    return reviewed


@router.post(
    "/plans",
    response_model=UploadAccepted,
    status_code=202,
    responses={
        400: {"model": ErrorResponse},
        403: {"model": ErrorResponse},
        413: {"model": ErrorResponse},
    },
    summary="Upload plans",
)
async def upload_plans(
    request: Request,
    files: Annotated[list[UploadFile], File(description="plan files, or .zip archives of them")],
) -> UploadAccepted:
    """Queue each file (each plan in a .zip) to be parsed, and answer at once with one job per
    file: follow them at /api/jobs/{job_id} or /api/jobs/events. A file refused before parsing
    (empty, too large, not a plan) is a `failed` job at once; the others are still queued."""
    limits: UploadLimits = request.app.state.limits
    if len(files) > limits.max_files:
        raise HTTPException(400, f"too many files: at most {limits.max_files} at a time")
    uploaded = [
        (upload.filename or "upload", await upload.read(limits.max_file_bytes + 1))
        for upload in files
    ]
    user = user_of(request)
    commune = None if user.sees_province else user.commune_code
    jobs, owner = jobs_of(request), owner_of(request)

    def submit() -> list[JobOut]:
        """Split and queue in one trip to a thread (each trip waits for one)."""
        items = [item for name, data in uploaded for item in split(name, data, limits)]
        return jobs.submit(items, owner, commune)

    return UploadAccepted(jobs=await run_in_threadpool(submit))


# The jobs a request names (`?job_id=...&job_id=...`); None: the latest
JobIds = Annotated[list[str] | None, Query(description="only these", max_length=500)]


@router.get("/jobs", response_model=list[JobOut], summary="List upload jobs")
def list_jobs(
    request: Request,
    job_id: JobIds = None,
) -> list[JobOut]:
    """The latest upload jobs, newest first, or those named (a commune account's own only)."""
    return jobs_of(request).recent(own_jobs(request), job_id)


@router.get(
    "/jobs/events",
    summary="Follow upload jobs live",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def job_events(
    request: Request,
    job_id: JobIds = None,
    until_finished: Annotated[
        bool, Query(description="end the stream once every job named has finished")
    ] = False,
) -> StreamingResponse:
    """Server-sent events: an event `jobs` with the jobs (as /api/jobs gives them) now and on
    every change, a comment every 15 s to keep the connection."""
    jobs = jobs_of(request)
    feed = jobs.follow(own_jobs(request), job_id)

    async def stream() -> AsyncIterator[str]:
        """Ends when the client goes: the response, listening for it, cancels the stream."""
        seen = -1
        while True:
            version = await jobs.changes.wait(seen, KEEPALIVE_SECONDS)
            if version == seen:
                yield ": keep-alive\n\n"
                continue
            seen = version
            found = feed.known()
            if found is None:  # only the store knows: a query, in a thread
                found = await run_in_threadpool(feed.queried)
            payload = json.dumps([job.model_dump() for job in found], ensure_ascii=False)
            yield f"event: jobs\ndata: {payload}\n\n"
            if until_finished and job_id and all(job.state in FINISHED for job in found):
                return

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


@router.get(
    "/jobs/{job_id}",
    response_model=JobOut,
    responses=NOT_FOUND,
    summary="Get an upload job",
)
def get_job(request: Request, job_id: Annotated[str, Path(pattern=JOB_ID)]) -> JobOut:
    job = jobs_of(request).get(job_id)
    owner = own_jobs(request)
    if job is None or (owner is not None and job.owner != owner):
        raise HTTPException(404, f"no job {job_id}")
    return job


@router.get("/plans", response_model=list[PlanSummary], summary="List stored plans")
def list_plans(
    request: Request,
    province_code: Annotated[str | None, Query(max_length=10)] = None,
) -> list[PlanSummary]:
    user = user_of(request)
    return backend_of(request).summaries(province_code, visible_commune(user))


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
    """Every rule of the commune profile with its outcome and, when it fails, its messages,
    on the plan's reviewed values (`reviewed`: a person reviewed some)."""
    reviewed = reviewed_plan(request, plan_id)
    view = check_view(plan_id, reviewed.plan, lang)
    rules = [
        RuleOut(
            id=rule.id,
            status=rule.status,
            findings=[FindingOut(message=m, line=line) for m, line in rule.findings],
        )
        for rule in view.rules
    ]
    return CheckResponse(
        plan_id=plan_id,
        profile=PROFILE,
        verdict=view.verdict,
        rules=rules,
        reviewed=reviewed.any_review,
    )


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
    lang: Annotated[Lang, Query(description="language of the `reviewed` mark")] = DEFAULT_LANG,
) -> CompareResponse:
    """The comparison tables (targets, indicators, units) of the plans named, or of a
    province's plans, against the national targets, on the plans' reviewed values: each
    table's last column, `reviewed`, marks the rows a person reviewed; `reviewed` lists the
    plans with any reviewed value."""
    backend = backend_of(request)
    if (plan_id is None) == (province_code is None):
        raise HTTPException(400, "give plan_id (one or more) or province_code")
    if province_code is not None:
        province_user(request)
        reviews = backend.province_reviews(province_code)
    else:
        reviews = [reviewed_plan(request, wanted) for wanted in dict.fromkeys(plan_id or [])]
    tables = [
        TableOut(name=t.name, columns=t.column_names, rows=[list(row) for row in t.rows])
        for t in reviewed_tables(reviews, lang)
    ]
    return CompareResponse(
        plans=[r.plan_id for r in reviews],
        tables=tables,
        reviewed=[r.plan_id for r in reviews if r.any_review],
    )


def document_out(document: Document, events: list[DocumentEvent]) -> DocumentOut:
    return DocumentOut(
        document_id=document.document_id,
        representative=document.representative,
        files=[file_out(f) for f in document.files],
        deleted_at=_iso(document.deleted_at),
        deleted_by=document.deleted_by,
        history=[
            EventOut(
                at=_iso(e.happened_at) or "",
                action=e.action,
                by=e.actor,
                plan_id=e.plan_id,
                replacement=e.replacement,
            )
            for e in events
        ],
    )


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def document_of(request: Request, plan_id: str) -> Document:
    """The document of a stored file the user may see (404, 403 otherwise)."""
    stored_plan(request, plan_id)
    document = backend_of(request).document(plan_id)
    if document is None:
        raise HTTPException(404, f"no plan {plan_id}")
    return document


def document_response(request: Request, plan_id: str) -> DocumentOut:
    """The document of a stored file, with its history, as the API gives it."""
    document = document_of(request, plan_id)
    return document_out(document, backend_of(request).history(document.document_id))


@router.get(
    "/plans/{plan_id}/document",
    response_model=DocumentOut,
    responses=NOT_FOUND,
    summary="The document a file belongs to",
)
def get_document(request: Request, plan_id: PlanId) -> DocumentOut:
    """The document (one plan, however many files it was sent as) with its files: which one
    represents it, which were replaced, whether it was deleted."""
    return document_response(request, plan_id)


@router.post(
    "/plans/{plan_id}/replacement",
    response_model=DocumentOut,
    responses=NOT_FOUND,
    summary="Replace a file of a document",
)
def replace_plan_file(request: Request, plan_id: PlanId, body: Replacement) -> DocumentOut:
    """File another stored file (upload it first) in place of this one in its document: this
    file is kept, marked replaced by whom and when."""
    document_of(request, plan_id)
    stored_plan(request, body.plan_id)
    if body.plan_id == plan_id:
        raise HTTPException(400, "a file cannot replace itself")
    backend_of(request).replace_file(plan_id, body.plan_id, user_of(request).name)
    return document_response(request, plan_id)


@router.delete(
    "/plans/{plan_id}/document",
    response_model=DocumentOut,
    responses=NOT_FOUND,
    summary="Delete a plan",
)
def delete_plan(request: Request, plan_id: PlanId) -> DocumentOut:
    """Mark the document of this file deleted: it and its files are kept, with who deleted it
    and when, and left out of the lists, the province and compare (restore undoes it)."""
    return _mark_deleted(request, plan_id, deleted=True)


@router.post(
    "/plans/{plan_id}/document/restore",
    response_model=DocumentOut,
    responses=NOT_FOUND,
    summary="Restore a deleted plan",
)
def restore_plan(request: Request, plan_id: PlanId) -> DocumentOut:
    return _mark_deleted(request, plan_id, deleted=False)


def _mark_deleted(request: Request, plan_id: str, deleted: bool) -> DocumentOut:
    """Delete or restore the document of a file the user may see; the document as it is now."""
    document = document_of(request, plan_id)
    backend = backend_of(request)
    mark = backend.delete_document if deleted else backend.restore_document
    mark(document.document_id, user_of(request).name)
    return document_response(request, plan_id)
