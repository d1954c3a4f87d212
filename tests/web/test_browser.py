"""End to end in headless Chromium (Debian's, driven by Playwright): upload the five seeds, open
the province page, open a plan, click a target and see its source line highlighted. A screenshot
of each page is saved in tests/web/screenshots/ (ignored by git) to be looked at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from web_live import live_server

SCREENSHOTS = Path(__file__).parent / "screenshots"
SEEDS = sorted((Path(__file__).resolve().parents[2] / "corpus/plans/seeds").glob("*.txt"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(tmp_path_factory.mktemp("browser") / "store.duckdb") as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def shot(page: Page, name: str, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def test_upload_the_seeds_then_review_province_and_plan(base_url: str, page: Page) -> None:
    page.goto(base_url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.set_input_files("#file-input", [str(seed) for seed in SEEDS])
    stored = page.locator('#upload-list .outcome[data-status="stored"]')
    expect(stored).to_have_count(len(SEEDS), timeout=180_000)  # told live, no reload
    expect(page.locator("#plans tbody tr")).to_have_count(len(SEEDS))  # the list refreshed
    expect(page.locator("#announce")).not_to_be_empty()
    shot(page, "1-upload")

    page.goto(base_url + "/")  # the jobs survive a reload
    expect(page.locator('#upload-list .outcome[data-status="stored"]')).to_have_count(len(SEEDS))
    expect(page.locator("#plans tbody tr")).to_have_count(len(SEEDS))

    page.goto(base_url + "/province")
    page.locator("#provinces a", has_text="An Giang").click()
    expect(page.locator("h1")).to_contain_text("An Giang")
    expect(page.locator("#matrix tbody tr")).not_to_have_count(0)
    expect(page.locator("#missing li")).not_to_have_count(0)
    shot(page, "2-province", full_page=True)
    rows = page.locator("#matrix tbody tr:visible")
    before = rows.count()
    page.fill("#filter-commune", "zzz-no-such-commune")
    expect(rows).to_have_count(0)
    page.fill("#filter-commune", "")
    expect(rows).to_have_count(before)

    page.goto(base_url + "/")
    page.locator('#plans tbody tr:not([data-targets="0"]) a').first.click()
    expect(page.locator("#verdict")).to_be_visible()
    target = page.locator("button.item.target[data-line]").first
    expect(target).to_be_visible()
    line = target.get_attribute("data-line")
    target.click()
    source = page.locator(f"#L{line}")
    expect(source).to_have_class("focused")
    expect(source).to_be_in_viewport()
    shot(page, "3-plan")


def test_the_english_switch_is_remembered(base_url: str, page: Page) -> None:
    page.goto(base_url + "/")
    page.click("#lang-switch")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(base_url + "/province")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_a_file_over_the_limit_is_refused_before_upload(
    base_url: str, page: Page, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page.goto(base_url + "/?lang=en")
    page.set_input_files("#file-input", [str(empty)])
    expect(page.locator('#upload-list .outcome[data-status="failed"]')).to_contain_text("empty")


def test_api_docs_load_from_this_server_only(base_url: str, page: Page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base_url + "/api/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("plan-extract")
    expect(page.locator(".opblock").first).to_be_visible()
    assert requested and all(url.startswith(base_url) for url in requested)


def test_the_pages_are_usable_at_390_px(base_url: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    try:
        for path, name in (("/", "5-upload-390"), ("/province/91", "6-province-390")):
            phone.goto(base_url + path)
            expect(phone.locator("h1")).to_be_visible()
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width} px wide"
            shot(phone, name, full_page=True)
        phone.goto(base_url + "/")
        expect(phone.locator("#announce")).to_have_attribute("aria-live", "polite")
    finally:
        context.close()


def test_the_404_page_is_in_vietnamese(base_url: str, page: Page) -> None:
    response = page.goto(base_url + "/no/such/page")
    assert response is not None and response.status == 404
    expect(page.locator("#error-message")).to_have_text("Không tìm thấy trang hoặc kế hoạch này.")
