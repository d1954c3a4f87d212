"""Task tables as offices word and lay them out (issue 12, fourth round), each convention on a
table of our own wording, printed as a GitHub pipe table, as the converted pages' one-cell-a-line
table and as a Word table: the header words of every column, roles worded inside one unit
column, time cells listing several dates or a range whose start lacks its year."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from files_helpers import docx_bytes
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA AN

Số: 77/KH-UBND

Hòa An, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Phát triển thương mại điện tử năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao năng lực cạnh tranh của doanh nghiệp.

II. NHIỆM VỤ VÀ GIẢI PHÁP

"""
TAIL = """
III. TỔ CHỨC THỰC HIỆN

Trên đây là Kế hoạch của UBND tỉnh Hòa An.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""

Rows = list[list[str]]


def _pipe(rows: Rows, head: str, tail: str) -> bytes:
    lines = ["| " + " | ".join(cell.replace("\n", "<br>") for cell in row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return (head + "\n".join(lines) + "\n" + tail).encode()


def _bars(rows: Rows, head: str, tail: str) -> bytes:
    """As the converted pages print a table: a `|` line before each cell and at a row's end."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            out += ["|", *cell.splitlines()]
        out.append("|")
    return (head + "\n".join(out) + "\n" + tail).encode()


def _word(rows: Rows, head: str, tail: str) -> bytes:
    import docx

    document = docx.Document()
    for text in head.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n")
            table.cell(r, c).text = first
            for part in more:
                table.cell(r, c).add_paragraph(part)
    for text in tail.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    return docx_bytes(document)


FORMS: list[tuple[str, Callable[[Rows, str, str], bytes], str]] = [
    ("pipe", _pipe, "plan.md"),
    ("bars", _bars, "plan.md"),
    ("word", _word, "plan.docx"),
]


def _parse(form: str, rows: Rows, head: str = HEAD, tail: str = TAIL) -> Plan:
    _, make, name = next(f for f in FORMS if f[0] == form)
    return parse_bytes(make(rows, head, tail), name)


def _tasks(plan: Plan) -> list[tuple[list[str], list[str]]]:
    names = {unit.id: unit.name for unit in plan.units}
    return [([names[i] for i in t.lead], [names[i] for i in t.cooperating]) for t in plan.tasks]


def _deadlines(plan: Plan) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.start and d.start.iso, d.end and d.end.iso) for d in plan.deadlines]


FORM_NAMES = [form for form, _, _ in FORMS]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_header_words_of_other_offices_type_their_columns(form: str) -> None:
    """`Danh mục nhiệm vụ` is the task column (not an indicator one), `Cơ quan tham mưu` and
    `Đơn vị phụ trách` lead, `Năm thực hiện` is the time column (not a result), a header
    broken over two lines in capitals reads whole."""
    rows = [
        ["TT", "DANH MỤC\nNHIỆM VỤ", "CƠ QUAN\nTHAM MƯU", "Đơn vị phối hợp", "Năm thực hiện"],
        ["1", "Xây dựng sàn giao dịch điện tử", "Sở Công Thương", "Sở Tài chính", "2026"],
    ]
    other = [
        ["STT", "Đề án", "Đơn vị phụ trách", "Mốc hoàn thành"],
        ["1", "Đề án phát triển chợ đầu mối", "Sở Xây dựng", "Quý III/2026"],
    ]
    plan = _parse(form, rows)
    assert _tasks(plan) == [(["Sở Công Thương"], ["Sở Tài chính"])]
    assert _deadlines(plan) == [("year", "2026", None)]
    plan = _parse(form, other)
    assert _tasks(plan) == [(["Sở Xây dựng"], [])]
    assert _deadlines(plan) == [("range", "2026-07-01", "2026-09-30")]


ROLE_ROWS = [
    ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian hoàn thành"],
    ["1", "Xây dựng sàn giao dịch", "Sở Công Thương (chủ trì); Sở Tài chính (phối hợp)", ""],
    ["2", "Tập huấn bán hàng", "Sở Công Thương chủ trì, phối hợp Sở Tư pháp", ""],
    ["3", "Phát triển chợ", "Chủ trì: Sở Xây dựng\nPhối hợp: Sở Y tế, Công an tỉnh", ""],
    ["4", "Phát triển kho", "Sở Xây dựng chủ trì; Sở Nội vụ, Sở Y tế phối hợp", ""],
    ["5", "Hỗ trợ hộ kinh doanh", "Sở Công Thương, Sở Tài chính", ""],
]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_roles_worded_inside_one_unit_column_are_read_from_the_cell(form: str) -> None:
    """One `Đơn vị thực hiện` column for both roles: a cell that says who cooperates (`(phối
    hợp)`, `phối hợp Sở B`, `Phối hợp: ...`, `... phối hợp` after the names) gives them as
    cooperating; a cell that says nothing gives every unit it names as lead."""
    assert _tasks(_parse(form, ROLE_ROWS)) == [
        (["Sở Công Thương"], ["Sở Tài chính"]),
        (["Sở Công Thương"], ["Sở Tư pháp"]),
        (["Sở Xây dựng"], ["Sở Y tế", "Công an tỉnh"]),
        (["Sở Xây dựng"], ["Sở Nội vụ", "Sở Y tế"]),
        (["Sở Công Thương", "Sở Tài chính"], []),
    ]


TIME_ROWS = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tiến độ thực hiện"],
    ["1", "Khảo sát nhu cầu", "Sở Công Thương", "Quý I, II/2026"],
    ["2", "Tổ chức hội chợ", "Sở Công Thương", "Quý II/2026\nQuý IV/2026"],
    ["3", "Cập nhật dữ liệu", "Sở Công Thương", "Từ tháng 3 đến tháng 6/2026"],
    ["4", "Đánh giá giữa kỳ", "Sở Công Thương", "Tháng 3 - tháng 6/2026"],
    ["5", "Tập huấn doanh nghiệp", "Sở Công Thương", "Tháng 6 và tháng 12/2026"],
    ["6", "Theo dõi thị trường", "Sở Công Thương", "Quý II, III"],
]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_a_time_cell_listing_dates_gives_one_each_and_a_range_takes_its_ends_year(
    form: str,
) -> None:
    """A list in a time cell (`Quý I, II/2026`, one date a line, `Tháng 6 và tháng 12/2026`)
    gives one deadline each, sharing the year printed once; `Từ tháng 3 đến tháng 6/2026` is one
    range whose start takes the end's year; a list without its year gives none."""
    assert _deadlines(_parse(form, TIME_ROWS)) == [
        ("range", "2026-01-01", "2026-03-31"),
        ("range", "2026-04-01", "2026-06-30"),
        ("range", "2026-04-01", "2026-06-30"),
        ("range", "2026-10-01", "2026-12-31"),
        ("range", "2026-03", "2026-06"),
        ("range", "2026-03", "2026-06"),
        ("date", "2026-06", None),
        ("date", "2026-12", None),
    ]


LETTER_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA AN

Số: 345/UBND-KT

V/v triển khai thương mại điện tử năm 2026

Hòa An, ngày 10 tháng 3 năm 2026

Kính gửi: Các sở, ban, ngành tỉnh.

Ủy ban nhân dân tỉnh giao thực hiện các nhiệm vụ sau:

"""
LETTER_TAIL = """
Nơi nhận:

- Như trên;

- Lưu: VT.

TL. CHỦ TỊCH

CHÁNH VĂN PHÒNG

Trần Văn Bình
"""


@pytest.mark.parametrize("form", FORM_NAMES)
def test_a_task_table_in_a_letter_without_numbered_sections_is_read(form: str) -> None:
    """A công văn (or a short plan) has no `I.`, `II.` sections: its table before the closing
    still gives units, tasks and deadlines."""
    plan = _parse(form, ROLE_ROWS[:3], LETTER_HEAD, LETTER_TAIL)
    assert plan.document.kind == "cong_van"
    assert _tasks(plan) == [
        (["Sở Công Thương"], ["Sở Tài chính"]),
        (["Sở Công Thương"], ["Sở Tư pháp"]),
    ]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_indicator_tables_worded_with_chi_tieu_and_a_bare_unit_column_give_targets(
    form: str,
) -> None:
    """`Chỉ tiêu năm 2026` / `Chỉ tiêu phấn đấu năm 2026` head planned values (the indicator's
    column says `Chỉ tiêu` or `Nội dung chỉ tiêu`), a column headed only `Đơn vị` is the unit
    of measure there; a value printed with a sign or a comparator's words keeps it."""
    rows = [
        ["STT", "Nội dung chỉ tiêu", "Đơn vị", "Thực hiện năm 2025", "Chỉ tiêu năm 2026"],
        ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "70", "≥ 85"],
        ["2", "Số sàn giao dịch điện tử", "Sàn", "2", "Tối thiểu 3"],
        ["3", "Tỷ lệ doanh nghiệp bỏ hoạt động", "%", "4", "Dưới 3,5"],
        ["4", "Số hợp tác xã bán hàng trực tuyến", "Hợp tác xã", "10", "15"],
    ]
    plan = _parse(form, rows)
    assert [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in plan.targets] == [
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", 85, "percent", ">=", 2026),
        ("Số sàn giao dịch điện tử", 3, "count", ">=", 2026),
        ("Tỷ lệ doanh nghiệp bỏ hoạt động", 3.5, "percent", "<", 2026),
        ("Số hợp tác xã bán hàng trực tuyến", 15, "count", ">=", 2026),
    ]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_a_bare_unit_column_of_a_task_table_leads(form: str) -> None:
    """`Nội dung | Đơn vị | Thời gian`: the only column naming bodies is who does the work."""
    rows = [
        ["TT", "Nội dung", "Đơn vị", "Thời gian"],
        ["1", "Rà soát chợ truyền thống", "Sở Công Thương", "Quý II/2026"],
    ]
    plan = _parse(form, rows)
    assert _tasks(plan) == [(["Sở Công Thương"], [])]
    assert _deadlines(plan) == [("range", "2026-04-01", "2026-06-30")]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_a_role_cell_listing_bodies_under_one_head_gives_each_and_a_bare_plural_none(
    form: str,
) -> None:
    """`Các Sở: Tài chính, Xây dựng, Nội vụ` names three departments; `Các doanh nghiệp` (a
    plural article and a generic noun) is everybody, no unit, while a group it describes
    further is one (`Các doanh nghiệp vận tải hành khách`)."""
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
        ["1", "Mở tuyến xe buýt", "Sở Xây dựng", "Các Sở: Tài chính, Công Thương, Nội vụ"],
        ["2", "Đổi mới phương tiện", "Các doanh nghiệp vận tải hành khách", "Các doanh nghiệp"],
    ]
    plan = _parse(form, rows)
    assert _tasks(plan) == [
        (["Sở Xây dựng"], ["Sở Tài chính", "Sở Công Thương", "Sở Nội vụ"]),
        (["Các doanh nghiệp vận tải hành khách"], []),
    ]


def test_a_column_for_a_year_before_the_plan_is_its_baseline_no_target() -> None:
    """In a plan for 2026 - 2030, `Năm 2025` prints where the plan starts from; `Năm 2026` and
    `Năm 2030` are planned."""
    head = HEAD.replace("năm 2026\n", "giai đoạn 2026 - 2030\n", 1)
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Năm 2030"],
        ["1", "Tỷ lệ doanh nghiệp có trang thông tin điện tử", "%", "40", "45", "70"],
    ]
    plan = _parse("pipe", rows, head)
    assert plan.document.period is not None and plan.document.period.start_year == 2026
    assert [(t.value, t.year) for t in plan.targets] == [(45, 2026), (70, 2030)]


def test_a_converted_row_short_of_a_merged_cell_keeps_its_date_in_the_time_column() -> None:
    """The converted pages print a cell merged over two rows once: the second row has one cell
    less and its date falls into the partners' column. It goes back to the time column (which
    role cell the row lacks nothing says: the others stay); a row short of its last cell keeps
    its cells where they are."""
    cells = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Xây dựng sàn giao dịch", "Sở Công Thương", "Sở Tài chính", "Quý II/2026"],
        ["2", "Tập huấn bán hàng", "Sở Nội vụ", "Tháng 9/2026"],
        ["3", "Phát triển kho", "Sở Xây dựng", "Sở Tư pháp"],
    ]
    plan = parse_bytes(_bars(cells, HEAD, TAIL), "plan.md")
    assert _deadlines(plan) == [("range", "2026-04-01", "2026-06-30"), ("date", "2026-09", None)]
    assert _tasks(plan) == [
        (["Sở Công Thương"], ["Sở Tài chính"]),
        (["Sở Nội vụ"], []),
        (["Sở Xây dựng"], ["Sở Tư pháp"]),
    ]


def test_a_column_for_a_span_of_years_is_planned_for_its_last() -> None:
    """`Giai đoạn 2026-2030` (a hyphen with or without spaces) heads values planned for 2030;
    `Giai đoạn 2021 - 2025`, before the plan, is where it starts from."""
    head = HEAD.replace("năm 2026\n", "giai đoạn 2026 - 2030\n", 1)
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Giai đoạn 2021 - 2025", "Năm 2026", "Giai đoạn 2026-2030"],
        ["1", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "120", "150", "300"],
    ]
    plan = _parse("pipe", rows, head)
    assert [(t.value, t.year) for t in plan.targets] == [(150, 2026), (300, 2030)]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_an_assignment_column_reads_the_roles_its_cells_word(form: str) -> None:
    """`Phân công thực hiện` is the one column saying who does the work (not a result, for its
    `thực hiện`): its cells word the roles."""
    rows = [
        ["TT", "Nội dung", "Phân công thực hiện", "Thời hạn"],
        ["1", "Số hóa hồ sơ", "Sở Nội vụ chủ trì; Sở Tư pháp phối hợp", "Tháng 6/2026"],
    ]
    plan = _parse(form, rows)
    assert _tasks(plan) == [(["Sở Nội vụ"], ["Sở Tư pháp"])]
    assert _deadlines(plan) == [("date", "2026-06", None)]


@pytest.mark.parametrize("form", FORM_NAMES)
def test_a_unit_cell_marking_its_lead_leaves_the_others_cooperating(form: str) -> None:
    """`Sở A (chủ trì), Sở B, Sở C` and `Sở A (chủ trì); Sở B`: the mark says who leads, the
    others cooperate; a cell marking nobody leaves them all lead; `Chủ trì: Sở A` opening the
    cell is a label, no mark."""
    rows = [
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["1", "Số hóa hồ sơ", "Sở Nội vụ (chủ trì), Sở Tư pháp, Công an tỉnh", "Tháng 6/2026"],
        ["2", "Cấp chữ ký số", "Sở Khoa học và Công nghệ (chủ trì); Sở Tài chính", "Tháng 7/2026"],
        ["3", "Lưu trữ điện tử", "Sở Nội vụ; Sở Tư pháp", "Tháng 8/2026"],
        ["4", "Tập huấn văn thư", "Chủ trì: Sở Nội vụ; Sở Y tế", "Tháng 9/2026"],
    ]
    assert _tasks(_parse(form, rows)) == [
        (["Sở Nội vụ"], ["Sở Tư pháp", "Công an tỉnh"]),
        (["Sở Khoa học và Công nghệ"], ["Sở Tài chính"]),
        (["Sở Nội vụ", "Sở Tư pháp"], []),
        (["Sở Nội vụ", "Sở Y tế"], []),
    ]


def test_a_time_cell_saying_how_often_before_its_date_recurs_and_a_bare_day_is_none() -> None:
    """`Hằng năm (trước ngày 15/12)`: the frequency before the date makes it come back every
    year; `Trước ngày 30/6` prints no year and no frequency: no deadline (as `Quý II`). A day
    of every month or quarter comes back as in a sentence (`Trước ngày 20 hằng tháng`, `Trước
    ngày 10 của tháng đầu quý sau`, `Hằng tháng (trước ngày 25)`); a day alone is none."""
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Báo cáo kết quả", "Sở Nội vụ", "Hằng năm (trước ngày 15/12)"],
        ["2", "Sơ kết", "Sở Nội vụ", "Trước ngày 30/6"],
        ["3", "Báo cáo tháng", "Sở Nội vụ", "Trước ngày 20 hằng tháng"],
        ["4", "Báo cáo quý", "Sở Nội vụ", "Trước ngày 10 của tháng đầu quý sau"],
        ["5", "Cập nhật số liệu", "Sở Nội vụ", "Hằng tháng (trước ngày 25)"],
        ["6", "Họp giao ban", "Sở Nội vụ", "Ngày 05"],
    ]
    plan = _parse("pipe", rows)
    found = [(d.kind, d.start.month, d.start.day, d.recurrence) for d in plan.deadlines]
    assert found == [
        ("recurring", 12, 15, "yearly"),
        ("recurring", None, 20, "monthly"),
        ("recurring", None, 10, "quarterly"),
        ("recurring", None, 25, "monthly"),
    ]
