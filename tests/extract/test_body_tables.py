"""Task tables in the body (before the signature) read as appendix ones are, whatever prints them:
a GitHub pipe table (named .md or .txt), the converted pages' one-cell-a-line table, a Word
table, its rendering (corpus/render.py) as Word and as PDF. The table of these tests (our own
wording) carries the genre's conventions: a header over two rows whose spanning cell stands in
the middle (`Đơn vị thực hiện` over `Chủ trì | Phối hợp`), group rows (`I | Nhóm nhiệm vụ ...`),
item numbers `1`, `1.1`, `a`, `-`, several units in a cell (`,`, `;`, a break), a product
column, and time cells that are dates (`Quý III/2026`, `Tháng 9/2026`) or not (`Hằng năm`,
`Thường xuyên`, `2026-2030`)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from files_helpers import docx_bytes, soffice_convert
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes
from table_outline import table_outline

ROOT = Path(__file__).resolve().parents[2]

HEAD = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH

Số: 45/KH-UBND

Hòa Bình, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Triển khai chuyển đổi số giai đoạn 2026 - 2030

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao hiệu quả quản lý nhà nước trên địa bàn xã.

II. NHIỆM VỤ VÀ GIẢI PHÁP

Danh mục nhiệm vụ cụ thể:

"""
TAIL = """
III. TỔ CHỨC THỰC HIỆN

Các đơn vị triển khai theo phân công.

Trên đây là Kế hoạch của UBND xã Hòa Bình.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""
HEADER = [
    ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"],
    ["", "", "Chủ trì", "Phối hợp", "", ""],
]
ROWS = [
    ["I", "Nhóm nhiệm vụ về hạ tầng số", "", "", "", ""],
    [
        "1",
        "Lắp đặt mạng không dây tại nhà văn hóa",
        "Phòng Kinh tế",
        "Các thôn, Công an xã",
        "Hằng năm",
        "Báo cáo trước ngày 30/6/2026",
    ],
    ["1.1", "Kiểm tra đường truyền", "Phòng Kinh tế", "Trạm Y tế xã", "Thường xuyên", "Biên bản"],
    ["a", "Cập nhật phần mềm", "Văn phòng HĐND và UBND", "", "2026-2030", ""],
    ["-", "Sao lưu dữ liệu", "Văn phòng HĐND và UBND", "", "Quý III/2026", "Phòng Kinh tế"],
    ["II", "Nhóm nhiệm vụ về nhân lực số", "", "", "", ""],
    [
        "2",
        "Tập huấn cho cán bộ",
        "Phòng Văn hóa - Xã hội",
        "Hội Nông dân xã; Hội Cựu chiến binh xã<br>Đoàn Thanh niên",
        "Tháng 9/2026",
        "Tài liệu",
    ],
]

UNITS = {
    ("Phòng Kinh tế", True),
    ("Thôn", False),
    ("Công an xã", False),
    ("Trạm Y tế xã", False),
    ("Văn phòng HĐND và UBND", True),
    ("Phòng Văn hóa - Xã hội", True),
    ("Hội Nông dân", False),
    ("Hội Cựu chiến binh", False),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", False),
}
TASKS = [
    ("Lắp đặt mạng không dây tại nhà văn hóa", ["Phòng Kinh tế"], ["Thôn", "Công an xã"]),
    ("Kiểm tra đường truyền", ["Phòng Kinh tế"], ["Trạm Y tế xã"]),
    ("Cập nhật phần mềm", ["Văn phòng HĐND và UBND"], []),
    ("Sao lưu dữ liệu", ["Văn phòng HĐND và UBND"], []),
    (
        "Tập huấn cho cán bộ",
        ["Phòng Văn hóa - Xã hội"],
        ["Hội Nông dân", "Hội Cựu chiến binh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
    ),
]
# one per dated cell of the time column; the product column's date gives none
DEADLINES = [
    ("range", "2026-07-01", "2026-09-30", "Quý III/2026"),
    ("date", "2026-09", None, "Tháng 9/2026"),
]


def _pipe_table() -> str:
    rows = [HEADER[0], ["---"] * len(HEADER[0]), HEADER[1], *ROWS]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"


def _pipe_plan() -> str:
    return HEAD + _pipe_table() + TAIL


def _bars_plan() -> str:
    """The table as the converted pages print one: a `|` line before each cell and at a row's
    end, one more for an empty cell; a spanning header cell and a group row's span print none,
    a cell's break is a line of its own."""
    lines: list[str] = []
    header = [[cell for cell in row if cell] for row in HEADER]
    body = [row[:2] if not any(row[2:]) else row for row in ROWS]
    for row in [*header, *body]:
        for cell in row:
            lines.append("|")
            lines.extend(cell.replace("<br>", "\n").splitlines())
        lines.append("|")
    return HEAD + "\n".join(lines) + "\n" + TAIL


def _word_plan() -> bytes:
    """The plan as a Word file: the header cells merged as printed, the break a paragraph."""
    import docx

    document = docx.Document()
    for text in HEAD.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    table = document.add_table(rows=len(HEADER) + len(ROWS), cols=len(HEADER[0]))
    for r, row in enumerate([*HEADER, *ROWS]):
        for c, text in enumerate(row):
            parts = text.split("<br>")
            cell = table.cell(r, c)
            cell.text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)
    table.cell(0, 2).merge(table.cell(0, 3))
    for column in (0, 1, 4, 5):
        table.cell(0, column).merge(table.cell(1, column))
    for r, row in enumerate(ROWS, len(HEADER)):
        if not any(row[2:]):
            table.cell(r, 1).merge(table.cell(r, len(row) - 1))
    for text in TAIL.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    return docx_bytes(document)


def _render() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render", ROOT / "corpus" / "render.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render", module)
    spec.loader.exec_module(module)
    return module


def _check(plan: Plan) -> None:
    units, tasks, deadlines = table_outline(plan)
    assert units == UNITS
    assert tasks == TASKS
    assert deadlines == DEADLINES


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("plan.md", lambda: _pipe_plan().encode()),
        ("plan.txt", lambda: _pipe_plan().encode()),
        ("plan.md", lambda: _bars_plan().encode()),
        ("plan.docx", _word_plan),
    ],
    ids=["pipe-md", "pipe-txt", "converted-bars", "word"],
)
def test_a_task_table_in_the_body_gives_units_tasks_and_deadlines(
    name: str, make: Callable[[], bytes]
) -> None:
    _check(parse_bytes(make(), name))


def test_each_item_of_a_body_table_keeps_its_line_and_the_span_of_its_cell() -> None:
    plan = parse_bytes(_pipe_plan().encode(), "plan.md", with_lines=True)
    assert plan.lines is not None
    texts = {line.number: line.text for line in plan.lines}
    for item in [*plan.tasks, *plan.deadlines]:
        assert texts[item.line][item.span[0] : item.span[1]] == item.text
    deadline_lines = {d.line for d in plan.deadlines}
    assert all(texts[n].startswith(("- |", "2 |")) for n in deadline_lines)
    sections = {task.section for task in plan.tasks}
    assert sections == {"II"}
    for unit in plan.units:  # a unit named only in the table is cited where the table names it
        assert unit.occurrences, unit.name
        for at in unit.occurrences:
            assert texts[at.line][at.span[0] : at.span[1]] in unit.mentions


def test_the_rows_of_a_pipe_table_are_never_joined_into_one_line() -> None:
    plan = parse_bytes(_pipe_plan().encode(), "plan.txt", with_lines=True)
    assert plan.lines is not None
    rows = [line.text for line in plan.lines if " | " in line.text]
    assert len(rows) == len(HEADER) + len(ROWS)


def test_the_renderings_of_a_pipe_table_read_as_its_markdown(tmp_path: Path) -> None:
    """corpus/render.py sets a pipe table as a ruled Word table; LibreOffice makes the PDF."""
    source = tmp_path / "plan.md"
    source.write_text(_pipe_plan(), encoding="utf-8")
    word = tmp_path / "plan.rendered.docx"
    _render().to_docx(_pipe_plan(), word)
    _check(parse_bytes(word.read_bytes(), word.name))
    pdf = soffice_convert(word, "pdf", tmp_path)
    _check(parse_bytes(pdf.read_bytes(), pdf.name))


def test_a_merged_lead_cell_leads_each_row_and_a_merged_time_cell_is_one_deadline(
    tmp_path: Path,
) -> None:
    """Word and PDF print a merged cell once, in its first row (corpus/ANNOTATION.md: read
    once); the lead it names leads every row it spans."""
    import docx

    document = docx.Document()
    for text in HEAD.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    rows = [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Số hóa hồ sơ", "Văn phòng HĐND và UBND", "Công an xã", "Quý II/2026"],
        ["2", "Lưu trữ điện tử", "", "Trạm Y tế xã", ""],
        ["3", "Cấp chữ ký số", "Phòng Kinh tế", "", "Tháng 9/2026"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(1, 4).merge(table.cell(2, 4))
    for text in TAIL.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    word = tmp_path / "plan.docx"
    word.write_bytes(docx_bytes(document))
    pdf = soffice_convert(word, "pdf", tmp_path)
    for path in (word, pdf):
        _, tasks, deadlines = table_outline(parse_bytes(path.read_bytes(), path.name))
        assert tasks == [
            ("Số hóa hồ sơ", ["Văn phòng HĐND và UBND"], ["Công an xã"]),
            ("Lưu trữ điện tử", ["Văn phòng HĐND và UBND"], ["Trạm Y tế xã"]),
            ("Cấp chữ ký số", ["Phòng Kinh tế"], []),
        ], path.name
        assert [d[3] for d in deadlines] == ["Quý II/2026", "Tháng 9/2026"], path.name


def test_a_table_without_role_or_time_columns_is_left_to_the_sentence_rules() -> None:
    """A two-column table of tasks and notes: its rows are read as text, as before."""
    table = (
        "| Nội dung | Ghi chú |\n|---|---|\n"
        "| Phòng Kinh tế chủ trì rà soát hạ tầng, hoàn thành trước ngày 30/6/2026 | |\n"
    )
    plan = parse_bytes((HEAD + table + TAIL).encode(), "plan.md")
    assert [(d.kind, d.start and d.start.iso) for d in plan.deadlines] == [("date", "2026-06-30")]
    assert ("Phòng Kinh tế", True) in {(u.name, u.lead) for u in plan.units}


INDICATORS = (
    """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH

Số: 46/KH-UBND

Hòa Bình, ngày 12 tháng 1 năm 2026

KẾ HOẠCH
Phát triển nông nghiệp năm 2026

I. KẾT QUẢ THỰC HIỆN NĂM 2025

| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 |
|---|---|---|---|---|
| 1 | Diện tích lúa | ha | 500 | 510 |
| 2 | Tỷ lệ hộ dùng nước sạch | % | 90 | 92 |

II. MỤC TIÊU NĂM 2026

| STT | Chỉ tiêu | ĐVT | Ước thực hiện năm 2025 | Kế hoạch năm 2026 |
|---|---|---|---|---|
| 1 | Diện tích lúa | ha | 510 | 520 |
| 2 | Tỷ lệ hộ dùng nước sạch | % | 92 | 95 |

| STT | Chỉ tiêu | ĐVT | Kết quả |
|---|---|---|---|
| 1 | Số mô hình kinh tế tập thể | mô hình | 3 |
"""
    + TAIL
)


def _bars(markdown: str) -> str:
    """Each pipe table of `markdown` as the converted pages print a table (no empty cells)."""
    out: list[str] = []
    for line in markdown.split("\n"):
        if not line.startswith("|"):
            out.append(line)
        elif not set(line) <= set("|-"):
            for cell in line.strip("| ").split(" | "):
                out.extend(["|", cell])
            out.append("|")
    return "\n".join(out)


@pytest.mark.parametrize("form", ["pipe", "bars"])
def test_an_indicator_table_in_the_body_gives_the_planned_values_only(form: str) -> None:
    """Its planned column gives targets; a column of results (`Ước thực hiện`, `Kết quả`) gives
    none, nor does a table in the section reviewing the year before."""
    text = INDICATORS if form == "pipe" else _bars(INDICATORS)
    plan = parse_bytes(text.encode(), "plan.md")
    found = [(t.indicator, t.value, t.unit, t.year) for t in plan.targets]
    assert found == [
        ("Diện tích lúa", 520, "count", 2026),
        ("Tỷ lệ hộ dùng nước sạch", 95, "percent", 2026),
    ]


def test_a_role_cell_describing_a_group_in_common_nouns_names_a_unit() -> None:
    """The column says its cells name bodies: a group described in common nouns is a unit as
    printed; a bare noun, a proper name the lexicon misses, an abbreviation or an open
    collective is not guessed at; `Các xã, phường` are the communes' committees."""
    table = (
        "| STT | Nội dung | Chủ trì | Phối hợp |\n|---|---|---|---|\n"
        "| 1 | Mở tuyến xe buýt | Các doanh nghiệp vận tải hành khách | Doanh nghiệp |\n"
        "| 2 | Thu thuế điện tử | Phòng Kinh tế | Thuế Hòa Bình; BQL chợ đầu mối |\n"
        "| 3 | Tổ chức hội chợ | Phòng Kinh tế | Các đơn vị có liên quan |\n"
        "| 4 | Sơ kết mô hình | Phòng Kinh tế | Các xã, phường |\n"
    )
    plan = parse_bytes((HEAD + table + TAIL).encode(), "plan.md")
    units = {(u.name, u.lead, u.in_lexicon) for u in plan.units}
    assert units == {
        ("Các doanh nghiệp vận tải hành khách", True, False),
        ("Phòng Kinh tế", True, True),
        ("Ủy ban nhân dân các xã, phường, đặc khu", False, True),  # the communes, addressed whole
    }


def test_a_task_table_reviewing_what_was_done_sets_no_deadline() -> None:
    review = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n"
        "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Lắp camera an ninh | Công an xã | Quý IV/2025 |\n\n"
        "II. NHIỆM VỤ NĂM 2026\n\n"
        "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Mở rộng camera an ninh | Công an xã | Quý II/2026 |\n"
    )
    text = HEAD.split("I. MỤC ĐÍCH")[0] + review + TAIL
    plan = parse_bytes(text.encode(), "plan.md")
    assert [(d.text, d.section) for d in plan.deadlines] == [("Quý II/2026", "II")]


def test_a_task_cell_stating_a_target_gives_it_and_a_row_gives_no_deadline_twice() -> None:
    """The sentence rules still read a task table's cells for targets (a cell is a clause of its
    own); its role and time columns are the table readers'."""
    table = (
        "| STT | Nhiệm vụ | Chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Phấn đấu 100% cán bộ được tập huấn về chuyển đổi số, hoàn thành trước ngày "
        "30/9/2026 | Phòng Văn hóa - Xã hội | Quý III/2026 |\n"
    )
    plan = parse_bytes((HEAD + table + TAIL).encode(), "plan.md")
    cell = "Phấn đấu 100% cán bộ được tập huấn về chuyển đổi số, hoàn thành trước ngày 30/9/2026"
    assert [(t.value, t.unit, t.text) for t in plan.targets] == [(100, "percent", cell)]
    assert [d.text for d in plan.deadlines] == ["Quý III/2026"]


@pytest.mark.parametrize(
    "header",
    [
        "| STT | Nội dung | Chủ trì | Thời gian thực hiện | |\n|---|---|---|---|---|\n"
        "| | | | Bắt đầu | Hoàn thành |\n",
        "| STT | Nội dung | Chủ trì | Thời gian bắt đầu | Thời gian kết thúc |\n"
        "|---|---|---|---|---|\n",
    ],
    ids=["spanning-time-header", "start-and-end-headers"],
)
def test_start_and_end_columns_give_one_range_a_row(header: str) -> None:
    """`Thời gian thực hiện` printed once over `Bắt đầu | Hoàn thành` (or a `Thời gian bắt đầu`
    and a `Thời gian kết thúc` column): a row's time runs from its start cell's first day to
    its end cell's last, one range cited at the end cell; two years are a span of whole years
    (corpus/ANNOTATION.md)."""
    rows = (
        "| 1 | Số hóa hồ sơ | Văn phòng HĐND và UBND | Tháng 3/2026 | Tháng 9/2026 |\n"
        "| 2 | Cấp chữ ký số | Phòng Kinh tế | 01/4/2026 | 30/6/2026 |\n"
        "| 3 | Lưu trữ điện tử | Phòng Kinh tế | Quý I/2026 | Quý III/2026 |\n"
        "| 4 | Chuyển đổi hạ tầng | Phòng Kinh tế | 2026 | 2027 |\n"
        "| 5 | Sao lưu dữ liệu | Phòng Kinh tế | | Quý IV/2026 |\n"
    )
    plan = parse_bytes((HEAD + header + rows + TAIL).encode(), "plan.md")
    found = [(d.kind, d.start and d.start.iso, d.end and d.end.iso, d.text) for d in plan.deadlines]
    assert found == [
        ("range", "2026-03", "2026-09", "Tháng 9/2026"),
        ("range", "2026-04-01", "2026-06-30", "30/6/2026"),
        ("range", "2026-01-01", "2026-09-30", "Quý III/2026"),
        ("range", "2026-10-01", "2026-12-31", "Quý IV/2026"),
    ]


def test_a_time_cell_opened_by_tu_reads_as_a_sentence_does() -> None:
    """A time cell opened by `từ` reads as the sentence would (corpus/ANNOTATION.md): a quarter
    as a start alone runs on, as a month does, however the cell goes on (`đến khi ...`); a start
    printed without its year that would come after the end is the year before's."""
    header = "| STT | Nội dung | Chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
    rows = (
        "| 1 | Số hóa hồ sơ | Văn phòng HĐND và UBND | Từ Quý II/2026 |\n"
        "| 2 | Cấp chữ ký số | Phòng Kinh tế | Từ Quý III/2026 đến khi hoàn thành |\n"
        "| 3 | Lưu trữ điện tử | Phòng Kinh tế | Từ tháng 5/2026 |\n"
        "| 4 | Rà soát dữ liệu | Phòng Kinh tế | Từ 15/9 đến tháng 2/2027 |\n"
        "| 5 | Sao lưu dữ liệu | Phòng Kinh tế | Từ tháng 10 đến tháng 3/2027 |\n"
        "| 6 | Kiểm tra | Phòng Kinh tế | Từ tháng 3 đến tháng 6/2026 |\n"
        "| 7 | Tổng kết | Phòng Kinh tế | Quý IV/2026 |\n"
    )
    plan = parse_bytes((HEAD + header + rows + TAIL).encode(), "plan.md")
    found = [(d.kind, d.start and d.start.iso, d.end and d.end.iso) for d in plan.deadlines]
    assert found == [
        ("range", "2026-04-01", None),
        ("range", "2026-07-01", None),
        ("range", "2026-05", None),
        ("range", "2026-09-15", "2027-02"),
        ("range", "2026-10", "2027-03"),
        ("range", "2026-03", "2026-06"),
        ("range", "2026-10-01", "2026-12-31"),
    ]


def test_a_time_cell_of_months_every_year_recurs_as_a_sentence_does() -> None:
    """Months without a year in a time cell that says they come back every year read as the
    sentence does (corpus/ANNOTATION.md): one month is a yearly `recurring`, two joined by a
    range word a yearly range; without the frequency they are no deadline (a table may list
    several years' work)."""
    header = "| STT | Nội dung | Chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
    rows = (
        "| 1 | Rà soát dữ liệu | Văn phòng HĐND và UBND | Từ tháng 3 đến tháng 11 hằng năm |\n"
        "| 2 | Tổng hợp báo cáo | Phòng Kinh tế | Tháng 12 hằng năm |\n"
        "| 3 | Kiểm tra | Phòng Kinh tế | Từ tháng 3 đến tháng 11 |\n"
    )
    plan = parse_bytes((HEAD + header + rows + TAIL).encode(), "plan.md")
    found = [
        (d.kind, d.start and (d.start.month, d.start.year), d.end and d.end.month, d.recurrence)
        for d in plan.deadlines
    ]
    assert found == [("range", (3, None), 11, "yearly"), ("recurring", (12, None), None, "yearly")]


def test_an_indicator_printing_its_unit_in_brackets_gives_targets_in_it() -> None:
    table = (
        "| STT | Chỉ tiêu | Kế hoạch năm 2026 |\n|---|---|---|\n"
        "| 1 | Tỷ lệ hộ nghèo (%) | 1,5 |\n"
        "| 2 | Diện tích trồng rừng mới (ha) | 120 |\n"
        "| 3 | Số trường đạt chuẩn quốc gia | 3 |\n"  # no unit printed: no target
    )
    plan = parse_bytes((HEAD + table + TAIL).encode(), "plan.md")
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [
        (1.5, "percent", 2026),
        (120, "count", 2026),
    ]


def test_a_converted_table_going_on_under_group_rows_renders_every_row_table_wide() -> None:
    """A converted table that goes on from the one before (no header of its own) opens with
    its group rows (`B | ...`, `I | ...`), narrower than its task rows: they are body rows in
    the first columns, not a header spanning the columns below; every row is as wide as the
    table, so the Word table is built (it crashed on kh-ubnd-179's task table)."""
    lines = ["|", "B", "|", "GROUP B", "|", "|", "I", "|", "GROUP I", "|"]
    for number in ("1.1", "1.2"):
        lines += ["|", number, "|", "Task", "|", "Lead", "|", "Helper", "|", "2026", "|"]
    render = _render()
    (table,) = [block for block in render.blocks("\n".join(lines)) if block is not None]
    grid = table.grid()
    assert {len(row) for row in grid.rows} == {5}
    assert grid.header == 1
    assert [row[:2] for row in grid.rows] == [["B", "GROUP B"], ["I", "GROUP I"]] + [
        [number, "Task"] for number in ("1.1", "1.2")
    ]
    render.data_table(__import__("docx").Document(), grid, landscape=False)
