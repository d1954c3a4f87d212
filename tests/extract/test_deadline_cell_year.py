"""A task table's time cell that prints its year once beside finer times (`Năm 2026 (Quý IV)`,
`Quý IV (năm 2026)`): the finer times, in that year, as a label's year is the year of the finer
time sharing its clause (corpus/ANNOTATION.md: `Thời gian thực hiện: năm 2027 (từ tháng 3 đến
tháng 5)` is the range only; the cells count as the sentences do). A half of the year closing a
task's line in brackets or heading its item is the task's time, as a quarter there is."""

from __future__ import annotations

import pytest

from files_helpers import docx_bytes
from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_bytes, parse_text

Read = tuple[str, str | None, str | None]

HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 15/KH-UBND
An Giang, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Triển khai công tác bình đẳng giới giai đoạn 2026 - 2030
Căn cứ Quyết định số 1234/QĐ-TTg ngày 15/5/2025 của Thủ tướng Chính phủ;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Rà soát văn bản.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện Kế hoạch này.
Nơi nhận:
- Như trên;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 15/KH-UBND)
"""
COLUMNS = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


def _row(time: str) -> list[str]:
    return ["1", "Rà soát văn bản về bình đẳng giới", "Sở Nội vụ", "Sở Tư pháp", time]


def _markdown(time: str) -> Plan:
    rows = ["| " + " | ".join(r) + " |" for r in (COLUMNS, _row(time))]
    rows.insert(1, "|" + "---|" * len(COLUMNS))
    return parse_bytes((HEAD + "\n".join(rows) + "\n").encode(), "plan.md")


def _word(time: str) -> Plan:
    import docx

    document = docx.Document()
    for text in HEAD.strip().split("\n"):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=len(COLUMNS))
    for r, row in enumerate((COLUMNS, _row(time))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return parse_bytes(docx_bytes(document), "plan.docx")


def _read(plan: Plan) -> list[Read]:
    return [(d.kind, d.start and d.start.iso, d.end and d.end.iso) for d in plan.deadlines]


Q4 = ("range", "2026-10-01", "2026-12-31")

CELLS: dict[str, list[Read]] = {
    "Năm 2026 (Quý IV)": [Q4],
    "Quý IV (năm 2026)": [Q4],
    "Năm 2026 (Quý I, II)": [
        ("range", "2026-01-01", "2026-03-31"),
        ("range", "2026-04-01", "2026-06-30"),
    ],
    "Năm 2026 (từ tháng 3 đến tháng 6)": [("range", "2026-03", "2026-06")],
    "Năm 2026 (trước ngày 30/6)": [("date", "2026-06-30", None)],
    "Năm 2026 (6 tháng đầu năm)": [("range", "2026-01-01", "2026-06-30")],
    # as before: a year alone, a range to a year, and no year of a span or a list
    "Năm 2026": [("year", "2026", None)],
    "Quý IV/2025 - Năm 2026": [("range", "2025-10-01", "2026")],
    "Năm 2026, 2027 (Quý IV)": [],
    "Năm 2025 - 2026 (Quý IV)": [],
    "Quý IV": [],
}


@pytest.mark.parametrize("make", [_markdown, _word], ids=["pipe-md", "word"])
@pytest.mark.parametrize("time", list(CELLS))
def test_a_cells_year_dates_its_finer_times(make: object, time: str) -> None:
    assert callable(make)
    assert _read(make(time)) == CELLS[time]


TEXT_HEAD = HEAD.split("1. Rà soát văn bản.")[0]


def _text(lines: list[str]) -> list[Read]:
    return _read(parse_text(TEXT_HEAD + "\n".join(lines)))


H1 = ("range", "2026-01-01", "2026-06-30")
H2 = ("range", "2026-07-01", "2026-12-31")


def test_a_half_closing_a_tasks_line_is_its_time() -> None:
    assert _text(
        ["1. Rà soát văn bản", "- Sở Nội vụ rà soát các văn bản (6 tháng đầu năm 2026)."]
    ) == [H1]


def test_a_half_heading_its_item_is_the_time_of_the_tasks_under_it() -> None:
    lines = ["1. 6 tháng cuối năm 2026", "- Sở Nội vụ kiểm tra.", "- Sở Tư pháp tập huấn."]
    assert _text(lines) == [H2]


def test_a_half_a_report_covers_or_one_reported_done_is_none() -> None:
    lines = [
        "1. Báo cáo 6 tháng đầu năm 2026 gửi Sở Nội vụ.",
        "2. 6 tháng đầu năm 2026, các sở đã tổ chức 12 lớp tập huấn.",
        "3. Sở Y tế kiểm tra (6 tháng đầu năm 2026) và tập huấn các xã.",
    ]
    assert _text(lines) == []


def test_a_year_bracketed_after_a_quarter_is_the_quarters_not_a_time_of_its_own() -> None:
    lines = [
        "1. Rà soát văn bản",
        "- Thời gian: Quý IV (năm 2026).",
        "2. Tập huấn",
        "- Sở Y tế tập huấn cho cán bộ (năm 2026).",
    ]
    assert _text(lines) == [Q4, ("year", "2026", None)]
