"""A mid-year review on a page that names no year of a plan (a district's news page: `Trong 6
tháng đầu năm, ...`) states results, as it does on a page that names one (corpus/ANNOTATION.md:
a mid-year review). A grid of the review's openings × where its figures stand; a due year of
its own or a later paragraph striving for a figure still gives a target."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

HEAD = "Kinh tế huyện An Phú tiếp tục tăng trưởng khá."
OPENINGS = ["Trong 6 tháng đầu năm", "6 tháng đầu năm", "Trong 9 tháng đầu năm", "Nửa đầu năm"]
FIGURES = [
    # a later sentence of the paragraph
    "{opening}, giá trị sản xuất ước đạt 2.100 tỷ đồng. Diện tích gieo trồng đạt 70,2% kế"
    " hoạch, tăng 2,5%.",
    # after the opening's comma
    "{opening}, tỷ lệ giải ngân vốn đầu tư công đạt 48,3%; tỷ lệ hộ nghèo còn 4,1%.",
    # a later clause of the opening's sentence
    "{opening}, huyện tập trung chỉ đạo sản xuất, trồng mới 85 ha rừng tập trung.",
]
GOAL = "Huyện phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%."


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("figures", FIGURES)
def test_a_mid_year_review_states_results_on_a_page_without_a_plan_year(
    opening: str, figures: str
) -> None:
    page = "\n".join([HEAD, figures.format(opening=opening), GOAL])
    assert [t.value for t in parse_text(page).targets] == [95]


def test_a_due_year_of_its_own_in_the_review_s_paragraph_still_gives_a_target() -> None:
    review = (
        "Trong 6 tháng đầu năm, huyện đạt nhiều kết quả. Đến năm 2030, tỷ lệ xã đạt chuẩn nông"
        " thôn mới nâng cao đạt 60%."
    )
    targets = parse_text("\n".join([HEAD, review])).targets
    assert [(t.value, t.year) for t in targets] == [(60, 2030)]
