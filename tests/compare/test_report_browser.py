"""The HTML report in a real browser: headless Chromium loads it offline with no console
errors, and draws one chart per national indicator with bars and national lines."""

from __future__ import annotations

from pathlib import Path

import factory
from headless_chromium import launch
from plan_extract.compare import NamedPlan, write_comparison
from plan_extract.compare.national import national_catalog
from plan_extract.core.contract import Commune


def plans() -> list[NamedPlan]:
    named = []
    for index, (name, wage, farming) in enumerate(
        [("Vĩnh Phong", 60, 24), ("An Hưng", 55, 28), ("Nghĩa Sơn", 65, 20)]
    ):
        document = factory.document(commune=Commune(name=name, type="xã"))
        targets = [
            factory.target(id="t1", value=wage),
            factory.target(id="t2", national_indicator="ECO-2", value=farming, comparator="<"),
            factory.target(id="t3", national_indicator="POL-1", value=75, domain="politics"),
        ]
        named.append(
            NamedPlan(f"plan-{index}.json", factory.plan(document=document, targets=targets))
        )
    return named


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    write_comparison(plans(), national_catalog(), tmp_path / "out")
    report = tmp_path / "out" / "report.html"
    screenshot = tmp_path / "report.png"
    console_errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on(
                "console", lambda m: console_errors.append(m.text) if m.type == "error" else None
            )
            page.on("pageerror", lambda e: console_errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            charts = page.locator("svg.chart")
            sizes = [charts.nth(i).bounding_box() for i in range(charts.count())]
            bars = [
                page.locator(f"#chart-{i} rect.bar").count() for i in ("POL-1", "ECO-1", "ECO-2")
            ]
            lines = page.locator("svg.chart line.national").count()
            tables = page.locator("table").count()
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    assert console_errors == []
    assert requests == [report.as_uri()]  # nothing fetched besides the page itself
    assert len(sizes) == 3  # one chart per national indicator, in catalog order
    assert all(box is not None and box["width"] > 100 and box["height"] > 100 for box in sizes)
    assert bars == [3, 3, 3]
    assert lines == 6  # 2025 and 2030 for each indicator
    assert tables == 3
    assert screenshot.stat().st_size > 10_000
