"""The sentence that issues a plan whose title a page dropped names the plan, up to the words
that close it: `như sau`, or the contents it announces (`với các nội dung sau`, `với những nội
dung cụ thể sau`); the plan it names gives the period. The shapes are written for these tests
in the layouts legal-database pages print them: a header row on one line with `|` cells and the
kind and title lines lost, a hard-wrapped text, plain header lines."""

from __future__ import annotations

import pytest

from plan_extract import parse_text
from plan_extract.core.contract import Period

# the page's header row with its kind and title lines lost (the sentence after the basis issues)
_ROW = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 61/KH-UBND | Bình Định, ngày 5 tháng 3 năm 2026 |
Căn cứ Quyết định số 9/QĐ-TTg ngày 3/1/2026 của Thủ tướng Chính phủ;
{sentence}
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động ứng phó.
"""
# plain header lines, the issuing sentence hard-wrapped as a page prints it
_WRAPPED = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 61/KH-UBND
Bình Định, ngày 5 tháng 3 năm 2026
Thực hiện Quyết định số 9/QĐ-TTg ngày 3/1/2026 của Thủ tướng
Chính phủ, {sentence}
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động ứng phó.
"""
_ONE_YEAR = Period(start_year=2026, end_year=2026)
_SPAN = Period(start_year=2026, end_year=2030)


def _wrapped(sentence: str) -> str:
    """The sentence broken where a page's line ends, after its fifth word."""
    words = sentence.split(" ")
    return " ".join(words[:5]) + "\n" + " ".join(words[5:])


@pytest.mark.parametrize("layout", [_ROW, _WRAPPED])
@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2026 như sau:", _ONE_YEAR),
        (
            "UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2026 với các nội dung sau:",
            _ONE_YEAR,
        ),
        (
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình giai đoạn 2026 - 2030"
            " trên địa bàn tỉnh, với những nội dung sau:",
            _SPAN,
        ),
        (
            "UBND tỉnh ban hành Kế hoạch thực hiện Đề án giai đoạn 2026 - 2030 với những nội"
            " dung cụ thể sau:",
            _SPAN,
        ),
        (
            "UBND tỉnh xây dựng Kế hoạch chuyển đổi số năm 2026 với các nội dung cụ thể sau:",
            _ONE_YEAR,
        ),
        # no issuing body before the verb: the sentence issues nothing, names no plan
        ("Kế hoạch chuyển đổi số năm 2026 gồm các nội dung sau:", None),
        # the contents announced without their closing word: no sentence that issues
        ("UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2026 với các nội dung;", None),
    ],
)
def test_an_untitled_plan_takes_its_period_from_the_issuing_sentence(
    layout: str, sentence: str, period: Period | None
) -> None:
    for text in (layout.format(sentence=sentence), layout.format(sentence=_wrapped(sentence))):
        document = parse_text(text).document
        assert document.title is None
        assert document.period == period


def test_a_commune_plan_issued_with_its_contents_announced() -> None:
    text = """ỦY BAN NHÂN DÂN
XÃ AN HƯNG
Số: 12/KH-UBND
An Hưng, ngày 9 tháng 4 năm 2026
Căn cứ Kế hoạch số 30/KH-UBND ngày 2/2/2026 của UBND tỉnh;
Ủy ban nhân dân xã An Hưng xây dựng Kế hoạch phòng, chống dịch bệnh năm 2026 trên địa bàn
xã với các nội dung sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng bệnh.
"""
    document = parse_text(text).document
    assert (document.title, document.period) == (None, _ONE_YEAR)
    assert [basis.number for basis in document.basis] == ["30/KH-UBND"]


def test_a_printed_title_still_gives_the_period() -> None:
    """The title printed under the kind line comes first; the issuing sentence names a plan
    only when no title is printed."""
    text = _WRAPPED.replace("Thực hiện", "KẾ HOẠCH\nChuyển đổi số năm 2027\nThực hiện").format(
        sentence="UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 với các nội dung sau:"
    )
    document = parse_text(text).document
    assert document.title == "Chuyển đổi số năm 2027"
    assert document.period == Period(start_year=2027, end_year=2027)
