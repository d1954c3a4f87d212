"""End to end in headless Chromium: a reviewer corrects a target's value and a unit's role on a
plan's page, adds a deadline by selecting its text, and marks the plan reviewed; the workbook the
province page's XLSX button downloads and the comparison show the corrected values, marked
reviewed; the plan's commune
account, in another browser context, sees the corrections read only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, BrowserContext, Page, expect

from plan_extract.store import ingest_paths, open_store
from plan_extract.web.accounts import Accounts
from plan_extract.web.backend import Backend
from web_live import live_server
from workbook_sheets import SHEETS

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"  # xã Vĩnh Phong, An Giang
PASSWORD = "correct horse battery"
SCREENSHOTS = Path(__file__).parent / "screenshots"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A live server with accounts over a store holding PLAN: its URL and the plan's id."""
    db = tmp_path_factory.mktemp("review") / "store.duckdb"
    with open_store(db) as store:
        ingest_paths(store, [PLAN], workers=1)
        plan_id = store.plans()[0].plan_id
    backend = Backend(db)
    accounts = Accounts(backend)
    accounts.add("thu", "reviewer", None, PASSWORD)
    accounts.add("vinhphong", "commune", "31051", PASSWORD)
    backend.close()
    with live_server(db) as url:
        yield url, plan_id


def _logged_in(browser: Browser, base_url: str, name: str) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(base_url + "/login")
    page.fill("#login-name", name)
    page.fill("#login-password", PASSWORD)
    page.click("#login button[type=submit]")
    expect(page.locator("#signed-in")).to_have_text(name)
    return context, page


def _select(page: Page, line: int, start: int, end: int) -> None:
    """Select characters [start, end) of a line's text as a person would, then release."""
    page.evaluate(
        """([line, start, end]) => {
          const text = document.querySelector(`#L${line} .text`);
          const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let seen = 0, node;
          while ((node = walker.nextNode())) {
            const length = node.textContent.length;
            if (seen <= start && start <= seen + length) range.setStart(node, start - seen);
            if (seen <= end && end <= seen + length) { range.setEnd(node, end - seen); break; }
            seen += length;
          }
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          document.getElementById("doc").dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
        }""",
        [line, start, end],
    )


def test_a_reviewer_corrects_and_the_export_shows_it(
    browser: Browser, served: tuple[str, str], tmp_path: Path
) -> None:
    base_url, plan_id = served
    context, page = _logged_in(browser, base_url, "thu")
    machine: dict[str, Any] = page.request.get(f"{base_url}/api/plans/{plan_id}").json()
    target = next(t for t in machine["targets"] if t["national_indicator"])
    unit = next(u for u in machine["units"] if u["lead"])
    lead_units = sum(u["lead"] for u in machine["units"])
    page.goto(f"{base_url}/plans/{plan_id}")

    row = page.locator(f'#review-targets tr[data-item="{target["id"]}"]')
    row.locator('input[name="value"]').fill("77")
    row.locator("button[type=submit]").click()
    expect(row.locator(".badge.reviewed")).to_be_visible()
    expect(row.locator('input[name="value"]')).to_have_value("77")

    unit_row = page.locator(f'#review-units tr[data-item="{unit["id"]}"]')
    unit_row.locator('select[name="role"]').select_option("cooperating")
    unit_row.locator("button[type=submit]").click()
    expect(unit_row.locator(".badge.reviewed")).to_be_visible()
    expect(unit_row.locator('select[name="role"]')).to_have_value("cooperating")

    line = target["line"]
    _select(page, line, 0, 12)
    add = page.locator("#review-form-add")
    expect(add).to_be_visible()
    add.locator('select[name="kind"]').select_option("deadline")
    add.locator('input[name="end"]').fill("2027-06-30")
    add.locator("button[type=submit]").click()
    expect(page.locator('#review-deadlines tr[data-item="added-3"]')).to_be_visible()

    page.click("#review-mark")
    expect(page.locator("#plan-reviewed")).to_have_text("đã rà soát")
    expect(page.locator("#review-history li")).to_have_count(4)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.locator("#review").screenshot(path=str(SCREENSHOTS / "7-review.png"))

    review = page.request.get(f"{base_url}/api/plans/{plan_id}/review").json()
    added = next(c for c in review["corrections"] if c["field"] == "added")
    line_text = page.locator(f"#L{line} .text").text_content() or ""
    assert (added["line"], added["span"], added["source_text"]) == (line, [0, 12], line_text[:12])

    page.goto(f"{base_url}/province/91")
    with page.expect_download() as download:  # the province page's XLSX button
        page.click("#export-xlsx")
    saved = tmp_path / "an-giang.xlsx"
    download.value.save_as(saved)
    workbook = load_workbook(saved)  # the workbook sent upward
    assert workbook.sheetnames == SHEETS
    sheet = list(workbook["Chỉ tiêu"].iter_rows(values_only=True))
    header, body = sheet[0], sheet[1:]
    (exported,) = (r for r in body if r[header.index("Dòng")] == line)
    assert exported[header.index("Giá trị")] == 0.77  # 77 %, the reviewer's value
    assert exported[header.index("Đã rà soát")] == "đã rà soát"
    units = list(workbook["Đơn vị"].iter_rows(values_only=True))
    roles = [r[units[0].index("Vai trò")] for r in units[1:]]
    assert roles.count("Chủ trì") == lead_units - 1
    (moved,) = (r for r in units[1:] if r[units[0].index("Tên")] == unit["name"])
    assert moved[units[0].index("Đã rà soát")] == "đã rà soát"
    plans = list(workbook["Kế hoạch"].iter_rows(values_only=True))
    assert plans[1][plans[0].index("Đã rà soát")] == "đã rà soát"

    province = page.request.get(f"{base_url}/api/compare", params={"province_code": "91"}).json()
    assert province["reviewed"] == [plan_id]
    page.goto(f"{base_url}/province/91")
    expect(page.locator("#matrix .badge.reviewed").first).to_be_visible()

    commune_context, commune = _logged_in(browser, base_url, "vinhphong")
    commune.goto(f"{base_url}/plans/{plan_id}")
    expect(commune.locator("#review-history li")).to_have_count(4)
    expect(commune.locator("#review-form-add")).to_have_count(0)
    expect(commune.locator("#review button.review-undo")).to_have_count(0)

    page.goto(f"{base_url}/plans/{plan_id}")
    page.locator('#review-history li[data-position="1"] button.review-undo').click()
    expect(page.locator('#review-history li[data-position="1"].undone')).to_be_visible()
    expect(row.locator('input[name="value"]')).to_have_value(str(target["value"]))
    commune_context.close()
    context.close()
