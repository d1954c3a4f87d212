"""Deadlines read from whole plans: ranges joined without `từ`, open ranges, years bound by a
completion trigger, the closing's reporting time, time cells of task tables; each with the line
and span of its words."""

from __future__ import annotations

import textwrap

from plan_extract.core.contract import Deadline, Plan
from plan_extract.extract.deadline_bindings import _schedule_title
from plan_extract.extract.nlp import may_hold_date
from plan_extract.pipeline import parse_text


def _read(plan: Plan) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (d.kind, d.start and d.start.iso, d.end and d.end.iso, d.recurrence) for d in plan.deadlines
    ]


def _words(plan: Plan, deadline: Deadline) -> str:
    """The characters the deadline's line and span point at, in the plan's own lines."""
    assert plan.lines is not None and deadline.span is not None
    start, end = deadline.span
    return plan.lines[deadline.line - 1].text[start:end]


PLAN = "\n".join(
    [
        "KẾ HOẠCH",
        "Tổng kiểm kê tài sản công năm 2025",
        "I. NHIỆM VỤ",
        "1. Thời gian thực hiện: Tháng 11 - 12/2025.",
        "2. Tiến độ thực hiện: Quý IV/2025 - Quý II/2026.",
        "3. Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.",
        "4. Các xã hoàn thành trong năm 2026 việc cắm mốc giới.",
        "5. Sở Tài chính báo cáo chậm nhất ngày 30/6/2026.",
        "6. Trong năm 2026, tỷ lệ hồ sơ được số hóa đạt 100%.",
    ]
)


def test_ranges_open_ranges_and_completion_years_with_their_words() -> None:
    plan = parse_text(PLAN, with_lines=True)
    assert _read(plan) == [
        ("range", "2025-11", "2025-12", None),
        ("range", "2025-10-01", "2026-06-30", None),
        ("range", "2025-11", None, None),
        ("year", "2026", None, None),
        ("date", "2026-06-30", None, None),
    ]  # `Trong năm 2026` before a target binds no one
    assert [_words(plan, d) for d in plan.deadlines] == [
        "Tháng 11 - 12/2025",
        "Quý IV/2025 - Quý II/2026",
        "Từ tháng 11/2025",
        "hoàn thành trong năm 2026",
        "chậm nhất ngày 30/6/2026",
    ]
    assert [d.line for d in plan.deadlines] == [4, 5, 6, 7, 8]


def test_two_dates_joined_by_a_dash_are_one_range_only_when_something_binds_them() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Thời gian: Tháng 12/2025 - Tháng 3/2026.",
                "2. Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên (06/01/1946 - 06/01/2026).",
            ]
        )
    )
    assert _read(plan) == [("range", "2025-12", "2026-03", None)]


def test_the_closing_paragraph_sets_a_reporting_time() -> None:
    text = "\n\n".join(
        [
            "KẾ HOẠCH",
            "Chuyển đổi số năm 2026",
            "I. NHIỆM VỤ",
            "Triển khai các nhiệm vụ chuyển đổi số.",
            "Trên đây là Kế hoạch chuyển đổi số. Định kỳ hằng năm (trước ngày 30 tháng 11) báo"
            " cáo kết quả thực hiện về Sở Khoa học và Công nghệ.",
            "Nơi nhận:\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A",
        ]
    )
    plan = parse_text(text, markdown=True, with_lines=True)
    deadline = plan.deadlines[0]
    assert _read(plan) == [("recurring", None, None, "yearly")]
    assert deadline.start is not None and (deadline.start.month, deadline.start.day) == (11, 30)
    assert [_words(plan, d) for d in plan.deadlines] == ["trước ngày 30 tháng 11"]
    assert deadline.section is None


def _table_plan(times: list[str]) -> str:
    """A plan with a task table after the signature, one row per time cell, as the Word
    converter prints a table: a `|` line before each cell and at each row's end."""
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [[str(n), f"Nhiệm vụ số {n}", "Sở Nội vụ", time] for n, time in enumerate(times, 1)]
    cells = [
        line
        for row in [header, *rows]
        for line in [*(part for cell in row for part in ("|", cell)), "|"]
    ]
    head = "**I. NHIỆM VỤ**\n\nTriển khai.\n\nTrên đây là Kế hoạch.\n\n"
    signature = "|\nNơi nhận:\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A\n|\n\n"
    appendix = "**PHỤ LỤC**\n\nDANH MỤC NHIỆM VỤ\n\n"
    return head + signature + appendix + "\n".join(cells) + "\n"


def test_time_cells_of_month_ranges_open_starts_and_yearly_days() -> None:
    plan = parse_text(
        _table_plan(
            [
                "Tháng 11 - 12/2025",
                "Từ tháng 11/2025",
                "Năm 2025 - 2026",
                "Trước ngày 15/12 hằng năm",
                "Tháng 12 hằng năm",
                "Tháng 12",
                "Quý II-III/2026",
            ]
        ),
        markdown=True,
    )
    assert _read(plan) == [
        ("range", "2025-11", "2025-12", None),
        ("range", "2025-11", None, None),
        ("recurring", None, None, "yearly"),
        ("recurring", None, None, "yearly"),
        ("range", "2026-04-01", "2026-09-30", None),
    ]  # a span of whole years gives none, and so does a month without its year in a plan over
    # several years (here, with no title, the span its head names: 2025 - 2026)


def test_a_time_cell_listing_years_gives_none_one_year_gives_it() -> None:
    """Years listed together in a time cell (`Năm 2026, 2027`, `Năm 2026 và năm 2027`) name
    the span they cover, as in a sentence: none; a year alone, or one the work goes on past
    (`Năm 2026 và hằng năm`), is that year (corpus/ANNOTATION.md)."""
    plan = parse_text(
        _table_plan(["Năm 2026, 2027", "Năm 2026 và năm 2027", "Năm 2026", "Năm 2027 và hằng năm"]),
        markdown=True,
    )
    assert _read(plan) == [("year", "2026", None, None), ("year", "2027", None, None)]


def test_years_a_semicolon_lists_give_none_a_clause_it_opens_keeps_its_year() -> None:
    """`Năm 2026;2027` in a time cell or after a label lists years, as `Năm 2026, 2027` does:
    the span they cover, none (corpus/ANNOTATION.md); a semicolon before a clause that opens
    with a word (`năm 2027 ...`) lists nothing, and the year before it stays."""
    plan = parse_text(
        _table_plan(["Năm 2026;2027", "Năm 2026; 2027", "Năm 2027"]),
        markdown=True,
    )
    assert _read(plan) == [("year", "2027", None, None)]
    prose = parse_text(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Rà soát hồ sơ. Thời gian thực hiện: Năm 2026;2027.",
                "2. Tập huấn hội viên trong năm 2026; năm 2027 tổ chức sơ kết.",
            ]
        )
    )
    assert _read(prose) == [("year", "2026", None, None)]


def test_a_quarter_abbreviated_to_its_letter_is_no_month() -> None:
    """`Q2/2026` is a quarter written with its letter, never February: before, the figure and
    year after `Q` read as a bare month (`2/2026`), a false deadline in prose and cells; a bare
    month after a label (`4/2026`) still reads."""
    plan = parse_text(_table_plan(["Q2/2026", "Q3/2026", "4/2026"]), markdown=True)
    assert _read(plan) == [("date", "2026-04", None, None)]
    prose = parse_text(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Xây dựng tài liệu, hoàn thành trong Q2/2026.",
                "2. Tổ chức hội nghị trong Q4/2026.",
            ]
        )
    )
    assert _read(prose) == []


def test_dates_sharing_a_trigger_a_year_or_an_hour() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Tổ chức tuyên truyền trong tháng 11 và tháng 12 năm 2025.",
                "2. Các xã gửi báo cáo trước 17 giờ ngày 15/12/2025.",
                "3. Hội nghị khai mạc lúc 8 giờ 00 tại hội trường.",
            ]
        ),
        with_lines=True,
    )
    assert _read(plan) == [
        ("date", "2025-11", None, None),
        ("date", "2025-12", None, None),
        ("date", "2025-12-15", None, None),
    ]
    assert _words(plan, plan.deadlines[2]) == "trước 17 giờ ngày 15/12/2025"


def test_a_list_of_days_with_the_day_word_again_gives_each_day() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Tổ chức hội thi vào ngày 15 và ngày 20/7/2026.",
                "2. Kiểm tra các thôn vào ngày 10, ngày 12 và ngày 14-8-2026.",
                "3. Họp vào ngày 20 và ngày 12/11/2026.",
            ]
        ),
        with_lines=True,
    )
    assert _read(plan) == [
        ("date", "2026-07-15", None, None),
        ("date", "2026-07-20", None, None),
        ("date", "2026-08-10", None, None),
        ("date", "2026-08-12", None, None),
        ("date", "2026-08-14", None, None),
        ("date", "2026-11-12", None, None),  # backward: no list, the dated day alone
    ]


def test_the_days_of_an_items_parts_each_in_its_own_clause() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "- Đối với khối tiểu học: Lớp 1 ngày 19/8/2026. Các lớp còn lại ngày 26/8/2026.",
                "Đại hội cấp xã: Tổ chức từ ngày 01/4/2026 đến ngày 30/4/2026. Khai mạc ngày"
                " 01/4/2026 (Thứ Tư). Bế mạc ngày 30/4/2026.",
                "- Thành viên tổ: Ông Nguyễn Văn B sinh ngày 15/6/1993.",
                "- Căn cứ pháp lý: Công văn số 12 ngày 05/3/2026.",
                "- Đoàn kiểm tra: Kiểm tra ngày 10/3/2026 tại thôn Đông.",
                "Năm 2025, tại Hội nghị tổng kết: Khai mạc ngày 10/3/2025.",
            ]
        ),
        with_lines=True,
    )
    assert _read(plan) == [
        ("date", "2026-08-19", None, None),
        ("date", "2026-08-26", None, None),
        ("range", "2026-04-01", "2026-04-30", None),
        ("date", "2026-04-01", None, None),
        ("date", "2026-04-30", None, None),
    ]
    assert _words(plan, plan.deadlines[1]).endswith("26/8/2026")


ISSUED = [
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
    "Số: 12/KH-UBND",
    "Đắk Lắk, ngày 21 tháng 11 năm 2025",
    "KẾ HOẠCH",
    "Rà soát hộ nghèo cuối năm 2025",
]


def test_a_time_past_at_issue_and_a_review_of_what_was_done_bind_no_one() -> None:
    plan = parse_text(
        "\n".join(
            [
                *ISSUED,
                "I. KẾT QUẢ THỰC HIỆN NĂM 2024",
                "Kế hoạch năm 2025 giao các xã hoàn thành rà soát trước ngày 31/12/2025.",
                "II. NHIỆM VỤ",
                "1. Trước ngày 15/10/2025, các xã đã lập danh sách hộ nghèo.",
                "2. Thời gian thực hiện: Tháng 10/2025.",
                "3. Thời gian thực hiện: Tháng 11/2025.",
                "4. Các xã báo cáo kết quả trước ngày 15/12/2025.",
            ]
        )
    )
    assert _read(plan) == [("date", "2025-11", None, None), ("date", "2025-12-15", None, None)]


def test_the_dates_under_a_schedule_heading_are_stated_times_but_not_a_year_alone() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Tiến độ thực hiện",
                "- Tháng 11/2025: tổ chức hội nghị triển khai.",
                "- Quý I/2026: sơ kết, rút kinh nghiệm.",
                "2. Thời gian thực hiện",
                "Năm 2026.",
                "3. Tuyên truyền",
                "- Tháng 11/2025, các xã đã tổ chức tuyên truyền.",
            ]
        )
    )
    assert _read(plan) == [
        ("date", "2025-11", None, None),
        ("range", "2026-01-01", "2026-03-31", None),
    ]  # a year alone there is the plan's own span; elsewhere a month alone binds no one


def test_a_schedule_heading_is_read_once_for_the_lines_under_it() -> None:
    """Each line under a section asks whether its title names a schedule: the title is read
    once, the other lines reuse the answer."""
    _schedule_title.cache_clear()
    parse_text(
        "\n".join(
            [
                "I. TIẾN ĐỘ THỰC HIỆN",
                "- Tháng 11/2025: tổ chức hội nghị triển khai.",
                "- Tháng 12/2025: kiểm tra việc thực hiện.",
                "- Quý I/2026: sơ kết, rút kinh nghiệm.",
            ]
        )
    )
    assert _schedule_title.cache_info().hits >= 2


DECISION = "\n\n".join(
    [
        "|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH SƠN LA\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố: 12/QĐ-UBND\n|\n*Sơn La, ngày 20\n"
        "tháng 11 năm 2025*\n|",
        "**QUYẾT ĐỊNH**",
        "Về việc ban hành Kế hoạch chuyển đổi số năm 2026",
        "**ỦY BAN NHÂN DÂN TỈNH SƠN LA**",
        "**QUYẾT ĐỊNH:**",
        "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.",
        "**Điều 2.** Giao Sở Khoa học và Công nghệ chủ trì triển khai, báo cáo Ủy ban nhân dân"
        " tỉnh trước ngày 15/12 hằng năm.",
        "**Điều 3.** Quyết định này có hiệu lực từ ngày 01/01/2026 đến hết ngày 31/12/2026.",
        "**KẾ HOẠCH**",
        "Chuyển đổi số năm 2026",
        "**I. NHIỆM VỤ**",
        "Các sở hoàn thành trong năm 2026 việc số hóa hồ sơ.",
    ]
)


def test_the_articles_of_a_decision_set_times_but_not_their_own_force() -> None:
    plan = parse_text(DECISION, markdown=True)
    assert plan.document.kind == "quyet_dinh"
    assert _read(plan) == [("recurring", None, None, "yearly"), ("year", "2026", None, None)]
    assert plan.deadlines[0].section is None


def _one_year_plan(lines: list[str], title: str = "Phòng chống thiên tai năm 2026") -> str:
    """A plan for 2026 issued on 5 January 2026, with `lines` in its task section."""
    head = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 03/KH-UBND", "Tân Hòa, ngày 05 tháng 01 năm 2026"]
    return "\n".join([*head, "KẾ HOẠCH", title, "I. NHIỆM VỤ", *lines])


def test_a_quarter_or_month_without_its_year_is_of_the_plan_s_one_year() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Tổ chức diễn tập phương án ứng phó trong Quý II.",
                "2. Thời gian hoàn thành: Tháng 9.",
                "3. Kiểm tra chéo giữa các thôn trong Quý III hằng năm.",
                "4. Tháng 5 hằng năm là Tháng hành động vì an toàn thực phẩm.",
            ]
        ),
        with_lines=True,
    )
    assert _read(plan) == [
        ("range", "2026-04-01", "2026-06-30", None),
        ("date", "2026-09", None, None),
        ("range", None, None, "yearly"),
    ]
    third = plan.deadlines[2]
    assert third.start is not None and (third.start.month, third.start.day) == (7, 1)
    assert third.end is not None and (third.end.month, third.end.day) == (9, 30)
    assert [_words(plan, d) for d in plan.deadlines] == ["trong Quý II", "Tháng 9", "trong Quý III"]


def test_a_quarter_or_month_without_its_year_in_a_plan_over_several_years_is_no_deadline() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Tổ chức diễn tập phương án ứng phó trong Quý II.",
                "2. Thời gian hoàn thành: Tháng 9.",
            ],
            title="Phòng chống thiên tai giai đoạn 2026 - 2030",
        )
    )
    assert _read(plan) == []  # nothing says which year of the five


def test_a_heading_s_year_dates_the_quarters_under_it() -> None:
    text = _one_year_plan(
        ["1. Năm 2027", "- Hoàn thành kiên cố hóa kênh mương trong Quý III."],
        title="Phòng chống thiên tai giai đoạn 2026 - 2030",
    )
    assert _read(parse_text(text)) == [("range", "2027-07-01", "2027-09-30", None)]


def test_lists_of_quarters_and_months_give_one_deadline_each() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Tổ chức kiểm tra trong Quý I, II năm 2026.",
                "2. Thời gian thực hiện: Quý III, IV/2026.",
                "3. Các thôn báo cáo vào tháng 3, 6, 9 và 12 hằng năm.",
                "4. Thời gian thực hiện: Tháng 6, 7/2026.",
                "5. Tổ chức tập huấn trong tháng 9, 6 năm 2026.",
                "6. Trong tháng 10, 7 xã hoàn thành rà soát.",
            ]
        )
    )
    assert _read(plan) == [
        ("range", "2026-01-01", "2026-03-31", None),
        ("range", "2026-04-01", "2026-06-30", None),
        ("range", "2026-07-01", "2026-09-30", None),
        ("range", "2026-10-01", "2026-12-31", None),
        *[("recurring", None, None, "yearly")] * 4,
        ("date", "2026-06", None, None),
        ("date", "2026-07", None, None),
        ("date", "2026-09", None, None),
        ("date", "2026-10", None, None),
    ]  # a list that runs backwards is no list, nor `tháng 10, 7 xã`: the first month is alone
    months = [d.start.month for d in plan.deadlines if d.kind == "recurring" and d.start]
    assert months == [3, 6, 9, 12]


def test_dotted_dates_and_months_without_the_month_word() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Gửi hồ sơ trước ngày 10.11.2026.",
                "2. Thời gian thực hiện: 8/2026.",
                "3. Thực hiện theo Nghị quyết số 05/2026/NQ-HĐND trong năm 2026.",
            ]
        )
    )
    assert _read(plan) == [("date", "2026-11-10", None, None), ("date", "2026-08", None, None)]


def test_a_quarter_without_a_figure_on_its_line_is_read_in_the_closing_too() -> None:
    text = "\n\n".join(
        [
            _one_year_plan(["1. Triển khai các nhiệm vụ phòng chống thiên tai."]),
            "Trên đây là Kế hoạch phòng chống thiên tai. Các thôn báo cáo kết quả trong Quý IV.",
            "Nơi nhận:\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A",
        ]
    )
    plan = parse_text(text, markdown=True)
    assert _read(plan) == [("range", "2026-10-01", "2026-12-31", None)]


def test_a_time_cell_without_its_year_is_no_deadline_in_a_plan_for_one_year_too() -> None:
    text = "KẾ HOẠCH\nCải cách hành chính năm 2026\n" + _table_plan(["Quý II", "Tháng 9/2026"])
    assert _read(parse_text(text, markdown=True)) == [("date", "2026-09", None, None)]


def test_halves_of_the_year_and_days_of_each_quarter() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Các xã hoàn thành cấp đổi giấy chứng nhận trong 6 tháng đầu năm.",
                "2. Thời gian hoàn thành: 6 tháng cuối năm 2026.",
                "3. Tổ chức sơ kết 6 tháng đầu năm 2026.",
                "4. Định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo Sở Nội vụ.",
            ]
        ),
        with_lines=True,
    )
    assert _read(plan) == [
        ("range", "2026-01-01", "2026-06-30", None),
        ("range", "2026-07-01", "2026-12-31", None),
        ("recurring", None, None, "quarterly"),
    ]  # a review of the first half names what it covers, not when it is due
    assert plan.deadlines[2].start is not None and plan.deadlines[2].start.day == 20
    assert _words(plan, plan.deadlines[2]) == "trước ngày 20 của tháng cuối quý"


def test_spans_without_their_year_and_a_span_opened_by_tu() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Thời gian thực hiện: Quý II - Quý III.",
                "2. Thời gian thực hiện: Tháng 6 - 8.",
                "3. Tiến độ: Từ Quý III đến Quý IV/2026.",
                "4. Hạn hoàn thành: Từ tháng 9 đến tháng 10.",
            ]
        )
    )
    assert _read(plan) == [
        ("range", "2026-04-01", "2026-09-30", None),
        ("range", "2026-06", "2026-08", None),
        ("range", "2026-07-01", "2026-12-31", None),
        ("range", "2026-09", "2026-10", None),
    ]  # `Từ` before a span opens that span, not a range without end


def test_a_schedule_label_alone_on_its_line_dates_the_list_after_it() -> None:
    plan = parse_text(
        _one_year_plan(
            [
                "1. Tổ chức tập huấn chuyển đổi số cho cán bộ.",
                "- Thời gian thực hiện:",
                "+ Đợt 1: tháng 7 đến tháng 8/2026.",
                "+ Đợt 2: Quý IV.",
                "- Địa điểm: Hội trường xã; tháng 9/2026 sửa chữa hội trường.",
            ]
        )
    )
    assert _read(plan) == [
        ("range", "2026-07", "2026-08", None),
        ("range", "2026-10-01", "2026-12-31", None),
    ]  # the list ends where another mark starts


def test_a_line_without_a_figure_is_matched_for_dates_when_it_names_a_quarter() -> None:
    assert may_hold_date("- Thời gian thực hiện: Quý III.")
    assert may_hold_date("Hoàn thành trước ngày 15/12")
    assert not may_hold_date("Tuyên truyền thường xuyên trên loa truyền thanh.")
    plan = parse_text(
        _one_year_plan(["- Tổ chức tập huấn kỹ năng số.", "- Thời gian thực hiện: Quý III."])
    )
    assert _read(plan) == [("range", "2026-07-01", "2026-09-30", None)]


TASKS = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG TRỊ",
    "Số: 45/KH-UBND",
    "Quảng Trị, ngày 10 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Chuyển đổi số giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Thời gian thực hiện:",
    "Năm 2026.",
    "II. NHIỆM VỤ",
]


def test_a_year_after_a_task_s_label_alone_on_its_line_is_the_task_s_time() -> None:
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Xây dựng cơ sở dữ liệu đất đai",
                "- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.",
                "- Thời gian thực hiện:",
                "Năm 2027.",
                "2. Số hóa hồ sơ hộ tịch",
                "- Thời gian hoàn thành: 2028.",
                "3. Rà soát thủ tục hành chính",
                "- Thời gian thực hiện: Từ năm 2026 đến năm 2030.",
                "- Thời gian thực hiện: 2026 - 2027.",
                "4. Số hóa hồ sơ địa chính",
                "a) Nội dung: quét, nhập dữ liệu hồ sơ.",
                "b) Thời gian thực hiện",
                "Năm 2029.",
            ]
        ),
        with_lines=True,
    )
    assert _read(plan) == [
        ("year", "2027", None, None),
        ("year", "2028", None, None),
        ("year", "2029", None, None),
    ]
    # the opening's label gives the plan's span, and neither end of a span of years binds
    assert [_words(plan, d) for d in plan.deadlines] == ["Năm 2027", "2028", "Năm 2029"]


def test_a_day_without_its_year_binds_only_when_it_comes_back() -> None:
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Các sở gửi báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước"
                " ngày 15/12.",
                "2. Định kỳ hằng tháng, trước ngày 25, các xã báo cáo tiến độ.",
                "3. Các xã nộp hồ sơ trước ngày 30 tháng 9 để tổng hợp.",
                "4. Các xã hoàn thành rà soát trước ngày 25.",
            ]
        )
    )
    assert _read(plan) == [
        ("recurring", None, None, "quarterly"),
        ("recurring", None, None, "yearly"),
        ("recurring", None, None, "monthly"),
    ]  # a plan over five years: the year of `30 tháng 9` is not named
    assert [(d.start.month, d.start.day) for d in plan.deadlines if d.start] == [
        (None, 15),
        (12, 15),
        (None, 25),
    ]


def test_a_dated_time_before_a_colon_opening_an_item_is_its_time_but_not_an_anniversary() -> None:
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Tuyên truyền các ngày lễ lớn",
                "- Ngày 03/02: Kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam.",
                "2. Các bước triển khai",
                "- Tháng 8/2026: tổ chức tập huấn cho cán bộ cơ sở.",
                "+ **Quý IV/2026 - Quý I/2027:** kiểm tra, đánh giá.",
                "- Tháng 9/2026, các xã đã tổ chức tuyên truyền.",
            ]
        ),
        markdown=True,
    )
    assert _read(plan) == [
        ("date", "2026-08", None, None),
        ("range", "2026-10-01", "2027-03-31", None),
    ]


CONVENTIONS = """**KẾ HOẠCH**

**Chuyển đổi số giai đoạn 2026 - 2030**

**I. NHIỆM VỤ**

**1. Số hóa hồ sơ địa chính**

a) Nội dung: quét, nhập dữ liệu hồ sơ địa chính của các xã, phường trên địa bàn tỉnh.

b) Thời gian thực hiện

Năm 2027.

**2. Tập huấn**

- Tháng 8/2026: tổ chức tập huấn cho cán bộ cơ sở về chuyển đổi số và dữ liệu số.

+ Đợt 2: Quý IV/2026.

- Thời gian thực hiện - Quý III/2026

- Hạn nộp hồ sơ đăng ký: 30/6/2026, gửi về Sở Khoa học và Công nghệ qua hệ thống quản lý văn bản.

Xây dựng đề án phát triển du lịch cộng đồng gắn với chuyển đổi số (Quý III/2026).

Các xã báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày …/9/2026.

- Thời gian thực hiện: Từ tháng 5/2026 đến hết năm 2026.
"""


def test_the_conventions_read_alike_in_markdown_and_in_text_hard_wrapped_at_60() -> None:
    wrapped = "\n".join(textwrap.fill(block, 60) for block in CONVENTIONS.split("\n"))
    found = _read(parse_text(CONVENTIONS, markdown=True))
    assert found == [
        ("year", "2027", None, None),
        ("date", "2026-08", None, None),
        ("range", "2026-10-01", "2026-12-31", None),
        ("range", "2026-07-01", "2026-09-30", None),
        ("date", "2026-06-30", None, None),
        ("range", "2026-07-01", "2026-09-30", None),
        ("date", "2026-09", None, None),
        ("range", "2026-05", "2026", None),
    ]
    assert _read(parse_text(wrapped)) == found


def test_a_time_opening_an_objective_s_item_is_the_target_s_not_a_deadline() -> None:
    plan = parse_text(
        "\n".join(
            [
                "KẾ HOẠCH",
                "Chuyển đổi số giai đoạn 2026 - 2030",
                "I. MỤC TIÊU",
                "1. Mục tiêu cụ thể",
                "- Quý II/2026: 30% hồ sơ được số hóa.",
                "II. NHIỆM VỤ",
                "- Tháng 12/2026: tổ chức tập huấn.",
            ]
        )
    )
    assert _read(plan) == [("date", "2026-12", None, None)]
    assert [float(t.value) for t in plan.targets] == [30.0]


DASHED = "\n".join(
    [
        "KẾ HOẠCH",
        "Tổ chức Hội thi tìm hiểu pháp luật năm 2026",
        "II. NHIỆM VỤ",
        "1. Các chi bộ gửi danh sách dự thi về Ban Tổ chức trước ngày 20-4.",
        "2. Hội thi diễn ra từ ngày 05-5 đến 25-5.",
        "3. Ban Tổ chức tổng hợp kết quả trước ngày 30-6 năm 2026.",
        "4. Các xã cập nhật số liệu từ ngày 01-05 hằng tháng.",
        "5. Tổ chức tập huấn trong các ngày 10-12 tháng 8.",
        "6. Phấn đấu giảm 10-12 vụ vi phạm.",
    ]
)


def test_a_day_and_month_joined_by_a_dash_after_the_day_word_is_a_date() -> None:
    """`ngày 20-4` as Party documents and the press print it, in a one-year plan; figures joined
    by a dash before a monthly frequency or a month are days of one month, no day and month
    (before `hằng tháng`, the same days each month; before `tháng 8`, days of August in the
    plan's year), and without the day word no date at all."""
    plan = parse_text(DASHED, with_lines=True)
    assert _read(plan) == [
        ("date", "2026-04-20", None, None),
        ("range", "2026-05-05", "2026-05-25", None),
        ("date", "2026-06-30", None, None),
        ("range", None, None, "monthly"),
        ("range", "2026-08-10", "2026-08-12", None),
    ]  # no 1 May, 10 December, nor a date from the count: the 1st to the 5th of each month
    assert [_words(plan, d) for d in plan.deadlines] == [
        "trước ngày 20-4",
        "từ ngày 05-5 đến 25-5",
        "trước ngày 30-6 năm 2026",
        "từ ngày 01-05 hằng tháng",
        "trong các ngày 10-12 tháng 8",
    ]
    monthly = plan.deadlines[3]
    assert monthly.start is not None and monthly.end is not None
    assert (monthly.start.day, monthly.end.day) == (1, 5)


COVERAGE = "\n".join(
    [
        "KẾ HOẠCH",
        "Thống kê kết quả chuyển đổi số năm 2026",
        "II. NHIỆM VỤ",
        "1. Kỳ báo cáo tính bắt đầu từ 0 giờ ngày 01/10/2025 cho đến hết 24 giờ ngày 30/9/2026.",
        "2. Các sở gửi báo cáo về Sở Khoa học và Công nghệ trước 17 giờ ngày 10/10/2026.",
    ]
)


def test_a_report_s_coverage_with_hours_binds_no_one_but_its_due_day_does() -> None:
    """The period a report covers, its days printed after an hour, gives no deadline at either
    end; the day the report is due, after an hour too, is one."""
    plan = parse_text(COVERAGE, with_lines=True)
    assert _read(plan) == [("date", "2026-10-10", None, None)]
    assert [d.line for d in plan.deadlines] == [5]


ROUNDS = "\n".join(
    [
        "KẾ HOẠCH",
        "Tiêm phòng cho đàn gia súc năm 2026",
        "II. NHIỆM VỤ",
        "1. Đợt 1 tiêm phòng từ ngày 07 đến 21-3-2026; đợt 2 từ ngày 05 đến 19-9-2026.",
        "2. Thời gian ra quân: từ ngày 28/8/2026 đến hết ngày 04/9.",
    ]
)


def test_rounds_of_days_to_a_dashed_date_and_an_end_taking_its_start_s_year() -> None:
    plan = parse_text(ROUNDS, with_lines=True)
    assert _read(plan) == [
        ("range", "2026-03-07", "2026-03-21", None),
        ("range", "2026-09-05", "2026-09-19", None),
        ("range", "2026-08-28", "2026-09-04", None),
    ]


def test_days_of_a_year_nothing_names_are_no_deadline() -> None:
    """In a plan over several years a range or a start of days printed without their year
    binds no day of the calendar (corpus/ANNOTATION.md: nothing invented), as a day alone
    does; one whose line names the year, or that comes back every year, does."""
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Các xã tổ chức rà soát từ ngày 05/4 đến ngày 20/5.",
                "2. Từ ngày 01/8, các thôn cập nhật danh sách.",
                "3. Các xã gửi báo cáo trước ngày 30/4.",
                "4. Năm 2027, các xã tổ chức rà soát từ ngày 05/4 đến ngày 20/5.",
                "5. Tổ chức Tháng hành động từ ngày 15/11 đến ngày 15/12 hằng năm.",
            ]
        )
    )
    assert _read(plan) == [
        ("range", "2027-04-05", "2027-05-20", None),
        ("range", None, None, "yearly"),
    ]


def test_a_day_of_the_year_after_is_the_next_year_s_or_none() -> None:
    """`năm sau`, `năm kế tiếp`, `năm liền kề` right after a day without its year: in a plan
    for one year it is a day of the year after (no longer the plan's own year); where no year
    is named, no day of the calendar (corpus/ANNOTATION.md), unless the clause names a yearly
    report (`báo cáo cả năm`, `năm báo cáo`). A year printed stays."""
    one_year = parse_text(
        "\n".join(
            [
                "KẾ HOẠCH",
                "Phổ biến pháp luật năm 2027",
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Các phòng gửi báo cáo tổng kết chậm nhất ngày 18/01 năm sau.",
                "2. Các xã nộp hồ sơ trước ngày 05 tháng 02 của năm kế tiếp.",
                "3. Các xã nộp danh sách trước ngày 20/12.",
                "4. Các phòng nộp hồ sơ khen thưởng trước ngày 12 tháng 01 của năm tiếp theo.",
            ]
        )
    )
    assert _read(one_year) == [
        ("date", "2028-01-18", None, None),
        ("date", "2028-02-05", None, None),
        ("date", "2027-12-20", None, None),
        ("date", "2028-01-12", None, None),
    ]
    every_year = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Các sở gửi báo cáo cả năm trước ngày 12/01 của năm liền kề.",
                "2. Các sở gửi báo cáo trước ngày 12/01/2027 năm sau.",
                "3. Các sở gửi báo cáo trước ngày 12/01.",
                "4. Hồ sơ đề nghị khen thưởng gửi chậm nhất ngày 20/02 của năm sau liền kề.",
                "5. Các huyện gửi báo cáo chậm nhất là ngày 18/01 năm kế tiếp của năm báo cáo.",
            ]
        )
    )
    assert [
        (d.kind, d.start and (d.start.year, d.start.month, d.start.day), d.recurrence)
        for d in every_year.deadlines
    ] == [
        ("recurring", (None, 1, 12), "yearly"),
        ("date", (2027, 1, 12), None),
        ("recurring", (None, 1, 18), "yearly"),
    ]


def test_a_school_year_s_review_is_no_yearly_report() -> None:
    """`tổng kết năm` names a yearly review, but inside `tổng kết năm học` it is one school
    year's: its day without a year comes back only when the clause says so (`hằng năm`)."""
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Các trường tổ chức tổng kết năm học 2026 - 2027 trước ngày 20/5.",
                "2. Các trường gửi báo cáo tổng kết năm học trước ngày 25/5 hằng năm.",
                "3. Các xã tổ chức tổng kết năm trước ngày 18/12.",
            ]
        )
    )
    assert [(d.start and (d.start.month, d.start.day), d.recurrence) for d in plan.deadlines] == [
        ((5, 25), "yearly"),
        ((12, 18), "yearly"),
    ]


def test_a_report_calendar_s_days_spelled_again_and_of_the_next_month() -> None:
    """A statute's report calendar prints each figure spelled again in brackets (`ngày 06 (sáu)
    tháng 06 (sáu)`, `báo cáo 06 (sáu) tháng`), read as the figure alone, and a monthly
    report's day as a day of the month after (`trước ngày 10 của tháng tiếp theo`): the same
    day every month."""
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Báo cáo tháng: các trạm gửi Trung tâm trước ngày 08 của tháng tiếp theo.",
                "2. Báo cáo 06 (sáu) tháng gửi chậm nhất ngày 12 tháng 7.",
                "3. Báo cáo định kỳ gửi chậm nhất ngày 05 (năm) tháng 12 (mười hai).",
                "4. Các xã tổ chức 02 (hai) đợt ra quân trước ngày 15 (mười lăm) tháng 9.",
            ]
        )
    )
    assert [
        (d.kind, d.start and (d.start.month, d.start.day), d.recurrence) for d in plan.deadlines
    ] == [
        ("recurring", (None, 8), "monthly"),
        ("recurring", (7, 12), "yearly"),
        ("recurring", (12, 5), "yearly"),
    ]


def test_a_schedule_label_closed_by_la_states_its_time() -> None:
    """`thời hạn gửi báo cáo là 30/10 hằng năm`: a label opening its clause and closed by `là`
    right before the date states the time as a colon's label does, also after a reporting
    moment named earlier in the sentence, and so do an expected time's words (`Dự kiến triển
    khai là quý I/2027`: corpus/ANNOTATION.md, an expected time binds); a moment alone
    (`thời điểm ... là`), a label inside running text or before a figure that is no date binds
    nothing."""
    plan = parse_text(
        "\n".join(
            [
                *TASKS,
                "1. Kỳ giữa năm, thời điểm báo cáo là 30/6, thời hạn gửi báo cáo là 20/7 hằng năm.",
                "2. Thời hạn nộp hồ sơ đề nghị về Sở Nội vụ là ngày 15/9/2027.",
                "3. Thời điểm chốt số liệu là ngày 30/6/2027.",
                "4. Các xã được kéo dài thời hạn nộp hồ sơ là 15/10/2027.",
                "5. Thanh tra tại xã A, thời hạn 60 ngày. Dự kiến triển khai là quý I/2027.",
                "6. Dự kiến thời gian tổ chức là ngày 15/5/2027.",
                "7. Dự kiến thực hiện năm 2027 là 50 hộ.",
                "8. Hội nghị dự kiến tổ chức là tháng 5/2027.",
            ]
        )
    )
    assert _read(plan) == [
        ("recurring", None, None, "yearly"),
        ("date", "2027-09-15", None, None),
        ("range", "2027-01-01", "2027-03-31", None),
        ("date", "2027-05-15", None, None),
    ]


def test_a_news_page_gives_no_year_to_days_printed_without_one() -> None:
    """A news page has no document's header: the year one of its sentences prints is that
    sentence's, not the page's, and the days the others print without a year are no deadline
    (corpus/ANNOTATION.md)."""
    page = "\n".join(
        [
            "Theo kế hoạch, các trường công bố thí sinh trúng tuyển đại học năm 2025 trước 17h"
            " ngày 22/8.",
            "Thí sinh xác nhận nhập học trực tuyến đợt 1 trên hệ thống trước 17h ngày 30/8.",
        ]
    )
    assert _read(parse_text(page)) == [("date", "2025-08-22", None, None)]


def test_a_news_page_s_opening_date_issues_nothing() -> None:
    """A news page has no day of issue: the date its opening sentence prints (`TTO - Thứ Hai,
    ngày 20/4/2026, ...`), which the header reads as one, dates no document, so the days its
    list sets before it are not past and still bind (corpus/ANNOTATION.md)."""
    page = "\n".join(
        [
            "Thi tốt nghiệp: các mốc thời gian cần nhớ",
            "TTO - Thứ Hai, ngày 20/4/2026, học sinh lớp 12 trên cả nước bắt đầu đăng ký dự thi.",
            "Dưới đây là các mốc thời gian cần lưu ý:",
            "- Ngày 10/4/2026: Sở Giáo dục và Đào tạo cấp tài khoản đăng ký dự thi cho thí sinh.",
            "- Ngày 05/5/2026: các trường hoàn thành việc nhập thông tin đăng ký dự thi.",
        ]
    )
    plan = parse_text(page)
    assert plan.document.issued is not None and plan.document.issued.iso == "2026-04-20"
    assert _read(plan) == [("date", "2026-04-10", None, None), ("date", "2026-05-05", None, None)]


def test_a_time_a_named_body_reports_done_binds_no_one() -> None:
    """A time opening its sentence, then a subject naming bodies right before `đã`, however
    long the names (`..., Ủy ban nhân dân xã Tân Lập đã ...`), reports what was done; a task
    whose own words come before a later `đã` (`UBND các xã báo cáo kết quả đã đạt được`) is
    still due (corpus/ANNOTATION.md)."""
    plan = parse_text(
        _one_year_plan(
            [
                "1. Trong tháng 3/2026, Ủy ban nhân dân xã Tân Hòa đã tổ chức 02 lớp tập huấn.",
                "2. Trong tháng 4/2026, Hội Liên hiệp Phụ nữ xã Tân Hòa đã ra mắt 03 câu lạc bộ.",
                "3. Trước ngày 15/5/2026, UBND các thôn báo cáo kết quả đã đạt được về xã.",
                "4. Trong tháng 6/2026, Hội Liên hiệp Phụ nữ xã Tân Hòa tổ chức hội thi.",
            ]
        )
    )
    assert _read(plan) == [("date", "2026-05-15", None, None), ("date", "2026-06", None, None)]


def test_a_month_takes_no_year_from_a_span_of_years_or_a_horizon() -> None:
    """In a plan over several years, a month without its year takes none from a span or list of
    years or a horizon (`đến năm 2035`) in its sentence, only from a year printed alone; a year
    the years after it follow is the year it starts (corpus/ANNOTATION.md)."""
    head = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 03/KH-UBND", "Tân Hòa, ngày 05 tháng 01 năm 2026"]
    plan = parse_text(
        "\n".join(
            [
                *head,
                "KẾ HOẠCH",
                "Chuyển đổi số giai đoạn 2026 - 2030",
                "I. NHIỆM VỤ",
                "1. Dự kiến vào tháng 9 tới, rà soát các thôn trong các năm 2026-2028.",
                "2. Dự kiến vào tháng 9, rà soát quy hoạch và định hướng đến năm 2035.",
                "3. Kiểm tra các thôn vào tháng 9 trong năm 2027 và năm 2028.",
                "4. Năm 2027, các thôn hoàn thành rà soát vào tháng 10.",
                "5. Duy trì tổ công nghệ số trong năm 2027 và những năm tiếp theo.",
            ]
        )
    )
    assert _read(plan) == [("date", "2027-10", None, None), ("year", "2027", None, None)]
