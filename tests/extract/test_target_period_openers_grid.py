"""A period opening an objective (corpus/ANNOTATION.md, targets: `year` is the year stated with
the figure; results and a baseline with its year are no targets; domain.md: MỤC TIÊU holds the
targets). The shapes a plan for 2026 opens an objective with × the places it puts them (an
objectives section, `2. Mục tiêu` nested under `I. MỤC ĐÍCH, YÊU CẦU`, a prose paragraph, the
plan a decision issues, Markdown, each also hard-wrapped at 60 columns and with CRLF line ends).
Expected, written before the parser ran: a part of the plan's year (`6 tháng đầu năm 2026,`,
`đến hết quý III năm 2026,`, `Trong năm 2026,`) is the target's year, 2026; `Đến năm 2025,` or
`Đến hết năm 2025,` in a plan for 2026 states where a year gone by ended (a result or a
baseline): no target, as `Năm 2025, ...` and `Trong năm 2025, ...` give none. Each place also
states the plan's own goal (95%, 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from plan_extract.evaluate.variants import hard_wrapped
from plan_extract.pipeline import parse_bytes

HEAD = ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 12/KH-UBND", "An Bình, ngày 10 tháng 01 năm 2026"]
TITLE = ["KẾ HOẠCH", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"]
DECISION = [
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch phát triển kinh tế - xã hội năm 2026",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội năm 2026.",
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
]
GOAL = "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."
TASKS = ["II. NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường tuyên truyền."]
Expected = tuple[float, str, str, int]
OWN_GOAL: Expected = (95, "percent", ">=", 2026)

SHAPES: list[tuple[str, Expected | None]] = [
    ("6 tháng đầu năm 2026, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", (98, "percent", ">=", 2026)),
    ("6 tháng cuối năm 2026, tỷ lệ hồ sơ trực tuyến đạt 60%.", (60, "percent", ">=", 2026)),
    ("Phấn đấu đến hết quý III năm 2026, 100% hồ sơ được số hóa.", (100, "percent", ">=", 2026)),
    ("Đến hết quý II năm 2026, tỷ lệ hộ dùng nước sạch đạt 97%.", (97, "percent", ">=", 2026)),
    ("Trong năm 2026, tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 93%.", (93, "percent", ">=", 2026)),
    ("Trong năm 2026, phấn đấu trồng mới 50 ha rừng.", (50, "count", ">=", 2026)),
    ("Đến năm 2027, tỷ lệ che phủ rừng đạt 46%.", (46, "percent", ">=", 2027)),
    ("Đến năm 2025, tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 92%.", None),
    ("Đến hết năm 2025, tỷ lệ che phủ rừng đạt 42%.", None),
    ("Phấn đấu đến năm 2025 có 90% hộ gia đình được tiếp cận thông tin.", None),
    ("Đến cuối năm 2025, toàn xã có 12 thôn đạt chuẩn văn hóa.", None),
]


def _places(sentence: str) -> dict[str, tuple[list[str], str]]:
    return {
        "objectives": ([*HEAD, *TITLE, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển bền vững.",
                        "2. Mục tiêu cụ thể", f"- {sentence}", f"- {GOAL}", *TASKS], ".txt"),
        "nested": ([*HEAD, *TITLE, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phát triển bền vững.",
                    "2. Mục tiêu", f"- {sentence}", f"- {GOAL}", "3. Yêu cầu", "Bám sát thực tiễn.",
                    *TASKS], ".txt"),
        "prose": ([*HEAD, *TITLE, "I. MỤC TIÊU", sentence, GOAL, *TASKS], ".txt"),
        "decision": ([*HEAD, *DECISION, *TITLE, "I. MỤC TIÊU", f"- {sentence}", f"- {GOAL}",
                      *TASKS], ".txt"),
        "markdown": ([*HEAD, *TITLE, "", "**I. MỤC TIÊU**", "", "**2. Mục tiêu cụ thể**", "",
                      f"- {sentence}", f"- {GOAL}", "", f"**{TASKS[0]}**"], ".md"),
    }  # fmt: skip


FORMS: dict[str, Callable[[str], str]] = {
    "as typed": lambda text: text,
    "wrapped at 60": lambda text: hard_wrapped(text, 60),
    "crlf": lambda text: text.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("place", ["objectives", "nested", "prose", "decision", "markdown"])
@pytest.mark.parametrize(("sentence", "expected"), SHAPES)
def test_a_period_opening_an_objective_gives_its_year_or_no_target(
    sentence: str, expected: Expected | None, place: str, form: str
) -> None:
    lines, suffix = _places(sentence)[place]
    text = FORMS[form]("\n".join(lines))
    plan = parse_bytes(text.encode("utf-8"), "plan" + suffix)
    found = sorted((t.value, t.unit, t.comparator, t.year) for t in plan.targets)
    assert found == sorted([OWN_GOAL, *([expected] if expected else [])])
