"""A warm upload against the parse itself: the time from `POST /api/plans` until the job is
`stored` (answered at once, queued, parsed by a warm worker, committed, state written), against
`parse_to_staged` of the same bytes in a warm process; medians of several alternating runs
(each run a new copy of the plan, so that none is a duplicate). The target: at most 1.5x.

Set BENCH_UPLOAD_RUNS (default 7) and BENCH_UPLOAD_FILE (default: the seed plan of xã Vĩnh
Phong) to change them.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"
FINISHED = ("stored", "duplicate", "failed")


def run() -> None:
    from fastapi.testclient import TestClient

    from plan_extract.store.staging import parse_to_staged
    from plan_extract.web import create_app

    runs = int(os.environ.get("BENCH_UPLOAD_RUNS", "7"))
    source = Path(os.environ.get("BENCH_UPLOAD_FILE", str(DEFAULT_FILE)))
    data = source.read_bytes()
    text_like = source.suffix in (".txt", ".md")

    def copy(index: int) -> bytes:  # a distinct file of the same plan
        return data + (f"\n<!-- {index} -->\n".encode() if text_like else b"\n" * (index + 1))

    with tempfile.TemporaryDirectory(prefix="bench-upload-") as folder:
        app = create_app(Path(folder) / "store.duckdb", workers=1)
        with TestClient(app) as client:
            client.headers["X-CSRF-Token"] = client.get("/api/session").json()["csrf_token"]

            def upload(index: int) -> float:
                started = time.perf_counter()
                response = client.post("/api/plans", files=[("files", (source.name, copy(index)))])
                [job] = response.json()["jobs"]
                while job["state"] not in FINISHED:
                    time.sleep(0.005)
                    job = client.get(f"/api/jobs/{job['job_id']}").json()
                assert job["state"] == "stored", job
                return time.perf_counter() - started

            def parse(index: int) -> float:
                started = time.perf_counter()
                parse_to_staged(copy(index), source.name)
                return time.perf_counter() - started

            upload(0)  # warm: the workers have started, the store is made
            parse(0)
            uploads, parses = [], []
            for index in range(1, runs + 1):
                uploads.append(upload(index))
                parses.append(parse(index))
    up, alone = statistics.median(uploads), statistics.median(parses)
    ratio = up / alone
    print(
        f"bench_web_upload: {source.name}, median of {runs} alternating runs: warm upload until "
        f"stored {up * 1000:.0f} ms, the parse itself {alone * 1000:.0f} ms: {ratio:.2f}x "
        f"({'within' if ratio <= 1.5 else 'OVER'} the 1.5x target)"
    )


if __name__ == "__main__":
    run()
