"""The province page with 500 plans in the store: latency of GET /province/{code}.

500 plans of one province (An Giang): the seed plan of xã Vĩnh Phong written out for the
province's communes in turn (about five plans each), ingested through the store like `ingest`.
The page is then requested in 5 rounds of 40; printed: the first (cold) request, the first after
one more plan is uploaded, and the median over rounds of each round's 50th and 95th percentile.
The target is p95 < 300 ms (100 plans at BENCH_SMALL).

Before it, the uploads as an officer sees them (web_upload.py): a warm upload against the
parse itself, the first upload after start and an upload after an idle pause against a warm
one.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.ratio import report, small
from benchmarks.web_upload import upload_figures

PLANS = 100 if small() else 500
ROUNDS = 5
REQUESTS = 40
PROVINCE = "91"
SEED = Path(__file__).resolve().parent.parent / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"


def _write_plans(folder: Path) -> None:
    from plan_extract.structure.places import units

    communes = [u.name for u in units(False) if u.province_code == PROVINCE]
    text = SEED.read_text(encoding="utf-8")
    for index in range(PLANS):
        commune = communes[index % len(communes)]
        body = text.replace("Vĩnh Phong", commune) + f"\nBản số {index}.\n"
        (folder / f"plan-{index:03d}.txt").write_text(body, encoding="utf-8")


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run() -> None:
    for figure in upload_figures():
        report(figure)
    province_page()


def province_page() -> None:
    from fastapi.testclient import TestClient

    from plan_extract.store import ingest_paths, open_store
    from plan_extract.web import create_app

    with tempfile.TemporaryDirectory(prefix="bench-web-") as folder:
        root = Path(folder)
        (root / "plans").mkdir()
        _write_plans(root / "plans")
        db = root / "store.duckdb"
        with open_store(db) as store:
            report = ingest_paths(store, [root / "plans"])
        assert report.stored == PLANS, report.summary()
        with TestClient(create_app(db)) as client:
            started = time.perf_counter()
            first = client.get(f"/province/{PROVINCE}")
            cold = time.perf_counter() - started
            assert first.status_code == 200
            rows = first.text.count("<tr data-commune=")
            p50s, p95s = [], []
            for _ in range(ROUNDS):
                samples = []
                for _ in range(REQUESTS):
                    started = time.perf_counter()
                    response = client.get(f"/province/{PROVINCE}")
                    samples.append(time.perf_counter() - started)
                    assert response.status_code == 200
                p50s.append(_percentile(samples, 0.50))
                p95s.append(_percentile(samples, 0.95))
            fresh = SEED.read_bytes() + b"\nOne more plan.\n"
            token = client.get("/api/session").json()["csrf_token"]
            response = client.post(
                "/api/plans",
                files=[("files", ("new.txt", fresh))],
                headers={"X-CSRF-Token": token},
            )
            [job] = response.json()["jobs"]
            while job["state"] not in ("stored", "duplicate", "failed"):
                time.sleep(0.01)
                job = client.get(f"/api/jobs/{job['job_id']}").json()
            started = time.perf_counter()
            client.get(f"/province/{PROVINCE}")
            after_upload = time.perf_counter() - started
    p95 = statistics.median(p95s)
    print(
        f"bench_web: province page, {PLANS} plans ({rows} rows): first request "
        f"{cold * 1000:.0f} ms, first after an upload {after_upload * 1000:.0f} ms; "
        f"median of {ROUNDS} rounds x {REQUESTS}: "
        f"p50 {statistics.median(p50s) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
        f"({'under' if p95 < 0.3 else 'OVER'} the 300 ms target)"
    )


if __name__ == "__main__":
    run()
