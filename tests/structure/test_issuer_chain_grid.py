"""Issuer blocks of other document kinds than a committee's plan (issue 12, header): a chain
of managing bodies over the issuing office (`ỦY BAN NHÂN DÂN TỈNH X` / `SỞ Y TẾ` / `TRUNG TÂM
KIỂM SOÁT BỆNH TẬT`: the lowest level issues, in the unit the top line names), the parent and
the office on one line joined by a dash (a converter's join of the two-line block), a steering
board's block (`BAN CHỈ ĐẠO ...`, `BCĐ ...`), and the Party's and the Women's Union's blocks of
two levels. Each shape in each format: a flattened two-column text (a tab, or spaces), the
block and the motto one under the other, a Markdown table, a Word table; the header's other
fields (number, symbol, place, date, kind, title, period) are checked on the same shapes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from files_helpers import docx_bytes
from plan_extract import parse_text
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes

_STATE = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM",)
_BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao nhận thức.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các đơn vị triển khai thực hiện.",
)


@dataclass(frozen=True)
class _Header:
    block: tuple[str, ...]
    number_line: str
    date_line: str
    title: str
    issuer: str
    motto: tuple[str, ...] = _STATE


_CDC = "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"
_NGHE_AN = "Nghệ An, ngày 5 tháng 3 năm 2026"
_TITLE = "Phòng, chống dịch bệnh truyền nhiễm năm 2026"


def _cdc(*block: str) -> _Header:
    return _Header(block, "Số: 15/KH-TTKSBT", _NGHE_AN, _TITLE, _CDC)


def _health(block: str) -> _Header:
    return _Header((block,), "Số: 16/KH-SYT", _NGHE_AN, _TITLE, "Sở Y tế tỉnh Nghệ An")


def _board(*block: str) -> _Header:
    date = "Tân Hưng, ngày 10 tháng 3 năm 2026"
    title = "Chuyển đổi số năm 2026"
    return _Header(block, "Số: 07/KH-BCĐ", date, title, "Ban Chỉ đạo chuyển đổi số xã Tân Hưng")


_SHAPES = {
    # three levels: the committee, the department, the centre that issues
    "chain": _cdc("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "SỞ Y TẾ", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"),
    "chain abbreviated": _cdc("UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"),
    "chain, unit wrapped": _cdc(
        "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "SỞ Y TẾ", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"
    ),
    "chain, centre wrapped": _cdc(
        "UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "TRUNG TÂM KIỂM SOÁT", "BỆNH TẬT"
    ),
    "chain, dash": _cdc("UBND TỈNH NGHỆ AN - SỞ Y TẾ", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"),
    # a name ending with its unit type, the unit's name in the top line
    "chain, hospital": _Header(
        ("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA TỈNH"),
        "Số: 21/KH-BVĐK",
        "Hà Tĩnh, ngày 5 tháng 3 năm 2026",
        _TITLE,
        "Bệnh viện Đa khoa tỉnh Hà Tĩnh",
    ),
    # a department printed with its unit over the office
    "department with its unit, centre": _cdc(
        "SỞ Y TẾ TỈNH NGHỆ AN", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"
    ),
    "department with its unit, hospital": _Header(
        ("SỞ Y TẾ TỈNH HÀ TĨNH", "BỆNH VIỆN ĐA KHOA TỈNH"),
        "Số: 21/KH-BVĐK",
        "Hà Tĩnh, ngày 5 tháng 3 năm 2026",
        _TITLE,
        "Bệnh viện Đa khoa tỉnh Hà Tĩnh",
    ),
    # the parent and the office on one line, joined by a dash
    "dash": _health("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN - SỞ Y TẾ"),
    "en dash": _health("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN – SỞ Y TẾ"),
    "dash abbreviated": _health("UBND TỈNH NGHỆ AN - SỞ Y TẾ"),
    # a steering board: its task in lower case, `BCĐ` spelled out
    "board, task with a comma": _Header(
        ("UBND TỈNH QUẢNG NAM", "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI", "VÀ TÌM KIẾM CỨU NẠN"),
        "Số: 07/KH-BCĐ",
        "Quảng Nam, ngày 10 tháng 3 năm 2026",
        "Phòng, chống thiên tai năm 2026",
        "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Nam",
    ),
    "board opening the block": _board("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "XÃ TÂN HƯNG"),
    "board abbreviated": _board("BCĐ CHUYỂN ĐỔI SỐ", "XÃ TÂN HƯNG"),
    "board abbreviated, under its committee": _board("UBND XÃ TÂN HƯNG", "BCĐ CHUYỂN ĐỔI SỐ"),
    # a district's or a commune's office under its committee (issue 12): the office, in the
    # committee's unit, its fields each opened by a capital, `HĐND` and `UBND` spelled out
    "district committee's office": _Header(
        ("UBND HUYỆN NAM ĐÀN", "VĂN PHÒNG HĐND VÀ UBND"),
        "Số: 15/KH-VP",
        "Nam Đàn, ngày 12 tháng 3 năm 2024",
        "Phòng, chống dịch bệnh năm 2024",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nam Đàn",
    ),
    "district office": _Header(
        ("UBND HUYỆN NAM ĐÀN", "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
        "Số: 09/KH-VHTT",
        "Nam Đàn, ngày 12 tháng 3 năm 2024",
        "Tuyên truyền bình đẳng giới năm 2024",
        "Phòng Văn hóa và Thông tin huyện Nam Đàn",
    ),
    "commune office, fields joined by a dash": _Header(
        ("ỦY BAN NHÂN DÂN", "XÃ HƯNG NGUYÊN", "PHÒNG VĂN HÓA - XÃ HỘI"),
        "Số: 09/KH-VHXH",
        "Hưng Nguyên, ngày 12 tháng 3 năm 2026",
        "Tuyên truyền bình đẳng giới năm 2026",
        "Phòng Văn hóa - Xã hội xã Hưng Nguyên",
    ),
    # a Party body's block alone beside the Party's name, the star under it, its number
    # without a colon
    "commune Party committee alone": _Header(
        ("ĐẢNG ỦY XÃ HƯNG NGUYÊN", "*"),
        "Số 07-KH/ĐU",
        "Hưng Nguyên, ngày 12 tháng 3 năm 2026",
        "Học tập nghị quyết năm 2026",
        "Đảng ủy xã Hưng Nguyên",
        _PARTY,
    ),
    "province Party committee": _Header(
        ("TỈNH ỦY NGHỆ AN", "*"),
        "Số 100-KH/TU",
        "Vinh, ngày 12 tháng 3 năm 2026",
        "Thực hiện chuyển đổi số năm 2026",
        "Tỉnh ủy Nghệ An",
        _PARTY,
    ),
    # a Party committee's board: named after the committee (`Ban Thường vụ Tỉnh ủy`)
    "Party committee's board": _Header(
        ("HUYỆN ỦY NAM ĐÀN", "BAN TUYÊN GIÁO", "*"),
        "Số 12-KH/BTGHU",
        "Nam Đàn, ngày 12 tháng 3 năm 2024",
        "Tuyên truyền kỷ niệm ngày thành lập Đảng năm 2024",
        "Ban Tuyên giáo Huyện ủy Nam Đàn",
        _PARTY,
    ),
    "district Party committee, star": _Header(
        ("ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NAM ĐÀN", "*"),
        "Số 25-KH/HU",
        "Nam Đàn, ngày 12 tháng 3 năm 2024",
        "Học tập nghị quyết năm 2024",
        "Huyện ủy Nam Đàn",
        _PARTY,
    ),
    # the Party's and the Women's Union's blocks: the lower line issues
    "district Party committee": _Header(
        ("ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NAM ĐÀN"),
        "Số 25-KH/HU",
        "Nam Đàn, ngày 12 tháng 3 năm 2026",
        "Học tập nghị quyết năm 2026",
        "Huyện ủy Nam Đàn",
        _PARTY,
    ),
    "commune Party committee": _Header(
        ("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ HƯNG NGUYÊN"),
        "Số 25-KH/ĐU",
        "Hưng Nguyên, ngày 12 tháng 3 năm 2026",
        "Học tập nghị quyết năm 2026",
        "Đảng ủy xã Hưng Nguyên",
        _PARTY,
    ),
    "Women's Union": _Header(
        ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN", "HỘI LHPN XÃ HƯNG NGUYÊN"),
        "Số: 09/KH-HPN",
        "Hưng Nguyên, ngày 12 tháng 3 năm 2026",
        "Tuyên truyền bình đẳng giới năm 2026",
        "Hội Liên hiệp Phụ nữ xã Hưng Nguyên",
    ),
    # the commune union's own board under both unions: it issues in the commune union's name
    "Women's Union's board": _Header(
        ("HỘI LHPN TỈNH NGHỆ AN", "HỘI LHPN XÃ HƯNG NGUYÊN", "BAN THƯỜNG VỤ"),
        "Số: 09/KH-HPN",
        "Hưng Nguyên, ngày 12 tháng 3 năm 2026",
        "Tuyên truyền bình đẳng giới năm 2026",
        "Ban Thường vụ Hội Liên hiệp Phụ nữ xã Hưng Nguyên",
    ),
}


def _rows(header: _Header) -> list[tuple[str, str]]:
    size = max(len(header.block), len(header.motto))
    padded = [(*cells, *[""] * (size - len(cells))) for cells in (header.block, header.motto)]
    return list(zip(*padded, strict=True))


def _flattened(separator: Callable[[str], str]) -> Callable[[_Header], Plan]:
    """The two columns on one line each, the left cell then `separator` then the right one; the
    block's lines past the motto's alone."""

    def parse(header: _Header) -> Plan:
        rows = [*_rows(header), (header.number_line, header.date_line)]
        lines = [f"{separator(left)}{right}".rstrip() for left, right in rows]
        return parse_text("\n".join([*lines, "KẾ HOẠCH", header.title, *_BODY]) + "\n")

    return parse


def _one_under_other(header: _Header) -> Plan:
    lines = [*header.block, *header.motto, header.number_line, header.date_line]
    return parse_text("\n".join([*lines, "KẾ HOẠCH", header.title, *_BODY]) + "\n")


def _markdown_table(header: _Header) -> Plan:
    left, right = (
        "<br>".join(f"**{line}**" for line in cell) for cell in (header.block, header.motto)
    )
    table = [
        f"| {left} | {right} |",
        "|---|---|",
        f"| {header.number_line} | *{header.date_line}* |",
    ]
    paragraphs = ["**KẾ HOẠCH**", header.title, *(f"**{b}**" if b.isupper() else b for b in _BODY)]
    return parse_text("\n".join(table) + "\n\n" + "\n\n".join(paragraphs) + "\n", markdown=True)


def _word_table(header: _Header) -> Plan:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "\n".join(header.block)
    table.cell(0, 1).text = "\n".join(header.motto)
    table.cell(1, 0).text = header.number_line
    table.cell(1, 1).text = header.date_line
    document.add_paragraph().add_run("KẾ HOẠCH").bold = True
    for text in (header.title, *_BODY):
        document.add_paragraph(text)
    return parse_bytes(docx_bytes(document), "plan.docx")


_FORMATS = {
    "tab": _flattened(lambda left: f"{left}\t"),
    "spaces": _flattened(lambda left: f"{left:<45}    "),
    "one under the other": _one_under_other,
    "markdown table": _markdown_table,
    "word table": _word_table,
}


@pytest.mark.parametrize("shape", _SHAPES)
@pytest.mark.parametrize("layout", _FORMATS)
def test_the_issuer_and_the_header_fields(shape: str, layout: str) -> None:
    header = _SHAPES[shape]
    document = _FORMATS[layout](header).document
    number = header.number_line.removeprefix("Số").lstrip(": ")
    year = int(header.date_line[-4:])
    assert document.issuer == header.issuer
    assert (document.kind, document.number, document.title) == ("ke_hoach", number, header.title)
    assert document.symbol == re.sub(r"^\d+[/-]", "", number)
    assert document.place == header.date_line.split(",")[0]
    assert document.issued is not None and document.issued.year == year
    assert document.period is not None
    assert (document.period.start_year, document.period.end_year) == (year, year)
