"""Results are not targets (corpus/ANNOTATION.md: a paragraph reviewing what was done). A list whose
lead-in is a sentence opened by a past year and closed by a full stop (`Năm 2025, công tác bình đẳng
giới của xã đạt nhiều kết quả.` then `- Tỷ lệ nữ tham gia cấp ủy đạt 25%;`) goes on with that
sentence's review, as the items under a label naming results do (`Kết quả năm 2025:`,
tests/extract/test_target_result_lists.py). The heads × the contexts a plan for 2026 puts them in
(an objectives section, a section of tasks, a section reviewing the year, a nested list, a decision
issuing the plan, hard-wrapped at 60 and 72 columns, Markdown); each context also states the plan's
own goal (95%), the one target expected. Heads turning to the plan (its year, a striving cue, its
indicators: `chỉ tiêu`, `mục tiêu`), a past year not opening the sentence and items setting a goal
of their own keep the items' targets."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.pipeline import parse_text

TITLE = ["KẾ HOẠCH", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"]
GOAL = "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."
TAIL = " trên địa bàn toàn xã, góp phần nâng cao đời sống vật chất và tinh thần của nhân dân"

HEADS = [
    "Năm 2025, công tác bình đẳng giới của xã đạt nhiều kết quả.",
    "Năm 2025, tình hình kinh tế - xã hội của xã tiếp tục phát triển ổn định.",
    # a lead-in hard-wrapped over two lines
    "Năm 2025, công tác bình đẳng giới của xã đạt nhiều kết quả quan\ntrọng, tạo nền tảng"
    " vững chắc.",
]
ITEMS = [
    "Tỷ lệ nữ tham gia cấp ủy đạt 25%",
    "90% hộ gia đình được tuyên truyền về bình đẳng giới",
    "Có 05 thôn đạt chuẩn văn hóa",
]


def _wrapped(item: str, width: int) -> list[str]:
    return textwrap.wrap(f"- {item}{TAIL};", width)


def _contexts(head: str) -> dict[str, tuple[list[str], bool]]:
    items = [f"- {item};" for item in ITEMS]
    goal = ["Mục tiêu năm 2026:", f"- {GOAL}"]
    return {
        "objectives": ([*TITLE, "I. MỤC TIÊU", head, *items, *goal], False),
        "tasks": (
            [*TITLE, "II. NHIỆM VỤ, GIẢI PHÁP", "1. Về văn hóa - xã hội", head, *items, GOAL],
            False,
        ),
        "review": (
            [*TITLE, "I. KẾT QUẢ THỰC HIỆN NĂM 2025", head, *items, "II. MỤC TIÊU", GOAL],
            False,
        ),
        "nested": (
            [*TITLE, "I. MỤC TIÊU", f"- {head}", *(f"+ {item};" for item in ITEMS), *goal],
            False,
        ),
        "decision": (
            [
                "QUYẾT ĐỊNH",
                "Ban hành Kế hoạch phát triển kinh tế - xã hội năm 2026",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội"
                " năm 2026.",
                *TITLE,
                "I. MỤC TIÊU",
                head,
                *items,
                *goal,
            ],
            False,
        ),
        "wrapped at 60": (
            [*TITLE, "I. MỤC TIÊU", head, *(x for i in ITEMS for x in _wrapped(i, 60)), *goal],
            False,
        ),
        "wrapped at 72": (
            [
                *TITLE,
                "II. NHIỆM VỤ, GIẢI PHÁP",
                head,
                *(x for i in ITEMS for x in _wrapped(i, 72)),
                GOAL,
            ],
            False,
        ),
        "markdown": (
            [
                "# KẾ HOẠCH",
                TITLE[1],
                "## I. MỤC TIÊU",
                head,
                "",
                *(f"- {item};" for item in ITEMS),
                "",
                "**Mục tiêu năm 2026:**",
                "",
                f"- {GOAL}",
            ],
            True,
        ),
    }


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(
    "context",
    [
        "objectives",
        "tasks",
        "review",
        "nested",
        "decision",
        "wrapped at 60",
        "wrapped at 72",
        "markdown",
    ],
)
def test_the_items_under_a_sentence_reviewing_a_past_year_are_results(
    head: str, context: str
) -> None:
    lines, markdown = _contexts(head)[context]
    assert [t.value for t in parse_text("\n".join(lines), markdown=markdown).targets] == [95]


@pytest.mark.parametrize("section", ["I. MỤC TIÊU", "II. NHIỆM VỤ, GIẢI PHÁP"])
@pytest.mark.parametrize(
    ("heads", "item", "values"),
    [
        # the base year's result, then the plan's year opens the list
        (
            ["Năm 2025, xã đạt 90% hộ gia đình văn hóa. Phấn đấu năm 2026:"],
            "Tỷ lệ hộ nghèo còn 2,5%",
            [2.5],
        ),
        (
            ["Năm 2025, xã đạt 90% hộ gia đình văn hóa.", "Phấn đấu năm 2026:"],
            "Hộ nghèo còn 2,5%",
            [2.5],
        ),
        (
            ["Năm 2025, xã đã hoàn thành kế hoạch đề ra. Năm 2026, xã đề ra như sau."],
            "Hộ nghèo còn 2,5%",
            [2.5],
        ),
        # a head in the plan's year, striving, or naming the plan's indicators
        (
            ["Năm 2026, xã tập trung thực hiện tốt các nội dung sau."],
            "Tỷ lệ hộ nghèo còn 2,5%",
            [2.5],
        ),
        (["Trên cơ sở kết quả năm 2025, xã phấn đấu đạt kết quả sau."], "Hộ nghèo còn 2,5%", [2.5]),
        (
            ["Trên cơ sở kết quả năm 2025, các chỉ tiêu chủ yếu được xác định."],
            "Hộ nghèo còn 2,5%",
            [2.5],
        ),
        (["Từ kết quả năm 2025, xác định các mục tiêu cụ thể."], "Hộ nghèo còn 2,5%", [2.5]),
        # a past year named, but not opening the sentence
        (["Xã tiếp tục phát huy kết quả đạt được trong năm 2025."], "Hộ nghèo còn 2,5%", [2.5]),
        # an item setting its own year or striving, under a review's head
        (["Năm 2025, kinh tế của xã tăng trưởng khá."], "Đến năm 2026, hộ nghèo còn 2%", [2]),
        (["Năm 2025, kinh tế của xã tăng trưởng khá."], "Phấn đấu hộ nghèo còn 2%", [2]),
    ],
)
def test_the_items_under_a_head_turning_to_the_plan_stay_targets(
    section: str, heads: list[str], item: str, values: list[float]
) -> None:
    plan = "\n".join([*TITLE, section, *heads, f"- {item}."])
    assert [t.value for t in parse_text(plan).targets] == values
