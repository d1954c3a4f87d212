"""A province's, a district's and a commune's plan for 2026 to set a unit test's lines in, and
the places it sets them: an item of the task section, the implementation section (shared by the
unit grids, tests/extract/test_unit_recall_grid.py and test_unit_role_grid.py); a commune's plan
and the decision issuing it whose `{body}` a grid fills (test_unit_board_places.py,
test_unit_office_collectives.py); a task table whose lead and cooperating cells a grid fills,
and the grid of names by places (test_unit_district_bodies.py,
test_unit_commune_district_bodies.py, test_unit_village_place.py, test_unit_bare_heads.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

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
DISTRICT_2026 = PROVINCE_2026.replace("TỈNH AN GIANG", "HUYỆN CHÂU THÀNH").replace(
    "An Giang,", "Châu Thành,"
)


def under_task(plan: str, *lines: str, heading: str = "1. Công tác tuyên truyền") -> str:
    """`lines` under the first item (`heading`, naming no body) of the plan's task section."""
    return "\n".join([plan + "II. NHIỆM VỤ VÀ GIẢI PHÁP", heading, *lines]) + "\n"


def under_implementation(plan: str, *lines: str) -> str:
    """`lines` opening the plan's implementation section, after a task section."""
    head = plan + "II. NHIỆM VỤ\nTuyên truyền sâu rộng.\nIII. TỔ CHỨC THỰC HIỆN"
    return "\n".join([head, *lines]) + "\n"


def commune_plan(title: str) -> str:
    """Xã Tân Hòa's plan for 2026 titled `title`, its implementation section's first item naming
    a body; `{body}` stands after it."""
    return f"""ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
Số: 45/KH-UBND
Tân Hòa, ngày 9 tháng 4 năm 2026
KẾ HOẠCH
{title} năm 2026
I. MỤC ĐÍCH
Nâng cao nhận thức của người dân.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội chủ trì tổ chức tuyên truyền.
{{body}}
"""


def commune_decision(topic: str) -> str:
    """The decision issuing xã Tân Hòa's plan on `topic` for 2026, `{body}` its executing
    article's place."""
    return f"""ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
Số: 46/QĐ-UBND
Tân Hòa, ngày 9 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch {topic} năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA
Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {topic} năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
{{body}}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
"""


def task_table(task: str, time: str) -> str:
    """A task table of one row, `task` due `time`, its lead and cooperating cells `{lead}` and
    `{partner}` for a grid to fill."""
    return (
        "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        f"| 1 | {task} | {{lead}} | {{partner}} | {time} |\n"
    )


# a place of a grid: the plan it sets a name in, whether the name leads there, the units beside it
Place = tuple[Callable[[str], str], bool, set[tuple[str, bool]]]


def name_grid(places: Mapping[str, Place], names: Mapping[str, tuple[str, Any]]) -> list[Any]:
    """Each name (as printed, and the units it gives) in each place, as test cases
    `(place, name, units)` named `place-shape`."""
    return [
        pytest.param(place, name, units, id=f"{place}-{shape}")
        for place in places
        for shape, (name, units) in names.items()
    ]


def table_places(plan: str, table: str, other: str) -> dict[str, Place]:
    """The two places of a task table (`table`, from `task_table`) in `plan`: a name in its lead
    cell with `other` cooperating, and in its cooperating cell with `other` leading."""
    return {
        "table_lead": (
            lambda name: under_task(plan, "", table.format(lead=name, partner=other)),
            True,
            {(other, False)},
        ),
        "table_cooperating": (
            lambda name: under_task(plan, "", table.format(lead=other, partner=name)),
            False,
            {(other, True)},
        ),
    }
