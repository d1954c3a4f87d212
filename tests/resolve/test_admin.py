"""Communes and provinces resolved against the packaged unit lists (before and after July 2025)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_extract import parse, parse_text
from plan_extract.structure.places import known_province, province_codes, units

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "plans" / "seeds"


def test_unique_commune_gets_its_code() -> None:
    meta = parse(SEEDS / "001_d694d18c5a7d837d.txt").document
    assert meta.commune is not None and meta.commune.code == "31051"
    assert (meta.province, meta.province_code) == ("An Giang", "91")


def test_ambiguous_old_commune_lists_candidates_and_notes_the_reform() -> None:
    plan = parse(SEEDS / "003_02093a4ea4178030.txt")
    codes = {w.code: w.message for w in plan.warnings}
    assert "predates_2025_reform" in codes
    message = codes["commune_ambiguous"]
    assert message.startswith("5 units are called Quảng Thành")
    for code in ("06931", "14806", "19891", "24619", "26605"):
        assert code in message
    assert plan.document.commune is not None and plan.document.commune.code is None


def test_province_names_match_in_any_case_and_spelling() -> None:
    assert known_province("an giang") == "An Giang"
    assert known_province("Hồ Chí Minh") == "Hồ Chí Minh"
    assert known_province("Thanh Hoá") == "Thanh Hóa"  # old tone placement
    assert known_province("Tiền Giang") == "Tiền Giang"  # a province before July 2025
    assert known_province("Atlantis") is None


def test_province_codes_read_from_the_rows_agree_with_the_units() -> None:
    # built from the rows without the communes' names (issue 15): the same names, codes, order
    for old in (False, True):
        from_units = {u.province.casefold(): (u.province_code, u.province) for u in units(old)}
        assert list(province_codes(old).items()) == list(from_units.items())


def test_commune_not_in_the_list_is_a_warning() -> None:
    text = "Số: 1/KH-UBND\nKẾ HOẠCH\nVề bình đẳng giới\nUBND xã Khôngcó Tên ban hành Kế hoạch:\n"
    plan = parse_text(text + "I. MỤC TIÊU\nNội dung.\n")
    assert plan.document.commune is not None
    assert "commune_not_found" in {w.code for w in plan.warnings}


def test_a_commune_name_read_without_its_marks_is_matched_within_its_province() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ VINH PHONG\nSố: 1/KH-UBND\nAn Giang, ngày 2 tháng 6 năm 2026\n"
        "KẾ HOẠCH\nVề bình đẳng giới trên địa bàn tỉnh An Giang\nI. MỤC TIÊU\nNội dung.\n"
    )
    plan = parse_text(text)
    commune = plan.document.commune
    assert commune is not None
    assert (commune.name, commune.code) == ("Vĩnh Phong", "31051")
    assert "commune_name_marks_corrected" in {w.code for w in plan.warnings}
    # without a province to narrow it down, a name without marks is not guessed
    plan = parse_text(text.replace("tỉnh An Giang", "xã").replace("An Giang, ", "Vinh Phong, "))
    assert plan.document.commune is not None and plan.document.commune.code is None


def test_undated_plan_that_names_a_district_predates_the_reform() -> None:
    text = (
        "Số: /KH-UBND\nKẾ HOẠCH\nVề bình đẳng giới\n"
        "Căn cứ Kế hoạch số 25/KH-UBND của UBND huyện về bình đẳng giới;\n"
        "I. MỤC TIÊU\nNội dung.\n"
    )
    assert "predates_2025_reform" in {w.code for w in parse_text(text).warnings}
    dated = text.replace("Số: /KH-UBND", "Số: /KH-UBND\nXã A, ngày 2 tháng 8 năm 2025")
    assert "predates_2025_reform" not in {w.code for w in parse_text(dated).warnings}


@pytest.mark.parametrize(
    ("basis", "predates"),
    [
        ("Căn cứ Kế hoạch số 25/KH-UBND của UBND thị xã Sơn Tây về bình đẳng giới;", True),
        ("Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân thị xã về bình đẳng giới;", True),
        ("Căn cứ Kế hoạch số 25/KH-UBND của UBND xã Sơn Đông về bình đẳng giới;", False),
        ("Căn cứ Kế hoạch số 25/KH-UBND của UBND thành phố Hà Nội về bình đẳng giới;", False),
    ],
)
def test_undated_plan_citing_a_town_predates_the_reform(basis: str, predates: bool) -> None:
    # a town (`thị xã`) was of the district tier abolished on 1 July 2025, as `huyện` was
    text = f"Số: /KH-UBND\nKẾ HOẠCH\nVề bình đẳng giới\n{basis}\nI. MỤC TIÊU\nNội dung.\n"
    codes = {w.code for w in parse_text(text).warnings}
    assert ("predates_2025_reform" in codes) is predates
