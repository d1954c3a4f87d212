"""A province's body the lexicon names by its level word (`Kho bạc Nhà nước Thành phố`, `Cục
Thuế tỉnh`), printed with the plan's own province name where the level word stands (`Giám đốc
Kho bạc Nhà nước Hà Nội` in a plan of Hà Nội): that body, under the lexicon's name. Another
province's name keeps the printed name (corpus/ANNOTATION.md, units). So in a task table's lead
column (`Thuế Đồng Nai`), where a proper name missing from the lexicon is no body."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
{issuer}

Số: 120/QĐ-UBND

{place}, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch chi trả trợ cấp năm 2026

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chi trả trợ cấp năm 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Giám đốc Kho bạc Nhà \
nước {province}; Giám đốc Bảo hiểm xã hội {province}; Cục trưởng Cục Thuế {province} chịu trách \
nhiệm thi hành Quyết định này./.
"""

_OWN = ["Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước khu vực", "Thuế tỉnh"]


def _units(issuer: str, place: str, province: str) -> dict[str, bool]:
    text = _DECISION.format(issuer=issuer, place=place, province=province)
    return {unit.name: unit.in_lexicon for unit in parse_text(text, "qd.txt").units}


@pytest.mark.parametrize(
    ("issuer", "place", "province"),
    [("THÀNH PHỐ HÀ NỘI", "Hà Nội", "Hà Nội"), ("TỈNH ĐỒNG NAI", "Đồng Nai", "Đồng Nai")],
)
def test_the_plan_s_own_province_name_stands_for_the_level_word(
    issuer: str, place: str, province: str
) -> None:
    units = _units(issuer, place, province)
    assert all(units.get(name) is True for name in _OWN), units
    assert not any(province in name for name in units), units


def test_another_province_s_name_keeps_the_printed_name() -> None:
    units = _units("TỈNH ĐỒNG NAI", "Đồng Nai", "Hà Nội")
    assert not any(name in units for name in _OWN), units
    assert units.get("Kho bạc Nhà nước Hà Nội") is False, units


_TABLE = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI

Số: 179/KH-UBND

Đồng Nai, ngày 18 tháng 11 năm 2025

KẾ HOẠCH
Phát triển kinh tế số năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phát triển kinh tế số.

II. TỔ CHỨC THỰC HIỆN

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|
| 1 | Số hóa hồ sơ thuế | {lead} | Sở Tài chính |
"""


@pytest.mark.parametrize(("lead", "unit"), [("Thuế Đồng Nai", "Thuế tỉnh"), ("Thuế Hà Nội", None)])
def test_a_lead_cell_naming_the_body_by_the_province(lead: str, unit: str | None) -> None:
    units = {u.name: u.lead for u in parse_text(_TABLE.format(lead=lead), "kh.md").units}
    assert units.get("Sở Tài chính") is False, units
    if unit is None:
        assert set(units) == {"Sở Tài chính"}, units
    else:
        assert units.get(unit) is True, units


def test_the_province_s_body_keeps_the_form_printed_as_its_mention() -> None:
    text = _DECISION.format(issuer="TỈNH ĐỒNG NAI", place="Đồng Nai", province="Đồng Nai")
    units = {unit.name: unit for unit in parse_text(text, "qd.txt").units}
    assert units["Thuế tỉnh"].mentions == ["Cục Thuế Đồng Nai"], units["Thuế tỉnh"]
