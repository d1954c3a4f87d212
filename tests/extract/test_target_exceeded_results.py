"""A figure followed by the target it beat (`..., vượt chỉ tiêu đề ra`, `(vượt kế hoạch tỉnh
giao)`) is a result, not a target (corpus/ANNOTATION.md: a share of the plan achieved, a margin
over the target). A grid of such result shapes × the places a plan or a page prints them; the
plan's own figure beside them stays a target, and `vượt` before a figure still commits to more
than it."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

RESULTS = [
    "tỷ lệ hộ nghèo giảm 2,1%, vượt chỉ tiêu nghị quyết đề ra",
    "tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98% (vượt kế hoạch tỉnh giao)",
    "trồng được 150 ha rừng, vượt mức kế hoạch huyện giao",
    "tỷ lệ hộ thoát nghèo trong năm đạt 2%, vượt mục tiêu đề ra",
    "tỷ lệ người khuyết tật được trợ giúp đạt 100% (vượt so với kế hoạch năm)",
    "số lao động được giới thiệu việc làm đạt 820 người, vượt kế hoạch",
]

PLAN_GOAL = "Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."


def _plan(*body: str) -> str:
    return "\n".join(["KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026", *body])


def _contexts(result: str) -> dict[str, str]:
    sentence = result[0].upper() + result[1:]
    return {
        "objectives bullet": _plan("I. MỤC TIÊU", f"- {sentence}.", f"- {PLAN_GOAL}"),
        "tasks item": _plan(
            "II. NHIỆM VỤ, GIẢI PHÁP", f"1. Về an sinh xã hội: {result}.", PLAN_GOAL
        ),
        "review paragraph": "\n".join(
            [
                "HĐND xã An Phú tổ chức kỳ họp thường lệ cuối năm 2025",
                f"Năm 2025, xã đạt nhiều kết quả quan trọng. Trong năm, {result}.",
                f"Năm 2026, xã {PLAN_GOAL[0].lower()}{PLAN_GOAL[1:]}",
            ]
        ),
        "after a colon": _plan("I. MỤC TIÊU", f"Kết quả nổi bật: {result}; {PLAN_GOAL}"),
    }


@pytest.mark.parametrize("result", RESULTS)
@pytest.mark.parametrize(
    "context", ["objectives bullet", "tasks item", "review paragraph", "after a colon"]
)
def test_a_result_that_beat_its_target_is_no_target(result: str, context: str) -> None:
    targets = parse_text(_contexts(result)[context]).targets
    assert [t.value for t in targets] == [95]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # a rise over a baseline after the plan's figure: the figure stays a target
        ("- Tỷ lệ lao động qua đào tạo đạt 75%, vượt 5% so với năm 2025.", [75, 5]),
        # `vượt` before a figure commits to more than it
        ("- Phấn đấu tỷ lệ hộ dùng nước sạch vượt 95%.", [95]),
        # striving to beat the plan: the count before it is the plan's
        ("- Trồng mới 150 ha rừng, phấn đấu vượt kế hoạch.", [150]),
    ],
)
def test_a_plan_s_figure_beside_vuot_stays_a_target(line: str, values: list[float]) -> None:
    targets = parse_text(_plan("I. MỤC TIÊU", line)).targets
    assert [t.value for t in targets] == values
