"""The members of a body, plural, opening a clause stand for it (corpus/ANNOTATION.md, units:
`Các thành viên Ban Chỉ đạo ...` → `Ban Chỉ đạo ...`) when the body is named in full to its
level (units.yaml `member_words`). The grid: the members before a board named in full, alone or
after a request, and the negatives (a board named by its head noun alone, a family's or a
club's members, a working group's, the members inside a sentence, one member as a person) ×
the places a plan puts them: a bullet of a task section, an item of the implementation
section, the bullet hard-wrapped at 60 and 72 characters, a letter's numbered paragraph, a
decision issuing the plan, a task table's cell. Each case's units were written down before the
parser ran."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import PROVINCE_2026, under_implementation, under_task

_BOARD = "Ban Chỉ đạo bình đẳng giới tỉnh"

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 45/UBND-VX
V/v triển khai công tác bình đẳng giới năm 2026
Kính gửi: Các sở, ban, ngành tỉnh.
Để triển khai công tác bình đẳng giới năm 2026, Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Về công tác tuyên truyền
{line}
"""

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 567/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện bình đẳng giới năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện bình đẳng giới năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn A
KẾ HOẠCH
Thực hiện bình đẳng giới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền về bình đẳng giới
{line}
"""


def _wrapped(width: int, line: str) -> list[str]:
    return textwrap.wrap(line, width)


# the place: how it sets a bullet's line `line` in a document
_PLACES = {
    "task_bullet": lambda line: under_task(PROVINCE_2026, line),
    "implementation_item": lambda line: under_implementation(
        PROVINCE_2026, "1. Sở Y tế chủ trì tổ chức tọa đàm.", "2. " + line[2:]
    ),
    "wrapped_60": lambda line: under_task(PROVINCE_2026, *_wrapped(60, line)),
    "wrapped_72": lambda line: under_task(PROVINCE_2026, *_wrapped(72, line)),
    "letter": lambda line: _LETTER.format(line=line),
    "decision": lambda line: _DECISION.format(line=line),
}

_SUFFIX = " theo dõi, đôn đốc việc thực hiện tại địa bàn được phân công."

# the bullet's line and the units it gives (besides `Sở Y tế` of the implementation item)
_SHAPES: dict[str, tuple[str, set[tuple[str, bool]]]] = {
    "members_of_a_board": (f"- Các thành viên {_BOARD}{_SUFFIX}", {(_BOARD, True)}),
    "members_asked": (f"- Đề nghị các thành viên {_BOARD}{_SUFFIX}", {(_BOARD, True)}),
    "members_of_a_board_by_its_head": ("- Các thành viên Ban Chỉ đạo" + _SUFFIX, set()),
    "members_of_a_family": ("- Các thành viên trong gia đình chia sẻ công việc nhà.", set()),
    "members_of_a_club": (
        "- Các thành viên Câu lạc bộ Gia đình hạnh phúc xã tham gia sinh hoạt định kỳ.",
        set(),
    ),
    "members_of_a_working_group": (
        "- Các thành viên tổ công tác có trách nhiệm kiểm tra hồ sơ.",
        set(),
    ),
    "members_inside_a_sentence": (
        f"- Phân công nhiệm vụ cụ thể cho các thành viên {_BOARD}.",
        set(),
    ),
    "a_member_as_a_person": (
        f"- Ông Nguyễn Văn B, thành viên {_BOARD}, báo cáo kết quả tại hội nghị.",
        set(),
    ),
}


def _grid() -> list[object]:
    cases: list[object] = []
    for place, document in _PLACES.items():
        control = {("Sở Y tế", True)} if place == "implementation_item" else set()
        for shape, (line, units) in _SHAPES.items():
            case_id = f"{place}-{shape}"
            cases.append(pytest.param(document(line), units | control, id=case_id))
    return cases


@pytest.mark.parametrize(("text", "expected"), _grid())
def test_members_opening_a_clause_stand_for_the_board_named_in_full(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert {(u.name, u.lead) for u in parse_text(text).units} == expected


_TABLE = (
    "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
    "| 1 | Theo dõi địa bàn được phân công | {cell} | Năm 2026 |\n"
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            f"Các thành viên {_BOARD}",
            {(_BOARD, True)},
            id="a_board_in_full",
        ),
        pytest.param("Các thành viên trong gia đình", set(), id="a_family"),
    ],
)
def test_members_in_a_task_table_s_lead_cell(cell: str, expected: set[tuple[str, bool]]) -> None:
    text = under_task(PROVINCE_2026, "", _TABLE.format(cell=cell))
    assert {(u.name, u.lead) for u in parse_text(text).units} == expected
