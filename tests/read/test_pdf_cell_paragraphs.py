"""A PDF table cell of several paragraphs, each naming a body (`Các phòng, ban, ngành` /
`UBND các xã, thị trấn`), which a narrow column prints as it prints one name wrapped over two
lines: each line reaching the cell's edge. A line opening a body's name after a paragraph that
is a whole body's name is a unit of its own, parted by `;` (core.body_kinds `opens_next_body`,
data/body_kinds.yaml); a name wrapped over lines goes on (`Ủy ban Mặt trận Tổ quốc` / `Việt Nam
xã`), and so does a line cut before its end even where it stops short of the edge (core.cut_lines
`ends_cut`, as the Word and Markdown readers' cells ask). The grid: the cells' shapes (two
bodies, a name wrapped, a task's words opening with a kind's) × how the line above is set (to
the cell's edge, as a wrap; short of it, as a paragraph's end); the expected texts written before
the reader was run."""

from __future__ import annotations

import pytest

from plan_extract.read.pdf.cells import laid_out
from plan_extract.read.pdf.page_layout import Word

_LEFT, _RIGHT = 100.0, 300.0  # the cell's sides
_CHAR = 5.0  # a character's width; the type is 10 high, a space 5 wide
_EDGE = "edge"  # each line set to the cell's edge, as a wrap sets it
_SHORT = "short"  # each line set from the left, as long as it prints


def _line(text: str, top: float, setting: str) -> list[Word]:
    """The words of one line, spaced to end at the cell's edge or set from its left."""
    words = text.split()
    widths = [len(word) * _CHAR for word in words]
    room = _RIGHT - 4.0 - _LEFT - 2.0 - sum(widths)
    gap = room / max(len(words) - 1, 1) if setting == _EDGE else _CHAR
    out, x = [], _LEFT + 2.0
    for word, width in zip(words, widths, strict=True):
        out.append(Word(word, x, x + width, top, top + 10.0))
        x += width + gap
    return out


def _cell(lines: list[str], setting: str) -> str:
    words = [w for i, text in enumerate(lines) for w in _line(text, 10.0 + 14.0 * i, setting)]
    bottom = 20.0 + 14.0 * len(lines)
    table = ((_LEFT, 5.0, _RIGHT, bottom), [[(_LEFT, 5.0, _RIGHT, bottom)]])
    (row,) = laid_out(words, [table], 1)
    return row.cells[0]


TWO_BODIES = [
    (
        ["Các phòng, ban, ngành", "UBND các xã, thị trấn"],
        "Các phòng, ban, ngành; UBND các xã, thị trấn",
    ),
    (
        ["Các", "phòng, ban, ngành", "UBND các xã, thị", "trấn"],
        "Các phòng, ban, ngành; UBND các xã, thị trấn",
    ),
    (
        ["UBND các xã, thị trấn", "Các phòng, ban, ngành"],
        "UBND các xã, thị trấn; Các phòng, ban, ngành",
    ),
    (
        ["Hội Liên hiệp Phụ nữ huyện", "Hội Cựu chiến binh huyện"],
        "Hội Liên hiệp Phụ nữ huyện; Hội Cựu chiến binh huyện",
    ),
    (
        ["Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện"],
        "Phòng Giáo dục và Đào tạo; Trung tâm Y tế huyện",
    ),
    (
        ["Ủy ban Mặt trận Tổ quốc", "Việt Nam huyện", "Hội Nông dân huyện"],
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện; Hội Nông dân huyện",
    ),
]
ONE_NAME_WRAPPED = [
    (["Ủy ban Mặt trận Tổ quốc", "Việt Nam xã"], "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    (["Ban Thường vụ Huyện", "Đoàn"], "Ban Thường vụ Huyện Đoàn"),
    (["Liên hiệp các", "Hội Khoa học và Kỹ thuật"], "Liên hiệp các Hội Khoa học và Kỹ thuật"),
    (["Cơ quan thường trực", "Ban Chỉ đạo huyện"], "Cơ quan thường trực Ban Chỉ đạo huyện"),
    (["Ban Chỉ đạo", "Phòng, chống ma túy huyện"], "Ban Chỉ đạo Phòng, chống ma túy huyện"),
    (["Trung tâm", "Y tế huyện"], "Trung tâm Y tế huyện"),
    (["Văn phòng", "HĐND và UBND huyện"], "Văn phòng HĐND và UBND huyện"),
    (
        ["Tổ chức tập huấn cho cán bộ", "Hội Nông dân các xã"],
        "Tổ chức tập huấn cho cán bộ Hội Nông dân các xã",
    ),
]
CUT_BEFORE_ITS_END = [
    (["Văn phòng HĐND và", "UBND huyện"], "Văn phòng HĐND và UBND huyện"),
    (["Phòng Lao động -", "Thương binh và Xã hội"], "Phòng Lao động - Thương binh và Xã hội"),
    (["Sở Văn hóa, Thể thao và", "Du lịch"], "Sở Văn hóa, Thể thao và Du lịch"),
]
CASES = [
    *[
        pytest.param(lines, _EDGE, text, id=f"two-bodies-{i}")
        for i, (lines, text) in enumerate(TWO_BODIES)
    ],
    *[
        pytest.param(lines, _EDGE, text, id=f"wrapped-{i}")
        for i, (lines, text) in enumerate(ONE_NAME_WRAPPED)
    ],
    *[
        pytest.param(lines, setting, text, id=f"cut-{setting}-{i}")
        for i, (lines, text) in enumerate(CUT_BEFORE_ITS_END)
        for setting in (_EDGE, _SHORT)
    ],
]


@pytest.mark.parametrize(("lines", "setting", "text"), CASES)
def test_a_cell_s_line_opening_a_body_after_a_whole_name_is_a_unit_of_its_own(
    lines: list[str], setting: str, text: str
) -> None:
    assert _cell(lines, setting) == text
