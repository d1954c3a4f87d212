from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from files_helpers import zip_bytes, zip_with_tool

Uploader = Callable[..., list[dict[str, Any]]]


def test_an_uploaded_plan_is_stored_under_its_hash_and_served_back(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    seed = seeds[1]
    data = seed.read_bytes()
    [outcome] = upload(("../../etc/passwd.txt", data))
    sha = hashlib.sha256(data).hexdigest()
    assert len(outcome.pop("job_id")) == 16
    assert outcome == {
        "name": "../../etc/passwd.txt",
        "state": "stored",
        "page": None,
        "pages": None,
        "plan_id": sha,
        "reason": None,
        "code": None,
        "params": {},
        "owner": None,
    }
    response = client.get(f"/api/plans/{sha}")
    assert response.status_code == 200
    plan = response.json()
    assert plan["source"]["sha256"] == sha
    assert plan["source"]["path"] == "../../etc/passwd.txt"  # the name is kept, as data only
    listed = client.get("/api/plans").json()
    assert [p["plan_id"] for p in listed] == [sha]


def test_the_same_file_twice_is_stored_once(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    data = seeds[0].read_bytes()
    first, second = upload(("a.txt", data), ("b.txt", data))
    assert (first["state"], second["state"]) == ("stored", "duplicate")
    assert first["plan_id"] == second["plan_id"]
    assert len(client.get("/api/plans").json()) == 1


def test_a_bad_file_does_not_stop_the_others(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    good = seeds[2].read_bytes()
    outcomes = upload(("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), ("plan.txt", good))
    assert [o["state"] for o in outcomes] == ["failed", "stored"]
    assert outcomes[0]["code"] == "err_not_plan"
    assert outcomes[0]["reason"]


def test_a_zip_gives_one_outcome_per_plan(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    seeds = seeds
    archive = zip_bytes(
        {
            "plans/a.txt": seeds[0].read_bytes(),
            "plans/b.txt": seeds[3].read_bytes(),
            "__MACOSX/._a.txt": b"junk",
            "plans/photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        }
    )
    outcomes = upload(("batch.zip", archive))
    by_name = {o["name"]: o["state"] for o in outcomes}
    assert by_name == {
        "batch.zip!plans/a.txt": "stored",
        "batch.zip!plans/b.txt": "stored",
        "batch.zip!plans/photo.jpg": "failed",
    }
    assert len(client.get("/api/plans").json()) == 2


def test_a_zip_made_by_the_zip_tool_keeps_its_vietnamese_names(
    client: TestClient, upload: Uploader, seeds: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "Kế hoạch"
    (folder / "xã Vĩnh Phong").mkdir(parents=True)
    (folder / "xã Vĩnh Phong" / "bình đẳng giới.txt").write_bytes(seeds[1].read_bytes())
    archive = zip_with_tool(folder, tmp_path / "kế hoạch.zip")
    [outcome] = upload(("kế hoạch.zip", archive.read_bytes()))
    assert outcome["name"] == "kế hoạch.zip!xã Vĩnh Phong/bình đẳng giới.txt"
    assert outcome["state"] == "stored"


def test_a_zip_holding_an_uncompressed_word_file_is_opened_not_refused(
    client: TestClient, upload: Uploader, root: Path
) -> None:
    docx = (root / "corpus/plans/rendered/004_84ecff9abd92b8a3.docx").read_bytes()
    archive = zip_bytes({"plans/plan.docx": docx}, zipfile.ZIP_STORED)
    assert b"word/" in archive[:65536]
    [outcome] = upload(("batch.zip", archive))
    assert (outcome["name"], outcome["state"]) == ("batch.zip!plans/plan.docx", "stored")
    plan = client.get(f"/api/plans/{outcome['plan_id']}").json()
    assert plan["source"]["format"] == "docx"


def test_members_too_large_or_archives_themselves_are_refused_one_by_one(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    archive = zip_bytes(
        {
            "big.txt": b"\0" * (2 * 1024 * 1024),
            "inner.zip": zip_bytes({"a.txt": seeds[0].read_bytes()}),
            "plan.txt": seeds[0].read_bytes(),
        }
    )
    outcomes = {o["name"]: o for o in upload(("batch.zip", archive))}
    assert outcomes["batch.zip!plan.txt"]["state"] == "stored"
    assert outcomes["batch.zip!inner.zip"]["code"] == "err_not_plan"
    assert outcomes["batch.zip!big.txt"]["code"] == "err_too_large"


def test_limits_on_count_and_size_have_clear_messages(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    too_many = [("files", (f"{i}.txt", b"x", "text/plain")) for i in range(6)]
    response = client.post("/api/plans", files=too_many)
    assert response.status_code == 400
    assert "at most 5" in response.json()["detail"]
    [big] = upload(("big.txt", b"a" * (2**20 + 1)))
    assert big["state"] == "failed"
    assert big["code"] == "err_too_large"
    assert big["params"] == {"size": 1}
    assert "1 MiB" in big["reason"]
    huge = client.post(
        "/api/plans",
        content=b"x" * 100,
        headers={"content-type": "multipart/form-data; boundary=x", "content-length": str(10**10)},
    )
    assert huge.status_code == 413


def test_an_unknown_or_malformed_plan_id_is_a_client_error(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    assert client.get("/api/plans/" + "0" * 64).status_code == 404
    assert client.get("/api/plans/not-a-hash").status_code == 422
    assert client.get("/plans/" + "0" * 64).status_code == 404


def test_the_json_downloads_as_an_attachment(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    [outcome] = upload(("p.txt", seeds[4].read_bytes()))
    response = client.get(f"/api/plans/{outcome['plan_id']}", params={"download": True})
    assert "attachment" in response.headers["content-disposition"]
    assert json.loads(response.text)["source"]["sha256"] == outcome["plan_id"]


def test_the_openapi_description_names_the_api(
    client: TestClient, upload: Uploader, seeds: list[Path]
) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/plans", "/api/plans/{plan_id}"} <= set(paths)
    assert all(path.startswith("/api/") for path in paths)
