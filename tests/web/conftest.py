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
