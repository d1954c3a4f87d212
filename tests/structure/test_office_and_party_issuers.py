"""Issuers of other kinds than a committee (issue 12, header): a district's or a commune's office
under its committee, a department under its province's, a Party body's block with the Party's
name beside it and the star under it. Each block in a plan typed line by line, in a decision
that issues a plan and in a công văn (`V/v ...`); the fields the block gives (issuer, commune,
province, place) and the period the title states. The blocks are written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from plan_extract import parse_text
from plan_extract.core.contract import DocumentMeta

_STATE = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM",)
_BODY = ("I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.", "II. TỔ CHỨC THỰC HIỆN", "1. Các ban.")
_BY_PROVINCE = "Căn cứ Kế hoạch số 20/KH-UBND ngày 01/3/{year} của UBND tỉnh Nghệ An;"


@dataclass(frozen=True)
class _Block:
    lines: tuple[str, ...]
    motto: tuple[str, ...]
    number: str  # the plan's own; a decision and a công văn print theirs
    place: str
    year: int
    issuer: str
    commune: str | None
    province: str | None
    basis: str = _BY_PROVINCE


_BLOCKS = {
    "district committee": _Block(
        ("ỦY BAN NHÂN DÂN", "HUYỆN NAM ĐÀN"),
        _STATE,
        "Số: 15/KH-UBND",
        "Nam Đàn",
        2024,
        "Ủy ban nhân dân huyện Nam Đàn",
        None,
        "Nghệ An",
    ),
    "district committee's office": _Block(
        ("UBND HUYỆN NAM ĐÀN", "VĂN PHÒNG HĐND VÀ UBND"),
        _STATE,
        "Số: 15/KH-VP",
        "Nam Đàn",
        2024,
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nam Đàn",
        None,
        "Nghệ An",
    ),
    "commune office": _Block(
        ("UBND XÃ HƯNG NGUYÊN", "PHÒNG VĂN HÓA - XÃ HỘI"),
        _STATE,
        "Số: 09/KH-VHXH",
        "Hưng Nguyên",
        2026,
        "Phòng Văn hóa - Xã hội xã Hưng Nguyên",
        "Hưng Nguyên",
        "Nghệ An",
    ),
    "department": _Block(
        ("UBND TỈNH NGHỆ AN", "SỞ Y TẾ"),
        _STATE,
        "Số: 16/KH-SYT",
        "Nghệ An",
        2026,
        "Sở Y tế tỉnh Nghệ An",
        None,
        "Nghệ An",
    ),
    "commune Party committee": _Block(
        ("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ HƯNG NGUYÊN", "*"),
        _PARTY,
        "Số 07-KH/ĐU",
        "Hưng Nguyên",
        2026,
        "Đảng ủy xã Hưng Nguyên",
        "Hưng Nguyên",
        "Nghệ An",
        "Thực hiện Kế hoạch số 10-KH/TU ngày 01/3/{year} của Ban Thường vụ Tỉnh ủy;",
    ),
    # alone, its province named only by the Party committee of a document cited
    "commune Party committee alone": _Block(
        ("ĐẢNG ỦY XÃ HƯNG NGUYÊN", "*"),
        _PARTY,
        "Số 07-KH/ĐU",
        "Hưng Nguyên",
        2026,
        "Đảng ủy xã Hưng Nguyên",
        "Hưng Nguyên",
        "Nghệ An",
        "Thực hiện Kế hoạch số 10-KH/TU ngày 01/3/{year} của Ban Thường vụ Tỉnh ủy Nghệ An;",
    ),
    "Party committee's board": _Block(
        ("HUYỆN ỦY NAM ĐÀN", "BAN TUYÊN GIÁO", "*"),
        _PARTY,
        "Số 12-KH/BTGHU",
        "Nam Đàn",
        2024,
        "Ban Tuyên giáo Huyện ủy Nam Đàn",
        None,
        None,
        "Thực hiện Kế hoạch số 25-KH/HU ngày 01/3/{year} của Ban Thường vụ Huyện ủy;",
    ),
    "province Party committee": _Block(
        ("TỈNH ỦY NGHỆ AN", "*"),
        _PARTY,
        "Số 100-KH/TU",
        "Vinh",
        2026,
        "Tỉnh ủy Nghệ An",
        None,
        "Nghệ An",
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;",
    ),
}


def _rows(block: _Block, number: str) -> list[str]:
    """The two columns flattened, a tab between the cells; the number beside the date."""
    size = max(len(block.lines), len(block.motto))
    left = [*block.lines, *[""] * (size - len(block.lines))]
    right = [*block.motto, *[""] * (size - len(block.motto))]
    date = f"{block.place}, ngày 12 tháng 3 năm {block.year}"
    return [f"{a}\t{b}".rstrip() for a, b in zip([*left, number], [*right, date], strict=True)]


def _plan(block: _Block, title: str) -> DocumentMeta:
    lines = [*_rows(block, block.number), "KẾ HOẠCH", title, block.basis.format(year=block.year)]
    return parse_text("\n".join([*lines, *_BODY]) + "\n").document


def _decision(block: _Block, title: str) -> DocumentMeta:
    number = block.number.replace("KH", "QĐ")
    named = title[:1].lower() + title[1:]
    lines = [
        *_rows(block, number),
        "QUYẾT ĐỊNH",
        f"Về việc ban hành Kế hoạch {named}",
        block.basis.format(year=block.year),
        "QUYẾT ĐỊNH:",
        f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {named}.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "KẾ HOẠCH",
        title,
        *_BODY,
    ]
    return parse_text("\n".join(lines) + "\n").document


def _cong_van(block: _Block, title: str) -> DocumentMeta:
    number = block.number.replace("KH", "CV")
    lines = [
        *_rows(block, number),
        f"V/v {title[:1].lower() + title[1:]}",
        "Kính gửi: Các đơn vị.",
        block.basis.format(year=block.year),
        "1. Triển khai thực hiện.",
    ]
    return parse_text("\n".join(lines) + "\n").document


_CONTEXTS: dict[str, Callable[[_Block, str], DocumentMeta]] = {
    "plan": _plan,
    "decision issuing a plan": _decision,
    "công văn": _cong_van,
}


@pytest.mark.parametrize("shape", _BLOCKS)
@pytest.mark.parametrize("context", _CONTEXTS)
def test_the_block_gives_issuer_commune_province_and_place(shape: str, context: str) -> None:
    block = _BLOCKS[shape]
    document = _CONTEXTS[context](block, f"Tuyên truyền pháp luật năm {block.year}")
    assert document.issuer == block.issuer
    assert (document.commune.name if document.commune else None) == block.commune
    assert document.province == block.province
    assert document.place == block.place
    assert document.period is not None
    assert (document.period.start_year, document.period.end_year) == (block.year, block.year)


# a plan's span as its title states it (corpus/ANNOTATION.md, `period`), in a Party body's
# block and a commune office's
_PERIODS = {
    "Thực hiện Chương trình giảm nghèo giai đoạn 2026 - 2030": (2026, 2030),
    "Thực hiện Chương trình giảm nghèo giai đoạn 2026 – 2030": (2026, 2030),
    "Phát triển du lịch cộng đồng đến năm 2030": (2026, 2030),
    "Phòng, chống sốt xuất huyết từ nay đến hết năm 2026": (2026, 2026),
    "Phòng, chống sốt xuất huyết từ nay đến năm 2027": (2026, 2027),
}


@pytest.mark.parametrize("title", _PERIODS)
@pytest.mark.parametrize("shape", ["commune Party committee", "commune office"])
@pytest.mark.parametrize("context", _CONTEXTS)
def test_the_title_states_the_period(title: str, shape: str, context: str) -> None:
    document = _CONTEXTS[context](_BLOCKS[shape], title)
    assert document.period is not None
    assert (document.period.start_year, document.period.end_year) == _PERIODS[title]
