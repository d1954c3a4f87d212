"""Review: the pages, compare, check and exports read the plans' reviewed values (the
corrections applied: `Backend.reviewed`) and say so; the review API records, undoes and shows
corrections, for reviewers and admins, read-only for a commune's own account."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from plan_extract.resolve.admin import commune_candidates
from plan_extract.store import ingest_paths, open_store
from plan_extract.store.corrections import Change
from plan_extract.web import create_app
from plan_extract.web.accounts import Accounts
from plan_extract.web.backend import Backend
from web_live import with_csrf

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"
TARGETS = SEEDS / "001_d694d18c5a7d837d.txt"  # xã Vĩnh Phong (An Giang), six targets
AMBIGUOUS = SEEDS / "003_02093a4ea4178030.txt"  # xã Quảng Thành: five units of that name
OTHER_COMMUNE = SEEDS / "002_4110c3e47bfbcba1.txt"  # xã An Hưng
AN_GIANG = "91"
PASSWORD = "a long password"


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
    sheet = list(workbook["Chỉ tiêu"].iter_rows(values_only=True))  # the workbook sent upward
    header, body = sheet[0], sheet[1:]
    plan = client.get(f"/api/plans/{plan_id}").json()
    line = {t["id"]: t["line"] for t in plan["targets"]}[target_id]
    assert len(body) == len(plan["targets"]) - 1  # t1 rejected
    (found,) = (row for row in body if row[header.index("Dòng")] == line)
    assert found[header.index("Giá trị")] == 0.77  # 77 %
    assert found[header.index("Đã rà soát")] == "đã rà soát"
    text = client.get(f"/province/{AN_GIANG}/export.csv", params={"table": "targets"}).text
    records = {r["target"]: r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}
    assert (records[target_id]["value"], records[target_id]["reviewed"]) in {
        ("77", "đã rà soát"),
        ("77.0", "đã rà soát"),
    }


def test_a_document_shows_the_reviewed_values_of_the_file_representing_it(
    tmp_path: Path,
) -> None:
    """The plan sent as typed text and as Word is one document, Word representing it: the
    province page, the lists and the workbook count it once, with the corrections made on the
    Word file; those made on the typed file stay on that file, and show once an officer files
    it in Word's place."""
    db = tmp_path / "store.duckdb"
    typed, word = TARGETS, SEEDS.parent / "rendered" / TARGETS.with_suffix(".docx").name
    with open_store(db) as store:
        ingest_paths(store, [typed, word], workers=1)
        ids = {Path(p.path).suffix: p.plan_id for p in store.plans()}
        machine = store.plan(ids[".docx"])
        assert machine is not None
        target = next(t for t in machine.targets if t.national_indicator)
        store.correct(ids[".docx"], Change("target", target.id, "value", 77), "thu")
        store.correct(ids[".txt"], Change("target", target.id, "value", 55), "lan")
    with TestClient(create_app(db)) as raw:
        client = with_csrf(raw)
        assert [p["plan_id"] for p in client.get("/api/plans").json()] == [ids[".docx"]]

        def shown() -> tuple[list[str], Any]:
            page = client.get(f"/province/{AN_GIANG}").text
            rows = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr ")[1:]
            cells = [r.split('reviewed" title="đã rà soát">')[1][:20] for r in rows]
            xlsx = client.get(f"/province/{AN_GIANG}/export.xlsx").content
            sheet = list(load_workbook(io.BytesIO(xlsx))["Chỉ tiêu"].iter_rows(values_only=True))
            values = {r[sheet[0].index("Giá trị")] for r in sheet[1:] if r[-1]}
            return cells, values

        cells, values = shown()
        assert len(cells) == 1 and cells[0].startswith("&gt;= 77%")  # counted once, Word's
        assert values == {0.77}
        replaced = client.post(
            f"/api/plans/{ids['.docx']}/replacement", json={"plan_id": ids[".txt"]}
        )
        assert replaced.status_code == 200, replaced.text
        cells, values = shown()
        assert len(cells) == 1 and cells[0].startswith("&gt;= 55%")  # the typed file's own
        assert values == {0.55}


@pytest.fixture
def single(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    """A server without accounts over a store holding TARGETS: the client and the plan."""
    db = tmp_path / "store.duckdb"
    with open_store(db) as store:
        ingest_paths(store, [TARGETS], workers=1)
        plan_id = store.plans()[0].plan_id
    with TestClient(create_app(db)) as client:
        yield with_csrf(client), plan_id


def _post(client: TestClient, plan_id: str, **change: object) -> dict[str, Any]:
    response = client.post(f"/api/plans/{plan_id}/corrections", json=change)
    assert response.status_code == 201, response.text
    answer: dict[str, Any] = response.json()
    return answer


def test_the_api_records_shows_and_undoes_corrections(single: tuple[TestClient, str]) -> None:
    client, plan_id = single
    plan = client.get(f"/api/plans/{plan_id}").json()
    target, unit = plan["targets"][0], plan["units"][0]
    assert 'id="check-reviewed"' not in client.get(f"/plans/{plan_id}").text
    made = _post(client, plan_id, item_kind="target", item_id=target["id"], field="value", value=81)
    assert (made["position"], made["author"], made["old_value"], made["new_value"]) == (
        1,
        "local",
        target["value"],
        81,
    )
    _post(client, plan_id, item_kind="unit", item_id=unit["id"], field="role", value="cooperating")
    _post(client, plan_id, item_kind="target", item_id="t2", field="status", value="rejected")
    _post(client, plan_id, item_kind="header", field="number", value="99/KH-UBND")
    line = target["line"]
    added = _post(
        client,
        plan_id,
        item_kind="deadline",
        field="added",
        value={"end": "2027-06-30"},
        line=line,
        span=[0, 10],
    )
    assert (added["item_id"], added["line"], added["span"]) == ("added-5", line, [0, 10])
    _post(client, plan_id, item_kind="plan", field="reviewed", value=True)

    review = client.get(f"/api/plans/{plan_id}/review").json()
    assert review["plan_reviewed"] and review["may_correct"]
    assert review["rejected"] == ["target:t2"]
    assert {f"target:{target['id']}", f"unit:{unit['id']}", "deadline:added-5"} <= set(
        review["reviewed_items"]
    )
    assert [c["position"] for c in review["corrections"]] == [1, 2, 3, 4, 5, 6]
    page = client.get(f"/plans/{plan_id}").text
    assert "99/KH-UBND" in page and 'data-position="6"' in page
    assert 'id="check-reviewed"' in page  # the check is of the reviewed values, and says so

    undone = client.post(f"/api/plans/{plan_id}/corrections/1/undo")
    assert undone.status_code == 200 and undone.json()["undone_by"] == "local"
    check = client.get("/api/compare", params={"plan_id": plan_id}).json()
    targets = next(t for t in check["tables"] if t["name"] == "targets")
    values = {row[targets["columns"].index("target")]: row for row in targets["rows"]}
    assert values[target["id"]][targets["columns"].index("value")] == target["value"]
    assert client.post(f"/api/plans/{plan_id}/corrections/1/undo").status_code == 400


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"item_kind": "target", "item_id": "t1", "field": "value", "value": "lots"}, 400),
        ({"item_kind": "target", "item_id": "t1", "field": "text", "value": "x"}, 400),
        ({"item_kind": "unit", "field": "added", "value": {}, "line": 1, "span": [0, 9999]}, 400),
        ({"item_kind": "task", "item_id": "k1", "field": "status", "value": "confirmed"}, 422),
    ],
)
def test_a_correction_that_cannot_be_made_is_a_clear_refusal(
    single: tuple[TestClient, str], change: dict[str, object], status: int
) -> None:
    client, plan_id = single
    response = client.post(f"/api/plans/{plan_id}/corrections", json=change)
    assert response.status_code == status
    assert client.get(f"/api/plans/{plan_id}/review").json()["corrections"] == []


def test_a_correction_needs_the_csrf_token(single: tuple[TestClient, str]) -> None:
    client, plan_id = single
    change = {"item_kind": "plan", "field": "reviewed", "value": True}
    token = client.headers.pop("X-CSRF-Token")
    assert client.post(f"/api/plans/{plan_id}/corrections", json=change).status_code == 403
    forged = client.post(
        f"/api/plans/{plan_id}/corrections",
        json=change,
        headers={"X-CSRF-Token": token, "Origin": "http://attacker.example"},
    )
    assert forged.status_code == 403
    assert client.post(f"/api/plans/{plan_id}/corrections/1/undo").status_code == 403
    assert client.get(f"/api/plans/{plan_id}/review").json()["corrections"] == []


def test_reviewers_correct_and_a_commune_account_only_reads_its_own(store_db: str) -> None:
    with open_store(store_db) as store:
        ingest_paths(store, [TARGETS, OTHER_COMMUNE], workers=1)
        ids = {Path(s.path).name: s.plan_id for s in store.plans()}
    own, other = ids[TARGETS.name], ids[OTHER_COMMUNE.name]
    backend = Backend(store_db)
    accounts = Accounts(backend)
    accounts.add("thu", "reviewer", None, PASSWORD)
    accounts.add("vinhphong", "commune", "31051", PASSWORD)
    backend.close()
    app = create_app(store_db)
    with TestClient(app) as reviewer:
        commune = TestClient(app)
        assert _login(reviewer, "thu") == 303 and _login(commune, "vinhphong") == 303
        made = _post(reviewer, own, item_kind="target", item_id="t1", field="year", value=2029)
        assert made["author"] == "thu"
        review = commune.get(f"/api/plans/{own}/review")
        assert review.status_code == 200
        assert review.json()["may_correct"] is False
        assert [c["new_value"] for c in review.json()["corrections"]] == [2029]
        change = {"item_kind": "plan", "field": "reviewed", "value": True}
        assert commune.post(f"/api/plans/{own}/corrections", json=change).status_code == 403
        assert commune.post(f"/api/plans/{own}/corrections/1/undo").status_code == 403
        assert commune.get(f"/api/plans/{other}/review").status_code == 403
        page = commune.get(f"/plans/{own}").text
        assert 'data-position="1"' in page and 'id="review-form' not in page
        assert 'id="review-form' in reviewer.get(f"/plans/{own}").text


def _login(client: TestClient, name: str) -> int:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    response = client.post(
        "/login",
        data={"name": name, "password": PASSWORD, "csrf_token": token[1], "next": "/"},
        follow_redirects=False,
    )
    if response.status_code == 303:
        with_csrf(client)
    return response.status_code


def test_a_commune_picked_by_a_reviewer_places_the_plan(tmp_path: Path) -> None:
    """A plan whose commune name is ambiguous belongs to no commune until a reviewer picks one;
    then that commune's account sees it, and the lists show the reviewed header."""
    db = str(tmp_path / "store.duckdb")
    with open_store(db) as store:
        ingest_paths(store, [AMBIGUOUS], workers=1)
        plan_id = store.plans()[0].plan_id
        machine = store.plan(plan_id)
    assert machine is not None
    picked = commune_candidates(machine)[1]
    backend = Backend(db)
    accounts = Accounts(backend)
    accounts.add("thu", "reviewer", None, PASSWORD)
    accounts.add("quangthanh", "commune", picked.code, PASSWORD)
    backend.close()
    app = create_app(db)
    with TestClient(app) as reviewer:
        commune = TestClient(app)
        assert _login(reviewer, "thu") == 303 and _login(commune, "quangthanh") == 303
        assert commune.get(f"/api/plans/{plan_id}").status_code == 403
        assert commune.get("/api/plans").json() == []
        _post(reviewer, plan_id, item_kind="header", field="commune", value=picked.code)
        assert commune.get(f"/api/plans/{plan_id}").status_code == 200
        [listed] = commune.get("/api/plans").json()
        assert (listed["commune_code"], listed["province_code"]) == (
            picked.code,
            picked.province_code,
        )
        province = reviewer.get("/api/plans", params={"province_code": picked.province_code})
        assert [p["plan_id"] for p in province.json()] == [plan_id]
        reviewer.post(f"/api/plans/{plan_id}/corrections/1/undo")
        assert commune.get(f"/api/plans/{plan_id}").status_code == 403
