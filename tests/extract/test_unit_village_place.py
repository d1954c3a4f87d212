"""A body a commune has in its villages is named with its village (docs/domain.md: thôn, ấp,
xóm, tổ dân phố, khu phố are the commune's subdivisions; corpus/ANNOTATION.md, units: a body
missing from the lexicon keeps its place word). A village's word in lower case after a body's
name, a place's name after it, is the body's place, as `xã An Hưng` is a commune's:
`Hội Nông dân thôn Đông` is the lexicon's association, no village beside it; a body the
lexicon lacks whose head noun names the genre's bodies in a village (units.yaml
`village_body_heads`: `Tổ Hòa giải ấp Bình Minh`, `Chi hội Phụ nữ thôn 2`, `Tổ tự quản khu
phố 3`) is one body as printed, the village's word cutting it nowhere. The village stays a unit
of its own where it is named apart (`Hội Nông dân và các thôn`), and a generic description
(`các tổ chức ở thôn Đông`, `nhân dân thôn Đông`) names none.

The grid: the names × the places a plan puts a unit (a heading of the implementation section,
alone, in a list, after `Đề nghị`; a `chủ trì` clause; a `phối hợp với` list, alone and with
another body; a task table's lead and cooperating columns; a clause of a text hard-wrapped at
40 and 60 columns). Each case's units were written down before the parser ran."""

from __future__ import annotations

import pytest

from plan_extract.evaluate.variants import hard_wrapped
from plan_extract.pipeline import parse_text
from unit_plans import (
    COMMUNE_2026,
    Place,
    name_grid,
    table_places,
    task_table,
    under_implementation,
    under_task,
)

_TABLE = task_table("Tập huấn cho nông dân", "Năm 2026")
# a purpose long enough for the hard-wrapped text to show its width
_PURPOSE = (
    "Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vai trò của công tác tuyên "
    "truyền, phổ biến, giáo dục pháp luật trong đời sống; bảo đảm các hoạt động được triển "
    "khai đồng bộ, thiết thực, hiệu quả, phù hợp với tình hình thực tế của địa phương; huy "
    "động sự tham gia của cả hệ thống chính trị và các tầng lớp nhân dân trên địa bàn xã."
)
_WRAPPED_PLAN = COMMUNE_2026.replace("Nâng cao nhận thức về bình đẳng giới.", _PURPOSE)
_COOPERATING = "- Trạm Y tế xã chủ trì, phối hợp với {name} tổ chức tập huấn cho nông dân."

_PLACES: dict[str, Place] = {
    "heading": (
        lambda name: under_implementation(
            COMMUNE_2026, f"1. {name}:", "- Chủ trì tổ chức tập huấn cho nông dân."
        ),
        True,
        set(),
    ),
    "heading_list": (
        lambda name: under_implementation(
            COMMUNE_2026, f"1. Công an xã, {name}:", "- Tuyên truyền cho nhân dân."
        ),
        True,
        {("Công an xã", True)},
    ),
    "request_heading": (
        lambda name: under_implementation(
            COMMUNE_2026, f"1. Đề nghị {name}:", "- Vận động nhân dân tham gia tập huấn."
        ),
        True,
        set(),
    ),
    "lead_clause": (
        lambda name: under_task(COMMUNE_2026, f"- {name} chủ trì tổ chức tập huấn cho nông dân."),
        True,
        set(),
    ),
    "cooperating": (
        lambda name: under_task(COMMUNE_2026, _COOPERATING.format(name=name)),
        False,
        {("Trạm Y tế xã", True)},
    ),
    "cooperating_list": (
        lambda name: under_task(COMMUNE_2026, _COOPERATING.format(name=f"Công an xã và {name}")),
        False,
        {("Trạm Y tế xã", True), ("Công an xã", False)},
    ),
    **table_places(COMMUNE_2026, _TABLE, "Công an xã"),
    "wrapped_40_lead": (
        lambda name: hard_wrapped(
            under_task(
                _WRAPPED_PLAN,
                f"- {name} chủ trì, phối hợp với Trạm Y tế xã tổ chức tập huấn cho nông dân.",
            ),
            40,
        ),
        True,
        {("Trạm Y tế xã", False)},
    ),
    "wrapped_60_cooperating": (
        lambda name: hard_wrapped(under_task(_WRAPPED_PLAN, _COOPERATING.format(name=name)), 60),
        False,
        {("Trạm Y tế xã", True)},
    ),
}

# the name and the units it gives
_NAMES: dict[str, tuple[str, set[str]]] = {
    "known_body_in_a_village": ("Hội Nông dân thôn Đông", {"Hội Nông dân"}),
    "known_body_in_a_numbered_village": ("Hội Cựu chiến binh ấp 3", {"Hội Cựu chiến binh"}),
    "known_board_in_a_village": ("Ban công tác Mặt trận thôn Đông", {"Ban công tác Mặt trận"}),
    "a_body_and_the_villages": ("Hội Nông dân và các thôn", {"Hội Nông dân", "Thôn"}),
    "team_in_a_hamlet": ("Tổ Hòa giải ấp Bình Minh", {"Tổ Hòa giải ấp Bình Minh"}),
    "branch_in_a_numbered_village": ("Chi hội Phụ nữ thôn 2", {"Chi hội Phụ nữ thôn 2"}),
    "branch_in_a_hamlet": ("Chi hội Nông dân ấp Bình Minh", {"Chi hội Nông dân ấp Bình Minh"}),
    "team_in_a_quarter": ("Tổ tự quản khu phố 3", {"Tổ tự quản khu phố 3"}),
    "team_in_a_quarter_by_number": (
        "Tổ an ninh trật tự khu phố số 2",
        {"Tổ an ninh trật tự khu phố số 2"},
    ),
    "youth_branch": ("Chi đoàn thôn Tân Lập", {"Chi đoàn thôn Tân Lập"}),
    "party_cell": ("Chi bộ thôn Đông", {"Chi bộ thôn Đông"}),
    "squad": ("Đội xung kích thôn Đông", {"Đội xung kích thôn Đông"}),
    "board": ("Ban Phát triển thôn Đông", {"Ban Phát triển thôn Đông"}),
}


@pytest.mark.parametrize(("place", "name", "units"), name_grid(_PLACES, _NAMES))
def test_a_village_after_a_body_s_name_is_its_place(place: str, name: str, units: set[str]) -> None:
    plan, lead, others = _PLACES[place]
    expected = {(u, lead) for u in units} | others
    assert {(u.name, u.lead) for u in parse_text(plan(name)).units} == expected


# a line of the task section and the units it gives: a village named beside a generic noun, an
# activity, a preposition, a head in lower case, a head's title, a body the work is done for
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Các tổ chức ở thôn Đông tham gia tập huấn cho nông dân.", set()),
        ("- Nhân dân thôn Đông tham gia tập huấn cho nông dân.", set()),
        ("- Tổ chức tập huấn cho nông dân tại thôn Đông.", set()),
        ("- Tập huấn cho nông dân tại Hội trường thôn Đông.", set()),
        ("- Ban hành quy chế hoạt động thôn Đông.", set()),
        ("- Đội ngũ cán bộ thôn Đông tham gia tập huấn.", set()),
        ("- Tổ công tác tại thôn Đông kiểm tra việc thực hiện.", set()),
        ("- Hỗ trợ Chi hội Phụ nữ thôn 2 xây dựng mô hình.", set()),
        (
            "- Trạm Y tế xã chủ trì, phối hợp với các tổ tự quản ở thôn Đông tổ chức tập huấn.",
            {("Trạm Y tế xã", True)},
        ),
        (
            "- Trạm Y tế xã chủ trì, phối hợp với tổ hòa giải thôn Đông tổ chức tập huấn.",
            {("Trạm Y tế xã", True)},
        ),
        ("- Tổ trưởng tổ dân phố số 3 chủ trì vận động nhân dân.", {("Tổ dân phố", True)}),
        ("- Ban nhân dân ấp 3 chủ trì vận động nhân dân.", {("Ấp", True)}),
    ],
)
def test_no_body_of_a_village_from_a_description(
    line: str, expected: set[tuple[str, bool]]
) -> None:
    assert {(u.name, u.lead) for u in parse_text(under_task(COMMUNE_2026, line)).units} == expected
