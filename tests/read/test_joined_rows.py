"""A task table printed a row a run of text, its cells joined by bars with no bar opening the
row (read.text.joined_rows), reads as the same table printed as a GitHub pipe table: the same
units with their roles, the same tasks and the same deadlines, in a .txt or a .md file, with or
without the bar closing each row, each row on one line or cut over several where the converter's
line ran out, with or without blank lines. The plan is our own wording."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from plan_extract.pipeline import parse_bytes
from plan_extract.read.text.joined_rows import joined_table
from table_outline import table_outline

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA

Số: 45/KH-UBND

Tân Hòa, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của cán bộ và nhân dân về bình đẳng giới.

II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN

"""
TAIL = """
Các cơ quan, đơn vị báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 15/12/2026.

III. TỔ CHỨC THỰC HIỆN

Công chức Văn hóa - Xã hội theo dõi, đôn đốc việc thực hiện Kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""
HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["I", "Công tác tuyên truyền", "", "", ""],
    [
        "1",
        "Tổ chức tuyên truyền về bình đẳng giới trên hệ thống loa truyền thanh của xã",
        "Công chức Văn hóa - Xã hội",
        "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã",
        "Quý II/2026",
    ],
    [
        "2",
        "Tập huấn kiến thức về bình đẳng giới cho cán bộ thôn, ấp",
        "Hội Liên hiệp Phụ nữ xã",
        "Công chức Văn hóa - Xã hội",
        "Tháng 6/2026",
    ],
    ["II", "Kiểm tra, giám sát", "", "", ""],
    [
        "3",
        "Rà soát số liệu về nữ cán bộ, công chức của xã",
        "Công chức Nội vụ",
        "Văn phòng HĐND và UBND xã",
        "Hằng năm",
    ],
    [
        "4",
        "Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại các thôn",
        "Công chức Tư pháp - Hộ tịch",
        "Mặt trận Tổ quốc Việt Nam xã",
        "Quý IV/2026",
    ],
]


def pipe_table() -> str:
    lines = [f"| {' | '.join(row)} |" for row in [HEADER, *ROWS]]
    lines.insert(1, "|" + "---|" * len(HEADER))
    return "\n".join(lines) + "\n"


def joined(closed: bool = True, width: int | None = None, merged: bool = False) -> str:
    """A row a line (`1 | ... |`), or cut at `width` characters as a converter wraps it; with
    `merged`, a group's row prints its number and name alone (`II | Kiểm tra, giám sát |`)."""
    end = " |" if closed else ""
    lines: list[str] = []
    for row in [HEADER, *ROWS]:
        cells = row[:2] if merged and not row[2] else row
        text = " | ".join(cells).rstrip() + end
        lines.extend(textwrap.wrap(text, width) if width else [text])
    return "\n".join(lines) + "\n"


def plan(table: str, blank_lines: bool = True) -> bytes:
    text = HEAD + table + TAIL
    if not blank_lines:
        text = "\n".join(line for line in text.split("\n") if line.strip()) + "\n"
    return text.encode()


def test_the_pipe_table_gives_the_tasks_units_and_deadlines() -> None:
    units, tasks, deadlines = table_outline(parse_bytes(plan(pipe_table()), "plan.md"))
    assert ("Công chức Tư pháp - Hộ tịch", True) in units
    assert ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", False) in units
    assert {row[1] for row in ROWS if row[2]} <= {task[0] for task in tasks}
    assert {"Quý II/2026", "Tháng 6/2026", "Quý IV/2026"} <= {d[3] for d in deadlines}
    assert "Hằng năm" not in {d[3] for d in deadlines}


SHAPES: dict[str, Callable[[], tuple[bytes, str]]] = {
    "a-row-a-line.txt": lambda: (plan(joined()), "plan.txt"),
    "a-row-a-line.md": lambda: (plan(joined()), "plan.md"),
    "no-closing-bar.txt": lambda: (plan(joined(closed=False)), "plan.txt"),
    "rows-cut.txt": lambda: (plan(joined(width=70)), "plan.txt"),
    "rows-cut.md": lambda: (plan(joined(width=70)), "plan.md"),
    "rows-cut-no-closing-bar.txt": lambda: (plan(joined(closed=False, width=60)), "plan.txt"),
    "merged-group-rows.txt": lambda: (plan(joined(merged=True)), "plan.txt"),
    "merged-group-rows-no-closing-bar.txt": lambda: (
        plan(joined(closed=False, width=60, merged=True)),
        "plan.txt",
    ),
    "no-blank-line.txt": lambda: (plan(joined(closed=False), blank_lines=False), "plan.txt"),
    "rows-cut-no-blank-line.txt": lambda: (
        plan(joined(closed=False, width=60), blank_lines=False),
        "plan.txt",
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_joined_shape_reads_as_the_pipe_table(shape: str) -> None:
    expected = table_outline(parse_bytes(plan(pipe_table()), "plan.md"))
    assert table_outline(parse_bytes(*SHAPES[shape]())) == expected


def test_the_header_decides_the_width_and_a_cut_row_is_one_row() -> None:
    lines = joined(width=50).split("\n")
    found = joined_table(lines, 0)
    assert found is not None
    rows, used = found
    assert [cells[0] for _, cells in rows] == [["STT"], ["I"], ["1"], ["2"], ["II"], ["3"], ["4"]]
    assert all(len(cells) == len(HEADER) for _, cells in rows)
    assert rows[2][1][3] == ["Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã"]
    assert used == len([line for line in lines if line])


def test_text_holding_bars_under_no_column_header_is_no_table() -> None:
    lines = ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "1 | Tập huấn | Sở Y tế |"]
    assert joined_table(lines, 0) is None
    lines = ["STT | Ghi chép | Cảm nghĩ |", "1 | Tập huấn | Sở Y tế |"]  # no column named
    assert joined_table(lines, 0) is None


@pytest.mark.parametrize(
    ("last", "after", "cell"),
    [
        ("Quý II/2026", "Các đơn vị báo cáo kết quả trước ngày 15/12/2026.", "Quý II/2026"),
        # nothing tells the rest of a cut last cell from the text after the table: it is left
        # out (the cell `Quý` gives no deadline, where taking the next line could give a wrong one)
        ("Quý", "IV/2026", "Quý"),
    ],
)
def test_the_line_after_a_table_without_closing_bars_is_not_its_last_cell(
    last: str, after: str, cell: str
) -> None:
    lines = [
        "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành",
        f"1 | Tập huấn cán bộ | Công an xã | {last}",
        after,
    ]
    found = joined_table(lines, 0)
    assert found is not None
    rows, used = found
    assert rows[-1][1][-1] == [cell]
    assert used == 2


def test_a_row_whose_bars_run_over_the_header_ends_the_table_before_it() -> None:
    lines = [
        "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
        "1 | Tập huấn cán bộ | Công an xã | Quý II/2026 |",
        "2 | Tuyên truyền | Đoàn Thanh niên xã | Hội Phụ nữ xã | Quý III/2026 |",
    ]
    found = joined_table(lines, 0)
    assert found is not None
    assert found[1] == 2
