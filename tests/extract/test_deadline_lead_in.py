"""A step's window printed before the first section the body numbers: below the opening's
lead-in closed by a colon (`... hướng dẫn như sau:`), a heading closed by its bracket states the
step's time (corpus/ANNOTATION.md: a phase's time counts wherever it stands); above the lead-in,
a title closed by a bracket names what the body schedules and sets no time of its own."""

from __future__ import annotations

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text


def _read(plan: Plan) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.start and d.start.iso, d.end and d.end.iso) for d in plan.deadlines]


HEAD = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "TỈNH BẮC GIANG",
    "BAN THƯỜNG TRỰC",
    "Số: 07/HD-MTTQ-BTT",
    "Bắc Giang, ngày 20 tháng 11 năm 2026",
    "HƯỚNG DẪN",
    "Quy trình giới thiệu người ứng cử đại biểu Hội đồng nhân dân các cấp",
    "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;",
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn quy trình như sau:",
]

STEP_ONE = [
    "BƯỚC MỘT",
    "Lập danh sách cử tri và niêm yết công khai",
    "(Thực hiện từ ngày 03/12 đến ngày 12/12/2026)",
]

BODY = [
    "A. ĐỐI VỚI ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN TỈNH",
    "Ban Thường trực chủ trì hội nghị hiệp thương.",
    "B. ĐỐI VỚI ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CẤP XÃ",
    "Chậm nhất là ngày 16 tháng 12 năm 2026, Thường trực Hội đồng nhân dân điều chỉnh cơ cấu.",
]


def test_a_steps_window_below_the_lead_in_is_read() -> None:
    plan = parse_text("\n".join([*HEAD, *STEP_ONE, *BODY]))
    assert _read(plan) == [
        ("range", "2026-12-03", "2026-12-12"),
        ("date", "2026-12-16", None),
    ]


def test_the_window_glued_to_the_steps_title_is_read_too() -> None:
    step = [
        "BƯỚC MỘT",
        "Lập danh sách cử tri, niêm yết công khai tại nhà văn hóa",
        "các thôn(Thực hiện từ ngày 03/12 đến ngày 12/12/2026)",
    ]
    plan = parse_text("\n".join([*HEAD, *step, *BODY]))
    assert ("range", "2026-12-03", "2026-12-12") in _read(plan)


def test_a_title_closed_by_its_bracket_above_the_lead_in_sets_no_time() -> None:
    head = [
        *HEAD[:6],
        "Tổ chức Tháng hành động vì bình đẳng giới (từ ngày 15/11 đến ngày 15/12/2026)",
        *HEAD[7:],
    ]
    plan = parse_text("\n".join([*head, *BODY]))
    assert _read(plan) == [("date", "2026-12-16", None)]


def test_a_bracket_below_the_lead_in_holding_a_documents_date_gives_nothing() -> None:
    step = [
        "BƯỚC MỘT",
        "Giới thiệu người ứng cử ở thôn (theo Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025)",
    ]
    plan = parse_text("\n".join([*HEAD, *step, *BODY]))
    assert _read(plan) == [("date", "2026-12-16", None)]


def test_without_the_lead_in_the_steps_window_is_not_read() -> None:
    head = [
        *HEAD[:-1],
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn quy trình.",
    ]
    plan = parse_text("\n".join([*head, *STEP_ONE, *BODY]))
    assert _read(plan) == [("date", "2026-12-16", None)]
