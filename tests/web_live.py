"""A real server for browser and load tests: `plan-extract serve` on 127.0.0.1 and a free port."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from benchmarks.live_server import free_port, running_server

__all__ = ["finished_jobs", "free_port", "live_server", "with_csrf"]


@contextmanager
def live_server(db: Path, timeout: float = 180.0) -> Iterator[str]:
    """Start the server on loopback (benchmarks/live_server.py), yield its base URL, stop it."""
    with running_server(db, timeout) as server:
        yield server.url


def finished_jobs(
    client: httpx.Client, job_ids: list[str], timeout: float = 300.0
) -> list[dict[str, Any]]:
    """The upload jobs named, once each has finished (stored, duplicate or failed), in order;
    `client` is a test client or an `httpx.Client(base_url=...)` of a live server."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.get("/api/jobs", params={"job_id": job_ids})
        found = {job["job_id"]: job for job in response.json()}
        if all(found[i]["state"] in ("stored", "duplicate", "failed") for i in job_ids):
            return [found[i] for i in job_ids]
        if time.monotonic() > deadline:
            raise TimeoutError(f"jobs still running: {found}")
        time.sleep(0.2)


def with_csrf(client: httpx.Client) -> httpx.Client:
    """The client, sending with each request the CSRF token of its (cookie) session."""
    client.headers["X-CSRF-Token"] = client.get("/api/session").json()["csrf_token"]
    return client
