"""The FastAPI application: pages for people, /api for programs, both over one `Backend`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from plan_extract.core.version import __version__
from plan_extract.web import api, pages
from plan_extract.web.backend import Backend
from plan_extract.web.jobs import Jobs
from plan_extract.web.limits import UploadLimits
from plan_extract.web.province_view import ProvinceViews

HERE = Path(__file__).parent
DEFAULT_WORKERS = 2  # warm parsing processes: uploads parse side by side, pages stay served


def build_app(
    db_path: str | Path, limits: UploadLimits | None = None, workers: int = DEFAULT_WORKERS
) -> FastAPI:
    limits = limits or UploadLimits()
    backend = Backend(db_path)
    jobs = Jobs(backend, workers)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        jobs.start()
        try:
            yield
        finally:
            jobs.stop()
            backend.close()

    app = FastAPI(
        title="plan-extract",
        version=__version__,
        description="Upload Vietnamese plans (Kế hoạch), read what was extracted, compare and "
        "check them. Plans are identified by the sha256 of their file.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.jobs = jobs
    app.state.limits = limits
    app.state.province_views = ProvinceViews()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_middleware(BodyLimit, path="/api/plans", max_bytes=limits.max_request_bytes)
    return app


async def _http_error(request: Request, exc: Exception) -> Response:
    """JSON under /api, a page elsewhere."""
    assert isinstance(exc, StarletteHTTPException)
    if request.url.path.startswith("/api"):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
    return pages.error_page(request, exc.status_code, str(exc.detail))


class BodyLimit:
    """Refuse an upload whose declared size is over the limit before reading any of it."""

    def __init__(self, app: ASGIApp, path: str, max_bytes: int) -> None:
        self.app = app
        self.path = path
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == self.path and scope["method"] == "POST":
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and length.isdigit() and int(length) > self.max_bytes:
                response = JSONResponse(
                    {"detail": f"the upload is larger than {self.max_bytes // 2**20} MiB"},
                    status_code=413,
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
