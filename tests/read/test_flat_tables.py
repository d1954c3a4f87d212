"""Tables flattened to one cell per line (a web page's table copied, a Word file saved as plain
text): each row rebuilt as one `TABLE_ROW` line with its cells, on its first line, by the
header's width and the number opening each row; a row whose cells do not count out is left as
text."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from files_helpers import docx_bytes, soffice_convert
from plan_extract.pipeline import parse_bytes
from plan_extract.read.model import Hint
from plan_extract.read.text import read_text_bytes

TASK_HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TASK_ROWS = [
    ["1", "Rà soát hiện trạng kênh mương nội đồng", "Phòng Kinh tế", "Công an xã", "Quý II/2026"],
    ["2", "Mở lớp tập huấn tưới tiết kiệm", "Trạm Khuyến nông", "Hội Nông dân", "Tháng 8/2026"],
    ["3", "Sơ kết, báo cáo kết quả", "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Tháng 12/2026"],
]
BEFORE = "Các cơ quan, đơn vị thực hiện các nhiệm vụ\ncụ thể theo bảng dưới đây:"
AFTER = "Trên đây là kế hoạch thủy lợi nội đồng năm 2026\ncủa Ủy ban nhân dân xã Tân Phong."


def blank_between(header: list[str], rows: list[list[str]]) -> str:
    """Cells set apart by blank lines; an empty cell a line of one non-breaking space."""
    cells = [cell or "\u00a0" for row in [header, *rows] for cell in row]
    return "\n\n".join([BEFORE, *cells, AFTER]) + "\n"


def one_a_line(header: list[str], rows: list[list[str]]) -> str:
    """One cell a line, nothing between (an empty cell a blank line), as LibreOffice saves a
    Word table as text."""
    cells = [cell for row in [header, *rows] for cell in row]
    return "\n".join([BEFORE, "", *cells, "", AFTER]) + "\n"


def table_rows(text: str, fmt: str = "md") -> list[tuple[str, ...]]:
    raw = read_text_bytes(text.encode(), fmt)  # type: ignore[arg-type]
    return [line.cells or () for line in raw.lines if Hint.TABLE_ROW in line.hints]


def deadline_days(text: str) -> list[str]:
    """The days of the deadlines a Markdown plan of `text` gives, in order."""
    plan = parse_bytes(text.encode(), "ke-hoach.md")
    return sorted(d.start.iso for d in plan.deadlines if d.start.iso)


SHAPES = {
    "blank lines between cells, .md": (blank_between(TASK_HEADER, TASK_ROWS), "md"),
    "blank lines between cells, .txt": (blank_between(TASK_HEADER, TASK_ROWS), "txt"),
    "blank lines between cells, CRLF": (
        blank_between(TASK_HEADER, TASK_ROWS).replace("\n", "\r\n"),
        "md",
    ),
    "one cell a line, .txt": (one_a_line(TASK_HEADER, TASK_ROWS), "txt"),
    "one cell a line, .md": (one_a_line(TASK_HEADER, TASK_ROWS), "md"),
    "one cell a line, CRLF": (one_a_line(TASK_HEADER, TASK_ROWS).replace("\n", "\r\n"), "txt"),
}


@pytest.mark.parametrize(("text", "fmt"), SHAPES.values(), ids=SHAPES.keys())
def test_each_row_is_rebuilt_with_its_cells(text: str, fmt: str) -> None:
    assert table_rows(text, fmt) == [tuple(row) for row in [TASK_HEADER, *TASK_ROWS]]


@pytest.mark.parametrize(("text", "fmt"), SHAPES.values(), ids=SHAPES.keys())
def test_rows_keep_their_first_lines_and_the_text_around_stays(text: str, fmt: str) -> None:
    raw = read_text_bytes(text.encode(), fmt)  # type: ignore[arg-type]
    rows = [line for line in raw.lines if Hint.TABLE_ROW in line.hints]
    step = 2 if "\n\nTT\n\n" in text.replace("\r\n", "\n") else 1  # a blank after each
    width = len(TASK_HEADER)
    assert [line.source_line for line in rows] == [4 + row * width * step for row in range(4)]
    texts = [line.text for line in raw.lines if line.text and Hint.TABLE_ROW not in line.hints]
    assert texts == [*BEFORE.split("\n"), *AFTER.split("\n")]


def test_group_rows_with_empty_cells_and_numbers_from_one_again() -> None:
    rows = [
        ["I", "Nhiệm vụ chung", "", "", ""],
        ["1", "Tuyên truyền trên loa truyền thanh", "Văn hóa - Xã hội", "Đoàn Thanh niên", "Quý I"],
        ["II", "Nhiệm vụ cụ thể", "", "", ""],
        ["1", "Nạo vét kênh tiêu", "Phòng Kinh tế", "Các thôn", "Tháng 5/2026"],
        ["2", "Kiên cố hóa kênh", "Ban Quản lý dự án", "", "Năm 2026"],
    ]
    expected = [tuple(row) for row in [TASK_HEADER, *rows]]
    assert table_rows(blank_between(TASK_HEADER, rows)) == expected
    assert table_rows(one_a_line(TASK_HEADER, rows), "txt") == expected


def test_a_group_row_printing_its_name_alone_is_padded() -> None:
    text = blank_between(TASK_HEADER, TASK_ROWS[:1]).replace(
        "\n\n1\n\n", "\n\nI\n\nNHÓM GIẢI PHÁP TUYÊN TRUYỀN\n\n1\n\n"
    )
    assert table_rows(text)[1:] == [
        ("I", "NHÓM GIẢI PHÁP TUYÊN TRUYỀN", "", "", ""),
        tuple(TASK_ROWS[0]),
    ]


def test_a_numbering_row_the_rows_continue_across_groups_and_numbers_with_stops() -> None:
    rows = [
        ["I", "Kinh tế", "", ""],
        ["1.", "Tốc độ tăng giá trị sản xuất", "%", "8,5"],
        ["II", "Xã hội", "", ""],
        ["2.", "Tỷ lệ hộ nghèo giảm", "%", "1,2"],
    ]
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"]
    numbering = ["1", "2", "3", "4"]
    text = one_a_line(header, [numbering, *rows]).replace("\n1.\n", "\n    1. \n")
    assert table_rows(text, "txt") == [tuple(row) for row in [header, numbering, *rows[:1]]] + [
        ("1.", *rows[1][1:]),
        *(tuple(row) for row in rows[2:]),
    ]


def test_rows_numbered_in_parts_and_dashed_rows_under_a_row() -> None:
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]
    rows = [
        ["1", "Hoàn thiện thể chế", "", ""],
        ["1.1", "Rà soát quy chế phối hợp", "Phòng Nội vụ", "Tháng 4/2026"],
        ["1.2", "Ban hành quy chế mới", "Phòng Nội vụ", "Tháng 6/2026"],
        ["2", "Tuyên truyền", "Văn hóa - Xã hội", "Quý III"],
        ["-", "Trên loa truyền thanh", "Đài truyền thanh xã", "Hằng tháng"],
        ["-", "Trên trang thông tin điện tử", "Văn phòng", "Hằng tuần"],
        ["3", "Sơ kết", "Văn phòng", "Tháng 12/2026"],
    ]
    assert table_rows(blank_between(header, rows)) == [tuple(row) for row in [header, *rows]]


def test_rows_numbered_out_of_turn_end_the_table() -> None:
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]
    rows = [
        ["1", "Rà soát quy chế", "Phòng Nội vụ", "Tháng 4/2026"],
        ["1.2", "Ban hành quy chế", "Phòng Nội vụ", "Tháng 6/2026"],  # no `1.1` before it
        ["3", "Sơ kết", "Văn phòng", "Tháng 12/2026"],  # no `2` before it
    ]
    assert table_rows(blank_between(header, rows)) == [tuple(header), tuple(rows[0])]


def test_a_header_cell_of_two_paragraphs_the_second_in_lower_case_is_one_cell() -> None:
    text = blank_between(TASK_HEADER, TASK_ROWS).replace(
        "\n\nThời gian hoàn thành\n\n", "\n\nThời gian\n\nhoàn thành\n\n"
    )
    assert table_rows(text) == [tuple(row) for row in [TASK_HEADER, *TASK_ROWS]]


def test_a_header_of_two_rows_a_cell_spanning_the_years() -> None:
    """A Word table saved as text prints a cell spanning columns once, its other columns as
    blank lines, and the row below only under it: the header is read as two rows."""
    upper = ["STT", "Chỉ tiêu", "Đơn vị tính", "Giai đoạn 2026 - 2030", "", ""]
    lower = ["Năm 2026", "Năm 2028", "Năm 2030"]
    rows = [
        ["1", "Diện tích cây ăn quả", "ha", "120", "150", "180"],
        ["2", "Sản lượng thủy sản", "tấn", "40", "45", "50"],
    ]
    text = one_a_line(upper + lower, rows)
    assert table_rows(text, "txt") == [
        tuple(upper),
        ("", "", "", *lower),
        *(tuple(row) for row in rows),
    ]
    plan = parse_bytes(PLAN.format(table=text).encode(), "plan.txt")
    assert sorted((t.value, t.year) for t in plan.targets) == [
        (40, 2026),
        (45, 2028),
        (50, 2030),
        (120, 2026),
        (150, 2028),
        (180, 2030),
    ]


def test_a_header_of_two_rows_the_spanning_cell_once_and_the_lower_row_full_width() -> None:
    """LibreOffice's text of a Word table (`txt:Text`) prints the upper row's cells once each
    (`Cơ quan thực hiện` spanning two columns, the cells spanning both rows), then the lower
    row full width: blank under the cells spanning both rows, `Chủ trì`, `Phối hợp` under the
    spanning one. Before: no table (the header's blanks stood nowhere it expected)."""
    upper = ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành"]
    lower = ["", "", "Chủ trì", "Phối hợp", ""]
    text = one_a_line(upper + lower, TASK_ROWS)
    assert table_rows(text, "txt") == [
        ("TT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành"),
        tuple(lower),
        *(tuple(row) for row in TASK_ROWS),
    ]


def test_a_lower_header_row_naming_columns_apart_is_no_spanning_header() -> None:
    """The lower row's named cells must stand side by side under one spanning cell."""
    upper = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    lower = ["", "Chủ trì", "", "Phối hợp", ""]
    assert table_rows(one_a_line(upper + lower, TASK_ROWS), "txt") == []


def test_a_header_with_blank_cells_that_span_nothing_is_no_table() -> None:
    upper = ["STT", "Chỉ tiêu", "", "Giai đoạn 2026 - 2030", ""]
    text = one_a_line([*upper, "Năm 2026", "Năm 2030"], [["1", "Diện tích", "ha", "12", "15"]])
    assert table_rows(text, "txt") == []


def test_a_cell_wrapped_over_two_lines_is_one_cell() -> None:
    text = blank_between(TASK_HEADER, TASK_ROWS).replace(
        "Rà soát hiện trạng kênh mương nội đồng", "Rà soát hiện trạng\nkênh mương nội đồng"
    )
    rows = table_rows(text)
    assert rows[1][1] == "Rà soát hiện trạng kênh mương nội đồng"
    assert len(rows) == 4


def test_bold_header_cells_of_markdown_are_read_without_their_marks() -> None:
    text = blank_between([f"**{cell}**" for cell in TASK_HEADER], TASK_ROWS)
    assert table_rows(text)[0] == tuple(TASK_HEADER)


def test_a_row_whose_paragraphs_no_cue_places_keeps_its_task_and_time_only() -> None:
    """A cell of two paragraphs that say nothing of going on (two names, each opening with a
    capital) gives the row a cell too many: which cell the extra one belongs to nothing tells,
    so the row keeps its number, task and time (its last cell), its role cells empty and marked
    unplaced (no merged cell), and the paragraphs between are no text of the body either."""
    text = one_a_line(TASK_HEADER, TASK_ROWS).replace(
        "Hội Nông dân\n", "Hội Nông dân\nHội Phụ nữ\n"
    )
    unplaced = (TASK_ROWS[1][0], TASK_ROWS[1][1], "", "", TASK_ROWS[1][-1])
    assert table_rows(text, "txt") == [
        tuple(TASK_HEADER),
        tuple(TASK_ROWS[0]),
        unplaced,
        tuple(TASK_ROWS[2]),
    ]
    raw = read_text_bytes(text.encode(), "txt")
    assert "Hội Phụ nữ" not in [line.text for line in raw.lines]
    marked = [line.cells for line in raw.lines if Hint.UNPLACED_CELLS in line.hints]
    assert marked == [unplaced]


@pytest.mark.parametrize("layout", [blank_between, one_a_line], ids=["blank between", "a line"])
def test_a_cell_of_several_paragraphs_that_go_on_is_one_cell(layout: object) -> None:
    """Paragraphs of one cell that say they go on (a list of units each ending with `;`, a
    paragraph in lower case, a note in parentheses) make the row count out again; the last row
    is read only when none of its paragraphs goes on (where it ends is known by no number)."""
    rows = [
        ["1", "Mở lớp tập huấn", "Trạm Khuyến nông", "Hội Nông dân;", "Hội Phụ nữ", "Tháng 8/2026"],
        [
            "2",
            "Sơ kết",
            "việc thực hiện kế hoạch",
            "(theo mẫu)",
            "Văn phòng",
            "Công an xã",
            "Quý IV",
        ],
        ["3", "Tổng kết", "Văn phòng", "Phòng Kinh tế;", "Công an xã", "Tháng 12/2026"],
    ]
    text = layout(TASK_HEADER, rows)  # type: ignore[operator]
    assert table_rows(text, "txt")[1:] == [
        ("1", "Mở lớp tập huấn", "Trạm Khuyến nông", "Hội Nông dân; Hội Phụ nữ", "Tháng 8/2026"),
        ("2", "Sơ kết việc thực hiện kế hoạch; (theo mẫu)", "Văn phòng", "Công an xã", "Quý IV"),
    ]


def test_a_last_row_missing_a_cell_does_not_take_the_text_after_it() -> None:
    rows = [*TASK_ROWS[:2], ["3", "Sơ kết, báo cáo kết quả", "Văn phòng HĐND và UBND", "Tháng 12"]]
    text = blank_between(TASK_HEADER, rows)
    assert table_rows(text) == [tuple(row) for row in [TASK_HEADER, *TASK_ROWS[:2]]]
    raw = read_text_bytes(text.encode(), "md")
    assert AFTER.split("\n")[0] in [line.text for line in raw.lines]


def test_a_merged_cell_leaves_its_row_as_text() -> None:
    """A lead cell merged over two rows prints in the first: the second has one cell fewer, and
    is left as text; the row after it counts out again."""
    rows = [TASK_ROWS[0], ["2", "Mở lớp tập huấn", "Hội Nông dân", "Tháng 8/2026"], TASK_ROWS[2]]
    text = one_a_line(TASK_HEADER, rows)
    assert table_rows(text, "txt") == [
        tuple(row) for row in [TASK_HEADER, TASK_ROWS[0], TASK_ROWS[2]]
    ]
    raw = read_text_bytes(text.encode(), "txt")
    assert "Mở lớp tập huấn" in [line.text for line in raw.lines]


@pytest.mark.parametrize(
    "text",
    [
        # a header cell naming no column
        blank_between(["TT", "Nhiệm vụ", "Ghi nhớ riêng", "Thời gian"], TASK_ROWS),
        # numbers alone with no header over them
        "Các bước:\n\n1\n\nChuẩn bị hồ sơ\n\n2\n\nNộp hồ sơ\n\n3\n\nNhận kết quả\n",
        # a header with no row numbered 1 under it
        "TT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nHoàn thành trong năm.\n",
    ],
    ids=["header cell naming no column", "no header", "no first row"],
)
def test_no_table_where_the_header_or_the_numbers_do_not_say_so(text: str) -> None:
    assert table_rows(text) == []


PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN PHONG

Số: 21/KH-UBND

Tân Phong, ngày 5 tháng 3 năm 2026

KẾ HOẠCH

Thủy lợi nội đồng năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Chủ động nguồn nước tưới cho sản xuất.

II. TỔ CHỨC THỰC HIỆN

{table}
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Bình
"""


@pytest.mark.parametrize(
    ("table", "name"),
    [
        (blank_between(TASK_HEADER, TASK_ROWS), "plan.md"),
        (one_a_line(TASK_HEADER, TASK_ROWS), "plan.txt"),
    ],
    ids=["blank lines between cells", "one cell a line"],
)
def test_a_plan_with_a_flattened_task_table_reads_its_units_and_deadlines(
    table: str, name: str
) -> None:
    plan = parse_bytes(PLAN.format(table=table).encode(), name)
    assert {(unit.name, unit.lead) for unit in plan.units} >= {
        ("Phòng Kinh tế", True),
        ("Công an xã", False),
        ("Trạm Khuyến nông", True),
        ("Hội Nông dân", False),
        ("Văn phòng HĐND và UBND", True),
    }
    assert [(d.text, d.kind) for d in plan.deadlines] == [
        ("Quý II/2026", "range"),
        ("Tháng 8/2026", "date"),
        ("Tháng 12/2026", "date"),
    ]


def test_a_flattened_indicator_table_gives_one_target_per_row() -> None:
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"]
    rows = [
        ["1", "Diện tích lúa được tưới chủ động", "ha", "450"],
        ["2", "Tỷ lệ kênh mương được kiên cố hóa", "%", "65"],
    ]
    plan = parse_bytes(PLAN.format(table=blank_between(header, rows)).encode(), "plan.md")
    assert sorted((t.value, t.unit, t.year) for t in plan.targets) == [
        (65, "percent", 2026),
        (450, "count", 2026),  # `ha` is counted (corpus/ANNOTATION.md)
    ]


def test_parts_lettered_over_groups_whose_rows_are_numbered_by_the_group() -> None:
    """`A`, `B` part the groups, which number from `I` again in each part; a group's rows are
    numbered as its parts (`2.1` under `II`), and a row's parts once more (`2.1.1`)."""
    header = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"]
    rows = [
        ["A", "NHIỆM VỤ THƯỜNG XUYÊN", "", "", ""],
        ["I", "Tuyên truyền", "", "", ""],
        ["1.1", "Phát thanh chuyên mục", "Đài truyền thanh xã", "Các ấp", "Hằng tháng"],
        ["II", "Kiểm tra", "", "", ""],
        ["2.1", "Kiểm tra hồ sơ", "Phòng Văn hóa", "Công an xã", "Quý III/2026"],
        ["2.1.1", "Hồ sơ năm 2025", "Phòng Văn hóa", "Văn phòng", "Tháng 7/2026"],
        ["2.2", "Kiểm tra thực địa", "Phòng Kinh tế", "Các ấp", "Quý IV/2026"],
        ["B", "NHIỆM VỤ TRỌNG TÂM", "", "", ""],
        ["I", "Đầu tư", "", "", ""],
        ["1.1", "Nâng cấp trạm bơm", "Ban Quản lý dự án", "Hợp tác xã", "Năm 2027"],
    ]
    named_alone = blank_between(header, rows).replace("\n\n\u00a0", "")
    assert table_rows(named_alone) == [
        tuple(header),
        *(tuple(row) for row in rows),
    ]


def test_a_letter_out_of_turn_numbers_no_row() -> None:
    """The row before it does not count out (no number follows it) and is left as text, as
    is the lettered one; the table goes on at the next row that follows."""
    header = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện"]
    rows = [
        ["1", "Phát thanh chuyên mục", "Đài truyền thanh xã", "Hằng tháng"],
        ["B", "Nâng cấp trạm bơm", "Ban Quản lý dự án", "Năm 2027"],  # no `A` before it
        ["2", "Kiểm tra hồ sơ", "Phòng Văn hóa", "Quý III/2026"],
    ]
    assert table_rows(blank_between(header, rows)) == [tuple(header), tuple(rows[2])]


def printed_cells(header: list[str], rows: list[list[str]]) -> str:
    """Cells set apart by blank lines, the empty ones lost (as a page pasted into Word or its
    print gives them: an empty cell is no paragraph)."""
    cells = [cell for row in [header, *rows] for cell in row if cell]
    return "\n\n".join([BEFORE, *cells, AFTER]) + "\n"


def test_a_header_of_two_rows_its_blanks_lost_years_under_a_span_and_rows_over_dashed_ones() -> (
    None
):
    """The spanning cell's blanks lost, the header prints its upper row's cells, the span of
    years last, then the years under it; a row naming the rows under it prints its number and
    name alone when dashed rows follow."""
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Giai đoạn 2026 - 2028", "Năm 2026", "Năm 2028"]
    rows = [
        ["I", "TRỒNG TRỌT", "", "", ""],
        ["1", "Cây ăn quả", "", "", ""],
        ["-", "Diện tích trồng mới", "ha", "35", "60"],
        ["-", "Sản lượng", "tấn", "900", "1.400"],
        ["2", "Tỷ lệ diện tích được tưới chủ động", "%", "70", "85"],
    ]
    text = printed_cells(header, rows)
    upper = [*header[:4], ""]
    assert table_rows(text) == [
        tuple(upper),
        ("", "", "", *header[4:]),
        *(tuple(row) for row in rows),
    ]
    plan = parse_bytes(PLAN.format(table=text).encode(), "plan.md")
    assert sorted((t.value, t.year) for t in plan.targets) == [
        (35, 2026),
        (60, 2028),
        (70, 2026),
        (85, 2028),
        (900, 2026),
        (1400, 2028),
    ]


def test_a_row_named_alone_over_no_dashed_rows_does_not_count_out() -> None:
    header = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện"]
    rows = [
        ["1", "Phát thanh chuyên mục", "", ""],
        ["2", "Kiểm tra hồ sơ", "Phòng Văn hóa", "Quý III/2026"],
        ["3", "Sơ kết", "Văn phòng", "Tháng 12/2026"],
    ]
    assert table_rows(printed_cells(header, rows)) == [tuple(header), *map(tuple, rows[1:])]


YEARS_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028"]


def test_a_row_that_lost_cells_does_not_take_the_next_rows_number_and_name() -> None:
    """Two empty cells lost, the row's count of cells reaches the next row's number and name
    and a dashed row's `-` after them: a name in a column of figures says it does not count
    out; it is left as text, and the table goes on at the next row."""
    rows = [
        ["1", "Lúa", "", "", "", ""],
        ["-", "Diện tích", "ha", "120", "125", "130"],
        ["-", "Sản lượng", "tấn", "700", "", ""],
        ["2", "Ngô", "", "", "", ""],
        ["-", "Diện tích", "ha", "50", "55", "60"],
    ]
    assert table_rows(printed_cells(YEARS_HEADER, rows)) == [
        tuple(YEARS_HEADER),
        *(tuple(row) for row in rows[:2]),
        *(tuple(row) for row in rows[3:]),
    ]


def test_a_dashed_row_under_a_row_left_as_text_is_left_as_text() -> None:
    """The row naming it lost its number: the dashed row under it does not go on the table,
    where it would read as a part of the named row before."""
    rows = [
        ["1", "Lúa", "", "", "", ""],
        ["-", "Diện tích", "ha", "120", "125", "130"],
        ["2", "Ngô", "", "", "", ""],
        ["-", "Diện tích", "ha", "50", "55", "60"],
    ]
    text = printed_cells(YEARS_HEADER, rows).replace("\n\n2\n\n", "\n\n")
    assert all(row[1] != "Diện tích" or row[3] != "50" for row in table_rows(text))


def _word_of(text: str) -> bytes:
    """A Word file printing each line of `text` as a paragraph of its own (blank lines left
    out): a table printed one cell a paragraph, as a copied page or a renderer sets it."""
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    return docx_bytes(document)


def test_a_word_file_printing_a_table_one_cell_a_paragraph_reads_its_units_and_deadlines(
    tmp_path: Path,
) -> None:
    word = _word_of(PLAN.format(table=one_a_line(TASK_HEADER, TASK_ROWS)))
    plan = parse_bytes(word, "plan.docx")
    assert {(unit.name, unit.lead) for unit in plan.units} >= {
        ("Phòng Kinh tế", True),
        ("Công an xã", False),
        ("Trạm Khuyến nông", True),
        ("Hội Nông dân", False),
        ("Văn phòng HĐND và UBND", True),
    }
    assert [d.text for d in plan.deadlines] == ["Quý II/2026", "Tháng 8/2026", "Tháng 12/2026"]
    # its print: the PDF reader may join two short cells into one paragraph, or a page break
    # may cut a row: those rows do not count out and give nothing, the others their cells
    source = tmp_path / "plan.docx"
    source.write_bytes(word)
    printed = parse_bytes(soffice_convert(source, "pdf", tmp_path).read_bytes(), "plan.pdf")
    found = [d.text for d in printed.deadlines]
    assert "Tháng 8/2026" in found
    assert set(found) <= {"Quý II/2026", "Tháng 8/2026", "Tháng 12/2026"}
    assert ("Trạm Khuyến nông", True) in {(unit.name, unit.lead) for unit in printed.units}


NOTED_HEADER = [*TASK_HEADER, "Ghi chú"]


def test_a_row_whose_last_cells_are_empty_counts_out_with_them_blank() -> None:
    """An empty cell prints nothing: a row whose last cells (a note, a product) are empty
    counts a cell or two short, and the next row's number follows it: its cells are read
    with the last ones blank. A row that lost a middle cell (the next column's cell printed
    under it: a time where units stand) stays text."""
    rows = [
        [*TASK_ROWS[0], "Đã giao vốn"],
        [*TASK_ROWS[1], ""],
        ["3", "Kiểm tra cuối vụ", "Phòng Kinh tế", "", "Tháng 10/2026", ""],
        ["4", *TASK_ROWS[2][1:], "Báo cáo UBND huyện"],
    ]
    cells = [cell for row in [NOTED_HEADER, *rows] for cell in row if cell]
    text = "\n\n".join([BEFORE, *cells, AFTER]) + "\n"
    assert table_rows(text) == [
        tuple(NOTED_HEADER),
        tuple(rows[0]),
        tuple(rows[1]),
        tuple(rows[3]),
    ]
    raw = read_text_bytes(text.encode(), "md")
    assert "Kiểm tra cuối vụ" in [line.text for line in raw.lines]


def test_a_task_header_over_two_columns_reads_rows_one_cell_longer() -> None:
    """The task's header may span two columns (the group of work, then its detail): the rows
    print one cell more than the header, and count out under it with the second column's header
    blank; the time column keeps its header, so each row's deadline is read."""
    header = [
        "TT",
        "Nội dung công việc",
        "Số ngày chậm nhất trước ngày bầu cử",
        "Ngày chậm nhất phải hoàn thành",
    ]
    rows = [
        ["1", "Triển khai ở xã", "Mở hội nghị triển khai công tác bầu cử", "60 ngày", "15/01/2026"],
        [
            "2",
            "Lập danh sách cử tri",
            "Niêm yết danh sách cử tri tại các thôn",
            "40 ngày",
            "03/02/2026",
        ],
        ["3", "Tổng kết", "Báo cáo kết quả bầu cử về Ủy ban bầu cử", "10 ngày", "25/3/2026"],
    ]
    text = blank_between(header, rows)
    spanned = (header[0], header[1], "", *header[2:])
    assert table_rows(text) == [spanned, *[tuple(row) for row in rows]]
    assert deadline_days(text) == ["2026-01-15", "2026-02-03", "2026-03-25"]


ELECTION_HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Ngày hoàn thành"]
ELECTION_ROWS = [
    ["1", "Họp triển khai công tác bầu cử", "Văn phòng HĐND và UBND", "15/01/2026"],
    ["2", "Lập danh sách cử tri", "Công an xã", "03/02/2026"],
]


def test_a_stray_empty_cell_and_a_last_row_of_several_paragraphs_are_read() -> None:
    """A page may print an empty paragraph after a row's last cell (`&nbsp;`): the row counts
    out without it. The last row's cell of two paragraphs that go on is one cell, its row read
    when its last cell is like its column's above (a date, a note in brackets after it)."""
    cells = [
        *ELECTION_HEADER,
        *ELECTION_ROWS[0],
        *ELECTION_ROWS[1],
        "",
        "3",
        "Niêm yết danh sách cử tri",
        "Các thôn;",
        "Tổ dân phố",
        "08/02/2026 (Chủ nhật)",
    ]
    text = "\n\n".join([BEFORE, *[cell or "\u00a0" for cell in cells], AFTER]) + "\n"
    last = ("3", "Niêm yết danh sách cử tri", "Các thôn; Tổ dân phố", "08/02/2026 (Chủ nhật)")
    assert table_rows(text) == [
        tuple(ELECTION_HEADER),
        *[tuple(row) for row in ELECTION_ROWS],
        last,
    ]
    assert deadline_days(text) == ["2026-01-15", "2026-02-03", "2026-02-08"]


TIMED_HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"]
TIMED_ROW = ["1", "Họp triển khai", "Văn phòng", "Tháng 1/2026"]
LAST_TIMED_ROW = ["3", "Tổng kết", "Văn phòng", "Tháng 3/2026"]


@pytest.mark.parametrize(
    ("rows", "read", "left"),
    [
        # two paragraphs of a task that say nothing of going on, an empty time, a stray cell:
        # the row's last cell would be a unit's name under times (the row after it is read)
        (
            [["2", "Lập danh sách", "Rà soát cử tri", "Công an xã", "", ""], LAST_TIMED_ROW],
            [LAST_TIMED_ROW],
            "Rà soát cử tri",
        ),
        # the last row, its paragraphs going on, lost its time: it would end on the body's
        # sentence, no figure under times that all print one
        ([["2", "Niêm yết danh sách", "Các thôn;", "Tổ dân phố"]], [], "Tổ dân phố"),
    ],
    ids=["stray cell after a row that lost its time", "last row that lost its time"],
)
def test_a_row_of_several_paragraphs_unlike_its_columns_stays_text(
    rows: list[list[str]], read: list[list[str]], left: str
) -> None:
    after = "Ủy ban nhân dân xã tổ chức."
    cells = [cell or "\u00a0" for row in [TIMED_HEADER, TIMED_ROW, *rows] for cell in row]
    text = "\n\n".join([BEFORE, *cells, after]) + "\n"
    assert table_rows(text) == [tuple(row) for row in [TIMED_HEADER, TIMED_ROW, *read]]
    lines = [line.text for line in read_text_bytes(text.encode(), "md").lines]
    assert {left, after} <= set(lines)
