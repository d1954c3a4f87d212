from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from plan_extract.web import create_app
from plan_extract.web.limits import MIB, UploadLimits

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    """The five seed plans."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(tmp_path / "store.duckdb", UploadLimits(max_files=5, max_file_bytes=MIB))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def upload(client: TestClient) -> Callable[..., list[dict[str, Any]]]:
    """Post (name, bytes) pairs to the upload API; the outcomes."""

    def post(*files: tuple[str, bytes]) -> list[dict[str, Any]]:
        response = client.post(
            "/api/plans",
            files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        )
        assert response.status_code == 200, response.text
        outcomes: list[dict[str, Any]] = response.json()["outcomes"]
        return outcomes

    return post


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A client over a store holding the five seeds, shared by the tests of a module that only
    read; with the plan id of each seed by file name."""
    app = create_app(tmp_path_factory.mktemp("seeded") / "store.duckdb")
    seeds = sorted(SEEDS.glob("*.txt"))
    with TestClient(app) as test_client:
        response = test_client.post(
            "/api/plans", files=[("files", (s.name, s.read_bytes())) for s in seeds]
        )
        outcomes = response.json()["outcomes"]
        assert [o["status"] for o in outcomes] == ["stored"] * len(seeds)
        yield test_client, {o["name"]: o["plan_id"] for o in outcomes}
