"""A plan the Front's standing board issues (issue 12): the board, printed under its committee in
the issuer block (`ỦY BAN MTTQ VIỆT NAM` / `XÃ ...` / `BAN THƯỜNG TRỰC`), is the issuer in the
committee's name; the committee is then the issuing authority, no unit of the plan, while in a
plan the people's committee issues the Front's committee is a unit as any other."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_FRONT = """ỦY BAN MTTQ VIỆT NAM
XÃ TÂN LẬP
BAN THƯỜNG TRỰC
Số: 05/KH-MTTQ-BTT
Tân Lập, ngày 4 tháng 3 năm 2026
KẾ HOẠCH
Giám sát việc thực hiện chính sách bảo hiểm y tế năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Phát huy vai trò giám sát của Nhân dân.
II. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban MTTQ Việt Nam xã
- Xây dựng kế hoạch giám sát; phối hợp với Trạm Y tế xã tổ chức giám sát.
2. Ủy ban MTTQ xã chủ trì tổng hợp kết quả giám sát.
3. Ban công tác Mặt trận các thôn
- Nắm tình hình Nhân dân ở khu dân cư.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Thị Lan
"""


def test_the_board_under_its_committee_issues_in_the_committee_s_name() -> None:
    document = parse_text(_FRONT).document
    assert document.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập"
    assert document.signer is not None
    assert document.signer.authority == "TM. Ban Thường trực"


def test_neither_the_board_nor_its_committee_is_a_unit_of_the_board_s_plan() -> None:
    units = {(u.name, u.lead) for u in parse_text(_FRONT).units}
    assert units == {("Trạm Y tế xã", False), ("Ban công tác Mặt trận", True)}


def test_the_front_s_committee_stays_a_unit_of_the_people_s_committee_s_plan() -> None:
    plan = _FRONT.replace(
        "ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN LẬP\nBAN THƯỜNG TRỰC", "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP"
    )
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam", True) in {
        (u.name, u.lead) for u in parse_text(plan).units
    }
