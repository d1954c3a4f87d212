"""Deadlines read around the numbered body: an appendix printed as paragraphs after the
signature, a decision's articles whose numbered items are sections too (read once), and the
older spelling `Quí` and dotted dates opening a list item, in whole plans."""

from __future__ import annotations

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text


def _read(plan: Plan) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (d.kind, d.start and d.start.iso, d.end and d.end.iso, d.recurrence) for d in plan.deadlines
    ]


HEAD = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÀ TĨNH",
    "Số: 95/KH-UBND",
    "Hà Tĩnh, ngày 12 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Hỗ trợ hộ nghèo giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm chính sách đến đúng đối tượng.",
    "II. NHIỆM VỤ",
    "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các sở, ngành triển khai thực hiện.",
    "Nơi nhận:",
    "- Các sở, ngành;",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lê Văn An",
]

APPENDIX = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ",
    "(Kèm theo Kế hoạch số 95/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh)",
    "1. Rà soát hộ nghèo, hộ cận nghèo giữa kỳ.",
    "- Cơ quan chủ trì: Sở Y tế.",
    "- Thời gian hoàn thành: Quý III/2026.",
    "2. Hỗ trợ nhà ở cho hộ nghèo, hoàn thành trước ngày 31/10/2026.",
    "3. Tổng kết mô hình giảm nghèo bền vững (Quý IV/2026).",
]


def test_an_appendix_of_paragraphs_states_its_tasks_times_as_the_body_does() -> None:
    plan = parse_text("\n".join([*HEAD, *APPENDIX]))
    assert _read(plan) == [
        ("range", "2026-07-01", "2026-09-30", None),
        ("date", "2026-10-31", None, None),
        ("range", "2026-10-01", "2026-12-31", None),
    ]  # the note's date (`Kèm theo Kế hoạch số 95/KH-UBND ngày 12/3/2026`) binds no one
    assert all(d.section is None for d in plan.deadlines)


def test_without_an_appendix_the_same_plan_states_no_time() -> None:
    assert parse_text("\n".join(HEAD)).deadlines == []


DECISION = "\n".join(
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÀ TĨNH",
        "Số: 140/QĐ-UBND",
        "Hà Tĩnh, ngày 05 tháng 3 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch phát triển hợp tác xã giai đoạn 2026 - 2030",
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển hợp tác xã.",
        "Điều 2. Các cơ quan sau chịu trách nhiệm tổ chức thực hiện Kế hoạch:",
        "1. Sở Tài chính chủ trì, tổ chức sơ kết vào năm 2028 và tổng kết vào năm 2030.",
        "2. Các sở, ngành báo cáo kết quả trước ngày 15/12 hằng năm.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ]
)


def test_an_article_s_numbered_items_are_read_once() -> None:
    plan = parse_text(DECISION)
    assert plan.document.kind == "quyet_dinh"
    assert _read(plan) == [
        ("year", "2028", None, None),
        ("year", "2030", None, None),
        ("recurring", None, None, "yearly"),
    ]


def test_the_older_spelling_of_the_quarter_and_a_dotted_date_opening_an_item() -> None:
    plan = parse_text(
        "\n".join(
            [
                *HEAD[:9],
                "1. Hoàn thiện cơ chế hỗ trợ tín dụng.",
                "- Thời gian thực hiện: Quí II/2026.",
                "2. Lịch tổ chức hội chợ:",
                "- Ngày 20.4.2026: khai mạc hội chợ sản phẩm.",
                "3. Giao ban hằng quí tại trụ sở các xã.",
            ]
        )
    )
    assert _read(plan) == [
        ("range", "2026-04-01", "2026-06-30", None),
        ("date", "2026-04-20", None, None),
    ]


def test_a_dated_time_alone_on_its_numbered_line_heads_the_tasks_under_it() -> None:
    lines = [
        "1. Quý I/2026",
        "- Ban hành quy chế phối hợp giữa các sở.",
        "- Kiện toàn tổ công tác liên ngành.",
        "2. Tháng 9/2026.",
        "- Sơ kết 9 tháng thực hiện.",
        "3. Năm 2027",
        "- Tổng kết, đánh giá.",
    ]
    plan = parse_text("\n".join([*HEAD[:9], *lines]))
    assert _read(plan) == [
        ("range", "2026-01-01", "2026-03-31", None),
        ("date", "2026-09", None, None),
    ]  # a year alone there heads a roadmap's part, no task's time


def test_a_range_opened_by_tu_does_not_run_over_a_sentence_s_end() -> None:
    article = (
        "Điều 3. Kế hoạch được áp dụng từ ngày 01/4/2026. Hạn báo cáo: đến hết ngày 31/12/2026."
    )
    plan = parse_text(
        DECISION.replace("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", article)
    )
    assert ("date", "2026-12-31", None, None) in _read(plan)
    assert all(d.kind != "range" for d in plan.deadlines)


def test_a_label_naming_periodic_reports_makes_the_days_it_lists_come_back() -> None:
    reports = "Báo cáo định kỳ: 6 tháng (trước ngày 15/6), năm (trước ngày 15/12)."
    plan = parse_text("\n".join([*HEAD[:9], "1. Xây dựng cơ sở dữ liệu hộ nghèo.", reports]))
    assert _read(plan) == [
        ("recurring", None, None, "yearly"),
        ("recurring", None, None, "yearly"),
    ]
    assert [(d.start.month, d.start.day) for d in plan.deadlines] == [(6, 15), (12, 15)]
    plain = "Hồ sơ: gửi trước ngày 15/6, trước ngày 15/12."  # no report named: no year, none
    assert parse_text("\n".join([*HEAD[:9], plain])).deadlines == []


def test_completion_words_label_a_time_only_where_they_open_the_line() -> None:
    lines = [
        "1. Ban hành quy chế quản lý quỹ hỗ trợ.",
        "- Hoàn thành: Quý II/2026.",
        "2. Xây dựng cơ sở dữ liệu hộ nghèo.",
        "- Dự kiến hoàn thành: tháng 9/2026.",
        "3. Các xã phấn đấu hoàn thành: tháng 10/2026 có 80% hộ được rà soát.",
        "- Thời gian thực hiện: Quý I/2027; Quý III/2027.",
    ]
    plan = parse_text("\n".join([*HEAD[:9], *lines]))
    assert _read(plan) == [
        ("range", "2026-04-01", "2026-06-30", None),
        ("date", "2026-09", None, None),
        ("range", "2027-01-01", "2027-03-31", None),
        ("range", "2027-07-01", "2027-09-30", None),
    ]  # a list of times after a label, semicolons between, gives one deadline each
