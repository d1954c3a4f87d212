"""The web page for province staff: upload plans, review each against its source, see the province.

`create_app(db_path)` builds the FastAPI application (server-rendered pages plus an API under
/api) over the same store as `plan-extract ingest` (a DuckDB file or a PostgreSQL URL). FastAPI
is imported only here, on use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from plan_extract.web.limits import UploadLimits

__all__ = ["create_app"]


def create_app(
    db_path: str | Path,
    limits: UploadLimits | None = None,
    workers: int | None = None,
    allowed_hosts: Sequence[str] | None = None,
    on_ready: Callable[[], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
) -> FastAPI:
    """The web application over the store `db_path`: a DuckDB file (created when missing) or a
    `postgresql://` URL; uploads are parsed by `workers` warm processes, started with it;
    requests must name one of `allowed_hosts` (the loopback names by default, and the test
    client's `testserver`); `on_ready` is called once the workers are warm, as it starts;
    `on_failed` with the reason when they cannot start (build_app)."""
    from plan_extract.web.app import DEFAULT_WORKERS, LOOPBACK, build_app

    hosts = allowed_hosts or (*LOOPBACK, "testserver")
    return build_app(db_path, limits, workers or DEFAULT_WORKERS, hosts, on_ready, on_failed)
