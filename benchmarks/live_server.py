"""A real `plan-extract serve` on 127.0.0.1 and a free port, for the browser and load tests
(tests/web_live.py) and the upload benchmark (web_upload.py): started, waited for until it
answers (once its parse workers are warm: on a loaded machine that takes a while), stopped."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class LiveServer:
    url: str  # the base URL: http://127.0.0.1:PORT
    process: subprocess.Popen[bytes]


@contextmanager
def running_server(db: Path | str, timeout: float = 180.0) -> Iterator[LiveServer]:
    """Serve the store `db` (a DuckDB path or a PostgreSQL URL) until the block ends; a server
    that exits before it answers is a RuntimeError with what it printed."""
    port = free_port()
    command = [sys.executable, "-m", "plan_extract", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                stderr = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"the server exited: {stderr}")
            try:
                with urllib.request.urlopen(f"{url}/api/openapi.json", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield LiveServer(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
