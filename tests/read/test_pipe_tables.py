"""GitHub pipe tables in text files: one `TABLE_ROW` line per row with its cells, as a Word table
row; a layout table (issuer | motto, Nơi nhận | signature) in its blocks; text holding one is
Markdown whatever its name."""

from __future__ import annotations

from plan_extract.pipeline import parse_bytes
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.text import TextBackend, read_text_bytes

TABLE = """Phân công như sau:

| STT | Nội dung | Chủ trì |
|:---:|----------|--------:|
| 1 | **Rà soát** hồ sơ | Công an xã<br>Trạm Y tế xã |
| 2 | Lập danh sách \\| báo cáo | |
Văn bản tiếp theo.
"""


def test_each_row_is_one_table_line_with_its_cells() -> None:
    raw = read_text_bytes(TABLE.encode(), "md")
    rows = [line for line in raw.lines if Hint.TABLE_ROW in line.hints]
    assert [line.cells for line in rows] == [
        ("STT", "Nội dung", "Chủ trì"),
        ("1", "Rà soát hồ sơ", "Công an xã; Trạm Y tế xã"),  # a break joined as a paragraph
        ("2", "Lập danh sách | báo cáo", ""),  # an escaped bar stays in its cell
    ]
    assert [line.source_line for line in rows] == [3, 5, 6]  # the delimiter row gives none
    after = [line.text for line in raw.lines if line.source_line == 7]
    assert after == ["Văn bản tiếp theo."]  # a line without bars ends the table


def test_text_with_bars_but_no_delimiter_row_is_no_table() -> None:
    text = "Chủ trì | Phối hợp\nSở Nội vụ | Sở Tư pháp\n"
    raw = read_text_bytes(text.encode(), "md")
    assert not any(Hint.TABLE_ROW in line.hints for line in raw.lines)


def test_whole_rows_without_a_delimiter_row_are_the_same_table() -> None:
    """Rows each opening and closing with a bar, the delimiter row left out by the converter:
    the rows as with it (each its own line, the first the header); a run cut by a row of
    another width, or bars on the cells' own lines next to it, is edge_bars', not this."""
    with_delimiter = read_text_bytes(TABLE.encode(), "md")
    without = read_text_bytes(TABLE.replace("|:---:|----------|--------:|\n", "").encode(), "md")

    def rows(lines: list[RawLine]) -> list[tuple[tuple[str, ...] | None, int]]:
        return [(line.cells, line.source_line) for line in lines if Hint.TABLE_ROW in line.hints]

    assert [cells for cells, _ in rows(without.lines)] == [
        cells for cells, _ in rows(with_delimiter.lines)
    ]
    assert [number for _, number in rows(without.lines)] == [3, 4, 5]
    ragged = "| TT | Nội dung | Chủ trì |\n| 1 | Rà soát |\n"
    ragged_rows = rows(read_text_bytes(ragged.encode(), "md").lines)
    assert ragged_rows  # read as bars on the cells' own lines: one line a cell
    assert all(cells is not None and len(cells) == 1 for cells, _ in ragged_rows)


def test_a_text_file_holding_a_pipe_table_is_markdown() -> None:
    backend = TextBackend()
    assert backend.recognise(TABLE.encode(), "txt") == "md"
    assert backend.recognise(b"Ke hoach | nam 2026\nkhong co bang\n", "txt") == "txt"


def test_a_layout_table_goes_to_the_header_blocks() -> None:
    header = (
        "| ỦY BAN NHÂN DÂN<br>XÃ HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
        "Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
        "| Số: 45/KH-UBND | Hòa Bình, ngày 10 tháng 3 năm 2026 |\n\n"
    )
    raw = read_text_bytes(header.encode(), "md")
    blocks = [(line.block, line.text) for line in raw.lines if line.text]
    assert blocks == [
        (Block.HEADER_LEFT, "ỦY BAN NHÂN DÂN"),
        (Block.HEADER_LEFT, "XÃ HÒA BÌNH"),
        (Block.HEADER_LEFT, "Số: 45/KH-UBND"),
        (Block.HEADER_RIGHT, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (Block.HEADER_RIGHT, "Độc lập - Tự do - Hạnh phúc"),
        (Block.HEADER_RIGHT, "Hòa Bình, ngày 10 tháng 3 năm 2026"),
    ]
    plan = parse_bytes((header + "KẾ HOẠCH\nChuyển đổi số\n\nI. MỤC TIÊU\n").encode(), "a.md")
    document = plan.document
    assert (document.number, document.issuer) == ("45/KH-UBND", "Ủy ban nhân dân xã Hòa Bình")
    assert document.issued is not None and document.issued.iso == "2026-03-10"


def test_a_plan_converted_with_pipe_tables_reads_its_header_body_and_closing() -> None:
    """A Word plan as a converter prints it in Markdown: the header and the closing as two-column
    pipe tables (`<br>` between a cell's lines, bold marks), a task table in the body."""
    text = (
        "| ỦY BAN NHÂN DÂN<br>**XÃ HÒA BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 45/KH-UBND | *Hòa Bình, ngày 10 tháng 3 năm 2026* |\n\n"
        "**KẾ HOẠCH**\n\n**Triển khai chuyển đổi số năm 2026**\n\n"
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\nNâng cao hiệu quả quản lý.\n\n**II. NHIỆM VỤ**\n\n"
        "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Rà soát hạ tầng | Phòng Kinh tế | Công an xã | Quý II/2026 |\n\n"
        "Trên đây là Kế hoạch triển khai chuyển đổi số năm 2026 của UBND xã Hòa Bình.\n\n"
        "| ***Nơi nhận:***<br>- UBND tỉnh;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>"
        "**CHỦ TỊCH**<br><br>**Nguyễn Văn An** |\n|---|---|\n"
    )
    plan = parse_bytes(text.encode(), "plan.txt")
    document = plan.document
    assert (document.number, document.issuer, document.recipients) == (
        "45/KH-UBND",
        "Ủy ban nhân dân xã Hòa Bình",
        ["UBND tỉnh"],
    )
    assert document.signer is not None and document.signer.name == "Nguyễn Văn An"
    assert [section.title for section in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ"]
    assert {(unit.name, unit.lead) for unit in plan.units} == {
        ("Phòng Kinh tế", True),
        ("Công an xã", False),
    }
    assert [deadline.text for deadline in plan.deadlines] == ["Quý II/2026"]
