"""A commune's letter or notice whose opening paragraph ends in the authority's request over
its numbered paragraphs (`UBND xã yêu cầu các ông xóm trưởng thực hiện một số nội dung
sau:`): the bodies asked there do the paragraphs' work; the polite form of address before
them (`các ông`, `các đồng chí`) is no part of their names."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
XÃ AN LẠC
Số: 12/UBND-VP
V/v tăng cường quản lý người đến địa bàn

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Lạc, ngày 05 tháng 3 năm 2026

Kính gửi: Các ông xóm trưởng.

Thời gian qua một số xóm nắm tình hình người đến địa bàn còn chậm. {opening}
1. Nắm tình hình người đến địa bàn, báo cáo ngay khi có trường hợp mới.
2. Tuyên truyền trên loa truyền thanh của xóm hai lần mỗi ngày.
"""


# the opening request over the paragraphs, and the units it gives (name, lead)
_OPENINGS: dict[str, tuple[str, list[tuple[str, bool]]]] = {
    "the_heads_the_request_asks": (
        "Ủy ban nhân dân xã yêu cầu các ông xóm trưởng thực hiện một số nội dung sau:",
        [("Trưởng xóm", True)],
    ),
    "a_body_and_heads_addressed_politely": (
        "Ủy ban nhân dân xã đề nghị Công an xã, các đồng chí Trưởng thôn thực hiện như sau:",
        [("Công an xã", True), ("Trưởng thôn", True)],
    ),
    "an_announcement_asks_nobody": ("Ủy ban nhân dân xã thông báo một số nội dung sau:", []),
}


@pytest.mark.parametrize("case", list(_OPENINGS))
def test_the_request_opening_the_paragraphs_names_who_does_them(case: str) -> None:
    opening, expected = _OPENINGS[case]
    units = parse_text(_LETTER.format(opening=opening)).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)
