"""A cooperation word's partners listed under one plural head after its colon (`phối hợp với
các Sở: Tài chính, Nội vụ`) are one unit each, cooperating, as a role cell's list under one
head names them (corpus/ANNOTATION.md, units): the members the lexicon names, never the
head's collective (`các sở, ngành: ...` names the bodies it lists, not `Các sở, ban, ngành`)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 215/KH-UBND

Quảng Trị, ngày 12 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện chuyển đổi số năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Đẩy mạnh chuyển đổi số trên địa bàn tỉnh.

II. TỔ CHỨC THỰC HIỆN

{body}

Trên đây là Kế hoạch thực hiện chuyển đổi số năm 2026 của UBND tỉnh./.

Nơi nhận:

- Các Sở: XD, TC, KH&CN;

- Lưu: VT.
"""


def _units(body: str) -> dict[str, bool]:
    return {u.name: u.lead for u in parse_text(_PLAN.format(body=body), "kh.md").units}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với các Sở: Tài chính, Nội vụ, Xây dựng tổ chức"
            " tập huấn.",
            {"Sở Y tế": True, "Sở Tài chính": False, "Sở Nội vụ": False, "Sở Xây dựng": False},
        ),
        (
            "1. Nhiệm vụ\n\n- Giao Sở Y tế chủ trì, phối hợp với các Sở: Tài chính, Văn hóa,"
            " Thể thao và Du lịch tổ chức hội thi.",
            {
                "Sở Y tế": True,
                "Sở Tài chính": False,
                "Sở Văn hóa, Thể thao và Du lịch": False,
            },
        ),
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với các sở, ngành: Tài chính, Công an tỉnh và các"
            " cơ quan liên quan kiểm tra.",
            {"Sở Y tế": True, "Sở Tài chính": False, "Công an tỉnh": False},
        ),
    ],
)
def test_partners_under_one_head_cooperate_one_each(body: str, expected: dict[str, bool]) -> None:
    assert _units(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an open collective, a collective without a colon: no member, no unit
        "1. Sở Y tế\n\nChủ trì, phối hợp với các sở, ngành liên quan kiểm tra.",
        # names the lexicon lacks under the head: not read (where the list ends is unknown)
        "1. Sở Y tế\n\nChủ trì, phối hợp với các Sở: Quy hoạch, Kiến trúc kiểm tra.",
    ],
)
def test_no_member_without_a_known_name(body: str) -> None:
    assert _units(body) == {"Sở Y tế": True}
