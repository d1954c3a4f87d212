"""A real server for browser and load tests: `plan-extract serve` on 127.0.0.1 and a free port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def live_server(db: Path, timeout: float = 180.0) -> Iterator[str]:
    """Start the server on loopback, wait until it answers (once its parse workers are warm:
    on a loaded machine that takes a while), yield its base URL, stop it."""
    port = free_port()
    command = [sys.executable, "-m", "plan_extract", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                stderr = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"the server exited: {stderr}")
            try:
                with urllib.request.urlopen(f"{base}/api/openapi.json", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
