from __future__ import annotations

import io
from pathlib import Path

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from workbook_sheets import SHEETS

AN_GIANG = "91"


def test_pages_are_vietnamese_by_default_and_english_on_request(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="vi">' in page.text and "Tải kế hoạch lên" in page.text
    english = client.get("/?lang=en")
    assert '<html lang="en">' in english.text and "Upload plans" in english.text
    assert client.get("/").text.count('lang="en"') == 1  # remembered by the cookie
    assert "https://" not in page.text.replace("https://json", "")  # nothing from a CDN


def test_a_plan_page_shows_the_text_the_items_and_the_check(
    seeded: tuple[TestClient, dict[str, str]], seeds: list[Path]
) -> None:
    client, ids = seeded
    plan_id = ids[seeds[2].name]
    plan = client.get(f"/api/plans/{plan_id}").json()
    lines = client.get(f"/plans/{plan_id}")
    assert lines.status_code == 200
    html = lines.text
    for target in plan["targets"]:
        assert f'data-item="{target["id"]}" data-line="{target["line"]}"' in html
        assert f'id="L{target["line"]}"' in html
    assert '<mark class="target"' in html
    assert 'id="verdict"' in html
    check = client.get(f"/api/plans/{plan_id}/check", params={"lang": "en"}).json()
    assert check["verdict"] in ("pass", "warn", "fail")
    for rule in check["rules"]:
        assert f'data-rule="{rule["id"]}"' in html
        if rule["status"] != "pass":
            assert rule["findings"], rule


def test_the_province_page_lists_communes_without_a_plan(
    seeded: tuple[TestClient, dict[str, str]],
) -> None:
    client, _ = seeded
    index = client.get("/province")
    assert f'href="http://testserver/province/{AN_GIANG}"' in index.text
    page = client.get(f"/province/{AN_GIANG}")
    assert page.status_code == 200
    assert "Vĩnh Phong" in page.text
    missing = page.text.split('id="missing"')[1].split("</ul>")[0]
    assert "Vĩnh Phong" not in missing  # it sent two plans
    assert "An Biên" in missing  # another An Giang commune, which sent none
    assert client.get("/province/99").status_code == 404


def test_the_province_exports_as_xlsx_and_csv(
    seeded: tuple[TestClient, dict[str, str]], seeds: list[Path]
) -> None:
    client, ids = seeded
    xlsx = client.get(f"/province/{AN_GIANG}/export.xlsx")
    assert xlsx.status_code == 200
    workbook = load_workbook(io.BytesIO(xlsx.content))  # the workbook sent upward
    assert workbook.sheetnames == SHEETS
    plans_sheet = list(workbook["Kế hoạch"].iter_rows(values_only=True))
    assert plans_sheet[0][-1] == "Mã tệp (sha256)"
    assert {row[-1] for row in plans_sheet[1:]} == {ids[seeds[0].name], ids[seeds[1].name]}
    assert {row[-3] for row in plans_sheet[1:]} == {seeds[0].name, seeds[1].name}  # file names
    assert xlsx.content == client.get(f"/province/{AN_GIANG}/export.xlsx").content
    csv = client.get(f"/province/{AN_GIANG}/export.csv", params={"table": "targets"})
    assert csv.text.startswith("\ufeffplan,commune,")
    assert csv.headers["content-type"].startswith("text/csv")


def test_compare_takes_plans_or_a_province(
    seeded: tuple[TestClient, dict[str, str]], seeds: list[Path]
) -> None:
    client, ids = seeded
    chosen = [ids[seeds[1].name], ids[seeds[2].name]]
    by_ids = client.get("/api/compare", params={"plan_id": chosen}).json()
    assert by_ids["plans"] == chosen
    targets = next(t for t in by_ids["tables"] if t["name"] == "targets")
    expected = sum(len(client.get(f"/api/plans/{i}").json()["targets"]) for i in chosen)
    assert len(targets["rows"]) == expected
    by_province = client.get("/api/compare", params={"province_code": AN_GIANG}).json()
    assert set(by_province["plans"]) == {ids[seeds[0].name], ids[seeds[1].name]}
    assert client.get("/api/compare").status_code == 400
    assert client.get("/api/compare", params={"plan_id": ["0" * 64]}).status_code == 404
