"""News pages of a council's sitting (no document's header): the council's term is no period of
the plan the sitting votes, and a sitting held to review a year (`đánh giá tình hình ... năm
2025`) plans the year after it (corpus/ANNOTATION.md, `year` and the results in Targets). A
grid of the heads such pages open with × the shapes of the review that follows; the figures of
the review are results, the plan's figures are due in the year the sitting turns to."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

HEADS = [
    # the council's term right after its name
    "Ngày 16/12, HĐND huyện An Phú nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thường lệ cuối năm 2025.",
    "Hội đồng nhân dân thị trấn Phong Điền nhiệm kỳ 2021-2026 họp để đánh giá tình hình thực hiện"
    " nhiệm vụ năm 2025; quyết định nhiệm vụ năm 2026.",
    # the term after the sitting's number
    "HĐND xã Tân Lập (khóa XII) tổ chức Kỳ họp thứ 9, nhiệm kỳ 2021 - 2026 (kỳ họp cuối năm 2025).",
    "Kỳ họp thứ 12, nhiệm kỳ 2021 – 2026 của HĐND xã An Lạc nhằm đánh giá tình hình kinh tế - xã"
    " hội năm 2025, bàn nhiệm vụ năm 2026.",
    # a sitting held to review the year gone by
    "Sáng 19/12, HĐND huyện Tân Phú khóa VIII họp phiên thứ 14 để đánh giá tình hình thực hiện"
    " nhiệm vụ năm 2025, quyết định nhiệm vụ năm 2026.",
    "Kỳ họp dành phần lớn thời gian đánh giá tình hình kinh tế - xã hội năm 2025 và bàn giải pháp"
    " cho năm 2026.",
]

REVIEWS = [
    "Năm 2025, xã hoàn thành 18/20 chỉ tiêu. Tổng giá trị sản xuất tăng 7,5%; tỷ lệ hộ nghèo giảm"
    " còn 1,2%.",
    "Năm 2025, sản lượng lương thực ước đạt 18.400 tấn, bằng 97,2% kế hoạch; trồng mới 120 ha"
    " rừng, tăng 5,1% so với năm 2024.",
    "Năm 2025, phần lớn chỉ tiêu vượt mức năm trước. Cụ thể, tỷ lệ giải ngân vốn đầu tư công đạt"
    " 91,4%; có 12 sản phẩm OCOP.",
]

PLAN = [
    "Năm 2026, xã phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.",
    "Xã phấn đấu tỷ lệ hộ nghèo dưới 1%.",
]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("review", REVIEWS)
def test_a_sitting_s_page_reviews_its_year_and_plans_the_next(head: str, review: str) -> None:
    page = "\n".join([head, review, *PLAN])
    found = [(t.value, t.year) for t in parse_text(page).targets]
    assert found == [(95, 2026), (1, 2026)]


@pytest.mark.parametrize(
    ("head", "year"),
    [
        # a span with no term's lead: the programme's own period
        ("Chương trình giám sát của HĐND tỉnh giai đoạn 2026 - 2030", 2030),
        # words that are no place between the council and the term: the Party's term
        ("HĐND xã đã thông qua Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030", 2030),
    ],
)
def test_a_span_that_is_no_council_s_term_stays_the_plan_s_period(head: str, year: int) -> None:
    page = "\n".join([head, "Xã phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."])
    assert [(t.value, t.year) for t in parse_text(page).targets] == [(95, year)]
