"""Scores, numbers in words of several words and dashed ranges (corpus/ANNOTATION.md, targets:
any measured noun after a figure is a target, unit `count`, the value as a number; numbers in
words count like figures; a range is one target, its lower bound with `>=`). The shapes × the
places a plan puts them (a `- Phấn đấu ...` bullet of the specific objectives, a sentence of the
objectives, the same hard-wrapped at 30 and 60 columns, the plan a decision issues, a numbered
heading, a row of an indicator table), each beside the plan's own goal (95%). Expected, written
before the parser ran: `đạt 90 điểm trở lên` is 90 `count` `>=` (`trên 85 điểm` `>`); `ít nhất
mười hai`, `mười lăm`, `hai mươi`, `hai mươi lăm`, `một trăm`, `một trăm năm mươi` are read
whole; `60–70%`, `60 – 70%`, `60—70%` are one range at 60. Precision first: the places of `05
điểm du lịch`, a score rating what another figure counts, `mười năm` (ten years), a run ending
on `năm`, a number in words no comparator commits to, results in a review (`đạt 95% kế
hoạch`), the size of an activity and its participants in the tasks give nothing."""

from __future__ import annotations

import pytest

from plan_extract.evaluate.variants import hard_wrapped
from plan_extract.pipeline import parse_bytes

HEAD = ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 12/KH-UBND", "An Bình, ngày 10 tháng 01 năm 2026"]
TITLE = ["KẾ HOẠCH", "Thực hiện nhiệm vụ năm 2026"]
DECISION = [
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch thực hiện nhiệm vụ năm 2026",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ năm 2026.",
]
GOAL = "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."
Found = tuple[float, str, str]
OWN_GOAL: Found = (95, "percent", ">=")
TASKS = ["II. NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường tuyên truyền."]

SENTENCES: list[tuple[str, Found | None]] = [
    ("Chỉ số cải cách hành chính của xã đạt 90 điểm trở lên.", (90, "count", ">=")),
    ("Chỉ số hài lòng của người dân đạt trên 85 điểm.", (85, "count", ">")),
    ("Chỉ số năng lực cạnh tranh cấp xã đạt ít nhất 70 điểm.", (70, "count", ">=")),
    ("Chỉ số chuyển đổi số của xã đạt từ 80 điểm trở lên.", (80, "count", ">=")),
    ("Có ít nhất mười hai sản phẩm OCOP.", (12, "count", ">=")),
    ("Thành lập ít nhất mười lăm câu lạc bộ gia đình.", (15, "count", ">=")),
    ("Có ít nhất hai mươi thôn đạt chuẩn văn hóa.", (20, "count", ">=")),
    ("Duy trì ít nhất hai mươi lăm câu lạc bộ.", (25, "count", ">=")),
    ("Tập huấn cho ít nhất một trăm hộ gia đình.", (100, "count", ">=")),
    ("Hỗ trợ ít nhất một trăm năm mươi hộ sản xuất.", (150, "count", ">=")),
    ("Tỷ lệ lao động qua đào tạo đạt 60–70%.", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo đạt 60 – 70%.", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo đạt 60—70%.", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo đạt 60% – 70%.", (60, "percent", ">=")),
    # no target of their own
    ("Xây dựng 05 điểm du lịch cộng đồng tại các thôn.", None),
    ("Có ít nhất 20 hồ sơ đạt 90 điểm trở lên.", (20, "count", ">=")),
    ("100% trường học đạt 90 điểm trở lên khi đánh giá.", (100, "percent", ">=")),
    ("Duy trì phong trào ít nhất mười năm liên tục.", None),
    ("Duy trì phong trào ít nhất hai mươi năm.", None),
    ("Có ít nhất một trăm lẻ năm hộ tham gia.", None),
    ("Hai mươi thôn phối hợp tổ chức hội thi.", None),
]


def _plan(place: str, sentence: str) -> list[str]:
    striving = f"Phấn đấu {sentence[0].lower()}{sentence[1:]}"
    return {
        "bullet": [*HEAD, *TITLE, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển bền vững.",
                   "2. Mục tiêu cụ thể", f"- {striving}", f"- {GOAL}", *TASKS],
        "sentence": [*HEAD, *TITLE, "I. MỤC TIÊU", sentence, GOAL, *TASKS],
        "decision": [*HEAD, *DECISION, *TITLE, "I. MỤC TIÊU", sentence, GOAL, *TASKS],
        "heading": [*HEAD, *TITLE, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển bền vững.",
                    "2. Mục tiêu cụ thể", GOAL, f"3. {striving.rstrip('.')}",
                    "Các thôn huy động nguồn lực thực hiện.", *TASKS],
    }[place]  # fmt: skip


def _found(lines: list[str], suffix: str = ".txt") -> list[Found]:
    plan = parse_bytes("\n".join(lines).encode("utf-8"), "plan" + suffix)
    return sorted((float(t.value), t.unit, t.comparator) for t in plan.targets)


@pytest.mark.parametrize("wrap", [None, 30, 60])
@pytest.mark.parametrize("place", ["bullet", "sentence", "decision", "heading"])
@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_scores_spelled_counts_and_dashed_ranges_in_the_plans_places(
    sentence: str, expected: Found | None, place: str, wrap: int | None
) -> None:
    text = "\n".join(_plan(place, sentence))
    lines = (hard_wrapped(text, wrap) if wrap else text).split("\n")
    assert _found(lines) == sorted([OWN_GOAL, *([expected] if expected else [])])


NOT_TARGETS = [
    "Chỉ số cải cách hành chính của xã đạt 88,5 điểm, đạt 95% kế hoạch.",
    "Thành lập mười hai câu lạc bộ, đạt 95% kế hoạch.",
    "Tổ chức 12 hội nghị với 1.200 lượt người tham gia.",
    "Tổ chức hai mươi buổi tuyên truyền cho một trăm hộ gia đình.",
]


@pytest.mark.parametrize("place", ["review", "tasks"])
@pytest.mark.parametrize("sentence", NOT_TARGETS)
def test_results_and_sizes_of_activities_are_no_targets(sentence: str, place: str) -> None:
    lines = {
        "review": [*HEAD, *TITLE, "I. KẾT QUẢ THỰC HIỆN NĂM 2025", sentence, "II. MỤC TIÊU",
                   GOAL, "III. NHIỆM VỤ, GIẢI PHÁP", "1. Tuyên truyền."],
        "tasks": [*HEAD, *TITLE, "I. MỤC TIÊU", GOAL, *TASKS, f"- {sentence}"],
    }[place]  # fmt: skip
    assert _found(lines) == [OWN_GOAL]


APPENDIX = [
    "I. MỤC TIÊU", "Xây dựng gia đình no ấm.", *TASKS,
    "Trên đây là Kế hoạch thực hiện nhiệm vụ năm 2026 của UBND xã.", "Nơi nhận:", "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "", "PHỤ LỤC", "CHỈ TIÊU NĂM 2026",
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND xã)", "",
    "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |", "|---|---|---|---|",
]  # fmt: skip
ROWS: list[tuple[str, Found | None]] = [
    ("Tỷ lệ lao động qua đào tạo | % | 60–70", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo | % | 60 – 70", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo | % | 60 — 70", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo | % | 60% – 70%", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo | % | từ 60 trở lên", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo | % | từ 60% trở lên", (60, "percent", ">=")),
    ("Tỷ lệ lao động qua đào tạo | % | trên 60%", (60, "percent", ">")),
    ("Chỉ số cải cách hành chính | Điểm | 90", (90, "count", ">=")),
    ("Chỉ số cải cách hành chính | Điểm | từ 90 trở lên", (90, "count", ">=")),
    ("Chỉ số hài lòng của người dân | Điểm | trên 85", (85, "count", ">")),
    ("Kinh phí tổ chức | Triệu đồng | 90", None),
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(("row", "expected"), ROWS)
def test_an_indicator_rows_score_and_dashed_range(
    row: str, expected: Found | None, suffix: str
) -> None:
    lines = [*HEAD, *TITLE, *APPENDIX, f"| 1 | {row} |", ""]
    assert _found(lines, suffix) == ([expected] if expected else [])
