"""The review API: a plan's corrections (store/corrections.py), made by reviewers and admins,
read (not made) by the plan's own commune account."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from starlette.concurrency import run_in_threadpool

from plan_extract.core.errors import InputError
from plan_extract.resolve.admin import commune_candidates
from plan_extract.store.corrections import Change, Correction, Reviewed
from plan_extract.web.accounts import User
from plan_extract.web.api import NOT_FOUND, PlanId, backend_of, reviewed_plan, user_of
from plan_extract.web.schemas import (
    CandidateOut,
    ChangeIn,
    CorrectionOut,
    ErrorResponse,
    ReviewOut,
)

router = APIRouter(prefix="/api", tags=["review"])
REFUSED = {**NOT_FOUND, 400: {"model": ErrorResponse}}


def may_correct(user: User) -> bool:
    """Reviewers and admins correct; a commune account only reads its plan's corrections."""
    return user.role in ("admin", "reviewer")


def corrector(request: Request) -> User:
    user = user_of(request)
    if not may_correct(user):
        raise HTTPException(403, "only reviewers and admins correct plans")
    return user


def correction_out(correction: Correction, reviewed: Reviewed | None = None) -> CorrectionOut:
    span = (
        (correction.span_start, correction.span_end)
        if correction.span_start is not None and correction.span_end is not None
        else None
    )
    flagged = reviewed is not None and correction in reviewed.flagged
    return CorrectionOut(
        position=correction.position,
        item_kind=correction.item_kind,
        item_id=correction.item_id,
        field=correction.field,
        old_value=correction.old_value,
        new_value=correction.new_value,
        line=correction.line,
        span=span,
        source_text=correction.source_text,
        author=correction.author,
        made_at=correction.made_at.isoformat(timespec="seconds"),
        undone_by=correction.undone_by,
        undone_at=correction.undone_at.isoformat(timespec="seconds")
        if correction.undone_at
        else None,
        flagged=flagged,
    )


def review_out(reviewed: Reviewed, user: User) -> ReviewOut:
    return ReviewOut(
        plan_id=reviewed.plan_id,
        plan_reviewed=reviewed.plan_reviewed,
        reviewed_items=sorted(f"{kind}:{item}" for kind, item in reviewed.reviewed_items),
        rejected=sorted(f"{kind}:{item}" for kind, item in reviewed.rejected),
        corrections=[correction_out(c, reviewed) for c in reviewed.corrections],
        commune_candidates=[
            CandidateOut(
                code=unit.code,
                name=unit.name,
                type=unit.type,
                district=unit.district,
                province=unit.province,
            )
            for unit in commune_candidates(reviewed.machine)
        ],
        may_correct=may_correct(user),
    )


@router.get(
    "/plans/{plan_id}/review", response_model=ReviewOut, responses=NOT_FOUND, summary="A review"
)
def get_review(request: Request, plan_id: PlanId) -> ReviewOut:
    """The plan's corrections and what they reviewed (its effective values: the plan's check
    and /api/compare)."""
    return review_out(reviewed_plan(request, plan_id), user_of(request))


@router.post(
    "/plans/{plan_id}/corrections",
    response_model=CorrectionOut,
    status_code=201,
    responses=REFUSED,
    summary="Correct a plan",
)
async def post_correction(request: Request, plan_id: PlanId, change: ChangeIn) -> CorrectionOut:
    """Record one correction (see ChangeIn); a 400 says why one cannot be made."""
    user = corrector(request)
    reviewed_plan(request, plan_id)  # 404, 403
    asked = Change(
        change.item_kind, change.item_id, change.field, change.value, change.line, change.span
    )
    try:
        made = await run_in_threadpool(backend_of(request).correct, plan_id, asked, user.name)
    except InputError as exc:
        raise HTTPException(400, str(exc)) from exc
    return correction_out(made)


@router.post(
    "/plans/{plan_id}/corrections/{position}/undo",
    response_model=CorrectionOut,
    responses=REFUSED,
    summary="Undo a correction",
)
async def undo_correction(
    request: Request, plan_id: PlanId, position: Annotated[int, Path(ge=1, le=10**9)]
) -> CorrectionOut:
    """Undo one correction: it is kept, marked undone by the user."""
    user = corrector(request)
    reviewed_plan(request, plan_id)
    try:
        undone = await run_in_threadpool(backend_of(request).undo, plan_id, position, user.name)
    except InputError as exc:
        raise HTTPException(400, str(exc)) from exc
    return correction_out(undone)
