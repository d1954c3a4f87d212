"""A request of the issuing authority naming collectives addresses everybody, its list
separated by `;` as by `,` (corpus/ANNOTATION.md, units: "one naming a collective (`UBND tỉnh
yêu cầu các sở, ban, ngành, UBND các xã ... nghiêm túc thực hiện`) addresses everybody"; a
request's list "it separates by `;` too"): the collective after its `;` opens no clause of its
own (not `UBND các huyện` leading). The grid: the authorities' requests to two collectives
across `;` × the places a plan puts them (a công văn's paragraph, the paragraph opening the
implementation section, after an introduction); the controls: a request naming bodies of
their own across `;` (three units) and the work the same text gives a body by name."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 3946/UBND-KGVX
V/v tăng cường công tác thông tin, tuyên truyền
Kính gửi: Các sở, ban, ngành thuộc tỉnh
{request}
Giao Sở Tài chính phối hợp với Sở Thông tin và Truyền thông bố trí kinh phí.
"""

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
KẾ HOẠCH
Tuyên truyền phòng, chống dịch bệnh năm 2026
I. MỤC ĐÍCH
Nâng cao nhận thức của người dân.
II. TỔ CHỨC THỰC HIỆN
{request}
1. Sở Y tế chủ trì tổ chức tuyên truyền.
"""

_REQUESTS = [
    "UBND tỉnh yêu cầu các sở, ban, ngành thuộc tỉnh; UBND các huyện, thành phố theo chức năng,"
    " nhiệm vụ tập trung triển khai thực hiện.",
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã"
    " triển khai thực hiện nghiêm túc.",
    "Để bảo đảm hiệu quả, UBND tỉnh yêu cầu các sở, ban, ngành; UBND các huyện, thành phố tổ"
    " chức thực hiện.",
]

_PLAN_REQUESTS = [
    "UBND tỉnh yêu cầu các sở, ban, ngành; UBND các huyện, thị xã, thành phố theo chức năng,"
    " nhiệm vụ triển khai thực hiện.",
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện,"
    " thị xã, thành phố tổ chức thực hiện.",
]


def _units(text: str) -> set[tuple[str, bool]]:
    """The units the plan `text` names, each with whether it leads."""
    return {(unit.name, unit.lead) for unit in parse_text(text).units}


@pytest.mark.parametrize("request_line", _REQUESTS)
def test_a_letters_request_to_collectives_across_a_semicolon_is_everybodys(
    request_line: str,
) -> None:
    assert _units(_LETTER.format(request=request_line)) == {
        ("Sở Tài chính", True),
        ("Sở Thông tin và Truyền thông", False),
    }


@pytest.mark.parametrize("request_line", _PLAN_REQUESTS)
def test_a_plans_request_to_collectives_across_a_semicolon_is_everybodys(
    request_line: str,
) -> None:
    assert _units(_PLAN.format(request=request_line)) == {("Sở Y tế", True)}


def test_a_request_naming_bodies_across_semicolons_gives_each_a_task() -> None:
    request_line = "UBND tỉnh giao Sở Tài chính; Sở Nội vụ; Công an tỉnh báo cáo kết quả."
    assert _units(_LETTER.format(request=request_line)) == {
        ("Sở Tài chính", True),
        ("Sở Nội vụ", True),
        ("Công an tỉnh", True),
        ("Sở Thông tin và Truyền thông", False),
    }
