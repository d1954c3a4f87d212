"""The ways a plan prints when a task is due, one fragment each, read in a plan for one year
(2026, issued in January): a label after the task or closing its line, in brackets, bold or
italic, after a dash; a trigger before a day, month, quarter or year; ranges of days, dotted or
every month; a schedule heading with a date per line or per numbered step."""

from __future__ import annotations

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads, plan_2026
from plan_extract.pipeline import parse_text

_TASKS = "II. NHIỆM VỤ"


Q3: Read = ("range", (2026, 7, 1), (2026, 9, 30), None)
SEPTEMBER: Read = ("date", (2026, 9, None), None, None)
SEPT_30: Read = ("date", (2026, 9, 30), None, None)

SHAPES: dict[str, tuple[list[str], list[Read]]] = {
    "a range's end day named by its occasion before its date": (
        [_TASKS, "- Đợt 2: Từ tháng 8 đến ngày khai giảng 05/9/2026, các trường chuẩn bị."],
        [("range", (2026, 8, None), (2026, 9, 5), None)],
    ),
    "a day after an occasion's dated day": (
        [_TASKS, "1. Sau ngày khai giảng 05/9/2026, các trường báo cáo sĩ số."],
        [],
    ),
    "days counted back from an occasion": (
        [_TASKS, "1. Tổ chức hiệp thương trước ngày bầu cử 25 ngày."],
        [],
    ),
    "a label on its own line after the task": (
        [_TASKS, "1. Lập danh sách người cao tuổi.", "- Thời gian thực hiện: Quý III/2026."],
        [Q3],
    ),
    "a label closing the task's line": (
        [_TASKS, "1. Tập huấn cho cộng tác viên. Thời gian thực hiện: tháng 9/2026."],
        [SEPTEMBER],
    ),
    "a label after a semicolon": (
        [_TASKS, "- Tập huấn cho cộng tác viên; thời gian hoàn thành: tháng 9/2026."],
        [SEPTEMBER],
    ),
    "Thời hạn": ([_TASKS, "1. Lập danh sách.", "- Thời hạn: trước ngày 30/9/2026."], [SEPT_30]),
    "Tiến độ": ([_TASKS, "1. Lập danh sách.", "- Tiến độ: Quý III/2026."], [Q3]),
    "a bare date after Thời hạn hoàn thành": (
        [_TASKS, "1. Lập danh sách.", "- Thời hạn hoàn thành: 30/9/2026."],
        [SEPT_30],
    ),
    "a completion in the brackets closing the task": (
        [_TASKS, "1. Xây dựng mô hình câu lạc bộ (hoàn thành trong Quý III/2026)."],
        [Q3],
    ),
    "a label in the brackets closing the task": (
        [_TASKS, "1. Xây dựng mô hình câu lạc bộ (thời gian thực hiện: Quý III/2026)."],
        [Q3],
    ),
    "a quarter in the closing brackets, the work going on past it": (
        [_TASKS, "1. Tập huấn cho cộng tác viên (Quý III/2026 và thường xuyên)."],
        [Q3],
    ),
    "a year in the closing brackets, the work going on past it": (
        [_TASKS, "1. Kiện toàn tổ tình nguyện (năm 2026 và kiện toàn thường xuyên hằng năm)."],
        [("year", (2026, None, None), None, None)],
    ),
    "brackets going on past the time, inside a sentence": (
        [_TASKS, "1. Tập huấn (Quý III/2026 và thường xuyên) cho cộng tác viên."],
        [],
    ),
    "brackets naming other work after the time": (
        [_TASKS, "1. Tập huấn cho cộng tác viên (Quý III/2026 và tổ chức hội thi)."],
        [],
    ),
    "a bold label": ([_TASKS, "1. Lập danh sách.", "**Thời gian thực hiện:** Quý III/2026."], [Q3]),
    "a bold label, its colon outside": (
        [_TASKS, "1. Lập danh sách.", "**Thời gian thực hiện**: Quý III/2026."],
        [Q3],
    ),
    "an italic label": (
        [_TASKS, "1. Lập danh sách.", "- *Thời gian hoàn thành*: tháng 9/2026."],
        [SEPTEMBER],
    ),
    "an italic completion in brackets": (
        [_TASKS, "1. Lập danh sách người cao tuổi *(hoàn thành trong tháng 9/2026)*."],
        [SEPTEMBER],
    ),
    "a label after a dash": (
        [_TASKS, "1. Lập danh sách người cao tuổi - Thời gian: tháng 9/2026."],
        [SEPTEMBER],
    ),
    "a completion after an en dash": (
        [_TASKS, "1. Lập danh sách người cao tuổi – hoàn thành trong tháng 9/2026."],
        [SEPTEMBER],
    ),
    "a month in words after a label": (
        [_TASKS, "1. Lập danh sách.", "- Thời gian thực hiện: Tháng 9 năm 2026."],
        [SEPTEMBER],
    ),
    "a quarter in words after a trigger": (
        [_TASKS, "1. Các thôn tổ chức sơ kết trong Quý IV năm 2026."],
        [("range", (2026, 10, 1), (2026, 12, 31), None)],
    ),
    "a year after a label": (
        [_TASKS, "1. Lập danh sách.", "- Thời gian thực hiện: năm 2026."],
        [("year", (2026, None, None), None, None)],
    ),
    "chậm nhất ngày": ([_TASKS, "1. Các thôn nộp danh sách chậm nhất ngày 30/9/2026."], [SEPT_30]),
    "an hour and the part of the day before the day": (
        [_TASKS, "1. Các thôn nộp danh sách trước 9 giờ 30 phút sáng ngày 30/9/2026."],
        [SEPT_30],
    ),
    "a range whose end prints its hour": (
        [_TASKS, "1. Trạm Y tế nhận hồ sơ từ ngày 01/7 đến 17 giờ ngày 30/9/2026."],
        [Q3],
    ),
    "a range done, no deadline": (
        [_TASKS, "1. Trạm Y tế đã khám sàng lọc từ ngày 01/7/2026 đến ngày 30/9/2026."],
        [],
    ),
    "a step done before the comma, then the time set": (
        [_TASKS, "1. Trạm Y tế đã lập danh sách, tổ chức khám trong Quý III/2026."],
        [Q3],
    ),
    "a range whose start is dashed and end slashed": (
        [_TASKS, "1. Trạm Y tế khám sàng lọc từ 01-7 đến 30/9/2026."],
        [Q3],
    ),
    "two hours of one day before the day": (
        [_TASKS, "1. Trạm Y tế khám sàng lọc từ 7 giờ 30 đến 11 giờ ngày 30/9/2026."],
        [SEPT_30],
    ),
    "two hours of one day, dashed, before the day": (
        [_TASKS, "1. Trạm Y tế khám sàng lọc từ 13h30 - 16h30, ngày 30/9/2026."],
        [SEPT_30],
    ),
    "the part of the day alone before the day": (
        [_TASKS, "1. Đài truyền thanh tiếp âm phiên khai mạc vào sáng ngày 30/9/2026."],
        [SEPT_30],
    ),
    "a range whose start prints the part of the day": (
        [_TASKS, "1. Các hộ treo cờ từ chiều ngày 01/7/2026 đến hết ngày 30/9/2026."],
        [Q3],
    ),
    "a range of worded days to the end of the last": (
        [_TASKS, "1. Các hộ treo cờ trong 03 ngày từ ngày 28 đến hết ngày 30 tháng 9 năm 2026."],
        [("range", (2026, 9, 28), (2026, 9, 30), None)],
    ),
    "a day of the report's month": (
        [_TASKS, "1. Báo cáo tháng gửi Trạm Y tế trước ngày 15 của tháng"],
        [("recurring", (None, None, 15), None, "monthly")],
    ),
    "a day every quarter": (
        [_TASKS, "1. Các thôn báo cáo định kỳ trước ngày 15 tháng cuối quý."],
        [("recurring", (None, None, 15), None, "quarterly")],
    ),
    "từ ngày ... đến ngày": (
        [_TASKS, "1. Tổ chức khám sàng lọc từ ngày 01/7 đến ngày 30/9/2026."],
        [Q3],
    ),
    "dotted days after a label": (
        [_TASKS, "1. Tổ chức khám sàng lọc.", "- Thời gian: 15.6 - 30.6.2026."],
        [("range", (2026, 6, 15), (2026, 6, 30), None)],
    ),
    "dotted days after từ ngày": (
        [_TASKS, "1. Tổ chức khám sàng lọc từ ngày 15.6 đến ngày 30.6.2026."],
        [("range", (2026, 6, 15), (2026, 6, 30), None)],
    ),
    "a day, then a dotted date ending its range": (
        [_TASKS, "1. Tổ chức khám sàng lọc từ ngày 3 - 28.9.2026."],
        [("range", (2026, 9, 3), (2026, 9, 28), None)],
    ),
    "a start worded as one, alone": (
        [_TASKS, "1. Thời gian rà soát là 20 ngày, bắt đầu từ ngày 05/10/2026."],
        [("range", (2026, 10, 5), None, None)],
    ),
    "a range whose start prints its hour": (
        [
            _TASKS,
            "1. Rà soát bắt đầu từ 7 giờ 30 phút ngày 05-10-2026 và kết thúc chậm nhất vào"
            " ngày 25-10-2026.",
        ],
        [("range", (2026, 10, 5), (2026, 10, 25), None)],
    ),
    "days of every month": (
        [_TASKS, "1. Cộng tác viên cập nhật sổ theo dõi từ ngày 20 đến 25 hằng tháng."],
        [("range", (None, None, 20), (None, None, 25), "monthly")],
    ),
    "days of every month, each with its day word": (
        [_TASKS, "1. Cộng tác viên cập nhật sổ theo dõi từ ngày 20 đến ngày 25 hằng tháng."],
        [("range", (None, None, 20), (None, None, 25), "monthly")],
    ),
    "an expected day after a label without its colon": (
        [_TASKS, "1. Tổ chức hội thi cấp xã, thời gian tổ chức dự kiến 12/10/2026."],
        [("date", (2026, 10, 12), None, None)],
    ),
    "an expected month in the brackets closing the task": (
        [_TASKS, "1. Tổ chức hội nghị triển khai (dự kiến tháng 4/2026)."],
        [("date", (2026, 4, None), None, None)],
    ),
    "a day of the last month of each quarter, `của` before `cuối`": (
        [_TASKS, "1. Báo cáo quý gửi chậm nhất vào ngày 18 tháng của cuối quý."],
        [("recurring", (None, None, 18), None, "quarterly")],
    ),
    "a deadline and the day it is for": (
        [_TASKS, "1. Các thôn sáp nhập xong trước ngày 30/6 để đến ngày 01/7 bộ máy mới vận hành."],
        [("date", (2026, 6, 30), None, None)],
    ),
    "a rescheduled time and the one it replaces": (
        [_TASKS, "1. Lùi thời gian tổng kết đến trước tháng 9/2026 (thay cho trước tháng 6/2026)."],
        [SEPTEMBER],
    ),
    "a rescheduled day and the one it replaces, `thay vì`": (
        [_TASKS, "1. Các thôn hoàn thành trước ngày 30/9/2026 thay vì trước ngày 30/6/2026."],
        [SEPT_30],
    ),
    "a time moved from one month to another": (
        [_TASKS, "1. Điều chỉnh thời gian tổ chức hội nghị từ tháng 6/2026 sang tháng 9/2026."],
        [SEPTEMBER],
    ),
    "a day moved to another, `sang ngày`": (
        [_TASKS, "1. Lùi thời gian tổng kết từ ngày 15/6/2026 sang ngày 30/9/2026."],
        [SEPT_30],
    ),
    "months listed in the brackets closing a task's line, the year printed once": (
        [_TASKS, "1. Tổ chức kiểm tra, giám sát (tháng 6 và tháng 12/2026)."],
        [("date", (2026, 6, None), None, None), ("date", (2026, 12, None), None, None)],
    ),
    "a day and a month in the brackets closing a task's line": (
        [_TASKS, "1. Tổ chức hội thi (ngày 20/5 và tháng 6/2026)."],
        [],
    ),
    "a time moved, the one it replaces not printed": (
        [_TASKS, "1. Lùi thời gian tổ chức hội nghị sơ kết sang tháng 9/2026."],
        [SEPTEMBER],
    ),
    "days moved, the days they replace not printed": (
        [_TASKS, "1. Ban tổ chức dời ngày tổ chức hội thi sang 25-26/9/2026."],
        [("range", (2026, 9, 25), (2026, 9, 26), None)],
    ),
    "a day after `sang` that no move names": (
        [_TASKS, "1. Đoàn công tác của huyện bạn sang ngày 15/9/2026 để trao đổi kinh nghiệm."],
        [],
    ),
    "money moved from one year to the next": (
        [_TASKS, "1. Chuyển nguồn kinh phí từ năm 2026 sang năm 2027."],
        [],
    ),
    "a commitment after a report of what was done": (
        [
            _TASKS,
            "1. Công an xã đã rà soát xong danh sách và phấn đấu hoàn thành việc cấp thẻ"
            " trước ngày 30/9/2026.",
        ],
        [SEPT_30],
    ),
    "a time continued, reported done": (
        [_TASKS, "1. Năm 2026 xã đã tiếp tục tổ chức hội thi từ ngày 10/3 đến ngày 20/3/2026."],
        [],
    ),
    "a data cut-off's period after its label, and the report's day": (
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thời gian chốt số liệu: từ ngày 01/01/2026 đến ngày 31/8/2026.",
            "2. Các thôn gửi báo cáo trước ngày 30/9/2026.",
        ],
        [SEPT_30],
    ),
    "a range over the new year, its start without its year": (
        [_TASKS, "1. Từ 15/9 đến tháng 2/2027, các trạm y tế khám sàng lọc cho người cao tuổi."],
        [("range", (2026, 9, 15), (2027, 2, None), None)],
    ),
    "a day without its year in a plan for one year": (
        [_TASKS, "1. Các thôn gửi danh sách trước ngày 30/9."],
        [SEPT_30],
    ),
    "a dated time opening a numbered item": (
        [_TASKS, "1. Quý III/2026: lập danh sách người cao tuổi."],
        [Q3],
    ),
    "a unit's duties": (
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Trạm Y tế xã",
            "- Chủ trì tổ chức khám sàng lọc; hoàn thành trong tháng 9/2026.",
            "- Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/9/2026.",
        ],
        [SEPTEMBER, SEPT_30],
    ),
    "a schedule heading with a date per line": (
        [
            "III. TIẾN ĐỘ THỰC HIỆN",
            "- Tháng 3/2026: xây dựng danh sách.",
            "- Từ tháng 4 đến tháng 8/2026: khám sàng lọc.",
            "- Quý IV/2026: sơ kết.",
        ],
        [
            ("date", (2026, 3, None), None, None),
            ("range", (2026, 4, None), (2026, 8, None), None),
            ("range", (2026, 10, 1), (2026, 12, 31), None),
        ],
    ),
    "a label listing days after a count": (
        [
            _TASKS,
            "1. Biểu diễn văn nghệ mừng thọ người cao tuổi.",
            "- Thời gian: 03 đêm, ngày 20/9/2026; ngày 27/9/2026, ngày 04/10/2026;",
        ],
        [
            ("date", (2026, 9, 20), None, None),
            ("date", (2026, 9, 27), None, None),
            ("date", (2026, 10, 4), None, None),
        ],
    ),
    "a lunar day heading its item, its solar day in brackets": (
        [
            _TASKS,
            "1. Ngày 23 tháng Chạp năm Bính Ngọ (tức ngày 30/01/2027)",
            "- Từ 08 giờ 00 đến 10 giờ 00: gói bánh chưng tặng người cao tuổi.",
        ],
        [("date", (2027, 1, 30), None, None)],
    ),
    "a trigger before a lunar day, its solar day in brackets": (
        [_TASKS, "1. Tổ chức mừng thọ vào 8 giờ ngày 10 tháng Giêng (tức ngày 15/02/2027)."],
        [("date", (2027, 2, 15), None, None)],
    ),
    "a start its sentence goes on to complete": (
        [_TASKS, "1. Triển khai phong trào từ tháng 9/2026 và hoàn thành trước ngày 15/10/2026."],
        [("range", (2026, 9, None), None, None), ("date", (2026, 10, 15), None, None)],
    ),
    "a list of months, each after a part of the month, its year printed once": (
        [_TASKS, "1. Tổ chức hội thi vào cuối tháng 6 và đầu tháng 7/2027."],
        [("date", (2027, 6, None), None, None), ("date", (2027, 7, None), None, None)],
    ),
    "a cut-off before a condition on who has not done the work": (
        [_TASKS, "1. Đến ngày 30/9/2026, thôn nào chưa gửi danh sách thì báo cáo lý do."],
        [SEPT_30],
    ),
    "a list of months across the new year: the first takes no year": (
        [_TASKS, "1. Tổ chức hội thi vào cuối tháng 12 và đầu tháng 01/2027."],
        [("date", (2027, 1, None), None, None)],
    ),
    "a list of quarters across the new year: the first takes no year": (
        [_TASKS, "1. Kiểm tra chéo trong Quý IV và Quý I/2027."],
        [("range", (2027, 1, 1), (2027, 3, 31), None)],
    ),
    "a quarter without its year after one printing it in its sentence": (
        [
            _TASKS,
            "1. Các chi hội đại hội xong trong quý II/2027; đại hội xã tổ chức trong quý III.",
        ],
        [
            ("range", (2027, 4, 1), (2027, 6, 30), None),
            ("range", (2027, 7, 1), (2027, 9, 30), None),
        ],
    ),
    "a month after a quarter printing its year, in a later clause": (
        [_TASKS, "1. Rà soát danh sách trong quý I/2027, tổng hợp báo cáo trước tháng 5."],
        [("range", (2027, 1, 1), (2027, 3, 31), None), ("date", (2027, 5, None), None, None)],
    ),
    "a quarter after an earlier document's day: the plan's year": (
        [_TASKS, "1. Thực hiện Kế hoạch số 05/KH-UBND ngày 10/12/2025, hoàn thành trong quý III."],
        [Q3],
    ),
    "a quarter after a later one printing its year: no year": (
        [_TASKS, "1. Tổ chức hội thi trong quý IV/2027; tổng kết trong quý I."],
        [("range", (2027, 10, 1), (2027, 12, 31), None)],
    ),
    "a schedule heading with numbered steps": (
        [
            "III. TIẾN ĐỘ THỰC HIỆN",
            "1. Bước chuẩn bị (tháng 3/2026): xây dựng danh sách.",
            "2. Bước triển khai: từ tháng 4 đến tháng 8/2026.",
            "3. Bước tổng kết: tháng 12/2026.",
        ],
        [
            ("date", (2026, 3, None), None, None),
            ("range", (2026, 4, None), (2026, 8, None), None),
            ("date", (2026, 12, None), None, None),
        ],
    ),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_each_way_a_plan_prints_a_task_s_time(name: str) -> None:
    lines, expected = SHAPES[name]
    assert deadline_reads(plan_2026(lines)) == expected
    assert deadline_reads(plan_2026(lines, markdown=True)) == expected


NOT_DEADLINES: dict[str, list[str]] = {
    "a dotted pair that is no day": ["1. Hỗ trợ mỗi hộ từ 2.5 - 3.5 triệu đồng."],
    "days of every month without a range word": ["1. Họp giao ban ngày 20 hằng tháng."],
    "a numbered item opening with a year": ["1. Năm 2026: lập danh sách người cao tuổi."],
    "a numbered item opening with a day without its year": [
        "1. Ngày 01/10: Ngày Quốc tế Người cao tuổi."
    ],
    "a lunar day and its solar one in a sentence with no trigger": [
        "1. Năm nay ngày 10 tháng Giêng (tức ngày 15/02/2027) rơi vào Thứ Hai."
    ],
    "a cut-off before a subject that has still not done the work": [
        "1. Tuy nhiên, đến ngày 15/9/2026, các thôn vẫn chưa gửi danh sách về Ủy ban xã."
    ],
    "a cut-off before a subject still doing the work": [
        "1. Đến ngày 15/9/2026, các thôn đang rà soát danh sách người cao tuổi."
    ],
    "a schedule heading's step with no time": [
        "III. TIẾN ĐỘ THỰC HIỆN",
        "1. Bước chuẩn bị: xây dựng danh sách.",
    ],
}


@pytest.mark.parametrize("name", list(NOT_DEADLINES))
def test_times_that_bind_no_one(name: str) -> None:
    assert deadline_reads(plan_2026([_TASKS, *NOT_DEADLINES[name]])) == []


def test_the_work_ahead_under_a_review_of_the_year_before_is_read() -> None:
    """`II. TÌNH HÌNH THỰC HIỆN VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ` reviews the past year, but its
    `2. Phương hướng, nhiệm vụ năm 2026` sets the work ahead: its times bind; the review's
    do not."""
    lines = [
        "II. TÌNH HÌNH THỰC HIỆN NĂM 2025 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "1. Tình hình thực hiện năm 2025",
        "- Các thôn đã hoàn thành rà soát trong Quý IV/2025.",
        "2. Phương hướng, nhiệm vụ năm 2026",
        "- Lập danh sách người cao tuổi, hoàn thành trong Quý III/2026.",
        "- Các thôn gửi báo cáo trước ngày 30/9/2026.",
    ]
    assert deadline_reads(plan_2026(lines)) == [Q3, SEPT_30]


def test_a_date_a_wrap_cut_from_its_words_is_read_whole() -> None:
    """A plain text wrapped without blank lines: `chậm nhất ngày` / `30/9/2026.` and `trong Quý`
    / `III/2026.` are one date each, as unwrapped; a label closing a task's line (`Thời gian
    thực hiện:`) dates the line after it."""
    lines = [
        _TASKS,
        "1. Các thôn nộp danh sách chậm nhất ngày",
        "30/9/2026.",
        "2. Lập danh sách người cao tuổi, hoàn thành trong Quý",
        "III/2026.",
        "3. Tập huấn cho cộng tác viên. Thời gian thực hiện:",
        "tháng 9/2026.",
        "4. Xây dựng mô hình câu lạc bộ (thời gian thực hiện:",
        "Quý III/2026).",
    ]
    assert deadline_reads(plan_2026(lines)) == [SEPT_30, Q3, SEPTEMBER, Q3]


def test_a_notice_s_time_above_its_numbered_items_is_read() -> None:
    """A notice states its time in a sentence of its opening, before its numbered items; the
    headline above it, closed by no full stop, names what the notice is about and is no time."""
    text = "\n".join(
        [
            "Xã Phú Lộc treo cờ Tổ quốc vào tháng 9 năm 2026",
            "Ủy ban nhân dân xã thông báo việc treo cờ Tổ quốc như sau:",
            "Thời gian treo cờ: Từ ngày 31/8/2026 đến hết ngày 02/9/2026.",
            "1. Các cơ quan, trường học treo cờ tại trụ sở.",
            "2. Các thôn hướng dẫn hộ gia đình treo cờ.",
        ]
    )
    assert deadline_reads(parse_text(text)) == [("range", (2026, 8, 31), (2026, 9, 2), None)]
