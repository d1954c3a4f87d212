"""A document's number and symbol read the same wherever a plan prints it: the header's own
`Số: ...` (as text and as a converted page's table cell), a basis sentence (`Căn cứ ...`,
`Thực hiện ...`, hard-wrapped after a slash), the note that ties a plan to the decision that
issues it, and a date printed after a number in the body (a prose line, a table row, a
decision's article), which is the document's and no deadline. The symbols' shapes: a plain
one, a year, several hyphens, `&`, a Party body's `-CT/TU` and `-KL/TW`, and the older `.`
(`QĐ.TTg`, `QĐ.UB`, an office's `KH-UBND.VX`). The fragments are written for these tests."""

from __future__ import annotations

import pytest

from plan_extract import parse_text
from plan_extract.structure.symbols import ends_with_symbol

# (number as printed, the symbol the header gives, the kind its letters name)
_SYMBOLS = [
    ("12/KH-UBND", "KH-UBND", "ke_hoach"),
    ("136/2001/QĐ-TTg", "QĐ-TTg", "quyet_dinh"),
    ("136/2001/QĐ.TTg", "QĐ.TTg", "quyet_dinh"),
    ("12/QĐ.UB", "QĐ.UB", "quyet_dinh"),
    ("45/KH-UBND.VX", "KH-UBND.VX", "ke_hoach"),
    ("739/BNV-CTTN&BĐG", "BNV-CTTN&BĐG", "unknown"),
    ("01/2011/TTLT-BNV-BTC-BLĐTBXH", "TTLT-BNV-BTC-BLĐTBXH", "unknown"),
    ("01-CT/TU", "CT/TU", "unknown"),
    ("25-KL/TW", "KL/TW", "unknown"),
]
_NUMBERS = [number for number, _, _ in _SYMBOLS]
# what a basis sentence prints after the number
_AFTER = [" ngày 17/9/2001 của Thủ tướng Chính phủ;", ", ngày 17/9/2001;", ";", ")", "", "."]
_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 9/KH-UBND\nCà Mau, ngày 3 tháng 4 năm 2026\n"
_MD_HEAD = """|
**ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
|
|
Số: {number}
|
*Nghệ An, ngày 21 tháng 3 năm 2026*
|

**I. MỤC ĐÍCH, YÊU CẦU**

1. Đẩy mạnh ứng dụng công nghệ số.
"""


@pytest.mark.parametrize(("number", "symbol", "kind"), _SYMBOLS)
@pytest.mark.parametrize("page", ["text", "markdown"])
def test_the_headers_own_number(number: str, symbol: str, kind: str, page: str) -> None:
    """No kind line: the symbol's letters give the kind."""
    if page == "text":
        text = f"ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: {number}\nCà Mau, ngày 3 tháng 4 năm 2026\n"
        text += "Nội dung.\n"
    else:
        text = _MD_HEAD.format(number=number)
    document = parse_text(text).document
    assert (document.number, document.symbol, document.kind) == (number, symbol, kind)


def _basis_numbers(clause: str) -> list[str | None]:
    text = f"{_HEAD}KẾ HOẠCH\nPhát triển thủy lợi\n{clause}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    return [document.number for document in parse_text(text).document.basis]


@pytest.mark.parametrize("number", _NUMBERS)
@pytest.mark.parametrize("after", _AFTER)
@pytest.mark.parametrize("lead", ["Căn cứ", "Thực hiện"])
def test_a_cited_documents_number(number: str, after: str, lead: str) -> None:
    assert _basis_numbers(f"{lead} Quyết định số {number}{after}") == [number]


@pytest.mark.parametrize("number", _NUMBERS)
def test_a_cited_number_hard_wrapped_after_a_slash(number: str) -> None:
    cut = number.index("/") + 1
    clause = f"Căn cứ Quyết định số {number[:cut]}\n{number[cut:]} ngày 17/9/2001 của Chính phủ;"
    assert _basis_numbers(clause) == [number]


@pytest.mark.parametrize("number", _NUMBERS)
def test_the_note_tying_a_plan_to_its_decision_is_no_part_of_its_title(number: str) -> None:
    text = (
        f"{_HEAD}KẾ HOẠCH\nPhát triển thủy lợi năm 2026 (Kèm theo Quyết định số {number} ngày "
        "3/4/2026 của Ủy ban nhân dân tỉnh)\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    assert parse_text(text).document.title == "Phát triển thủy lợi năm 2026"


def _deadlines(body: str) -> list[str]:
    text = f"{_HEAD}KẾ HOẠCH\nPhát triển thủy lợi\nI. NHIỆM VỤ\n{body}"
    return [deadline.text for deadline in parse_text(text).deadlines]


@pytest.mark.parametrize("number", _NUMBERS)
@pytest.mark.parametrize(
    "body",
    [
        # a time label whose value cites a document
        "1. Sở Tài chính bố trí kinh phí.\nThời gian thực hiện: theo Quyết định số {number} ngày "
        "05/3/2027.\n",
        # a table row whose time cell cites a document
        "| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát công trình | Sở Tài chính | Theo Quyết định số {number} ngày 05/3/2027 |\n",
    ],
)
def test_a_date_after_a_cited_number_is_the_documents(number: str, body: str) -> None:
    assert _deadlines(body.format(number=number)) == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        *[(f"theo Quyết định số {number} ", True) for number in _NUMBERS],
        ("theo Kế hoạch KH-UBND ", True),  # an office's symbol without its number
        ("năm 2026-UBND ", True),
        ("theo Quyết định số 12/2026 ", False),  # a date, no symbol
        ("phòng chống Covid-19 ", False),  # a word with a figure
        ("- Cuối ", False),  # a list mark and a word
        ("Sở Tài chính ", False),
    ],
)
def test_where_a_symbol_ends(text: str, ends: bool) -> None:
    assert ends_with_symbol(text) is ends
