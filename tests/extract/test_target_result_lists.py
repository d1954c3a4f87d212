"""Results are not targets (corpus/ANNOTATION.md: `Kết quả năm 2025: ...`, `Ước thực hiện năm
2025:`, `tăng 12% so với cùng kỳ` in a review). Two shapes a plan for 2026 prints its year-end
review in, each × the contexts a plan puts it in (an objectives section, a section of tasks, a
decision issuing the plan, a nested list, hard-wrapped at 60 and 72 columns, a table row):

- a label naming results on a line of its own, its figures in the list items below it;
- a figure measured by a change over the same period of the year before (`đạt 12.500 tấn,
  tăng 3,2% so với cùng kỳ`): the change and the figure it measures are both results.

Each context also states the plan's own goal (95%), the one target expected. A head naming the
plan's indicators, an item striving for its own figure and a fraction of places (`04/09 thôn`)
are checked too: none becomes a false target, a false result or a date."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract.pipeline import parse_text

TITLE = ["KẾ HOẠCH", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"]
GOAL = "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."
TAIL = " trên địa bàn toàn xã, góp phần nâng cao đời sống vật chất và tinh thần của nhân dân"

HEADS = [
    "Kết quả năm 2025:",
    "Ước thực hiện năm 2025:",
    "Năm 2025, xã đạt được các kết quả sau:",
    "Kết quả đạt được:",
    # a lead-in hard-wrapped over two lines
    "Năm 2025, xã đạt được các kết quả quan trọng trên các lĩnh\nvực như sau:",
    "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025\nnhư sau:",
]
ITEMS = [
    "Tỷ lệ hộ nghèo còn 2,5%",
    "Tỷ lệ tham gia bảo hiểm y tế đạt 93%",
    "Có 05 thôn đạt chuẩn văn hóa",
]


def _wrapped(item: str, mark: str, width: int) -> list[str]:
    return textwrap.wrap(f"{mark} {item}{TAIL};", width)


def _list_contexts(head: str) -> dict[str, list[str]]:
    items = [f"- {item};" for item in ITEMS]
    return {
        "objectives": [*TITLE, "I. MỤC TIÊU", head, *items, "Mục tiêu năm 2026:", f"- {GOAL}"],
        "tasks": [*TITLE, "II. NHIỆM VỤ, GIẢI PHÁP", "1. Về văn hóa - xã hội", head, *items, GOAL],
        "decision": [
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch phát triển kinh tế - xã hội năm 2026",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội năm"
            " 2026.",
            *TITLE,
            "I. MỤC TIÊU",
            head,
            *items,
            "Mục tiêu năm 2026:",
            f"- {GOAL}",
        ],
        "nested": [
            *TITLE,
            "I. MỤC TIÊU",
            f"- {head}",
            *(f"+ {item};" for item in ITEMS),
            "- Mục tiêu năm 2026:",
            f"+ {GOAL}",
        ],
        "wrapped at 60": [
            *TITLE,
            "I. MỤC TIÊU",
            head,
            *(line for item in ITEMS for line in _wrapped(item, "-", 60)),
            "Mục tiêu năm 2026:",
            f"- {GOAL}",
        ],
        "wrapped at 72": [
            *TITLE,
            "II. NHIỆM VỤ, GIẢI PHÁP",
            head,
            *(line for item in ITEMS for line in _wrapped(item, "-", 72)),
            GOAL,
        ],
    }


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(
    "context",
    ["objectives", "tasks", "decision", "nested", "wrapped at 60", "wrapped at 72"],
)
def test_the_items_under_a_label_naming_results_are_results(head: str, context: str) -> None:
    plan = "\n".join(_list_contexts(head)[context])
    assert [t.value for t in parse_text(plan).targets] == [95]


@pytest.mark.parametrize(
    ("head", "item", "values"),
    [
        # a head naming the plan's indicators, adopted by the council: its items are targets
        ("Các chỉ tiêu đã được Hội đồng nhân dân xã thông qua:", "Tỷ lệ hộ nghèo còn 2,5%", [2.5]),
        # a head naming the plan's year, or striving, after the year it builds on
        ("Mục tiêu năm 2026:", "Tỷ lệ hộ nghèo còn 2,5%", [2.5]),
        ("Phát huy kết quả năm 2025, các chỉ tiêu năm 2026 như sau:", "Hộ nghèo còn 2,5%", [2.5]),
        ("Phát huy kết quả đạt được năm 2025, xã phấn đấu:", "Tỷ lệ hộ nghèo còn 2,5%", [2.5]),
        # an item with a due year of its own under a review's head
        ("Kết quả năm 2025:", "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo còn dưới 1%", [1]),
        # a lead-in naming an allocation (`bố trí`), no result
        (
            "Ưu tiên bố trí không gian biển cho các hoạt động sau:",
            "Có ít nhất 02 vùng dự án nuôi thủy sản công nghệ cao",
            [2],
        ),
        # a sentence above the list, no label: the list is not read as its results
        ("Xã tiếp tục thực hiện các mục tiêu của Nghị quyết.", "Tỷ lệ hộ nghèo còn 2,5%", [2.5]),
    ],
)
def test_the_items_under_another_head_stay_targets(
    head: str, item: str, values: list[float]
) -> None:
    plan = "\n".join([*TITLE, "I. MỤC TIÊU", head, f"- {item}."])
    assert [t.value for t in parse_text(plan).targets] == values


SAME_PERIOD = [
    "Sản lượng lương thực đạt 12.500 tấn, tăng 3,2% so với cùng kỳ",
    "Thu hút 8.500 lượt khách du lịch (tăng 5% so cùng kỳ năm trước)",
    "Tỷ lệ hộ dùng nước sạch đạt 97%, tăng 2% so với cùng kỳ",
    "Số lao động được giải quyết việc làm đạt 320 người, tăng gần 4% so với cùng kỳ năm 2025",
]


def _same_period_contexts(result: str) -> dict[str, list[str]]:
    lower = result[0].lower() + result[1:]
    return {
        "objectives": [*TITLE, "I. MỤC TIÊU", f"- {result}.", f"- {GOAL}"],
        "tasks": [*TITLE, "II. NHIỆM VỤ, GIẢI PHÁP", "1. Về kinh tế", f"- {result}.", GOAL],
        "review": [*TITLE, "I. KẾT QUẢ THỰC HIỆN NĂM 2025", f"- {result}.", "II. MỤC TIÊU", GOAL],
        "table row": [
            *TITLE,
            "I. MỤC TIÊU",
            "| TT | Nội dung |",
            "|---|---|",
            f"| 1 | {result} |",
            f"| 2 | {GOAL} |",
        ],
        "wrapped at 60": [
            *TITLE,
            "I. MỤC TIÊU",
            *textwrap.wrap(f"- Trong năm, {lower}{TAIL}.", 60),
            f"- {GOAL}",
        ],
        "decision": [
            "QUYẾT ĐỊNH",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội năm"
            " 2026.",
            *TITLE,
            "I. MỤC TIÊU",
            f"- {result}.",
            f"- {GOAL}",
        ],
    }


@pytest.mark.parametrize("result", SAME_PERIOD)
@pytest.mark.parametrize(
    "context", ["objectives", "tasks", "review", "table row", "wrapped at 60", "decision"]
)
def test_a_figure_measured_against_the_same_period_is_a_result(result: str, context: str) -> None:
    plan = "\n".join(_same_period_contexts(result)[context])
    assert [t.value for t in parse_text(plan).targets] == [95]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # striving for the figure: the plan's own, its change over the period still none
        ("- Phấn đấu sản lượng lương thực đạt 13.000 tấn, tăng 4% so với cùng kỳ.", [13000]),
        # a due year of the plan in the figure's clause
        ("- Đến năm 2030, sản lượng lương thực đạt 15.000 tấn, tăng 20% so với cùng kỳ.", [15000]),
        # another figure after the comma, no same-period change
        ("- Tỷ lệ hộ dùng nước sạch đạt 97%, tỷ lệ hộ dùng nước máy đạt 60%.", [97, 60]),
        # a change against a year, not the same period: the plan's figure and its rise
        ("- Tỷ lệ lao động qua đào tạo đạt 75%, tăng 5% so với năm 2025.", [75, 5]),
    ],
)
def test_a_figure_beside_another_change_stays_a_target(line: str, values: list[float]) -> None:
    plan = "\n".join([*TITLE, "I. MỤC TIÊU", line])
    assert [t.value for t in parse_text(plan).targets] == values


FRACTIONS = [
    "Có 04/09 thôn đạt chuẩn nông thôn mới",
    "Toàn xã đã có 04/09 thôn đạt chuẩn nông thôn mới",
    "Hoàn thành 04/09 thôn đạt chuẩn nông thôn mới trong năm 2026",
    "15/20 xã, phường đạt chuẩn tiếp cận pháp luật",
    "Phấn đấu có 08/09 thôn đạt chuẩn văn hóa",
]


@pytest.mark.parametrize("fraction", FRACTIONS)
@pytest.mark.parametrize("section", ["I. MỤC TIÊU", "II. NHIỆM VỤ, GIẢI PHÁP"])
def test_a_fraction_of_places_is_neither_a_target_nor_a_date(fraction: str, section: str) -> None:
    """ANNOTATION.md says nothing of a fraction's target: `04/09 thôn` is read as neither."""
    plan = parse_text("\n".join([*TITLE, section, f"- {fraction}.", f"- {GOAL}"]))
    assert [t.value for t in plan.targets] == [95]
    assert plan.deadlines == []
