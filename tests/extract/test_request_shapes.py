"""Shapes of the authority's request that names the bodies doing the work: after an
introduction citing the instruction passed down (`Thực hiện Công văn số ... của Phòng Y tế
huyện ..., UBND xã đề nghị ...`), and ending with a colon over numbered duties that open with
no body of their own, where the collectives it names lead, a generic collective among them
too (corpus/ANNOTATION.md, units)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
XÃ AN LẠC
Số: 15/UBND-VP
V/v phòng, chống dịch sốt xuất huyết

An Lạc, ngày 10 tháng 3 năm 2026

{request}

Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/3/2026./.
"""

# the request after the introduction, and the units it gives (name, lead)
_INTRODUCED: dict[str, tuple[str, list[tuple[str, bool]]]] = {
    "a_body_named_in_the_introduction": (
        "Thực hiện Công văn số 45/PYT ngày 02/3/2026 của Phòng Y tế huyện về phòng, chống dịch,"
        " Ủy ban nhân dân xã đề nghị Trạm Y tế xã phối hợp với Hội Phụ nữ xã tổ chức ra quân.",
        [("Trạm Y tế xã", True), ("Hội Liên hiệp Phụ nữ", False)],
    ),
    "a_purpose_before_the_request": (
        "Nhằm chủ động ngăn chặn dịch bùng phát, Ủy ban nhân dân xã đề nghị Công an xã kiểm tra"
        " các hộ kinh doanh.",
        [("Công an xã", True)],
    ),
    "no_request_after_the_introduction": (
        "Thực hiện Công văn số 45/PYT ngày 02/3/2026 của Phòng Y tế huyện về phòng, chống dịch,"
        " Ủy ban nhân dân xã thông báo lịch phun hóa chất.",
        [],
    ),
}


@pytest.mark.parametrize("case", list(_INTRODUCED))
def test_a_request_after_an_introduction_assigns_the_work(case: str) -> None:
    request, expected = _INTRODUCED[case]
    units = parse_text(_LETTER.format(request=request)).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)


_DIRECTIVE = """CHỈ THỊ
Về việc tăng cường công tác phòng cháy, chữa cháy mùa khô

Để bảo đảm an toàn trong mùa khô, {request}

1. {first}

2. Tổ chức diễn tập phương án chữa cháy trước ngày 30/4/2026.
"""

_REQUEST = (
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân"
    " dân các huyện, thị xã, thành phố"
)
_COLLECTIVES = [
    ("Các sở, ban, ngành", True),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
]

# the request, the first duty under it, and the units (name, lead)
_DUTIES: dict[str, tuple[str, str, list[tuple[str, bool]]]] = {
    "a_colon_over_duties_without_a_body": (
        _REQUEST + ":",
        "Chỉ đạo rà soát các cơ sở có nguy cơ cháy cao trên địa bàn.",
        _COLLECTIVES,
    ),
    "duties_opening_with_their_own_bodies": (
        _REQUEST + ":",
        "Công an tỉnh hướng dẫn, kiểm tra công tác phòng cháy.",
        [("Công an tỉnh", True)],
    ),
    # a list going on with a generic collective, the people last (a commune's notice)
    "a_colon_over_duties_after_a_generic_collective": (
        "Ủy ban nhân dân xã đề nghị các thôn, trường học, trạm y tế, các cơ quan, đơn vị và"
        " Nhân dân trên địa bàn xã thực hiện các nội dung sau:",
        "Tổ chức treo cờ Tổ quốc tại trụ sở, nhà văn hóa thôn.",
        [
            ("Thôn", True),
            ("Trường học", True),
            ("Trạm Y tế xã", True),
            ("Các cơ quan, đơn vị", True),
        ],
    ),
    "a_colon_over_duties_after_a_generic_noun_ending_the_list": (
        "Ủy ban nhân dân xã đề nghị các thôn, trường học, trạm y tế và các đơn vị trên địa bàn"
        " xã thực hiện các nội dung sau:",
        "Tổ chức treo cờ Tổ quốc tại trụ sở, nhà văn hóa thôn.",
        [("Thôn", True), ("Trường học", True), ("Trạm Y tế xã", True)],
    ),
    # a generic noun opening the list, after the introduction: the bodies after it lead
    "a_colon_over_duties_after_a_generic_noun_opening_the_list": (
        "Ủy ban nhân dân xã đề nghị các đơn vị, Mặt trận, các đoàn thể xã, Ban nhân dân các"
        " thôn quan tâm triển khai thực hiện một số nội dung sau:",
        "Tiếp tục thông tin, tuyên truyền rộng rãi trong cộng đồng.",
        [
            ("Ủy ban Mặt trận Tổ quốc Việt Nam", True),
            ("Các tổ chức chính trị - xã hội", True),
            ("Thôn", True),
        ],
    ),
    "a_generic_collective_in_a_sentence_asks_everybody": (
        "Ủy ban nhân dân xã đề nghị các thôn, trường học, trạm y tế, các cơ quan, đơn vị và"
        " Nhân dân trên địa bàn xã treo cờ Tổ quốc.",
        "Tổ chức treo cờ Tổ quốc tại trụ sở, nhà văn hóa thôn.",
        [],
    ),
    "a_request_in_a_sentence_asks_everybody": (
        _REQUEST + " nghiêm túc thực hiện các nội dung sau.",
        "Chỉ đạo rà soát các cơ sở có nguy cơ cháy cao trên địa bàn.",
        [],
    ),
}


@pytest.mark.parametrize("case", list(_DUTIES))
def test_collectives_lead_the_duties_their_request_lists(case: str) -> None:
    request, first, expected = _DUTIES[case]
    units = parse_text(_DIRECTIVE.format(request=request, first=first)).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)


def test_the_prime_minister_asks_as_the_authority() -> None:
    text = _DIRECTIVE.format(
        request="Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực"
        " thuộc Trung ương:",
        first="Chỉ đạo các cấp đưa nội dung đào tạo nghề vào kế hoạch hằng năm.",
    )
    units = parse_text(text).units
    assert [(u.name, u.lead) for u in units] == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", True)
    ]
