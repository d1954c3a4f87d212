"""Units named in a scan's OCR text: a name whose syllable OCR cut in two is read whole (`Bộ Y t
ế` → `Bộ Y tế`), a name cut from its level word by a wrap (`UBND huyện` / `Quảng Xương`) is
read whole, and a name OCR garbled (`Sở Dân tộng 6 b`, no syllable of Vietnamese) is no unit."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_OPENING = [
    "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
    "",
    "KẾ HOẠCH",
    "Phát triển văn hóa cơ sở",
    "",
    "I. TỔ CHỨC THỰC HIỆN",
]


def _units(*lines: str) -> list[tuple[str, bool]]:
    plan = parse_text("\n".join([*_OPENING, *lines, ""]))
    return sorted((unit.name, unit.lead) for unit in plan.units)


def test_a_name_ocr_cut_inside_a_syllable_is_read_whole() -> None:
    assert _units("1. Sở Y t ế", "Tổ chức khám sàng lọc cho người dân.") == [("Sở Y tế", True)]


def test_a_place_s_name_cut_from_its_level_word_is_read_whole() -> None:
    units = _units(
        "Yêu cầu Sở Xây dựng, Sở Tài nguyên và Môi trường, UBND huyện",
        "Châu Thành tập trung thực hiện nhiệm vụ được giao tại Công văn này.",
    )
    assert ("Ủy ban nhân dân huyện Châu Thành", True) in units


def test_a_name_ocr_garbled_is_no_unit() -> None:
    units = _units(
        "1. Củng cố tổ chức",
        "- a) Cơ quan chủ trì: Sở Dân tộng 6 b) Cơ quan phối hợp: Sở Nội vụ",
    )
    assert [name for name, _ in units if "Dân" in name] == []
