from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from fastapi.testclient import TestClient

from plan_extract.web import create_app
from plan_extract.web.limits import MIB, UploadLimits
from web_live import finished_jobs, with_csrf

if TYPE_CHECKING:
    from playwright.sync_api import Browser

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium for a module's browser tests (tests/headless_chromium.py)."""
    from playwright.sync_api import sync_playwright

    from headless_chromium import launch

    with sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    """The five seed plans."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(tmp_path / "store.duckdb", UploadLimits(max_files=5, max_file_bytes=MIB))
    with TestClient(app) as test_client:
        yield with_csrf(test_client)


@pytest.fixture
def upload(client: TestClient) -> Callable[..., list[dict[str, Any]]]:
    """Post (name, bytes) pairs to the upload API; the jobs, once finished."""

    def post(*files: tuple[str, bytes]) -> list[dict[str, Any]]:
        response = client.post(
            "/api/plans",
            files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        )
        assert response.status_code == 202, response.text
        return finished_jobs(client, [job["job_id"] for job in response.json()["jobs"]])

    return post


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A client over a store holding the five seeds, shared by the tests of a module that only
    read; with the plan id of each seed by file name."""
    app = create_app(tmp_path_factory.mktemp("seeded") / "store.duckdb")
    seeds = sorted(SEEDS.glob("*.txt"))
    with TestClient(app) as test_client:
        with_csrf(test_client)
        response = test_client.post(
            "/api/plans", files=[("files", (s.name, s.read_bytes())) for s in seeds]
        )
        jobs = finished_jobs(test_client, [job["job_id"] for job in response.json()["jobs"]])
        assert [job["state"] for job in jobs] == ["stored"] * len(seeds)
        yield test_client, {job["name"]: job["plan_id"] for job in jobs}
