"""Security of the web page: headers on every response, trusted hosts, the body limit counted
while it streams (chunked too), CSRF on every write (a multipart POST from another origin is
refused), accounts with roles (a commune account sees and uploads only its commune's plans),
rate-limited logins; on both backends where the store is involved."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from fastapi.testclient import TestClient

from plan_extract.web import create_app
from plan_extract.web.accounts import Accounts
from plan_extract.web.backend import Backend
from plan_extract.web.limits import MIB, UploadLimits
from web_live import finished_jobs, with_csrf

PASSWORD = "correct horse battery"
VINH_PHONG = "31051"  # the commune of seeds 000 and 001
AN_HUNG = "11674"  # the commune of seed 002


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/plans", "/static/app.css", "/no/such/page"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self';" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"


def test_the_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    page = client.get("/").text
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts and all("src=" in s or 'type="application/json"' in s for s in scripts)
    assert " style=" not in page


def test_a_host_not_allowed_is_refused(client: TestClient) -> None:
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200


def test_a_chunked_upload_over_the_limit_is_refused_while_it_streams(tmp_path: Path) -> None:
    """The app itself, called as the server calls it: a body of 64 MiB offered in chunks with no
    Content-Length (as a chunked request comes), counted as the app reads it."""
    app = create_app(tmp_path / "store.duckdb", UploadLimits(max_files=1, max_file_bytes=MIB))
    with TestClient(app) as client:
        token = with_csrf(client).headers["X-CSRF-Token"]
        cookie = f"csrf={client.cookies['csrf']}"
    head = b"--b\r\nContent-Disposition: form-data; name=files; filename=a.txt\r\n\r\n"
    chunk = b"a" * (64 * 1024)
    read = 0
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        nonlocal read
        body = head if read == 0 else chunk
        read += len(body)
        return {"type": "http.request", "body": body, "more_body": read < 64 * MIB}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    headers = [
        (b"host", b"127.0.0.1"),
        (b"content-type", b"multipart/form-data; boundary=b"),
        (b"transfer-encoding", b"chunked"),
        (b"x-csrf-token", token.encode()),
        (b"cookie", cookie.encode()),
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/plans",
        "raw_path": b"/api/plans",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }
    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    assert sent[0]["status"] == 413
    assert b"larger than 2 MiB" in sent[1]["body"]  # type: ignore[operator]
    assert read <= 2 * MIB + len(chunk)  # refused as soon as the limit was passed


def test_writes_need_the_csrf_token_and_the_same_origin(
    client: TestClient, seeds: list[Path]
) -> None:
    files = [("files", (seeds[0].name, seeds[0].read_bytes()))]
    token = client.headers.pop("X-CSRF-Token")
    assert client.post("/api/plans", files=files).status_code == 403  # no token
    wrong = client.post("/api/plans", files=files, headers={"X-CSRF-Token": "x" * 43})
    assert wrong.status_code == 403
    # a form on another site posting multipart: refused whatever it carries
    forged = client.post(
        "/api/plans",
        files=files,
        headers={"X-CSRF-Token": token, "Origin": "http://attacker.example"},
    )
    assert forged.status_code == 403
    assert client.get("/api/jobs").json() == []  # nothing was queued
    same = client.post(
        "/api/plans", files=files, headers={"X-CSRF-Token": token, "Origin": "http://testserver"}
    )
    assert same.status_code == 202


def _accounts(db: str) -> None:
    backend = Backend(db)
    accounts = Accounts(backend)
    accounts.add("reviewer", "reviewer", None, PASSWORD)
    accounts.add("vinhphong", "commune", VINH_PHONG, PASSWORD)
    backend.close()


def _login(client: TestClient, name: str, password: str = PASSWORD) -> int:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token[1], "next": "/"},
        follow_redirects=False,
    )
    if response.status_code == 303:
        with_csrf(client)
    return response.status_code


def test_accounts_roles_and_sessions(store_db: str, seeds: list[Path]) -> None:
    _accounts(store_db)
    app = create_app(store_db)
    assert app.state.single_user is False
    with TestClient(app) as reviewer:  # runs the app; the other clients are other browsers
        commune, nobody = TestClient(app), TestClient(app)
        assert nobody.get("/", follow_redirects=False).headers["location"] == "/login?next=/"
        assert nobody.get("/api/plans").status_code == 401
        assert (
            with_csrf(nobody).post("/api/plans", files=[("files", ("a.txt", b"x"))]).status_code
            == 401
        )

        assert _login(reviewer, "reviewer") == 303
        assert _login(commune, "vinhphong") == 303
        assert "vinhphong" in commune.get("/").text  # named, with a logout button

        # the commune account uploads its own plan and another commune's: only its own is kept
        response = commune.post(
            "/api/plans",
            files=[
                ("files", (seeds[0].name, seeds[0].read_bytes())),
                ("files", (seeds[2].name, seeds[2].read_bytes())),
            ],
        )
        own, other = finished_jobs(commune, [j["job_id"] for j in response.json()["jobs"]])
        assert own["state"] == "stored"
        assert (other["state"], other["code"]) == ("failed", "err_other_commune")
        assert other["plan_id"] is None

        response = reviewer.post(
            "/api/plans", files=[("files", (seeds[2].name, seeds[2].read_bytes()))]
        )
        [theirs] = finished_jobs(reviewer, [response.json()["jobs"][0]["job_id"]])
        assert theirs["state"] == "stored"

        assert {p["plan_id"] for p in reviewer.get("/api/plans").json()} == {
            own["plan_id"],
            theirs["plan_id"],
        }
        assert [p["plan_id"] for p in commune.get("/api/plans").json()] == [own["plan_id"]]
        assert commune.get(f"/api/plans/{own['plan_id']}").status_code == 200
        assert commune.get(f"/api/plans/{theirs['plan_id']}").status_code == 403
        assert commune.get(f"/plans/{theirs['plan_id']}").status_code == 403
        assert commune.get("/province/91").status_code == 403
        assert commune.get("/api/compare", params={"province_code": "91"}).status_code == 403
        assert reviewer.get("/province/91").status_code == 200
        assert sorted(j["name"] for j in commune.get("/api/jobs").json()) == [
            seeds[0].name,
            seeds[2].name,
        ]
        assert commune.get(f"/api/jobs/{theirs['job_id']}").status_code == 404
        assert commune.get("/api/jobs", params={"job_id": theirs["job_id"]}).json() == []

        token = re.search(r'name="csrf_token" value="([^"]+)"', commune.get("/").text)
        assert token is not None
        out = commune.post("/logout", data={"csrf_token": token[1]}, follow_redirects=False)
        assert out.status_code == 303
        assert commune.get("/api/plans").status_code == 401  # the session is closed


def test_logins_are_rate_limited(store_db: str) -> None:
    _accounts(store_db)
    with TestClient(create_app(store_db)) as client:
        assert [_login(client, "reviewer", "wrong password!") for _ in range(5)] == [401] * 5
        assert _login(client, "reviewer") == 429  # even the right password waits now


def test_a_session_cookie_cannot_be_forged(store_db: str) -> None:
    _accounts(store_db)
    with TestClient(create_app(store_db)) as client:
        client.cookies.set("session", "reviewer")
        assert client.get("/api/plans").status_code == 401
