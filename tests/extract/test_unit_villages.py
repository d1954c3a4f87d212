"""The villages and village heads of a commune's plan under the names each region gives them
(docs/domain.md: thôn, xóm, ấp, bản, buôn, tổ dân phố), a head a unit of its own."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

PLAN = """ỦY BAN NHÂN DÂN
XÃ EA KAR

Số: 21/KH-UBND

Ea Kar, ngày 12 tháng 3 năm 2026

KẾ HOẠCH

Phòng, chống bạo lực gia đình năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của người dân về phòng, chống bạo lực gia đình.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa - Xã hội

Chủ trì, tham mưu UBND xã triển khai Kế hoạch.

2. Công an xã

Xử lý các hành vi mua bán, buôn bán người trên địa bàn.

3. Các buôn

Tổ chức sinh hoạt cộng đồng về phòng, chống bạo lực gia đình.

4. Trưởng các bản

Vận động các hộ gia đình ký cam kết.

{extra}

Trên đây là Kế hoạch của UBND xã Ea Kar.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Moan Niê
"""


def _units(extra: str = "") -> dict[str, bool]:
    plan = parse_text(PLAN.format(extra=extra))
    return {unit.name: unit.lead for unit in plan.units}


def test_highland_villages_and_heads_are_units() -> None:
    units = _units()
    assert units == {
        "Phòng Văn hóa - Xã hội": True,
        "Công an xã": True,
        "Buôn": True,
        "Trưởng bản": True,
    }


def test_trading_is_no_village() -> None:
    # `buôn bán` ("trade") in a duty names no village
    units = _units("5. Trạm Y tế xã\n\nTuyên truyền về phòng, chống mua bán, buôn bán người.")
    assert set(units) == {
        "Phòng Văn hóa - Xã hội",
        "Công an xã",
        "Buôn",
        "Trưởng bản",
        "Trạm Y tế xã",
    }


def test_village_head_named_with_his_villages_is_the_head_alone() -> None:
    units = _units("5. Trưởng thôn các thôn\n\nTuyên truyền đến từng hộ gia đình.")
    assert units.get("Trưởng thôn") is True
    assert "Thôn" not in units
