"""A bounded load test on loopback: 50 uploads at once against a real server, each answered at
once with its job; every distinct file is stored exactly once and none is lost (the copies of
one seed, which differ by a line, are listed as one plan's files)."""

from __future__ import annotations

import hashlib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from web_live import finished_jobs, live_server, with_csrf

SEEDS = sorted((Path(__file__).resolve().parents[2] / "corpus/plans/seeds").glob("*.txt"))
UPLOADS = 50
DISTINCT = 40  # the last 10 uploads repeat earlier files, sent at the same time

pytestmark = pytest.mark.slow


def _files() -> list[tuple[str, bytes]]:
    distinct = []
    for index in range(DISTINCT):
        seed = SEEDS[index % len(SEEDS)]
        data = seed.read_bytes() + f"\nBản sao số {index} để thử tải.\n".encode()
        distinct.append((f"{index:02d}-{seed.name}", data))
    return distinct + distinct[: UPLOADS - DISTINCT]


def test_fifty_uploads_at_once_store_every_plan_exactly_once(tmp_path: Path) -> None:
    files = _files()
    expected = {hashlib.sha256(data).hexdigest() for _, data in files}
    assert len(expected) == DISTINCT
    with live_server(tmp_path / "store.duckdb") as base:

        def send(file: tuple[str, bytes]) -> str:
            with httpx.Client(base_url=base, timeout=300) as client:
                response = with_csrf(client).post("/api/plans", files=[("files", file)])
            assert response.status_code == 202
            [job] = response.json()["jobs"]
            assert job["state"] == "queued"
            return str(job["job_id"])

        with ThreadPoolExecutor(max_workers=UPLOADS) as pool:
            job_ids = list(pool.map(send, files))
        with httpx.Client(base_url=base, timeout=60) as client:
            outcomes = finished_jobs(client, job_ids, timeout=600)
        stored = httpx.get(f"{base}/api/plans", timeout=60).json()

    statuses = Counter(o["state"] for o in outcomes)
    assert statuses == {"stored": DISTINCT, "duplicate": UPLOADS - DISTINCT}
    assert {o["plan_id"] for o in outcomes} == expected
    ids = [f["plan_id"] for p in stored for f in p["files"]]  # the list: one plan, its files
    assert len(ids) == len(set(ids)) == DISTINCT
    assert set(ids) == expected
    assert len(stored) == len(SEEDS)  # a seed's copies differ by a line: one plan's files
