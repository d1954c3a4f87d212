"""The pages: upload, a plan against its source text, the province at a glance."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from plan_extract.output.tables import Table, csv_text, write_xlsx
from plan_extract.web.api import (
    PLAN_ID,
    backend_of,
    jobs_of,
    own_jobs,
    province_user,
    reviewed_plan,
    user_of,
    visible_commune,
)
from plan_extract.web.checks import PROFILE
from plan_extract.web.i18n import LANGS, pick_lang, strings
from plan_extract.web.limits import MIB, UploadLimits
from plan_extract.web.plan_view import plan_view
from plan_extract.web.province_view import ProvinceViews, province_name, reviewed_tables
from plan_extract.web.review import may_correct
from plan_extract.web.review_view import review_view

PROVINCE = r"^[0-9]{2}$"

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


def render(
    request: Request, template: str, page: str, status_code: int = 200, **context: Any
) -> Response:
    """A page in the language asked for (remembered in a cookie when chosen with ?lang=)."""
    chosen = request.query_params.get("lang")
    lang = pick_lang(chosen, request.cookies.get("lang"))
    other = next(code for code in LANGS if code != lang)
    response = templates.TemplateResponse(
        request,
        template,
        {
            "t": strings(lang),
            "lang": lang,
            "other_lang": other,
            "page": page,
            "user": getattr(request.state, "user", None),
            "session": getattr(request.state, "session", None),
            "csrf": getattr(request.state, "csrf", ""),
            **context,
        },
        status_code=status_code,
    )
    if chosen == lang:
        response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


def error_page(request: Request, status_code: int, message: str) -> Response:
    return render(request, "error.html", "error", status_code, message=message, code=status_code)


@router.get("/", response_class=HTMLResponse, name="upload_page")
def upload_page(request: Request) -> Response:
    limits: UploadLimits = request.app.state.limits
    lang = pick_lang(request.query_params.get("lang"), request.cookies.get("lang"))
    config = {
        "endpoint": str(request.url_for("upload_plans")),
        "planUrl": str(request.url_for("plan_page", plan_id="__ID__")),
        "maxFiles": limits.max_files,
        "maxFileBytes": limits.max_file_bytes,
        "maxFileMiB": limits.max_file_bytes // MIB,
        "eventsUrl": str(request.url_for("job_events")),
        "plansApi": str(request.url_for("list_plans")),
        "jobs": [job.model_dump() for job in jobs_of(request).recent(own_jobs(request))],
        "strings": strings(lang),
    }
    return render(
        request,
        "upload.html",
        "upload",
        plans=backend_of(request).summaries(None, visible_commune(user_of(request))),
        limits=limits,
        max_file_mib=limits.max_file_bytes // MIB,
        upload_config=config,
    )


@router.get("/api/docs", response_class=HTMLResponse, name="api_docs")
def api_docs(request: Request) -> Response:
    """The API browsable with Swagger UI, its assets served from here (no CDN)."""
    return templates.TemplateResponse(
        request, "api_docs.html", {"openapi_url": request.app.openapi_url}
    )


@router.get("/plans/{plan_id}", response_class=HTMLResponse, name="plan_page")
def plan_page(request: Request, plan_id: Annotated[str, PathParam(pattern=PLAN_ID)]) -> Response:
    """The plan's reviewed values against its text, its check, and its review (editable by
    reviewers and admins)."""
    backend = backend_of(request)
    reviewed = reviewed_plan(request, plan_id)
    lang = pick_lang(request.query_params.get("lang"), request.cookies.get("lang"))
    document = backend.document(plan_id)
    commune = backend.commune_of(plan_id)
    own = {f.plan_id for f in document.files} if document else set()
    replacements = [  # files an officer may file in this one's place: of the same commune
        (file.plan_id, file.file_name)
        for summary in backend.summaries(None, commune)
        if commune
        for file in summary.files
        if file.plan_id not in own and not file.replaced
    ]
    replacements += [
        (file.plan_id, file.file_name or file.path)
        for file in (document.files if document else [])
        if file.plan_id != plan_id and file.replaced_at is None
    ]
    events = backend.history(document.document_id) if document else []
    view = plan_view(
        plan_id, reviewed.plan, backend.lines(plan_id), lang, document, replacements, events
    )
    config = {
        "corrections": str(request.url_for("post_correction", plan_id=plan_id)),
        "undo": str(request.url_for("undo_correction", plan_id=plan_id, position=0)),
        "saved": strings(lang)["review_saved"],
        "error": strings(lang)["review_error"],
    }
    review = review_view(reviewed, may_correct(user_of(request)), lang)
    return render(request, "plan.html", "plan", view=view, review=review, review_config=config)


@router.get("/province", response_class=HTMLResponse, name="province_index")
def province_index(request: Request) -> Response:
    province_user(request)
    return render(request, "provinces.html", "province", provinces=backend_of(request).provinces())


@router.get("/province/{code}", response_class=HTMLResponse, name="province_page")
def province_page(request: Request, code: Annotated[str, PathParam(pattern=PROVINCE)]) -> Response:
    province_user(request)
    backend = backend_of(request)
    if province_name(code) is None:
        raise HTTPException(404, "not found")
    lang = pick_lang(request.query_params.get("lang"), request.cookies.get("lang"))
    views: ProvinceViews = request.app.state.province_views
    view = views.get(backend, code, lang)
    return render(request, "province.html", "province", view=view)


@router.get("/province/{code}/export.{fmt}", name="province_export")
def province_export(
    request: Request,
    code: Annotated[str, PathParam(pattern=PROVINCE)],
    fmt: Literal["csv", "xlsx"],
    table: Literal["targets", "indicators", "units"] = "indicators",
) -> Response:
    """The workbook the province's office sends upward (store/workbook.py: its plans, targets,
    units, deadlines, the national comparison, the communes without a plan, the incomplete
    plans), or one table of the comparison as CSV (UTF-8 with a BOM); both of the plans'
    reviewed values, marked where a person reviewed them."""
    province_user(request)
    if province_name(code) is None:
        raise HTTPException(404, "not found")
    backend = backend_of(request)
    if fmt == "xlsx":
        return Response(
            xlsx_bytes(backend.province_workbook(code, PROFILE)),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": f'attachment; filename="province-{code}.xlsx"'},
        )
    lang = pick_lang(request.query_params.get("lang"), request.cookies.get("lang"))
    tables = reviewed_tables(backend.province_reviews(code), lang)
    chosen = {t.name: t for t in tables}[table]
    return Response(
        "\ufeff" + csv_text(chosen),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="province-{code}-{table}.csv"'},
    )


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    """The workbook `write_xlsx` writes, as bytes."""
    with tempfile.TemporaryDirectory(prefix="plan-extract-") as folder:
        path = Path(folder) / "tables.xlsx"
        write_xlsx(tables, path)
        return path.read_bytes()
