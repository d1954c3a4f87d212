"""Issue 12 (units, point 5): the role words and role lines of a task section whose task's
heading names no body (`1. Tuyên truyền về bình đẳng giới` over `- Phối hợp với ...`, `- Đơn vị
chủ trì: ...`, `Chủ trì: ...; phối hợp: ...` on one line, a bullet opened by bodies and a colon,
the members of a steering committee) × the contexts a plan puts them in: under a task heading of
a task section, under a body's heading in the implementation section, in a letter's numbered
paragraph, hard-wrapped (corpus/ANNOTATION.md, units). Each case's units were written down
before the parser ran."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import COMMUNE_2026 as _COMMUNE
from unit_plans import PROVINCE_2026 as _PROVINCE
from unit_plans import under_implementation, under_task

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 45/UBND-VX
V/v triển khai công tác bình đẳng giới năm 2026

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Giang, ngày 9 tháng 4 năm 2026

Kính gửi: Các sở, ban, ngành tỉnh.

Để triển khai công tác bình đẳng giới năm 2026, Ủy ban nhân dân tỉnh có ý kiến như sau:
"""


def _tasks(plan: str, *lines: str) -> str:
    """Lines under a task section's first item, a heading naming no body."""
    return under_task(plan, *lines, heading="1. Tuyên truyền về bình đẳng giới")


def _body_heading(plan: str, body: str, *lines: str) -> str:
    """Lines under a task of a body's heading in the implementation section."""
    return under_implementation(plan, "1. " + body, "a) Tuyên truyền", *lines)


def _letter(*lines: str) -> str:
    """Lines under a letter's numbered paragraph naming no body."""
    return "\n".join([_LETTER + "1. Về công tác tuyên truyền", *lines]) + "\n"


_WOMEN = "Hội Liên hiệp Phụ nữ"
_YOUTH = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
_CULTURE = "Phòng Văn hóa - Xã hội"
_HEALTH = "Sở Y tế"
_FINANCE = "Sở Tài chính"
_COMMUNES = "Ủy ban nhân dân các xã, phường, đặc khu"
_POLICE = "Công an tỉnh"
_MILITARY = "Bộ Chỉ huy Quân sự tỉnh"
_BOARD = "Ban Chỉ đạo bình đẳng giới tỉnh"

_PARTNERS = (
    "- Phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn tổ chức các hoạt động truyền thông."
)
_LEAD_LINE = "- Đơn vị chủ trì: Sở Y tế."
_PARTNER_LINE = "- Đơn vị phối hợp: Sở Tài chính, UBND các xã."
_ONE_LINE = "Chủ trì: Sở Y tế; phối hợp: Sở Tài chính; thời gian: Quý II/2026."
_BODIES_COLON = (
    "- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: phối hợp tuyên truyền phòng, chống bạo lực gia đình."
)
_PAST = "- Năm 2025, Sở Y tế đã phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức 20 lớp tập huấn."

GRID = [
    # `phối hợp với` with its subject left out (the issuing authority, whose lead is no unit):
    # no unit, none of the partners a lead (a task of partners alone would read as one nobody
    # leads: the check's `tasks.lead`); under a body's heading, that body's partners
    pytest.param(
        _tasks(_PROVINCE, _PARTNERS),
        [],
        id="partners_under_a_task_heading",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "- Tổ chức các hoạt động truyền thông; phối hợp với Hội Liên hiệp Phụ"
            " nữ tỉnh, Tỉnh Đoàn tổ chức hội thi.",
        ),
        [],
        id="partners_after_a_task_s_first_clause",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "- Phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn tổ chức các hoạt",
            "động truyền thông.",
        ),
        [],
        id="partners_hard_wrapped",
    ),
    pytest.param(
        _body_heading(
            _COMMUNE,
            "Phòng Văn hóa - Xã hội",
            "- Phối hợp với Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã tổ chức các"
            " hoạt động truyền thông.",
        ),
        [(_CULTURE, True), (_WOMEN, False), (_YOUTH, False)],
        id="partners_under_a_body_s_heading",
    ),
    pytest.param(
        _letter(_PARTNERS),
        [],
        id="partners_in_a_letter_s_paragraph",
    ),
    pytest.param(
        _tasks(_PROVINCE, "- Phối hợp với các cơ quan, đơn vị liên quan tổ chức truyền thông."),
        [],
        id="open_partners_are_none",
    ),
    pytest.param(_tasks(_PROVINCE, _PAST), [], id="a_past_cooperation_assigns_nothing"),
    pytest.param(
        _tasks(
            _PROVINCE,
            "Trong năm 2025, Sở Y tế đã phối hợp với Hội Liên hiệp Phụ nữ tỉnh,",
            "Tỉnh Đoàn tổ chức 20 lớp tập huấn.",
        ),
        [],
        id="a_past_cooperation_hard_wrapped",
    ),
    # role lines under a task heading
    pytest.param(
        _tasks(_PROVINCE, "- Tổ chức tọa đàm về bình đẳng giới.", _LEAD_LINE, _PARTNER_LINE),
        [(_HEALTH, True), (_FINANCE, False), (_COMMUNES, False)],
        id="role_lines_under_a_task_heading",
    ),
    pytest.param(
        _letter("- Tổ chức tọa đàm về bình đẳng giới.", _LEAD_LINE, _PARTNER_LINE),
        [(_HEALTH, True), (_FINANCE, False), (_COMMUNES, False)],
        id="role_lines_in_a_letter_s_paragraph",
    ),
    pytest.param(
        _tasks(_PROVINCE, "- Tổ chức tọa đàm về bình đẳng giới.", _ONE_LINE),
        [(_HEALTH, True), (_FINANCE, False)],
        id="roles_and_time_on_one_line",
    ),
    pytest.param(
        _tasks(_PROVINCE, "- Tổ chức tọa đàm về bình đẳng giới. " + _ONE_LINE),
        [(_HEALTH, True), (_FINANCE, False)],
        id="roles_and_time_after_the_task",
    ),
    pytest.param(
        _letter("- Tổ chức tọa đàm về bình đẳng giới.", _ONE_LINE),
        [(_HEALTH, True), (_FINANCE, False)],
        id="roles_on_one_line_in_a_letter",
    ),
    *[
        pytest.param(
            _tasks(
                _PROVINCE, "- Tổ chức tọa đàm.", f"- {label}: Sở Y tế.", f"- {other}: Sở Tài chính."
            ),
            [(_HEALTH, True), (_FINANCE, False)],
            id=f"label_{label}",
        )
        for label, other in [
            ("Cơ quan chủ trì thực hiện", "Cơ quan phối hợp"),
            ("Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện"),
            ("Trách nhiệm thực hiện", "Cơ quan, đơn vị phối hợp"),
            ("Đơn vị thực hiện", "Cơ quan, đơn vị phối hợp"),
            ("Cơ quan thực hiện", "Đơn vị phối hợp"),
        ]
    ],
    pytest.param(
        _tasks(
            _PROVINCE, "- Tổ chức tọa đàm.", "- Cơ quan thực hiện:", "+ Sở Y tế;", "+ Sở Tài chính."
        ),
        [(_HEALTH, True), (_FINANCE, True)],
        id="a_label_alone_over_bullets",
    ),
    # a bullet opened by bodies and a colon: they lead
    pytest.param(
        _tasks(_PROVINCE, _BODIES_COLON),
        [(_POLICE, True), (_MILITARY, True)],
        id="bodies_and_a_colon_under_a_task_heading",
    ),
    pytest.param(
        _body_heading(_PROVINCE, "Sở Văn hóa, Thể thao và Du lịch", _BODIES_COLON),
        [("Sở Văn hóa, Thể thao và Du lịch", True), (_POLICE, True), (_MILITARY, True)],
        id="bodies_and_a_colon_under_a_body_s_heading",
    ),
    pytest.param(
        _letter(_BODIES_COLON),
        [(_POLICE, True), (_MILITARY, True)],
        id="bodies_and_a_colon_in_a_letter",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "- Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: phối hợp tuyên truyền phòng,",
            "chống bạo lực gia đình.",
        ),
        [(_POLICE, True), (_MILITARY, True)],
        id="bodies_and_a_colon_hard_wrapped",
    ),
    pytest.param(
        _tasks(_PROVINCE, "- Tổ chức tọa đàm.", _BODIES_COLON[2:]),
        [(_POLICE, True), (_MILITARY, True)],
        id="bodies_and_a_colon_opening_a_paragraph",
    ),
    pytest.param(
        _tasks(_PROVINCE, "Sở Y tế: chủ trì tổ chức tọa đàm về bình đẳng giới."),
        [(_HEALTH, True)],
        id="a_body_a_colon_and_its_role_word_opening_a_paragraph",
    ),
    pytest.param(
        _tasks(_PROVINCE, "Sở Y tế: đã tổ chức 20 lớp tập huấn trong năm 2025."),
        [],
        id="a_body_a_colon_and_a_statement",
    ),
    pytest.param(
        _tasks(_PROVINCE, "Nội dung: phối hợp tuyên truyền phòng, chống bạo lực gia đình."),
        [],
        id="a_label_naming_no_body_and_a_colon",
    ),
    # the members of a steering committee stand for it
    pytest.param(
        _tasks(
            _PROVINCE,
            "- Các thành viên Ban Chỉ đạo bình đẳng giới tỉnh theo dõi địa bàn được phân công.",
        ),
        [(_BOARD, True)],
        id="members_opening_a_bullet",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "- Sở Y tế chủ trì, phối hợp với các thành viên Ban Chỉ đạo bình đẳng"
            " giới tỉnh tổ chức tọa đàm.",
        ),
        [(_HEALTH, True), (_BOARD, False)],
        id="members_after_phoi_hop_voi",
    ),
    pytest.param(
        _tasks(
            _PROVINCE,
            "- Phối hợp với các thành viên Ban Chỉ đạo bình đẳng giới tỉnh tổ chức tọa đàm.",
        ),
        [],
        id="members_after_phoi_hop_voi_with_no_lead",
    ),
    pytest.param(
        _body_heading(
            _PROVINCE,
            "Các thành viên Ban Chỉ đạo bình đẳng giới tỉnh",
            "- Theo dõi địa bàn được phân công.",
        ),
        [(_BOARD, True)],
        id="members_heading_a_body_s_section",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GRID)
def test_the_units_a_role_gives(text: str, expected: list[tuple[str, bool]]) -> None:
    found = [(u.name, u.lead) for u in parse_text(text).units]
    assert sorted(found) == sorted(expected)
