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


def _pipe(rows: Rows) -> bytes:
    lines = ["| " + " | ".join(cell.replace("\n", "<br>") for cell in row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return (HEAD + "\n".join(lines) + "\n" + TAIL).encode()


def _bars(rows: Rows) -> bytes:
    """As the converted pages print a table: a `|` line before each cell and at a row's end."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            out += ["|", *cell.splitlines()]
        out.append("|")
    return (HEAD + "\n".join(out) + "\n" + TAIL).encode()


def _word(rows: Rows) -> bytes:
    import docx

    document = docx.Document()
    for text in HEAD.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n")
            table.cell(r, c).text = first
            for part in more:
                table.cell(r, c).add_paragraph(part)
    for text in TAIL.strip().split("\n"):
        if text:
            document.add_paragraph(text)
    return docx_bytes(document)


FORMS: list[tuple[str, Callable[[Rows], bytes], str]] = [
    ("pipe", _pipe, "plan.md"),
    ("bars", _bars, "plan.md"),
    ("word", _word, "plan.docx"),
]


def _parse(form: str, rows: Rows) -> Plan:
    _, make, name = next(f for f in FORMS if f[0] == form)
    return parse_bytes(make(rows), name)


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
