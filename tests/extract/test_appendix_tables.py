"""What the task tables of the appendices after the signature give: units and tasks from the lead
and cooperating columns, deadlines, one per dated cell of the time column."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

ROWS = [
    ("1", "Tổ chức hội nghị", "Sở Nội vụ", "", "Quý II/2026"),
    ("2", "Phát hành tài liệu", "Sở Tư pháp", "Sở Nội vụ", "Tháng 6/2026"),
    ("3", "Rà soát quy hoạch", "Sở Xây dựng", "", "Quý IV/2026 - Quý II/2027"),
    ("4", "Bố trí nhân lực", "Sở Nội vụ", "", "Năm 2027"),
    ("5", "Số hóa dữ liệu", "Sở Tư pháp", "", "2028"),
    ("6", "In tờ rơi", "Sở Y tế", "Sở Tư pháp", "Hằng năm"),
    ("7", "Cập nhật dữ liệu", "Sở Y tế", "", "2026 - 2030"),
]


def _plan_text() -> str:
    """A plan whose appendix table is printed as the Word converter prints one: a `|` line
    before each cell and at each row's end."""
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    cells = [
        line
        for row in [header, *ROWS]
        for line in [*(part for cell in row for part in ("|", cell) if part), "|"]
    ]
    head = "**I. NHIỆM VỤ**\n\nTriển khai.\n\nTrên đây là Kế hoạch.\n\n"
    signature = "|\nNơi nhận:\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A\n|\n\n"
    appendix = "**PHỤ LỤC**\n\nDANH MỤC NHIỆM VỤ\n\n"
    return head + signature + appendix + "\n".join(cells) + "\n"


def test_the_time_column_of_a_task_table_gives_one_deadline_per_dated_cell() -> None:
    plan = parse_text(_plan_text(), markdown=True)
    found = [(d.kind, d.start and d.start.iso, d.end and d.end.iso, d.text) for d in plan.deadlines]
    assert found == [
        ("range", "2026-04-01", "2026-06-30", "Quý II/2026"),
        ("date", "2026-06", None, "Tháng 6/2026"),
        ("range", "2026-10-01", "2027-06-30", "Quý IV/2026 - Quý II/2027"),
        ("year", "2027", None, "Năm 2027"),
        ("year", "2028", None, "2028"),
    ]  # `Hằng năm` and a span of whole years give none; `text` is the cell's, from its span


def test_the_lead_and_cooperating_columns_give_units_and_one_task_per_row() -> None:
    plan = parse_text(_plan_text(), markdown=True)
    assert {(u.name, u.lead) for u in plan.units} == {
        ("Sở Nội vụ", True),
        ("Sở Tư pháp", True),
        ("Sở Xây dựng", True),
        ("Sở Y tế", True),
    }
    ids = {u.id: u.name for u in plan.units}
    tasks = [([ids[i] for i in t.lead], [ids[i] for i in t.cooperating]) for t in plan.tasks]
    assert (["Sở Tư pháp"], ["Sở Nội vụ"]) in tasks
    assert (["Sở Y tế"], ["Sở Tư pháp"]) in tasks
    assert len(tasks) == len(ROWS)
