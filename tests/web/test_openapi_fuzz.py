"""Schemathesis against the OpenAPI description: generated requests never get a server error,
and responses match the documented schemas."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from plan_extract.web import create_app
from plan_extract.web.limits import UploadLimits
from web_live import with_csrf

SEED = sorted((Path(__file__).resolve().parents[2] / "corpus/plans/seeds").glob("*.txt"))[0]
STORE_DIR = Path(tempfile.mkdtemp(prefix="plan-extract-fuzz-"))
# Few files per request: every generated file is really parsed, in a worker process each.
APP = create_app(STORE_DIR / "store.duckdb", UploadLimits(max_files=3))
# The live event stream runs until the client leaves: test_jobs.py follows it to its end.
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP).exclude(path="/api/jobs/events")


@pytest.fixture(scope="module", autouse=True)
def one_stored_plan() -> Iterator[None]:
    """A real plan in the store, so that reads of existing plans are exercised too."""
    with TestClient(APP) as client:
        with_csrf(client).post("/api/plans", files=[("files", (SEED.name, SEED.read_bytes()))])
        yield
    shutil.rmtree(STORE_DIR, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_generated_request_gets_a_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
