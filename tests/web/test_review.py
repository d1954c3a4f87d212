"""Review: the pages, compare, check and exports read the plans' reviewed values (the
corrections applied: `Backend.reviewed`) and say so; the review API records, undoes and shows
corrections, for reviewers and admins, read-only for a commune's own account."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from plan_extract.store import ingest_paths, open_store
from plan_extract.store.corrections import Change
from plan_extract.web import create_app
from web_live import with_csrf

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"
TARGETS = SEEDS / "001_d694d18c5a7d837d.txt"  # xã Vĩnh Phong (An Giang), six targets
AN_GIANG = "91"


@pytest.fixture
def corrected(tmp_path: Path) -> Iterator[tuple[TestClient, str, str]]:
    """A server over a store where a reviewer changed the plan's target with a national
    indicator to 77 and rejected its first target: the client, the plan and that target."""
    db = tmp_path / "store.duckdb"
    with open_store(db) as store:
        ingest_paths(store, [TARGETS], workers=1)
        plan_id = store.plans()[0].plan_id
        machine = store.plan(plan_id)
        assert machine is not None
        target = next(t for t in machine.targets if t.national_indicator)
        assert target.value != 77
        store.correct(plan_id, Change("target", target.id, "value", 77), "thu")
        store.correct(plan_id, Change("target", machine.targets[0].id, "status", "rejected"), "thu")
    with TestClient(create_app(db)) as client:
        yield with_csrf(client), plan_id, target.id


def test_compare_and_check_read_the_reviewed_values_and_say_so(
    corrected: tuple[TestClient, str, str],
) -> None:
    client, plan_id, target_id = corrected
    answer = client.get("/api/compare", params={"plan_id": plan_id}).json()
    assert answer["reviewed"] == [plan_id]
    targets = next(t for t in answer["tables"] if t["name"] == "targets")
    assert targets["columns"][-1] == "reviewed"
    rows = {row[targets["columns"].index("target")]: row for row in targets["rows"]}
    assert "t1" not in rows  # rejected
    value_at = targets["columns"].index("value")
    assert (rows[target_id][value_at], rows[target_id][-1]) == (77, "đã rà soát")
    assert {row[-1] for key, row in rows.items() if key != target_id} == {None}
    by_province = client.get("/api/compare", params={"province_code": AN_GIANG, "lang": "en"})
    assert by_province.json()["reviewed"] == [plan_id]
    assert client.get(f"/api/plans/{plan_id}/check").json()["reviewed"] is True
    assert 77 not in [t["value"] for t in client.get(f"/api/plans/{plan_id}").json()["targets"]]


def test_the_province_page_and_its_exports_show_the_reviewed_values(
    corrected: tuple[TestClient, str, str],
) -> None:
    client, plan_id, target_id = corrected
    page = client.get(f"/province/{AN_GIANG}").text
    row = page.split(f'href="http://testserver/plans/{plan_id}"')[1].split("</tr>")[0]
    assert '<span class="badge reviewed">đã rà soát</span>' in row
    cell = row.split('reviewed" title="đã rà soát">')[1].split("</td>")[0]
    assert cell.startswith("&gt;= 77% (2030)")
    workbook = load_workbook(io.BytesIO(client.get(f"/province/{AN_GIANG}/export.xlsx").content))
    sheet = list(workbook["targets"].iter_rows(values_only=True))
    header, body = sheet[0], sheet[1:]
    found = {row[header.index("target")]: row for row in body}
    assert found[target_id][header.index("value")] == 77
    assert found[target_id][header.index("reviewed")] == "đã rà soát"
    assert "t1" not in found
    text = client.get(f"/province/{AN_GIANG}/export.csv", params={"table": "targets"}).text
    records = {r["target"]: r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}
    assert (records[target_id]["value"], records[target_id]["reviewed"]) in {
        ("77", "đã rà soát"),
        ("77.0", "đã rà soát"),
    }
