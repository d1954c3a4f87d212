"""Bodies a commune's or a district's plan names everywhere (issue 12 §5; docs/domain.md, units
that recur: the youth union, the commune's police and military command; corpus/ANNOTATION.md,
units): the district's youth union committee by its level and `Đoàn` (`Huyện Đoàn`, as the
lexicon reads `Xã Đoàn`, `Tỉnh Đoàn`: a body's committee stands for the body), the district's
forest ranger post by its head and level (`Hạt Kiểm lâm huyện`, a name the lexicon lacks, as
printed, its place kept and never cut inside: `Hạt Kiểm lâm huyện Vị Xuyên`, as `Bưu điện
huyện Vị Xuyên`), and bodies opening a decision's article or a duty with `có nhiệm vụ`, as
with `có trách nhiệm` (`Điều 9. Các đơn vị thuộc Sở ... có nhiệm vụ`). The grid: the names ×
the places a plan puts them (a numbered heading of the implementation section, a bullet `- X:`
under it, `Giao X chủ trì`, `phối hợp với X`, hard-wrapped after `phối hợp với`, a decision's
`Điều N. X có nhiệm vụ ...`, a task table's lead and cooperating cells). Each case's units were
written down before the parser ran."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import (
    COMMUNE_2026,
    Place,
    commune_decision,
    name_grid,
    task_table,
    under_implementation,
    under_task,
)

_OTHER = "Phòng Văn hóa - Xã hội"
_TABLE = task_table("Kiểm tra việc thực hiện", "Quý II/2026")
_DECISION = commune_decision("phát triển lâm nghiệp bền vững")

_PLACES: dict[str, Place] = {
    "heading": (
        lambda name: under_implementation(
            COMMUNE_2026, f"1. {name}:", "- Chủ trì kiểm tra việc thực hiện."
        ),
        True,
        set(),
    ),
    "bullet": (
        lambda name: under_implementation(
            COMMUNE_2026,
            f"1. {_OTHER}:",
            "- Chủ trì tổ chức tuyên truyền.",
            "2. Các đơn vị khác",
            f"- {name}: chủ trì kiểm tra việc thực hiện.",
        ),
        True,
        {(_OTHER, True)},
    ),
    "giao": (
        lambda name: under_task(COMMUNE_2026, f"- Giao {name} chủ trì kiểm tra việc thực hiện."),
        True,
        set(),
    ),
    "partner": (
        lambda name: under_task(
            COMMUNE_2026, f"- {_OTHER} chủ trì, phối hợp với {name} kiểm tra việc thực hiện."
        ),
        False,
        {(_OTHER, True)},
    ),
    "hard_wrapped": (
        lambda name: under_task(
            COMMUNE_2026, f"- {_OTHER} chủ trì, phối hợp với", f"{name} kiểm tra việc thực hiện."
        ),
        False,
        {(_OTHER, True)},
    ),
    "decision_article": (
        lambda name: _DECISION.format(
            body=f"Điều 3. {name} có nhiệm vụ kiểm tra việc thực hiện Kế hoạch."
        ),
        True,
        set(),
    ),
    "table_lead": (
        lambda name: under_task(COMMUNE_2026, "", _TABLE.format(lead=name, partner=_OTHER)),
        True,
        {(_OTHER, False)},
    ),
    "table_partner": (
        lambda name: under_task(COMMUNE_2026, "", _TABLE.format(lead=_OTHER, partner=name)),
        False,
        {(_OTHER, True)},
    ),
}

# the name as printed and the unit it gives
_NAMES: dict[str, tuple[str, str]] = {
    "district_youth_union": ("Huyện Đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    "district_youth_union_lower_case": ("Huyện đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    "youth_union_of_the_district": (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    ),
    "forest_rangers": ("Hạt Kiểm lâm huyện", "Hạt Kiểm lâm huyện"),
    "forest_rangers_placed": ("Hạt Kiểm lâm huyện Vị Xuyên", "Hạt Kiểm lâm huyện Vị Xuyên"),
    "post_office_placed": ("Bưu điện huyện Vị Xuyên", "Bưu điện huyện Vị Xuyên"),
    "commune_police": ("Công an xã", "Công an xã"),
    "commune_military_command": ("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã"),
    "village_women_s_branch": ("Chi hội Phụ nữ thôn 2", "Chi hội Phụ nữ thôn 2"),
}


@pytest.mark.parametrize(("place", "name", "unit"), name_grid(_PLACES, _NAMES))
def test_a_commune_s_or_district_s_body(place: str, name: str, unit: str) -> None:
    plan, lead, others = _PLACES[place]
    assert {(u.name, u.lead) for u in parse_text(plan(name)).units} == {(unit, lead)} | others


# generic nouns in a `phối hợp với` list are no units; an open collective, persons or
# households before `có nhiệm vụ` name no body; `huyện đoàn kết` ("the district unites") is no
# youth union; a name closed by its level before another body's stays two
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Hạt Kiểm lâm huyện chủ trì, phối hợp với các địa phương, các doanh nghiệp, chủ"
            " rừng kiểm tra việc thực hiện.",
            {("Hạt Kiểm lâm huyện", True)},
        ),
        ("- Các cơ quan, đơn vị liên quan có nhiệm vụ phối hợp thực hiện.", set()),
        ("- Các hộ gia đình có nhiệm vụ bảo vệ rừng.", set()),
        ("- Mỗi cán bộ, công chức có nhiệm vụ tuyên truyền.", set()),
        ("- Nhân dân toàn huyện đoàn kết thực hiện xây dựng nông thôn mới.", set()),
        (
            "- Hạt Kiểm lâm huyện, Đồn Biên phòng Lũng Cú phối hợp tuần tra.",
            {("Hạt Kiểm lâm huyện", True), ("Đồn Biên phòng Lũng Cú", True)},
        ),
    ],
)
def test_what_names_no_body(line: str, expected: set[tuple[str, bool]]) -> None:
    assert {(u.name, u.lead) for u in parse_text(under_task(COMMUNE_2026, line)).units} == expected
