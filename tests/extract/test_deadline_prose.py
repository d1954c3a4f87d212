"""Times stated inside a task's sentence, as commune and district plans print them: each task one
paragraph, its year in its prose (`... trong năm 2026.`, `phấn đấu hoàn thành trước năm 2027`,
`Trong năm 2026, ...`, `(năm 2026)`), read in a plan for 2026-2030 issued in March 2026; and the
years nearby that bind no task (a target's, a review's, a span, a document's, money, a birth)."""

from __future__ import annotations

import textwrap

import pytest

from date_lines import DeadlineRead as Read
from date_lines import deadline_reads
from plan_extract.pipeline import parse_text

_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "XÃ TÂN HIỆP",
    "Số: 27/KH-UBND",
    "Tân Hiệp, ngày 12 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Phát triển văn hóa cơ sở trên địa bàn xã giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao đời sống văn hóa của Nhân dân.",
    "2. Mục tiêu",
]
_OBJECTIVE = "Các thôn duy trì hoạt động văn nghệ."
_TASKS = "II. NHIỆM VỤ, GIẢI PHÁP"
_CLOSING = ["III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa - Xã hội chủ trì triển khai."]


def _text(tasks: list[str], objective: str = _OBJECTIVE) -> str:
    return "\n\n".join([*_HEAD, objective, _TASKS, *tasks, *_CLOSING])


def _year(year: int) -> Read:
    return ("year", (year, None, None), None, None)


READ: dict[str, tuple[list[str], list[Read]]] = {
    "a year after `trong` closing the task's paragraph": (
        [
            "1. Tuyên truyền về xây dựng gia đình văn hóa. Hội Liên hiệp Phụ nữ xã chủ trì mở "
            "02 lớp tập huấn cho cán bộ, hội viên về kỹ năng tuyên truyền trong năm 2026."
        ],
        [_year(2026)],
    ),
    "a completion before a year": (
        ["1. Nâng cấp các nhà văn hóa thôn, phấn đấu hoàn thành trước năm 2028."],
        [_year(2028)],
    ),
    "a year opening the task's sentence": (
        ["1. Trong năm 2027, rà soát, kiểm kê các di tích trên địa bàn xã."],
        [_year(2027)],
    ),
    "a year alone in the brackets closing the task": (
        ["- Phục dựng lễ hội truyền thống của thôn Tây (năm 2027)."],
        [_year(2027)],
    ),
    "`trong năm` in the brackets closing a clause of the paragraph": (
        ["- Thành lập đội văn nghệ thôn Nam (trong năm 2027); vận động các hộ tham gia."],
        [_year(2027)],
    ),
    "a start year (`Từ năm`)": (
        ["a) Từ năm 2027, các thôn tổ chức ngày hội văn hóa thể thao mỗi năm một lần."],
        [_year(2027)],
    ),
    "two years in one paragraph": (
        [
            "1. Số hóa tư liệu về di tích trong năm 2026; xây dựng trang thông tin điện tử "
            "về du lịch của xã trước năm 2029."
        ],
        [_year(2026), _year(2029)],
    ),
    "a month and a year in one paragraph": (
        [
            "2. Kiểm tra các cơ sở dịch vụ văn hóa, hoàn thành trong tháng 6/2026; "
            "tổ chức liên hoan văn nghệ quần chúng ngay trong năm 2027."
        ],
        [("date", (2026, 6, None), None, None), _year(2027)],
    ),
    "an event held `vào năm`": (
        ["1. Tổ chức Đại hội thể dục thể thao xã lần thứ VI vào năm 2028."],
        [_year(2028)],
    ),
    "a completion at the end of a year": (
        ["1. Tu bổ đình làng Tây, hoàn thành vào cuối năm 2027."],
        [_year(2027)],
    ),
    "a label's year in a paragraph with another time": (
        [
            "1. Tuyên truyền về gia đình văn hóa. Thời gian: năm 2026. Các thôn báo cáo kết "
            "quả về xã trước ngày 15/12/2026."
        ],
        [_year(2026), ("date", (2026, 12, 15), None, None)],
    ),
    "a completion year, then another time of the paragraph": (
        [
            "1. Hoàn thành trong năm 2026 việc kiểm kê di tích; tổ chức hội thảo về di tích "
            "trong Quý II/2027."
        ],
        [_year(2026), ("range", (2027, 4, 1), (2027, 6, 30), None)],
    ),
    "a label's year with a finer time in its clause: the finer only": (
        ["1. Tập huấn cho hội viên. Thời gian thực hiện: năm 2027 (từ tháng 3 đến tháng 5)."],
        [("range", (2027, 3, None), (2027, 5, None), None)],
    ),
    "a quarter after a trigger in the prose": (
        ["1. Lập hồ sơ xếp hạng di tích đình làng, thực hiện xong trong Quý III/2027."],
        [("range", (2027, 7, 1), (2027, 9, 30), None)],
    ),
    "a label after the task's text on its line": (
        ["- Tổ chức hội thi tuyên truyền viên giỏi. Thời gian: năm 2027."],
        [_year(2027)],
    ),
    "in who does what": (
        [
            "1. Tổ chức các hoạt động văn hóa.",
            "III. PHÂN CÔNG",
            "Công an xã hoàn thành lắp "
            "camera an ninh tại nhà văn hóa các thôn chậm nhất trong năm 2027.",
        ],
        [_year(2027)],
    ),
}

NOT_READ: dict[str, list[str]] = {
    "a target's year in a task": [
        "1. Phấn đấu trong năm 2027 có 90% số thôn đạt danh hiệu thôn văn hóa."
    ],
    "a comparator's figure in the clause": [
        "1. Vận động để trong năm 2027 tỷ lệ hộ gia đình văn hóa đạt trên 85."
    ],
    "`đến năm` in a target": ["1. Phấn đấu đến năm 2030 đạt 60% thôn có sân thể thao."],
    "a baseline": ["1. Nâng số buổi chiếu phim lưu động tăng 10% so với năm 2025."],
    "a review": [
        "1. Năm 2025 đã tổ chức 03 hội thi; trong năm 2026 xã đã hoàn thành việc tu bổ đình."
    ],
    "a review of results": ["1. Đánh giá kết quả thực hiện trong năm 2027 để rút kinh nghiệm."],
    "a state before": ["1. Trước năm 2027, thôn Đông chưa có sân thể thao; nay vận động xây."],
    "a document's name": ["1. Triển khai Nghị quyết số 09/NQ-HĐND năm 2026 của HĐND xã."],
    "right after a document's symbol": [
        "1. Các thôn thực hiện theo Quyết định số 31/QĐ-UBND trong năm 2027."
    ],
    "a commitment past the plan's period": [
        "1. Giảm phát thải theo cam kết đưa phát thải ròng về 0 vào năm 2050."
    ],
    "a goal without a figure": [
        "1. Huy động nguồn lực, phấn đấu xã đạt chuẩn nông thôn mới nâng cao vào năm 2028."
    ],
    "a span": ["1. Thực hiện các chính sách văn hóa trong giai đoạn 2026 - 2030."],
    "a school year": ["1. Dạy hát dân ca cho học sinh trong năm học 2026 - 2027."],
    "a span of years opened by `từ`": ["1. Hỗ trợ các câu lạc bộ từ năm 2026 đến năm 2030."],
    "a list of years": ["1. Kiểm tra các điểm karaoke trong năm 2027 và năm 2028."],
    "the plan itself": ["1. Kế hoạch này được triển khai thực hiện trong năm 2027."],
    "an event's name": ["1. Tham gia Liên hoan văn nghệ quần chúng năm 2027 do tỉnh tổ chức."],
    "money": ["1. Bố trí kinh phí 40 triệu đồng trong năm 2027 để mua nhạc cụ."],
    "capital": ["1. Đề án xác định mức vốn hỗ trợ làm nhà ở thực hiện trong năm 2027."],
    "a birth year": ["1. Tặng quà cho người cao tuổi sinh trước năm 1950."],
    "brackets inside a sentence": ["- Ban hành quy chế (năm 2027) và tổ chức tập huấn."],
}


@pytest.mark.parametrize("name", sorted(READ))
@pytest.mark.parametrize("markdown", [False, True])
def test_a_time_in_a_tasks_prose_binds_it(name: str, markdown: bool) -> None:
    tasks, expected = READ[name]
    assert deadline_reads(parse_text(_text(tasks), markdown=markdown)) == expected


@pytest.mark.parametrize("name", sorted(READ))
def test_a_hard_wrapped_paragraph_reads_the_same(name: str) -> None:
    """A `.md` conversion wraps each paragraph at 60 columns, `trong năm` and its year apart."""
    tasks, expected = READ[name]
    wrapped = ["\n".join(textwrap.wrap(t, 60)) for t in tasks]
    assert deadline_reads(parse_text(_text(wrapped), markdown=True)) == expected


@pytest.mark.parametrize("name", sorted(NOT_READ))
def test_a_year_near_a_task_that_binds_no_one(name: str) -> None:
    assert deadline_reads(parse_text(_text(NOT_READ[name]))) == []


def test_a_years_trigger_in_the_objectives_gives_the_targets_year_not_a_deadline() -> None:
    objective = "Trong năm 2027, các thôn tổ chức ngày hội văn hóa; mỗi thôn có 01 đội văn nghệ."
    plan = parse_text(_text(["1. Tổ chức các hoạt động văn hóa."], objective=objective))
    assert deadline_reads(plan) == []
