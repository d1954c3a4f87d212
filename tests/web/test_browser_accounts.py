"""End to end in headless Chromium with accounts: two users in two browser contexts. A commune
account logs in, uploads a DOCX and a scan and watches their progress live (OCR page n of N); a
reviewer uploads another commune's plan and sees the province; the commune account gets a 403
on that plan and has no province page; a page on another origin posting a multipart upload with
the commune's browser stores nothing."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from plan_extract.web.accounts import Accounts
from plan_extract.web.backend import Backend
from web_live import free_port, live_server

ROOT = Path(__file__).resolve().parents[2]
DOCX = ROOT / "corpus/plans/rendered/001_d694d18c5a7d837d.docx"
SCAN = ROOT / "corpus/plans/rendered/001_d694d18c5a7d837d.scan.pdf"
OTHER = ROOT / "corpus/plans/seeds/002_4110c3e47bfbcba1.txt"  # commune 11674, not 31051
PASSWORD = "correct horse battery"
SCREENSHOTS = Path(__file__).parent / "screenshots"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("accounts") / "store.duckdb"
    backend = Backend(db)
    accounts = Accounts(backend)
    accounts.add("thu", "reviewer", None, PASSWORD)
    accounts.add("vinhphong", "commune", "31051", PASSWORD)
    backend.close()
    with live_server(db) as url:
        yield url


def _logged_in(browser: Browser, base_url: str, name: str) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(base_url + "/")
    expect(page).to_have_url(base_url + "/login?next=/")
    page.fill("#login-name", name)
    page.fill("#login-password", PASSWORD)
    page.click("#login button[type=submit]")
    expect(page.locator("#signed-in")).to_have_text(name)
    return context, page


def _attacker_page(target: str) -> Iterator[str]:
    """A page on another origin that posts a multipart upload to `target` on load."""
    html = f"""<!doctype html><title>prize</title><script>
      var form = new FormData();
      form.append("files", new Blob(["forged plan"], {{type: "text/plain"}}), "forged.txt");
      fetch("{target}/api/plans", {{method: "POST", body: form, mode: "no-cors",
                                   credentials: "include"}})
        .finally(function () {{ document.title = "sent"; }});
    </script>""".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}/"
    finally:
        server.shutdown()


def test_two_users_upload_review_and_are_kept_apart(base_url: str, browser: Browser) -> None:
    commune, commune_page = _logged_in(browser, base_url, "vinhphong")
    reviewer, reviewer_page = _logged_in(browser, base_url, "thu")
    try:
        expect(commune_page.locator("header nav")).not_to_contain_text("Toàn tỉnh")
        commune_page.set_input_files("#file-input", [str(DOCX), str(SCAN)])
        rows = commune_page.locator("#upload-list tr")
        expect(rows.filter(has_text=DOCX.name).locator('[data-status="stored"]')).to_have_count(
            1, timeout=120_000
        )
        scan = rows.filter(has_text=SCAN.name)
        expect(scan).to_have_attribute("data-state", "ocr", timeout=120_000)
        expect(scan).to_contain_text("OCR")
        expect(scan).to_contain_text("/9")  # page n of 9, live
        SCREENSHOTS.mkdir(exist_ok=True)
        commune_page.screenshot(path=str(SCREENSHOTS / "4-commune-upload-ocr.png"))
        expect(scan.locator(".outcome")).to_have_attribute("data-status", "stored", timeout=300_000)

        reviewer_page.set_input_files("#file-input", [str(OTHER)])
        other = reviewer_page.locator("#upload-list tr", has_text=OTHER.name)
        expect(other.locator('[data-status="stored"]')).to_have_count(1, timeout=120_000)
        other_url = other.locator("a").get_attribute("href")
        assert other_url is not None
        reviewer_page.goto(base_url + "/province/91")
        expect(reviewer_page.locator("h1")).to_contain_text("An Giang")

        response = commune_page.goto(other_url)
        assert response is not None and response.status == 403
        response = commune_page.goto(base_url + "/province/91")
        assert response is not None and response.status == 403

        before = len(httpx.get(f"{base_url}/api/plans", cookies=_cookies(reviewer)).json())
        attacker = commune.new_page()
        for url in _attacker_page(base_url):
            attacker.goto(url)
            expect(attacker).to_have_title("sent", timeout=30_000)
        after = httpx.get(f"{base_url}/api/plans", cookies=_cookies(reviewer)).json()
        assert len(after) == before
        assert all(plan.get("title") != "forged plan" for plan in after)
        jobs = httpx.get(f"{base_url}/api/jobs", cookies=_cookies(commune)).json()
        assert all(job["name"] != "forged.txt" for job in jobs)
    finally:
        commune.close()
        reviewer.close()


def _cookies(context: BrowserContext) -> dict[str, str]:
    return {cookie["name"]: cookie["value"] for cookie in context.cookies()}
