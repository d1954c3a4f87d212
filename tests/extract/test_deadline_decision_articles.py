"""A grid of the times a decision issuing a plan sets in its articles (corpus/ANNOTATION.md, What
the document is: `a time an article sets is one`): an article assigning work (`Giao Trạm Y tế xã
chủ trì ...`, `... có trách nhiệm ...`) reads its year, its start run to a year's end and the
brackets closing it as a task's line does; the article issuing the plan (`Ban hành kèm theo
Quyết định này Kế hoạch ...`), the effective date (`Quyết định này có hiệu lực ...`), the basis
(`Căn cứ ...`), the proposal (`Xét đề nghị ...`) and a target's clause give none. Each in a plain
text, a Markdown conversion (paragraphs, the label in bold) and hard-wrapped at 60 and 72
columns; what each gives was written before the parser ran."""

from __future__ import annotations

import textwrap

import pytest

from date_lines import DECISION_HEAD_2026, deadline_reads
from date_lines import DeadlineRead as Read
from plan_extract.pipeline import parse_text

_HEAD = DECISION_HEAD_2026
_BASIS = (
    "Căn cứ Kế hoạch số 10/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về chăm sóc sức khỏe"
    " người cao tuổi trong năm 2026;"
)
_PROPOSAL = "Xét đề nghị của Trạm trưởng Trạm Y tế xã tại Tờ trình số 05/TTr-TYT ngày 06/01/2026."
_ISSUES = (
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chăm sóc sức khỏe người cao tuổi năm 2026."
)
_IN_FORCE = "Điều 3. Quyết định này có hiệu lực kể từ ngày 15/01/2026."
_EXECUTES = (
    "Điều 4. Chánh Văn phòng HĐND và UBND xã, Trạm trưởng Trạm Y tế xã, Trưởng các thôn chịu"
    " trách nhiệm thi hành Quyết định này."
)
_FORMATS = ["txt", "md", "wrapped at 60", "wrapped at 72"]


def _laid_out(lines: list[str], form: str) -> str:
    """The decision's lines as a plain text, a Markdown conversion (paragraphs, an article's
    label in bold, as qd-ubnd-2820's and qd-ubnd-2954's conversions print it) or a PDF's text
    layer hard-wrapped at 60 or 72 columns."""
    if form == "md":
        # as the dev decisions' conversions print it: `**Điều 2. **Giao ...`
        bold = [f"**{line[:8]}**{line[8:]}" if line.startswith("Điều ") else line for line in lines]
        return "\n\n".join(bold)
    if form == "txt":
        return "\n".join(lines)
    width = int(form.rsplit(" ", 1)[1])
    return "\n".join(part for line in lines for part in textwrap.wrap(line, width=width))


def _decision(articles: list[str], form: str) -> list[Read]:
    lines = [*_HEAD, _BASIS, _PROPOSAL, "QUYẾT ĐỊNH:", *articles, _IN_FORCE, _EXECUTES]
    return deadline_reads(parse_text(_laid_out(lines, form), markdown=form == "md"))


_ASSIGNS = "Điều 2. Giao Trạm Y tế xã chủ trì tổ chức khám sức khỏe cho người cao tuổi {}."
_ANSWERABLE = "Điều 2. Trạm Y tế xã có trách nhiệm tổ chức khám sức khỏe cho người cao tuổi {}."
ARTICLES = {"assigns": _ASSIGNS, "makes answerable": _ANSWERABLE}

YEAR: Read = ("year", (2026, None, None), None, None)
# a time: its words in the article, what it gives there
TIMES: dict[str, tuple[str, list[Read]]] = {
    "a year in the prose": ("trong năm 2026", [YEAR]),
    "a year in closing brackets": ("(năm 2026)", [YEAR]),
    "a quarter to the end of a year": (
        "từ Quý II/2026 đến hết năm 2026",
        [("range", (2026, 4, 1), (2026, None, None), None)],
    ),
    "a month to the end of a year": (
        "từ tháng 5/2026 đến hết năm 2026",
        [("range", (2026, 5, None), (2026, None, None), None)],
    ),
    "two quarters in closing brackets": (
        "(Quý II, III/2026)",
        [
            ("range", (2026, 4, 1), (2026, 6, 30), None),
            ("range", (2026, 7, 1), (2026, 9, 30), None),
        ],
    ),
    "a quarter in closing brackets": (
        "(Quý III/2026)",
        [("range", (2026, 7, 1), (2026, 9, 30), None)],
    ),
    "a quarter after a trigger": (
        "hoàn thành trong Quý II/2026",
        [("range", (2026, 4, 1), (2026, 6, 30), None)],
    ),
    "a target's year": ("để trong năm 2026 có 95% người cao tuổi được khám sức khỏe", []),
    "a horizon": ("từ tháng 11/2026 đến năm 2030", []),
}


@pytest.mark.parametrize("form", _FORMATS)
@pytest.mark.parametrize("time", TIMES)
@pytest.mark.parametrize("article", ARTICLES)
def test_an_article_assigning_work_sets_its_time(article: str, time: str, form: str) -> None:
    words, expected = TIMES[time]
    assert _decision([_ISSUES, ARTICLES[article].format(words)], form) == expected


# the article issuing the plan: a time there is the plan's title's, binding no one
ISSUING = [
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức khám sức khỏe cho người cao tuổi"
    " trong năm 2026.",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức khám sức khỏe cho người cao tuổi"
    " từ tháng 5/2026 đến hết năm 2026.",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức khám sức khỏe cho người cao tuổi"
    " từ Quý II/2026 đến hết năm 2026.",
]


@pytest.mark.parametrize("form", _FORMATS)
@pytest.mark.parametrize("issuing", ISSUING)
def test_the_issuing_article_sets_no_time(issuing: str, form: str) -> None:
    assert _decision([issuing, "Điều 2. Giao Trạm Y tế xã chủ trì thực hiện Kế hoạch."], form) == []


IN_FORCE = [
    "Điều 2. Quyết định này có hiệu lực từ ngày 15/01/2026 đến hết năm 2026.",
    "Điều 2. Quyết định này có hiệu lực thi hành từ tháng 02/2026 đến hết năm 2026.",
]


@pytest.mark.parametrize("form", _FORMATS)
@pytest.mark.parametrize("in_force", IN_FORCE)
def test_the_effective_date_is_no_deadline(in_force: str, form: str) -> None:
    assert _decision([_ISSUES, in_force], form) == []


@pytest.mark.parametrize("form", _FORMATS)
def test_the_assigning_article_keeps_its_lead_unit(form: str) -> None:
    plan = parse_text(
        _laid_out(
            [*_HEAD, "QUYẾT ĐỊNH:", _ISSUES, _ASSIGNS.format("trong năm 2026"), _IN_FORCE], form
        ),
        markdown=form == "md",
    )
    assert ("Trạm Y tế xã", True) in [(unit.name, unit.lead) for unit in plan.units]
