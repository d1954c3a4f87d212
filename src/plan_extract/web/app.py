"""The FastAPI application: pages for people, /api for programs, both over one `Backend`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from plan_extract.core.version import __version__
from plan_extract.web import api, login, pages, review
from plan_extract.web.accounts import Accounts, LoginThrottle
from plan_extract.web.backend import Backend
from plan_extract.web.gate import Gate
from plan_extract.web.jobs import Jobs
from plan_extract.web.limits import UploadLimits
from plan_extract.web.province_view import ProvinceViews
from plan_extract.web.security import BodyLimit, SecurityHeaders

HERE = Path(__file__).parent
SWAGGER_ASSETS = Path(fastapi_offline.__file__).parent / "static"  # Swagger UI, bundled
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
FORM_BYTES = 64 * 1024  # any write but an upload: a login, a logout
DEFAULT_WORKERS = 2  # warm parsing processes: uploads parse side by side, pages stay served


def build_app(
    db_path: str | Path,
    limits: UploadLimits | None = None,
    workers: int = DEFAULT_WORKERS,
    allowed_hosts: Sequence[str] = LOOPBACK,
    on_ready: Callable[[], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
) -> FastAPI:
    """The application; `on_ready` is called once its parse workers are warm. When they cannot
    start, the start fails with the reason; or, given `on_failed`, it is told the reason and
    the application starts without them (its server is to end at once, serving nothing)."""
    limits = limits or UploadLimits()
    backend = Backend(db_path)
    jobs = Jobs(backend, workers)
    accounts = Accounts(backend)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            jobs.start()
        except Exception as exc:
            if on_failed is None:
                raise
            on_failed(exc)
            started = False
        else:
            started = True
            if on_ready is not None:
                on_ready()
        try:
            yield
        finally:
            if started:
                jobs.stop()
            backend.close()

    app = FastAPI(
        title="plan-extract",
        version=__version__,
        description="Upload Vietnamese plans (Kế hoạch), read what was extracted, compare and "
        "check them. Plans are identified by the sha256 of their file.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # pages.api_docs: the same Swagger UI, from local assets
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.jobs = jobs
    app.state.accounts = accounts
    app.state.throttle = LoginThrottle()
    app.state.limits = limits
    app.state.province_views = ProvinceViews()
    app.mount("/static/swagger", StaticFiles(directory=SWAGGER_ASSETS), name="swagger")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(review.router)
    app.include_router(login.router)
    app.include_router(pages.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    # the last added runs first: hosts are checked, then the body's size, then the session
    app.state.single_user = not accounts.exist()  # decided at start: `serve` says which
    app.add_middleware(Gate, accounts=accounts, required=not app.state.single_user)
    upload_path = app.url_path_for("upload_plans")
    app.add_middleware(
        BodyLimit,
        max_bytes=lambda path: limits.max_request_bytes if path == upload_path else FORM_BYTES,
    )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


async def _http_error(request: Request, exc: Exception) -> Response:
    """JSON under /api, a page elsewhere."""
    assert isinstance(exc, StarletteHTTPException)
    if request.url.path.startswith("/api"):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
    return pages.error_page(request, exc.status_code, str(exc.detail))
