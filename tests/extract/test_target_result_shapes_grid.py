"""Results are not targets (corpus/ANNOTATION.md: `đạt 95% kế hoạch`, `tăng 12% so với cùng kỳ`,
a paragraph reviewing what was done), precision first. The shapes a review and a plan state a
figure in × the places a plan for 2026 puts them (an objectives section `Mục tiêu cụ thể`, a
section reviewing 2025, the purpose section, a bullet under a label naming results, a paragraph
of the plan a decision issues, a task section, a table cell); each place also states the plan's
own goal (95%). Expected, written before the parser ran: a result compared with the plan or the
estimate (also the figure before its comma: `đạt 97%, bằng 101% kế hoạch`), with the same period,
with `đã`, or opened by a year gone by (`Trong năm 2025,`, `Năm 2025,`, `6 tháng đầu năm 2025,`)
gives no target anywhere; a target to 2030, one restating its base year and the plan's part of
a mixed sentence stay targets where the plan's targets are read (not in the review section, nor
in the purpose section, whose lines are no part of the body read for targets)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

TITLE = ["KẾ HOẠCH", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"]
GOAL = "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."

RESULTS = [
    "Tổng thu ngân sách trên địa bàn xã đạt 12,5 tỷ đồng, bằng 95% kế hoạch.",
    "Tỷ lệ thu thuế trên địa bàn đạt 97%, bằng 101% kế hoạch.",
    "Thu ngân sách trên địa bàn đạt 102% so với dự toán.",
    "Sản lượng lúa đạt 12.500 tấn, đạt 102% so với kế hoạch.",
    "Sản lượng lúa đạt 12.500 tấn, vượt 5% kế hoạch năm.",
    "Trồng mới 150 ha rừng, vượt 5% kế hoạch năm.",
    "Tỷ lệ hộ dùng nước sạch đạt 96% (bằng 101% kế hoạch).",
    "Sản lượng lúa đạt 12.500 tấn, tăng 3,2% so với cùng kỳ.",
    "Xã đã xây dựng được 15 km đường giao thông nông thôn.",
    "Trong năm 2025, tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 92%.",
    "Năm 2025, tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 92%.",
    "6 tháng đầu năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
    "Trong năm 2025, sản lượng lúa đạt 12.500 tấn, tăng 3% so với cùng kỳ.",
]
TARGETS = [
    ("Phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 45%.", 45),
    ("Tỷ lệ hộ sử dụng nước sạch tăng từ 80% năm 2025 lên 90% năm 2030.", 90),
    ("Năm 2025, tỷ lệ hộ nghèo giảm còn 2,5%; phấn đấu đến năm 2030 giảm xuống dưới 1%.", 1),
    ("Trong năm 2026, tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 93%.", 93),
    ("Phấn đấu sản lượng lúa đạt 13.000 tấn, bằng 105% kế hoạch năm 2025.", 13000),
]
DECISION = [
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch phát triển kinh tế - xã hội năm 2026",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội năm 2026.",
]
# the places, and whether the plan's targets are read there
PLACES = {
    "objectives": True,
    "review": False,
    "purpose": False,
    "under a result label": True,
    "decision": True,
    "tasks": True,
    "table cell": True,
}


def _plan(place: str, sentence: str) -> tuple[str, bool]:
    lines = {
        "objectives": [*TITLE, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển bền vững.",
                       "2. Mục tiêu cụ thể", f"- {sentence}", f"- {GOAL}"],
        "review": [*TITLE, "I. KẾT QUẢ THỰC HIỆN NĂM 2025", sentence, "II. MỤC TIÊU", GOAL],
        "purpose": [*TITLE, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", sentence, "II. MỤC TIÊU", GOAL],
        "under a result label": [*TITLE, "I. MỤC TIÊU", "Kết quả năm 2025:", f"- {sentence}",
                                 "Mục tiêu năm 2026:", f"- {GOAL}"],
        "decision": [*DECISION, *TITLE, "I. MỤC TIÊU", sentence, GOAL],
        "tasks": [*TITLE, "I. MỤC TIÊU", GOAL, "II. NHIỆM VỤ, GIẢI PHÁP",
                  "Các ngành tập trung thực hiện tốt các nhiệm vụ sau.", sentence],
        "table cell": [*TITLE, "I. MỤC TIÊU", GOAL, "", "| STT | Nội dung |", "|---|---|",
                       f"| 1 | {sentence} |", ""],
    }[place]  # fmt: skip
    return "\n".join(lines), place == "table cell"


def _values(place: str, sentence: str) -> list[float]:
    text, markdown = _plan(place, sentence)
    return sorted(t.value for t in parse_text(text, markdown=markdown).targets)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("sentence", RESULTS)
def test_a_result_gives_no_target_in_any_place(sentence: str, place: str) -> None:
    assert _values(place, sentence) == [95]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("sentence", "value"), TARGETS)
def test_a_target_stays_one_where_the_plans_targets_are_read(
    sentence: str, value: float, place: str
) -> None:
    expected = sorted([95, value]) if PLACES[place] else [95]
    assert _values(place, sentence) == expected
