"""End to end in headless Chromium (Debian's, driven by Playwright), on a live server: the same
plan uploaded as Word and as a scan is listed once with both files and counted once on the
province page; the province's Excel download opens (openpyxl) with its sheets, the plan once
with both original file names; an officer deletes the plan from its page and the province no
longer counts it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Browser, Dialog, Page, expect

from web_live import live_server
from workbook_sheets import SHEETS

RENDERED = Path(__file__).resolve().parents[2] / "corpus/plans/rendered"
WORD = RENDERED / "001_d694d18c5a7d837d.docx"  # kế hoạch 131/KH-UBND of xã Vĩnh Phong (An Giang)
SCAN = RENDERED / "001_d694d18c5a7d837d.scan.pdf"  # the same plan, printed, signed and scanned
SCREENSHOTS = Path(__file__).parent / "screenshots"

pytestmark = pytest.mark.slow


@pytest.fixture
def page(tmp_path: Path, browser: Browser) -> Iterator[tuple[str, Page]]:
    with live_server(tmp_path / "store.duckdb") as url:
        context = browser.new_context(
            viewport={"width": 1366, "height": 900}, accept_downloads=True
        )
        try:
            yield url, context.new_page()
        finally:
            context.close()


def test_word_and_scan_of_one_plan_count_once_and_the_excel_opens(
    page: tuple[str, Page], tmp_path: Path
) -> None:
    base_url, tab = page
    tab.goto(base_url + "/")
    tab.set_input_files("#file-input", [str(WORD), str(SCAN)])
    stored = tab.locator('#upload-list .outcome[data-status="stored"]')
    expect(stored).to_have_count(2, timeout=600_000)  # the scan's OCR takes a while
    rows = tab.locator("#plans tbody tr")
    expect(rows).to_have_count(1)  # one plan, two files
    expect(rows.first.locator("td.files")).to_contain_text(WORD.name)
    expect(rows.first.locator("td.files")).to_contain_text(SCAN.name)

    tab.goto(base_url + "/province/91")
    expect(tab.locator("#matrix tbody tr")).to_have_count(1)
    expect(tab.locator("#sent")).to_contain_text("1 / ")
    SCREENSHOTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / "7-province-one-document.png"))
    with tab.expect_download() as download:
        tab.click("#export-xlsx")
    saved = tmp_path / "an-giang.xlsx"
    download.value.save_as(saved)
    workbook = openpyxl.load_workbook(saved)
    assert workbook.sheetnames == SHEETS
    plans = list(workbook["Kế hoạch"].iter_rows(values_only=True))
    assert len(plans) == 2  # the header and the one plan
    header, plan = plans
    files = plan[header.index("Tệp gốc")]
    assert files is not None and {WORD.name, SCAN.name} == set(str(files).split("; "))
    assert plan[header.index("Tệp đại diện")] == WORD.name  # Word, the richer source
    assert plan[header.index("Số, ký hiệu")] == "131/KH-UBND"

    tab.goto(base_url + "/")
    tab.locator("#plans tbody tr a").first.click()
    expect(tab.locator("#doc-files li")).to_have_count(2)
    tab.locator("#document").screenshot(path=str(SCREENSHOTS / "8-plan-document.png"))

    def accept(dialog: Dialog) -> None:
        dialog.accept()

    tab.on("dialog", accept)
    tab.click("#doc-delete")
    expect(tab.locator("#doc-deleted")).to_be_visible()  # kept, marked deleted
    expect(tab.locator("#doc-restore")).to_be_visible()
    tab.goto(base_url + "/province/91")
    expect(tab.locator("#matrix tbody tr")).to_have_count(0)
    expect(tab.locator("#sent")).to_contain_text("0 / ")
