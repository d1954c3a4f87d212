"""A grid of the article by which a decision approves the plan it attaches (`Điều 1. Phê duyệt
Kế hoạch ...`, `Điều 1. Phê duyệt kèm theo Quyết định này “Kế hoạch ...”`): the same act as
`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...`, so a time in that clause is the plan's
title's, binding no one (corpus/ANNOTATION.md, What the document is; a campaign's dates in the
title, a quarter the plan runs from). Each shape is read in the places a decision prints it: on
one line, hard-wrapped at 60 columns, with its plan attached after the articles, in Markdown
with the article's number in bold. The controls keep their deadline: a task that has a plan
approved (`trình phê duyệt kế hoạch ... trước ngày`), a clause after the article's opening one,
and the same words in a plan's task section. What each gives was written before the parser ran.
"""

from __future__ import annotations

import textwrap

import pytest

from date_lines import DECISION_HEAD_2026, deadline_reads, plan_2026
from date_lines import DeadlineRead as Read
from plan_extract.pipeline import parse_text

_IN_FORCE = "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."
_ATTACHED_PLAN = [
    "KẾ HOẠCH",
    "Chăm sóc sức khỏe người cao tuổi năm 2026",
    "(Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2026 của Ủy ban nhân dân xã Phú Lộc)",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm người cao tuổi được khám sức khỏe định kỳ.",
]

# the article's words after `Điều 1. `: each approves the plan it attaches, its time the title's
APPROVING = {
    "a campaign's days in the title": (
        "Phê duyệt Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm từ ngày 15/4/2026"
        " đến ngày 15/5/2026 trên địa bàn xã (có Kế hoạch kèm theo)."
    ),
    "approved as attached, from a quarter": (
        "Phê duyệt kèm theo Quyết định này Kế hoạch chuyển đổi số trên địa bàn xã, thực hiện"
        " từ Quý II/2026 đến hết năm 2026."
    ),
    "the title in curly quotes": (
        "Phê duyệt “Kế hoạch tiêm bổ sung vắc xin sởi cho trẻ em từ tháng 3 đến tháng 5/2026”."
    ),
    "the title in straight quotes": (
        'Phê duyệt "Kế hoạch tiêm bổ sung vắc xin sởi cho trẻ em từ tháng 3 đến tháng 5/2026".'
    ),
}

TASK_DATE: Read = ("date", (2026, 2, 15), None, None)
REPORT_DATE: Read = ("date", (2026, 5, 30), None, None)

# whole articles that keep their deadline: what binds is not the approving clause
CONTROLS: dict[str, tuple[str, list[Read]]] = {
    "a task to have a plan approved": (
        "Điều 2. Giao Trạm Y tế xã trình phê duyệt kế hoạch chi tiết trước ngày 15/02/2026.",
        [TASK_DATE],
    ),
    "a clause after the approving one": (
        "Điều 1. Phê duyệt Kế hoạch chăm sóc sức khỏe người cao tuổi năm 2026; giao Trạm Y tế"
        " xã báo cáo kết quả trước ngày 30/5/2026.",
        [REPORT_DATE],
    ),
}


def _decision(articles: list[str], place: str) -> str:
    """The decision issuing the commune's plan for 2026, with `articles` printed in `place`."""
    if place == "wrapped at 60":
        articles = [part for article in articles for part in textwrap.wrap(article, width=60)]
    if place == "bold article numbers":
        articles = [f"**{a[:7]}**{a[7:]}" if a.startswith("Điều ") else a for a in articles]
    tail = _ATTACHED_PLAN if place == "with its plan attached" else []
    return "\n".join([*DECISION_HEAD_2026, "QUYẾT ĐỊNH:", *articles, _IN_FORCE, *tail])


_PLACES = ["one line", "wrapped at 60", "with its plan attached", "bold article numbers"]


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("shape", list(APPROVING))
def test_the_approving_article_sets_no_deadline(shape: str, place: str) -> None:
    article = f"Điều 1. {APPROVING[shape]}"
    assert deadline_reads(parse_text(_decision([article], place))) == []


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("control", list(CONTROLS))
def test_a_task_in_the_articles_keeps_its_deadline(control: str, place: str) -> None:
    article, expected = CONTROLS[control]
    assert deadline_reads(parse_text(_decision([article], place))) == expected


def test_the_same_words_in_a_task_section_keep_their_deadline() -> None:
    """Outside the articles the words change nothing: the commune approves its own plan."""
    task = "1. Phê duyệt kế hoạch tổ chức hội thi trước ngày 15/02/2026."
    plan = plan_2026(["II. NHIỆM VỤ", task])
    assert deadline_reads(plan) == [TASK_DATE]
