"""Markdown's `*` list marker is a bullet (CommonMark: `-`, `+` and `*` open a bullet list's
item; markdownify writes `*`): a plan's lists read the same whichever marker the converter
chose, as `.md` and as `.txt`, with blank lines between the items or not, hard-wrapped or
not. Before, `.md` dropped the stars and `.txt` kept them inside a line: either way a list's
items ran together into one line."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes

_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "XÃ TÂN HÒA",
    "Số: 45/KH-UBND",
    "Tân Hòa, ngày 9 tháng 4 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện bình đẳng giới năm 2026",
    "I. MỤC TIÊU",
]
_LISTS = [
    ["Kết quả năm 2025:", "- Tỷ lệ nữ tham gia cấp ủy đạt 25%;", "- 95% hộ được tuyên truyền."],
    ["Phấn đấu năm 2026:", "- Tỷ lệ nữ tham gia cấp ủy đạt 30%;", "- 100% thôn có câu lạc bộ."],
    [
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "- Trạm Y tế xã chủ trì tổ chức khám sức khỏe sinh sản cho phụ nữ trên địa bàn các"
        " thôn, hoàn thành trước ngày 30/6/2026;",
        "- Hội Liên hiệp Phụ nữ xã phối hợp tuyên truyền trên hệ thống loa truyền thanh.",
    ],
]


def _text(marker: str, blank: bool, width: int | None) -> str:
    lines = list(_HEAD)
    for block in _LISTS:
        for line in block:
            item = marker + line[1:] if line.startswith("- ") else line
            wrapped = textwrap.wrap(item, width=width, subsequent_indent="  ") if width else [item]
            lines.extend(wrapped)
            if blank:
                lines.append("")
    return "\n".join(lines) + "\n"


def _read(plan: Plan) -> tuple[object, ...]:
    return (
        [(t.value, t.unit) for t in plan.targets],
        sorted((u.name, u.lead) for u in plan.units),
        [(d.kind, d.start, d.end) for d in plan.deadlines],
    )


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("blank", [True, False], ids=["blank_lines", "no_blank_lines"])
@pytest.mark.parametrize("width", [None, 72], ids=["whole_lines", "wrapped_72"])
def test_a_star_list_reads_as_a_dash_list(suffix: str, blank: bool, width: int | None) -> None:
    dashes = parse_bytes(_text("-", blank, width).encode(), f"plan{suffix}")
    stars = parse_bytes(_text("*", blank, width).encode(), f"plan{suffix}")
    assert _read(stars) == _read(dashes)
    assert [t.value for t in dashes.targets] == [30, 100]  # the results' list gives none
