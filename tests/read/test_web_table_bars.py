"""A plan copied from a web page reads the same with the page's table bars left in it as
without them (read/text/edge_bars.py): the bar alone closing the header row keeps the body's
lines apart, so that its units and deadlines are found."""

from __future__ import annotations

from typing import Any

from plan_extract.pipeline import parse_bytes

_HEADER = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH -------- Số: 45/UBND-VX V/v Tổ chức tập huấn"
    " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -----------"
    " Hòa Bình, ngày 3 tháng 3 năm 2026"
)
_BODY = [
    "Kính gửi:",
    "- Sở Y tế,",
    "- Sở Giáo dục và Đào tạo.",
    "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tập huấn trước ngày 30/6/2026.",
    "Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
    "Nguyễn Văn An |",
]


def _without_lines(value: Any) -> Any:
    """`value` without the line numbers items cite (the bar's line shifts them)."""
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k not in ("line", "occurrences")}
    if isinstance(value, list):
        return [_without_lines(item) for item in value]
    return value


def _read(lines: list[str]) -> dict[str, Any]:
    plan = parse_bytes(("\n".join(lines) + "\n").encode(), "plan.txt").model_dump(mode="json")
    return {key: _without_lines(plan[key]) for key in ("document", "units", "deadlines")}


def test_the_header_row_s_closing_bar_alone_changes_nothing() -> None:
    with_bar = _read([_HEADER, "|", *_BODY])
    assert with_bar == _read([_HEADER, *_BODY])
    assert [unit["name"] for unit in with_bar["units"]] == ["Sở Giáo dục và Đào tạo", "Sở Y tế"]
    assert [deadline["text"] for deadline in with_bar["deadlines"]] == ["trước ngày 30/6/2026"]
