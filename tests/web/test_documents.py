"""One document, several files, through the API and the pages: a plan uploaded as typed text and
as Word is listed once with both files, counted once by compare and the province; an officer
deletes it (kept, with who and when) and restores it, and files a replacement for a file."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

PLANS = Path(__file__).resolve().parents[2] / "corpus" / "plans"
TYPED = PLANS / "seeds" / "001_d694d18c5a7d837d.txt"
WORD = PLANS / "rendered" / "001_d694d18c5a7d837d.docx"
OTHER = PLANS / "seeds" / "000_0617497f5d51b358.txt"  # another plan of Vĩnh Phong (An Giang: 91)

Uploader = Callable[..., list[dict[str, Any]]]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _upload_all(upload: Uploader) -> None:
    jobs = upload(*[(path.name, path.read_bytes()) for path in (TYPED, WORD, OTHER)])
    assert [job["state"] for job in jobs] == ["stored"] * 3


def test_a_plan_sent_as_text_and_word_is_listed_and_compared_once(
    client: TestClient, upload: Uploader
) -> None:
    _upload_all(upload)
    listed = client.get("/api/plans").json()
    assert len(listed) == 2
    (plan_131,) = (p for p in listed if p["number"] == "131/KH-UBND")
    assert plan_131["plan_id"] == _sha(WORD)  # Word represents it
    assert plan_131["document_id"] == "header:31051:131-kh-ubnd:2026-05-22"
    files = {f["file_name"]: (f["representative"], f["replaced"]) for f in plan_131["files"]}
    assert files == {WORD.name: (True, False), TYPED.name: (False, False)}
    compared = client.get("/api/compare", params={"province_code": "91"}).json()
    assert sorted(compared["plans"]) == sorted([_sha(WORD), _sha(OTHER)])
    page = client.get("/province/91").text
    assert _sha(TYPED) not in page  # the typed text's parse does not stand for the plan
    upload_page = client.get("/").text
    assert TYPED.name in upload_page and WORD.name in upload_page
    plan_page = client.get(f"/plans/{_sha(TYPED)}").text
    assert 'id="document"' in plan_page and "tệp đại diện" in plan_page


def test_an_officer_deletes_and_restores_a_plan(client: TestClient, upload: Uploader) -> None:
    _upload_all(upload)
    deleted = client.delete(f"/api/plans/{_sha(TYPED)}/document")
    assert deleted.status_code == 200, deleted.text
    body = deleted.json()
    assert body["deleted_by"] == "local" and body["deleted_at"]
    assert {f["plan_id"] for f in body["files"]} == {_sha(TYPED), _sha(WORD)}
    assert [p["plan_id"] for p in client.get("/api/plans").json()] == [_sha(OTHER)]
    compared = client.get("/api/compare", params={"province_code": "91"}).json()
    assert compared["plans"] == [_sha(OTHER)]
    assert client.get(f"/api/plans/{_sha(WORD)}").status_code == 200  # kept, not erased
    page = client.get(f"/plans/{_sha(WORD)}").text
    assert 'id="doc-deleted"' in page and 'id="doc-restore"' in page
    restored = client.post(f"/api/plans/{_sha(WORD)}/document/restore")
    assert restored.status_code == 200 and restored.json()["deleted_at"] is None
    events = restored.json()["history"]
    assert [(e["action"], e["by"]) for e in events] == [("deleted", "local"), ("restored", "local")]
    assert 'id="doc-history"' in client.get(f"/plans/{_sha(WORD)}").text
    assert len(client.get("/api/plans").json()) == 2


def test_an_officer_files_a_replacement_and_the_old_file_is_kept(
    client: TestClient, upload: Uploader
) -> None:
    _upload_all(upload)
    refused = client.post(f"/api/plans/{_sha(WORD)}/replacement", json={"plan_id": _sha(WORD)})
    assert refused.status_code == 400
    response = client.post(f"/api/plans/{_sha(WORD)}/replacement", json={"plan_id": _sha(OTHER)})
    assert response.status_code == 200, response.text
    document = response.json()
    assert document["representative"] == _sha(OTHER)
    replaced = {f["plan_id"]: f["replaced"] for f in document["files"]}
    assert replaced == {_sha(WORD): True, _sha(TYPED): False, _sha(OTHER): False}
    listed = client.get("/api/plans").json()
    assert [p["plan_id"] for p in listed] == [_sha(OTHER)]  # one document left, by the new file
    page = client.get(f"/plans/{_sha(WORD)}").text
    assert "đã được thay bởi local" in page


def test_document_writes_need_the_csrf_token(client: TestClient, upload: Uploader) -> None:
    _upload_all(upload)
    client.headers.pop("X-CSRF-Token")
    assert client.delete(f"/api/plans/{_sha(TYPED)}/document").status_code == 403
    assert len(client.get("/api/plans").json()) == 2
