"""HTML tables in text files (read.text.html): a small plan whose header, indicator table, task
table and closing are printed as HTML tables, in each of the shapes converters print them, reads
as the same plan printed with GitHub pipe tables; merged cells read as the Word reader gives
them; every row cites the line of the file its text stands on."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from plan_extract.core.contract import Plan
from plan_extract.evaluate.variants import outline
from plan_extract.pipeline import parse_bytes
from plan_extract.read.model import Block, Hint
from plan_extract.read.text import TextBackend, read_text_bytes

Rows = list[list[str]]

HEADER: Rows = [
    [
        "ỦY BAN NHÂN DÂN<br>XÃ TÂN AN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc",
    ],
    ["Số: 27/KH-UBND", "Tân An, ngày 12 tháng 2 năm 2026"],
]
INDICATORS: Rows = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"],
    ["1", "Tỷ lệ nữ tham gia cấp ủy", "%", "30"],
    ["2", "Số lớp tập huấn kiến thức giới", "lớp", "4"],
]
TASKS: Rows = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    [
        "1",
        "Tổ chức tập huấn kiến thức về giới",
        "Văn phòng HĐND và UBND xã",
        "Hội Liên hiệp Phụ nữ xã",
        "Quý II/2026",
    ],
    ["2", "Rà soát số liệu nữ cán bộ", "Phòng Văn hóa - Xã hội", "Công an xã", "Tháng 9/2026"],
    ["3", "Biểu dương gia đình tiêu biểu", "Ủy ban Mặt trận Tổ quốc xã", "", "Tháng 11/2026"],
]
CLOSING: Rows = [
    [
        "Nơi nhận:<br>- UBND huyện;<br>- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Nguyễn Văn Bình",
    ],
]


def plan_text(table: Callable[[Rows], str]) -> str:
    """The plan, each of its four tables printed by `table`."""
    return "\n".join(
        [
            table(HEADER),
            "",
            "**KẾ HOẠCH**",
            "",
            "**Thực hiện công tác bình đẳng giới năm 2026**",
            "",
            "**I. MỤC TIÊU**",
            "",
            table(INDICATORS),
            "",
            "**II. NHIỆM VỤ VÀ GIẢI PHÁP**",
            "",
            table(TASKS),
            "",
            "**III. TỔ CHỨC THỰC HIỆN**",
            "",
            "Các đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.",
            "",
            table(CLOSING),
            "",
        ]
    )


def pipe(rows: Rows) -> str:
    lines = ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])


def _cells(row: list[str], tag: str = "td", attributes: str = "") -> str:
    return "".join(f"<{tag}{attributes}>{cell}</{tag}>" for cell in row)


def row_a_line(rows: Rows) -> str:
    return "\n".join(["<table>", *(f"<tr>{_cells(row)}</tr>" for row in rows), "</table>"])


def head_and_body(rows: Rows) -> str:
    return "\n".join(
        [
            "<table>",
            f"<thead><tr>{_cells(rows[0], 'th')}</tr></thead>",
            "<tbody>",
            *(f"<tr>{_cells(row)}</tr>" for row in rows[1:]),
            "</tbody>",
            "</table>",
        ]
    )


def with_attributes(rows: Rows) -> str:
    cell = ' width="20%" style="text-align: center; vertical-align: top"'
    return "\n".join(
        [
            '<table border="1" cellspacing="0" style="width:100%; border-collapse:collapse">',
            *(f'<tr style="height: 12pt">{_cells(row, "td", cell)}</tr>' for row in rows),
            "</table>",
        ]
    )


def one_line(rows: Rows) -> str:
    return "<table>" + "".join(f"<tr>{_cells(row)}</tr>" for row in rows) + "</table>"


def tag_a_line(rows: Rows) -> str:
    """As pandoc's gfm writer prints a table it cannot print with pipes: a tag a line,
    indented."""
    out = ["<table>", "  <tbody>"]
    for row in rows:
        out.append("    <tr>")
        for cell in row:
            out.extend(["      <td>", f"        {cell}", "      </td>"])
        out.append("    </tr>")
    return "\n".join([*out, "  </tbody>", "</table>"])


def paragraphs(rows: Rows) -> str:
    def cell(text: str) -> str:
        return "".join(f"<p>{part}</p>" for part in text.split("<br>") if part) or "<p></p>"

    return "\n".join(
        [
            "<table>",
            *("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in row) + "</tr>" for row in rows),
            "</table>",
        ]
    )


def emphasis(rows: Rows) -> str:
    marks = ("<strong>{}</strong>", "<b>{}</b>", "<em>{}</em>", "<i>{}</i>")

    def marked(index: int, text: str) -> str:
        return marks[index % len(marks)].format(text) if text else text

    return row_a_line([[marked(index, cell) for index, cell in enumerate(row)] for row in rows])


def entities(rows: Rows) -> str:
    def escaped(text: str) -> str:
        text = text.replace("Đ", "&#272;").replace("ư", "&#x1b0;").replace("Hạnh", "H&#7841;nh")
        return text.replace(" và ", "&nbsp;v&agrave; ") or "&nbsp;"

    return row_a_line([[escaped(cell) for cell in row] for row in rows])


SHAPES = {
    "row-a-line": row_a_line,
    "thead-tbody-th": head_and_body,
    "attributes": with_attributes,
    "one-line": one_line,
    "tag-a-line-indented": tag_a_line,
    "paragraphs": paragraphs,
    "emphasis": emphasis,
    "entities": entities,
}


def parsed(text: str, name: str = "plan.md") -> Plan:
    return parse_bytes(text.encode(), name)


@pytest.fixture(scope="module")
def pipe_outline() -> dict[str, object]:
    plan = parsed(plan_text(pipe))
    # the plan as pipe tables reads what it holds: these are what every shape must match
    assert plan.document.number == "27/KH-UBND"
    assert plan.document.signer is not None and plan.document.signer.name == "Nguyễn Văn Bình"
    assert len(plan.units) == 5 and len(plan.deadlines) == 3 and len(plan.targets) == 2
    return outline(plan)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", ["plan.md", "plan.txt"])
def test_each_shape_of_html_table_reads_as_the_pipe_tables(
    shape: str, name: str, pipe_outline: dict[str, object]
) -> None:
    assert outline(parsed(plan_text(SHAPES[shape]), name)) == pipe_outline


def test_crlf_line_ends_read_the_same(pipe_outline: dict[str, object]) -> None:
    text = plan_text(tag_a_line).replace("\n", "\r\n")
    assert outline(parsed(text)) == pipe_outline


def test_html_without_a_table_makes_a_text_file_markdown_and_a_plain_one_stays_text() -> None:
    backend = TextBackend()
    assert backend.recognise(plan_text(row_a_line).encode(), "txt") == "md"
    assert backend.recognise("Tỷ lệ <5% và >2%\nkhông có thẻ".encode(), "txt") == "txt"


def test_each_row_cites_the_line_its_text_stands_on() -> None:
    text = plan_text(tag_a_line)
    file_lines = text.split("\n")
    rows = [
        line for line in read_text_bytes(text.encode(), "md").lines if Hint.TABLE_ROW in line.hints
    ]
    assert len(rows) == len(INDICATORS) + len(TASKS)
    for row in rows:
        first = next(cell for cell in row.cells or () if cell)
        assert file_lines[row.source_line - 1].strip() == first


def test_a_one_line_table_gives_its_rows_on_that_line() -> None:
    text = "Bảng:\n\n" + one_line(TASKS) + "\nSau bảng."
    lines = read_text_bytes(text.encode(), "md").lines
    rows = [line for line in lines if Hint.TABLE_ROW in line.hints]
    assert [row.cells for row in rows] == [tuple(row) for row in TASKS]
    assert {row.source_line for row in rows} == {3}
    assert [line.text for line in lines if line.source_line == 4] == ["Sau bảng."]


def test_the_layout_tables_land_in_their_blocks() -> None:
    text = plan_text(tag_a_line)
    lines = read_text_bytes(text.encode(), "md").lines
    blocks = {block: [line.text for line in lines if line.block is block] for block in Block}
    assert blocks[Block.HEADER_LEFT] == ["ỦY BAN NHÂN DÂN", "XÃ TÂN AN", "Số: 27/KH-UBND"]
    assert blocks[Block.HEADER_RIGHT] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tân An, ngày 12 tháng 2 năm 2026",
    ]
    assert blocks[Block.FOOTER_LEFT] == ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."]
    assert blocks[Block.FOOTER_RIGHT] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình"]
    assert not any("<" in line.text for line in lines)


MERGED_HEADER = (
    '<table border="1">\n'
    '<tr><th rowspan="2">TT</th><th rowspan="2">Nhiệm vụ</th>'
    '<th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian hoàn thành</th></tr>\n'
    "<tr><th>Chủ trì</th><th>Phối hợp</th></tr>\n"
    '<tr><td><b>I</b></td><td colspan="4"><b>Nhiệm vụ chung</b></td></tr>\n'
)


def test_a_cell_spanning_columns_is_printed_once_in_its_first_column() -> None:
    text = (
        MERGED_HEADER
        + "<tr><td>1</td><td>Tổ chức tập huấn</td><td>Công an xã</td>"
        + "<td>Đoàn Thanh niên xã</td><td>Quý III/2026</td></tr>\n</table>\n"
    )
    rows = [line.cells for line in read_text_bytes(text.encode(), "md").lines if line.cells]
    assert rows == [
        ("TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành"),
        ("", "", "Chủ trì", "Phối hợp", ""),
        ("I", "Nhiệm vụ chung", "", "", ""),
        ("1", "Tổ chức tập huấn", "Công an xã", "Đoàn Thanh niên xã", "Quý III/2026"),
    ]


def test_a_cell_spanning_rows_is_printed_once_in_its_first_row() -> None:
    text = (
        "<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>\n"
        '<tr><td>1</td><td>Tập huấn</td><td rowspan="2">Công an xã</td><td>Quý I/2026</td></tr>\n'
        "<tr><td>2</td><td>Tuyên truyền</td><td>Quý II/2026</td></tr>\n"
        '<tr><td rowspan="2">3</td><td>Kiểm tra</td><td>Trạm Y tế xã</td>'
        '<td rowspan="2">Quý IV/2026</td></tr>\n'
        "<tr><td>Tổng kết</td><td>Văn phòng</td></tr></table>\n"
    )
    rows = [line.cells for line in read_text_bytes(text.encode(), "md").lines if line.cells]
    assert rows == [
        ("TT", "Nhiệm vụ", "Chủ trì", "Thời gian"),
        ("1", "Tập huấn", "Công an xã", "Quý I/2026"),
        ("2", "Tuyên truyền", "", "Quý II/2026"),
        ("3", "Kiểm tra", "Trạm Y tế xã", "Quý IV/2026"),
        ("", "Tổng kết", "Văn phòng", ""),
    ]


def _merged_plan(table: str) -> str:
    return plan_text(tag_a_line).replace(tag_a_line(TASKS), table)


def test_a_task_table_with_merged_cells_reads_as_the_same_table_unmerged() -> None:
    """`Đơn vị thực hiện` over `Chủ trì | Phối hợp`, a group row, a lead body merged over two
    tasks: the units and deadlines of the same table printed without merges."""
    merged = MERGED_HEADER + (
        '<tr><td>1</td><td>Tổ chức tập huấn kiến thức về giới</td><td rowspan="2">'
        "Văn phòng HĐND và UBND xã</td><td>Hội Liên hiệp Phụ nữ xã</td><td>Quý II/2026</td></tr>\n"
        "<tr><td>2</td><td>Rà soát số liệu nữ cán bộ</td><td>Công an xã</td>"
        "<td>Tháng 9/2026</td></tr>\n</table>"
    )
    flat = pipe(
        [
            ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],
            ["I", "Nhiệm vụ chung", "", "", ""],
            [
                "1",
                "Tổ chức tập huấn kiến thức về giới",
                "Văn phòng HĐND và UBND xã",
                "Hội Liên hiệp Phụ nữ xã",
                "Quý II/2026",
            ],
            [
                "2",
                "Rà soát số liệu nữ cán bộ",
                "Văn phòng HĐND và UBND xã",
                "Công an xã",
                "Tháng 9/2026",
            ],
        ]
    )
    html_plan, pipe_plan = parsed(_merged_plan(merged)), parsed(_merged_plan(flat))
    assert len(pipe_plan.units) == 3 and len(pipe_plan.deadlines) == 2
    for field in ("units", "deadlines", "targets", "header"):
        assert outline(html_plan)[field] == outline(pipe_plan)[field], field


def test_a_table_of_one_column_wraps_body_text() -> None:
    text = "<table><tr><td><p>I. MỤC TIÊU</p><p>Nâng cao nhận thức.</p></td></tr></table>\n"
    lines = read_text_bytes(text.encode(), "md").lines
    assert [line.text for line in lines if line.text] == ["I. MỤC TIÊU", "Nâng cao nhận thức."]
    assert not any(Hint.TABLE_ROW in line.hints for line in lines)


def test_a_table_inside_a_cell_gives_its_text_to_the_cell() -> None:
    text = (
        "<table><tr><td>1</td><td>Tập huấn</td><td><table><tr><td>Công an xã</td></tr>"
        "<tr><td>Trạm Y tế xã</td></tr></table></td></tr></table>\n"
    )
    rows = [line.cells for line in read_text_bytes(text.encode(), "md").lines if line.cells]
    assert rows == [("1", "Tập huấn", "Công an xã; Trạm Y tế xã")]


def test_nothing_is_read_from_scripts_styles_or_comments() -> None:
    text = plan_text(row_a_line).replace(
        "Các đơn vị triển khai",
        "<script>var giao = 'Giao Sở Tài chính chủ trì, hoàn thành trong Quý I/2026';</script>\n"
        "<style>td { color: red }</style>\n<!-- Sở Xây dựng chủ trì,\nhoàn thành tháng 5/2026 "
        "-->\nCác đơn vị triển khai",
    )
    plan = parsed(text)
    lines = read_text_bytes(text.encode(), "md").lines
    assert not any(re.search(r"Tài chính|Xây dựng|color|<|-->", line.text) for line in lines)
    assert not {unit.name for unit in plan.units} & {"Sở Tài chính", "Sở Xây dựng"}
    assert len(plan.deadlines) == 3


def word_html(rows: Rows) -> str:
    """As Word saves a table as HTML: capitals, unquoted attributes, a tag's attributes over two
    lines, `<p class=MsoNormal>` and `<span>` in each cell, `<o:p>`, Word's marked sections."""
    out = ["<TABLE class=MsoTableGrid border=1 cellspacing=0 cellpadding=0", " width=643>"]
    for row in rows:
        out.append("<TR style='mso-yfti-irow:0'>")
        for cell in row:
            parts = cell.split("<br>") or [""]
            paragraphs = "".join(
                f"<P class=MsoNormal align=center><![if !supportLists]><SPAN lang=VI\n"
                f"style='font-size:13.0pt'>{part or '&nbsp;'}<o:p></o:p></SPAN><![endif]></P>"
                for part in parts
            )
            out.append(f"  <TD width=120 valign=top>{paragraphs}</TD>")
        out.append("</TR>")
    return "\n".join([*out, "</TABLE>"])


def tabs_and_columns(rows: Rows) -> str:
    """Tab-indented, with the `<colgroup>` and row classes pandoc's HTML tables carry."""
    out = ["<table>", "\t<colgroup>", *("\t\t<col style='width: 20%' />" for _ in rows[0])]
    out += ["\t</colgroup>", "\t<thead>"]
    for index, row in enumerate(rows):
        kind = "header" if index == 0 else ("odd" if index % 2 else "even")
        out.append(f'\t\t<tr class="{kind}">')
        out.extend(f'\t\t\t<td style="text-align: left;">{cell}</td>' for cell in row)
        out.append("\t\t</tr>")
        if index == 0:
            out += ["\t</thead>", "\t<tbody>"]
    return "\n".join([*out, "\t</tbody>", "</table>"])


@pytest.mark.parametrize("shape", [word_html, tabs_and_columns], ids=lambda shape: shape.__name__)
def test_word_and_pandoc_html_read_as_the_pipe_tables(
    shape: Callable[[Rows], str], pipe_outline: dict[str, object]
) -> None:
    assert outline(parsed(plan_text(shape))) == pipe_outline


def test_a_word_in_angle_brackets_is_text() -> None:
    text = "<p>Ghi rõ <tên đơn vị> vào ô <b>trống</b>.</p>\n"
    lines = [line.text for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert lines == ["Ghi rõ <tên đơn vị> vào ô trống."]


def test_every_item_of_an_html_table_has_its_span_and_a_source_line_in_the_file() -> None:
    text = plan_text(row_a_line)
    file_lines = text.split("\n")
    plan = parse_bytes(text.encode(), "plan.md", with_lines=True)
    assert plan.lines is not None and plan.deadlines and plan.targets and plan.units

    def cited(line: int, span: tuple[int, int] | None) -> tuple[str, str]:
        assert plan.lines is not None and span is not None
        normalized = plan.lines[line - 1]
        return normalized.text[span[0] : span[1]], file_lines[normalized.source_lines[0] - 1]

    for item in [*plan.deadlines, *plan.targets]:
        words, source = cited(item.line, item.span)
        assert words == item.text and item.text in source  # the row's line holds its cells
    for unit in plan.units:
        for where in unit.occurrences:
            words, source = cited(where.line, where.span)
            assert words in unit.mentions and words in source
