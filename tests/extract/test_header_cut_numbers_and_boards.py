"""The header's fields in shapes a converted page prints (issue 12): the number line wrapped
before its symbol (`Số: 12/` / `KH-UBND`, a draft's `Số:      /` / `KH-UBND`) as text lines,
as a page's table cell, beside the date's column and in a decision that issues a plan; the
issuing body read from a symbol with its drafting office's suffix (`KH-UBND.VX`); a council's
sitting and term after its name in a basis sentence (`của HĐND tỉnh khóa X, kỳ họp thứ 9`);
a steering board's name printed on one line, or wrapped anywhere, without the body over it.
The expected fields are written out per corpus/ANNOTATION.md; the fragments are written for
these tests."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract import parse_text
from plan_extract.structure.symbols import issuing_symbol

_ISSUER = "Ủy ban nhân dân xã Tân Hưng"
_DATE = "Tân Hưng, ngày 3 tháng 2 năm 2026"
_BODY = """I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội chủ trì.
"""
_TITLE = "Thực hiện công tác bình đẳng giới năm 2026"

# (the number line as cut, the line under it, the number, the symbol): a draft keeps its symbol
_CUT_NUMBERS = [
    ("Số: 12/", "KH-UBND", "12/KH-UBND", "KH-UBND"),
    ("Số: 12 /", "KH-UBND", "12/KH-UBND", "KH-UBND"),
    ("Số:      /", "KH-UBND", None, "KH-UBND"),
    ("Số: 33/2026/", "QĐ-UBND", "33/2026/QĐ-UBND", "QĐ-UBND"),
    ("Số: 45/", "KH-UBND.VX", "45/KH-UBND.VX", "KH-UBND.VX"),
]


def _lines(cut: str, symbol: str) -> str:
    head = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    head += ["Độc lập - Tự do - Hạnh phúc", cut, symbol, _DATE, "KẾ HOẠCH", _TITLE]
    return "\n".join([*head, _BODY])


def _markdown(cut: str, symbol: str) -> str:
    """The header's table as a converter prints it: each cell's lines, then a bar."""
    return f"""|
**ỦY BAN NHÂN DÂN
XÃ TÂN HƯNG**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
|
|
{cut}
{symbol}
|
*{_DATE}*
|

**KẾ HOẠCH**
**{_TITLE}**

{_BODY}"""


def _columns(cut: str, symbol: str, *, date_beside_symbol: bool) -> str:
    """The two columns printed as plain lines, the date's cell beside the number's first or
    second line."""
    gap = " " * 18
    number = (
        [cut, f"{symbol}{gap}{_DATE}"] if date_beside_symbol else [f"{cut}{gap}{_DATE}", symbol]
    )
    head = [
        f"ỦY BAN NHÂN DÂN{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"XÃ TÂN HƯNG{gap}Độc lập - Tự do - Hạnh phúc",
        *number,
        "KẾ HOẠCH",
        _TITLE,
    ]
    return "\n".join([*head, _BODY])


def _decision(cut: str, symbol: str) -> str:
    head = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    head += ["Độc lập - Tự do - Hạnh phúc", cut, symbol, _DATE, "QUYẾT ĐỊNH"]
    head += [f"Ban hành Kế hoạch {_TITLE[0].lower()}{_TITLE[1:]}", "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"]
    head += ["Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", "QUYẾT ĐỊNH:"]
    head += [f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {_TITLE.lower()}."]
    head += ["Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", ""]
    return "\n".join(head)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(
        piece for line in text.splitlines() for piece in textwrap.wrap(line, width) or [""]
    )


_CONTEXTS = ["lines", "markdown", "date after number", "date after symbol", "60", "72"]


def _page(context: str, cut: str, symbol: str) -> tuple[str, bool]:
    if context == "markdown":
        return _markdown(cut, symbol), True
    if context.startswith("date after"):
        return _columns(cut, symbol, date_beside_symbol=context.endswith("symbol")), False
    if context.isdigit():
        return _wrapped(_lines(cut, symbol), int(context)), False
    return _lines(cut, symbol), False


@pytest.mark.parametrize(("cut", "symbol", "number", "symbol_read"), _CUT_NUMBERS)
@pytest.mark.parametrize("context", _CONTEXTS)
def test_a_number_line_cut_before_its_symbol(
    cut: str, symbol: str, number: str | None, symbol_read: str, context: str
) -> None:
    text, markdown = _page(context, cut, symbol)
    document = parse_text(text, markdown=markdown).document
    assert (document.number, document.symbol) == (number, symbol_read)
    assert (document.issuer, document.place) == (_ISSUER, "Tân Hưng")
    assert document.issued is not None
    assert document.issued.iso == "2026-02-03"


@pytest.mark.parametrize(("cut", "symbol", "number", "symbol_read"), _CUT_NUMBERS)
def test_a_decisions_number_line_cut_before_its_symbol(
    cut: str, symbol: str, number: str | None, symbol_read: str
) -> None:
    document = parse_text(_decision(cut, symbol)).document
    assert (document.number, document.symbol, document.issuer) == (number, symbol_read, _ISSUER)


def test_a_symbol_running_into_a_word_is_none() -> None:
    """`Số: 12/Tân Hưng, ngày ...`: the symbol's line lost, no symbol `T`."""
    text = "\n".join(["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", f"Số: 12/{_DATE}", "KẾ HOẠCH", _TITLE])
    document = parse_text(f"{text}\n{_BODY}").document
    assert (document.number, document.symbol) == (None, None)


@pytest.mark.parametrize("symbol", ["KH-UBND.VX", "KH-UBND.KT", "QĐ-UBND.VP"])
@pytest.mark.parametrize("markdown", [False, True])
def test_the_issuing_body_of_a_symbol_with_its_office_s_suffix(symbol: str, markdown: bool) -> None:
    """No issuer block: the symbol names the People's Committee (`UBND`) before the suffix of
    the office that drafted the plan, the title its commune."""
    title = "Thực hiện công tác bình đẳng giới trên địa bàn xã Tân Hưng năm 2026"
    text = f"Số: 12/{symbol}\n\n{_DATE}\n\nKẾ HOẠCH\n\n{title}\n\n{_BODY}"
    document = parse_text(text, markdown=markdown).document
    assert (document.symbol, document.issuer) == (symbol, _ISSUER)


@pytest.mark.parametrize(
    ("symbol", "issuing"),
    [
        ("KH-UBND.VX", "KH-UBND"),
        ("QĐ-UBND.VP", "QĐ-UBND"),
        ("KH-UBND", "KH-UBND"),
        ("QĐ.TTg", "QĐ.TTg"),  # the older dot between the kind and its body
        ("KH-BCĐ", "KH-BCĐ"),
    ],
)
def test_issuing_symbol(symbol: str, issuing: str) -> None:
    assert issuing_symbol(symbol) == issuing


_COUNCILS = [
    ("HĐND tỉnh khóa X, kỳ họp thứ 9", "Hội đồng nhân dân tỉnh"),
    ("Hội đồng nhân dân xã Tân Hưng Khóa XXI, Kỳ họp thứ 9", "Hội đồng nhân dân xã Tân Hưng"),
    ("HĐND tỉnh nhiệm kỳ 2021 - 2026", "Hội đồng nhân dân tỉnh"),
    ("HĐND tỉnh khóa X", "Hội đồng nhân dân tỉnh"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
]


@pytest.mark.parametrize(("council", "issuer"), _COUNCILS)
@pytest.mark.parametrize("lead", ["Căn cứ", "Thực hiện"])
@pytest.mark.parametrize("after", [" về phát triển kinh tế năm 2026;", ";"])
@pytest.mark.parametrize("width", [0, 60, 72])
def test_a_councils_sitting_is_not_its_name(
    council: str, issuer: str, lead: str, after: str, width: int
) -> None:
    clause = f"{lead} Nghị quyết số 05/NQ-HĐND ngày 10/12/2025 của {council}{after}"
    text = _lines("Số: 52/KH-UBND", "").replace("\n\n", "\n")
    text = text.replace(f"{_TITLE}\n", f"{_TITLE}\n{clause}\n")
    document = parse_text(_wrapped(text, width) if width else text).document
    basis = [(item.number, item.issuer) for item in document.basis]
    assert basis == [("05/NQ-HĐND", issuer)]


_BOARD = "Ban Chỉ đạo chuyển đổi số xã Tân Hưng"
_NUMBER_AND_DATE = ["Số: 3/KH-BCĐ", _DATE]


@pytest.mark.parametrize(
    ("block", "issuer"),
    [
        (["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ XÃ TÂN HƯNG", *_NUMBER_AND_DATE], _BOARD),
        (["BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ XÃ TÂN HƯNG", *_NUMBER_AND_DATE], _BOARD),
        (["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "XÃ TÂN HƯNG", *_NUMBER_AND_DATE], _BOARD),
        # named alone above the kind line, no number nor date
        (["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ XÃ TÂN HƯNG"], _BOARD),
        (["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ"], "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị"),
        (["SỞ Y TẾ TỈNH QUẢNG TRỊ", "Số: 3/KH-SYT"], "Sở Y tế tỉnh Quảng Trị"),
        # the office's name wrapped under its parent printed whole on one line
        (["UBND XÃ TÂN HƯNG", "BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ", *_NUMBER_AND_DATE], _BOARD),
        (
            ["UBND TỈNH QUẢNG TRỊ", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "Số: 3/KH-SVHTTDL"],
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị",
        ),
        (
            ["UBND TỈNH QUẢNG TRỊ", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "XÂY DỰNG", "Số: 3/KH-BQLDA"],
            "Ban Quản lý Dự án đầu tư xây dựng tỉnh Quảng Trị",
        ),
        # a level word of the board's own name, no place after it: no issuer
        (["BAN CHỈ ĐẠO CÔNG TÁC XÃ HỘI", *_NUMBER_AND_DATE], None),
        (
            ["BAN CHỈ ĐẠO CÔNG TÁC XÃ HỘI XÃ TÂN HƯNG", *_NUMBER_AND_DATE],
            "Ban Chỉ đạo công tác xã hội xã Tân Hưng",
        ),
    ],
)
@pytest.mark.parametrize("markdown", [False, True])
def test_a_board_printed_without_the_body_over_it(
    block: list[str], issuer: str | None, markdown: bool
) -> None:
    lines = [*block, "KẾ HOẠCH", "Hoạt động năm 2026", _BODY]
    text = ("\n\n" if markdown else "\n").join(lines)
    assert parse_text(text, markdown=markdown).document.issuer == issuer
