"""A district's bodies named by their institution and the district's level, as a district's
plan names them bare (`Thanh tra huyện`, `Công an huyện`, `Đài Truyền thanh huyện`): one unit
each, under the lexicon's name as the province's are (`Thanh tra tỉnh`, `Viện kiểm sát nhân
dân tỉnh`, `Tòa án nhân dân tỉnh`), in every place a plan puts a unit (a heading of the
implementation section, a `chủ trì` clause, a `phối hợp với` list, a task table's lead and
cooperating columns). Each case's units were written down before the parser ran."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import (
    DISTRICT_2026,
    Place,
    name_grid,
    table_places,
    task_table,
    under_implementation,
    under_task,
)

_TABLE = task_table("Kiểm tra việc thực hiện", "Quý II/2026")

_PLACES: dict[str, Place] = {
    "heading": (
        lambda name: under_implementation(
            DISTRICT_2026, f"1. {name}:", "- Chủ trì kiểm tra việc thực hiện."
        ),
        True,
        set(),
    ),
    "lead_clause": (
        lambda name: under_task(DISTRICT_2026, f"- {name} chủ trì kiểm tra việc thực hiện."),
        True,
        set(),
    ),
    "cooperating": (
        lambda name: under_task(
            DISTRICT_2026, f"- Phòng Nội vụ chủ trì, phối hợp với {name} kiểm tra việc thực hiện."
        ),
        False,
        {("Phòng Nội vụ", True)},
    ),
    **table_places(DISTRICT_2026, _TABLE, "Phòng Nội vụ"),
}

# the name as printed and the unit it gives
_NAMES: dict[str, tuple[str, str]] = {
    "inspectorate": ("Thanh tra huyện", "Thanh tra huyện"),
    "urban_district_s_inspectorate": ("Thanh tra quận", "Thanh tra huyện"),
    "procuracy": ("Viện kiểm sát nhân dân huyện", "Viện kiểm sát nhân dân huyện"),
    "court": ("Tòa án nhân dân huyện", "Tòa án nhân dân huyện"),
    "town_s_court": ("Tòa án nhân dân thị xã", "Tòa án nhân dân huyện"),
    "police": ("Công an huyện", "Công an huyện"),
    "broadcasting": ("Đài Truyền thanh huyện", "Đài Truyền thanh huyện"),
    "culture_centre": (
        "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
        "Trung tâm Văn hóa - Thông tin và Thể thao",
    ),
    "province_s_inspectorate": ("Thanh tra tỉnh", "Thanh tra tỉnh"),
}


@pytest.mark.parametrize(("place", "name", "unit"), name_grid(_PLACES, _NAMES))
def test_a_district_s_body_named_by_its_level(place: str, name: str, unit: str) -> None:
    plan, lead, others = _PLACES[place]
    expected = {(unit, lead)} | others
    assert {(u.name, u.lead) for u in parse_text(plan(name)).units} == expected


# `thanh tra` the verb, before the body it inspects or a level word, names no inspectorate
@pytest.mark.parametrize(
    "line",
    [
        "- Phòng Nội vụ chủ trì thanh tra, kiểm tra việc thực hiện quy chế dân chủ.",
        "- Phòng Nội vụ chủ trì thanh tra việc thực hiện quy chế dân chủ ở cơ sở.",
    ],
)
def test_the_verb_names_no_inspectorate(line: str) -> None:
    units = {(u.name, u.lead) for u in parse_text(under_task(DISTRICT_2026, line)).units}
    assert units == {("Phòng Nội vụ", True)}
