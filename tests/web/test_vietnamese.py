"""The page speaks Vietnamese throughout (English as the switch): errors and the 404 page, unit
names, rule names with their help, the parser's warnings where they matter, chart titles."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from plan_extract.web.highlight import unit_sign

Seeded = tuple[TestClient, dict[str, str]]


def test_units_are_named_in_the_pages_language() -> None:
    assert unit_sign("percent", "vi") == "%"
    assert unit_sign("per_1000", "vi") == "‰"
    assert unit_sign("per_100_girls", "vi") == " bé trai/100 bé gái"
    assert unit_sign("per_100_girls", "en") == " boys/100 girls"
    assert unit_sign("count", "vi") == ""


def test_the_404_and_403_pages_are_in_vietnamese(seeded: Seeded) -> None:
    client, _ = seeded
    page = client.get("/plans/" + "0" * 64)
    assert page.status_code == 404
    assert "Không tìm thấy trang hoặc kế hoạch này." in page.text
    assert "no plan" not in page.text  # the English detail is for the English page only
    english = client.get("/plans/" + "0" * 64, params={"lang": "en"})
    assert "No such page or plan." in english.text
    client.cookies.delete("lang")


def test_rules_are_named_with_their_help_and_codes_stay_out_of_sight(seeded: Seeded) -> None:
    client, ids = seeded
    for plan_id in ids.values():
        page = client.get(f"/plans/{plan_id}").text
        visible = re.sub(r"<[^>]+>", " ", page)  # the text, not the attributes
        assert "targets.domain" not in visible and "targets.present" not in visible
        assert "Kế hoạch có ít nhất một chỉ tiêu định lượng" in page
        assert "per_100_girls" not in visible and " ratio" not in visible


def test_an_ambiguous_commune_is_shown_to_the_officer(seeded: Seeded) -> None:
    client, ids = seeded
    shown = []
    for plan_id in ids.values():
        plan = client.get(f"/api/plans/{plan_id}").json()
        codes = {warning["code"] for warning in plan["warnings"]}
        page = client.get(f"/plans/{plan_id}").text
        if "commune_ambiguous" in codes:
            assert 'id="warnings"' in page
            assert "Có nhiều xã/phường cùng tên" in page
            shown.append(plan_id)
        if not plan["warnings"]:
            assert 'id="warnings"' not in page
    assert shown  # the seeds hold such a plan (Quảng Thành)


def test_charts_have_titles(seeded: Seeded) -> None:
    client, _ = seeded
    page = client.get("/province/91").text
    captions = re.findall(r"<figcaption>([^<]+)</figcaption>", page)
    assert captions and all(caption.strip() for caption in captions)
