"""A province's and a commune's plan for 2026 to set a unit test's lines in, and the places it
sets them: an item of the task section, the implementation section (shared by the unit grids,
tests/extract/test_unit_recall_grid.py and test_unit_role_grid.py)."""

from __future__ import annotations

PROVINCE_2026 = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 41/KH-UBND
An Giang, ngày 9 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện bình đẳng giới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
"""
COMMUNE_2026 = (
    PROVINCE_2026.replace("TỈNH AN GIANG", "XÃ VĨNH PHONG")
    .replace("An Giang,", "Vĩnh Phong,")
    .replace("41/KH-UBND", "12/KH-UBND")
)


def under_task(plan: str, *lines: str, heading: str = "1. Công tác tuyên truyền") -> str:
    """`lines` under the first item (`heading`, naming no body) of the plan's task section."""
    return "\n".join([plan + "II. NHIỆM VỤ VÀ GIẢI PHÁP", heading, *lines]) + "\n"


def under_implementation(plan: str, *lines: str) -> str:
    """`lines` opening the plan's implementation section, after a task section."""
    head = plan + "II. NHIỆM VỤ\nTuyên truyền sâu rộng.\nIII. TỔ CHỨC THỰC HIỆN"
    return "\n".join([head, *lines]) + "\n"
