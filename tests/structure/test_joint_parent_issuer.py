"""A joint plan whose issuer block prints one parent over two offices (issue 12): the first
office printed is the issuer, with the parent's place (corpus/ANNOTATION.md, issuer: a joint
plan `KHLT` has the first printed as its issuer); an office's name wrapped over two lines is one
office. The grid: block shapes x (two-column text, Markdown table) x (the plan, a decision
issuing it) x the joint symbol's two spellings."""

from __future__ import annotations

import pytest

from plan_extract import parse_text

_HEALTH = "Sở Y tế tỉnh Quảng Trị"
_CULTURE = "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị"
_SHAPES = [
    # one parent over two offices, its name abbreviated, spelled out, wrapped over its place
    (("UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "SỞ NỘI VỤ"), _HEALTH),
    (("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "SỞ NỘI VỤ"), _HEALTH),
    (("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "SỞ NỘI VỤ"), _HEALTH),
    # either office's name wrapped over two lines
    (("UBND TỈNH QUẢNG TRỊ", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "SỞ NỘI VỤ"), _CULTURE),
    (("UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"), _HEALTH),
    # two whole blocks one after the other, and two offices joined by a dash under the parent
    (("UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ"), _HEALTH),
    (
        (
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG TRỊ",
            "SỞ Y TẾ",
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG TRỊ",
            "SỞ NỘI VỤ",
        ),
        _HEALTH,
    ),
    (("UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ - SỞ NỘI VỤ"), _HEALTH),
    # no joint block: one office, its name wrapped or not, and a board's name wrapped
    (("UBND TỈNH QUẢNG TRỊ", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"), _CULTURE),
    (("UBND TỈNH QUẢNG TRỊ", "SỞ Y TẾ"), _HEALTH),
    (("UBND XÃ TÂN HƯNG", "BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ"), "Ban Chỉ đạo chuyển đổi số xã Tân Hưng"),
]
_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_DATE = "Quảng Trị, ngày 4 tháng 3 năm 2026"
_PLAN = ("KẾ HOẠCH LIÊN TỊCH", "Nâng cao chất lượng y tế năm 2026")
_DECISION = (
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch liên tịch nâng cao chất lượng y tế năm 2026",
    "GIÁM ĐỐC SỞ Y TẾ TỈNH QUẢNG TRỊ",
    "Căn cứ Luật Khám bệnh, chữa bệnh ngày 9 tháng 1 năm 2023;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch liên tịch nâng cao chất lượng y tế.",
)
_BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao chất lượng khám chữa bệnh.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Trung tâm Y tế các huyện chủ trì thực hiện.",
)


def _two_columns(block: tuple[str, ...], number: str, head: tuple[str, ...]) -> str:
    """The block and the motto side by side, a row a line, the cells split by a tab."""
    rows = [
        f"{block[i] if i < len(block) else ''}\t{_MOTTO[i] if i < len(_MOTTO) else ''}"
        for i in range(max(len(block), len(_MOTTO)))
    ]
    return "\n".join([*rows, f"Số: {number}\t{_DATE}", *head, *_BODY]) + "\n"


def _markdown_table(block: tuple[str, ...], number: str, head: tuple[str, ...]) -> str:
    """The block's lines in one cell of a Markdown table, joined by `<br>`."""
    left, right = ("<br>".join(f"**{line}**" for line in cell) for cell in (block, _MOTTO))
    table = [f"| {left} | {right} |", "|---|---|", f"| Số: {number} | *{_DATE}* |"]
    paragraphs = [f"**{line}**" if line.isupper() else line for line in (*head, *_BODY)]
    return "\n".join(table) + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("block", "issuer"), _SHAPES)
@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize("symbol", ["KHLT-SYT-SNV", "KHLT/SYT-SNV"])
@pytest.mark.parametrize("decision", [False, True])
def test_the_first_office_under_the_parent_issues(
    block: tuple[str, ...], issuer: str, markdown: bool, symbol: str, decision: bool
) -> None:
    number = f"12/{symbol.replace('KHLT', 'QĐ') if decision else symbol}"
    shape = _markdown_table if markdown else _two_columns
    text = shape(block, number, _DECISION if decision else _PLAN)
    assert parse_text(text, markdown=markdown).document.issuer == issuer
