"""A task table in each shape real plans print one, read alike: the table (our own wording) is
laid out in several ways (one header row or two with a spanning `Đơn vị thực hiện`, group rows,
the header printed again after a page break, no `TT` column, a `Ghi chú` column, the time
column before the units, several units in a cell split by `;` or a break, the table's title in
a row across it above the header) and printed by each
converter: a GitHub pipe table (with or without its delimiter row, under an empty header row,
with bold header cells), the converted pages' table with a bar alone between cells, the bars
standing at the ends of the cells' lines (`Cơ quan chủ trì |`, a row opened by a bar alone or
on its first cell's line), a whole row a line with no delimiter row, Word (merged cells, a
header row repeated) and its PDF. Each reads the same units, tasks and deadlines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from files_helpers import docx_bytes, soffice_convert
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes
from table_outline import table_outline

HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH MINH

Số: 112/KH-UBND

Bình Minh, ngày 20 tháng 2 năm 2026

KẾ HOẠCH
Phòng, chống thiên tai năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Chủ động ứng phó, giảm thiệt hại về người và tài sản.

II. NHIỆM VỤ CỤ THỂ

"""
TAIL = """

III. TỔ CHỨC THỰC HIỆN

Các cơ quan triển khai theo phân công tại Kế hoạch này.

Trên đây là Kế hoạch của UBND tỉnh Bình Minh.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""

# number, task, lead, cooperating, time: every time cell as ANNOTATION.md lists them
ROWS = [
    (
        "1",
        "Rà soát phương án ứng phó bão",
        "Sở Nông nghiệp và Môi trường",
        "Công an tỉnh; Sở Xây dựng",
        "Quý II/2026",
    ),
    ("2", "Diễn tập cứu hộ cứu nạn", "Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế", "Tháng 6/2026"),
    ("3", "Nâng cấp hồ chứa nước", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Năm 2026"),
    ("4", "Tập huấn kỹ năng cho cộng đồng", "Sở Giáo dục và Đào tạo", "Sở Y tế", "2026"),
    ("5", "Xây dựng bản đồ ngập lụt", "Sở Xây dựng", "Sở Tài chính", "Trước 30/6/2026"),
    ("6", "Kiểm tra đê điều", "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Trong năm 2026"),
    ("7", "Mua sắm trang thiết bị", "Sở Tài chính", "Sở Y tế", "6 tháng đầu năm 2026"),
    ("8", "Tuyên truyền mùa mưa bão", "Sở Xây dựng", "Sở Y tế", "Tháng 3-6/2026"),
]
TASKS = [
    (
        "Rà soát phương án ứng phó bão",
        ["Sở Nông nghiệp và Môi trường"],
        ["Công an tỉnh", "Sở Xây dựng"],
    ),
    ("Diễn tập cứu hộ cứu nạn", ["Bộ Chỉ huy Quân sự tỉnh"], ["Sở Y tế"]),
    ("Nâng cấp hồ chứa nước", ["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"]),
    ("Tập huấn kỹ năng cho cộng đồng", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]),
    ("Xây dựng bản đồ ngập lụt", ["Sở Xây dựng"], ["Sở Tài chính"]),
    ("Kiểm tra đê điều", ["Sở Nông nghiệp và Môi trường"], ["Công an tỉnh"]),
    ("Mua sắm trang thiết bị", ["Sở Tài chính"], ["Sở Y tế"]),
    ("Tuyên truyền mùa mưa bão", ["Sở Xây dựng"], ["Sở Y tế"]),
]
DEADLINES = [
    ("range", "2026-04-01", "2026-06-30", "Quý II/2026"),
    ("date", "2026-06", None, "Tháng 6/2026"),
    ("year", "2026", None, "Năm 2026"),
    ("year", "2026", None, "2026"),
    ("date", "2026-06-30", None, "Trước 30/6/2026"),
    ("year", "2026", None, "Trong năm 2026"),
    ("range", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"),
    ("range", "2026-03", "2026-06", "Tháng 3-6/2026"),
]
UNITS = {
    ("Sở Nông nghiệp và Môi trường", True),
    ("Bộ Chỉ huy Quân sự tỉnh", True),
    ("Sở Giáo dục và Đào tạo", True),
    ("Sở Xây dựng", True),
    ("Sở Tài chính", True),
    ("Công an tỉnh", False),
    ("Sở Y tế", False),
}


@dataclass(frozen=True)
class Layout:
    """A table as printed on paper: its header rows and body rows, full width (`""` for an
    empty cell or one a spanning cell covers; `spans`: the header cells spanning the next)."""

    header: list[list[str]]
    rows: list[list[str]]
    group_rows: set[int] = field(default_factory=set)  # rows naming a group, one cell wide
    repeated: int | None = None  # the header printed again before this row (a page break)


def _plain(columns: list[int] | None = None, extra: str | None = None) -> Layout:
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    rows = [list(row) for row in ROWS]
    order = columns or list(range(len(header)))
    layout_header = [[header[i] for i in order]]
    layout_rows = [[row[i] for i in order] for row in rows]
    if extra is not None:
        layout_header[0].append(extra)
        layout_rows = [[*row, ""] for row in layout_rows]
    return Layout(layout_header, layout_rows)


def _two_row_header() -> Layout:
    header = [
        ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành"],
        ["", "", "Chủ trì", "Phối hợp", ""],
    ]
    return Layout(header, [list(row) for row in ROWS])


def _grouped() -> Layout:
    rows = [list(row) for row in ROWS]
    rows.insert(4, ["II", "Nhiệm vụ thường xuyên", "", "", ""])
    rows.insert(0, ["I", "Nhiệm vụ trọng tâm", "", "", ""])
    return Layout(_plain().header, rows, group_rows={0, 5})


def _broken_cells() -> Layout:
    rows = [list(row) for row in ROWS]
    rows[0][3] = "Công an tỉnh<br>Sở Xây dựng"
    return Layout(_plain().header, rows)


def _title_row() -> Layout:
    """The table's title printed in its first row, across it, above the header."""
    title = ["DANH MỤC NHIỆM VỤ NĂM 2026", "", "", "", ""]
    return Layout([title, *_plain().header], [list(row) for row in ROWS])


def _repeated_header() -> Layout:
    return Layout(_plain().header, [list(row) for row in ROWS], repeated=4)


LAYOUTS: dict[str, Callable[[], Layout]] = {
    "plain": _plain,
    "two-row-header": _two_row_header,
    "group-rows": _grouped,
    "break-in-a-cell": _broken_cells,
    "header-again-after-a-page-break": _repeated_header,
    "no-number-column": lambda: _plain([1, 2, 3, 4]),
    "note-column": lambda: _plain(extra="Ghi chú"),
    "time-before-units": lambda: _plain([0, 1, 4, 2, 3]),
    "title-row-above-the-header": _title_row,
}


def _printed_rows(layout: Layout) -> list[tuple[list[str], str]]:
    """The rows top to bottom, each with what it is: `header`, `group` or `body`."""
    rows = [(row, "header") for row in layout.header]
    for index, row in enumerate(layout.rows):
        if index == layout.repeated:
            rows.extend((again, "header") for again in layout.header)
        rows.append((row, "group" if index in layout.group_rows else "body"))
    return rows


def gfm(layout: Layout, delimiter: bool = True, empty_head: bool = False) -> str:
    """A GitHub pipe table: a line a row, breaks as `<br>`."""
    width = len(layout.header[0])
    lines = [f"| {' | '.join(row)} |" for row, _ in _printed_rows(layout)]
    if empty_head:
        lines.insert(0, "|" + " |" * width)
    if delimiter:
        lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines) + "\n"


def bars(layout: Layout, empty: str = "") -> list[str]:
    """The converted pages' table: a bar alone before each cell and at a row's end, one more for
    an empty body cell (or a line of `empty`: a page's `&nbsp;`); a spanning header cell and a
    group row's span print none; a break is a line of its own."""
    lines: list[str] = []
    for row, kind in _printed_rows(layout):
        cells = {"header": [cell for cell in row if cell], "group": row[:2]}.get(kind, row)
        for cell in cells:
            lines.append("|")
            lines.extend(cell.replace("<br>", "\n").splitlines() or ([empty] if empty else []))
        lines.append("|")
    return lines


def bars_plan(layout: Layout, empty: str = "") -> str:
    return "\n".join(bars(layout, empty)) + "\n"


def edge_bars(layout: Layout, opening_alone: bool = True) -> str:
    """The bars at the ends of the cells' lines (`Cơ quan chủ trì |`): each cell's last line
    takes the bar after it; a row opens with a bar alone, or on its first cell's line."""
    out: list[str] = []
    for line in bars(layout):
        if line == "|" and out and not out[-1].endswith("|"):
            out[-1] += " |"
        elif not opening_alone and out and out[-1] == "|" and line != "|":
            out[-1] = f"| {line}"
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def row_a_line(layout: Layout) -> str:
    """A whole row a line, no opening bar, no delimiter row (`TT | Nhiệm vụ | ... |`)."""
    return "\n".join(f"{' | '.join(row)} |" for row, _ in _printed_rows(layout)) + "\n"


def _check(plan: Plan) -> None:
    units, tasks, deadlines = table_outline(plan)
    assert tasks == TASKS
    assert deadlines == DEADLINES
    assert units == UNITS


PRINTERS: dict[str, Callable[[Layout], str]] = {
    "gfm": gfm,
    "bars": bars_plan,
    "edge-bars": edge_bars,
}


@pytest.mark.parametrize("printer", list(PRINTERS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_layout_reads_alike_in_each_markdown_form(layout: str, printer: str) -> None:
    table = PRINTERS[printer](LAYOUTS[layout]())
    _check(parse_bytes((HEAD + table + TAIL).encode(), "plan.md"))


@pytest.mark.parametrize(
    "make",
    [
        lambda: gfm(_plain(), delimiter=False),
        lambda: gfm(_plain(), delimiter=True, empty_head=True),
        lambda: gfm(Layout([[f"**{cell}**" for cell in _plain().header[0]]], _plain().rows)),
        lambda: edge_bars(_plain(), opening_alone=False),
        lambda: row_a_line(_plain()),
        lambda: bars_plan(_plain([1, 2, 3, 4], extra="Ghi chú"), empty="\u00a0"),
        lambda: "\n".join(line for line in edge_bars(_plain()).split("\n") if line != "|"),
    ],
    ids=[
        "pipe-no-delimiter",
        "pipe-empty-header-row",
        "pipe-bold-header",
        "edge-bar-opening-a-row",
        "a-row-a-line",
        "bars-an-empty-cell-a-space",
        "edge-bars-rows-opened-by-nothing",
    ],
)
def test_each_form_of_a_plain_table_reads_alike(make: Callable[[], str]) -> None:
    _check(parse_bytes((HEAD + make() + TAIL).encode(), "plan.md"))


def word(layout: Layout, filler: int = 0, whole_rows: bool = True) -> bytes:
    """The table as a Word table: a header cell spanning columns merged across them (gridSpan),
    one spanning rows merged down (vMerge), a group row's name merged over the row; the header
    rows marked to repeat on each page, the others kept whole on one (unless not `whole_rows`).
    `filler` paragraphs before it push it to a page's end."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for text in HEAD.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    for _ in range(filler):
        document.add_paragraph("Chủ động ứng phó, giảm thiệt hại về người và tài sản.")
    rows = [*layout.header, *layout.rows]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            parts = text.split("<br>")
            cell = table.cell(r, c)
            cell.text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)
    titles = [r for r, row in enumerate(layout.header) if sum(1 for text in row if text) == 1]
    for r in titles:  # a title across the table
        table.cell(r, 0).merge(table.cell(r, len(rows[0]) - 1))
    if len(layout.header) - len(titles) > 1:  # a spanning header over the cells below it
        top, below = layout.header[-2:]
        at = len(layout.header) - 2
        for c, text in enumerate(top):
            if text and c + 1 < len(top) and not top[c + 1] and below[c + 1]:
                table.cell(at, c).merge(table.cell(at, c + 1))
            elif text and not below[c]:
                table.cell(at, c).merge(table.cell(at + 1, c))
    for r in layout.group_rows:
        at = len(layout.header) + r
        table.cell(at, 1).merge(table.cell(at, len(rows[0]) - 1))
    for r, row in enumerate(table.rows):
        if r >= len(layout.header) and not whole_rows:
            continue
        mark = OxmlElement("w:tblHeader" if r < len(layout.header) else "w:cantSplit")
        mark.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(mark)
    for text in TAIL.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    return docx_bytes(document)


@pytest.mark.parametrize(
    "layout",
    ["plain", "two-row-header", "group-rows", "time-before-units", "title-row-above-the-header"],
)
def test_each_layout_reads_alike_as_a_word_table(layout: str) -> None:
    _check(parse_bytes(word(LAYOUTS[layout]()), "plan.docx"))


def test_a_pdf_table_whose_header_repeats_after_a_page_break_reads_alike(tmp_path: Path) -> None:
    """LibreOffice sets the Word table over two pages, its two header rows printed again at the
    top of the second."""
    path = tmp_path / "plan.docx"
    path.write_bytes(word(_two_row_header(), filler=36))
    pdf = soffice_convert(path, "pdf", tmp_path)
    plan = parse_bytes(pdf.read_bytes(), pdf.name, with_lines=True)
    assert plan.lines is not None
    assert sum("Phối hợp" in line.text for line in plan.lines) == 2  # the header, twice
    units, tasks, deadlines = table_outline(plan)
    assert (units, tasks) == (UNITS, TASKS)
    # a cell's line broken at its dash (`Tháng 3-` / `6/2026`) is joined with a space
    assert [(*d[:3], d[3].replace("- ", "-")) for d in deadlines] == DEADLINES


INDICATORS = Layout(
    [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]],
    [
        ["1", "Tỷ lệ hộ dân có nhà chống lũ", "%", "62", "70"],
        ["2", "Diện tích rừng phòng hộ ven biển trồng mới", "ha", "35", "40"],
        ["3", "Số công trình thủy lợi được nâng cấp", "công trình", "8", "12"],
    ],
)


@pytest.mark.parametrize(
    "make",
    [
        gfm,
        bars_plan,
        edge_bars,
        row_a_line,
        lambda layout: "\n".join(line for line in edge_bars(layout).split("\n") if line != "|"),
    ],
    ids=["gfm", "bars", "edge-bars", "a-row-a-line", "edge-bars-rows-opened-by-nothing"],
)
def test_an_indicator_table_reads_alike_in_each_markdown_form(
    make: Callable[[Layout], str],
) -> None:
    """One target per row for the planned year, in the unit printed; the column of the year
    before (`Ước thực hiện`) gives none."""
    plan = parse_bytes((HEAD + make(INDICATORS) + TAIL).encode(), "plan.md")
    assert [(t.indicator, t.value, t.unit, t.year) for t in plan.targets] == [
        ("Tỷ lệ hộ dân có nhà chống lũ", 70, "percent", 2026),
        ("Diện tích rừng phòng hộ ven biển trồng mới", 40, "count", 2026),
        ("Số công trình thủy lợi được nâng cấp", 12, "count", 2026),
    ]


def test_a_row_the_page_breaks_gives_no_deadline_from_half_its_time_cell(tmp_path: Path) -> None:
    """Row 7's cells run over the page break, their rest printed under the repeated header with
    no number (`6 tháng đầu` / `năm 2026`): the two parts are one row, whose time cell, cut in
    two, gives no deadline (before: a false `year` from its second half)."""
    path = tmp_path / "plan.docx"
    path.write_bytes(word(_two_row_header(), filler=32, whole_rows=False))
    pdf = soffice_convert(path, "pdf", tmp_path)
    plan = parse_bytes(pdf.read_bytes(), pdf.name, with_lines=True)
    assert plan.lines is not None
    rest = [line.text for line in plan.lines if line.text.startswith("| trang thiết bị")]
    assert rest == ["| trang thiết bị | | | năm 2026"]  # the page broke row 7
    units, _, deadlines = table_outline(plan)
    assert units == UNITS
    expected = [d for d in DEADLINES if d[3] != "6 tháng đầu năm 2026"]
    assert [(*d[:3], d[3].replace("- ", "-")) for d in deadlines] == expected


def test_a_header_printed_again_shifted_one_column_left_is_no_row() -> None:
    """A converter that lost the numbering cell of the header printed again within the table
    (`Nhiệm vụ | Cơ quan chủ trì | ... |` from the first column): no task, no unit from it."""
    layout = _plain()
    rows = gfm(layout).splitlines()
    shifted = "| " + " | ".join([*layout.header[0][1:], ""]) + " |"
    table = "\n".join([*rows[:5], shifted, *rows[5:]]) + "\n"
    _check(parse_bytes((HEAD + table + TAIL).encode(), "plan.md"))


def test_a_one_column_table_of_bars_a_line_whose_rows_open_after_doubled_bars_is_read() -> None:
    """Bars on lines of their own around a single cell, then more bars than a row has cells
    (a converter doubled them): once an internal error (a cell placed past the row's end)."""
    table = "\n".join(["|", "**21.720.000**", "|", "|", "|", "1.000.000", "|"]) + "\n"
    plan = parse_bytes((HEAD + table + TAIL).encode(), "plan.md")
    assert plan.document.number == "112/KH-UBND"
    assert table_outline(plan)[0] == set()
